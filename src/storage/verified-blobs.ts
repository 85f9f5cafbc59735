import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSignature, replaceFile } from './fs-util.js';

/**
 * Which blobs' bytes were hashed and matched their digest, and each blob file's signature then
 * (`fileSignature`): a blob whose signature still matches holds the bytes that were verified, and
 * reading it again need not hash it. One small file per blob under `verified/`; losing one costs a re-verification only, so
 * they are written atomically but not fsynced.
 */
export class VerifiedBlobs {
  constructor(
    private readonly dir: string,
    private readonly tempDir: string,
  ) {}

  /** Whether the blob at `path` is unchanged since it was last verified. */
  async has(hex: string, path: string): Promise<boolean> {
    const [recorded, current] = await Promise.all([
      readFile(join(this.dir, hex), 'utf8').catch(() => undefined),
      fileSignature(path),
    ]);
    return recorded !== undefined && recorded === current?.key;
  }

  /** Notes that the blob at `path` was verified as it is now. */
  async record(hex: string, path: string): Promise<void> {
    const signature = await fileSignature(path);
    if (signature === undefined) return;
    await replaceFile(join(this.dir, hex), this.tempDir, signature.key);
  }

  /** Drops the record of one blob (removed as corrupt). */
  async forget(hex: string): Promise<void> {
    await unlink(join(this.dir, hex)).catch(() => undefined);
  }

  /** Drops the records of blobs that no longer exist. */
  async prune(blobs: ReadonlySet<string>): Promise<void> {
    for (const hex of await readdir(this.dir)) {
      if (!blobs.has(hex)) await unlink(join(this.dir, hex)).catch(() => undefined);
    }
  }
}
