import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentRegistry } from '../../src/engine/components.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from '../plugin/harness.js';
import { buildCached, ROOT } from './build-cache.js';

describe('a plugin providing several components (plugins/js-text)', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('registers a transform, its rule and a vendor, and each works through the engine contracts', async () => {
    const bytes = readFileSync(await buildCached(join(ROOT, 'plugins/js-text'), 'js-text'));
    const manager = env.manager();
    const plugin = await manager.loadPlugin({ name: 'js-text', bytes });
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    expect(registry.transforms.kinds()).toEqual(['js-text', 'js-text:reverse', 'js_reverse']);
    expect(registry.vendors.kinds()).toEqual(['js-text', 'js-text:table']);

    const packages = { zlib: { '1.3.0': {}, '1.3.1': { deps: { libc: '^2' } } } };
    const ctx = context(new MemoryStorage());
    const vendor = await registry.vendors.get('js-text:table')!(
      '//test:deps',
      declaration('vendor', 'deps', { packages }),
      ctx,
    );
    expect(await vendor.getOptions('zlib')).toEqual(['1.3.0', '1.3.1']);
    expect(await vendor.resolve('zlib', '1.3.1')).toEqual({
      kind: 'vendored',
      name: 'zlib',
      version: '1.3.1',
    });
    expect(await vendor.getDependencies('zlib', '1.3.1')).toEqual([['libc', '^2']]);
    expect(await vendor.getDependencies('zlib', '1.3.0')).toBeUndefined();
    await expect(vendor.getOptions('openssl')).rejects.toThrow('no package openssl');

    const storage = new MemoryStorage();
    const reverse = await registry.transforms.get('js_reverse')!(
      '//test:rev',
      declaration('js_reverse', 'rev', { text: 'abc' }),
      context(storage),
    );
    const log = new MemoryLog();
    const status = await reverse.transform(log, context(storage), undefined as never);
    if (status.kind !== 'success') throw status.error;
    expect(log.text).toBe('reverse: cba\n');
    expect(storage.blobs.get(status.artifact.layers[0]!.digest)!.toString()).toBe('cba');
  }, 180_000);
});
