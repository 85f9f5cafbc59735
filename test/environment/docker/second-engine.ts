import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const engine = await waitForEngine(daemon, dir, endpoint, socket);
  if (!engine) return undefined;
  execFileSync('sh', ['-c', `docker save ${TEST_IMAGE} | docker -H ${endpoint} load`], { stdio: 'ignore' });
  return engine;
}

/** Waits until the engine `child` serves `socket`; stopping it (by its PID) removes `dir`. */
async function waitForEngine(
  child: ChildProcess,
  dir: string,
  endpoint: string,
  socket: string,
): Promise<SecondEngine | undefined> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', () => undefined);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      child.kill('SIGTERM');
      await exited;
    }
    // podman's conmon outlives the service by up to 5 minutes after an exec (`--exit-delay 300`),
    // and every process the engine left names its private directory on its command line. A
    // container it did not clean up keeps its `shm` mounted, which makes the removal fail.
    spawnSync('pkill', ['-KILL', '-f', dir], { stdio: 'ignore' });
    for (const line of readFileSync('/proc/self/mounts', 'utf8').split('\n')) {
      const mountPoint = line.split(' ')[1];
      if (mountPoint?.startsWith(`${dir}/`)) spawnSync('umount', ['-l', mountPoint], { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const docker = new Docker({ socketPath: socket });
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null || attempt === 100) {
      await stop();
      return undefined;
    }
    try {
      await docker.ping();
      return { endpoint, docker, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts podman's Docker-compatible API service on a private socket, storage and run root, with
 * the test image loaded. Podman 4 as root fails every container start in sandboxes without
 * CAP_SYS_RESOURCE unless its default ulimits are lowered, hence the containers.conf.
 * Undefined when podman is not installed.
 */
export async function startPodman(): Promise<SecondEngine | undefined> {
  try {
    execFileSync('podman', ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'edo-podman-'));
  const conf = join(dir, 'containers.conf');
  writeFileSync(conf, '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]\n');
  const env = { ...process.env, CONTAINERS_CONF: conf };
  // vfs: no overlay mounts left behind to unmount before the directory can go.
  const podman = [
    '--root',
    join(dir, 'root'),
    '--runroot',
    join(dir, 'run'),
    '--tmpdir',
    join(dir, 'tmp'),
    '--storage-driver',
    'vfs',
  ];
  const socket = join(dir, 'podman.sock');
  const endpoint = `unix://${socket}`;
  execFileSync('sh', ['-c', `docker save ${TEST_IMAGE} | podman ${podman.join(' ')} load`], {
    env,
    stdio: 'ignore',
  });
  const logFd = openSync(join(dir, 'service.log'), 'w');
  const service = spawn('podman', [...podman, 'system', 'service', '--time=0', endpoint], {
    env,
    // conmon writes an `oom` marker into its working directory when a command is OOM-killed.
    cwd: dir,
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  return waitForEngine(service, dir, endpoint, socket);
}
