import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireLock, isProcessAlive, withLock } from '../../src/storage/lock.js';
import { useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('lock file', () => {
  test('a second holder waits for the first, then gets the lock', async () => {
    const dir = await tempDir('lock');
    const lock = join(dir, 'index.lock');
    const order: string[] = [];
    const release = await acquireLock(lock, dir);
    const second = withLock(lock, dir, async () => order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    order.push('first done');
    await release();
    await second;
    expect(order).toEqual(['first done', 'second']);
    expect(await readdir(dir)).toEqual([]);
  });

  test('a lock left by a dead process is broken', async () => {
    const dir = await tempDir('lock');
    const lock = join(dir, 'index.lock');
    await writeFile(lock, `${hostname()} ${deadPid()} 12345\n`);
    await withLock(lock, dir, async () => undefined);
    expect(await readdir(dir)).toEqual([]);
  });

  test('a lock whose pid now belongs to another process (another start time) is broken', async () => {
    const dir = await tempDir('lock');
    const lock = join(dir, 'index.lock');
    await writeFile(lock, `${hostname()} ${process.pid} 1\n`);
    await withLock(lock, dir, async () => undefined);
    expect(await readdir(dir)).toEqual([]);
  });

  test('liveness', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(deadPid())).toBe(false);
    expect(isProcessAlive(deadPid(), undefined, 'another-host')).toBe(true);
  });
});
