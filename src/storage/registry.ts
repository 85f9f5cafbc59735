import { createHash, type Hash } from 'node:crypto';
import { PassThrough, pipeline, Readable, Writable } from 'node:stream';
import type { Artifact, Layer } from '../model/artifact.js';
import { sha256Digest } from '../model/digest.js';
import {
  EdoError,
  networkReason,
  UnreachableError,
  UsageError,
  WritesRefusedError,
} from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import type { BlobPresence } from './local-store.js';
import {
  artifactFromBlobs,
  encodeConfig,
  encodeManifest,
  groupKey,
  MediaType,
  parseConfig,
  parseManifest,
  type ImageManifest,
} from './oci.js';
import { basicAuthorization, parseChallenge, registryCredentials } from './registry-auth.js';
import { writerFinished } from './streams.js';
import type { LayerWriter, StorageBackend } from './types.js';
import { corruptBlobError, DigestVerifier } from './verify-stream.js';

/** Reads must list the OCI types, else distribution answers 404 or converts the manifest. */
const MANIFEST_ACCEPT = [
  MediaType.imageManifest,
  MediaType.imageIndex,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

export interface RegistryAddress {
  /** `http(s)://host[:port]` */
  origin: string;
  /** `host[:port]`, the key of credentials. */
  host: string;
  repository: string;
}

/**
 * `http://host:port/repo`, `https://host/repo`, or `host[:port]/repo` (https, except plain http
 * for localhost and 127.0.0.1, as Docker does).
 */
export function parseRegistryAddress(address: string): RegistryAddress {
  const match = /^(?:(https?):\/\/)?([^/]+)\/(.+?)\/?$/.exec(address);
  if (!match)
    throw new UsageError(
      `invalid registry address ${JSON.stringify(address)}: expected host[:port]/repository`,
    );
  const [, scheme, host, repository] = match as unknown as [string, string | undefined, string, string];
  if (
    !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)
  ) {
    throw new UsageError(`invalid registry repository ${JSON.stringify(repository)} in ${address}`);
  }
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  return { origin: `${scheme ?? (local ? 'http' : 'https')}://${host}`, host, repository };
}

interface RequestInit {
  headers?: Record<string, string>;
  body?: Buffer | Readable;
  /** Statuses that are not errors (others throw an EdoError). */
  ok: number[];
  /** Statuses that mean the registry takes no writes at all (they throw a WritesRefusedError). */
  refused?: number[];
  signal?: AbortSignal;
}

/**
 * A client of the OCI distribution HTTP API for one repository, with basic and bearer-token
 * authentication (credentials from registryCredentials). Uses Node's built-in fetch.
 */
export class RegistryClient {
  private authorization: string | undefined;

  constructor(
    readonly address: RegistryAddress,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private get base(): string {
    return `${this.address.origin}/v2/${this.address.repository}`;
  }

  async hasBlob(digest: string): Promise<boolean> {
    const response = await this.request('HEAD', `/blobs/${digest}`, { ok: [200, 404] });
    return response.status === 200;
  }

  /** The blob's bytes as a stream, verified against the digest as they arrive. */
  async readBlob(digest: string, size: number): Promise<Readable> {
    const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
    const body = Readable.fromWeb(response.body! as Parameters<typeof Readable.fromWeb>[0]);
    // pipeline also cancels the download when the consumer stops early.
    return pipeline(body, new DigestVerifier(digest, size), () => undefined);
  }

  async readSmallBlob(digest: string): Promise<Buffer> {
    const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
    const bytes = Buffer.from(await response.arrayBuffer());
    const actual = sha256Digest(bytes);
    if (actual !== digest) throw corruptBlobError(digest, `the registry sent bytes hashing to ${actual}`);
    return bytes;
  }

  /** Uploads a small blob in one PUT after the POST that opens the upload (no single-POST uploads). */
  async putSmallBlob(bytes: Buffer, digest: string): Promise<void> {
    if (await this.hasBlob(digest)) return;
    const location = await this.startUpload();
    await this.request('PUT', withDigest(location, digest), {
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
      ok: [201],
    });
  }

  /** Opens an upload session and returns its URL. Also settles authentication before streaming. */
  async startUpload(): Promise<string> {
    // Denied (after authenticating), not allowed on this registry, or not implemented by it.
    const response = await this.request('POST', '/blobs/uploads/', {
      ok: [202],
      refused: [401, 403, 405, 501],
    });
    return this.location(response);
  }

  /** Completes an upload whose bytes were all sent, naming the digest they must have. */
  async completeUpload(location: string, digest: string): Promise<void> {
    await this.request('PUT', withDigest(location, digest), { ok: [201] });
  }

  /** Streams `body` into an open upload (one chunked PATCH); returns the next upload URL. */
  async patchUpload(location: string, body: Readable, signal: AbortSignal): Promise<string> {
    const response = await this.request('PATCH', location, {
      headers: { 'Content-Type': 'application/octet-stream' },
      body,
      ok: [202],
      signal,
    });
    return this.location(response);
  }

  /** The manifest's bytes and digest, or undefined when the reference is unknown. */
  async getManifest(reference: string): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const response = await this.request('GET', `/manifests/${reference}`, {
      headers: { Accept: MANIFEST_ACCEPT },
      ok: [200, 404],
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = response.headers.get('docker-content-digest');
    if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
      throw corruptBlobError(claimed ?? reference, `the registry sent a manifest hashing to ${digest}`);
    }
    return { bytes, digest };
  }

  /** The digest a reference points at, or undefined. */
  async headManifest(reference: string): Promise<string | undefined> {
    const response = await this.request('HEAD', `/manifests/${reference}`, {
      headers: { Accept: MANIFEST_ACCEPT },
      ok: [200, 404],
    });
    if (response.status === 404) return undefined;
    return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference))?.digest;
  }

  async putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<void> {
    // Distribution checks that the Content-Type matches the manifest's mediaType.
    await this.request('PUT', `/manifests/${reference}`, {
      headers: { 'Content-Type': mediaType },
      body: bytes,
      ok: [201],
    });
  }

  async deleteManifest(digest: string): Promise<void> {
    await this.request('DELETE', `/manifests/${digest}`, { ok: [202, 404] });
  }

  /** All tags of the repository, following pagination. */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = '/tags/list?n=1000';
    while (next) {
      const response = await this.request('GET', next, { ok: [200, 404] });
      if (response.status === 404) return tags;
      const page = (await response.json()) as { tags?: string[] | null };
      tags.push(...(page.tags ?? []));
      const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '');
      next = link ? new URL(link[1]!, this.address.origin).toString() : undefined;
    }
    return tags;
  }

  /** One request; on a 401 it authenticates from the challenge and retries once (not for streams). */
  private async request(method: string, path: string, init: RequestInit): Promise<Response> {
    const url = /^https?:\/\//.test(path) ? path : this.base + path;
    let response = await this.send(method, url, init);
    if (response.status === 401 && !(init.body instanceof Readable)) {
      await response.body?.cancel();
      await this.authenticate(response.headers.get('www-authenticate') ?? '');
      response = await this.send(method, url, init);
    }
    if (!init.ok.includes(response.status)) {
      const text = method === 'HEAD' ? '' : (await response.text()).slice(0, 500).trim();
      const Failure = init.refused?.includes(response.status) ? WritesRefusedError : EdoError;
      throw new Failure(
        `registry ${this.address.host}: ${method} ${new URL(url).pathname} answered ${response.status}` +
          (text ? `: ${text}` : ''),
      );
    }
    return response;
  }

  private async send(method: string, url: string, init: RequestInit): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.authorization) headers.Authorization = this.authorization;
    try {
      // A stream body needs `duplex: 'half'` (undici streams it with chunked encoding).
      const options = { method, headers, body: init.body, signal: init.signal, duplex: 'half' };
      return await fetch(url, options as Parameters<typeof fetch>[1]);
    } catch (err) {
      throw new UnreachableError(`registry ${this.address.host} unreachable: ${networkReason(err)}`);
    }
  }

  private async authenticate(header: string): Promise<void> {
    const challenge = parseChallenge(header);
    const credentials = registryCredentials(this.address.host, this.env);
    if (challenge.scheme === 'basic') {
      if (!credentials) {
        throw new EdoError(
          `registry ${this.address.host} needs credentials: set EDO_REGISTRY_USERNAME/EDO_REGISTRY_PASSWORD or log in with docker`,
        );
      }
      this.authorization = basicAuthorization(credentials);
      return;
    }
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
      throw new EdoError(
        `registry ${this.address.host}: unsupported authentication challenge ${JSON.stringify(header)}`,
      );
    }
    const tokenUrl = new URL(challenge.params.realm);
    for (const key of ['service', 'scope']) {
      if (challenge.params[key]) tokenUrl.searchParams.set(key, challenge.params[key]);
    }
    const response = await fetch(tokenUrl, {
      headers: credentials ? { Authorization: basicAuthorization(credentials) } : {},
    }).catch((err: Error) => {
      throw new UnreachableError(
        `registry ${this.address.host}: token service ${tokenUrl.host} unreachable: ${networkReason(err)}`,
      );
    });
    if (!response.ok) {
      throw new EdoError(`registry ${this.address.host}: token service answered ${response.status}`);
    }
    const { token, access_token } = (await response.json()) as { token?: string; access_token?: string };
    if (!token && !access_token)
      throw new EdoError(`registry ${this.address.host}: token service sent no token`);
    this.authorization = `Bearer ${token ?? access_token}`;
  }

  private location(response: Response): string {
    const location = response.headers.get('location');
    if (!location) throw new EdoError(`registry ${this.address.host}: upload answer without a Location`);
    return new URL(location, this.address.origin).toString();
  }
}

function withDigest(location: string, digest: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}

/**
 * A layer writer that streams straight into a registry upload: one chunked PATCH carries the
 * bytes as they come (hashed on the way), `finishLayer` then completes the upload with the digest.
 */
class RegistryLayerWriter extends Writable implements LayerWriter {
  private readonly hash: Hash = createHash('sha256');
  private written = 0;
  private readonly body = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly abort = new AbortController();
  private readonly patched: Promise<string>;
  location: string | undefined;
  digest: string | undefined;

  /** `upload`: where the registry accepts the upload (started by `startLayer`). */
  constructor(client: RegistryClient, upload: string) {
    super({ highWaterMark: 1 << 20 });
    this.patched = client.patchUpload(upload, this.body, this.abort.signal);
    // Surface a failed PATCH while writing rather than only at the end.
    this.patched.catch((err: Error) => this.destroy(err));
    // A failure reaches the caller through the writer's state (pipeIntoWriter, finishLayer), and
    // may come before the caller pipes anything in: never as an 'error' nobody listens to.
    this.on('error', () => {});
  }

  get bytesWritten(): number {
    return this.written;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.written += chunk.length;
    if (this.body.write(chunk)) callback();
    else this.body.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.digest = 'sha256:' + this.hash.digest('hex');
    this.body.end();
    this.patched.then((location) => {
      this.location = location;
      callback();
    }, callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.location) this.abort.abort();
    this.body.destroy();
    callback(error);
  }
}

/**
 * A storage backend in one repository of an OCI distribution registry. Artifacts are OCI image
 * manifests (the same bytes as in the local store, so the same digests) tagged
 * `edo-<sha256 of the id string>`; layers and configs are blobs.
 */
export class RegistryBackend implements StorageBackend, BlobPresence {
  constructor(readonly client: RegistryClient) {}

  static fromAddress(address: string, env: NodeJS.ProcessEnv = process.env): RegistryBackend {
    return new RegistryBackend(new RegistryClient(parseRegistryAddress(address), env));
  }

  /** The tag of an artifact: ids contain characters tags cannot, so it is a hash of the id string. */
  static tagFor(id: Id): string {
    return 'edo-' + sha256Digest(idToString(id)).slice('sha256:'.length);
  }

  async ls(): Promise<Id[]> {
    const ids: Id[] = [];
    for (const tag of await this.client.listTags()) {
      if (!tag.startsWith('edo-')) continue;
      const found = await this.fetchArtifact(tag);
      if (found) ids.push(found.artifact.config.id);
    }
    return ids;
  }

  async has(id: Id): Promise<boolean> {
    return (await this.client.headManifest(RegistryBackend.tagFor(id))) !== undefined;
  }

  async open(id: Id): Promise<Artifact> {
    const found = await this.fetchArtifact(RegistryBackend.tagFor(id));
    if (!found) throw new EdoError(`artifact ${idToString(id)} is not in registry ${this.describe()}`);
    return found.artifact;
  }

  /** Pushes the config and manifest; the layers must already be in the repository. */
  async save(artifact: Artifact): Promise<void> {
    for (const layer of artifact.layers) {
      if (!(await this.client.hasBlob(layer.digest))) {
        throw new EdoError(
          `cannot save ${idToString(artifact.config.id)}: layer ${layer.digest} is not in ${this.describe()}`,
        );
      }
    }
    const config = encodeConfig(artifact.config);
    await this.client.putSmallBlob(config.bytes, config.descriptor.digest);
    const manifest = encodeManifest(config.descriptor, artifact.layers);
    await this.client.putManifest(
      RegistryBackend.tagFor(artifact.config.id),
      manifest.bytes,
      MediaType.imageManifest,
    );
  }

  /** Deletes the artifact's manifest (the registry's own garbage collection frees the blobs). */
  async del(id: Id): Promise<void> {
    const digest = await this.client.headManifest(RegistryBackend.tagFor(id));
    if (digest) await this.client.deleteManifest(digest);
  }

  async copy(source: Id, target: Id): Promise<void> {
    const artifact = await this.open(source);
    await this.save({ config: { ...artifact.config, id: target }, layers: artifact.layers });
  }

  async prune(id: Id): Promise<void> {
    const keep = idToString(id);
    for (const other of await this.ls()) {
      if (groupKey(other) === groupKey(id) && idToString(other) !== keep) await this.del(other);
    }
  }

  /** Without save times in a registry, "newest" cannot be told apart: keeps the last id per group by order. */
  async pruneAll(): Promise<void> {
    const ids = await this.ls();
    const keep = new Map(ids.map((id) => [groupKey(id), idToString(id)]));
    for (const id of ids) if (keep.get(groupKey(id)) !== idToString(id)) await this.del(id);
  }

  async read(layer: Layer): Promise<Readable> {
    return this.client.readBlob(layer.digest, layer.size);
  }

  /** Starts the upload first: a registry that refuses uploads fails this call, not a stream later. */
  async startLayer(): Promise<LayerWriter> {
    return new RegistryLayerWriter(this.client, await this.client.startUpload());
  }

  async finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer> {
    if (!(writer instanceof RegistryLayerWriter))
      throw new EdoError('finishLayer: the writer was not started by this registry');
    await writerFinished(writer);
    await this.client.completeUpload(writer.location!, writer.digest!);
    return {
      mediaType,
      digest: writer.digest!,
      size: writer.bytesWritten,
      ...(platform !== undefined && { platform }),
    };
  }

  hasBlob(digest: string): Promise<boolean> {
    return this.client.hasBlob(digest);
  }

  private describe(): string {
    return `${this.client.address.host}/${this.client.address.repository}`;
  }

  private async fetchArtifact(
    tag: string,
  ): Promise<{ manifest: ImageManifest; artifact: Artifact } | undefined> {
    const found = await this.client.getManifest(tag);
    if (!found) return undefined;
    const manifest = parseManifest(found.bytes, found.digest);
    const config = parseConfig(
      await this.client.readSmallBlob(manifest.config.digest),
      manifest.config.digest,
    );
    return { manifest, artifact: artifactFromBlobs(manifest, config) };
  }
}
