import { existsSync } from 'node:fs';
import { access, chmod, chown, constants, lstat, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type Docker from 'dockerode';

/**
 * The container's root filesystem as a host directory, when the engine runs on this machine and
 * this process may write there (overlay storage, root): staging and collection then read and write
 * it directly instead of streaming tars through the engine's archive API, which costs several times
 * more per byte. Undefined otherwise (remote engine, rootless, other storage drivers).
 */
export async function hostRootOf(docker: Docker, container: Docker.Container): Promise<string | undefined> {
  if (!(docker.modem as { socketPath?: string }).socketPath) return undefined;
  const info = await container.inspect();
  const merged = (info.GraphDriver?.Data as Record<string, string> | undefined)?.MergedDir;
  // The engine's per-container files being here too shows it is this machine, not a forwarded socket.
  if (!merged || !info.HostnamePath || !existsSync(info.HostnamePath)) return undefined;
  try {
    await access(merged, constants.W_OK);
    return (await lstat(merged)).isDirectory() ? merged : undefined;
  } catch {
    return undefined;
  }
}

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
