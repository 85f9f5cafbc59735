import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A unique file name for a temporary file (pid + random), so concurrent writers never collide. */
export function tempName(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(8).toString('hex')}`;
}

/** fsync a directory so a rename inside it survives a crash of the machine, not just of edo. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `target` atomically: a temp file in `tempDir` (same file system), fsync,
 * rename over the target, fsync the target's directory. Readers see the old or the new file.
 */
export async function writeFileAtomic(
  target: string,
  targetDir: string,
  tempDir: string,
  data: Buffer | string,
): Promise<void> {
  const temp = join(tempDir, tempName('write'));
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await fsyncDirectory(targetDir);
}
