import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../src/storage/local-store.js';
import { runCli } from '../helpers/cli.js';
import { processRuns, waitFor } from '../helpers/processes.js';
import { makeWorkspace, removeWorkspace } from './helpers.js';

const BIN = new URL('../../lib/cli/bin.js', import.meta.url).pathname;

describe('cancellation', () => {
  let root: string;
  let tmp: string;
  beforeEach(() => {
    root = makeWorkspace({
      'BUILD.edo': `
script(name = "slow", commands = ["sleep 37.25", "echo done > $OUT/x"])
script(name = "fast", commands = ["echo fast > $OUT/x"])
`,
    });
    tmp = mkdtempSync(join(tmpdir(), 'edo-cancel-tmp-'));
  });
  afterEach(() => {
    removeWorkspace(root);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('stops promptly on SIGINT, leaves no temp dirs or processes, and the next build succeeds', async () => {
    const child = spawn(process.execPath, [BIN, 'build', '//:slow'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const running = (): boolean => processRuns('sleep 37.25');
    await waitFor(running, 20_000);
    const sentAt = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(Date.now() - sentAt).toBeLessThan(3000);
    expect(code).toBe(1);
    expect(stderr).toContain('build cancelled');
    expect(readdirSync(tmp)).toEqual([]);
    const stateTmp = join(root, '.edo', 'tmp');
    expect(existsSync(stateTmp) ? readdirSync(stateTmp) : []).toEqual([]);
    expect(running()).toBe(false);
    const store = await LocalStore.open(join(root, '.edo', 'store'));
    expect((await store.verify()).problems).toEqual([]);
    const next = await runCli(['build', '//:fast'], root);
    expect(next.code).toBe(0);
  });

  it('refuses edo clean while a build uses the workspace, and not for an edo that is gone', async () => {
    // A marker left by an edo killed outright does not count.
    mkdirSync(join(root, '.edo', 'active'), { recursive: true });
    writeFileSync(join(root, '.edo', 'active', '999999999'), `${hostname()} 999999999 -\n`);
    const child = spawn(process.execPath, [BIN, 'build', '//:slow'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp, CI: 'true' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await waitFor(() => processRuns('sleep 37.25'), 20_000);
    const refused = await runCli(['clean'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `error: edo (pid ${child.pid}) is using this workspace: removing ${join(root, '.edo')} now would fail its build; wait for it to end, or stop it\n`,
    );
    child.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(await runCli(['clean'], root)).toMatchObject({ code: 0 });
    expect(existsSync(join(root, '.edo'))).toBe(false);
  });

  it('stops the commands of an edo killed outright (SIGKILL) and deletes their environment', async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "slower", commands = ["sleep 37.5"])\n');
    const child = spawn(process.execPath, [BIN, 'build', '//:slower'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp, CI: 'true' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('close', resolve));
    const running = (): boolean => processRuns('sleep 37.5');
    await waitFor(running, 20_000);
    child.kill('SIGKILL');
    await exited;
    // The helper that started the command sees edo's end, kills the command's process group and
    // deletes its environment's directory.
    await waitFor(() => !running(), 5_000);
    await waitFor(() => readdirSync(tmp).length === 0, 5_000);
  });

  it("stops on a terminal's Ctrl-C, which signals edo's whole process group", async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "slowest", commands = ["sleep 37.75"])\n');
    // Its own process group, as a shell gives a foreground job.
    const child = spawn(process.execPath, [BIN, 'build', '//:slowest'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp, CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const running = (): boolean => processRuns('sleep 37.75');
    await waitFor(running, 20_000);
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(1);
    expect(stderr).toContain('build cancelled');
    expect(running()).toBe(false);
  });
});
