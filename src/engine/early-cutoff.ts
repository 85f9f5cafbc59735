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
 * added. (The key stays the store's first lookup: it needs nothing built, so a null build opens
 * no artifact.)
 */
export class OutputsKeys {
  /** Per dependency, for the whole build: a dependency with many dependents is opened once. */
  private readonly contentDigests = new Map<string, Promise<string>>();
  private readonly deepDigests = new Map<string, Promise<string>>();

  constructor(
    private readonly handle: Handle,
    private readonly storage: StorageManager,
    private readonly depsOf: (label: string) => readonly string[],
  ) {}

  /** The outputs key of `view`, whose dependencies are built. */
  async of(view: TargetView): Promise<Id> {
    // A plugin's transform may read past its direct dependencies (handle.get(dep).depends(), as a
    // linker gathers libraries) while keying only on them, which their keys made sound: for it a
    // dependency stands for its contents and, recursively, those of everything below it.
    const standsFor = view.pluginDigest !== undefined ? this.deep : this.contents;
    const byContents: Handle = {
      storage: () => this.storage,
      get: (label) => {
        const dep = this.handle.get(label);
        if (!dep) return undefined;
        const id = async (): Promise<Id> => ({
          ...(await dep.getUniqueId(this.handle)),
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

  /** A digest of what the target `label` holds. */
  private readonly contents = (label: string, dep: Transform): Promise<string> =>
    once(this.contentDigests, label, async () => {
      const { config, layers } = await this.storage.open(await dep.getUniqueId(this.handle));
      return digestOf({
        layers: layers.map(({ mediaType, digest, platform }) => ({ mediaType, digest, platform })),
        provides: config.provides,
        requires: config.requires,
        metadata: config.metadata,
      });
    });

  /** A digest of what `label` and everything below it hold. */
  private readonly deep = (label: string, dep: Transform): Promise<string> =>
    once(this.deepDigests, label, async () => {
      const own = await this.contents(label, dep);
      const under: string[] = [];
      for (const next of this.depsOf(label)) {
        const transform = this.handle.get(next);
        if (transform) under.push(await this.deep(next, transform));
      }
      return digestOf({ own, under });
    });
}

/** `make()`'s promise, made once per key of `memo`. */
function once<T>(memo: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = memo.get(key);
  if (!value) {
    value = make();
    memo.set(key, value);
  }
  return value;
}
