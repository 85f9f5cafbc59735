import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EdoError } from '../../model/errors.js';
import type { Id } from '../../model/id.js';
import type { Log } from '../../model/log.js';
import type { StorageManager } from '../../storage/types.js';
import { ScriptCommand } from '../script-command.js';
import type { Command, Environment } from '../types.js';
import { holdDirectory, releaseDirectory, spawnDetached, type SpawnedCommand } from './spawner.js';
import { extractTarInto, packPath } from './tar.js';

/**
 * One local environment: a temp directory on the host. Paths given to its methods are relative to
 * that directory (absolute paths are taken as inside it too) and may not leave it.
 */
export class LocalEnvironment implements Environment {
  private readonly variables: Record<string, string>;
  private readonly running = new Set<SpawnedCommand>();
  private scripts = 0;
  private closed = false;

  constructor(
    readonly root: string,
    farmVariables: Readonly<Record<string, string>>,
  ) {
    this.variables = { ...farmVariables, HOME: join(root, 'home'), TMPDIR: join(root, 'tmp') };
    // Deleted by the command helper should edo go without `clean` (SIGKILL, a crash).
    holdDirectory(root);
  }

  /** The host path of `path` inside the environment; refuses paths that escape it. */
  async expand(path: string): Promise<string> {
    return this.hostPath(path);
  }

  private hostPath(path: string): string {
    const full = resolve(this.root, path.replace(/^\/+/, ''));
    if (full !== this.root && !full.startsWith(this.root + sep)) {
      throw new EdoError(`path ${JSON.stringify(path)} leaves the environment`);
    }
    return full;
  }

  async createDir(path: string): Promise<void> {
    await mkdir(this.hostPath(path), { recursive: true });
  }

  async setEnv(key: string, value: string): Promise<void> {
    this.variables[key] = value;
  }

  getEnv(key: string): string | undefined {
    return this.variables[key];
  }

  async setup(_log: Log, _storage: StorageManager): Promise<void> {}

  async up(_log: Log): Promise<void> {
    await mkdir(join(this.root, 'home'), { recursive: true });
    await mkdir(join(this.root, 'tmp'), { recursive: true });
  }

  /** Stops everything still running in the environment (its whole process group). */
  async down(_log: Log): Promise<void> {
    this.closed = true;
    const exits = [...this.running].map((command) => {
      command.kill('SIGKILL');
      return command.exit.catch(() => undefined);
    });
    await Promise.all(exits);
  }

  async clean(_log: Log): Promise<void> {
    await rm(this.root, { recursive: true, force: true, maxRetries: 3 });
    releaseDirectory(this.root);
  }

  async write(path: string, data: Readable): Promise<void> {
    const target = this.hostPath(path);
    await mkdir(dirname(target), { recursive: true });
    await pipeline(data, createWriteStream(target, { mode: 0o644 }));
  }

  async unpack(path: string, data: Readable): Promise<void> {
    const target = this.hostPath(path);
    await mkdir(target, { recursive: true });
    await extractTarInto(data, target);
  }

  async read(path: string, writer: Writable): Promise<void> {
    await packPath(this.hostPath(path), writer);
  }

  deferCmd(_log: Log, _id: Id): Command {
    return new ScriptCommand();
  }

  async cmd(log: Log, _id: Id, path: string, command: string): Promise<boolean> {
    const script = new ScriptCommand();
    script.run(command);
    return this.runScript(log, path, script.toScript());
  }

  async run(log: Log, _id: Id, path: string, command: Command): Promise<boolean> {
    if (!(command instanceof ScriptCommand)) {
      throw new EdoError('the local environment runs only commands made by its deferCmd');
    }
    return this.runScript(log, path, command.toScript());
  }

  /** Runs a script with `sh` in `path`, streaming its output to `log`; true when it exited 0. */
  private async runScript(log: Log, path: string, script: string): Promise<boolean> {
    if (this.closed) throw new EdoError('the environment has been shut down');
    const cwd = this.hostPath(path);
    // The script goes in a file: command lines have a length limit and stdin belongs to the commands.
    this.scripts += 1;
    const scriptPath = join(this.root, `script-${this.scripts}.sh`);
    await writeFile(scriptPath, script, { mode: 0o644 });
    // Its own process group, so `down` can kill whatever the script started.
    const command = spawnDetached('/bin/sh', ['-eu', scriptPath], { cwd, env: this.variables }, (chunk) =>
      log.write(chunk),
    );
    this.running.add(command);
    try {
      const { code, signal } = await command.exit;
      // The shell itself killed (its EXIT trap cannot run): only the exit tells why.
      if (signal) log.write(`\nedo: killed by signal ${signal}\n`);
      return code === 0;
    } catch (err) {
      throw new EdoError(`cannot start /bin/sh: ${(err as Error).message}`);
    } finally {
      this.running.delete(command);
    }
  }

  async shell(path: string): Promise<number> {
    const child = spawn('/bin/sh', ['-i'], {
      cwd: this.hostPath(path),
      env: { ...this.variables, PS1: `edo:${relative(this.root, this.hostPath(path)) || '.'}$ ` },
      stdio: 'inherit',
    });
    return new Promise<number>((done, fail) => {
      child.once('error', fail);
      child.once('close', (code, signal) => done(code ?? 128 + (signal ? osConstants.signals[signal] : 0)));
    });
  }
}
