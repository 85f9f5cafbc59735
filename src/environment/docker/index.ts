import { availableParallelism } from 'node:os';
import type { ComponentContext, Factory } from '../../engine/components.js';
import type { DeclarationNode } from '../../model/node.js';
import type { Farm } from '../types.js';
import { parseDockerFarm } from './config.js';
import { DockerFarm } from './farm.js';
import { PROCESS_BUILD_ID } from './labels.js';

export { connectEngine } from './endpoint.js';
export { DockerEnvironment, WORK_ROOT_PREFIX, type CommandExit, type ShellStreams } from './environment.js';
export { DockerFarm, SETUP_IMAGE_REPO, type DockerFarmOptions } from './farm.js';
export {
  parseDockerFarm,
  parseBytes,
  type DockerFarmConfig,
  type HostSpec,
  type MountSource,
} from './config.js';
export { artifactVolumeName } from './artifact-volume.js';
export { LABEL_BUILD, LABEL_TARGET, LABEL_WORKSPACE, PROCESS_BUILD_ID } from './labels.js';
export { reapContainers, type ReapOptions } from './reap.js';

/**
 * `environment_farm(kind = "docker", ...)`. The engine may pass `workspace` (the workspace root)
 * and `build` (this build's id) as component args; they label every container the farm creates.
 */
export const createDockerFarm: Factory<Farm> = async (
  addr: string,
  node: DeclarationNode,
  ctx: ComponentContext,
): Promise<Farm> =>
  new DockerFarm(parseDockerFarm(node, availableParallelism()), {
    name: addr,
    workspace: ctx.getArg('workspace') ?? process.cwd(),
    build: ctx.getArg('build') ?? PROCESS_BUILD_ID,
    context: ctx,
  });
