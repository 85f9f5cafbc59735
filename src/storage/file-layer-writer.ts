import { createHash, type Hash } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import type { LayerWriter } from './types.js';

/**
 * A layer writer that streams into a temp file while hashing: memory use is bounded by the
 * stream's high-water mark, whatever the layer's size. On `finish` the file is fsynced and closed
 * and `digest` is known; the owner then renames the file into place. Destroyed early, it deletes
 * its temp file.
 *
 * A big layer is flushed to disk while it is written (`fdatasync` every few MiB, in the
 * background): the fsync at the end then has little left to do, rather than the whole layer
 * (measured: 50 MiB, 25 ms for one fsync at the end against 1–2 ms after flushing along the way).
 */
export class FileLayerWriter extends Writable implements LayerWriter {
  private handle: FileHandle | undefined;
  private readonly hash: Hash = createHash('sha256');
  private written = 0;
  private hexDigest: string | undefined;
  /** The background flush in progress, and how much had been written when it started. */
  private flushing: Promise<void> | undefined;
  private flushedUpTo = 0;

  constructor(readonly tempPath: string) {
    super({ highWaterMark: 1 << 20 });
  }

  get bytesWritten(): number {
    return this.written;
  }

  /** `sha256:<hex>` of everything written; only once the stream has finished. */
  get digest(): string {
    if (this.hexDigest === undefined) throw new Error('layer writer has not finished');
    return 'sha256:' + this.hexDigest;
  }

  override _construct(callback: (error?: Error | null) => void): void {
    open(this.tempPath, 'wx', 0o644).then(
      (handle) => {
        this.handle = handle;
        callback();
      },
      (err: Error) => callback(err),
    );
  }

  override _writev(
    chunks: Array<{ chunk: Buffer; encoding: BufferEncoding }>,
    callback: (error?: Error | null) => void,
  ): void {
    const buffers = chunks.map(({ chunk }) => chunk);
    for (const buffer of buffers) this.hash.update(buffer);
    this.writeAll(buffers).then(() => {
      this.flushInBackground();
      callback();
    }, callback);
  }

  private flushInBackground(): void {
    if (this.flushing || this.written - this.flushedUpTo < FLUSH_EVERY) return;
    this.flushedUpTo = this.written;
    // A failed flush is not an error yet: the fsync in _final reports what matters.
    this.flushing = this.handle!.datasync().then(
      () => {
        this.flushing = undefined;
      },
      () => {
        this.flushing = undefined;
      },
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    const handle = this.handle!;
    this.hexDigest = this.hash.digest('hex');
    Promise.resolve(this.flushing)
      .then(() => handle.sync())
      .then(() => handle.close())
      .then(() => {
        this.handle = undefined;
        callback();
      }, callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const handle = this.handle;
    this.handle = undefined;
    const cleanup = async (): Promise<void> => {
      await this.flushing;
      if (handle) await handle.close().catch(() => undefined);
      // A writer destroyed before finishing leaves nothing behind.
      if (this.hexDigest === undefined || error) await unlink(this.tempPath).catch(() => undefined);
    };
    cleanup().then(
      () => callback(error),
      () => callback(error),
    );
  }

  private async writeAll(buffers: Buffer[]): Promise<void> {
    let pending = buffers;
    while (pending.length > 0) {
      const { bytesWritten } = await this.handle!.writev(pending);
      this.written += bytesWritten;
      pending = dropBytes(pending, bytesWritten);
    }
  }
}

/** Bytes written between background flushes: big enough that small layers never flush early. */
const FLUSH_EVERY = 8 << 20;

/** The buffers left after the first `count` bytes were written (writev may write partially). */
function dropBytes(buffers: Buffer[], count: number): Buffer[] {
  let left = count;
  const rest: Buffer[] = [];
  for (const buffer of buffers) {
    if (left >= buffer.length) {
      left -= buffer.length;
    } else {
      rest.push(left > 0 ? buffer.subarray(left) : buffer);
      left = 0;
    }
  }
  return rest;
}
