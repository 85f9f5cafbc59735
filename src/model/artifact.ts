import type { Id } from './id.js';

/** A layer is a blob: usually a deterministic tar of a directory tree. */
export interface Layer {
  readonly mediaType: string;
  /** `sha256:<hex>` of the blob's bytes. */
  readonly digest: string;
  readonly size: number;
  readonly platform?: string;
}

/** group → package name → semver range */
export type Requirements = Record<string, Record<string, string>>;

export interface ArtifactConfig {
  readonly id: Id;
  readonly provides: readonly string[];
  readonly requires: Requirements;
  /** Free-form JSON; must survive a JSON round trip. */
  readonly metadata?: unknown;
}

/** An artifact is its config plus ordered layers; applying the layers in order gives its file tree. */
export interface Artifact {
  readonly config: ArtifactConfig;
  readonly layers: readonly Layer[];
}
