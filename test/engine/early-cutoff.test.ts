import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputsKeys } from '../../src/engine/early-cutoff.js';
import { TargetView } from '../../src/engine/target-view.js';
import type { Id } from '../../src/model/id.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { CacheManager } from '../../src/storage/manager.js';
import type { StorageManager } from '../../src/storage/types.js';
import type { Handle, Transform } from '../../src/transform/types.js';

/** A target whose key is `key` and whose artifact, saved under it, holds `text`. */
async function stored(storage: StorageManager, name: string, key: string, text: string): Promise<Transform> {
  const id: Id = { name, digest: key };
  const writer = await storage.startLayer();
  writer.end(Buffer.from(text));
  const layer = await storage.finishLayer('application/octet-stream', undefined, writer);
  await storage.save({ config: { id, provides: [], requires: {} }, layers: [layer] });
  return { getUniqueId: async () => id } as unknown as Transform;
}

describe('outputs key (early cut-off)', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("stands a plugin's dependency for its contents and everything below it; a built-in's for its contents", async () => {
    root = mkdtempSync(join(tmpdir(), 'edo-cutoff-'));
    const storage = new CacheManager({
      buildCache: await LocalStore.open(join(root, 'store')),
      remoteCaches: [],
      writeBack: false,
    });
    const key = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
    // d holds the same bytes over two builds; e, below it, does not.
    const d = await stored(storage, 'd', key(1), 'constant');
    const [e1, e2] = [await stored(storage, 'e', key(2), 'one'), await stored(storage, 'e', key(3), 'two')];
    // A target keyed on its direct dependency only (as one reading past it may be).
    const component = {
      getUniqueId: async (handle: Handle) => ({
        name: 'g',
        digest: (await handle.get('//:d')!.getUniqueId(handle)).digest,
      }),
    } as unknown as Transform;
    const depsOf = (label: string) => ({ '//:g': ['//:d'], '//:d': ['//:e'], '//:e': [] })[label] ?? [];
    const keyWith = (e: Transform, plugin: string | undefined) => {
      const handle: Handle = { storage: () => storage, get: (label) => ({ '//:d': d, '//:e': e })[label] };
      return new OutputsKeys(handle, storage, depsOf).of(new TargetView('//:g', 'gather', component, plugin));
    };
    const plugin = 'sha256:plugin';
    expect((await keyWith(e1, plugin)).digest).not.toBe((await keyWith(e2, plugin)).digest);
    expect((await keyWith(e1, undefined)).digest).toBe((await keyWith(e2, undefined)).digest);
    expect((await keyWith(e1, plugin)).name).toBe('g:outputs');
  });
});
