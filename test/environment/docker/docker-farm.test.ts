import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getEventListeners } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type Docker from 'dockerode';
import { extract, pack } from 'tar-stream';
import { parseDockerFarm } from '../../../src/environment/docker/config.js';
import { DockerFarm } from '../../../src/environment/docker/farm.js';
import type { DockerEnvironment } from '../../../src/environment/docker/environment.js';
import { createDockerFarm, reapContainers } from '../../../src/environment/docker/index.js';
import { LABEL_BUILD } from '../../../src/environment/docker/labels.js';
import type { ComponentContext } from '../../../src/engine/components.js';
import type { NodeValue } from '../../../src/model/node.js';
import type { StorageManager } from '../../../src/storage/types.js';
import {
  containersLeft,
  DASH_IMAGE,
  describeWithDocker,
  requireTestImage,
  TEST_IMAGE,
} from '../../helpers/docker.js';
import { startSecondEngine, type SecondEngine } from './second-engine.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The docker farm reads nothing from storage; its setup only takes it to match the contract. */
const noStorage = {} as StorageManager;
const id = { name: 'test', digest: 'sha256:0' };
const build = `test-${process.pid}-${randomBytes(3).toString('hex')}`;

class MemoryLog {
  text = '';
  write(data: string | Uint8Array): void {
    this.text += typeof data === 'string' ? data : Buffer.from(data).toString();
  }
}

/** Derived setup images the tests made, removed at the end. */
const setupImages = new Set<string>();

function farmOf(attrs: Record<string, NodeValue>, name = 'box'): DockerFarm {
  const node = {
    kind: 'environment_farm',
    name,
    id: `//:${name}`,
    attrs,
    position: { file: 'BUILD.edo', line: 1, col: 1 },
  };
  const farm = new DockerFarm(parseDockerFarm(node, availableParallelism()), {
    name,
    workspace: '/ws',
    build,
  });
  const setup = farm.setup.bind(farm);
  farm.setup = async (log, storage, signal) => {
    await setup(log, storage, signal);
    if (farm.setupImage) setupImages.add(farm.setupImage);
  };
  return farm;
}

async function started(farm: DockerFarm, target = '//:t'): Promise<DockerEnvironment> {
  const log = new MemoryLog();
  await farm.setup(log, noStorage);
  const env = (await farm.create(log, target)) as DockerEnvironment;
  await env.setup(log, noStorage);
  await env.up(log);
  return env;
}

function tarOf(files: Record<string, string>): Readable {
  const archive = pack();
  for (const [name, body] of Object.entries(files)) archive.entry({ name }, body);
  archive.finalize();
  return archive as unknown as Readable;
}

/** Reads what `env.read` writes: file name → contents. */
async function readTar(env: DockerEnvironment, path: string): Promise<Record<string, string>> {
  const sink = new PassThrough();
  const files: Record<string, string> = {};
  const parser = extract();
  const parsed = new Promise<void>((resolve, reject) => {
    parser.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (header.type === 'file')
          files[header.name.replace(/^\.\//, '')] = Buffer.concat(chunks).toString();
        next();
      });
    });
    parser.on('finish', resolve);
    parser.on('error', reject);
  });
  sink.pipe(parser as unknown as NodeJS.WritableStream);
  await env.read(path, sink);
  sink.end();
  await parsed;
  return files;
}

async function buildContainers(docker: Docker, buildId = build): Promise<string[]> {
  const list = await docker.listContainers({
    all: true,
    filters: JSON.stringify({ label: [`${LABEL_BUILD}=${buildId}`] }),
  });
  return list.map((c) => c.Id);
}

await describeWithDocker('docker farm', (docker) => {
  beforeAll(() => requireTestImage(docker));
  afterAll(async () => {
    for (const tag of setupImages) await docker.getImage(tag).remove({ force: true });
    expect(await containersLeft(docker, [`${LABEL_BUILD}=${build}`])).toEqual([]);
  });

  describe('an environment', () => {
    let env: DockerEnvironment;
    afterEach(() => env?.clean(new MemoryLog()));

    // `auto` writes the container's filesystem directly here (a local engine, root); `archive`
    // goes through the engine's archive API as with a remote engine.
    it.each(['auto', 'archive'])(
      'runs a script on staged inputs and returns its outputs as a tar, logging live (staging = %s)',
      async (staging) => {
        env = await started(farmOf({ image: TEST_IMAGE, staging }));
        const log = new MemoryLog();
        await env.unpack('src', tarOf({ 'a.txt': 'alpha\n', 'sub/b.txt': 'beta\n' }));
        const cmd = env.deferCmd(log, id);
        cmd.createNamedDir('OUT', 'out');
        cmd.run('cat src/a.txt src/sub/b.txt > "$OUT/joined.txt"');
        cmd.run('mkdir "$OUT/deep" && echo "$PWD" > "$OUT/deep/where.txt"');
        cmd.run('echo building on stdout; echo warning on stderr >&2');
        expect(await env.run(log, id, '.', cmd)).toBe(true);
        expect(log.text).toContain('building on stdout');
        expect(log.text).toContain('warning on stderr');
        expect(await readTar(env, 'out')).toEqual({
          'joined.txt': 'alpha\nbeta\n',
          'deep/where.txt': '/edo\n',
        });
        expect(await env.expand('out')).toBe('/edo/out');
        await env.createDir('empty/dir');
        expect(await readTar(env, 'empty')).toEqual({});
        await env.write('notes/one.txt', Readable.from(['single file']));
        expect(await readTar(env, 'notes/one.txt')).toEqual({ 'one.txt': 'single file' });
      },
    );

    it('stages into a host directory bind-mounted as the work directory, removed with the container', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      await env.unpack('src', tarOf({ 'a.txt': 'alpha\n' }));
      const info = await docker.getContainer(await env.containerId()).inspect();
      const work = info.Mounts.find((m) => m.Destination === '/edo');
      expect(work).toMatchObject({ Type: 'bind' });
      // Written on the host before the container ran anything: no archive round trip.
      expect(readFileSync(join(work!.Source, 'src', 'a.txt'), 'utf8')).toBe('alpha\n');
      expect(await env.cmd(new MemoryLog(), id, '.', 'mkdir out && cp src/a.txt out/')).toBe(true);
      expect(await readTar(env, 'out')).toEqual({ 'a.txt': 'alpha\n' });
      // Reading left the container paused; a command after it resumes it.
      expect(await env.cmd(new MemoryLog(), id, '.', 'echo again > out/b.txt')).toBe(true);
      expect(await readTar(env, 'out')).toEqual({ 'a.txt': 'alpha\n', 'b.txt': 'again\n' });
      await env.clean(new MemoryLog());
      expect(existsSync(work!.Source)).toBe(false);
    });

    it('never follows a symlink in the container to a host path', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      const log = new MemoryLog();
      const hostDir = mkdtempSync(join(tmpdir(), 'edo-escape-'));
      try {
        // If staging followed these links on the host it would write into hostDir.
        expect(
          await env.cmd(log, id, '.', `ln -s ${hostDir} escape && mkdir -p out && ln -s ${hostDir} out/link`),
        ).toBe(true);
        // The engine resolves the link inside the container: the file lands there, not on the host.
        await env.unpack('escape', tarOf({ 'planted.txt': 'x' }));
        expect(readdirSync(hostDir)).toEqual([]);
        expect(await env.cmd(log, id, '.', 'cat escape/planted.txt')).toBe(true);
        expect(await readTar(env, 'out')).toEqual({});
      } finally {
        rmSync(hostDir, { recursive: true, force: true });
      }
    });

    it('collects outputs of a container that stopped', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      const log = new MemoryLog();
      expect(await env.cmd(log, id, '.', 'mkdir out && echo kept > out/kept.txt')).toBe(true);
      await docker.getContainer(await env.containerId()).kill();
      expect(await readTar(env, 'out')).toEqual({ 'kept.txt': 'kept\n' });
    });

    // Debian and Ubuntu images have dash as /bin/sh: the command loop and the scripts must not
    // depend on busybox's shell.
    it('runs commands, failures and teardown alike where /bin/sh is dash', async () => {
      await requireTestImage(docker, DASH_IMAGE);
      env = await started(farmOf({ image: DASH_IMAGE }));
      const log = new MemoryLog();
      expect(
        await env.cmd(log, id, '.', 'echo out; echo err >&2; mkdir -p out; echo kept > out/kept.txt'),
      ).toBe(true);
      // The two streams arrive independently: either line may come first.
      expect(log.text.split('\n').sort()).toEqual(['', 'err', 'out']);
      expect(await env.cmd(log, id, '.', 'echo before; false; echo after')).toBe(false);
      expect(env.lastExit).toEqual({ code: 1, oomKilled: false });
      expect(log.text).not.toContain('after');
      await env.down(log);
      expect(await readTar(env, 'out')).toEqual({ 'kept.txt': 'kept\n' });
    });

    it('has no network with network = "none"', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      const log = new MemoryLog();
      expect(await env.cmd(log, id, '.', 'ls /sys/class/net')).toBe(true);
      expect(log.text.trim()).toBe('lo');
      expect(await env.cmd(log, id, '.', 'wget -q -T 2 -O /dev/null http://1.1.1.1/')).toBe(false);
    });

    it('names the image as the farm does when the engine refuses the container', async () => {
      const farm = farmOf({ image: TEST_IMAGE, cpus: 4096 });
      await expect(started(farm)).rejects.toThrow(
        `docker: creating a container from ${TEST_IMAGE} on engine default: Range of CPUs is from`,
      );
    });

    it("says which network is missing, in docker's words", async () => {
      env = await started(farmOf({ image: TEST_IMAGE, network: 'edo-no-such-network' }));
      await expect(env.cmd(new MemoryLog(), id, '.', 'true')).rejects.toThrow(
        /^docker: starting the container: network edo-no-such-network not found$/,
      );
    });

    it('mounts host paths read-only and passes env vars', async () => {
      const hostDir = mkdtempSync(join(tmpdir(), 'edo-mount-'));
      try {
        writeFileSync(join(hostDir, 'data.txt'), 'from the host\n');
        env = await started(
          farmOf({ image: TEST_IMAGE, mounts: { '/data': hostDir }, env: { GREETING: 'hi there' } }),
        );
        await env.setEnv('EXTRA', 'x y');
        expect(env.getEnv('GREETING')).toBe('hi there');
        const log = new MemoryLog();
        expect(await env.cmd(log, id, '.', 'cat /data/data.txt; echo "$GREETING/$EXTRA"')).toBe(true);
        expect(log.text).toBe('from the host\nhi there/x y\n');
        expect(await env.cmd(log, id, '.', 'touch /data/new')).toBe(false);
      } finally {
        rmSync(hostDir, { recursive: true, force: true });
      }
    });

    it('reports a failing command with its exit code and stops at the first failing step', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      const log = new MemoryLog();
      const cmd = env.deferCmd(log, id);
      cmd.run('echo before');
      cmd.run('exit 3');
      cmd.run('echo after');
      expect(await env.run(log, id, '.', cmd)).toBe(false);
      expect(env.lastExit).toEqual({ code: 3, oomKilled: false });
      expect(log.text).toContain('before');
      expect(log.text).not.toContain('after');
    });

    // stdout and stderr reach Edo independently: each line must still arrive whole, and all of a
    // command's output before the command counts as done, whichever stream is last.
    it.each(['auto', 'archive'])(
      'logs every line of both output streams whole, before the command ends (staging = %s)',
      async (staging) => {
        env = await started(farmOf({ image: TEST_IMAGE, staging }));
        const log = new MemoryLog();
        const script = 'for i in $(seq 300); do echo "out $i"; echo "err $i" >&2; done';
        for (let run = 0; run < 3; run++) {
          log.text = '';
          expect(await env.cmd(log, id, '.', script)).toBe(true);
          const lines = log.text.split('\n');
          expect(lines.pop()).toBe('');
          expect(lines.filter((line) => !/^(out|err) \d+$/.test(line))).toEqual([]);
          expect(lines).toHaveLength(600);
        }
      },
    );

    it('reports an out-of-memory kill', async () => {
      env = await started(farmOf({ image: TEST_IMAGE, memory: '16m', pids: 64, cpus: 1 }));
      const log = new MemoryLog();
      const info = await env.containerId().then((cid) => docker.getContainer(cid).inspect());
      expect(info.HostConfig.Memory).toBe(16 * 2 ** 20);
      expect(info.HostConfig.PidsLimit).toBe(64);
      expect(info.HostConfig.NanoCpus).toBe(1e9);
      expect(await env.cmd(log, id, '.', 'x=$(head -c 64m /dev/zero | tr "\\0" a); echo ${#x}')).toBe(false);
      expect(log.text).toContain('killed: out of memory');
      expect(env.lastExit?.oomKilled).toBe(true);
    });

    it('runs commands as a numeric user that owns its working directories', async () => {
      env = await started(farmOf({ image: TEST_IMAGE, user: '1234:1234' }));
      const log = new MemoryLog();
      await env.unpack('in', tarOf({ 'a.txt': 'input' }));
      await env.createDir('out');
      expect(
        await env.cmd(log, id, 'work', 'id -u > ../out/uid; cat ../in/a.txt > here.txt; ls -ln here.txt'),
      ).toBe(true);
      expect(log.text).toContain(' 1234 ');
      expect(await readTar(env, 'out')).toEqual({ uid: '1234\n' });
    });

    it('opens a shell in the working directory and reports its exit status', async () => {
      env = await started(farmOf({ image: TEST_IMAGE }));
      const stdout = new PassThrough();
      let seen = '';
      stdout.on('data', (c: Buffer) => (seen += c.toString()));
      // An open stdin, as a terminal's is: the shell ends by its own `exit`.
      const stdin = new PassThrough();
      stdin.write('echo "in $PWD"\nexit 5\n');
      expect(await env.shell('work', { stdin, stdout })).toBe(5);
      expect(seen).toContain('in /edo/work');
    });
  });

  it('force-removes the container when cancelled mid-command (AbortSignal)', async () => {
    const farm = farmOf({ image: TEST_IMAGE });
    const log = new MemoryLog();
    await farm.setup(log, noStorage);
    const controller = new AbortController();
    const env = (await farm.create(log, '//:cancel', controller.signal)) as DockerEnvironment;
    await env.up(log);
    const running = env.cmd(log, id, '.', 'echo started; sleep 60');
    while (!log.text.includes('started')) await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    controller.abort();
    await expect(running).rejects.toThrow('cancelled');
    await env.clean(log);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await containersLeft(docker, [`${LABEL_BUILD}=${build}`])).toEqual([]);
  });

  it("lets go of the build's signal when an environment is cleaned (no listener per environment)", async () => {
    const farm = farmOf({ image: TEST_IMAGE });
    const log = new MemoryLog();
    await farm.setup(log, noStorage);
    const controller = new AbortController();
    for (const name of ['a', 'b', 'c']) {
      const env = await farm.create(log, `//:${name}`, controller.signal);
      await env.up(log);
      await env.cmd(log, id, '.', 'true');
      await env.clean(log);
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  // `auto`: the container is frozen and removed while the work root is read; `archive`: it is
  // stopped and kept, its files read through the engine. Either way, removed by clean().
  it.each(['auto', 'archive'])(
    'stops a running command when the environment is taken down, its files readable until clean (staging = %s)',
    async (staging) => {
      const farm = farmOf({ image: TEST_IMAGE, staging });
      const log = new MemoryLog();
      await farm.setup(log, noStorage);
      const env = (await farm.create(log, '//:down')) as DockerEnvironment;
      await env.up(log);
      const running = env.cmd(log, id, '.', 'mkdir out; echo kept > out/kept.txt; echo started; sleep 60');
      while (!log.text.includes('started')) await new Promise((r) => setTimeout(r, 20));
      const t0 = Date.now();
      await env.down(log);
      expect(await running.catch(() => false)).toBe(false);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(await readTar(env, 'out')).toEqual({ 'kept.txt': 'kept\n' });
      await expect(env.cmd(log, id, '.', 'true')).rejects.toThrow('the environment is down');
      await env.clean(log);
      expect(await containersLeft(docker, [`${LABEL_BUILD}=${build}`])).toEqual([]);
    },
  );

  it('leaves no container when the process gets SIGINT mid-command', async () => {
    const childBuild = `${build}-child`;
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(here, '../../helpers/ts-loader.mjs'),
        join(here, 'cancel-child.ts'),
        TEST_IMAGE,
        childBuild,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('running')) resolve();
      });
      child.once('exit', () => reject(new Error(`child exited early: ${out}`)));
    });
    expect(await buildContainers(docker, childBuild)).toHaveLength(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(out).toContain('stopped: cancelled');
    expect(code).toBe(130);
    expect(await containersLeft(docker, [`${LABEL_BUILD}=${childBuild}`])).toEqual([]);
  });

  describe('identity', () => {
    const tag = `edo-test/identity:${process.pid}`;
    afterAll(async () => {
      await docker
        .getImage(tag)
        .remove({ force: true })
        .catch(() => undefined);
    });

    it('follows the image content, setup and env', async () => {
      const identityOf = async (attrs: Record<string, NodeValue>): Promise<Record<string, unknown>> => {
        const farm = farmOf(attrs);
        await farm.setup(new MemoryLog(), noStorage);
        return farm.identity();
      };
      const base = await identityOf({ image: TEST_IMAGE });
      const testImage = await docker.getImage(TEST_IMAGE).inspect();
      expect(base).toMatchObject({ kind: 'docker', imageDigest: testImage.Id });

      execFileSync('docker', ['tag', TEST_IMAGE, tag]);
      // Another name for the same content: the same identity.
      expect(await identityOf({ image: tag })).toEqual(base);

      // Same name, new content: the identity (and so every cache key) changes.
      const c = await docker.createContainer({
        Image: TEST_IMAGE,
        Cmd: ['touch', '/changed'],
        Labels: { [LABEL_BUILD]: build },
        HostConfig: { NetworkMode: 'none' },
      });
      await c.start();
      await c.wait();
      await c.commit({ repo: tag.split(':')[0], tag: tag.split(':')[1] });
      await c.remove({ force: true });
      const changed = await identityOf({ image: tag });
      expect(changed.imageDigest).not.toBe(base.imageDigest);

      expect(await identityOf({ image: TEST_IMAGE, env: { A: '1' } })).not.toEqual(base);
      expect(
        await identityOf({ image: TEST_IMAGE, setup: [`true ${build}`], setup_network: 'none' }),
      ).not.toEqual(base);
    });
  });

  describe('setup', () => {
    // Unique per run, so parallel test runs never share (and remove) each other's image.
    const setup = ['echo "made by setup" > /etc/edo-setup', `echo "setup ran for ${build}"`];

    it('builds a derived image once and reuses it', async () => {
      const attrs = { image: TEST_IMAGE, setup, setup_network: 'none' };
      const farm = farmOf(attrs);
      const first = new MemoryLog();
      await farm.setup(first, noStorage);
      expect(first.text).toContain('setup ran');
      const env = (await farm.create(first, '//:setup')) as DockerEnvironment;
      try {
        await env.up(first);
        const log = new MemoryLog();
        expect(await env.cmd(log, id, '.', 'cat /etc/edo-setup')).toBe(true);
        expect(log.text).toBe('made by setup\n');
      } finally {
        await env.clean(first);
      }
      const again = new MemoryLog();
      await farmOf(attrs).setup(again, noStorage);
      expect(again.text).not.toContain('setup ran');
    });

    it('stops a setup at once when cancelled, leaving no container and no image', async () => {
      const farm = farmOf({
        image: TEST_IMAGE,
        setup: ['echo setup started', 'sleep 60'],
        setup_network: 'none',
        env: { EDO_SETUP_TEST: `${build}-cancel` },
      });
      const log = new MemoryLog();
      const controller = new AbortController();
      const setup = farm.setup(log, noStorage, controller.signal);
      while (!log.text.includes('setup started')) await new Promise((r) => setTimeout(r, 20));
      const t0 = Date.now();
      controller.abort();
      await expect(setup).rejects.toThrow('setup cancelled');
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(await containersLeft(docker, [`${LABEL_BUILD}=${build}`])).toEqual([]);
    });

    it('fails with the exit code of a failing setup', async () => {
      const farm = farmOf({
        image: TEST_IMAGE,
        setup: ['exit 7'],
        setup_network: 'none',
        env: { EDO_SETUP_TEST: build },
      });
      await expect(farm.setup(new MemoryLog(), noStorage)).rejects.toThrow('setup exited with code 7');
    });
  });

  describe('two engines', () => {
    let second: SecondEngine | undefined;
    beforeAll(async () => {
      second = await startSecondEngine();
      if (!second && process.env.EDO_REQUIRE_DOCKER === '1')
        throw new Error('could not start a second dockerd');
    }, 60000);
    afterAll(() => second?.stop(), 60000);

    it('spreads a fan-out over both hosts by free slots', async () => {
      if (!second) return;
      const farm = farmOf({
        image: TEST_IMAGE,
        hosts: [{ host: 'unix:///var/run/docker.sock', slots: 2 }, second.endpoint],
        slots: 2,
      });
      const log = new MemoryLog();
      await farm.setup(log, noStorage);
      const envs = (await Promise.all(
        [1, 2, 3, 4].map((n) => farm.create(log, `//:fan${n}`)),
      )) as DockerEnvironment[];
      try {
        expect(farm.engines().map((e) => e.used)).toEqual([2, 2]);
        const outputs = await Promise.all(
          envs.map(async (env, n) => {
            await env.up(log);
            await env.cmd(log, id, '.', `mkdir out && echo ${n} > out/n.txt`);
            return readTar(env, 'out');
          }),
        );
        expect(outputs.map((o) => o['n.txt'])).toEqual(['0\n', '1\n', '2\n', '3\n']);
        expect(await buildContainers(docker)).toHaveLength(2);
        expect(await buildContainers(second.docker)).toHaveLength(2);
      } finally {
        await Promise.all(envs.map((env) => env.clean(log)));
      }
      expect(farm.engines().map((e) => e.used)).toEqual([0, 0]);
      expect(await containersLeft(second.docker, [`${LABEL_BUILD}=${build}`])).toEqual([]);
    });
  });

  it('reaps leftovers of a crashed run by label', async () => {
    const crashed = `${build}-crashed`;
    const leftover = await docker.createContainer({
      Image: TEST_IMAGE,
      Cmd: ['sleep', '60'],
      Labels: { [LABEL_BUILD]: crashed, 'edo.workspace': '/crashed-ws', 'edo.target': '//:x' },
      HostConfig: { NetworkMode: 'none' },
    });
    await leftover.start();
    expect(await reapContainers(docker, { workspace: '/elsewhere' })).toEqual({ containers: 0, volumes: 0 });
    expect(await reapContainers(docker, { workspace: '/crashed-ws' })).toEqual({ containers: 1, volumes: 0 });
    expect(await containersLeft(docker, [`${LABEL_BUILD}=${crashed}`])).toEqual([]);
  });

  it('is made by the registered factory from environment_farm attributes', async () => {
    const args: Record<string, string> = { workspace: '/factory-ws', build };
    const ctx = { getArg: (name: string) => args[name] } as ComponentContext;
    const node = {
      kind: 'environment_farm',
      name: 'ubuntu-build',
      id: '//:ubuntu-build',
      // Seed section 11.2's example, with a local image.
      attrs: {
        plugin: 'docker-env',
        image: TEST_IMAGE,
        packages: ['build-essential', 'cmake', 'python3'],
        env: { DEBIAN_FRONTEND: 'noninteractive' },
      },
      position: { file: 'BUILD.edo', line: 1, col: 1 },
    };
    const farm = (await createDockerFarm('ubuntu-build', node, ctx)) as DockerFarm;
    expect(farm.config).toMatchObject({ network: 'none', packages: ['build-essential', 'cmake', 'python3'] });
    const bad = { ...node, attrs: { image: TEST_IMAGE, memroy: '1g' } };
    await expect(createDockerFarm('x', bad, ctx)).rejects.toThrow(
      'environment_farm "ubuntu-build": unknown attribute "memroy"',
    );
  });
});
