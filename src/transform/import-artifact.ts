import type { Log } from '../model/log.js';
import type { Environment } from '../environment/types.js';
import { relabel } from './artifacts.js';
import { InProcessTransform } from './in-process.js';
import { inputArtifact } from './inputs.js';
import type { Handle, TransformStatus } from './types.js';

/** `import_artifact(name, source)`: a source's contents as an artifact, unchanged (same layers). */
export class ImportArtifactTransform extends InProcessTransform {
  depends(): string[] {
    return [this.node.attrs.source as string];
  }

  async transform(_log: Log, handle: Handle, _env: Environment): Promise<TransformStatus> {
    const artifact = await inputArtifact(handle, this.depends()[0]!);
    return { kind: 'success', artifact: relabel(artifact, await this.getUniqueId(handle)) };
  }
}
