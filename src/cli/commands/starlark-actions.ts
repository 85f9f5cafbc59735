// The work behind `edo starlark`: loaded only when that command runs, so other commands start fast.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { EdoError, type SourcePosition } from '../../model/errors.js';
import { assertModule } from '../../starlark/assert.js';
import {
  call,
  checkFile,
  createLoader,
  createThread,
  dialects,
  execModule,
  parseExpr,
  repr,
  StarlarkError,
  typeName,
  type Thread,
  type Value,
} from '../../starlark/index.js';
import type { CliContext } from '../context.js';

export function readSource(ctx: CliContext, file: string): string {
  try {
    return readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch (e) {
    throw new EdoError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Runs FILE as a module; load() paths are relative to the loading file, `assert.star` is built in when testing. */
export function runFile(ctx: CliContext, file: string, testing: boolean): void {
  const out = ctx.io.stdout;
  const builtinModules = new Map<string, Map<string, Value>>();
  if (testing) builtinModules.set('assert.star', assertModule());
  const load = createLoader((module, fromFile) => {
    // The root is named exactly as given on the command line; loaded files relative to their loader.
    const path = fromFile === ROOT ? module : join(dirname(fromFile), module);
    return { key: resolve(ctx.cwd, path), file: path, source: readSource(ctx, path), dialect: dialects.spec };
  }, builtinModules);
  const thread = createThread({ load, print: (msg) => out.write(msg + '\n') });
  const globals = load(file, ROOT, thread);
  if (testing) runTestFunctions(ctx, globals, thread);
}

/**
 * `edo starlark test`: after the file's top level has run, each of its functions named `test_*`
 * is called in the order they are defined; a failure is reported and the next one runs.
 */
function runTestFunctions(ctx: CliContext, globals: Map<string, Value>, thread: Thread): void {
  const tests = [...globals].filter(
    ([name, value]) => name.startsWith('test_') && typeName(value) === 'function',
  );
  let failed = 0;
  for (const [name, fn] of tests) {
    try {
      call(thread, fn);
      ctx.io.stdout.write(`ok   ${name}\n`);
    } catch (e) {
      if (!(e instanceof StarlarkError)) throw e;
      failed++;
      ctx.io.stdout.write(`FAIL ${name}\n`);
      ctx.io.stderr.write(e.format() + '\n');
    }
  }
  if (failed > 0) throw new EdoError(`${failed} of ${tests.length} test functions failed`);
}

const ROOT = '';

/** A line-oriented prompt: a line ending in ':' opens a block that a blank line closes. */
export function repl(ctx: CliContext): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '>>> ' });
  const thread = createThread({ print: (msg) => ctx.io.stdout.write(msg + '\n') });
  let globals = new Map<string, Value>();
  let chunk = 0;
  let pending: string[] = [];
  const run = (source: string): void => {
    const file = `<stdin:${++chunk}>`;
    let isExpr = false;
    try {
      parseExpr(file, source);
      isExpr = source.trim() !== '';
    } catch {
      // Not a lone expression: run it as statements.
    }
    try {
      const text = isExpr ? `${REPL_ASSIGNMENT}${source}\n` : source + '\n';
      const result = execModule({
        file,
        source: text,
        dialect: dialects.permissive,
        predeclared: globals,
        thread,
      });
      const value = result.get(REPL_VALUE);
      result.delete(REPL_VALUE);
      globals = new Map([...globals, ...result]);
      if (value !== undefined && value !== null) ctx.io.stdout.write(repr(value) + '\n');
    } catch (e) {
      if (!(e instanceof StarlarkError)) throw e;
      if (isExpr) withoutAssignment(e, file);
      ctx.io.stderr.write(e.format() + '\n');
    }
  };
  rl.prompt();
  rl.on('line', (line) => {
    if (pending.length > 0 || line.trimEnd().endsWith(':')) {
      if (line.trim() !== '') {
        pending.push(line);
        rl.setPrompt('... ');
        rl.prompt();
        return;
      }
      line = pending.join('\n');
      pending = [];
      rl.setPrompt('>>> ');
    }
    run(line);
    rl.prompt();
  });
  return new Promise((done) => rl.on('close', done));
}

const REPL_VALUE = '__repl_value__';
const REPL_ASSIGNMENT = `${REPL_VALUE} = `;

/** Positions in an expression the REPL ran as `__repl_value__ = EXPR`, as the user typed it. */
function withoutAssignment(error: StarlarkError, file: string): void {
  const typed = (pos: SourcePosition): SourcePosition =>
    pos.file === file && pos.line === 1 && pos.col > REPL_ASSIGNMENT.length
      ? { ...pos, col: pos.col - REPL_ASSIGNMENT.length }
      : pos;
  if (error.context.position) error.context.position = typed(error.context.position);
  error.traceback = error.traceback.map((frame) => ({ ...frame, pos: typed(frame.pos) }));
}

/** `edo starlark check FILE`: parse and resolve only. */
export function checkOnly(ctx: CliContext, file: string): void {
  checkFile(file, readSource(ctx, file), { dialect: dialects.permissive });
}
