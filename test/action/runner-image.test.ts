import { execFile } from 'node:child_process';
import { chmod, cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connectDocker, requireTestImage } from '../helpers/docker.js';
import { failsForMissing } from '../helpers/missing.js';
import { describeWithNode24 } from '../helpers/node24.js';
import { pluginWorkspace } from './plugin-workspace.js';
import { REPO } from './runner.js';

/**
 * Acceptance for the Dockerfile: it builds here (no registry: the base is made from the host by
 * local-base-image.sh, legacy builder, no network) and the image builds the examples, including a
 * Docker farm through the mounted socket.
 */
const run = promisify(execFile);
const { docker, reason: noDocker } = await connectDocker();
const suffix = `${process.pid}-${Date.now()}`;
const BASE = `edo-test/runner-base:${suffix}`;
const IMAGE = `edo-test/runner:${suffix}`;
const SOCKET = '/var/run/docker.sock';

interface JsonTarget {
  label?: string;
  cached?: boolean;
  status: string;
}

function parseJsonLines(text: string): JsonTarget[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JsonTarget);
}

async function chmodTree(dir: string): Promise<void> {
  await chmod(dir, 0o777);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(path);
    else if (entry.isFile()) await chmod(path, 0o666);
  }
}

describeWithNode24('runner image (Dockerfile)', (node) => {
  if (!docker) {
    failsForMissing('a Docker engine', noDocker);
    return;
  }
  let work: string;
  let buildMs = 0;

  /**
   * Tags for the Dockerfile's named stages. The legacy builder leaves the last image of each stage
   * but the final one untagged, and removing the final image does not remove them (`--label` would
   * not help: it marks the final stage only). Building each stage first with `--target` and a tag of
   * its own names every image the build makes, so afterAll removes them all (untagged parents go
   * with a tag); the full build then takes them from the cache.
   */
  async function stageTags(): Promise<Map<string, string>> {
    const dockerfile = await readFile(join(REPO, 'Dockerfile'), 'utf8');
    const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)\s*$/gim)].map((m) => m[1]);
    return new Map(stages.map((stage) => [stage, `edo-test/runner-${stage}:${suffix}`]));
  }
  let stages = new Map<string, string>();

  function dockerBuild(target: string[]) {
    return run(
      'docker',
      [
        'build',
        '--quiet',
        // A failing step must not leave its intermediate container behind.
        '--force-rm',
        '--network',
        'none',
        '--build-arg',
        `BASE_IMAGE=${BASE}`,
        '--build-arg',
        `DOCKER_CLI_IMAGE=${BASE}`,
        ...target,
        '.',
      ],
      { cwd: REPO },
    );
  }

  beforeAll(async () => {
    await stat(join(REPO, 'dist', 'cli.js')).catch(() => {
      throw new Error('dist/cli.js is missing: run npm run bundle');
    });
    work = await mkdtemp(join(tmpdir(), 'edo-image-'));
    await run('bash', [join(REPO, 'test', 'action', 'local-base-image.sh'), node, BASE]);
    stages = await stageTags();
    const started = Date.now();
    for (const [stage, tag] of stages) await dockerBuild(['--target', stage, '--tag', tag]);
    await dockerBuild(['--tag', IMAGE]);
    buildMs = Date.now() - started;
  }, 180_000);

  afterAll(async () => {
    // In this order: an image cannot be removed while images built on it remain.
    await run('docker', ['image', 'rm', '--force', IMAGE, ...stages.values(), BASE]).catch(() => undefined);
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A copy of an example the image's default user (uid 10001) may write to. */
  async function workspaceFrom(example: string): Promise<string> {
    const dir = join(work, example);
    await cp(join(REPO, 'examples', example), dir, {
      recursive: true,
      filter: (src) => !src.includes('/.edo'),
    });
    await chmodTree(dir);
    return dir;
  }

  function edoInImage(dir: string, args: string[], extra: string[] = []) {
    return run('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '-v',
      `${dir}:/work`,
      ...extra,
      IMAGE,
      ...args,
    ]);
  }

  it('runs edo on Node 24 as an unprivileged user, with git and the docker CLI', async () => {
    console.log(`runner image: docker build ${buildMs} ms`);
    const { stdout } = await run('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'sh',
      IMAGE,
      '-c',
      'id -u; node --version; git --version; docker --version; edo --version',
    ]);
    const [uid, nodeVersion, git, dockerCli, edo] = stdout.trim().split('\n');
    expect(uid).toBe('10001');
    expect(nodeVersion).toMatch(/^v24\./);
    expect(git).toMatch(/^git version/);
    expect(dockerCli).toMatch(/^Docker version/);
    expect(edo).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it('runs as any --user, as documented for workspaces owned by the caller', async () => {
    const { stdout } = await run('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--user',
      '4321:4321',
      '--entrypoint',
      'sh',
      IMAGE,
      '-c',
      'touch "$HOME/probe" && edo --version',
    ]);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it('builds examples/hello in a mounted workspace, then finds everything cached', async () => {
    const dir = await workspaceFrom('hello');
    const first = parseJsonLines((await edoInImage(dir, ['build', '--json', '//...'])).stdout);
    const targets = first.filter((t) => t.label !== undefined);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.status === 'success' && t.cached === false)).toBe(true);
    const second = parseJsonLines((await edoInImage(dir, ['build', '--json', '//...'])).stdout);
    expect(second.filter((t) => t.label !== undefined).every((t) => t.cached === true)).toBe(true);
  }, 120_000);

  it('compiles a plugin the image has never seen and builds with its rule', async () => {
    const dir = await pluginWorkspace(join(work, 'plugin'), 'in the image');
    await chmodTree(dir);
    const { stdout } = await edoInImage(dir, ['build', '--locked', '--json', '//...']);
    const targets = parseJsonLines(stdout).filter((t) => t.label !== undefined);
    expect(targets).toEqual([
      expect.objectContaining({ label: '//:shout', status: 'success', cached: false }),
    ]);
    const { stdout: log } = await edoInImage(dir, ['log', '//:shout']);
    expect(log).toContain('upper: IN THE IMAGE');
    expect(await readdir(join(dir, '.edo', 'plugin-cache'))).toContainEqual(expect.stringMatching(/-jco-/));
  }, 120_000);

  it('builds examples/docker-hello with its Docker farm through the mounted socket', async () => {
    await requireTestImage(docker);
    const dir = await workspaceFrom('docker-hello');
    const socketGroup = String((await stat(SOCKET)).gid);
    const withSocket = ['-v', `${SOCKET}:${SOCKET}`, '--group-add', socketGroup];
    const { stdout } = await edoInImage(dir, ['build', '--json', '//...'], withSocket);
    const targets = parseJsonLines(stdout).filter((t) => t.label !== undefined);
    expect(targets.map((t) => t.status)).toEqual(targets.map(() => 'success'));
    const checkout = await edoInImage(dir, ['checkout', '//:hello', 'out'], withSocket);
    expect(checkout.stderr).not.toMatch(/error/);
    const { stdout: greeting } = await run('cat', [join(dir, 'out', 'share', 'greeting.txt')]);
    expect(greeting).toContain('a container');
  }, 120_000);
});
