import { resolve } from 'node:path';
import { UsageError } from '../model/errors.js';
import { statIfPresent } from '../storage/fs-util.js';

/** What a command needs from the process, passed in so commands run the same in tests and in `edo`. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export class CliContext {
  private directory: string | undefined;
  /** The status a command that succeeded exits with, when not 0 (`edo shell`: the shell's). */
  exitStatus = 0;

  constructor(
    readonly io: CliIO,
    private readonly startDir: string,
  ) {}

  /** Set from `-C DIR`; relative to the directory edo was started in. */
  setDirectory(dir: string | undefined): void {
    if (dir === undefined) return;
    const full = resolve(this.startDir, dir);
    if (!statIfPresent(full)?.isDirectory()) throw new UsageError(`-C ${dir}: not a directory`);
    this.directory = full;
  }

  /** The directory commands work in: `-C DIR` if given, else the start directory. */
  get cwd(): string {
    return this.directory ?? this.startDir;
  }
}
