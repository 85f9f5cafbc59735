/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-host.d.ts" />
/// <reference path="./edo-plugin-storage.d.ts" />
declare module 'edo:plugin/source@1.0.0' {
  export type Id = import('edo:plugin/common@1.0.0').Id;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Log = import('edo:plugin/common@1.0.0').Log;
  export type Artifact = import('edo:plugin/storage@1.0.0').Artifact;
  export type StorageManager = import('edo:plugin/storage@1.0.0').StorageManager;
  export type Environment = import('edo:plugin/host@1.0.0').Environment;
  
  export class Source {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    getUniqueId(): Id;
    fetch(log: Log, storage: StorageManager): Artifact;
    stage(log: Log, storage: StorageManager, env: Environment, path: string): void;
  }
}
