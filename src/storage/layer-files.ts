import { pipeline as pipelineWithCallback, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import type { Layer } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import { addStreamEntry, FIXED_TAR_HEADER } from './tar-entries.js';
import type { StorageBackend } from './types.js';

/**
 * Layers are usually tars of files, but a plugin may store any blob (`finish-layer` takes a media
 * type). Wherever layers become files (checkout, staging into an environment), such a blob is one
 * file, named as in an OCI image layout: `blobs/sha256/<hex>`.
 */

/** Whether the media type is a tar, compressed or not (OCI and Docker layers, `application/x-tar`). */
function isTarLayer(mediaType: string): boolean {
  return /(^|[./+])(x-)?tar([./+]|$)/.test(mediaType);
}

/** Where a layer that is not a tar appears among its artifact's files. */
function blobLayerPath(layer: Layer): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest)) {
    throw new EdoError(`layer digest ${JSON.stringify(layer.digest)} is not a sha256 digest`);
  }
  return `blobs/sha256/${layer.digest.slice('sha256:'.length)}`;
}

/**
 * The layer as an uncompressed tar of files: a gzipped tar is decompressed, a blob that is not a
 * tar is wrapped as the one file `blobLayerPath(layer)`; zstd is refused.
 */
export async function layerAsTar(store: Pick<StorageBackend, 'read'>, layer: Layer): Promise<Readable> {
  if (!isTarLayer(layer.mediaType)) {
    const path = blobLayerPath(layer);
    const archive = tar.pack();
    const blob = await store.read(layer);
    addStreamEntry(archive, { ...FIXED_TAR_HEADER, name: path, mode: 0o644, size: layer.size }, blob).then(
      () => archive.finalize(),
      (err: Error) => archive.destroy(err),
    );
    return archive as unknown as Readable;
  }
  if (/[+.]zstd$/.test(layer.mediaType)) {
    throw new EdoError(
      `layer ${layer.digest} is zstd-compressed (${layer.mediaType}), which is not supported`,
    );
  }
  const stream = await store.read(layer);
  if (/[+.]gzip$/.test(layer.mediaType)) return pipelineWithCallback(stream, createGunzip(), () => undefined);
  return stream;
}
