import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIR, generateBindings } from './bindgen.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated bindings', () => {
  it('match the WIT (regenerate with EDO_UPDATE_BINDINGS=1)', async () => {
    const generated = await generateBindings();
    if (process.env.EDO_UPDATE_BINDINGS === '1') {
      for (const [name, text] of generated) {
        mkdirSync(dirname(join(GENERATED_DIR, name)), { recursive: true });
        writeFileSync(join(GENERATED_DIR, name), text);
      }
    }
    expect(listFiles(GENERATED_DIR)).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect({ name, text: readFileSync(join(GENERATED_DIR, name), 'utf8') }).toEqual({ name, text });
    }
  });
});
