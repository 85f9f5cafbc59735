import { join } from 'node:path';
import { ComponentRegistry } from '../../src/engine/components.js';
import { buildCComponent } from '../../src/plugin/build/c.js';
import { embedManifest, type PluginManifest } from '../../src/plugin/manifest.js';
import { readFileSync } from 'node:fs';
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
  }, 60_000);
});
