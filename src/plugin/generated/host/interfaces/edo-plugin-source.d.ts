/** @module Interface edo:plugin/source@1.0.0 **/
export type Id = import('./edo-plugin-common.js').Id;
export type Error = import('./edo-plugin-common.js').Error;
export type Log = import('./edo-plugin-common.js').Log;
export type Artifact = import('./edo-plugin-storage.js').Artifact;
export type StorageManager = import('./edo-plugin-storage.js').StorageManager;
export type Environment = import('./edo-plugin-host.js').Environment;

export class Source {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  getUniqueId(): Id;
  fetch(log: Log, storage: StorageManager): Artifact;
  stage(log: Log, storage: StorageManager, env: Environment, path: string): void;
}
