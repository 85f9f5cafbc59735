import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdoError } from '../../src/model/errors.js';
import { DEFAULT_LIMITS, WorkerBoot } from '../../src/plugin/instance.js';
import type { Plugin } from '../../src/plugin/manager.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from './harness.js';
import { testPlugin } from './fixtures.js';

// The host ↔ worker call path (src/plugin/wire.ts): shared memory for small messages, the
// MessagePort for large ones, strictly one call at a time per plugin, limits still enforced.

const env = scratch();
afterAll(() => env.cleanup());

let plugin: Plugin;
beforeAll(async () => {
  const bytes = await testPlugin({ capabilities: [`fs:read:${env.root}`] });
  plugin = await env.manager().loadPlugin({
    name: 'caller',
    bytes,
    capabilities: [`fs:read:${env.root}`],
    limits: { timeMs: 1000 },
  });
}, 120_000);

/** A probe transform (see the test plugin) and a function running its action, resolving to what it logged. */
async function probe(action: string, arg?: string) {
  const ctx = context(new MemoryStorage());
  const node = declaration('probe', action, { action, ...(arg !== undefined && { arg }) });
  const transform = await plugin.createTransform(`//test:${action}`, node, ctx);
  return async () => {
    const log = new MemoryLog();
    await transform.prepare(log, ctx);
    return log.text;
  };
}

describe('plugin call path', () => {
  it('keeps V8 code for the generated bindings in the cache, for the next process', () => {
    const [entry] = readdirSync(env.cacheDir).filter((name) => name.startsWith(plugin.digest));
    expect(existsSync(join(env.cacheDir, entry!, 'plugin.js.v8-cache'))).toBe(true);
    // The generator's release puts no task bookkeeping nor debug-log lookup in a call (loader.ts).
    const bindings = readFileSync(join(env.cacheDir, entry!, 'plugin.js'), 'utf8');
    expect(bindings).not.toMatch(/createNewCurrentTask|startCurrentTask|JCO_DEBUG/);
  });

  it('stops a worker booted ahead when no instance adopts it (a load refused by its checks)', async () => {
    const boot = new WorkerBoot(DEFAULT_LIMITS);
    const exited = new Promise<void>((resolve) => boot.onExit(resolve));
    boot.release();
    await exited;
    // Once taken by an instance, release leaves it alone.
    const adopted = new WorkerBoot(DEFAULT_LIMITS);
    expect(adopted.adopt()).toBe(adopted);
    expect(adopted.adopt()).toBeUndefined();
    adopted.release();
    let stopped = false;
    adopted.onExit(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false);
    await adopted.worker.terminate();
    adopted.port.close();
  });

  it('passes payloads larger than the shared area both ways', async () => {
    // 3 MiB read by the guest (host → guest) and logged back (guest → host).
    const text = 'edo '.repeat(768 * 1024);
    const path = join(env.root, 'large.txt');
    writeFileSync(path, text);
    const readLarge = await probe('read-file', path);
    expect(await readLarge()).toBe(`${text}\n`);
    // Small messages use the shared area again afterwards.
    const count = await probe('count');
    expect(await count()).toBe('count=1\n');
  });

  it('runs concurrent calls one at a time, in order', async () => {
    const count = await probe('count');
    const logs = await Promise.all(Array.from({ length: 40 }, () => count()));
    expect(logs).toEqual(Array.from({ length: 40 }, (_, i) => `count=${i + 1}\n`));
  });

  it('serves two plugins calling the host at the same time', async () => {
    const other = await env.manager().loadPlugin({
      name: 'other-caller',
      bytes: await testPlugin({ capabilities: [`fs:read:${env.root}`] }),
      capabilities: [`fs:read:${env.root}`],
    });
    const path = join(env.root, 'small.txt');
    writeFileSync(path, 'small');
    const ctx = context(new MemoryStorage());
    const node = declaration('probe', 'read', { action: 'read-file', arg: path });
    const transforms = await Promise.all(
      [plugin, other].map((each) => each.createTransform('//test:read', node, ctx)),
    );
    const logs = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const log = new MemoryLog();
        await transforms[i % 2]!.prepare(log, ctx);
        return log.text;
      }),
    );
    expect(new Set(logs)).toEqual(new Set(['small\n']));
  });

  it('tells a worker waiting for a next call to sleep when the host calls another plugin', async () => {
    const other = await env.manager().loadPlugin({ name: 'next-door', bytes: await testPlugin() });
    // The control word a worker's spin checks (wire.ts: setHostBusy).
    const told = (each: Plugin) =>
      Atomics.load((each.instance as unknown as { wire: { control: Int32Array } }).wire.control, 3);
    const count = await probe('count');
    await count();
    expect(told(plugin)).toBe(0);
    await other.createTransform(
      '//test:next',
      declaration('upper', 'next', { text: 'x' }),
      context(new MemoryStorage()),
    );
    expect(told(plugin)).toBe(1);
    expect(told(other)).toBe(0);
    // Its next call wakes it as usual.
    expect(await count()).toMatch(/^count=\d+\n$/);
    expect(told(plugin)).toBe(0);
  });

  it('still stops a guest over its time limit after a run of fast calls, and recovers', async () => {
    const count = await probe('count');
    for (let i = 0; i < 200; i++) await count();
    const loop = await probe('loop');
    const started = Date.now();
    const error = await loop().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(EdoError);
    expect((error as EdoError).message).toBe(
      'transform //test:loop: prepare: exceeded the time limit of 1000 ms; the plugin was stopped',
    );
    expect(Date.now() - started).toBeLessThan(1000 + 3000);
    const again = await probe('count');
    expect(await again()).toBe('count=1\n');
  });
});
