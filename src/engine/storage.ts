import { UsageError } from '../model/errors.js';
import { LocalStore } from '../storage/local-store.js';
import type { StorageBackend, StorageManager } from '../storage/types.js';
import type { BuildConfig } from './model.js';
import type { WorkspacePaths } from './workspace.js';

/**
 * The storage manager over the build cache alone. Until the storage layer's manager (which also
 * composes remote caches) is available, configs that name remote caches are refused rather than
 * silently ignored.
 */
class BuildCacheManager implements StorageManager {
  constructor(private readonly cache: StorageBackend) {}

  open: StorageManager['open'] = (id) => this.cache.open(id);
  has: StorageManager['has'] = (id) => this.cache.has(id);
  read: StorageManager['read'] = (layer) => this.cache.read(layer);
  startLayer: StorageManager['startLayer'] = () => this.cache.startLayer();
  finishLayer: StorageManager['finishLayer'] = (mediaType, platform, writer) =>
    this.cache.finishLayer(mediaType, platform, writer);
  save: StorageManager['save'] = (artifact) => this.cache.save(artifact);
}

export async function openStorageManager(
  config: BuildConfig,
  backend: (name: string) => Promise<StorageBackend>,
  paths: WorkspacePaths,
): Promise<StorageManager> {
  if (config.remoteCaches.length > 0) {
    throw new UsageError(`build_config ${config.name}: remote_caches are not supported yet`);
  }
  const cache =
    config.buildCache !== undefined ? await backend(config.buildCache) : await LocalStore.open(paths.store);
  return new BuildCacheManager(cache);
}
