import type { Environment } from '../environment/types.js';
import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import { parseLabel } from '../model/label.js';
import type { Log } from '../model/log.js';
import type { Source } from '../source/types.js';
import type { StorageManager } from '../storage/types.js';
import type { Handle, Transform, TransformStatus } from '../transform/types.js';
import { pluginTargetDigest, sourceDigest } from './cache-key.js';

/**
 * A source seen as a transform, so every target is driven the same way: its id is the source's,
 * building it is fetching it, and it needs no environment.
 */
export class SourceTransform implements Transform {
  constructor(
    readonly source: Source,
    private readonly storage: StorageManager,
  ) {}

  environment(): string {
    return '';
  }

  depends(): string[] {
    return [];
  }

  async getUniqueId(_handle: Handle): Promise<Id> {
    const own = await this.source.getUniqueId();
    return { ...own, digest: sourceDigest(own.digest) };
  }

  async prepare(_log: Log, _handle: Handle): Promise<void> {}

  async stage(_log: Log, _handle: Handle, _env: Environment): Promise<void> {}

  async transform(log: Log, _handle: Handle, _env: Environment): Promise<TransformStatus> {
    return { kind: 'success', artifact: await this.source.fetch(log, this.storage) };
  }

  canShell(): boolean {
    return false;
  }

  async shell(_env: Environment): Promise<void> {
    throw new EdoError('a source has no shell');
  }
}

/**
 * A target as transforms see it through the handle: the component, with the id the engine stores
 * its artifact under, named after the target's package and name. Its digest is the component's
 * (built-in transforms and sources include the engine's cache format in theirs), combined with
 * the plugin's digest when a plugin implements it. The id is computed once per build.
 */
export class TargetView implements Transform {
  private id: Promise<Id> | undefined;

  constructor(
    readonly label: string,
    readonly kind: string,
    readonly component: Transform,
    /** The digest of the plugin that implements it, if one does. */
    readonly pluginDigest: string | undefined,
  ) {}

  getUniqueId(handle: Handle): Promise<Id> {
    this.id ??= this.idAgainst(handle);
    return this.id;
  }

  /** The id the component derives against `handle` now, not the one kept for the build (early-cutoff.ts). */
  async idAgainst(handle: Handle): Promise<Id> {
    const own = await this.component.getUniqueId(handle);
    const { pkg, name } = parseLabel(this.label, '');
    const digest =
      this.pluginDigest === undefined ? own.digest : pluginTargetDigest(own.digest, this.pluginDigest);
    return { ...(pkg !== '' && { pkg }), name, digest };
  }

  environment(): string {
    return this.component.environment();
  }

  depends(): string[] {
    return this.component.depends();
  }

  prepare(log: Log, handle: Handle): Promise<void> {
    return this.component.prepare(log, handle);
  }

  stage(log: Log, handle: Handle, env: Environment): Promise<void> {
    return this.component.stage(log, handle, env);
  }

  transform(log: Log, handle: Handle, env: Environment): Promise<TransformStatus> {
    return this.component.transform(log, handle, env);
  }

  canShell(): boolean {
    return this.component.canShell();
  }

  shell(env: Environment): Promise<void> {
    return this.component.shell(env);
  }
}
