import { assertModule } from '../../src/starlark/assert.js';
import { createLoader, createThread, dialects, execModule, StarlarkError } from '../../src/starlark/index.js';

export interface Chunk {
  file: string;
  /** First line of the chunk in the file (1-based). */
  line: number;
  source: string;
  /** Expected error regexps by line number. */
  expected: Map<number, RegExp>;
}

/** Splits a test file into chunks at lines `---`; `### "regexp"` comments mark expected errors. */
export function chunks(file: string, text: string): Chunk[] {
  const lines = text.split('\n');
  const out: Chunk[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const expected = new Map<number, RegExp>();
    for (let i = start; i < end; i++) {
      const m = /###\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(.*))\s*$/.exec(lines[i]);
      if (m) {
        const pattern = m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : (m[2] ?? m[3].trim());
        expected.set(i + 1, new RegExp(pattern));
      }
    }
    // Blank lines before the chunk keep line numbers as in the file.
    const source = '\n'.repeat(start) + lines.slice(start, end).join('\n') + '\n';
    out.push({ file, line: start + 1, source, expected });
  };
  lines.forEach((l, i) => {
    if (l.trim() === '---') {
      flush(i);
      start = i + 1;
    }
  });
  flush(lines.length);
  return out;
}

/** Runs a chunk in test mode; returns a description of the failure, or undefined if it behaved as expected. */
export function runChunk(chunk: Chunk, output: string[] = []): string | undefined {
  const load = createLoader(
    (module) => {
      throw new StarlarkError(`cannot load ${module}: no such module`);
    },
    new Map([['assert.star', assertModule()]]),
  );
  const thread = createThread({ load, print: (msg) => output.push(msg), maxSteps: 5_000_000 });
  try {
    execModule({ file: chunk.file, source: chunk.source, dialect: dialects.spec, thread });
  } catch (e) {
    if (!(e instanceof StarlarkError)) return `raw JS exception: ${String(e)}`;
    const line = e.position?.line ?? 0;
    const re = chunk.expected.get(line);
    if (!re) return `unexpected error: ${e.format()}`;
    if (!re.test(e.message)) return `error at line ${line} does not match /${re.source}/: ${e.format()}`;
    return undefined;
  }
  if (chunk.expected.size > 0)
    return `expected an error matching /${[...chunk.expected.values()][0].source}/, got none`;
  return undefined;
}
