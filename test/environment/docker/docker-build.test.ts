import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Docker from 'dockerode';
import { artifactVolumeName, LABEL_ARTIFACT } from '../../../src/environment/docker/artifact-volume.js';
import { LABEL_WORKSPACE } from '../../../src/environment/docker/labels.js';
import { copyExample } from '../../engine/helpers.js';
import { runCli } from '../../helpers/cli.js';
import { containersLeft, describeWithDocker, requireTestImage } from '../../helpers/docker.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');

async function workspaceContainers(docker: Docker, workspace: string): Promise<string[]> {
  const filters = JSON.stringify({ label: [`${LABEL_WORKSPACE}=${workspace}`] });
  return (await docker.listContainers({ all: true, filters })).map((c) => c.Id);
}

async function artifactVolumes(docker: Docker): Promise<string[]> {
  const { Volumes } = await docker.listVolumes({ filters: JSON.stringify({ label: [LABEL_ARTIFACT] }) });
  return (Volumes ?? []).map((v) => v.Name);
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

await describeWithDocker('edo build with a docker farm', (docker) => {
  let workspace: string;
  beforeAll(() => requireTestImage(docker));
  beforeEach(() => {
    // Not what building the example in place left (.edo/): that would make this build cached.
    workspace = copyExample('docker-hello');
  });
  afterEach(async () => {
    expect(await containersLeft(docker, [`${LABEL_WORKSPACE}=${workspace}`])).toEqual([]);
    rmSync(workspace, { recursive: true, force: true });
  });

  it('builds examples/docker-hello in a container, then finds everything cached', async () => {
    const first = await runCli(['build', '--json', '//...'], workspace);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(jsonLines(first.stdout).find((l) => l.label === '//:hello')).toMatchObject({
      cached: false,
      status: 'success',
    });

    const again = await runCli(['build', '--json', '//...'], workspace);
    expect(again.code).toBe(0);
    const summary = jsonLines(again.stdout).at(-1);
    expect(summary).toMatchObject({ built: 0, cached: 2 });

    const out = join(workspace, 'checkout');
    expect((await runCli(['checkout', '//:hello', out], workspace)).code).toBe(0);
    expect(readFileSync(join(out, 'share', 'greeting.txt'), 'utf8')).toBe('hello from\na container\n');
  });

  it("reports an image it cannot get at the farm's declaration, in the engine's words", async () => {
    writeFileSync(
      join(workspace, 'BUILD.edo'),
      [
        'environment_farm(name = "gone", kind = "docker", image = "edo-test/no-such-image:1", network = "none")',
        'script(name = "x", environment = "gone", commands = ["true"])',
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '//:x'], workspace);
    expect(result.code).toBe(1);
    // No registry answers here, so the pull fails; dockerode's "(HTTP code 500) server error - " is gone.
    expect(result.stderr).toMatch(
      /BUILD\.edo:1:17: error: docker \(default\): image edo-test\/no-such-image:1 is not on the engine and pulling it failed: [^(].*\S\n$/,
    );
  });

  it("mounts a target's artifact read-only", async () => {
    writeFileSync(
      join(workspace, 'BUILD.edo'),
      [
        // A token of this run keeps the artifact (and its volume) apart from other runs'.
        `script(name = "tools", environment = "box", commands = ["echo tool v1 > $OUT/tool.txt", "true ${workspace}"])`,
        'environment_farm(name = "with-tools", kind = "docker", image = "edo-test/busybox:1", mounts = {"/tools": "//:tools"})',
        'script(name = "use", environment = "with-tools", commands = ["grep -qx \'tool v1\' /tools/tool.txt", "! touch /tools/x"])',
        '',
      ].join('\n'),
    );
    // Only //:use is asked for: the farm's mounted target is built first.
    const result = await runCli(['build', '--json', '//:use'], workspace);
    // //:use succeeds only when it sees the file, and cannot write to the mount.
    expect(result.code).toBe(0);
    // The volume is named after the mounted artifact (other suites may make volumes meanwhile).
    const tools = jsonLines(result.stdout).find((line) => line.label === '//:tools');
    const volume = artifactVolumeName(String(tools?.digest));
    expect(await artifactVolumes(docker)).toContain(volume);
    // In use until the engine has removed the container that mounted it.
    expect(await containersLeft(docker, [`${LABEL_WORKSPACE}=${workspace}`])).toEqual([]);
    await docker.getVolume(volume).remove();
  });

  it('shows the failing command and its exit code', async () => {
    writeFileSync(
      join(workspace, 'BUILD.edo'),
      'script(name = "broken", environment = "box", commands = ["echo about to fail", "exit 3"])\n',
    );
    const result = await runCli(['build', '//:broken'], workspace);
    expect(result.code).toBe(1);
    // The command's own output and nothing after it: the farm's report of the exit code is in
    // the log, and the error's first line already says it.
    expect(result.stderr).toContain(
      '//:broken: error: command failed with exit code 3: exit 3\n  | about to fail\n  log: ',
    );
  });

  it("shows a failed farm setup's output and log, kept under .edo/logs/:farms/NAME", async () => {
    writeFileSync(
      join(workspace, 'BUILD.edo'),
      [
        'environment_farm(name = "badsetup", kind = "docker", image = "edo-test/busybox:1", network = "none",',
        '    setup_network = "none", setup = ["echo about to fail", "false"])',
        'script(name = "x", environment = "badsetup", commands = ["true"])',
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '//:x'], workspace);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /BUILD\.edo:1:17: error: environment_farm "badsetup": setup exited with code 1 on default\n(.*\n)* {2}\| about to fail\n {2}log: .*\.edo\/logs\/:farms\/badsetup\/[^/]*\.log\n/,
    );
  });

  it('edo clean --containers reaps what a crashed build of this workspace left, and only that', async () => {
    const leftover = (workspaceLabel: string) =>
      docker.createContainer({
        Image: 'edo-test/busybox:1',
        Cmd: ['sleep', '60'],
        Labels: { [LABEL_WORKSPACE]: workspaceLabel, 'edo.build': 'crashed', 'edo.target': '//:x' },
        HostConfig: { NetworkMode: 'none' },
      });
    await (await leftover(workspace)).start();
    const elsewhere = await leftover(`${workspace}-other`);
    try {
      const result = await runCli(['clean', '--containers'], workspace);
      expect(result.code).toBe(0);
      // Directories depend on what killed processes left in the temp directory.
      expect(result.stderr).toMatch(
        /^removed 1 container\(s\), 0 volume\(s\) and \d+ environment director(y|ies)\n$/,
      );
      expect(await workspaceContainers(docker, `${workspace}-other`)).toEqual([elsewhere.id]);
    } finally {
      await elsewhere.remove({ force: true });
    }
  });

  it('opens edo shell in a container with the inputs staged, through a TTY', async () => {
    // `script` (util-linux) gives the CLI a pseudo-terminal, as a user's terminal would.
    const cli = `${process.execPath} --import ${join(here, '../../helpers/ts-loader.mjs')} ${join(repo, 'src', 'cli', 'bin.ts')}`;
    const child = spawn('script', ['-qfc', `${cli} shell //:hello`, '/dev/null'], {
      cwd: workspace,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let screen = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        screen += c.toString();
        if (screen.includes('/edo/work #')) resolve();
      });
      void exited.then(() => reject(new Error(`the shell did not open: ${screen}`)));
    });
    child.stdin.write('echo "found $(cat src/src/greeting.txt)"; exit\r');
    expect(await exited).toBe(0);
    expect(screen).toContain('found hello from');
  });

  /** `edo build` of a target whose command runs for a minute, once its container runs it. */
  async function slowBuildRunning() {
    writeFileSync(
      join(workspace, 'BUILD.edo'),
      'script(name = "slow", environment = "box", commands = ["echo started", "sleep 60"])\n',
    );
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(here, '../../helpers/ts-loader.mjs'),
        join(repo, 'src', 'cli', 'bin.ts'),
        'build',
        '//:slow',
      ],
      { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let containers: string[];
    for (
      let waited = 0;
      (containers = await workspaceContainers(docker, workspace)).length === 0;
      waited += 100
    ) {
      if (waited > 30000 || child.exitCode !== null) throw new Error(`no container appeared: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Let the command start inside the container.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { child, exited, container: containers[0]! };
  }

  it('leaves no container behind when edo build gets SIGINT mid-transform', async () => {
    const { child, exited } = await slowBuildRunning();
    const t0 = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  // Nothing of Edo runs after a SIGKILL: the container ends because its command loop's input
  // closes with the process, and the engine removes it (afterEach checks). Only the work root, a
  // temp directory named after the dead process, stays until `edo clean --containers`.
  it('leaves no container behind when edo build is SIGKILLed mid-transform', async () => {
    const { child, exited, container } = await slowBuildRunning();
    const workRoot = (await docker.getContainer(container).inspect()).Mounts.find(
      (mount) => mount.Destination === '/edo',
    )?.Source;
    expect(workRoot).toMatch(/edo-docker-/);
    child.kill('SIGKILL');
    await exited;
    expect(await containersLeft(docker, [`${LABEL_WORKSPACE}=${workspace}`])).toEqual([]);
    expect(existsSync(workRoot!)).toBe(true);
    const cleaned = await runCli(['clean', '--containers'], workspace);
    expect(cleaned.stderr).toMatch(
      /removed 0 container\(s\), 0 volume\(s\) and [1-9]\d* environment director/,
    );
    expect(existsSync(workRoot!)).toBe(false);
  });
});
