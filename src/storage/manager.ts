import type { Readable } from 'node:stream';
import type { Artifact, Layer } from '../model/artifact.js';
import { EdoError, UnreachableError, WritesRefusedError } from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import type { BlobPresence, DeferredIndex } from './local-store.js';
import { pipeIntoWriter } from './streams.js';
import type { LayerWriter, StorageBackend, StorageManager } from './types.js';
import { corruptBlobError } from './verify-stream.js';

/** The storage part of `build_config(...)`: where builds cache, and which caches they share. */
export interface StoragePolicy {
  /** The build cache: every artifact a build opens or saves ends up here. */
  buildCache: StorageBackend;
  /** Consulted in order when the build cache misses; a hit is copied into the build cache. */
  remoteCaches: readonly RemoteCache[];
  /** Also push every saved artifact to each remote cache. */
  writeBack: boolean;
  /** Told about remote caches that fail; a failing remote cache is a miss, never a failed build. */
  warn?: (message: string) => void;
}

/** A remote cache and the name its declaration gives it (`storage_backend(name = ...)`), for messages. */
export interface RemoteCache {
  name: string;
  backend: StorageBackend;
}

/**
 * Copies an artifact from one backend to another: the layers the target lacks (streamed, and
 * checked to arrive with the same digest), then the artifact itself.
 */
export async function transferArtifact(from: StorageBackend, to: StorageBackend, id: Id): Promise<Artifact> {
  const artifact = await from.open(id);
  const seen = new Set<string>();
  for (const layer of artifact.layers) {
    if (seen.has(layer.digest)) continue;
    seen.add(layer.digest);
    if (hasBlobPresence(to) && (await to.hasBlob(layer.digest))) continue;
    const writer = await to.startLayer();
    await pipeIntoWriter(await from.read(layer), writer);
    const copied = await to.finishLayer(layer.mediaType, layer.platform, writer);
    if (copied.digest !== layer.digest) {
      throw corruptBlobError(layer.digest, `copying ${idToString(id)} produced ${copied.digest}`);
    }
  }
  await to.save(artifact);
  return artifact;
}

function hasBlobPresence(backend: StorageBackend): backend is StorageBackend & BlobPresence {
  return typeof (backend as Partial<BlobPresence>).hasBlob === 'function';
}

function hasDeferredIndex(backend: StorageBackend): backend is StorageBackend & DeferredIndex {
  return typeof (backend as Partial<DeferredIndex>).compact === 'function';
}

/** The seed's storage-manager: the build cache with read-through (and optional write-back) remote caches. */
export class CacheManager implements StorageManager {
  /** Remote caches that could not be reached: not asked again by this manager (one command). */
  private readonly unreachable = new Set<RemoteCache>();
  /** Remote caches that refused a write: not written to again by this manager. */
  private readonly refusingWrites = new Set<RemoteCache>();

  constructor(readonly policy: StoragePolicy) {}

  async open(id: Id): Promise<Artifact> {
    const { buildCache } = this.policy;
    if (await buildCache.has(id)) return buildCache.open(id);
    for (const remote of this.reachableRemotes()) {
      const fetched = await this.tryRemote(remote, 'fetch', id, async () =>
        (await remote.backend.has(id)) ? transferArtifact(remote.backend, buildCache, id) : undefined,
      );
      if (fetched) return fetched;
    }
    throw new EdoError(`artifact ${idToString(id)} is not in the build cache or any remote cache`);
  }

  async has(id: Id): Promise<boolean> {
    if (await this.policy.buildCache.has(id)) return true;
    for (const remote of this.reachableRemotes()) {
      if (await this.tryRemote(remote, 'check', id, () => remote.backend.has(id))) return true;
    }
    return false;
  }

  /** Layers of every artifact a build sees are in the build cache (open copies them there). */
  read(layer: Layer): Promise<Readable> {
    return this.policy.buildCache.read(layer);
  }

  startLayer(): Promise<LayerWriter> {
    return this.policy.buildCache.startLayer();
  }

  finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer> {
    return this.policy.buildCache.finishLayer(mediaType, platform, writer);
  }

  async save(artifact: Artifact): Promise<void> {
    const { buildCache, writeBack } = this.policy;
    await buildCache.save(artifact);
    if (!writeBack) return;
    const { id } = artifact.config;
    for (const remote of this.reachableRemotes()) {
      if (this.refusingWrites.has(remote)) continue;
      await this.tryRemote(remote, 'push', id, () => transferArtifact(buildCache, remote.backend, id));
    }
  }

  /** Writes out what the backends deferred (the local store's index journal): a command's end. */
  async compact(): Promise<void> {
    const { buildCache, remoteCaches, warn } = this.policy;
    for (const backend of [buildCache, ...remoteCaches.map((remote) => remote.backend)]) {
      if (!hasDeferredIndex(backend)) continue;
      // Nothing is lost when this fails: the changes stay in the journal, which readers apply.
      await backend
        .compact()
        .catch((err: Error) => warn?.(`could not compact a store's index: ${err.message}`));
    }
  }

  private reachableRemotes(): RemoteCache[] {
    return this.policy.remoteCaches.filter((remote) => !this.unreachable.has(remote));
  }

  /**
   * A remote cache that fails is a miss, with a warning. One that cannot be reached at all is
   * not asked again: every target would wait for it and repeat the same warning.
   */
  private async tryRemote<T>(
    remote: RemoteCache,
    what: string,
    id: Id,
    body: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await body();
    } catch (err) {
      if (err instanceof UnreachableError) {
        if (!this.unreachable.has(remote)) {
          this.unreachable.add(remote);
          this.policy.warn?.(
            `remote cache ${remote.name}: ${err.message}; not used for the rest of this command`,
          );
        }
      } else if (err instanceof WritesRefusedError) {
        // Pushes already under way when the first refusal came say nothing more.
        if (!this.refusingWrites.has(remote)) {
          this.refusingWrites.add(remote);
          this.policy.warn?.(
            `remote cache ${remote.name}: ${err.message}; nothing more is pushed to it in this command`,
          );
        }
      } else {
        this.policy.warn?.(
          `remote cache ${remote.name}: cannot ${what} ${idToString(id)}: ${(err as Error).message}`,
        );
      }
      return undefined;
    }
  }
}
