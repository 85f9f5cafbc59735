import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWitPackage } from '../../src/plugin/bindgen/wit.js';
import { embedManifest, type PluginManifest } from '../../src/plugin/manifest.js';
import type { Plugin } from '../../src/plugin/manager.js';
import { buildFixture } from './build-fixture.mjs';
import { context, declaration, MemoryLog, MemoryStorage, scratch } from './harness.js';

/**
 * plugins/sdk-js's `definePlugin` guards what a plugin's code throws: an exception keeps its
 * message and its place (it used to trap as `RuntimeError: unreachable` or `Invalid handle`), and
 * a missing method names itself. test/plugin/fixtures/throwing.js throws where it is told.
 */
const MANIFEST: PluginManifest = {
  name: 'throwing',
  version: '0.1.0',
  interface: 'edo:plugin@1.0.0',
  provides: { transform: ['thrower'], farm: ['picky'] },
  rules: {},
  capabilities: [],
};
const FIXTURE = 'test/plugin/fixtures/throwing.js';
const SOURCE = readFileSync(join(import.meta.dirname, 'fixtures/throwing.js'), 'utf8');

/** `FILE:LINE:COL` of the first occurrence of `text` in the fixture (SpiderMonkey places a `new Error` at `new`). */
function at(text: string, offset = 0): string {
  const before = SOURCE.slice(0, SOURCE.indexOf(text) + offset).split('\n');
  return `${FIXTURE}:${before.length}:${before.at(-1)!.length + 1}`;
}

let plugin: Plugin;
const env = scratch();
beforeAll(async () => {
  const bytes = embedManifest(await buildFixture('throwing.js'), MANIFEST);
  plugin = await env.manager().loadPlugin({ name: 'thrower-decl', bytes });
}, 180_000);
afterAll(() => env.cleanup());

const storage = new MemoryStorage();
const create = (attrs: Record<string, string>) =>
  plugin.createTransform('//test:t', declaration('thrower', 't', attrs), context(storage));

describe('plugins/sdk-js: what a plugin throws', () => {
  it('in execute: a failed status with the message and where it was thrown, not a trap', async () => {
    const run = async (what: string) => {
      const transform = await create({ where: 'execute', what });
      const status = await transform.transform(new MemoryLog(), context(storage), undefined as never);
      if (status.kind === 'success') throw new Error('expected a failure');
      return status.error;
    };
    expect((await run('fail')).message).toBe('execute may not run');
    expect((await run('fail')).context.plugin).toBe('throwing');
    expect((await run('type-error')).message).toBe(
      `TypeError: boom from execute (at ${at('new TypeError')})`,
    );
    expect((await run('null')).message).toMatch(
      new RegExp(`^TypeError: .*null.* \\(at ${at('nothing.x()').replace(/\./g, '\\.')}\\)$`),
    );
    // A host call's err the plugin does not catch is that error.
    expect((await run('host-err')).message).toMatch(/fs:read/);
    // The worker lived through all of them.
    expect(plugin.instance.stats.workersStarted).toBe(1);
  });

  it('in create-transform and prepare: err with the message and the place', async () => {
    await expect(create({ where: 'create', what: 'error' })).rejects.toThrow(
      `transform //test:t: create-transform: throwing: bad create (at ${at('new Error')})`,
    );
    await expect(create({ where: 'create', what: 'string' })).rejects.toThrow(
      'create-transform: throwing: threw "a string from create"',
    );
    await expect(create({ where: 'create', what: 'fail' })).rejects.toThrow(
      'create-transform: throwing: create may not run',
    );
    const transform = await create({ where: 'prepare', what: 'type-error' });
    await expect(transform.prepare(new MemoryLog(), context(storage))).rejects.toThrow(
      `transform //test:t: prepare: throwing: TypeError: boom from prepare (at ${at('new TypeError')})`,
    );
    expect(plugin.instance.stats.workersStarted).toBe(1);
  });

  it('a missing method names itself; one that cannot return an error reports before it traps', async () => {
    // No canShell: none; no shell: err naming it.
    const transform = await create({});
    expect(transform.canShell()).toBe(false);
    await expect(transform.shell(undefined as never)).rejects.toThrow(
      "shell: throwing: the plugin's transform (class Thrower) has no method shell",
    );
    const farm = await plugin.createFarm('//test:f', declaration('picky', 'f', {}), context(storage));
    const environment = await farm.create(new MemoryLog(), '/work');
    const id = { name: '//test:cmd', digest: 'd' };
    const command = environment.deferCmd(new MemoryLog(), id);
    await expect(environment.run(new MemoryLog(), id, '/', command)).rejects.toThrow(
      `environment of farm //test:f: deferCmd: PickyEnvironment.deferCmd: RangeError: no commands for //test:cmd (at ${at('new RangeError')}); the plugin then trapped (RuntimeError: unreachable) and was restarted`,
    );
  });

  it('knows every exported resource method of wit/ and how it returns', () => {
    const sdk = readFileSync(join(import.meta.dirname, '../../plugins/sdk-js/index.js'), 'utf8');
    const literal = /const GUEST_METHODS = (\{[\s\S]*?\n\});/.exec(sdk)![1]!;
    const table = new Function(`return ${literal}`)() as Record<
      string,
      Record<string, Record<string, string[]>>
    >;
    const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const pascal = (name: string) => camel(name).replace(/^\w/, (c) => c.toUpperCase());
    const wit = readWitPackage(join(import.meta.dirname, '../../wit'));
    const expected: typeof table = {};
    for (const iface of ['backend', 'source', 'vendor', 'environment', 'transform']) {
      for (const type of wit.interfaces.get(iface)!.types) {
        if (type.kind !== 'resource') continue;
        const methods: Record<string, string[]> = {};
        for (const method of type.functions.filter((fn) => fn.role === 'method')) {
          const how =
            method.result?.kind === 'result' ? 'result' : method.name === 'execute' ? 'status' : 'value';
          (methods[how] ??= []).push(camel(method.name));
        }
        (expected[iface] ??= {})[pascal(type.name)] = methods;
      }
    }
    expect(table).toEqual(expected);
  });
});
