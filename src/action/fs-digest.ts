import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Digests and sizes of directory trees, for cache keys and log lines. Entries are visited in
 * sorted order and hashed as `path \0 kind \0 content`, so the digest depends only on the tree.
 */

async function walk(
  root: string,
  dir: string,
  exclude: ReadonlySet<string>,
  visit: (path: string, rel: string, kind: 'file' | 'link', size: number) => Promise<void>,
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (exclude.has(path)) continue;
    const rel = relative(root, path);
    if (entry.isDirectory()) await walk(root, path, exclude, visit);
    else if (entry.isSymbolicLink()) await visit(path, rel, 'link', 0);
    else if (entry.isFile()) await visit(path, rel, 'file', (await lstat(path)).size);
  }
}

async function hashFile(hash: Hash, path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

/** sha256 (hex) of the files and symlinks under ROOT, skipping the absolute paths in EXCLUDE. */
export async function treeDigest(root: string, exclude: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256');
  await walk(root, root, new Set(exclude), async (path, rel, kind) => {
    hash.update(`${rel}\0${kind}\0`);
    if (kind === 'link') hash.update(await readlink(path));
    else await hashFile(hash, path);
    hash.update('\0');
  });
  return hash.digest('hex');
}

/** Total bytes of the regular files under ROOT (0 when it does not exist). */
export async function treeSize(root: string): Promise<number> {
  let total = 0;
  await walk(root, root, new Set(), async (_path, _rel, _kind, size) => {
    total += size;
  });
  return total;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
