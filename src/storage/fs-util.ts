import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

/** A unique file name for a temporary file (pid + random), so concurrent writers never collide. */
export function tempName(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(8).toString('hex')}`;
}

/** A temp file name beside `path` (same directory, so a rename over `path` is atomic), hidden. */
export function tempBeside(path: string, prefix: string): string {
  return join(dirname(path), `.${basename(path)}.${tempName(prefix)}`);
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(realPathOf(parent), path.slice(parent.length));
  }
}

/** Whether the absolute path `path` is `dir` or lies under it. */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * `statSync` (or `lstatSync`), or undefined where nothing is, including where a parent is a file (ENOTDIR), which
 * `throwIfNoEntry: false` still throws for: `//lib/defs.star` looks under the file lib/defs.star.
 */
export function statIfPresent(path: string, stat: (path: string) => Stats = statSync): Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Loops that make synchronous file system calls (faster than a thread-pool round trip each for
 * small files) give the event loop a turn every this many files, with `nextTurn()`.
 */
export const FILES_PER_TURN = 256;

export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
 * Creates the new file `temp` holding `data` (fsynced when `sync`), removing it again if anything
 * fails: a full or read-only disk otherwise leaves an empty temp file behind for good.
 */
export async function writeTempFile(
  temp: string,
  data: Buffer | string,
  { sync = false, mode = 0o644 }: { sync?: boolean; mode?: number } = {},
): Promise<void> {
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      if (sync) await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
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
  await writeTempFile(temp, data, { sync: true });
  try {
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await fsyncDirectory(targetDir);
}

/**
 * Replaces `target` with `data` through a temp file in `tempDir`, without fsync: for records whose
 * loss costs only recomputation (readers see the old or the new file, never part of one).
 */
export async function replaceFile(target: string, tempDir: string, data: string): Promise<void> {
  const temp = join(tempDir, tempName('replace'));
  await writeTempFile(temp, data);
  await rename(temp, target).catch(() => unlink(temp));
}

export interface FileSignature {
  /** Device, inode, size, modification and change times in nanoseconds, as one string. */
  key: string;
  /** The modification time, in milliseconds since the epoch. */
  modifiedMs: number;
}

/**
 * What a file looks like on disk. Any write to the file, or its replacement, changes the key (the
 * change time cannot be set by hand), so an unchanged key means unchanged bytes. Undefined when
 * there is no file.
 */
export async function fileSignature(path: string): Promise<FileSignature | undefined> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  if (!info) return undefined;
  return {
    key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(':'),
    modifiedMs: Number(info.mtimeMs),
  };
}

/** `sha256:<hex>` of a file's bytes, streamed in 1 MiB chunks: a large file costs no more memory than a small one. */
export async function fileSha256Digest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
