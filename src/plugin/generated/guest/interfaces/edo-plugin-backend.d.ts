/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-storage.d.ts" />
declare module 'edo:plugin/backend@1.0.0' {
  export type Id = import('edo:plugin/common@1.0.0').Id;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Reader = import('edo:plugin/common@1.0.0').Reader;
  export type Writer = import('edo:plugin/common@1.0.0').Writer;
  export type Layer = import('edo:plugin/storage@1.0.0').Layer;
  export type Artifact = import('edo:plugin/storage@1.0.0').Artifact;
  
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
}
