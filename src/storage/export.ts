import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import type { Artifact, Layer } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import { Annotation, encodeBlob, layerDescriptor, MediaType, type EncodedBlob } from './oci.js';
import { addEntry, addStreamEntry, FIXED_TAR_HEADER } from './tar-entries.js';
import type { StorageBackend } from './types.js';

export type ImageFormat = 'docker' | 'oci';

export interface ExportOptions {
  /** `repository:tag` recorded in the archive; default: derived from the artifact id. */
  tag?: string;
}

/** Image exports are reproducible: every timestamp is this one. */
const EPOCH = '1970-01-01T00:00:00Z';

const GZIP_LAYER_TYPES = new Set([
  MediaType.layerTarGzip,
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const TAR_LAYER_TYPES = new Set([MediaType.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);

/**
 * Writes an artifact whose layers form a root filesystem as an image archive on `out`:
 * `docker` is the docker-archive format `docker load` reads (manifest.json, config, layer tars);
 * `oci` is an OCI image layout as a tar (skopeo's `oci-archive:`). Both carry a full image config
 * (architecture, os, rootfs diff_ids, history with `created`). Layers stream through, verified.
 */
export async function exportImage(
  backend: Pick<StorageBackend, 'open' | 'read'>,
  id: Id,
  format: ImageFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<void> {
  const artifact = await backend.open(id);
  const layers = uniqueLayers(artifact.layers);
  for (const layer of layers) {
    if (!TAR_LAYER_TYPES.has(layer.mediaType) && !GZIP_LAYER_TYPES.has(layer.mediaType)) {
      throw new EdoError(
        `cannot export ${idToString(id)} as an image: layer ${layer.digest} is ${layer.mediaType}, not a tar`,
      );
    }
  }
  const config = encodeBlob(MediaType.imageConfig, await imageConfig(backend, artifact));
  const tag = options.tag ?? defaultTag(id);
  const pack = tar.pack();
  const written = pipeline(Readable.from(pack), out);
  try {
    if (format === 'docker') await writeDockerArchive(pack, backend, artifact, config, tag);
    else await writeOciArchive(pack, backend, artifact, config, tag);
    pack.finalize();
    await written;
  } catch (err) {
    pack.destroy(err as Error);
    await written.catch(() => undefined);
    throw err;
  }
}

async function writeDockerArchive(
  pack: tar.Pack,
  backend: Pick<StorageBackend, 'read'>,
  artifact: Artifact,
  config: EncodedBlob,
  tag: string,
): Promise<void> {
  const configName = `${hex(config.descriptor.digest)}.json`;
  const layerName = (layer: Layer) => `${hex(layer.digest)}/layer.tar`;
  const manifest = [{ Config: configName, RepoTags: [tag], Layers: artifact.layers.map(layerName) }];
  await addFile(pack, 'manifest.json', Buffer.from(JSON.stringify(manifest)));
  await addFile(pack, configName, config.bytes);
  for (const layer of uniqueLayers(artifact.layers)) {
    await addDirectory(pack, `${hex(layer.digest)}/`);
    await addStream(pack, layerName(layer), layer.size, await backend.read(layer));
  }
}

async function writeOciArchive(
  pack: tar.Pack,
  backend: Pick<StorageBackend, 'read'>,
  artifact: Artifact,
  config: EncodedBlob,
  tag: string,
): Promise<void> {
  const manifest = encodeBlob(MediaType.imageManifest, {
    schemaVersion: 2,
    mediaType: MediaType.imageManifest,
    config: config.descriptor,
    layers: artifact.layers.map(layerDescriptor),
  });
  const index = {
    schemaVersion: 2,
    mediaType: MediaType.imageIndex,
    manifests: [{ ...manifest.descriptor, annotations: { [Annotation.refName]: tag } }],
  };
  await addFile(pack, 'oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  await addFile(pack, 'index.json', Buffer.from(JSON.stringify(index)));
  for (const dir of ['blobs/', 'blobs/sha256/']) await addDirectory(pack, dir);
  await addFile(pack, `blobs/sha256/${hex(manifest.descriptor.digest)}`, manifest.bytes);
  await addFile(pack, `blobs/sha256/${hex(config.descriptor.digest)}`, config.bytes);
  for (const layer of uniqueLayers(artifact.layers)) {
    await addStream(pack, `blobs/sha256/${hex(layer.digest)}`, layer.size, await backend.read(layer));
  }
}

/** The OCI image config: what Docker, skopeo and umoci need to treat the layers as an image. */
async function imageConfig(backend: Pick<StorageBackend, 'read'>, artifact: Artifact): Promise<unknown> {
  const { id } = artifact.config;
  const diffIds: string[] = [];
  for (const layer of artifact.layers) diffIds.push(await diffId(backend, layer));
  const platform = artifact.layers.find((layer) => layer.platform)?.platform;
  const [os, platformArch] = platform ? platform.split('/') : ['linux', undefined];
  return {
    created: EPOCH,
    architecture: goArch(platformArch ?? id.arch ?? process.arch),
    os,
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Labels: { [Annotation.id]: idToString(id) },
    },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: artifact.layers.map((layer) => ({ created: EPOCH, created_by: `edo layer ${layer.digest}` })),
  };
}

/** The digest of the layer's uncompressed tar: the layer digest itself unless it is gzipped. */
async function diffId(backend: Pick<StorageBackend, 'read'>, layer: Layer): Promise<string> {
  if (!GZIP_LAYER_TYPES.has(layer.mediaType)) return layer.digest;
  const hash = createHash('sha256');
  await pipeline(await backend.read(layer), createGunzip(), async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) hash.update(chunk);
  });
  return 'sha256:' + hash.digest('hex');
}

function goArch(arch: string): string {
  const names: Record<string, string> = { x86_64: 'amd64', x64: 'amd64', aarch64: 'arm64', ia32: '386' };
  return names[arch] ?? arch;
}

/** `name:version` made valid for Docker (lowercase repository, tag characters only). */
function defaultTag(id: Id): string {
  const repository = id.name
    .toLowerCase()
    .replace(/[^a-z0-9._/-]+/g, '-')
    .replace(/^[-._/]+|[-._/]+$/g, '');
  const tag = (id.version ?? 'latest').replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 128);
  return `${repository || 'edo-artifact'}:${tag}`;
}

function uniqueLayers(layers: readonly Layer[]): Layer[] {
  const seen = new Set<string>();
  return layers.filter((layer) => !seen.has(layer.digest) && seen.add(layer.digest));
}

function hex(digest: string): string {
  return digest.slice('sha256:'.length);
}

function addFile(pack: tar.Pack, name: string, bytes: Buffer): Promise<void> {
  return addEntry(pack, { ...FIXED_TAR_HEADER, name, mode: 0o644 }, bytes);
}

function addDirectory(pack: tar.Pack, name: string): Promise<void> {
  return addEntry(pack, { ...FIXED_TAR_HEADER, name, type: 'directory', mode: 0o755 });
}

function addStream(pack: tar.Pack, name: string, size: number, source: Readable): Promise<void> {
  return addStreamEntry(pack, { ...FIXED_TAR_HEADER, name, mode: 0o644, size }, source);
}
