import * as tar from 'tar-stream';
import type { Artifact, Layer } from '../model/artifact.js';
import type { Id } from '../model/id.js';
import type { Environment } from '../environment/types.js';
import { layerAsTar } from '../storage/layer-files.js';
import { MediaType } from '../storage/oci.js';
import type { StorageManager } from '../storage/types.js';

/** Unpacks every layer of `artifact`, in order, under `path` in `env` (see storage/layer-files.ts). */
export async function stageArtifact(
  storage: StorageManager,
  env: Environment,
  path: string,
  artifact: Artifact,
): Promise<void> {
  await env.createDir(path);
  for (const layer of artifact.layers) await env.unpack(path, await layerAsTar(storage, layer));
}

/**
 * Packs `path` of `env` into a new layer. Environments treat the writer as borrowed (they do not
 * end it), so it is ended here; on failure it is destroyed, which removes its temp file.
 */
export async function layerFromEnvironment(
  storage: StorageManager,
  env: Environment,
  path: string,
): Promise<Layer> {
  const writer = await storage.startLayer();
  try {
    await env.read(path, writer);
    writer.end();
    return await storage.finishLayer(MediaType.layerTar, undefined, writer);
  } catch (err) {
    writer.destroy();
    throw err;
  }
}

/** A new artifact with the same layers under another id (nothing is copied: layers are shared blobs). */
export function relabel(artifact: Artifact, id: Id): Artifact {
  return { config: { ...artifact.config, id }, layers: artifact.layers };
}

/** One entry of a layer's tar, without its contents. */
export interface LayerEntry {
  readonly path: string;
  readonly type: string;
}

/**
 * The entries of a layer as its files (storage/layer-files.ts: a gzipped tar decompressed, a blob
 * that is not a tar as one file), read from the store as a stream (contents skipped, not buffered).
 */
export async function listLayer(storage: StorageManager, layer: Layer): Promise<LayerEntry[]> {
  const entries: LayerEntry[] = [];
  const extract = tar.extract();
  const stream = await layerAsTar(storage, layer);
  await new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, body, next) => {
      entries.push({
        path: header.name.replace(/^\.\//, '').replace(/\/$/, ''),
        type: header.type ?? 'file',
      });
      body.on('end', next);
      body.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    stream.on('error', reject);
    stream.pipe(extract);
  });
  return entries;
}
