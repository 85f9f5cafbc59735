import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { EdoError } from '../model/errors.js';

/** A blob the store should hold is missing or does not hold what its digest says. */
export class BrokenBlobError extends EdoError {
  constructor(message: string) {
    super(message);
    this.name = 'BrokenBlobError';
  }
}

/** The error for a blob whose bytes do not hash to its digest. It always names the digest. */
export function corruptBlobError(digest: string, why: string): EdoError {
  return new BrokenBlobError(`blob ${digest} is corrupt: ${why}`);
}

/**
 * Passes bytes through while hashing them; at the end, if the sha256 or the byte count differ from
 * what the descriptor says, the stream errors instead of ending, so a consumer never mistakes a
 * corrupt blob for a complete one.
 */
export class DigestVerifier extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;

  /**
   * `verified` runs when the bytes matched, before the stream ends; its failure is ignored.
   * `corrupt` runs when they did not, before the stream errors, and gives the error to emit.
   */
  constructor(
    private readonly digest: string,
    private readonly size: number,
    private readonly verified?: () => Promise<void>,
    private readonly corrupt?: (error: EdoError) => Promise<Error>,
  ) {
    super({ highWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const actual = 'sha256:' + this.hash.digest('hex');
    const error =
      this.bytes !== this.size
        ? corruptBlobError(this.digest, `expected ${this.size} bytes, read ${this.bytes}`)
        : actual !== this.digest
          ? corruptBlobError(this.digest, `its content hashes to ${actual}`)
          : undefined;
    if (error && this.corrupt) {
      this.corrupt(error).then(callback, () => callback(error));
    } else if (error) {
      callback(error);
    } else if (this.verified) {
      this.verified().then(
        () => callback(),
        () => callback(),
      );
    } else {
      callback();
    }
  }
}
