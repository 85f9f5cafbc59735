import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/engine/cache-key.js';
import { buildCComponent } from '../../src/plugin/build/c.js';
import { readPluginProject } from '../../src/plugin/build/project.js';
import { pushPlugin } from '../../src/plugin/distribution.js';
import { embedManifest } from '../../src/plugin/manifest.js';
import { runCli } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace } from '../engine/helpers.js';
import { startRegistry, type RunningRegistry } from '../storage/registry-server.js';
import { startNpmRegistry, type LocalNpmRegistry } from '../vendor/npm-registry.js';

const ROOT = join(import.meta.dirname, '../..');

/** c-upper (a C plugin: builds in well under a second), and a second version with other bytes. */
let wasm: Buffer;
let digest: string;
let wasmV2: Buffer;
/** Requests per path served by the HTTP server below. */
const hits = new Map<string, number>();
/** What the HTTP server serves, by path. */
const served = new Map<string, Buffer>();
let server: Server;
let base: string;
const temps: string[] = [];
const savedCache = process.env.EDO_PLUGIN_CACHE;

beforeAll(async () => {
  const project = readPluginProject(join(ROOT, 'plugins/c-upper'));
  const { component } = await buildCComponent(project.sources, join(ROOT, 'wit'));
  wasm = Buffer.from(embedManifest(component, project.manifest));
  digest = `sha256:${sha256Hex(wasm)}`;
  wasmV2 = Buffer.from(embedManifest(component, { ...project.manifest, version: '0.2.0' }));
  const cache = mkdtempSync(join(tmpdir(), 'edo-plugin-cache-'));
  temps.push(cache);
  process.env.EDO_PLUGIN_CACHE = cache;
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const body = served.get(path);
    response.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  if (savedCache === undefined) delete process.env.EDO_PLUGIN_CACHE;
  else process.env.EDO_PLUGIN_CACHE = savedCache;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  temps.forEach(removeWorkspace);
});

/**
 * A workspace declaring plugin `cu` with `sources` (strings, or source dicts: JSON is Starlark) and
 * one target using its `c_upper` rule.
 */
function workspace(sources: (string | Record<string, string>)[], extra = ''): string {
  const root = makeWorkspace({
    'WORKSPACE.edo': `plugin(name = "cu", source = ${JSON.stringify(sources)}${extra})\n`,
    'BUILD.edo': 'c_upper(name = "hello", text = "hello")\n',
  });
  temps.push(root);
  return root;
}

function lockEntry(root: string): Record<string, unknown> {
  const lock = JSON.parse(readFileSync(join(root, 'edo.lock.json'), 'utf8')) as {
    entries: Record<string, Record<string, unknown>>;
  };
  return lock.entries['//:cu']!;
}

interface Listed {
  resolved?: string;
  digest?: string;
  manifest?: { version: string; provides: Record<string, string[]>; rules: string[] };
  problems: string[];
}

async function listPlugins(root: string): Promise<Listed> {
  const result = await runCli(['plugin', 'list', '--json'], root);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as Listed[])[0]!;
}

describe('url sources', () => {
  it('falls back past a missing file to the URL, pins the digest, then loads offline from the store', async () => {
    served.set('/cu.wasm', wasm);
    const url = `${base}/cu.wasm#sha256=${digest.slice(7)}`;
    const root = workspace(['//vendor:cu.wasm', url]);
    const built = await runCli(['build'], root);
    expect(built.code).toBe(0);
    expect(lockEntry(root)).toEqual({
      kind: 'plugin',
      name: 'c-upper',
      version: '0.1.0',
      source: url,
      digest,
    });
    expect(hits.get('/cu.wasm')).toBe(1);

    // The server is gone for this plugin: the lock's digest is in the store.
    served.delete('/cu.wasm');
    const again = await runCli(['list'], root);
    expect(again.code).toBe(0);
    expect(hits.get('/cu.wasm')).toBe(1);

    // `edo plugin list` reads the manifest from the store, starting no worker.
    const listed = await listPlugins(root);
    expect(listed).toMatchObject({
      resolved: `${url} (from the local store)`,
      digest,
      manifest: { version: '0.1.0', provides: { transform: ['upper'] }, rules: ['c_upper'] },
      problems: [],
    });
  }, 60_000);

  it('refuses bytes that differ from sha256 = ..., naming plugin, source, wanted and got', async () => {
    served.set('/other.wasm', wasmV2);
    const wanted = digest.slice(7);
    const root = workspace([`${base}/other.wasm`], `, sha256 = "${wanted}"`);
    const result = await runCli(['list'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plugin cu:');
    expect(result.stderr).toContain(
      `${base}/other.wasm: checksum mismatch for ${base}/other.wasm: expected sha256 ${wanted}, got ${sha256Hex(wasmV2)}; refusing to load it`,
    );
  }, 60_000);

  it('refuses a URL whose bytes differ from the lock, even when it is not in the store', async () => {
    served.set('/cu.wasm', wasm);
    const root = workspace([`${base}/cu.wasm`], `, sha256 = "${digest.slice(7)}"`);
    expect((await runCli(['build'], root)).code).toBe(0);
    // Another machine: an empty store, a mirror now serving other bytes, only the lock pins them.
    rmSync(join(root, '.edo'), { recursive: true });
    served.set('/cu.wasm', wasmV2);
    writeFileSync(join(root, 'WORKSPACE.edo'), `plugin(name = "cu", source = ["${base}/cu.wasm"])\n`);
    const result = await runCli(['list'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /checksum mismatch .* expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}; refusing/,
    );
  }, 60_000);

  it('lists every attempt in one error when no alternative works', async () => {
    const root = workspace([
      '//vendor:cu.wasm',
      `${base}/missing.wasm#sha256=${digest.slice(7)}`,
      `${base}/nosha.wasm`,
      'oci://127.0.0.1:9/plugins/cu:1.0.0',
    ]);
    const result = await runCli(['list'], root);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/WORKSPACE\.edo:1:1: plugin cu: error: no source could be used$/);
    // One indented line per alternative, under the error.
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}\/\/vendor:cu\.wasm: no such file .*vendor\/cu\.wasm$/),
      `  ${base}/missing.wasm#sha256=${digest.slice(7)}: GET ${base}/missing.wasm: HTTP 404`,
      expect.stringContaining(`  ${base}/nosha.wasm: a URL source needs a sha256`),
      '  oci://127.0.0.1:9/plugins/cu:1.0.0: registry 127.0.0.1:9 unreachable: bad port',
    ]);
  }, 60_000);
});

describe('git sources', () => {
  it('fetches the .wasm at a commit of a local repository, then works without the repository', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'edo-plugin-repo-'));
    temps.push(repo);
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist/cu.wasm'), wasm);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo })
        .toString()
        .trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'plugin');
    const commit = git('rev-parse', 'HEAD');
    const source = `git+file://${repo}#commit=${commit}&path=dist/cu.wasm`;
    const root = workspace([source]);
    const built = await runCli(['build'], root);
    expect(built.code).toBe(0);
    expect(lockEntry(root)).toMatchObject({ source, digest });

    rmSync(repo, { recursive: true });
    expect((await runCli(['list'], root)).code).toBe(0);
    expect((await listPlugins(root)).manifest?.rules).toEqual(['c_upper']);
  }, 60_000);
});

describe('npm sources', () => {
  let registry: LocalNpmRegistry;
  beforeAll(async () => {
    registry = await startNpmRegistry();
  }, 60_000);
  afterAll(() => registry.close());

  it('resolves a range to the newest version, locks it, and keeps it when a newer one is published', async () => {
    await registry.publish('@acme/edo-plugin-upper', '1.0.0', {}, { 'dist/upper.wasm': wasm });
    // The dict form; the lock records its string form.
    const root = workspace([
      { npm: '@acme/edo-plugin-upper', version: '^1', path: 'dist/upper.wasm', registry: registry.url },
    ]);
    const source = `npm:@acme/edo-plugin-upper@^1#path=dist/upper.wasm&registry=${registry.url}`;
    expect((await runCli(['build'], root)).code).toBe(0);
    const entry = lockEntry(root);
    expect(entry).toMatchObject({
      source,
      digest,
      node: { package: '@acme/edo-plugin-upper', version: '1.0.0' },
    });

    // A newer release does not move the pin, even with an empty store (the lock names 1.0.0).
    await registry.publish('@acme/edo-plugin-upper', '1.1.0', {}, { 'dist/upper.wasm': wasmV2 });
    rmSync(join(root, '.edo'), { recursive: true });
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(lockEntry(root)).toEqual(entry);

    // `edo update` re-resolves it.
    expect((await runCli(['update', '//:cu'], root)).code).toBe(0);
    expect(lockEntry(root)).toMatchObject({
      version: '0.2.0',
      digest: `sha256:${sha256Hex(wasmV2)}`,
      node: { version: '1.1.0' },
    });
  }, 60_000);
});

describe('OCI registry sources', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  }, 60_000);
  afterAll(() => registry.stop());

  it('loads a plugin pushed as an OCI artifact, pinned by manifest digest against a moved tag', async () => {
    const ref = `${registry.host}/plugins/cu:0.1.0`;
    const manifestDigest = await pushPlugin(wasm, ref, { name: 'c-upper', version: '0.1.0' });
    const root = workspace([`oci://${ref}`]);
    const built = await runCli(['build'], root);
    expect(built.code).toBe(0);
    expect(lockEntry(root)).toMatchObject({
      source: `oci://${ref}`,
      digest,
      node: { digest: manifestDigest },
    });

    // The tag moves to other bytes; an empty store fetches the pinned manifest, not the tag.
    await pushPlugin(wasmV2, ref, { name: 'c-upper', version: '0.2.0' });
    rmSync(join(root, '.edo'), { recursive: true });
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(lockEntry(root)).toMatchObject({ digest, node: { digest: manifestDigest } });
  }, 60_000);

  it('refuses a registry plugin whose digest differs from sha256 = ...', async () => {
    const ref = `${registry.host}/plugins/other:0.2.0`;
    await pushPlugin(wasmV2, ref, { name: 'c-upper', version: '0.2.0' });
    const root = workspace([`oci://${ref}`], `, sha256 = "${digest}"`);
    const result = await runCli(['list'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `plugin cu: error: oci://${ref} has sha256:${sha256Hex(wasmV2)}, but the declaration's sha256 pins ${digest}; refusing to load it`,
    );
    expect(existsSync(join(root, 'edo.lock.json'))).toBe(false);
  }, 60_000);

  it('`edo plugin push` publishes a component file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-plugin-push-'));
    temps.push(dir);
    writeFileSync(join(dir, 'cu.wasm'), wasm);
    const ref = `${registry.host}/plugins/pushed:0.1.0`;
    const pushed = await runCli(['plugin', 'push', 'cu.wasm', `oci://${ref}`], dir);
    expect(pushed.stderr).toBe('');
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(/^pushed c-upper@0\.1\.0 to oci:\/\/.* \(sha256:[0-9a-f]{64}\)\n$/);
    const root = workspace([`oci://${ref}`]);
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(lockEntry(root)).toMatchObject({ digest });
  }, 60_000);
});
