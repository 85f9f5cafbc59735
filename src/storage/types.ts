import type { Readable, Writable } from 'node:stream';
import type { Artifact, Layer } from '../model/artifact.js';
import type { Id } from '../model/id.js';

/**
 * A streaming layer writer: bytes are hashed as they are written, never buffered whole.
 * Pipe a tar stream into it, then pass it to `finishLayer`.
 */
export interface LayerWriter extends Writable {
  /** Bytes written so far. */
  readonly bytesWritten: number;
}

/** The seed's `backend` resource: where artifacts live. Built-ins and plugins implement this. */
export interface StorageBackend {
  ls(): Promise<Id[]>;
  has(id: Id): Promise<boolean>;
  open(id: Id): Promise<Artifact>;
  save(artifact: Artifact): Promise<void>;
  del(id: Id): Promise<void>;
  copy(source: Id, target: Id): Promise<void>;
  prune(id: Id): Promise<void>;
  pruneAll(): Promise<void>;
  /** Streams a layer's bytes; the digest is verified as it is read and a mismatch errors the stream. */
  read(layer: Layer): Promise<Readable>;
  startLayer(): Promise<LayerWriter>;
  finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer>;
}

/**
 * The seed's `storage-manager` (host-provided): the build cache plus remote caches, composed
 * with the build config's policy. Components never see individual backends through it.
 */
export interface StorageManager {
  open(id: Id): Promise<Artifact>;
  /** True when the build cache or any remote cache has the artifact. */
  has(id: Id): Promise<boolean>;
  read(layer: Layer): Promise<Readable>;
  startLayer(): Promise<LayerWriter>;
  finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer>;
  save(artifact: Artifact): Promise<void>;
}
