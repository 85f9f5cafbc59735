import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edoDirs, restoreCaches, saveCaches, storeSaveKey, type EdoDirs } from '../../src/action/cache.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { idToString } from '../../src/model/id-format.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { PLUGIN_CACHE_FORMAT } from '../../src/plugin/loader.js';
import { runCli } from '../helpers/cli.js';
import { hideActionsDebug } from './quiet.js';
import { resultsEnv, startResultsServer, type ResultsServer } from './results-server.js';

/**
 * The cache policy with the real @actions/cache client against the local results service: what
 * is restored, which key hits, and that only new content is saved. Each "runner" starts from an
 * empty workspace at the same path.
 */
describe('store and plugin-module caches', () => {
  let server: ResultsServer;
  let root: string;
  let workspace: string;
  let dirs: EdoDirs;
  const savedEnv = { ...process.env };
  const inputs = {
    targets: ['//...'],
    config: '',
    args: [],
    cacheKeyPrefix: 'edo-test',
    cacheModules: true,
    // The stores of the first test are made by hand, not by builds.
    cachePrune: false,
  } as unknown as ActionInputs;

  let showDebug: () => void;

  beforeAll(async () => {
    showDebug = hideActionsDebug();
    server = await startResultsServer();
    root = await mkdtemp(join(tmpdir(), 'edo-cache-'));
    workspace = join(root, 'workspace');
    Object.assign(process.env, resultsEnv(server), {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(root, 'runner-temp'),
    });
    delete process.env.GITHUB_SERVER_URL;
    delete process.env.EDO_STORE;
    delete process.env.EDO_PLUGIN_CACHE;
    dirs = edoDirs(workspace);
  });

  afterAll(async () => {
    showDebug();
    process.env = savedEnv;
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  async function newRunner(buildFile = 'script(name = "a")\n'): Promise<void> {
    await rm(workspace, { recursive: true, force: true });
    await rm(join(root, 'runner-temp'), { recursive: true, force: true });
    await mkdir(join(root, 'runner-temp'), { recursive: true });
    await mkdir(workspace, { recursive: true });
    await writeFile(join(workspace, 'WORKSPACE.edo'), '');
    await writeFile(join(workspace, 'BUILD.edo'), buildFile);
  }

  async function put(path: string, content: string): Promise<void> {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
  }

  it('saves new content once, hits exactly on the same inputs, falls back to the newest store otherwise', async () => {
    await newRunner();
    const first = await restoreCaches(inputs, dirs);
    expect(first.cacheHit).toBe(false);
    expect(first.state.storeMatchedKey).toBeUndefined();
    expect(first.state.storeKey).toMatch(/^edo-test-linux-x64-store-[0-9a-f]{16}-[0-9a-f]{32}$/);
    // What a build leaves behind.
    await put(join(dirs.store, 'index.json'), '{"manifests":[1]}');
    await put(join(dirs.store, 'blobs', 'sha256', 'aa'), 'layer a');
    await put(join(dirs.pluginCache, `p1-${PLUGIN_CACHE_FORMAT}`, 'meta.json'), 'compiled plugin 1');
    // What an older edo compiled: no build of this one reads it, so it is not carried on.
    await put(join(dirs.pluginCache, 'p0-jco-1.35.0-async-v3', 'meta.json'), 'compiled by an older edo');
    const saved = await saveCaches(first.state, true);
    expect(saved.storeCacheId).toBeGreaterThan(0);
    expect(saved.modulesCacheId).toBeGreaterThan(0);

    // A new runner, same inputs: an exact hit, everything back, nothing new to save.
    await newRunner();
    const second = await restoreCaches(inputs, dirs);
    expect(second.cacheHit).toBe(true);
    expect(await readFile(join(dirs.store, 'blobs', 'sha256', 'aa'), 'utf8')).toBe('layer a');
    expect(await readFile(join(dirs.pluginCache, `p1-${PLUGIN_CACHE_FORMAT}`, 'meta.json'), 'utf8')).toBe(
      'compiled plugin 1',
    );
    expect(existsSync(join(dirs.pluginCache, 'p0-jco-1.35.0-async-v3'))).toBe(false);
    expect(await saveCaches(second.state, true)).toEqual({});

    // A new plugin compiled: only the modules are saved, under a key of their own content.
    await put(join(dirs.pluginCache, `p2-${PLUGIN_CACHE_FORMAT}`, 'meta.json'), 'compiled plugin 2');
    const withModule = await saveCaches(second.state, true);
    expect(withModule).toEqual({ modulesCacheId: expect.any(Number) });
    const moduleKeys = server.cacheEntries.filter((e) => e.key.includes('-modules-')).map((e) => e.key);
    expect(new Set(moduleKeys).size).toBe(2);

    // A changed build file: a partial hit on the previous store, and the grown store is saved anew.
    await newRunner('script(name = "b")\n');
    const third = await restoreCaches(inputs, dirs);
    expect(third.cacheHit).toBe(false);
    expect(third.state.storeMatchedKey).toBe(first.state.storeKey);
    expect(await readFile(join(dirs.pluginCache, `p2-${PLUGIN_CACHE_FORMAT}`, 'meta.json'), 'utf8')).toBe(
      'compiled plugin 2',
    );
    await put(join(dirs.store, 'index.json'), '{"manifests":[1,2]}');
    const grown = await saveCaches(third.state, true);
    expect(grown.storeCacheId).toBeGreaterThan(0);
    expect(grown.modulesCacheId).toBeUndefined();
    expect(server.cacheEntries.filter((e) => e.key.includes('-store-'))).toHaveLength(2);
  }, 60_000);

  it('saves a failed build under a key of its own: the next run is a partial hit, and its success is saved', async () => {
    const env = { ...process.env, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' };
    await newRunner('script(name = "flaky")\n');
    const failed = await restoreCaches(inputs, dirs);
    expect(storeSaveKey(failed.state, false, env)).toBe(`${failed.state.storeKey}-incomplete-77-1`);
    await put(join(dirs.store, 'index.json'), '{"manifests":["what built"]}');
    process.env.GITHUB_RUN_ID = '77';
    try {
      expect((await saveCaches(failed.state, false)).storeCacheId).toBeGreaterThan(0);
    } finally {
      delete process.env.GITHUB_RUN_ID;
    }
    // The re-run: not an exact hit (something must still build), but it has what did build.
    await newRunner('script(name = "flaky")\n');
    const rerun = await restoreCaches(inputs, dirs);
    expect(rerun.cacheHit).toBe(false);
    expect(rerun.state.storeMatchedKey).toBe(`${failed.state.storeKey}-incomplete-77-1`);
    await put(join(dirs.store, 'index.json'), '{"manifests":["what built","the rest"]}');
    expect((await saveCaches(rerun.state, true)).storeCacheId).toBeGreaterThan(0);
    await newRunner('script(name = "flaky")\n');
    expect((await restoreCaches(inputs, dirs)).cacheHit).toBe(true);
  }, 60_000);

  it('falls back first to the newest store of runs with the same targets and config', async () => {
    const job = (config: string) => ({ ...inputs, cacheKeyPrefix: 'edo-matrix', config });
    const storeOf = async (config: string, buildFile: string, manifests: string) => {
      await newRunner(buildFile);
      const { state } = await restoreCaches(job(config), dirs);
      await put(join(dirs.store, 'index.json'), manifests);
      expect((await saveCaches(state, true)).storeCacheId).toBeGreaterThan(0);
      return state;
    };
    const release = await storeOf('release', 'script(name = "a")\n', '{"manifests":["release"]}');
    // The debug job's first run has no store of its own yet: it takes the release job's.
    const debug = await storeOf('debug', 'script(name = "a")\n', '{"manifests":["debug"]}');
    expect(debug.storeMatchedKey).toBe(release.storeKey);
    // A new commit: each job restores its own newest store, though the debug one is newer.
    await newRunner('script(name = "b")\n');
    const next = await restoreCaches(job('release'), dirs);
    expect(next.state.storeMatchedKey).toBe(release.storeKey);
    expect(await readFile(join(dirs.store, 'index.json'), 'utf8')).toBe('{"manifests":["release"]}');
  }, 60_000);

  it('saves a store that keeps only the newest artifact of each target', async () => {
    const pruning = { ...inputs, cacheKeyPrefix: 'edo-prune', cachePrune: true };
    const target = (output: string) => `script(name = "a", commands = ["echo ${output} > $OUT/v"])\n`;
    const builtIds: string[] = [];
    for (const output of ['one', 'two']) {
      await newRunner(target(output));
      const { state } = await restoreCaches(pruning, dirs);
      expect((await runCli(['build', '//:a'], workspace)).code).toBe(0);
      const store = await LocalStore.open(dirs.store);
      builtIds.push(...(await store.ls()).map(idToString).filter((id) => !builtIds.includes(id)));
      expect((await saveCaches(state, true)).storeCacheId).toBeGreaterThan(0);
    }
    // Run two restored run one's store and added its own artifact: the older one was dropped.
    expect(builtIds).toHaveLength(2);
    await newRunner(target('three'));
    const third = await restoreCaches(pruning, dirs);
    const restored = await LocalStore.open(dirs.store);
    expect((await restored.ls()).map(idToString)).toEqual([builtIds[1]]);
    expect((await restored.verify()).problems).toEqual([]);
    // Nor did the older artifact's blobs come along.
    expect((await restored.gc({ dryRun: true, graceMs: 0 })).removedBlobs).toBe(0);

    // A store whose index is damaged is not saved: it would break every later run that restored it.
    expect((await runCli(['build', '//:a'], workspace)).code).toBe(0);
    await writeFile(join(dirs.store, 'index.journal'), 'not json\n');
    const entries = server.cacheEntries.length;
    expect((await saveCaches(third.state, true)).storeCacheId).toBeUndefined();
    expect(server.cacheEntries).toHaveLength(entries);
  }, 60_000);
});
