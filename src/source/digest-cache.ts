import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSignature, replaceFile } from '../storage/fs-util.js';

/**
 * A file modified this close to when it was hashed could be modified again within the file
 * system's timestamp granularity without its signature changing; such hashes are not kept.
 */
const SETTLED_AFTER_MS = 2000;

/**
 * The sha256 of large workspace files, keyed by the file's signature (`fileSignature`), so an
 * unchanged file is not read again on the next build (as git's index does). One small file per
 * source file under the workspace's state directory; losing one costs a re-hash only.
 */
export class FileDigestCache {
  constructor(
    private readonly dir: string,
    private readonly tempDir: string,
  ) {}

  /** The file's sha256 (hex): remembered when its signature is unchanged, else from `hash()`. */
  async sha256(path: string, hash: () => Promise<string>): Promise<string> {
    const entry = join(this.dir, createHash('sha256').update(path).digest('hex'));
    const [recorded, before] = await Promise.all([
      readFile(entry, 'utf8').catch(() => undefined),
      fileSignature(path),
    ]);
    const [signature, digest] = recorded?.split(' ') ?? [];
    if (before !== undefined && signature === before.key && digest) return digest;
    const startedAt = Date.now();
    const computed = await hash();
    const after = await fileSignature(path);
    if (after && after.key === before?.key && startedAt - after.modifiedMs > SETTLED_AFTER_MS) {
      await mkdir(this.dir, { recursive: true });
      await mkdir(this.tempDir, { recursive: true });
      await replaceFile(entry, this.tempDir, `${after.key} ${computed}`);
    }
    return computed;
  }
}
