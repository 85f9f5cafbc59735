import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunks, runChunk } from './harness.js';

const dir = join(import.meta.dirname, 'testdata');
const files = readdirSync(dir).filter((f) => f.endsWith('.star'));

describe.each(files)('%s', (file) => {
  const all = chunks(`testdata/${file}`, readFileSync(join(dir, file), 'utf8'));
  test.each(all.map((c) => [c.line, c] as const))('chunk at line %d', (_line, chunk) => {
    expect(runChunk(chunk)).toBeUndefined();
  });
});
