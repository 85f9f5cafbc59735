import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
