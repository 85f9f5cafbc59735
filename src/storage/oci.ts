import type { Artifact, ArtifactConfig, Layer } from '../model/artifact.js';
import { canonicalJson, isSha256Digest, sha256Digest } from '../model/digest.js';
import { EdoError } from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';

/** Media types of the OCI image spec and of Edo's own artifacts. */
export const MediaType = {
  imageIndex: 'application/vnd.oci.image.index.v1+json',
  imageManifest: 'application/vnd.oci.image.manifest.v1+json',
  imageConfig: 'application/vnd.oci.image.config.v1+json',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  layerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  /** `artifactType` of every manifest Edo writes. */
  edoArtifact: 'application/vnd.edo.artifact.v1',
  /** The config blob of an Edo artifact: its `ArtifactConfig` as canonical JSON. */
  edoConfig: 'application/vnd.edo.artifact.config.v1+json',
} as const;

/** Annotation keys Edo writes. */
export const Annotation = {
  /** On index.json entries: the artifact id's string form (src/model/id-format.ts). */
  id: 'dev.edo.id',
  /** On index.json entries: an OCI reference name derived from the id (for skopeo/umoci). */
  refName: 'org.opencontainers.image.ref.name',
  created: 'org.opencontainers.image.created',
  /** On layer descriptors: the layer's platform (the seed's `layer.platform`). */
  platform: 'dev.edo.layer.platform',
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
}

/** A blob ready to be written: bytes plus their descriptor. */
export interface EncodedBlob {
  descriptor: Descriptor;
  bytes: Buffer;
}

export function encodeBlob(mediaType: string, value: unknown): EncodedBlob {
  const bytes = Buffer.from(canonicalJson(value), 'utf8');
  return { bytes, descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length } };
}

/** The config blob of an artifact: the ArtifactConfig, canonical. */
export function encodeConfig(config: ArtifactConfig): EncodedBlob {
  return encodeBlob(MediaType.edoConfig, {
    id: config.id,
    provides: config.provides,
    requires: config.requires,
    metadata: config.metadata,
  });
}

export function layerDescriptor(layer: Layer): Descriptor {
  return {
    mediaType: layer.mediaType,
    digest: layer.digest,
    size: layer.size,
    ...(layer.platform !== undefined && { annotations: { [Annotation.platform]: layer.platform } }),
  };
}

/** An artifact's manifest; its digest is the artifact's content digest. */
export function encodeManifest(config: Descriptor, layers: readonly Layer[]): EncodedBlob {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.imageManifest,
    artifactType: MediaType.edoArtifact,
    config,
    layers: layers.map(layerDescriptor),
  };
  return encodeBlob(MediaType.imageManifest, manifest);
}

export function parseManifest(bytes: Buffer, digest: string): ImageManifest {
  const manifest = parseJson(bytes, `manifest ${digest}`) as Partial<ImageManifest>;
  if (
    manifest.schemaVersion !== 2 ||
    !manifest.config ||
    !Array.isArray(manifest.layers) ||
    ![manifest.config, ...manifest.layers].every(isDescriptor)
  ) {
    throw new EdoError(`manifest ${digest} is not an OCI image manifest`);
  }
  return manifest as ImageManifest;
}

export function parseConfig(bytes: Buffer, digest: string): ArtifactConfig {
  const config = parseJson(bytes, `config ${digest}`) as Partial<ArtifactConfig>;
  const id = config.id as Partial<Id> | undefined;
  if (
    !id ||
    typeof id.name !== 'string' ||
    typeof id.digest !== 'string' ||
    !Array.isArray(config.provides) ||
    typeof config.requires !== 'object' ||
    config.requires === null
  ) {
    throw new EdoError(`config ${digest} is not an Edo artifact config`);
  }
  return config as ArtifactConfig;
}

export function manifestLayers(manifest: ImageManifest): Layer[] {
  return manifest.layers.map((d) => {
    const platform = d.annotations?.[Annotation.platform];
    return {
      mediaType: d.mediaType,
      digest: d.digest,
      size: d.size,
      ...(platform !== undefined && { platform }),
    };
  });
}

export function artifactFromBlobs(manifest: ImageManifest, config: ArtifactConfig): Artifact {
  return { config, layers: manifestLayers(manifest) };
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Partial<Descriptor> | null;
  return (
    d !== null &&
    typeof d === 'object' &&
    typeof d.mediaType === 'string' &&
    typeof d.digest === 'string' &&
    isSha256Digest(d.digest) &&
    typeof d.size === 'number' &&
    Number.isSafeInteger(d.size) &&
    d.size >= 0
  );
}

function parseJson(bytes: Buffer, what: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new EdoError(`${what} is not valid JSON`);
  }
}

/**
 * An OCI reference name for the id string that skopeo and umoci accept
 * (components of `[A-Za-z0-9]` joined by `-._:@+`, separated by `/`). Ids already in that form
 * are used as is; others are sanitised and suffixed with a hash of the id so they stay unique.
 */
export function refNameFor(idString: string): string {
  const component = '[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*';
  if (new RegExp(`^${component}(?:/${component})*$`).test(idString)) return idString;
  const sanitized = idString
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/[-._]{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  const suffix = sha256Digest(idString).slice('sha256:'.length, 'sha256:'.length + 16);
  return sanitized === '' ? `edo-${suffix}` : `${sanitized}-${suffix}`;
}

/** Artifacts in one group are builds of the same thing (same package, name and arch); `prune` keeps one per group. */
export function groupKey(id: Id): string {
  return idToString({ name: id.name, digest: '', pkg: id.pkg, arch: id.arch });
}
