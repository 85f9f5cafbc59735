import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

/** Debian's `docker-registry` (distribution 2.8) on 127.0.0.1, with its own config and storage. */
export interface LocalOciRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  /** Where blobs live: `<root>/docker/registry/v2/blobs/sha256/<2 hex>/<hex>/data`. */
  root: string;
  blobPath(digest: string): string;
  /** Copies a local Docker engine image into the registry as `repo:tag` (skopeo). */
  pushFromDocker(image: string, repoTag: string): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startOciRegistry(): Promise<LocalOciRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'edo-registry-'));
  const root = join(dir, 'storage');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: {level: error, accesslog: {disabled: true}}',
      `storage: {filesystem: {rootdirectory: ${root}}, delete: {enabled: true}}`,
      `http: {addr: "${host}"}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    const up = await fetch(`http://${host}/v2/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (attempt > 200 || child.exitCode !== null) {
      child.kill();
      throw new Error(`docker-registry did not start on ${host}`);
    }
    await sleep(25);
  }
  return {
    host,
    root,
    blobPath: (digest) => {
      const hex = digest.slice('sha256:'.length);
      return join(root, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    },
    async pushFromDocker(image, repoTag) {
      await promisify(execFile)('skopeo', [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `docker-daemon:${image}`,
        `docker://${host}/${repoTag}`,
      ]);
    },
    async close() {
      child.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
