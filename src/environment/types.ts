import type { Readable, Writable } from 'node:stream';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { StorageManager } from '../storage/types.js';

/**
 * The seed's `command` resource: a script built step by step, then run with `Environment.run`.
 * Paths are inside the environment.
 */
export interface Command {
  set(key: string, value: string): void;
  chdir(path: string): void;
  pushd(path: string): void;
  popd(): void;
  createNamedDir(key: string, path: string): void;
  createDir(path: string): void;
  removeDir(path: string): void;
  removeFile(path: string): void;
  mv(source: string, target: string): void;
  copy(source: string, target: string): void;
  run(cmd: string): void;
  send(path: string): void;
}

/** The seed's `environment` resource: one working place for one target (a temp dir, a container). */
export interface Environment {
  deferCmd(log: Log, id: Id): Command;
  expand(path: string): Promise<string>;
  createDir(path: string): Promise<void>;
  setEnv(key: string, value: string): Promise<void>;
  getEnv(key: string): string | undefined;
  setup(log: Log, storage: StorageManager): Promise<void>;
  up(log: Log): Promise<void>;
  /**
   * Stops everything running in the environment; no command runs after it. Its files stay
   * readable (`read`) until `clean`: a transform stops its environment before collecting outputs,
   * so nothing left running can change them meanwhile.
   */
  down(log: Log): Promise<void>;
  /** Removes the environment and its files. */
  clean(log: Log): Promise<void>;
  /** Writes one file at `path` from `data`. */
  write(path: string, data: Readable): Promise<void>;
  /** Extracts a tar stream under `path`. */
  unpack(path: string, data: Readable): Promise<void>;
  /** Writes a tar stream of `path` (a file or directory) to `writer`. */
  read(path: string, writer: Writable): Promise<void>;
  /** Runs one shell command in `path`; false when it exited non-zero. */
  cmd(log: Log, id: Id, path: string, command: string): Promise<boolean>;
  run(log: Log, id: Id, path: string, command: Command): Promise<boolean>;
  /**
   * An interactive shell in `path` (the caller checks for a TTY); resolves to its exit status
   * (128 + the signal's number when a signal ended it), which `edo shell` exits with.
   */
  shell(path: string): Promise<number>;
}

/** The seed's `farm` resource: makes environments of one kind and configuration. */
export interface Farm {
  /** `signal` (optional) cancels a long setup (a derived image's build): it then rejects. */
  setup(log: Log, storage: StorageManager, signal?: AbortSignal): Promise<void>;
  /**
   * `signal` (optional) cancels the environment: when it aborts, the environment tears itself
   * down at once (a running command is killed) and pending calls reject.
   */
  create(log: Log, path: string, signal?: AbortSignal): Promise<Environment>;
  /**
   * What makes environments of this farm differ (kind, resolved image digest, setup steps,
   * env vars passed). Part of every cache key of the targets built in it. Valid after `setup`.
   */
  identity(): Promise<Record<string, unknown>>;
}
