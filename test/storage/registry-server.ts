import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  /** The registry's filesystem storage (to damage blobs behind its back in tests). */
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Debian's docker-registry (distribution 2.8) on 127.0.0.1 with a config of our own
 * (filesystem storage in a temp dir, deletes enabled), optionally behind htpasswd basic auth.
 */
export async function startRegistry(auth?: { username: string; password: string }): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'edo-registry-'));
  await mkdir(join(dir, 'data'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let authConfig = '';
  if (auth) {
    // bcrypt (cost 4, to keep the tests fast: the registry checks it on every request), as htpasswd -B
    // writes it; Python's crypt uses the system's libcrypt.
    const hash = execFileSync('python3', [
      '-c',
      'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))',
      auth.password,
    ])
      .toString()
      .trim();
    await writeFile(join(dir, 'htpasswd'), `${auth.username}:${hash}\n`);
    authConfig = `auth:\n  htpasswd:\n    realm: edo-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: ${host}
${authConfig}`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100 || child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { host, dataDir: join(dir, 'data'), stop };
}
