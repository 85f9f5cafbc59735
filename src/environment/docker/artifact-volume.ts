import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { pack } from 'tar-stream';
import { EdoError } from '../../model/errors.js';
import type { Artifact } from '../../model/artifact.js';
import { layerAsTar } from '../../storage/layer-files.js';
import type { StorageManager } from '../../storage/types.js';
import { labelsOf, type ResourceLabels } from './labels.js';
import type { Engine } from './pool.js';

/** Marks a volume whose artifact is fully written; the last file put into it. */
export const COMPLETE_MARKER = '.edo-complete';
export const LABEL_ARTIFACT = 'edo.artifact';

/** The volume holding an artifact's files: named by its content, so every build reuses it. */
export function artifactVolumeName(digest: string): string {
  return `edo-artifact-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/**
 * Makes sure the engine has a volume with `artifact`'s files (its layers applied in order). The
 * volume is a cache keyed by the artifact digest, kept across builds; a helper container with a
 * fixed name serialises two edo processes filling the same volume, and the marker written last
 * tells a complete volume from one a crashed run left half-written.
 */
export async function ensureArtifactVolume(
  engine: Engine,
  storage: StorageManager,
  artifact: Artifact,
  labels: ResourceLabels,
): Promise<string> {
  const docker = engine.docker;
  const digest = artifact.config.id.digest;
  const volume = artifactVolumeName(digest);
  await docker.createVolume({ Name: volume, Labels: { [LABEL_ARTIFACT]: digest } });
  for (;;) {
    let helper: Docker.Container;
    try {
      // Archive calls work on a created container: it never starts.
      helper = await docker.createContainer({
        name: `${volume}-fill`,
        Image: engine.image,
        Entrypoint: ['/bin/true'],
        Labels: labelsOf(labels),
        NetworkDisabled: true,
        HostConfig: { NetworkMode: 'none', Mounts: [{ Type: 'volume', Source: volume, Target: '/v' }] },
      });
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 409) throw err;
      // Another edo is filling it: wait for its helper to go, then look again.
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (await exists(helper, `/v/${COMPLETE_MARKER}`)) return volume;
      for (const layer of artifact.layers) {
        await helper.putArchive((await layerAsTar(storage, layer)) as unknown as NodeJS.ReadableStream, {
          path: '/v',
        });
      }
      const marker = pack();
      marker.entry({ name: COMPLETE_MARKER }, digest);
      marker.finalize();
      await helper.putArchive(marker as unknown as Readable, { path: '/v' });
      return volume;
    } catch (err) {
      throw new EdoError(
        `docker (${engine.name}): filling volume ${volume}: ${(err as Error).message}`,
        {},
        undefined,
        err,
      );
    } finally {
      await helper.remove({ force: true }).catch(() => undefined);
    }
  }
}

async function exists(container: Docker.Container, path: string): Promise<boolean> {
  try {
    await container.infoArchive({ path });
    return true;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return false;
    throw err;
  }
}
