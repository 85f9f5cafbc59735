import { availableParallelism } from 'node:os';
import { PassThrough } from 'node:stream';
import { parseDockerFarm } from '../../../src/environment/docker/config.js';
import type { DockerEnvironment } from '../../../src/environment/docker/environment.js';
import { DockerFarm } from '../../../src/environment/docker/farm.js';
import { LABEL_BUILD } from '../../../src/environment/docker/labels.js';
import type { StorageManager } from '../../../src/storage/types.js';
import { containersLeft, TEST_IMAGE } from '../../helpers/docker.js';
import { failsForMissing } from '../../helpers/missing.js';
import { startPodman, type SecondEngine } from './second-engine.js';

/** The docker farm reads nothing from storage; its setup only takes it to match the contract. */
const noStorage = {} as StorageManager;
const id = { name: 'test', digest: 'sha256:0' };
const build = `podman-test-${process.pid}`;

// Without podman the one test below fails; EDO_REQUIRE_PODMAN=1 (CI) fails the whole file at once.
const podman = await startPodman();
if (!podman && process.env.EDO_REQUIRE_PODMAN === '1')
  throw new Error('EDO_REQUIRE_PODMAN=1 but podman is not installed');

describe('docker farm against podman', () => {
  if (!podman) return failsForMissing('podman', 'podman is not installed');
  const engine: SecondEngine = podman;
  afterAll(() => engine.stop(), 60000);

  const farmOn = async (attrs: Record<string, string>): Promise<DockerFarm> => {
    const node = {
      kind: 'environment_farm',
      name: 'pod',
      id: '//:pod',
      attrs: { image: TEST_IMAGE, hosts: [engine.endpoint], ...attrs },
      position: { file: 'BUILD.edo', line: 1, col: 1 },
    };
    const farm = new DockerFarm(parseDockerFarm(node, availableParallelism()), {
      name: 'pod',
      workspace: '/ws',
      build,
    });
    await farm.setup({ write: () => undefined }, noStorage);
    return farm;
  };

  const leftovers = async (): Promise<number> =>
    (await containersLeft(engine.docker, [`${LABEL_BUILD}=${build}`])).length;

  it('runs a script, reports failures and OOM kills, and leaves no container', async () => {
    let text = '';
    const log = { write: (data: string | Uint8Array) => void (text += String(data)) };
    const farm = await farmOn({ memory: '32m' });
    const env = (await farm.create(log, '//:t')) as DockerEnvironment;
    try {
      await env.up(log);
      const cmd = env.deferCmd(log, id);
      cmd.createNamedDir('OUT', 'out');
      cmd.run('echo "built by $(cat /proc/1/comm)" > "$OUT/result.txt"');
      expect(await env.run(log, id, '.', cmd)).toBe(true);
      const tar = new PassThrough();
      let bytes = 0;
      tar.on('data', (chunk: Buffer) => (bytes += chunk.length));
      await env.read('out', tar);
      expect(bytes).toBeGreaterThan(512);

      expect(await env.cmd(log, id, '.', 'exit 4')).toBe(false);
      expect(env.lastExit).toEqual({ code: 4, oomKilled: false });
      expect(await env.cmd(log, id, '.', 'x=$(head -c 64m /dev/zero | tr "\\0" a); echo ${#x}')).toBe(false);
      expect(text).toContain('killed: out of memory');
    } finally {
      await env.clean(log);
    }
    expect(await leftovers()).toBe(0);
  });

  it('force-removes a container cancelled mid-command', async () => {
    let text = '';
    const log = { write: (data: string | Uint8Array) => void (text += String(data)) };
    const farm = await farmOn({});
    const controller = new AbortController();
    const env = (await farm.create(log, '//:cancel', controller.signal)) as DockerEnvironment;
    await env.up(log);
    const running = env.cmd(log, id, '.', 'echo started; sleep 60');
    while (!text.includes('started')) await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(running).rejects.toThrow('cancelled');
    await env.clean(log);
    expect(await leftovers()).toBe(0);
  });
});
