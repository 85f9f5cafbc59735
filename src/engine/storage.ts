import { CacheManager } from '../storage/manager.js';
import { LocalStore } from '../storage/local-store.js';
import type { StorageBackend } from '../storage/types.js';
import type { BuildConfig } from './model.js';
import type { WorkspacePaths } from './workspace.js';

/**
 * The storage manager a build config describes: its build cache (a named storage_backend, else
 * the workspace's local store) with its remote caches read through, in order.
 */
export async function openStorageManager(
  config: BuildConfig,
  backend: (name: string) => Promise<StorageBackend>,
  paths: WorkspacePaths,
  warn: (message: string) => void,
): Promise<CacheManager> {
  const buildCache =
    config.buildCache !== undefined ? await backend(config.buildCache) : await LocalStore.open(paths.store);
  const remoteCaches = await Promise.all(
    config.remoteCaches.map(async (name) => ({ name, backend: await backend(name) })),
  );
  return new CacheManager({ buildCache, remoteCaches, writeBack: config.writeBack, warn });
}
