import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts the local farm's commands from a small helper process instead of this one.
 *
 * libuv starts a child with `fork()`, which copies the page tables of the whole process while its
 * thread waits: 0.8 ms from a fresh Node process, 2.1–2.7 ms once a build holds two plugins
 * (≈ 185 MB), more as a workspace's graph grows. Measured: 200 MB more in this process made a
 * cold build of 1,000 trivial scripts take 16–20 s instead of 9–12 s, nearly all of it system
 * time. The helper stays small, so its forks stay cheap, and they block its thread, not this one.
 *
 * The helper relays each child's output and exit; when this process goes, even killed outright,
 * its IPC channel closes and the helper kills the process groups it started and deletes the
 * environments' directories it was told about, so nothing of a build outlives it.
 */

/** A command started by the helper: its process group is its pid (it runs detached). */
export interface SpawnedCommand {
  /** Settles with how it ended once its output has all arrived. */
  readonly exit: Promise<ExitStatus>;
  /** Sends `signal` to its whole process group, unless it has exited. */
  kill(signal: NodeJS.Signals): void;
}

/** A command's exit code, or the signal that ended it (then `code` is null). */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Job {
  onOutput: (chunk: Buffer) => void;
  exited: (status: ExitStatus) => void;
  failed: (error: Error) => void;
  /** Its process group, once the helper has started it. */
  pid?: number;
}

type FromHelper =
  | { t: 'pid'; id: number; pid: number }
  | { t: 'out'; id: number; data: Uint8Array }
  | { t: 'close'; id: number; code: number | null; signal: NodeJS.Signals | null }
  | { t: 'error'; id: number; message: string };

/** The helper's code, run as `node -e` (so the same from sources, lib/ and the bundle). */
function spawnerMain(): void {
  const { spawn: start } = process.getBuiltinModule('node:child_process');
  const { rmSync } = process.getBuiltinModule('node:fs');
  const children = new Map<number, ChildProcess>();
  /** Environments' directories in use: deleted if edo goes without deleting them. */
  const directories = new Set<string>();
  // Once edo has gone, 'disconnect' is on its way: nothing is left to tell.
  const send = (message: unknown) => {
    if (process.connected) process.send!(message);
  };
  const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Gone already.
    }
  };
  process.on('message', (message: { t: string; id: number; [key: string]: unknown }) => {
    if (message.t === 'kill') {
      const child = children.get(message.id);
      if (child) signalGroup(child, message.signal as NodeJS.Signals);
      return;
    }
    if (message.t === 'hold') {
      directories.add(message.dir as string);
      return;
    }
    if (message.t === 'release') {
      directories.delete(message.dir as string);
      return;
    }
    const { id, file, args, cwd, env } = message as unknown as {
      id: number;
      file: string;
      args: string[];
      cwd: string;
      env: Record<string, string>;
    };
    const child = start(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.set(id, child);
    if (child.pid !== undefined) send({ t: 'pid', id, pid: child.pid });
    child.stdout!.on('data', (data: Buffer) => send({ t: 'out', id, data }));
    child.stderr!.on('data', (data: Buffer) => send({ t: 'out', id, data }));
    child.once('error', (error) => {
      children.delete(id);
      send({ t: 'error', id, message: error.message });
    });
    // The command is over when its shell exits: what it left running in its process group is
    // killed then (as Bazel's process-wrapper does). Left alone, a stray would outlive the target,
    // and one holding the output pipes would keep the command waiting until it ended.
    child.once('exit', () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Nothing left in the group.
      }
    });
    child.once('close', (code, signal) => {
      children.delete(id);
      send({ t: 'close', id, code, signal });
    });
  });
  process.on('disconnect', () => {
    for (const child of children.values()) signalGroup(child, 'SIGKILL');
    const removeDirectories = () => {
      for (const dir of directories) {
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          // What cannot be deleted stays for `edo clean --containers`.
        }
      }
    };
    removeDirectories();
    // A second pass takes what a dying command still wrote during the first.
    removeDirectories();
    process.exit(0);
  });
}

const HELPER_SOURCE = `(${spawnerMain.toString()})()`;

class Spawner {
  private helper?: ChildProcess;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;

  run(
    file: string,
    args: string[],
    options: { cwd: string; env: Record<string, string> },
    onOutput: (chunk: Buffer) => void,
  ): SpawnedCommand {
    const helper = this.start();
    const id = this.nextId++;
    const exit = new Promise<ExitStatus>((exited, failed) => this.jobs.set(id, { onOutput, exited, failed }));
    this.holdOpen(true);
    helper.send({ t: 'spawn', id, file, args, cwd: options.cwd, env: options.env });
    let done = false;
    const settled = exit.finally(() => {
      done = true;
    });
    settled.catch(() => undefined);
    return {
      exit: settled,
      // A helper that is gone took its commands with it (see `lost`).
      kill: (signal) => {
        if (!done && this.helper === helper) helper.send({ t: 'kill', id, signal });
      },
    };
  }

  /** An environment's directory in use: the helper deletes it should edo go first. */
  hold(dir: string): void {
    this.start().send({ t: 'hold', dir });
  }

  /** The directory is gone (or going): the helper forgets it. */
  release(dir: string): void {
    this.helper?.send({ t: 'release', dir });
  }

  private start(): ChildProcess {
    if (this.helper) return this.helper;
    // An empty environment: nothing of the user's (NODE_OPTIONS above all) applies to the helper.
    const helper = spawn(process.execPath, ['-e', HELPER_SOURCE], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
      env: {},
      // Its own process group: a Ctrl-C in the terminal goes to edo, which cancels through the
      // helper; had it reached the helper too, the commands would have lost the one that kills them.
      detached: true,
    });
    helper.on('message', (message: FromHelper) => {
      const job = this.jobs.get(message.id);
      if (!job) return;
      if (message.t === 'pid') {
        job.pid = message.pid;
        return;
      }
      if (message.t === 'out') {
        job.onOutput(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
        return;
      }
      this.jobs.delete(message.id);
      if (message.t === 'close') job.exited({ code: message.code, signal: message.signal });
      else job.failed(new Error(message.message));
      this.holdOpen(this.jobs.size > 0);
    });
    // Its commands fail with it (the next command starts a new helper).
    const lost = (why: string) => {
      if (this.helper !== helper) return;
      this.helper = undefined;
      const failure = new Error(`the helper that starts commands ${why}`);
      for (const job of this.jobs.values()) {
        killGroup(job.pid, 'SIGKILL');
        job.failed(failure);
      }
      this.jobs.clear();
    };
    helper.once('exit', (code, signal) => lost(`exited (${signal ?? `code ${code}`})`));
    helper.on('error', (error) => lost(`failed: ${error.message}`));
    this.helper = helper;
    this.holdOpen(false);
    return helper;
  }

  /** The helper keeps this process alive only while commands run. */
  private holdOpen(running: boolean): void {
    const helper = this.helper;
    if (!helper) return;
    const channel = helper.channel as { ref(): void; unref(): void } | undefined;
    if (running) {
      helper.ref();
      channel?.ref();
    } else {
      helper.unref();
      channel?.unref();
    }
  }
}

/** Sends `signal` to a process group that may be gone already. */
function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Gone already.
  }
}

let spawner: Spawner | undefined;
const theSpawner = (): Spawner => (spawner ??= new Spawner());

/**
 * Puts an environment's directory in the helper's care until `releaseDirectory`: if edo goes
 * without deleting it (SIGKILL, a crash), the helper does. Starts the helper, so that it is ready
 * by the environment's first command.
 */
export function holdDirectory(dir: string): void {
  theSpawner().hold(dir);
}

/** The environment's directory is gone (or going): the helper forgets it. */
export function releaseDirectory(dir: string): void {
  spawner?.release(dir);
}

/** Starts `file args` detached (its own process group) from the helper; output goes to `onOutput`. */
export function spawnDetached(
  file: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
  onOutput: (chunk: Buffer) => void,
): SpawnedCommand {
  return theSpawner().run(file, args, options, onOutput);
}
