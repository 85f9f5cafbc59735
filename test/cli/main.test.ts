import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../helpers/cli.js';
import { describeWithNode24 } from '../helpers/node24.js';

const exec = promisify(execFile);
const BIN = new URL('../../lib/cli/bin.js', import.meta.url).pathname;

describe('edo CLI', () => {
  it('prints help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: edo');
    expect(r.stdout).toContain('-C, --directory');
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('starlark repl: prints values and errors at the columns typed', async () => {
    const child = spawn(process.execPath, [BIN, 'starlark', 'repl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('y\n1 + 2\n1 + "a"\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toContain('3\n');
    expect(stderr).toContain('<stdin:1>:1:1: undefined: y\n');
    expect(stderr).toContain('<stdin:3>:1:3: unknown binary op: int + string\n');
  });

  it('rejects an unknown command with one line and exit 2', async () => {
    const r = await runCli(['nosuch']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("run 'edo --help'");
  });

  it('rejects an unknown flag with exit 2', async () => {
    const r = await runCli(['--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says outside a workspace what makes one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-no-workspace-'));
    try {
      const r = await runCli(['build'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `error: not inside an edo workspace: no WORKSPACE.edo in ${dir} or above (an empty WORKSPACE.edo at the root of the repository makes one)\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports what the machine refuses (a file where .edo/ should be) in one line, not as edo's bug", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-blocked-'));
    try {
      writeFileSync(join(dir, 'WORKSPACE.edo'), '');
      writeFileSync(join(dir, 'BUILD.edo'), 'script(name = "a", commands = ["true"])\n');
      writeFileSync(join(dir, '.edo'), 'not a directory');
      const r = await runCli(['build'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: ENOTDIR: not a directory, mkdir '.*\/\.edo\/.*'\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows usage and exits 2 with no arguments', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: edo');
  });

  it('ends quietly when its reader goes away (edo list | head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-epipe-'));
    try {
      writeFileSync(join(dir, 'WORKSPACE.edo'), '');
      writeFileSync(join(dir, 'BUILD.edo'), '[script(name = "t%d" % i) for i in range(2000)]\n');
      const child = spawn(process.execPath, [BIN, 'list'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      // The reader is gone before edo prints anything.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits with the status of edo shell's shell", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-shell-'));
    try {
      writeFileSync(join(dir, 'WORKSPACE.edo'), '');
      writeFileSync(join(dir, 'BUILD.edo'), 'script(name = "s", commands = ["true"])\n');
      // A terminal, as edo shell needs: util-linux's script(1) runs it on a pseudo-terminal and
      // exits with its status (-e).
      const child = spawn('script', ['-qec', `${process.execPath} ${BIN} shell //:s`, '/dev/null'], {
        cwd: dir,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      // Kept open until the shell is gone: script(1) ends its session when its input does.
      child.stdin.write('echo "in $PWD"; exit 3\n');
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(output).toMatch(/in \/\S*edo-env-\S*\/work/);
      expect(code).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a plain node binary after the build', async () => {
    const { stdout } = await exec(process.execPath, [BIN, '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    await expect(exec(process.execPath, [BIN, 'nosuch'])).rejects.toMatchObject({ code: 2 });
  });
});

describeWithNode24('edo on Node 22.1 and later', (node) => {
  it("keeps its modules' compiled code in ~/.cache/edo/compile-cache, and starts from it", async () => {
    const home = mkdtempSync(join(tmpdir(), 'edo-home-'));
    try {
      const env = { ...process.env, HOME: home, NODE_COMPILE_CACHE: '' };
      const { stdout } = await exec(node, [BIN, '--version'], { env });
      expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      const cache = join(home, '.cache', 'edo', 'compile-cache');
      // One directory per Node version and platform, holding an entry per compiled module.
      const [versionDir] = readdirSync(cache);
      expect(readdirSync(join(cache, versionDir!)).length).toBeGreaterThan(10);
      expect((await exec(node, [BIN, '--version'], { env })).stdout).toBe(stdout);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
