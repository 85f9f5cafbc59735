import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from '@swc/core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Child processes need the storage code as plain JavaScript: this transpiles src/model and
 * src/storage with swc (as jest does) into a directory under node_modules/.cache, so `tar-stream`
 * still resolves from the repo's node_modules. Returns the directory and a cleanup function.
 */
export async function compileStorage(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = join(repo, 'node_modules/.cache', `edo-storage-test-${process.pid}-${Date.now()}`);
  for (const sub of ['src/model', 'src/storage']) {
    for (const name of await readdir(join(repo, sub))) {
      if (!name.endsWith('.ts')) continue;
      const source = await readFile(join(repo, sub, name), 'utf8');
      const { code } = await transform(source, {
        filename: name,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      });
      const out = join(dir, relative(join(repo, 'src'), join(repo, sub)), name.replace(/\.ts$/, '.js'));
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, code);
    }
  }
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The child's program: opens the store and saves artifacts named `<prefix>-<i>`, each with one
 * layer of `i`-dependent content, printing `saved <i>` after each. `count` 0 means forever.
 */
export const SAVER = `
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalStore } from './storage/local-store.js';
const [storeDir, prefix, countText] = process.argv.slice(2);
const count = Number(countText);
const store = await LocalStore.open(storeDir);
for (let i = 0; count === 0 || i < count; i++) {
  const writer = await store.startLayer();
  const size = 1000 + ((i * 7919) % 200000);
  await pipeline(Readable.from([Buffer.alloc(size, prefix + i)]), writer);
  const layer = await store.finishLayer('application/vnd.oci.image.layer.v1.tar', undefined, writer);
  const id = { name: prefix + '-' + i, digest: layer.digest };
  await store.save({ config: { id, provides: [], requires: {}, metadata: { i } }, layers: [layer] });
  process.stdout.write('saved ' + i + '\\n');
}
`;

export async function writeSaver(dir: string): Promise<string> {
  const path = join(dir, 'saver.mjs');
  await writeFile(path, SAVER);
  return path;
}

export function startSaver(script: string, storeDir: string, prefix: string, count: number): ChildProcess {
  return spawn(process.execPath, [script, storeDir, prefix, String(count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}
