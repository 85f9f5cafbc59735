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
 * hold (layers, provides, requires, metadata; for a plugin's target, also what everything below
 * them holds) instead of their keys. A build stores its artifact
 * under both; a later build whose dependencies changed keys but not bytes finds the outputs key
 * and takes that artifact without running; the entry's name is the target's with `:outputs`
 * added. (The key stays the store's first lookup: it needs
 * nothing built, so a null build opens no artifact.)
 */
export async function outputsKey(
  view: TargetView,
  handle: Handle,
  storage: StorageManager,
  depsOf: (label: string) => readonly string[],
): Promise<Id> {
  const held = new Map<string, Promise<string>>();
  /** A digest of what the target `label` holds. */
  const contents = (label: string, dep: Transform): Promise<string> => {
    let digest = held.get(label);
    if (!digest) {
      digest = dep.getUniqueId(handle).then(async (key) => {
        const { config, layers } = await storage.open(key);
        return digestOf({
          layers: layers.map(({ mediaType, digest, platform }) => ({ mediaType, digest, platform })),
          provides: config.provides,
          requires: config.requires,
          metadata: config.metadata,
        });
      });
      held.set(label, digest);
    }
    return digest;
  };
  // A plugin's transform may read past its direct dependencies (handle.get(dep).depends(), as a
  // linker gathers libraries) while keying only on them, which their keys made sound: for it a
  // dependency stands for its contents and, recursively, those of everything below it.
  const deep = view.pluginDigest !== undefined;
  const below = new Map<string, Promise<string>>();
  const standsFor = (label: string, dep: Transform): Promise<string> => {
    if (!deep) return contents(label, dep);
    let digest = below.get(label);
    if (!digest) {
      digest = (async () => {
        const own = await contents(label, dep);
        const under: string[] = [];
        for (const next of depsOf(label)) {
          const transform = handle.get(next);
          if (transform) under.push(await standsFor(next, transform));
        }
        return digestOf({ own, under });
      })();
      below.set(label, digest);
    }
    return digest;
  };
  const byContents: Handle = {
    storage: () => storage,
    get(label) {
      const dep = handle.get(label);
      if (!dep) return undefined;
      const id = async (): Promise<Id> => ({
        ...(await dep.getUniqueId(handle)),
        digest: await standsFor(label, dep),
      });
      return new Proxy(dep, {
        get: (target, property, receiver) =>
          property === 'getUniqueId' ? id : Reflect.get(target, property, receiver),
      });
    },
  };
  const id = await view.idAgainst(byContents);
  // A name no target can have (":" is not allowed in one): the store keeps the newest artifact of
  // each name (`keepNewest`), and one build's two entries must not be taken for two generations.
  return { ...id, name: `${id.name}:outputs`, digest: digestOf({ outputsOf: id.digest }) };
}
