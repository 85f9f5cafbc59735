// Run by the cancellation test in a child process: starts a long command in a docker environment,
// prints "running" once the command's output arrives, and on SIGINT aborts the environment the
// way the engine does.
import { availableParallelism } from 'node:os';
import { parseDockerFarm } from '../../../src/environment/docker/config.js';
import { DockerFarm } from '../../../src/environment/docker/farm.js';
import type { DockerEnvironment } from '../../../src/environment/docker/environment.js';
import type { StorageManager } from '../../../src/storage/types.js';

const [image, build] = process.argv.slice(2);
const log = {
  write: (data: string | Uint8Array) => {
    if (String(data).includes('started')) console.log('running');
  },
};
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());

const node = {
  kind: 'environment_farm',
  name: 'box',
  id: '//:box',
  attrs: { image },
  position: { file: 'BUILD.edo', line: 1, col: 1 },
};
const farm = new DockerFarm(parseDockerFarm(node, availableParallelism()), {
  name: 'box',
  workspace: '/ws',
  build,
});
// The docker farm reads nothing from storage.
await farm.setup(log, {} as StorageManager);
const env = (await farm.create(log, '//:slow', controller.signal)) as DockerEnvironment;
await env.up(log);
const running = env.cmd(log, { name: 'slow', digest: 'sha256:0' }, '.', 'echo started; sleep 60');
try {
  await running;
  process.exitCode = 0;
} catch (err) {
  console.log(`stopped: ${(err as Error).message}`);
  await env.clean(log);
  process.exitCode = 130;
}
