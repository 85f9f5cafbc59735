import { hostname } from 'node:os';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { tempName } from './fs-util.js';

const HOST = hostname();

/**
 * An exclusive lock between processes: a lock file holding `host pid`, created with its content
 * in one step (written to a temp file in `tempDir`, on the same file system, then hard-linked
 * into place, which fails if it exists).
 * A waiter polls (with a growing, jittered delay) until the file is gone; it never gives up because
 * another process holds the lock. A lock left by a dead process on this host (kill -9) is broken.
 */
export async function acquireLock(lockPath: string, tempDir: string): Promise<() => Promise<void>> {
  const claim = join(tempDir, tempName('lock-claim'));
  await writeFile(claim, `${HOST} ${process.pid}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(claim, lockPath);
        return () => unlink(lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      await breakIfStale(lockPath);
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

async function breakIfStale(lockPath: string): Promise<void> {
  const seen = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (seen === undefined || !isDeadOwner(seen)) return;
  // Move the stale file aside, then check it is still the one we judged dead: another waiter may
  // have broken it and taken the lock meanwhile, in which case we put that live lock back.
  const aside = `${lockPath}.${tempName('stale')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== seen) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function isDeadOwner(content: string): boolean {
  const [host, pidText] = content.trim().split(' ');
  const pid = Number(pidText);
  if (host !== HOST || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
