import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentRegistry } from '../../src/engine/components.js';
import { buildPluginProject, readPluginProject } from '../../src/plugin/build/project.js';
import { context, declaration, MemoryStorage, scratch } from '../plugin/harness.js';
import { ROOT } from './build-cache.js';

describe('a storage backend written in C (plugins/c-dirstore)', () => {
  const env = scratch();
  let store: string;
  beforeAll(() => {
    store = mkdtempSync(join(tmpdir(), 'edo-c-dirstore-'));
  });
  afterAll(() => {
    env.cleanup();
    rmSync(store, { recursive: true, force: true });
  });

  it('stores layers (digests computed in the guest) and artifacts in the granted directory only', async () => {
    const { bytes } = await buildPluginProject(readPluginProject(join(ROOT, 'plugins/c-dirstore')));
    const manager = env.manager();
    const plugin = await manager.loadPlugin({
      name: 'c-dirstore',
      bytes,
      capabilities: [`fs:write:${store}`],
    });
    const registry = new ComponentRegistry();
    manager.registerComponents(plugin, registry);
    const create = registry.storage.get('c-dirstore:dir')!;
    const ctx = context(new MemoryStorage());
    const backend = await create(
      '//test:cache',
      declaration('storage_backend', 'cache', { path: store }),
      ctx,
    );

    const content = Buffer.from('layer bytes '.repeat(100));
    const writer = await backend.startLayer();
    writer.write(content);
    const layer = await backend.finishLayer('application/x-test', 'linux/amd64', writer);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    expect(layer).toEqual({
      mediaType: 'application/x-test',
      digest,
      size: content.length,
      platform: 'linux/amd64',
    });
    expect(readFileSync(join(store, `b-${digest.slice(7)}`))).toEqual(content);

    const artifact = {
      config: { id: { name: 'a', digest: 'sha256:1', version: '1.0' }, provides: ['x', 'y'], requires: {} },
      layers: [layer],
    };
    await backend.save(artifact);
    expect(await backend.has(artifact.config.id)).toBe(true);
    expect(await backend.ls()).toEqual([artifact.config.id]);
    expect(await backend.open(artifact.config.id)).toEqual(artifact);
    const chunks: Buffer[] = [];
    for await (const chunk of await backend.read(layer)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(content);

    const copy = { name: 'b', digest: 'sha256:2' };
    await backend.copy(artifact.config.id, copy);
    expect(await backend.open(copy)).toEqual({ ...artifact, config: { ...artifact.config, id: copy } });
    await backend.del(artifact.config.id);
    expect(await backend.has(artifact.config.id)).toBe(false);
    expect(await backend.ls()).toEqual([copy]);
    await expect(backend.open(artifact.config.id)).rejects.toThrow('no such artifact');
    await backend.pruneAll();
    expect(await backend.ls()).toEqual([]);
    expect(readdirSync(store).filter((name) => name.startsWith('a-'))).toHaveLength(2);

    // A directory the declaration was not granted is refused by the host's capability check.
    const elsewhere = await create(
      '//test:other',
      declaration('storage_backend', 'other', { path: '/etc' }),
      ctx,
    );
    await expect(elsewhere.ls()).rejects.toThrow(/read of \/etc denied/);
    await expect(create('//test:none', declaration('storage_backend', 'none', {}), ctx)).rejects.toThrow(
      'storage_backend needs path',
    );
  }, 120_000);
});
