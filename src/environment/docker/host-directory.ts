import { chmod, chown, lstat, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface NewDirectory {
  uid: number;
  gid: number;
  mode: number;
}

/**
 * The host path of the container directory `dir` under `root`, or undefined when a component is
 * not a plain directory: a symlink in the container must never lead to a host path. Missing
 * components are created when `create` says how, else undefined is returned.
 */
export async function hostDirectory(
  root: string,
  dir: string,
  create?: NewDirectory,
): Promise<string | undefined> {
  let current = root;
  for (const part of dir.split('/').filter((p) => p !== '')) {
    current = join(current, part);
    const info = await lstat(current).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (info?.isDirectory()) continue;
    if (info || !create) return undefined;
    await mkdir(current);
    await chown(current, create.uid, create.gid);
    await chmod(current, create.mode);
  }
  return current;
}
