import { embedManifest } from '../../src/plugin/manifest.js';
import { buildFixture } from './build-fixture.mjs';
import { context, declaration, MemoryStorage, scratch } from './harness.js';

/**
 * componentize-js guests never drop the host handles they own: each one kept is an entry in the
 * host's table until the worker stops. plugins/sdk-js's `dispose` drops them.
 */
describe('plugins/sdk-js: dispose', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('keeps the host handle table flat where a plugin that keeps its handles grows it by one per call', async () => {
    const bytes = embedManifest(await buildFixture('sdk-dispose.js'), {
      name: 'sdk-dispose',
      version: '0.1.0',
      interface: 'edo:plugin@1.0.0',
      provides: { transform: ['keeper'] },
      rules: {},
      capabilities: [],
    });
    const plugin = await env.manager().loadPlugin({ name: 'sdk-dispose', bytes });
    const ctx = context(new MemoryStorage());
    const growth = async (drop: boolean) => {
      const keeper = await plugin.createTransform(
        '//test:keeper',
        declaration('keeper', 'keeper', { dispose: drop }),
        ctx,
      );
      const before = plugin.instance.liveHandles;
      for (let call = 0; call < 50; call++) await keeper.getUniqueId(ctx);
      return plugin.instance.liveHandles - before;
    };
    expect(await growth(false)).toBe(50);
    expect(await growth(true)).toBe(0);
  }, 180_000);
});
