import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { EdoError, UsageError } from '../../src/model/errors.js';
import { type Plugin, unprovidedImports } from '../../src/plugin/manager.js';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from './harness.js';
import { testPlugin } from './fixtures.js';

const SECRET = 'EDO_PLUGIN_TEST_SECRET';

let bytes: Uint8Array;
let server: Server;
let url: string;
beforeAll(async () => {
  bytes = await testPlugin();
  server = createServer((_request, response) => response.end('hello from the host'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env[SECRET] = 'swordfish';
}, 120_000);
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

const env = scratch();
afterAll(() => env.cleanup());

/** The error's user-facing text (`plugin P: ...`), as the CLI prints it. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof EdoError)) throw new Error(`expected an EdoError, got ${String(error)}`);
  return error.format();
}

/** Runs the probe transform's action in `plugin`; resolves to what it logged. */
async function probe(plugin: Plugin, action: string, arg?: string): Promise<string> {
  const ctx = context(new MemoryStorage());
  const node = declaration('probe', action, { action, ...(arg !== undefined && { arg }) });
  const transform = await plugin.createTransform(`//test:${action}`, node, ctx);
  const log = new MemoryLog();
  await transform.prepare(log, ctx);
  return log.text;
}

describe('plugin sandbox', () => {
  let denied: Plugin;
  let granted: Plugin;
  beforeAll(async () => {
    denied = await env.manager().loadPlugin({
      name: 'untrusted',
      bytes,
      // Generous for a loaded CI machine: a guest's first calls include V8's lazy compilation.
      limits: { timeMs: 4000, memoryMb: 64 },
    });
    granted = await env.manager().loadPlugin({
      name: 'trusted',
      bytes,
      capabilities: ['fs:read:/etc', `env:${SECRET}`, `net:127.0.0.1:${new URL(url).port}`],
    });
  });

  it('builds guests without any wasi import', async () => {
    const { transpileCached } = await import('../../src/plugin/loader.js');
    const transpiled = await transpileCached(bytes, denied.digest, env.cacheDir, 'untrusted');
    expect(transpiled.imports.filter((name) => name.startsWith('wasi:'))).toEqual([]);
  });

  it('denies file, environment and network access without a grant', async () => {
    expect(await failure(probe(denied, 'read-file', '/etc/passwd'))).toBe(
      'plugin untrusted: error: transform //test:read-file: prepare: untrusted: read of /etc/passwd denied: it was granted no capability fs:read:/etc (or a parent)',
    );
    await expect(probe(denied, 'env', SECRET)).rejects.toThrow(
      `reading environment variable ${SECRET} denied: it was granted no capability env:${SECRET}`,
    );
    await expect(probe(denied, 'http', url)).rejects.toThrow(
      `connection to 127.0.0.1:${new URL(url).port} denied: it was granted no capability net:127.0.0.1:`,
    );
  });

  it('allows exactly what is granted', async () => {
    expect(await probe(granted, 'read-file', '/etc/passwd')).toBe(`${readFileSync('/etc/passwd', 'utf8')}\n`);
    expect(await probe(granted, 'env', SECRET)).toBe(`${SECRET}=swordfish\n`);
    expect(await probe(granted, 'http', url)).toBe('200 hello from the host\n');
    await expect(probe(granted, 'read-file', '/proc/self/environ')).rejects.toThrow('denied');
    await expect(probe(granted, 'env', 'HOME')).rejects.toThrow('denied');
  });

  it('tells a guest why a granted request failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const anyPort = await env
      .manager()
      .loadPlugin({ name: 'any-port', bytes, capabilities: ['net:127.0.0.1:*'] });
    await expect(probe(anyPort, 'http', `http://127.0.0.1:${port}/`)).rejects.toThrow(
      `GET http://127.0.0.1:${port}/: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });

  it('lets a grant only narrow what the manifest requests', async () => {
    const widen = env.manager().loadPlugin({ name: 'greedy', bytes, capabilities: ['fs:read:/'] });
    await expect(widen).rejects.toBeInstanceOf(UsageError);
    await expect(widen).rejects.toThrow(
      'grant "fs:read:/" is not covered by the capabilities plugin greedy requests',
    );
  });

  it('stops a guest that exceeds its time limit, and recovers on the next call', async () => {
    const started = Date.now();
    expect(await failure(probe(denied, 'loop'))).toBe(
      'plugin untrusted: error: transform //test:loop: prepare: exceeded the time limit of 4000 ms; the plugin was stopped',
    );
    expect(Date.now() - started).toBeLessThan(4000 + 3000);
    expect(await probe(denied, 'count')).toBe('count=1\n');
  });

  it('caps guest memory', async () => {
    const hungry = await env
      .manager()
      .loadPlugin({ name: 'hungry', bytes, limits: { memoryMb: 64, timeMs: 30_000 } });
    expect(await failure(probe(hungry, 'grow'))).toMatch(
      /^plugin hungry: error: transform \/\/test:grow: prepare: exceeded the memory limit of 64 MiB/,
    );
    expect(await probe(hungry, 'count')).toBe('count=1\n');
  });

  it('stops a guest that holds more host handles than its limit, and recovers', async () => {
    const hoarder = await env.manager().loadPlugin({ name: 'hoarder', bytes, limits: { handles: 12 } });
    const ctx = context(new MemoryStorage());
    const upper = await hoarder.createTransform('//test:up', declaration('upper', 'up', { text: 'x' }), ctx);
    // Each `execute` of the test plugin keeps about 5 handles it never drops, and holds about as
    // many more while it runs.
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await failure(upper.transform(new MemoryLog(), ctx, undefined as never)).catch(() => 'ok'),
      );
    }
    expect(outcomes[0]).toBe('ok');
    expect(outcomes[1]).toMatch(
      /^plugin hoarder: error: transform \/\/test:up: execute: held more than 12 host handles \(drop the handles it no longer needs\); the plugin was restarted$/,
    );
    // The next call re-creates the transform in a new worker, with no handles held.
    expect(outcomes[2]).toBe('ok');
    expect(hoarder.instance.stats.workersStarted).toBe(2);
  });

  it('stops deep recursion cleanly', async () => {
    expect(await failure(probe(denied, 'recurse'))).toMatch(
      /^plugin untrusted: error: transform \/\/test:recurse: prepare: trapped \(.*\); the plugin was restarted$/,
    );
    expect(await probe(denied, 'count')).toBe('count=1\n');
  });

  it('does not count worker start-up against the time limit of a call', async () => {
    // Starting takes far longer than 1 ms (loading the bindings, instantiating) on any machine.
    const strict = await env.manager().loadPlugin({ name: 'strict', bytes, limits: { timeMs: 1 } });
    strict.instance.discard();
    await strict.instance.start({ component: 'plugin', method: 'restart' });
    expect(strict.instance.stats.workersStarted).toBe(2);
    await strict.instance.close();
  });

  it('re-creates a component after its worker was discarded (its state is lost)', async () => {
    const ctx = context(new MemoryStorage());
    const counter = await denied.createTransform(
      '//test:counter',
      declaration('probe', 'counter', { action: 'count' }),
      ctx,
    );
    const log = new MemoryLog();
    await counter.prepare(log, ctx);
    await counter.prepare(log, ctx);
    await expect(probe(denied, 'loop')).rejects.toThrow('time limit');
    await counter.prepare(log, ctx);
    expect(log.text).toBe('count=1\ncount=2\ncount=1\n');
  });
});

describe('guests built with WASI', () => {
  const wasiEnv = scratch();
  afterAll(() => wasiEnv.cleanup());

  it('get deny-by-default wasi stubs: output reaches the log, files and env stay denied', async () => {
    const withWasi = await testPlugin({}, { withWasi: true });
    const plugin = await wasiEnv.manager().loadPlugin({ name: 'wasi-guest', bytes: withWasi });
    expect(await probe(plugin, 'console', 'hi')).toBe('printed\n');
    expect(wasiEnv.log.text).toContain('console: hi\n');
    await expect(probe(plugin, 'read-file', '/etc/passwd')).rejects.toThrow('denied');
    await expect(probe(plugin, 'env', SECRET)).rejects.toThrow('denied');
  }, 180_000);

  it('are refused when they import what the host does not provide, with the list', () => {
    expect(
      unprovidedImports([
        'edo:plugin/common',
        'wasi:io/streams@0.2.3',
        'wasi:sockets/tcp@0.2.3',
        'wasi:io/poll@0.3.0',
        'example:other/api',
      ]),
    ).toEqual(['wasi:sockets/tcp@0.2.3', 'wasi:io/poll@0.3.0', 'example:other/api']);
  });
});
