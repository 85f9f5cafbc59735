import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import { transformDigest } from '../engine/cache-key.js';
import { inputDigests, keyAttributes } from './inputs.js';
import type { Handle, Transform, TransformStatus } from './types.js';

/**
 * A transform that only rearranges artifacts in the store and runs no commands: it needs no
 * environment (`environment()` is empty), stages nothing and has no shell.
 */
export abstract class InProcessTransform implements Transform {
  constructor(protected readonly node: DeclarationNode) {}

  abstract depends(): string[];

  abstract transform(log: Log, handle: Handle, env: Environment): Promise<TransformStatus>;

  environment(): string {
    return '';
  }

  async getUniqueId(handle: Handle): Promise<Id> {
    const digest = transformDigest({
      kind: this.node.kind,
      attrs: keyAttributes(this.node.attrs),
      inputs: await inputDigests(handle, this.depends()),
      environment: null,
    });
    return { name: this.node.name, digest };
  }

  async prepare(_log: Log, _handle: Handle): Promise<void> {}

  async stage(_log: Log, _handle: Handle, _env: Environment): Promise<void> {}

  canShell(): boolean {
    return false;
  }

  async shell(_env: Environment): Promise<void> {
    throw new EdoError(`${this.node.id} runs no commands: there is no shell to open`, {
      target: this.node.id,
    });
  }
}
