import { join } from 'node:path';
import { ComponentRegistry } from '../../src/engine/components.js';
import { buildCComponent } from '../../src/plugin/build/c.js';
import { embedManifest, type PluginManifest } from '../../src/plugin/manifest.js';
import { readFileSync } from 'node:fs';
import { LocalFarm } from '../../src/environment/local/farm.js';
import { HostFarm } from '../../src/plugin/host-objects.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from '../plugin/harness.js';

const ROOT = join(import.meta.dirname, '../..');
const PLUGIN_DIR = join(ROOT, 'plugins/c-upper');

describe('C plugins', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('builds a C transform with the generated bindings and runs it in the plugin host', async () => {
    const project = JSON.parse(readFileSync(join(PLUGIN_DIR, 'edo-plugin.json'), 'utf8')) as {
      sources: string[];
      manifest: PluginManifest;
    };
    const started = performance.now();
    const { component } = await buildCComponent(
      project.sources.map((source) => join(PLUGIN_DIR, source)),
      join(ROOT, 'wit'),
    );
    const buildMs = performance.now() - started;
    const bytes = embedManifest(component, project.manifest);
    console.log(`c-upper: ${bytes.length} bytes, built in ${buildMs.toFixed(0)} ms`);

    const manager = env.manager();
    const plugin = await manager.loadPlugin({ name: 'c-upper', bytes });
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    const storage = new MemoryStorage();
    const ctx = context(storage);
    const upper = await registry.transforms.get('c_upper')!(
      '//test:hello',
      declaration('c_upper', 'hello', { text: 'hello' }),
      ctx,
    );
    expect(upper.environment()).toBe('local');
    expect(upper.depends()).toEqual([]);
    expect(await upper.getUniqueId(ctx)).toEqual({ name: '//test:hello', digest: 'text:hello' });
    const log = new MemoryLog();
    const status = await upper.transform(log, ctx, undefined as never);
    expect(log.text).toBe('upper: HELLO\n');
    if (status.kind !== 'success') throw status.error;
    expect(status.artifact.config.metadata).toEqual({ length: 5 });
    expect(status.artifact.config.provides).toEqual(['upper']);
    const [layer] = status.artifact.layers;
    expect(storage.blobs.get(layer!.digest)!.toString()).toBe('HELLO');

    // With `command`, it first runs the command in an environment of the named farm.
    const farm = new LocalFarm(declaration('environment_farm', 'local', {}));
    const farmCtx = context(storage, { '//test:local': farm });
    const make = (name: string, attrs: Record<string, string>) =>
      registry.transforms.get('c_upper')!(`//test:${name}`, declaration('c_upper', name, attrs), farmCtx);
    const composed = await make('composed', { text: 'x', farm: '//test:local', command: 'echo from C' });
    // Its cache key covers the command and the farm it runs in, as the farm describes itself.
    const farmIdentity = (await new HostFarm(farm).identity()).map(
      ([key, value]) => `\nfarm ${key}=${value}`,
    );
    expect((await composed.getUniqueId(farmCtx)).digest).toBe(
      `text:x\ncommand:echo from C${farmIdentity.join('')}`,
    );
    const composedLog = new MemoryLog();
    expect((await composed.transform(composedLog, farmCtx, undefined as never)).kind).toBe('success');
    expect(composedLog.text).toBe('from C\nupper: X\n');
    const failing = await make('failing', { text: 'x', farm: '//test:local', command: 'exit 3' });
    const failed = await failing.transform(new MemoryLog(), farmCtx, undefined as never);
    expect(failed.kind).toBe('failed');
    expect(failed.kind === 'failed' && failed.error.message).toMatch(/the command failed/);
    await expect(make('lost', { text: 'x', farm: '//test:none', command: 'true' })).rejects.toThrow(
      /no farm \/\/test:none/,
    );
  }, 60_000);
});
