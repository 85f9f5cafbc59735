import type { Id } from '../model/id.js';
import type { StorageManager } from '../storage/types.js';
import type { Handle, Transform } from '../transform/types.js';
import { digestOf } from './cache-key.js';
import type { TargetView } from './target-view.js';

/**
 * Early cut-off, as Bazel's action cache gives it. A target's key takes its dependencies' keys,
 * so a dependency rebuilt to the same bytes would rebuild everything after it. Before running a
 * target whose dependencies are done, the engine also computes its *outputs key*: the target's
 * own key derivation run against a handle whose dependencies answer with a digest of what they
 * hold (layers, provides, requires, metadata) instead of their keys. A build stores its artifact
 * under both; a later build whose dependencies changed keys but not bytes finds the outputs key
 * and takes that artifact without running; the entry's name is the target's with `:outputs`
 * added. (The key stays the store's first lookup: it needs
 * nothing built, so a null build opens no artifact.)
 */
export async function outputsKey(view: TargetView, handle: Handle, storage: StorageManager): Promise<Id> {
  const contents = new Map<string, Promise<Id>>();
  const contentId = (label: string, dep: Transform): Promise<Id> => {
    let id = contents.get(label);
    if (!id) {
      id = dep.getUniqueId(handle).then(async (key) => {
        const { config, layers } = await storage.open(key);
        const held = {
          layers: layers.map(({ mediaType, digest, platform }) => ({ mediaType, digest, platform })),
          provides: config.provides,
          requires: config.requires,
          metadata: config.metadata,
        };
        return { ...key, digest: digestOf({ contents: held }) };
      });
      contents.set(label, id);
    }
    return id;
  };
  const byContents: Handle = {
    storage: () => storage,
    get(label) {
      const dep = handle.get(label);
      if (!dep) return undefined;
      return new Proxy(dep, {
        get: (target, property, receiver) =>
          property === 'getUniqueId'
            ? () => contentId(label, target)
            : Reflect.get(target, property, receiver),
      });
    },
  };
  const id = await view.idAgainst(byContents);
  // A name no target can have (":" is not allowed in one): the store keeps the newest artifact of
  // each name (`keepNewest`), and one build's two entries must not be taken for two generations.
  return { ...id, name: `${id.name}:outputs`, digest: digestOf({ outputsOf: id.digest }) };
}
