import { EdoError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import type { Layer } from '../model/artifact.js';
import type { Environment } from '../environment/types.js';
import { listLayer } from './artifacts.js';
import { InProcessTransform } from './in-process.js';
import { inputArtifact } from './inputs.js';
import type { Handle, TransformStatus } from './types.js';

/**
 * `compose(name, deps, overrides = False)`: one artifact whose layers are the deps' layers in
 * order, so applying them gives the merged tree without copying any bytes. A path that two deps
 * both provide is an error naming both, unless `overrides` lets the later dep win.
 */
export class ComposeTransform extends InProcessTransform {
  depends(): string[] {
    return (this.node.attrs.deps ?? []) as string[];
  }

  async transform(log: Log, handle: Handle, _env: Environment): Promise<TransformStatus> {
    const overrides = this.node.attrs.overrides === true;
    const layers: Layer[] = [];
    const seenLayers = new Set<string>();
    /** path → the dep that provides it, and whether it is a directory (directories merge). */
    const owners = new Map<string, { dep: string; directory: boolean }>();
    const conflicts: string[] = [];
    for (const dep of this.depends()) {
      const artifact = await inputArtifact(handle, dep);
      const provided = new Map<string, boolean>();
      for (const layer of artifact.layers) {
        // The same blob in two deps (e.g. one source imported twice) holds the same bytes: no conflict.
        if (seenLayers.has(layer.digest)) continue;
        seenLayers.add(layer.digest);
        layers.push(layer);
        for (const entry of await listLayer(handle.storage(), layer)) {
          provided.set(entry.path, entry.type === 'directory');
        }
      }
      for (const [path, directory] of provided) {
        const owner = owners.get(path);
        if (owner && !(owner.directory && directory) && !overrides) {
          conflicts.push(`${path} (from ${owner.dep} and ${dep})`);
        }
        owners.set(path, { dep, directory });
      }
    }
    if (conflicts.length > 0) {
      const shown = conflicts.slice(0, 10).map((c) => `  ${c}`);
      if (conflicts.length > 10) shown.push(`  ... and ${conflicts.length - 10} more`);
      log.write(`conflicting paths:\n${shown.join('\n')}\n`);
      const error = new EdoError(
        `${conflicts.length} path(s) provided by more than one dep; set overrides = True to let later deps win`,
        { target: this.node.id, position: this.node.position, details: shown },
      );
      return { kind: 'failed', error };
    }
    const id = await this.getUniqueId(handle);
    return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers } };
  }
}
