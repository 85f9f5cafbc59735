import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalFarm } from '../../src/environment/local/farm.js';
import { ComponentRegistry } from '../../src/engine/components.js';
import { RuleRegistry } from '../../src/engine/rules.js';
import type { Farm } from '../../src/environment/types.js';
import { EdoError } from '../../src/model/errors.js';
import { runCli } from '../helpers/cli.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from './harness.js';
import { testPlugin } from './fixtures.js';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await testPlugin();
}, 120_000);

describe('plugin host', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('loads a plugin whose transform and storage backend work like built-ins, and reuses its cache', async () => {
    const manager = env.manager();
    const plugin = await manager.loadPlugin({ name: 'test-plugin', bytes });
    expect(plugin.manifest.provides.transform).toContain('upper');
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    expect(registry.transforms.kinds()).toEqual([
      'shout',
      'test-plugin',
      'test-plugin:composer',
      'test-plugin:probe',
      'test-plugin:upper',
    ]);
    expect(registry.storage.kinds()).toEqual(['test-plugin', 'test-plugin:memory']);
    const rules = new RuleRegistry();
    manager.registerRules(plugin, rules);
    expect(rules.get('shout')).toEqual({
      kind: 'shout',
      component: 'transform',
      doc: 'Upper-cases text.',
      attrs: { text: { type: 'string', required: true, doc: '' } },
    });
    // A rule call's target is built by the rule's transform.
    const shouted = await registry.transforms.get('shout')!(
      '//test:loud',
      declaration('shout', 'loud', { text: 'hey' }),
      context(new MemoryStorage()),
    );
    expect(await shouted.getUniqueId(context(new MemoryStorage()))).toEqual({
      name: '//test:loud',
      digest: 'text:hey',
    });

    const storage = new MemoryStorage();
    const ctx = context(storage);
    const upper = await registry.transforms.get('test-plugin:upper')!(
      '//test:hello',
      declaration('upper', 'hello', { text: 'hello', deps: ['//test:dep'] }),
      ctx,
    );
    expect(upper.environment()).toBe('local');
    expect(upper.depends()).toEqual(['//test:dep']);
    expect(await upper.getUniqueId(ctx)).toEqual({ name: '//test:hello', digest: 'text:hello' });
    const log = new MemoryLog();
    const status = await upper.transform(log, ctx, undefined as never);
    expect(log.text).toBe('upper: HELLO\n');
    if (status.kind !== 'success') throw status.error;
    expect(status.artifact.config.metadata).toEqual({ length: 5 });
    const [layer] = status.artifact.layers;
    expect(storage.blobs.get(layer!.digest)!.toString()).toBe('HELLO');

    const backend = await registry.storage.get('test-plugin')!(
      '//test:cache',
      declaration('storage_backend', 'cache', {}),
      ctx,
    );
    const writer = await backend.startLayer();
    writer.write(Buffer.from('layer bytes'));
    const saved = await backend.finishLayer('application/x-test', 'linux/amd64', writer);
    expect(saved).toMatchObject({ mediaType: 'application/x-test', size: 11, platform: 'linux/amd64' });
    const artifact = {
      config: { id: { name: 'a', digest: 'sha256:1', version: '1.0' }, provides: ['x'], requires: {} },
      layers: [saved],
    };
    await backend.save(artifact);
    expect(await backend.has(artifact.config.id)).toBe(true);
    expect(await backend.ls()).toEqual([artifact.config.id]);
    expect(await backend.open(artifact.config.id)).toEqual(artifact);
    const chunks: Buffer[] = [];
    for await (const chunk of await backend.read(saved)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('layer bytes');
    await backend.del(artifact.config.id);
    expect(await backend.has(artifact.config.id)).toBe(false);
    await expect(backend.open(artifact.config.id)).rejects.toThrow(
      /plugin test-plugin|test-plugin: no artifact a@1.0:sha256:1/,
    );

    // Handles for a call's arguments and for what the guest returns are released: calls that
    // leave the guest holding nothing do not grow the host's table.
    const before = plugin.instance.liveHandles;
    for (let i = 0; i < 20; i++) {
      await upper.getUniqueId(ctx);
      await upper.prepare(new MemoryLog(), ctx);
    }
    expect(plugin.instance.liveHandles).toBe(before);

    // A second manager (as in a new process) finds the transpiled output in the cache.
    expect(plugin.cold).toBe(true);
    const again = await env.manager().loadPlugin({ name: 'test-plugin', bytes });
    expect(again.cold).toBe(false);
    expect(readdirSync(env.cacheDir).filter((name) => name.startsWith('.tmp'))).toEqual([]);
  });

  it('provides sources and vendors like built-ins', async () => {
    const plugin = await env.manager().loadPlugin({ name: 'supplier', bytes });
    const storage = new MemoryStorage();
    const ctx = context(storage);
    const source = await plugin.createSource(
      '//test:notes',
      declaration('inline', 'notes', { content: 'hello' }),
      ctx,
    );
    const id = await source.getUniqueId();
    expect(id.name).toBe('//test:notes');
    const artifact = await source.fetch(new MemoryLog(), storage);
    expect(artifact.config).toEqual({ id, provides: ['content.txt'], requires: {} });
    expect(storage.blobs.get(artifact.layers[0]!.digest)!.toString()).toBe('hello');
    const target = await new LocalFarm(declaration('environment_farm', 'local', {})).create(
      new MemoryLog(),
      '/stage',
    );
    try {
      await source.stage(new MemoryLog(), storage, target, '/');
      expect(readFileSync(join(await target.expand('/'), 'content.txt'), 'utf8')).toBe('hello');
    } finally {
      await target.clean(new MemoryLog());
    }

    const vendor = await plugin.createVendor('//test:catalog', declaration('vendor', 'catalog', {}), ctx);
    expect(await vendor.getOptions('zlib')).toEqual(['1.0.0', '1.1.0']);
    expect(await vendor.resolve('zlib', '1.1.0')).toEqual({
      kind: 'url_source',
      url: 'https://example.invalid/zlib-1.1.0.tgz',
    });
    expect(await vendor.getDependencies('zlib', '1.1.0')).toEqual([['base', '^1.0.0']]);
    expect(await vendor.getDependencies('zlib', '1.0.0')).toBeUndefined();
  });

  it('refuses a plugin for another interface version, naming both, under its declared name', async () => {
    const v2 = await testPlugin({ interface: 'edo:plugin@2.0.0' });
    const refused = await env
      .manager()
      .loadPlugin({ name: 'future', bytes: v2 })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(EdoError);
    expect((refused as EdoError).format()).toBe(
      'plugin future: error: test-plugin@0.1.0 targets edo:plugin@2.0.0, but this edo provides edo:plugin@1.0.0',
    );
    // edo plugin inspect says so before anyone declares it.
    const file = join(env.root, 'future.wasm');
    writeFileSync(file, v2);
    const inspected = await runCli(['plugin', 'inspect', file]);
    expect(inspected.stdout).toContain(
      'interface edo:plugin@2.0.0 (not loadable: this edo provides edo:plugin@1.0.0)\n',
    );
  }, 60_000);

  it('refuses a plugin whose own version is outside the declared range', async () => {
    await expect(env.manager().loadPlugin({ name: 'old', bytes, version: '^1.0.0' })).rejects.toThrow(
      'the declaration wants version ^1.0.0, but old is test-plugin@0.1.0',
    );
  });

  it('refuses a tampered component by its digest', async () => {
    const { sha256Hex } = await import('../../src/plugin/loader.js');
    const pinned = sha256Hex(bytes);
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 1] ^= 0xff;
    const load = env.manager().loadPlugin({ name: 'pinned', bytes: tampered, sha256: `sha256:${pinned}` });
    await expect(load).rejects.toBeInstanceOf(EdoError);
    await expect(load).rejects.toThrow(`declaration pins ${pinned}; refusing to load it`);
  });

  it("removes a guest's environment beside its next calls, and ends the call after it", async () => {
    const plugin = await env.manager().loadPlugin({ name: 'cleaner', bytes });
    const events: string[] = [];
    const local = new LocalFarm(declaration('environment_farm', 'local', {}));
    let removal: 'slow' | 'failing' = 'slow';
    const farm: Farm = {
      setup: (log, storage) => local.setup(log, storage),
      identity: () => local.identity(),
      async create(log, path) {
        const environment = await local.create(log, path);
        const clean = environment.clean.bind(environment);
        environment.clean = async (cleanLog) => {
          events.push('clean started');
          await new Promise((resolve) => setTimeout(resolve, 50));
          await clean(cleanLog);
          if (removal === 'failing') throw new Error('device busy');
          events.push('clean done');
        };
        const getEnv = environment.getEnv.bind(environment);
        environment.getEnv = (key) => {
          events.push('get-env');
          return getEnv(key);
        };
        return environment;
      },
    };
    const storage = new MemoryStorage();
    const startLayer = storage.startLayer.bind(storage);
    storage.startLayer = () => {
      events.push('start-layer');
      return startLayer();
    };
    const ctx = context(storage, { '//test:local': farm });
    const composer = await plugin.createTransform(
      '//test:tidy',
      declaration('composer', 'tidy', { farm: '//test:local', command: 'true', text: 'x' }),
      ctx,
    );
    const status = await composer.transform(new MemoryLog(), ctx, undefined as never);
    expect(status.kind).toBe('success');
    // The guest went on to its layer while the environment went; the call waited for it.
    expect(events).toEqual(['clean started', 'start-layer', 'clean done']);

    // As for the engine's own environments, a failed removal is logged, not the transform's failure.
    removal = 'failing';
    const log = new MemoryLog();
    expect((await composer.transform(log, ctx, undefined as never)).kind).toBe('success');
    expect(log.text).toContain('edo: removing the environment failed: device busy\n');

    // A call on the environment after its removal comes after the removal, as the guest made them.
    removal = 'slow';
    events.length = 0;
    const late = await plugin.createTransform(
      '//test:late',
      declaration('composer', 'late', {
        farm: '//test:local',
        command: 'true',
        text: 'x',
        after_clean: 'HOME',
      }),
      ctx,
    );
    expect((await late.transform(new MemoryLog(), ctx, undefined as never)).kind).toBe('success');
    expect(events).toEqual(['clean started', 'clean done', 'get-env', 'start-layer']);
  });

  it('gives a plugin transform the farm of another plugin through context.get-farm', async () => {
    const farms = await env.manager().loadPlugin({ name: 'farm-plugin', bytes });
    const transforms = await env.manager().loadPlugin({ name: 'transform-plugin', bytes });
    const storage = new MemoryStorage();
    const farm = await farms.createFarm(
      '//test:echo',
      declaration('environment_farm', 'echo', { prefix: '/sandbox' }),
      context(storage),
    );
    expect(await farm.identity()).toEqual({ kind: 'echo-farm', prefix: '/sandbox' });
    const ctx = context(storage, { '//test:echo': farm });
    const composer = await transforms.createTransform(
      '//test:composed',
      declaration('composer', 'composed', {
        farm: '//test:echo',
        command: 'echo hello from a farm',
        text: 'done',
      }),
      ctx,
    );
    const log = new MemoryLog();
    const status = await composer.transform(log, ctx, undefined as never);
    expect(status.kind).toBe('success');
    expect(log.text).toBe('[echo-farm /sandbox/work] hello from a farm\nupper: DONE\n');
    // The farm's calls ran in the farm plugin's worker, the transform's in its own.
    expect(farms.instance.stats.calls).toBeGreaterThanOrEqual(3);
    expect(transforms.instance.stats.hostCalls).toBeGreaterThan(0);

    // A plugin cannot be re-entered through the host: its transform using its own farm fails
    // with a clear error instead of deadlocking, and the plugin keeps working.
    const ownFarm = await transforms.createFarm(
      '//test:own',
      declaration('environment_farm', 'own', {}),
      ctx,
    );
    const selfCtx = context(storage, { '//test:own': ownFarm });
    const selfish = await transforms.createTransform(
      '//test:selfish',
      declaration('composer', 'selfish', { farm: '//test:own', command: 'echo hi', text: 'x' }),
      selfCtx,
    );
    // (The guest does not catch the host call's err: the SDK makes it execute's failed status.)
    const refused = await selfish.transform(new MemoryLog(), selfCtx, undefined as never);
    expect(refused.kind === 'failed' && refused.error.message).toBe(
      'farm //test:own: create: the plugin called back into itself through the host (re-entrant calls are not supported)',
    );
    expect((await composer.transform(new MemoryLog(), ctx, undefined as never)).kind).toBe('success');
  });
});
