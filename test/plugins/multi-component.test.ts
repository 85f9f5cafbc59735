import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentRegistry } from '../../src/engine/components.js';
import { LocalFarm } from '../../src/environment/local/farm.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from '../plugin/harness.js';
import { buildCached, ROOT } from './build-cache.js';

describe('a plugin providing several components (plugins/js-text)', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('registers a transform, its rule, a vendor, a farm and a source, and each works through the engine contracts', async () => {
    const bytes = readFileSync(await buildCached(join(ROOT, 'plugins/js-text'), 'js-text'));
    const manager = env.manager();
    const plugin = await manager.loadPlugin({ name: 'js-text', bytes });
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    expect(registry.transforms.kinds()).toEqual(['js-text', 'js-text:reverse', 'js_reverse']);
    expect(registry.vendors.kinds()).toEqual(['js-text', 'js-text:table']);

    const packages = {
      zlib: { '1.3.0': {}, '1.3.1': { deps: { libc: '^2' }, files: { 'zlib.h': '#pragma once' } } },
    };
    const vendorStorage = new MemoryStorage();
    const vendor = await registry.vendors.get('js-text:table')!(
      '//test:deps',
      declaration('vendor', 'deps', { packages, plugin: 'js-text' }),
      context(vendorStorage),
    );
    expect(await vendor.getOptions('zlib')).toEqual(['1.3.0', '1.3.1']);
    // A version resolves to this plugin's inline source of its files, pinned by their layer's digest.
    const resolved = (await vendor.resolve('zlib', '1.3.1')) as Record<string, string>;
    expect(resolved).toMatchObject({
      kind: 'js-text:inline',
      files: { 'zlib.h': '#pragma once' },
      url: 'table:zlib@1.3.1',
    });
    expect(vendorStorage.blobs.get(resolved.digest!)!.toString()).toContain('#pragma once');
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

    // The farm drives a host farm (here the built-in local one) through host handles.
    expect(registry.farms.kinds()).toEqual(['js-text', 'js-text:tagged']);
    const hostFarm = new LocalFarm(declaration('environment_farm', 'local', {}));
    const farm = await registry.farms.get('js-text:tagged')!(
      '//test:tagged',
      declaration('environment_farm', 'tagged', { base: '//test:local', env: { GREETING: 'hi' } }),
      context(storage, { '//test:local': hostFarm }),
    );
    const farmLog = new MemoryLog();
    await farm.setup(farmLog, storage);
    const environment = await farm.create(farmLog, '/work');
    try {
      const id = { name: '//test:x', digest: 'd' };
      expect(await environment.cmd(farmLog, id, '.', 'test "$GREETING" = hi && echo greeted')).toBe(true);
      expect(await environment.cmd(farmLog, id, '.', 'false')).toBe(false);
      expect(farmLog.text).toContain('[tagged] test "$GREETING" = hi && echo greeted\n');
      expect(farmLog.text).toContain('greeted\n');
    } finally {
      await environment.clean(farmLog);
    }
    // The source fetches into storage and stages into an environment it is given.
    expect(registry.sources.kinds()).toEqual(['js-text', 'js-text:inline']);
    const inline = await registry.sources.get('js-text:inline')!(
      '//test:files',
      declaration('inline', 'files', { files: { 'a.txt': 'alpha', 'b.txt': 'beta' } }),
      context(storage),
    );
    const fetched = await inline.fetch(farmLog, storage);
    expect(fetched.config.id).toEqual(await inline.getUniqueId());
    expect(await storage.has(fetched.config.id)).toBe(true);
    const tampered = await registry.sources.get('js-text:inline')!(
      '//test:tampered',
      declaration('inline', 'tampered', { files: { 'a.txt': 'alpha' }, digest: 'sha256:00' }),
      context(storage),
    );
    await expect(tampered.fetch(farmLog, storage)).rejects.toThrow('but the pin is sha256:00');
    const staging = await hostFarm.create(farmLog, '/stage');
    try {
      await inline.stage(farmLog, storage, staging, 'src');
      expect(
        await staging.cmd(farmLog, fetched.config.id, 'src', 'test "$(cat a.txt b.txt)" = alphabeta'),
      ).toBe(true);
    } finally {
      await staging.clean(farmLog);
    }

    const identity = await farm.identity();
    expect(identity['tagged.env']).toBe('{"GREETING":"hi"}');
    expect(Object.keys(identity)).toEqual(expect.arrayContaining(['kind', 'tagged.env']));
  }, 180_000);
});
