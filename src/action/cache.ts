import { createHash, type Hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { workspacePaths } from '../engine/workspace.js';
import { PRUNED_PLUGINS } from '../plugin/cache-policy.js';
import { defaultCacheDir, prunePluginCache } from '../plugin/loader.js';
import { LocalStore } from '../storage/local-store.js';
import { formatBytes, treeDigest, treeSize } from './fs-digest.js';
import type { ActionInputs } from './inputs.js';

/**
 * Two Actions caches carry Edo's state from one runner to the next:
 *
 * - the **store** (`.edo/store`, or `$EDO_STORE`): keyed by everything that decides what a build
 *   produces — the workspace's files (the lock file among them), the targets, the config, the
 *   args and the running edo itself — so an exact hit means nothing needs building. Restore keys fall back to the newest
 *   store of any earlier key: partial hits still reuse every unchanged target.
 * - the **compiled plugin modules** (`.edo/plugin-cache`, or `$EDO_PLUGIN_CACHE`): keyed by their
 *   own content after the build (the file names are plugin digests), restored from the newest.
 *
 * Entries are immutable, so each is saved under a new key only when it holds something new, and
 * only once the build has returned, failed or not (a build killed midway may have been writing).
 */

export interface EdoDirs {
  root: string;
  store: string;
  pluginCache: string;
}

export function edoDirs(root: string, env: NodeJS.ProcessEnv = process.env): EdoDirs {
  return {
    root,
    store: workspacePaths(root, env).store,
    // Where the plugin host keeps compiled modules (a relative path is the process's, as there).
    pluginCache: resolve(defaultCacheDir(root, env)),
  };
}

/** What the main step hands to the post step (through core.saveState). */
export interface CacheState {
  dirs: EdoDirs;
  storeKey: string;
  /** The key the store was restored from, if any. */
  storeMatchedKey?: string;
  /** Digest of the store's index right after the restore ('' when absent). */
  storeIndexDigest: string;
  /** Drop all but the newest artifact of each target before saving the store. */
  storePrune: boolean;
  modulesKeyPrefix?: string;
  modulesMatchedKey?: string;
}

export interface RestoreResult {
  state: CacheState;
  /** The store's primary key matched exactly. */
  cacheHit: boolean;
}

function keyBase(prefix: string): string {
  return `${prefix}-${process.platform}-${process.arch}`;
}

/** What the store's index says ('' when it has none): index.json and its journal (store-index.ts). */
async function indexDigest(store: string): Promise<string> {
  const [index, journal] = await Promise.all(
    ['index.json', 'index.journal'].map((name) =>
      readFile(join(store, name)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      }),
    ),
  );
  if (!index) return '';
  return createHash('sha256')
    .update(index)
    .update(journal ?? '')
    .digest('hex');
}

/**
 * What a run builds: its targets and build config. Store keys start with it, so a run falls back
 * first to the newest store of runs that built the same (a matrix job to its own line of stores,
 * not to the newest of another job, whose newest-only store would miss most of this job's
 * artifacts). Args are left out: their values may be secrets, and this short hash is in the key.
 */
function storeLineage(inputs: ActionInputs): string {
  const request = JSON.stringify({ targets: inputs.targets, config: inputs.config });
  return createHash('sha256').update(request).digest('hex').slice(0, 16);
}

/** The store's primary key: the workspace minus Edo's state and VCS data, the request, the engine. */
export async function storeKey(inputs: ActionInputs, dirs: EdoDirs): Promise<string> {
  const files = await treeDigest(dirs.root, [
    join(dirs.root, '.git'),
    join(dirs.root, '.edo'),
    dirs.store,
    dirs.pluginCache,
  ]);
  const request = JSON.stringify({ targets: inputs.targets, config: inputs.config, args: inputs.args });
  // The running code too: another edo may build other artifacts from the same inputs. Its stores
  // still serve as partial hits through the restore key.
  const hash = createHash('sha256').update(`${files}\0${request}\0`);
  await hashRunningCode(hash);
  return `${keyBase(inputs.cacheKeyPrefix)}-store-${storeLineage(inputs)}-${hash.digest('hex').slice(0, 32)}`;
}

/**
 * Adds the running edo's code to HASH: every JavaScript file beside the script node started, by
 * name. In a workflow that is dist/: the action's starter (index.js), the bundle it imports and
 * the bundle's chunks, which hold most of the engine.
 */
async function hashRunningCode(hash: Hash): Promise<void> {
  const script = process.argv[1];
  if (!script) return;
  const dir = dirname(script);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.js')).sort()) {
    hash.update(`${name}\0`).update(await readFile(join(dir, name)));
  }
}

async function restoreOne(
  what: string,
  dir: string,
  key: string,
  restoreKeys: string[],
): Promise<string | undefined> {
  const started = Date.now();
  const matched = await cache.restoreCache([dir], key, restoreKeys);
  if (matched === undefined) {
    core.info(`${what}: no cache entry for ${key}`);
  } else {
    const kind = matched === key ? 'hit' : 'partial hit';
    core.info(
      `${what}: ${kind} ${matched}, ${formatBytes(await treeSize(dir))} restored in ${Date.now() - started} ms`,
    );
  }
  return matched;
}

export async function restoreCaches(inputs: ActionInputs, dirs: EdoDirs): Promise<RestoreResult> {
  const key = await storeKey(inputs, dirs);
  const base = keyBase(inputs.cacheKeyPrefix);
  const storeMatchedKey = await restoreOne('store', dirs.store, key, [
    `${base}-store-${storeLineage(inputs)}-`,
    `${base}-store-`,
  ]);
  const state: CacheState = {
    dirs,
    storeKey: key,
    storeMatchedKey,
    storeIndexDigest: await indexDigest(dirs.store),
    storePrune: inputs.cachePrune,
  };
  if (inputs.cacheModules) {
    // No exact key exists before the build knows its plugins: take the newest modules saved.
    state.modulesKeyPrefix = `${base}-modules-`;
    state.modulesMatchedKey = await restoreOne('plugin modules', dirs.pluginCache, `${base}-modules`, [
      state.modulesKeyPrefix,
    ]);
  }
  return { state, cacheHit: storeMatchedKey === key };
}

async function saveOne(what: string, dir: string, key: string): Promise<number | undefined> {
  const started = Date.now();
  const size = await treeSize(dir);
  const id = await cache.saveCache([dir], key);
  // saveCache reports failures as warnings and returns -1; the build itself is unaffected.
  if (id > 0) {
    core.info(`${what}: saved ${formatBytes(size)} as ${key} in ${Date.now() - started} ms`);
    return id;
  }
  core.warning(`${what}: could not save the cache entry ${key}`);
  return undefined;
}

/**
 * Keeps the newest artifact of each target: the store is restored from the newest entry of any
 * earlier run and saved again with what this run added, so without this every changed target's
 * old artifacts would be carried from run to run for ever.
 */
async function pruneStore(dir: string): Promise<boolean> {
  try {
    // No grace period: the build is over, and no other edo writes this store in the post step.
    const { droppedArtifacts, gc } = await (await LocalStore.open(dir)).keepNewest({ graceMs: 0 });
    core.info(
      `store: kept the newest artifact of each target; dropped ${droppedArtifacts} older, ` +
        `freeing ${formatBytes(gc.freedBytes)}`,
    );
    return true;
  } catch (err) {
    // A store that cannot be read through (a damaged index) must not become every later run's.
    core.warning(`store: not saved, it could not be pruned: ${(err as Error).message}`);
    return false;
  }
}

export interface SaveResult {
  storeCacheId?: number;
  modulesCacheId?: number;
}

/**
 * The key a store is saved under: the primary key only after a build that succeeded, since an
 * exact hit means nothing needs building. A failed build's store (what did build) gets a key of
 * its own under the same prefix: the next run restores it as a partial hit, rebuilds what failed,
 * and saves the primary key then. (Saved under the primary key, a re-run "hit" it, rebuilt the
 * failed target every time and could never save the result: entries are immutable.)
 */
export function storeSaveKey(state: CacheState, buildSucceeded: boolean, env = process.env): string {
  if (buildSucceeded) return state.storeKey;
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : String(Date.now());
  return `${state.storeKey}-incomplete-${run}`;
}

/** The post step: saves what the build added. */
export async function saveCaches(state: CacheState, buildSucceeded: boolean): Promise<SaveResult> {
  const result: SaveResult = {};
  const { dirs } = state;
  const storeChanged = (await indexDigest(dirs.store)) !== state.storeIndexDigest;
  const key = storeSaveKey(state, buildSucceeded);
  if (!storeChanged) {
    core.info(`store: unchanged since ${state.storeMatchedKey ?? 'the start'}, nothing to save`);
  } else if (state.storeMatchedKey === key) {
    core.info(`store: ${key} already exists (cache entries are immutable); new results are not saved`);
  } else {
    if (!buildSucceeded)
      core.info('store: the build did not succeed: saving what it built as a partial entry');
    if (!state.storePrune || (await pruneStore(dirs.store))) {
      result.storeCacheId = await saveOne('store', dirs.store, key);
    }
  }

  if (state.modulesKeyPrefix !== undefined) {
    // Restored from the newest entry, the cache would otherwise carry every plugin version ever compiled.
    const dropped = await prunePluginCache(dirs.pluginCache);
    if (dropped.length > 0) {
      core.info(`plugin modules: dropped ${dropped.length} ${PRUNED_PLUGINS}`);
    }
    const modulesDigest = await treeDigest(dirs.pluginCache);
    const key = `${state.modulesKeyPrefix}${modulesDigest.slice(0, 32)}`;
    if ((await treeSize(dirs.pluginCache)) === 0) {
      core.info('plugin modules: none compiled, nothing to save');
    } else if (key === state.modulesMatchedKey) {
      core.info(`plugin modules: unchanged since ${key}, nothing to save`);
    } else {
      result.modulesCacheId = await saveOne('plugin modules', dirs.pluginCache, key);
    }
  }
  return result;
}
