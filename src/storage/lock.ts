import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { link, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { tempName, writeTempFile } from './fs-util.js';

const HOST = hostname();

/**
 * An exclusive lock between processes: a lock file holding `host pid start-time`, created with its
 * content in one step (written to a temp file in `tempDir`, on the same file system, then
 * hard-linked into place, which fails if it exists). A waiter polls (with a growing, jittered
 * delay) until the file is gone; it never gives up because another process holds the lock. A lock
 * left by a dead process on this host (kill -9) is broken; the start time tells a reused pid apart.
 */
export async function acquireLock(lockPath: string, tempDir: string): Promise<() => Promise<void>> {
  const claim = join(tempDir, tempName('lock-claim'));
  const owner = ownerLine();
  // A failed write (a full or read-only disk) removes the claim it created.
  await writeTempFile(claim, owner);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(claim, lockPath);
        return () => unlink(lockPath);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // Garbage collection with no grace period may have removed our claim while we waited.
        if (code === 'ENOENT') await writeTempFile(claim, owner);
        else if (code !== 'EEXIST') throw err;
      }
      await breakIfStale(lockPath, tempDir);
      const delay = Math.min(2 + attempt, 25);
      await sleep(delay / 2 + Math.random() * delay);
    }
  } finally {
    await unlink(claim).catch(() => undefined);
  }
}

/** Holds the lock while `body` runs. */
export async function withLock<T>(lockPath: string, tempDir: string, body: () => Promise<T>): Promise<T> {
  const release = await acquireLock(lockPath, tempDir);
  try {
    return await body();
  } finally {
    await release();
  }
}

/** This process, as lock files name their owner: `host pid start-time`. */
export function ownerLine(): string {
  return `${HOST} ${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
}

/** Whether the process an `ownerLine` names may still run (see `isProcessAlive`). */
export function isOwnerAlive(line: string): boolean {
  const [host, pid, startTime] = line.trim().split(' ');
  return isProcessAlive(Number(pid), startTime, host);
}

/**
 * False only when the process is known to be gone: no such pid, or the pid now belongs to a process
 * started at another time. A process on another host is assumed alive.
 */
export function isProcessAlive(pid: number, startTime?: string, host: string = HOST): boolean {
  if (host !== HOST || !Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  const current = processStartTime(pid);
  return startTime === undefined || startTime === '-' || current === undefined || current === startTime;
}

/** The process's start time in clock ticks since boot (Linux /proc), to tell reused pids apart. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces); starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

async function breakIfStale(lockPath: string, tempDir: string): Promise<void> {
  const seen = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (seen === undefined) return;
  if (isOwnerAlive(seen)) return;
  // Move the stale file aside, then check it is still the one we judged dead: another waiter may
  // have broken it and taken the lock meanwhile, in which case we put that live lock back.
  const aside = join(tempDir, tempName('stale-lock'));
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== seen) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
