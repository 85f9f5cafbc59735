import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Artifact } from '../model/artifact.js';
import type { Id } from '../model/id.js';
import { writeDirectoryLayer } from '../storage/pack.js';
import type { StorageManager } from '../storage/types.js';

/**
 * Fills a fresh temp directory under `tempRoot` with `fill`, packs it into one deterministic layer
 * and returns the artifact `id` of that layer. The directory is removed whatever happens.
 */
export async function artifactFromDirectory(
  storage: StorageManager,
  tempRoot: string,
  id: Id,
  fill: (dir: string) => Promise<void>,
): Promise<Artifact> {
  await mkdir(tempRoot, { recursive: true });
  const dir = await mkdtemp(join(tempRoot, 'source-'));
  try {
    await fill(dir);
    const layer = await writeDirectoryLayer(storage, dir);
    return { config: { id, provides: [], requires: {} }, layers: [layer] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
