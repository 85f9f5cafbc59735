import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** `import ... from './x.js'`, `export ... from '../y.js'` and `import './z.js'`: relative specifiers only. */
const RELATIVE_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](\.\.?\/[^'"]+)['"]/g;

/**
 * The directory a JS guest's build must see as its root: the deepest one holding the entry and
 * every file it imports by a relative path, transitively. componentize-js shows the guest only
 * the current directory (or the entry's own, outside it), so a plugin importing a shared SDK from
 * a parent directory failed to build from inside its own project.
 */
export function jsSourceRoot(entry: string): string {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  let root = dirname(pending[0]!);
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    root = commonDirectory(root, dirname(file));
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push(resolve(dirname(file), specifier!));
    }
  }
  return root;
}

function commonDirectory(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let same = 0;
  while (same < left.length && same < right.length && left[same] === right[same]) same++;
  return left.slice(0, same).join(sep) || sep;
}
