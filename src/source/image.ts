import { arch } from 'node:os';
import type { Duplex, Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type Docker from 'dockerode';
import * as tar from 'tar-stream';
import type { Artifact, Layer } from '../model/artifact.js';
import { canonicalJson, isSha256Digest, sha256Digest } from '../model/digest.js';
import { EdoError, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { MediaType } from '../storage/oci.js';
import { parseRegistryAddress, RegistryClient } from '../storage/registry.js';
import type { StorageManager } from '../storage/types.js';
import { corruptBlobError } from '../storage/verify-stream.js';
import { stageArtifact } from '../transform/artifacts.js';
import type { LockFile } from '../vendor/lock.js';
import type { Source } from './types.js';

/** `ref` prefix that reads the image from the local Docker engine (`docker save`), as skopeo names it. */
export const DOCKER_DAEMON_PREFIX = 'docker-daemon:';

/** A parsed image reference: `host[:port]/repo[:tag][@sha256:…]` or `docker-daemon:name[:tag]`. */
export interface ImageReference {
  /** `docker-daemon:` references name an image of the local engine. */
  daemon: boolean;
  /** `host[:port]/repo` (registry) or the image name (daemon), without tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImageReference(ref: string): ImageReference {
  const daemon = ref.startsWith(DOCKER_DAEMON_PREFIX);
  let rest = daemon ? ref.slice(DOCKER_DAEMON_PREFIX.length) : ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isSha256Digest(digest))
      throw new UsageError(`image reference ${ref}: ${digest} is not a sha256 digest`);
  }
  // A tag is a `:` after the last `/` (a `:` before it is a registry port).
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const repository = tag === undefined ? rest : rest.slice(0, colon);
  if (repository === '' || tag === '')
    throw new UsageError(`image reference ${JSON.stringify(ref)} is incomplete`);
  if (!daemon) parseRegistryAddress(repository);
  return { daemon, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

/** Layer media types whose blobs are gzip-compressed tars (OCI's and Docker's). */
const GZIP_LAYERS = new Set<string>([
  MediaType.layerTarGzip,
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const PLAIN_LAYERS = new Set<string>([MediaType.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);

interface ImageConfig {
  rootfs?: { diff_ids?: string[] };
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string };
}

interface ManifestDocument {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

/** Node's `process.arch` in OCI's `architecture` spelling. */
function ociArchitecture(): string {
  const names: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
  return names[arch()] ?? arch();
}

/**
 * `image(ref = ..., digest = None)`: an OCI/Docker image as an artifact, its layers kept as
 * layers (same blobs, same digests). `ref` is a registry reference (`host[:port]/repo:tag`) or
 * `docker-daemon:name:tag` for the local Docker engine's image store (read with `docker save`).
 * The pin is `digest` when given (manifest digest for registries, image ID for the daemon), else
 * the tag is resolved once and recorded in `edo.lock.json`. Every byte is verified: the manifest
 * against the pin, each blob against the manifest (daemon: the config against the image ID, each
 * layer against the config's diff_ids); a mismatch is an error naming the digest.
 */
export class ImageSource implements Source {
  private readonly ref: ImageReference;
  private pin: Promise<string> | undefined;

  constructor(
    private readonly node: DeclarationNode,
    private readonly lock: LockFile,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    const where = { position: node.position, target: node.id };
    const { ref, digest } = node.attrs;
    if (typeof ref !== 'string' || ref === '')
      throw new UsageError('image: ref must be a non-empty string', where);
    if (digest !== undefined && (typeof digest !== 'string' || !isSha256Digest(digest))) {
      throw new UsageError('image: digest must be a sha256 digest (sha256:<64 hex>)', where);
    }
    this.ref = parseImageReference(ref);
    if (this.ref.digest !== undefined && digest !== undefined && this.ref.digest !== digest) {
      throw new UsageError(`image: ref says ${this.ref.digest} but digest says ${digest}`, where);
    }
    if (this.ref.tag === undefined && this.ref.digest === undefined && digest === undefined) {
      throw new UsageError('image: ref needs a tag or a digest (or give digest = ...)', where);
    }
  }

  /** The manifest digest (registry) or image ID (daemon) this source stands for. */
  digest(): Promise<string> {
    this.pin ??= this.resolvePin();
    return this.pin;
  }

  private async resolvePin(): Promise<string> {
    const declared = (this.node.attrs.digest as string | undefined) ?? this.ref.digest;
    if (declared !== undefined) return declared;
    const ref = this.node.attrs.ref as string;
    const tag = this.ref.tag!;
    const entry = await this.lock.pin(this.node.id, {
      satisfies: (locked) => locked.source === ref,
      resolve: async () => ({
        kind: 'image',
        name: this.ref.repository,
        version: tag,
        source: ref,
        digest: await this.digestOfTag(tag),
      }),
      requiredBy: this.node.id,
      declaredAt: this.node.position,
    });
    return entry.digest;
  }

  private async digestOfTag(tag: string): Promise<string> {
    if (this.ref.daemon) {
      const info = await (
        await this.docker()
      )
        .getImage(`${this.ref.repository}:${tag}`)
        .inspect()
        .catch((err: Error) => {
          throw new EdoError(
            `image ${this.ref.repository}:${tag} is not in the local Docker engine (${err.message})`,
            {
              target: this.node.id,
            },
          );
        });
      return info.Id;
    }
    const digest = await this.registry().headManifest(tag);
    if (digest === undefined)
      throw new EdoError(`image ${this.ref.repository}:${tag} not found`, { target: this.node.id });
    return digest;
  }

  async getUniqueId(): Promise<Id> {
    return {
      name: this.node.name,
      digest: sha256Digest(canonicalJson({ kind: 'image', digest: await this.digest() })),
    };
  }

  async fetch(log: Log, storage: StorageManager): Promise<Artifact> {
    const id = await this.getUniqueId();
    if (await storage.has(id)) return storage.open(id);
    const digest = await this.digest();
    try {
      const { layers, metadata } = this.ref.daemon
        ? await this.fetchFromDaemon(storage, digest)
        : await this.fetchFromRegistry(storage, digest);
      const artifact: Artifact = { config: { id, provides: [], requires: {}, metadata }, layers };
      await storage.save(artifact);
      log.write(`fetched image ${this.node.attrs.ref as string} (${digest}, ${layers.length} layers)\n`);
      return artifact;
    } catch (err) {
      if (err instanceof EdoError) throw new EdoError(err.message, { ...err.context, target: this.node.id });
      throw err;
    }
  }

  private async fetchFromRegistry(storage: StorageManager, digest: string) {
    const client = this.registry();
    let manifest = await this.manifest(client, digest);
    if (manifest.manifests !== undefined) {
      const wanted = ociArchitecture();
      const match = manifest.manifests.find(
        (m) => m.platform?.os === 'linux' && m.platform.architecture === wanted,
      );
      if (!match)
        throw new EdoError(`image ${this.ref.repository}@${digest} has no linux/${wanted} manifest`);
      manifest = await this.manifest(client, match.digest);
    }
    if (manifest.config === undefined || manifest.layers === undefined) {
      throw new EdoError(`manifest ${digest} of ${this.ref.repository} is not an image manifest`);
    }
    const imageConfig = JSON.parse(
      (await client.readSmallBlob(manifest.config.digest)).toString('utf8'),
    ) as ImageConfig;
    const diffIds = imageConfig.rootfs?.diff_ids ?? [];
    if (diffIds.length !== manifest.layers.length) {
      throw new EdoError(
        `image ${this.ref.repository}@${digest}: its config lists ${diffIds.length} layers, its manifest ${manifest.layers.length}`,
      );
    }
    const layers: Layer[] = [];
    for (const [index, descriptor] of manifest.layers.entries()) {
      const gzip = GZIP_LAYERS.has(descriptor.mediaType);
      if (!gzip && !PLAIN_LAYERS.has(descriptor.mediaType)) {
        throw new EdoError(
          `image ${this.ref.repository}@${digest}: unsupported layer type ${descriptor.mediaType}`,
        );
      }
      // The blob is verified against its digest as it streams (on a mismatch the stream fails
      // before it ends), and stored uncompressed: the layer's digest is the image's diff_id, as
      // from the Docker engine, and every consumer of layers reads plain tars.
      const blob = await client.readBlob(descriptor.digest, descriptor.size);
      const layer = await copyIntoLayer(storage, gzip ? [blob, createGunzip()] : [blob]).catch(
        (err: Error) => {
          // zlib may notice a tampered blob before the digest check at its end does.
          throw err instanceof EdoError
            ? err
            : corruptBlobError(descriptor.digest, `it does not decompress (${err.message})`);
        },
      );
      if (layer.digest !== diffIds[index]) {
        throw corruptBlobError(
          descriptor.digest,
          `it uncompresses to ${layer.digest}, not to the image's ${diffIds[index]}`,
        );
      }
      layers.push(layer);
    }
    return {
      layers,
      metadata: { ref: this.node.attrs.ref as string, digest, image: imageConfig as NodeValue },
    };
  }

  private async manifest(client: RegistryClient, digest: string): Promise<ManifestDocument> {
    const found = await client.getManifest(digest); // verifies the bytes against `digest`
    if (found === undefined) throw new EdoError(`manifest ${digest} of ${this.ref.repository} not found`);
    return JSON.parse(found.bytes.toString('utf8')) as ManifestDocument;
  }

  /**
   * `docker save` of the image: a tar with `manifest.json`, the config (named by the image ID) and
   * one uncompressed tar per layer. Layers stream into the store as they come; once
   * `manifest.json` is read, the config must hash to the image ID and the layers, in order, to
   * the config's `rootfs.diff_ids`.
   */
  private async fetchFromDaemon(storage: StorageManager, imageId: string) {
    const saved = await (await this.docker()).getImage(imageId).get();
    const small = new Map<string, Buffer>();
    const blobs = new Map<string, Layer>();
    const extract = tar.extract();
    const reading = (async () => {
      for await (const entry of extract) {
        const name = entry.header.name;
        if (entry.header.type !== 'file') {
          entry.resume();
        } else if (name.endsWith('.json') || !name.includes('/')) {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          small.set(name, Buffer.concat(chunks));
        } else {
          blobs.set(name, await copyIntoLayer(storage, [entry as unknown as Readable]));
        }
      }
    })();
    // A failed layer copy must also stop the `docker save` stream, or its socket stays open.
    const stopOnFailure = reading.catch((err: Error) => {
      extract.destroy(err);
      throw err;
    });
    await Promise.all([pipeline(saved, extract), stopOnFailure]);

    const [manifest] = JSON.parse(small.get('manifest.json')?.toString('utf8') ?? '[]') as Array<{
      Config: string;
      Layers: string[];
    }>;
    if (manifest === undefined) throw new EdoError(`docker save of ${imageId} has no manifest.json`);
    const configBytes = small.get(manifest.Config) ?? (await readAll(storage, blobs.get(manifest.Config)));
    if (sha256Digest(configBytes) !== imageId) {
      throw corruptBlobError(imageId, `the engine's image config hashes to ${sha256Digest(configBytes)}`);
    }
    const imageConfig = JSON.parse(configBytes.toString('utf8')) as ImageConfig;
    const diffIds = imageConfig.rootfs?.diff_ids ?? [];
    const layers = manifest.Layers.map((path, index) => {
      const layer = blobs.get(path);
      const expected = diffIds[index];
      if (layer === undefined || expected === undefined)
        throw new EdoError(`docker save of ${imageId}: layer ${path} is missing`);
      if (layer.digest !== expected)
        throw corruptBlobError(expected, `docker save gave a layer hashing to ${layer.digest}`);
      return layer;
    });
    if (layers.length !== diffIds.length)
      throw new EdoError(`docker save of ${imageId}: layer count differs from its config`);
    return {
      layers,
      metadata: { ref: this.node.attrs.ref as string, digest: imageId, image: imageConfig as NodeValue },
    };
  }

  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await stageArtifact(storage, env, path, await this.fetch(log, storage));
  }

  private registry(): RegistryClient {
    return new RegistryClient(parseRegistryAddress(this.ref.repository), this.env);
  }

  /** Loaded on first use: the Docker client library costs more start-up time than the rest of edo. */
  private async docker(): Promise<Docker> {
    const { default: DockerClient } = await import('dockerode');
    return new DockerClient();
  }
}

/**
 * Streams a source through `transforms` into a new uncompressed layer; on failure the writer is
 * destroyed, and its temp file with it.
 */
async function copyIntoLayer(storage: StorageManager, stages: [Readable, ...Duplex[]]): Promise<Layer> {
  const writer = await storage.startLayer();
  try {
    await pipeline([...stages, writer]);
  } catch (err) {
    await finished(writer.destroy()).catch(() => undefined);
    throw err;
  }
  return storage.finishLayer(MediaType.layerTar, undefined, writer);
}

async function readAll(storage: StorageManager, layer: Layer | undefined): Promise<Buffer> {
  if (layer === undefined) throw new EdoError('docker save: the image config is missing');
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.read(layer)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
