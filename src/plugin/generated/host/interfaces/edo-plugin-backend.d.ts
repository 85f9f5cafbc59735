/** @module Interface edo:plugin/backend@1.0.0 **/
export type Id = import('./edo-plugin-common.js').Id;
export type Error = import('./edo-plugin-common.js').Error;
export type Reader = import('./edo-plugin-common.js').Reader;
export type Writer = import('./edo-plugin-common.js').Writer;
export type Layer = import('./edo-plugin-storage.js').Layer;
export type Artifact = import('./edo-plugin-storage.js').Artifact;

export class Backend {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  ls(): Array<Id>;
  has(id: Id): boolean;
  open(id: Id): Artifact;
  save(artifact: Artifact): void;
  del(id: Id): void;
  copy(source: Id, target: Id): void;
  prune(id: Id): void;
  pruneAll(): void;
  read(layer: Layer): Reader;
  startLayer(): Writer;
  finishLayer(mediaType: string, platform: string | undefined, writer: Writer): Layer;
}
