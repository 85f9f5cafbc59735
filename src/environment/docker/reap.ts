import type Docker from 'dockerode';
import { LABEL_BUILD, LABEL_WORKSPACE } from './labels.js';

export interface ReapOptions {
  /** Only what this workspace's builds left (the `edo.workspace` label). */
  workspace?: string;
  /** Only what one build left (the `edo.build` label). */
  build?: string;
}

/**
 * `edo clean --containers`: force-removes every container and volume Edo created (they all carry
 * `edo.build`), e.g. after a crashed run. Returns how many containers and volumes it removed.
 */
export async function reapContainers(
  docker: Docker,
  options: ReapOptions = {},
): Promise<{ containers: number; volumes: number }> {
  const label = [options.build ? `${LABEL_BUILD}=${options.build}` : LABEL_BUILD];
  if (options.workspace) label.push(`${LABEL_WORKSPACE}=${options.workspace}`);
  const filters = JSON.stringify({ label });
  const containers = await docker.listContainers({ all: true, filters });
  await Promise.all(
    containers.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true, v: true })
        .catch((err: { statusCode?: number }) => {
          // Already gone (another edo reaped it, or removal was in progress): nothing to do.
          if (err.statusCode !== 404 && err.statusCode !== 409) throw err;
        }),
    ),
  );
  const { Volumes } = await docker.listVolumes({ filters });
  await Promise.all(
    (Volumes ?? []).map((v) =>
      docker
        .getVolume(v.Name)
        .remove()
        .catch((err: { statusCode?: number }) => {
          if (err.statusCode !== 404) throw err;
        }),
    ),
  );
  return { containers: containers.length, volumes: (Volumes ?? []).length };
}
