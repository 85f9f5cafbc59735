import { createHash } from 'node:crypto';
import { Readable, Transform as StreamTransform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import type { Artifact } from '../model/artifact.js';
import { canonicalJson, sha256Digest } from '../model/digest.js';
import { EdoError, networkReason, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { MediaType } from '../storage/oci.js';
import { addEntry, addStreamEntry, FIXED_TAR_HEADER } from '../storage/tar-entries.js';
import type { StorageManager } from '../storage/types.js';
import { stageArtifact } from '../transform/artifacts.js';
import type { Source, Vendor } from '../source/types.js';

import { NPM_PACKAGE_KIND } from './kinds.js';

interface PackumentVersion {
  dependencies?: Record<string, string>;
  dist?: { tarball?: string; integrity?: string };
}

interface Packument {
  versions?: Record<string, PackumentVersion>;
}

/**
 * The `Authorization` header for a registry whose token is in the environment variable named
 * `tokenEnv` (the name, never the token, is what build files and the lock hold).
 */
function authorization(
  tokenEnv: string | undefined,
  env: NodeJS.ProcessEnv,
  who: string,
): Record<string, string> {
  if (tokenEnv === undefined) return {};
  const token = env[tokenEnv];
  if (!token) throw new EdoError(`${who}: token_env names ${tokenEnv}, which is not set`);
  return { authorization: `Bearer ${token}` };
}

/**
 * `vendor(name, kind = "npm", registry = "https://registry.npmjs.org", token_env = None)`:
 * packages of an npm-compatible registry, with a bearer token from the environment variable
 * `token_env` names, if any. Options are a package's published versions; dependencies are its
 * `dependencies` (not dev or peer); a version resolves to an `npm_package` source pinned by the
 * tarball's sha512 `integrity`.
 */
export class NpmVendor implements Vendor {
  private readonly packuments = new Map<string, Promise<Packument | undefined>>();

  constructor(
    readonly registry: string,
    private readonly label: string,
    private readonly tokenEnv?: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async getOptions(name: string): Promise<string[]> {
    return Object.keys((await this.packument(name))?.versions ?? {});
  }

  async getDependencies(name: string, version: string): Promise<Array<[string, string]> | undefined> {
    const entry = (await this.packument(name))?.versions?.[version];
    return entry === undefined ? undefined : Object.entries(entry.dependencies ?? {});
  }

  async resolve(name: string, version: string): Promise<NodeValue> {
    const dist = (await this.packument(name))?.versions?.[version]?.dist;
    if (dist?.tarball === undefined)
      throw new EdoError(`npm vendor ${this.label}: ${name}@${version} has no tarball`);
    const integrity = sha512Integrity(dist.integrity);
    if (integrity === undefined) {
      throw new EdoError(
        `npm vendor ${this.label}: ${name}@${version} has no sha512 integrity; refusing an unverifiable tarball`,
      );
    }
    return {
      kind: NPM_PACKAGE_KIND,
      package: name,
      version,
      url: dist.tarball,
      digest: integrity,
      ...(this.tokenEnv !== undefined && { token_env: this.tokenEnv }),
    };
  }

  private packument(name: string): Promise<Packument | undefined> {
    let answer = this.packuments.get(name);
    if (!answer) this.packuments.set(name, (answer = this.fetchPackument(name)));
    return answer;
  }

  private async fetchPackument(name: string): Promise<Packument | undefined> {
    // Scoped names keep their `@` but escape the slash: `@scope%2fname`.
    const url = `${this.registry.replace(/\/+$/, '')}/${encodeURIComponent(name).replace(/^%40/, '@')}`;
    let response: Response;
    try {
      response = await fetch(url, {
        // The abbreviated ("corgi") document: versions, dependencies and dist, much smaller.
        headers: {
          accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
          ...authorization(this.tokenEnv, this.env, `npm vendor ${this.label}`),
        },
      });
    } catch (err) {
      throw new EdoError(`npm vendor ${this.label}: GET ${url}: ${networkReason(err)}`, {}, undefined, err);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new EdoError(`npm vendor ${this.label}: GET ${url}: HTTP ${response.status}`);
    }
    return (await response.json()) as Packument;
  }
}

/** The sha512 member of an SRI `integrity` string (it may list several hashes). */
function sha512Integrity(integrity: string | undefined): string | undefined {
  return integrity?.split(/\s+/).find((hash) => /^sha512-[A-Za-z0-9+/]+={0,2}$/.test(hash));
}

/**
 * `npm_package(package, version, url, digest, token_env = None)`: one npm tarball, verified against its sha512
 * `digest` (SRI form) as it streams, stored as one uncompressed layer holding the package's files
 * at the root (the tarball's top directory, `package/`, stripped). Its id comes from the
 * integrity, so a package already in the store is never downloaded again.
 */
export class NpmPackageSource implements Source {
  private readonly url: string;
  private readonly integrity: string;

  constructor(
    private readonly node: DeclarationNode,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    const { url, digest } = node.attrs;
    const integrity = typeof digest === 'string' ? sha512Integrity(digest) : undefined;
    if (typeof url !== 'string' || integrity === undefined) {
      throw new UsageError(`${NPM_PACKAGE_KIND} needs "url" and a sha512 "digest" (sha512-<base64>)`, {
        position: node.position,
        target: node.id,
      });
    }
    this.url = url;
    this.integrity = integrity;
  }

  async getUniqueId(): Promise<Id> {
    const version = this.node.attrs.version;
    return {
      name: this.node.name,
      digest: sha256Digest(canonicalJson({ kind: NPM_PACKAGE_KIND, integrity: this.integrity })),
      ...(typeof version === 'string' && { version }),
    };
  }

  async fetch(log: Log, storage: StorageManager): Promise<Artifact> {
    const id = await this.getUniqueId();
    if (await storage.has(id)) return storage.open(id);
    const tokenEnv = this.node.attrs.token_env;
    const headers = authorization(
      typeof tokenEnv === 'string' ? tokenEnv : undefined,
      this.env,
      this.node.id,
    );
    const response = await fetch(this.url, { headers }).catch((err: Error) => {
      throw new EdoError(`GET ${this.url}: ${networkReason(err)}`, { target: this.node.id }, undefined, err);
    });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new EdoError(`GET ${this.url}: HTTP ${response.status}`, { target: this.node.id });
    }
    const writer = await storage.startLayer();
    const repack = tar.pack();
    try {
      await Promise.all([
        pipeline(
          Readable.fromWeb(response.body as WebReadableStream),
          verifyIntegrity(this.integrity, this.url),
          createGunzip(),
          stripTopDirectory(repack),
        ),
        pipeline(repack, writer),
      ]);
    } catch (err) {
      repack.destroy();
      // Destroying the writer deletes its temp file; wait so nothing is left behind when we throw.
      await finished(writer.destroy()).catch(() => undefined);
      if (err instanceof EdoError) throw new EdoError(err.message, { target: this.node.id });
      throw new EdoError(`${this.url}: ${(err as Error).message}`, { target: this.node.id }, undefined, err);
    }
    const layer = await storage.finishLayer(MediaType.layerTar, undefined, writer);
    log.write(`fetched ${this.url} (${this.integrity.slice(0, 20)}…)\n`);
    const artifact: Artifact = {
      config: { id, provides: [], requires: {}, metadata: { url: this.url, integrity: this.integrity } },
      layers: [layer],
    };
    await storage.save(artifact);
    return artifact;
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }
}

/** Passes bytes through; at the end, fails unless their sha512 is `integrity`. */
function verifyIntegrity(integrity: string, url: string): StreamTransform {
  const hash = createHash('sha512');
  return new StreamTransform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const actual = 'sha512-' + hash.digest('base64');
      done(
        actual === integrity
          ? null
          : new EdoError(`integrity mismatch for ${url}: expected ${integrity}, got ${actual}`),
      );
    },
  });
}

/**
 * A writable taking the package's tar and adding each entry to `pack` without its first path
 * component, with the fixed owner/mtime and normalised modes of Edo's own layers.
 */
function stripTopDirectory(pack: tar.Pack): NodeJS.WritableStream {
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    const name = header.name.replace(/^[^/]*\/?/, '');
    const copy = async (): Promise<void> => {
      if (name === '' || (header.type !== 'file' && header.type !== 'directory')) {
        body.resume(); // the top directory itself, or links npm would not install either
        return;
      }
      if (header.type === 'directory') {
        await addEntry(pack, { ...FIXED_TAR_HEADER, name, type: 'directory', mode: 0o755 });
        body.resume();
        return;
      }
      const mode = (header.mode ?? 0) & 0o100 ? 0o755 : 0o644;
      await addStreamEntry(
        pack,
        { ...FIXED_TAR_HEADER, name, type: 'file', mode, size: header.size },
        body as unknown as Readable,
      );
    };
    copy().then(() => next(), next);
  });
  extract.on('finish', () => pack.finalize());
  return extract;
}
