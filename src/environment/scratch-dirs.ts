import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh directory in the temp directory for an environment's files, named
 * `<prefix><pid>-<hint>-XXXXXX` after the process that owns it: one left behind by a process that
 * was killed outright (SIGKILL, a crash) can then be told from one still in use and deleted
 * (`edo clean --containers`). `hint` is made safe for a file name and shortened.
 */
export function makeScratchDir(prefix: string, hint: string): Promise<string> {
  const safeHint = hint.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(-40);
  return mkdtemp(join(tmpdir(), `${prefix}${process.pid}-${safeHint}-`));
}

/**
 * Deletes the scratch directories with one of `prefixes` whose owning process is gone (on this
 * machine: the temp directory is local). Directories of live processes, and ones not named after
 * a process, are left alone. Returns how many were deleted.
 */
export async function reapScratchDirs(prefixes: readonly string[]): Promise<number> {
  const dir = tmpdir();
  let reaped = 0;
  for (const name of await readdir(dir)) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    const pid = prefix === undefined ? undefined : /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    reaped += 1;
  }
  return reaped;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
