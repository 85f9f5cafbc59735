import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform as StreamTransform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Artifact } from '../model/artifact.js';
import { EdoError, networkReason, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { digestOf } from '../engine/cache-key.js';
import type { StorageManager } from '../storage/types.js';
import { stageArtifact } from '../transform/artifacts.js';
import { artifactFromDirectory } from './directory.js';
import type { Source } from './types.js';

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;

/** Thrown for answers that will not get better by asking again (4xx, a checksum mismatch). */
class PermanentFailure extends EdoError {}

/** The downloaded bytes are not the ones `sha256` names: callers pinning a digest refuse them. */
export class ChecksumMismatch extends PermanentFailure {}

/**
 * `url_source(name, url, sha256, filename = <last URL segment>)`: an http(s) download, retried
 * with backoff, verified against `sha256` as it streams. The artifact holds the file as
 * `filename`. Its id comes from the checksum, so a cached download is never fetched again.
 */
export class UrlSource implements Source {
  private readonly url: URL;
  private readonly sha256: string;
  private readonly filename: string;

  constructor(
    private readonly node: DeclarationNode,
    private readonly tempRoot: string,
  ) {
    const where = { position: node.position, target: node.id };
    try {
      this.url = new URL(node.attrs.url as string);
    } catch {
      throw new UsageError(`url ${JSON.stringify(node.attrs.url)} is not a URL`, where);
    }
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
      throw new UsageError(`url must be http or https, not ${this.url.protocol}`, where);
    }
    this.sha256 = String(node.attrs.sha256).toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(this.sha256)) throw new UsageError('sha256 must be 64 hex digits', where);
    const last = decodeURIComponent(this.url.pathname.split('/').pop() ?? '');
    this.filename = (node.attrs.filename as string | undefined) ?? (last || 'download');
    if (this.filename.includes('/') || this.filename === '.' || this.filename === '..') {
      throw new UsageError(`filename ${JSON.stringify(this.filename)} must be a plain file name`, where);
    }
  }

  async getUniqueId(): Promise<Id> {
    return {
      name: this.node.name,
      digest: digestOf({ kind: 'url_source', sha256: this.sha256, filename: this.filename }),
    };
  }

  async fetch(log: Log, storage: StorageManager): Promise<Artifact> {
    return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.download(join(dir, this.filename));
          break;
        } catch (err) {
          if (err instanceof PermanentFailure || attempt >= ATTEMPTS) throw err;
          const delay = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
          log.write(`download of ${this.url} failed (${(err as Error).message}); retrying in ${delay} ms\n`);
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
      log.write(`downloaded ${this.url} (sha256 ${this.sha256})\n`);
    });
  }

  private async download(target: string): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.url, { redirect: 'follow' });
    } catch (err) {
      throw new EdoError(`GET ${this.url}: ${networkReason(err)}`, { target: this.node.id });
    }
    if (!response.ok || !response.body) {
      const message = `GET ${this.url}: HTTP ${response.status}`;
      await response.body?.cancel();
      if (response.status >= 400 && response.status < 500 && response.status !== 429) {
        throw new PermanentFailure(message, { target: this.node.id });
      }
      throw new EdoError(message, { target: this.node.id });
    }
    const hash = createHash('sha256');
    const hasher = new StreamTransform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      hasher,
      createWriteStream(target),
    );
    const actual = hash.digest('hex');
    if (actual !== this.sha256) {
      throw new ChecksumMismatch(
        `checksum mismatch for ${this.url}: expected sha256 ${this.sha256}, got ${actual}`,
        {
          target: this.node.id,
        },
      );
    }
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }
}
