import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { TEST_IMAGE } from '../../helpers/docker.js';

export interface SecondEngine {
  endpoint: string;
  docker: Docker;
  stop(): Promise<void>;
}

/**
 * Starts a second, private dockerd (no bridge, no iptables) on a socket of its own, with the test
 * image loaded into it: the second host of the two-host tests. Undefined when dockerd cannot run here.
 */
export async function startSecondEngine(): Promise<SecondEngine | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'edo-dockerd-'));
  const socket = join(dir, 'docker.sock');
  const endpoint = `unix://${socket}`;
  const logFd = openSync(join(dir, 'dockerd.log'), 'w');
  const daemon = spawn(
    'dockerd',
    [
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'dockerd.pid'),
      '-H',
      endpoint,
      '--bridge=none',
      '--iptables=false',
    ],
    { stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()));
  daemon.once('error', () => undefined);
  const stop = async (): Promise<void> => {
    if (daemon.exitCode === null && daemon.pid !== undefined) {
      daemon.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const docker = new Docker({ socketPath: socket });
  for (let attempt = 0; ; attempt += 1) {
    if (daemon.exitCode !== null || attempt === 100) {
      await stop();
      return undefined;
    }
    try {
      await docker.ping();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  execFileSync('sh', ['-c', `docker save ${TEST_IMAGE} | docker -H ${endpoint} load`], { stdio: 'ignore' });
  return { endpoint, docker, stop };
}
