import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from '../engine/helpers.js';
import { TEST_MANIFEST, testPlugin } from './fixtures.js';

/**
 * The test plugin with rule kinds for every use below: `shout` (its upper transform) and
 * `probe_rule` (its probe transform, which can trap or read an --arg), `run_rule` (its composer
 * transform: a command in a farm, then an artifact). One manifest, so one
 * component digest and one transpile shared by every workspace of this file. (The seed's examples
 * are workspaces under examples/, built by test/plugins/seed-examples.test.ts.)
 */
const MANIFEST = {
  ...TEST_MANIFEST,
  rules: {
    ...TEST_MANIFEST.rules,
    probe_rule: {
      transform: 'probe',
      attrs: { action: { type: 'string' as const, required: true }, arg: { type: 'string' as const } },
    },
    run_rule: {
      transform: 'composer',
      attrs: { farm: { type: 'string' as const, farm: true }, command: { type: 'string' as const } },
    },
  },
};

let wasm: Uint8Array;
const roots: string[] = [];
let cacheDir: string;
const savedCache = process.env.EDO_PLUGIN_CACHE;

beforeAll(async () => {
  wasm = await testPlugin(MANIFEST);
  const cacheRoot = makeWorkspace({});
  roots.push(cacheRoot);
  cacheDir = join(cacheRoot, 'plugin-cache');
  process.env.EDO_PLUGIN_CACHE = cacheDir;
}, 180_000);

afterAll(() => {
  if (savedCache === undefined) delete process.env.EDO_PLUGIN_CACHE;
  else process.env.EDO_PLUGIN_CACHE = savedCache;
  roots.forEach(removeWorkspace);
});

/** A workspace with `files`, and the test plugin at each of `wasmPaths`. */
function workspace(files: Record<string, string>, wasmPaths: string[]): string {
  const root = makeWorkspace(files);
  roots.push(root);
  for (const path of wasmPaths) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), wasm);
  }
  return root;
}

describe('plugins declared in build files', () => {
  it('build with a plugin rule and a plugin storage backend, then reuse the cached module and results', async () => {
    const root = workspace(
      {
        'WORKSPACE.edo': `
plugin(name = "tp", source = ["//plugins:missing.wasm", "//plugins:tp.wasm"])
storage_backend(name = "mem", plugin = "tp")
build_config(name = "default", remote_caches = ["mem"], write_back = True)
`,
        'BUILD.edo': `
shout(name = "loud", text = "hello")
probe_rule(name = "arg", action = "arg", arg = "greeting")
`,
      },
      ['plugins/tp.wasm'],
    );
    const digest = `sha256:${createHash('sha256').update(wasm).digest('hex')}`;
    const first = await buildJson(root, ['--arg', 'greeting=hi there']);
    // The command's stderr has the plugin's messages, tagged with its name, and no warnings.
    expect(first.result.stderr).toBe(
      '[tp] create-transform //:arg (probe)\n[tp] create-transform //:loud (upper)\n' +
        `edo.lock.json: added //:tp 0.1.0 (${digest.slice(0, 19)}…)\n`,
    );
    expect(first.result.code).toBe(0);
    expect(builtLabels(first.targets)).toEqual(['//:arg', '//:loud']);
    // context.get-arg reads --arg.
    expect((await runCli(['log', '//:arg'], root)).stdout).toContain('greeting=hi there');
    // The component went into the store and its digest into the lock file.
    const lock = JSON.parse(readFileSync(join(root, 'edo.lock.json'), 'utf8')) as {
      entries: Record<string, { kind: string; digest: string; source: string }>;
    };
    expect(JSON.stringify(lock)).toContain(digest);
    expect(statSync(join(root, '.edo/store/blobs/sha256', digest.slice(7))).isFile()).toBe(true);

    // A new engine (as a new process would) loads the transpiled output from the cache.
    const cached = readdirSync(cacheDir);
    const engine = await Engine.open(root, { env: process.env });
    try {
      expect(engine.plugins!.registry.get('tp')!.cold).toBe(false);
      expect(engine.pluginDigests.get('shout')).toBe(digest.slice(7));
    } finally {
      await engine.close();
    }
    expect(readdirSync(cacheDir)).toEqual(cached);
    // A command that only reads the model (edo list) starts no plugin; a call starts it then.
    const inspecting = await Engine.open(root, { env: process.env, inspectOnly: true });
    try {
      const stats = inspecting.plugins!.registry.get('tp')!.instance.stats;
      expect(inspecting.resolvePatterns([], root)).toEqual(['//:arg', '//:loud']);
      expect(stats.workersStarted).toBe(0);
      const view = await inspecting.target('//:loud');
      expect((await view.getUniqueId(inspecting.handle(await inspecting.storage()))).digest).toBeTruthy();
      expect(stats.workersStarted).toBe(1);
    } finally {
      await inspecting.close();
    }
    const second = await buildJson(root, ['--arg', 'greeting=hi there']);
    expect(second.result.code).toBe(0);
    expect(builtLabels(second.targets)).toEqual([]);
    expect(second.targets.size).toBe(2);
  }, 180_000);

  it("stages, composes and checks out a plugin's layer that is not a tar as one file, blobs/sha256/<hex>", async () => {
    const root = workspace(
      {
        'WORKSPACE.edo': 'plugin(name = "tp", source = "//:tp.wasm")\n',
        'BUILD.edo': `
shout(name = "loud", text = "hello")
script(name = "use", deps = [":loud"], commands = ["cat loud/blobs/sha256/* > $OUT/got.txt"])
compose(name = "both", deps = [":loud", ":use"])
`,
      },
      ['tp.wasm'],
    );
    const built = await runCli(['build', '//:use'], root);
    expect(built.stderr).toContain('Build succeeded');
    const out = join(root, 'out');
    expect((await runCli(['checkout', '//:use', out], root)).code).toBe(0);
    expect(readFileSync(join(out, 'got.txt'), 'utf8')).toBe('HELLO');
    const blob = join(root, 'blob');
    expect((await runCli(['checkout', '//:loud', blob], root)).code).toBe(0);
    const hex = createHash('sha256').update('HELLO').digest('hex');
    expect(readdirSync(join(blob, 'blobs/sha256'))).toEqual([hex]);
    expect(readFileSync(join(blob, 'blobs/sha256', hex), 'utf8')).toBe('HELLO');
    // compose lists each dep's files to find clashes: the blob is its one file there too.
    const both = join(root, 'both');
    expect((await runCli(['checkout', '//:both', both], root)).code).toBe(0);
    expect(readFileSync(join(both, 'blobs/sha256', hex), 'utf8')).toBe('HELLO');
    expect(readFileSync(join(both, 'got.txt'), 'utf8')).toBe('HELLO');
  }, 120_000);

  it('refuses a plugin whose bytes differ from the digest edo.lock.json pins', async () => {
    const root = workspace(
      { 'WORKSPACE.edo': 'plugin(name = "tp", source = "//:tp.wasm")\n', 'BUILD.edo': '' },
      ['tp.wasm'],
    );
    // Settled (modified a minute ago): its digest is remembered by the file's signature.
    const file = join(root, 'tp.wasm');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, aMinuteAgo, aMinuteAgo);
    expect((await runCli(['list'], root)).code).toBe(0);
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(readdirSync(join(root, '.edo', 'digests'))).toHaveLength(1);
    // Other bytes of the same size, the modification time set back: the change time still tells.
    const tampered = Buffer.from(wasm);
    tampered[tampered.length - 1]! ^= 0xff;
    writeFileSync(file, tampered);
    utimesSync(file, aMinuteAgo, aMinuteAgo);
    const result = await runCli(['list'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/edo\.lock\.json pins sha256:[0-9a-f]{64}; refusing to load it/);
  }, 120_000);

  it('fails only the targets of a trapping plugin under --keep-going, naming plugin, component and method', async () => {
    const root = workspace(
      {
        'BUILD.edo': `
plugin(name = "tp", source = ":tp.wasm")
probe_rule(name = "crash", action = "recurse")
shout(name = "fine", text = "still built")
`,
      },
      ['tp.wasm'],
    );
    const { result, targets } = await buildJson(root, ['--keep-going']);
    expect(result.code).toBe(1);
    expect(targets.get('//:fine')!.status).toBe('success');
    expect(targets.get('//:crash')!.status).toBe('failed');
    expect(targets.get('//:crash')!.error).toMatch(
      /plugin tp: .*transform \/\/:crash: prepare: (trapped|exceeded the stack limit)/,
    );
    // The target's log, where a user looks, says so too.
    expect((await runCli(['log', '//:crash'], root)).stdout).toMatch(
      /edo: error: .*prepare: (trapped|exceeded the stack limit)/,
    );
  }, 120_000);

  it("refuses a plugin's transform in that plugin's own farm before building anything (exit 2)", async () => {
    const root = workspace(
      {
        'BUILD.edo': [
          'plugin(name = "tp", source = ":tp.wasm")',
          'environment_farm(name = "own", plugin = "tp")',
          'run_rule(name = "selfish", farm = "own", command = "true")',
          'shout(name = "fine", text = "x")',
          '',
        ].join('\n'),
      },
      ['tp.wasm'],
    );
    const result = await runCli(['build'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'BUILD.edo:3:9: //:selfish: error: run_rule: farm "own" comes from plugin tp, as this rule does',
    );
    expect(result.stderr).not.toContain('Build');
  }, 120_000);

  it("reports a plugin transform's failure as its target's, in the plugin's words", async () => {
    const root = workspace(
      {
        'BUILD.edo': 'plugin(name = "tp", source = ":tp.wasm")\nrun_rule(name = "bad", command = "exit 4")\n',
      },
      ['tp.wasm'],
    );
    const result = await runCli(['build'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FAIL  //:bad: plugin test-plugin: error: exit 4 failed\n');
  }, 120_000);

  it('reports a URL source without a digest, and a plugin(...) call that is not top-level', async () => {
    const remote = workspace(
      { 'WORKSPACE.edo': 'plugin(name = "tp", source = ["https://example.com/tp.wasm"])\n', 'BUILD.edo': '' },
      [],
    );
    const result = await runCli(['list'], remote);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('https://example.com/tp.wasm: a URL source needs a sha256');
    const nested = workspace(
      {
        'BUILD.edo': 'def declare():\n    plugin(name = "tp", source = ":tp.wasm")\n\ndeclare()\n',
      },
      ['tp.wasm'],
    );
    const late = await runCli(['list'], nested);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('plugin(...) must be called at the top level');
  }, 60_000);

  it('places what refuses a plugin at its declaration: a bad grant, an ungranted one, a version', async () => {
    const cases: Array<[string, RegExp]> = [
      ['capabilities = ["fs:reed:/tmp"]', /capability "fs:reed:\/tmp" is not one of fs:read:<dir>/],
      [
        'capabilities = ["fs:read:/"]',
        /grant "fs:read:\/" is not covered by the capabilities plugin tp requests/,
      ],
      ['version = "^9"', /the declaration wants version \^9, but tp is test-plugin@0\.1\.0/],
    ];
    for (const [attribute, message] of cases) {
      const root = workspace(
        {
          'WORKSPACE.edo': `\nplugin(name = "tp", source = ":tp.wasm", ${attribute})\n`,
          'BUILD.edo': 'shout(name = "s", text = "x")\n',
        },
        ['tp.wasm'],
      );
      const result = await runCli(['build'], root);
      // A configuration error, as any refused declaration.
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^\S*WORKSPACE\.edo:2:1: plugin tp: error: /);
      expect(result.stderr).toMatch(message);
    }
    // A file that is no component at all is refused at the declaration too.
    const junk = workspace(
      { 'WORKSPACE.edo': '\nplugin(name = "tp", source = ":junk.wasm")\n', 'BUILD.edo': '' },
      [],
    );
    writeFileSync(join(junk, 'junk.wasm'), 'not wasm');
    const result = await runCli(['build'], junk);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^\S*WORKSPACE\.edo:2:1: plugin tp: error: it is not a WebAssembly component/,
    );
  }, 60_000);
});
