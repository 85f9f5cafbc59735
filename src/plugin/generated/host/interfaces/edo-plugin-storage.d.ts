/** @module Interface edo:plugin/storage@1.0.0 **/
export type Id = import('./edo-plugin-common.js').Id;
export type Error = import('./edo-plugin-common.js').Error;
export type Reader = import('./edo-plugin-common.js').Reader;
export type Writer = import('./edo-plugin-common.js').Writer;

export class Artifact {
  constructor(config: ArtifactConfig)
  config(): ArtifactConfig;
  layers(): Array<Layer>;
  addLayer(layer: Layer): void;
}

export class ArtifactConfig {
  constructor(id: Id, provides: Array<string>, metadata: string | undefined)
  id(): Id;
  provides(): Array<string>;
  requires(): Array<[string, Array<[string, string]>]>;
  addRequirement(group: string, name: string, version: string): void;
  /**
  * Added: the config's free-form metadata (JSON), as passed to the constructor.
  */
  metadata(): string | undefined;
}

export class Layer {
  /**
  * Added: plugin backends return layers from `finish-layer`.
  */
  constructor(mediaType: string, digest: string, size: bigint, platform: string | undefined)
  mediaType(): string;
  digest(): string;
  size(): bigint;
  platform(): string | undefined;
}

export class StorageManager {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  open(id: Id): Artifact;
  /**
  * Added: the engine's storage manager answers `has` without opening.
  */
  has(id: Id): boolean;
  read(layer: Layer): Reader;
  startLayer(): Writer;
  finishLayer(mediaType: string, platform: string | undefined, writer: Writer): Layer;
  save(artifact: Artifact): void;
}
