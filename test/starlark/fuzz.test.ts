// Seeded fuzzing: random and mutated programs must never make the scanner, parser, resolver or
// evaluator throw anything but a StarlarkError (no raw JS exception, no "internal error"), and the
// step budget must stop every runaway loop.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertModule } from '../../src/starlark/assert.js';
import {
  createLoader,
  createThread,
  dialects,
  execModule,
  StarlarkError,
  type DialectOptions,
} from '../../src/starlark/index.js';
import { chunks } from './harness.js';

const CASES = 12_000;
const SEED = 0x5eed;

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  'def ',
  'lambda ',
  'if ',
  'else',
  'elif ',
  'for ',
  ' in ',
  'while ',
  'return ',
  'break',
  'continue',
  'pass',
  'load',
  'not ',
  ' and ',
  ' or ',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  ';',
  '.',
  '=',
  '==',
  '+=',
  '+',
  '-',
  '*',
  '**',
  '/',
  '//',
  '%',
  '<',
  '>=',
  '<<',
  '|',
  '&',
  '^',
  '~',
  '\n',
  '\n    ',
  '    ',
  '\t',
  '"',
  "'",
  '"""',
  '\\',
  '#',
  'x',
  'y',
  'f',
  'len',
  'range',
  'print',
  'None',
  'True',
  '0',
  '1',
  '7',
  '0x1F',
  '1.5',
  '"s"',
  "b'\\x00'",
  '[1, 2]',
  '{"k": 1}',
  'set([1])',
  '(1,)',
  'f(x)',
  'x[1:2:-1]',
  '"%d" % 1',
  '"{}".format(1)',
  'dict(a = 1)',
  'sorted(x)',
  'x.append(1)',
  '*args',
  '**kw',
  'fail("x")',
  'str(x)',
  'type(x)',
  'freeze(x)',
];

const corpusDir = join(import.meta.dirname, 'testdata');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.star'))
  .flatMap((f) => chunks(f, readFileSync(join(corpusDir, f), 'utf8')).map((c) => c.source.trimStart()));

function mutate(src: string, rand: () => number): string {
  let s = src;
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rand() * (s.length + 1));
    const j = Math.min(s.length, i + Math.floor(rand() * 12));
    switch (Math.floor(rand() * 5)) {
      case 0:
        s = s.slice(0, i) + s.slice(j);
        break;
      case 1:
        s = s.slice(0, i) + TOKENS[Math.floor(rand() * TOKENS.length)] + s.slice(i);
        break;
      case 2:
        s = s.slice(0, i) + s.slice(i, j) + s.slice(i);
        break;
      case 3:
        s = s.slice(0, i) + String.fromCharCode(Math.floor(rand() * 128)) + s.slice(j);
        break;
      default: {
        const lines = s.split('\n');
        const a = Math.floor(rand() * lines.length);
        const b = Math.floor(rand() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        s = lines.join('\n');
      }
    }
  }
  return s;
}

function randomProgram(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 40);
  let s = rand() < 0.5 ? 'def f(x, *args, **kw):\n    ' : '';
  for (let i = 0; i < n; i++) s += TOKENS[Math.floor(rand() * TOKENS.length)] + (rand() < 0.3 ? ' ' : '');
  return s;
}

const DIALECTS: DialectOptions[] = [dialects.spec, dialects.build, dialects.permissive];

test(`fuzz: ${CASES} seeded random and mutated programs raise only StarlarkErrors`, () => {
  const rand = rng(SEED);
  const load = createLoader(
    (module) => {
      throw new StarlarkError(`cannot load ${module}`);
    },
    new Map([['assert.star', assertModule()]]),
  );
  const problems: string[] = [];
  let errors = 0;
  for (let i = 0; i < CASES; i++) {
    const source =
      rand() < 0.8 ? mutate(corpus[Math.floor(rand() * corpus.length)], rand) : randomProgram(rand);
    const thread = createThread({ load, print: () => {}, maxSteps: 20_000 });
    try {
      execModule({ file: `fuzz${i}.star`, source, dialect: DIALECTS[i % DIALECTS.length], thread });
    } catch (e) {
      errors++;
      if (!(e instanceof StarlarkError)) problems.push(`case ${i}: raw ${String(e)}\n${source}`);
      else if (e.message.startsWith('internal error') || !e.position)
        problems.push(`case ${i}: ${e.format()}\n${source}`);
    }
  }
  expect(problems.slice(0, 5)).toEqual([]);
  // Most mutants are broken programs: the fuzzer must actually exercise the error paths.
  expect(errors).toBeGreaterThan(CASES / 4);
});
