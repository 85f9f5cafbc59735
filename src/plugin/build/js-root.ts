import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EdoError, pathForMessages, UsageError } from '../../model/errors.js';
import { closestNames } from '../../model/names.js';

/** `import ... from './x.js'`, `export ... from '../y.js'` and `import './z.js'`: relative specifiers only. */
const RELATIVE_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](\.\.?\/[^'"]+)['"]/g;

/** A JS guest's modules: the entry and every file it imports by a relative path, transitively. */
export interface JsSources {
  /**
   * The directory its build must see as its root: the deepest one holding every module.
   * componentize-js shows the guest only the current directory (or the entry's own, outside it),
   * so a plugin importing a shared SDK from a parent directory failed to build from inside its
   * own project.
   */
  root: string;
  files: string[];
}

/** The modules of the guest whose entry is `entry`; a missing one is an error naming who imports it. */
export function jsSources(entry: string): JsSources {
  const first = resolve(entry);
  if (!existsSync(first))
    throw new UsageError(`${pathForMessages(first)}: no such file (the "sources" of edo-plugin.json)`);
  const files: string[] = [];
  const pending: Array<{ file: string; importer?: string }> = [{ file: first }];
  let root = dirname(first);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { file, importer } = next;
    if (files.includes(file)) continue;
    if (!existsSync(file)) {
      throw new UsageError(
        `${pathForMessages(importer!)}: imports ${pathForMessages(file)}, which does not exist`,
      );
    }
    files.push(file);
    root = commonDirectory(root, dirname(file));
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push({ file: resolve(dirname(file), specifier!), importer: file });
    }
  }
  return { root, files };
}

/**
 * Syntax errors in a guest's modules, at their place: componentize-js only says how many it
 * found. Parsed with the parser componentize-js itself uses (a dependency of it, loaded from it).
 */
export async function checkJsSyntax(files: readonly string[]): Promise<void> {
  const fromComponentize = createRequire(import.meta.resolve('@bytecodealliance/componentize-js'));
  const oxc = (await import(pathToFileURL(fromComponentize.resolve('oxc-parser')).href)) as OxcParser;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const { errors } = await oxc.parseAsync(file, source);
    const first = errors[0];
    if (!first) continue;
    const offset = first.labels[0]?.start ?? 0;
    // Offsets count UTF-8 bytes.
    const before = Buffer.from(source).subarray(0, offset).toString('utf8').split('\n');
    throw new EdoError(first.message, {
      position: { file: pathForMessages(file), line: before.length, col: before.at(-1)!.length + 1 },
      ...(errors.length > 1 && {
        details: [`  (and ${errors.length - 1} more in ${pathForMessages(file)})`],
      }),
    });
  }
}

/** `import ... from 'edo:plugin/...'` (and `export ... from`): the host interfaces a module imports. */
const HOST_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](edo:plugin\/[^'"]*)['"]/g;

/**
 * Imports of host interfaces the guest's world does not have, at their place: componentize-js
 * reports them as a module it cannot find on disk, with no file or line. `available` are the
 * specifiers the world imports (`edo:plugin/common@1.0.0`, ...).
 */
export function checkHostImports(files: readonly string[], available: readonly string[]): void {
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(HOST_IMPORT)) {
      const specifier = match[1]!;
      if (available.includes(specifier)) continue;
      const unversioned = specifier.replace(/@.*$/, '');
      const versioned = available.find((name) => name.replace(/@.*$/, '') === unversioned);
      // Near misses by interface name (`sytem`), whatever the version.
      const interfaceOf = (name: string) => name.replace(/^[^/]*\//, '').replace(/@.*$/, '');
      const near = closestNames(interfaceOf(specifier), available.map(interfaceOf)).map((name) =>
        available.find((each) => interfaceOf(each) === name)!,
      );
      const hint = versioned
        ? ` (did you mean "${versioned}"? host interfaces are imported with their version)`
        : near.length > 0
          ? ` (did you mean ${near.map((name) => `"${name}"`).join(', ')}?)`
          : ` (the host's: ${available.join(', ')})`;
      const before = source.slice(0, match.index + match[0].length - specifier.length - 1).split('\n');
      throw new UsageError(`imports "${specifier}", which plugins cannot import${hint}`, {
        position: { file: pathForMessages(file), line: before.length, col: before.at(-1)!.length + 1 },
      });
    }
  }
}

interface OxcParser {
  parseAsync(
    file: string,
    source: string,
  ): Promise<{ errors: Array<{ message: string; labels: Array<{ start: number }> }> }>;
}

function commonDirectory(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let same = 0;
  while (same < left.length && same < right.length && left[same] === right[same]) same++;
  return left.slice(0, same).join(sep) || sep;
}
