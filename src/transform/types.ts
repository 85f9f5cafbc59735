import type { Artifact } from '../model/artifact.js';
import type { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { Environment } from '../environment/types.js';
import type { StorageManager } from '../storage/types.js';

/** The seed's `handle`: what a transform may reach while it runs. */
export interface Handle {
  storage(): StorageManager;
  /** Another target's transform, by label. */
  get(addr: string): Transform | undefined;
}

export type TransformStatus =
  | { kind: 'success'; artifact: Artifact }
  | { kind: 'retryable'; log?: string; error: EdoError }
  | { kind: 'failed'; log?: string; error: EdoError };

/** The seed's `transform` resource: one target's build step. */
export interface Transform {
  /** The name of the environment farm it runs in. */
  environment(): string;
  /** Labels of the targets it depends on. */
  depends(): string[];
  /** The cache key of its output, from its inputs' ids. */
  getUniqueId(ctx: Handle): Promise<Id>;
  prepare(log: Log, ctx: Handle): Promise<void>;
  stage(log: Log, ctx: Handle, env: Environment): Promise<void>;
  transform(log: Log, ctx: Handle, env: Environment): Promise<TransformStatus>;
  canShell(): boolean;
  shell(env: Environment): Promise<void>;
}
