import type { Artifact } from '../model/artifact.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { NodeValue } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import type { StorageManager } from '../storage/types.js';

/** The seed's `source` resource. */
export interface Source {
  /** Known without fetching where possible (a pinned digest, a commit): the source's cache identity. */
  getUniqueId(): Promise<Id>;
  fetch(log: Log, storage: StorageManager): Promise<Artifact>;
  stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void>;
}

/** The seed's `vendor` resource: "name at version range" → a pinned source description. */
export interface Vendor {
  getOptions(name: string): Promise<string[]>;
  resolve(name: string, version: string): Promise<NodeValue>;
  getDependencies(name: string, version: string): Promise<Array<[name: string, range: string]> | undefined>;
}
