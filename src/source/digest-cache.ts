import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileSignature, replaceFile, type FileSignature } from '../storage/fs-util.js';

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

  /** The cache of a workspace whose state directory (`.edo/`) is `stateDir`. */
  static ofWorkspace(stateDir: string): FileDigestCache {
    return new FileDigestCache(join(stateDir, 'digests'), join(stateDir, 'tmp'));
  }

  /** The file's sha256 (hex): remembered when its signature is unchanged, else from `hash()`. */
  async sha256(path: string, hash: () => Promise<string>): Promise<string> {
    const entry = this.entryOf(path);
    const [recorded, before] = await Promise.all([this.recorded(entry), fileSignature(path)]);
    if (before !== undefined && recorded?.signature === before.key) return recorded.digest;
    const startedAt = Date.now();
    const computed = await hash();
    await this.record(entry, path, before, startedAt, computed);
    return computed;
  }

  /**
   * The bytes `read()` gives for the file at `path`, with their sha256 (hex): remembered when the
   * file's signature is the same before and after the read, so the digest is the bytes' own.
   */
  async read(
    path: string,
    read: () => Buffer | undefined,
  ): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const entry = this.entryOf(path);
    const [recorded, before] = await Promise.all([this.recorded(entry), fileSignature(path)]);
    const startedAt = Date.now();
    const bytes = read();
    if (bytes === undefined) return undefined;
    const after = await fileSignature(path);
    if (before !== undefined && after?.key === before.key && recorded?.signature === before.key)
      return { bytes, digest: recorded.digest };
    const digest = createHash('sha256').update(bytes).digest('hex');
    await this.record(entry, path, before, startedAt, digest);
    return { bytes, digest };
  }

  private entryOf(path: string): string {
    return join(this.dir, createHash('sha256').update(path).digest('hex'));
  }

  private async recorded(entry: string): Promise<{ signature: string; digest: string } | undefined> {
    const [signature, digest] = (await readFile(entry, 'utf8').catch(() => undefined))?.split(' ') ?? [];
    return signature && digest ? { signature, digest } : undefined;
  }

  /** Keeps `digest` for the file when it has not changed since `before` and has settled. */
  private async record(
    entry: string,
    path: string,
    before: FileSignature | undefined,
    startedAt: number,
    digest: string,
  ): Promise<void> {
    const after = await fileSignature(path);
    if (!after || after.key !== before?.key || startedAt - after.modifiedMs <= SETTLED_AFTER_MS) return;
    await mkdir(this.dir, { recursive: true });
    await mkdir(this.tempDir, { recursive: true });
    await replaceFile(entry, this.tempDir, `${after.key} ${digest}`);
  }
}
