import { chmod, chown, rm, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type Docker from 'dockerode';
import { pack } from 'tar-stream';
import { EdoError } from '../../model/errors.js';
import type { Id } from '../../model/id.js';
import type { Log } from '../../model/log.js';
import type { StorageManager } from '../../storage/types.js';
import { makeScratchDir } from '../scratch-dirs.js';
import { ScriptCommand, shellQuote } from '../script-command.js';
import type { Command, Environment } from '../types.js';
import { extractTarInto, packPath } from '../local/tar.js';
import {
  ChannelClosed,
  COMMAND_CHANNEL_HOST_CONFIG,
  COMMAND_CHANNEL_SPEC,
  CommandChannel,
} from './command-channel.js';
import type { DockerFarmConfig } from './config.js';
import { hostDirectory, type NewDirectory } from './host-directory.js';
import { labelsOf, type ResourceLabels } from './labels.js';
import type { EngineLease } from './pool.js';
import { engineMessage, logWriter } from './streams.js';

/**
 * Keeps a container without a work root alive between commands. Its commands run as execs
 * (≈ 30–60 ms each) instead of one container per command (≈ 200–300 ms); with a work root they go
 * through a command channel instead (command-channel.ts). Teardown is a SIGKILL, so no trap.
 */
const KEEP_ALIVE = ['/bin/sh', '-c', 'while :; do sleep 3600; done'];

/** Prefix of the host directories bind-mounted as containers' work directories. */
export const WORK_ROOT_PREFIX = 'edo-docker-';

/** Largest script passed as an argument; longer ones are written into the container first. */
const MAX_INLINE_SCRIPT = 64 * 1024;

/** How the last command ended, for callers that want more than the boolean of `cmd`/`run`. */
export interface CommandExit {
  code: number;
  oomKilled: boolean;
}

export interface DockerEnvironmentOptions {
  lease: EngineLease;
  config: DockerFarmConfig;
  labels: ResourceLabels;
  /** HostConfig.Mounts for the farm's `mounts`. */
  mounts: Docker.MountSettings[];
  signal?: AbortSignal;
}

/** Streams for `shell`; the process's own TTY by default. */
export interface ShellStreams {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown; isRaw?: boolean };
  stdout: Writable & { columns?: number; rows?: number };
}

/**
 * One container for one target. `setup` creates it, `up` starts it (in the background: inputs are
 * staged while it starts, into its bind-mounted work root or with `putArchive`), commands run
 * through its command channel (command-channel.ts) or as execs, with their output streamed to the
 * log, and `read` packs the work root or streams `getArchive` to the caller's writer. `down` stops
 * everything in it; `clean` ends it (the engine removes a container with a command channel by
 * itself) and cancellation force-removes it.
 */
export class DockerEnvironment implements Environment {
  private readonly docker: Docker;
  private readonly vars = new Map<string, string>();
  /** Directories known to exist in the container, so each is created once. */
  private readonly knownDirs = new Set<string>(['/']);
  /** Directories `createDir` asked for that are not created yet. */
  private readonly pendingDirs = new Set<string>();
  /**
   * The host directory bind-mounted at the farm's `workdir`, when the engine runs on this machine
   * (see `createContainer`): staging and collection under `workdir` then use it directly.
   */
  private workRoot?: string;
  private commandsRan = false;
  /** Left paused by `read`; resumed before anything else runs in it or goes through the engine. */
  private paused = false;
  /** Set by `down`: no more commands; its files are still read. */
  private stopped = false;
  /** Set once `down` made sure nothing runs in the container (frozen or killed). */
  private halted = false;
  /** Set when `down` killed everything but the command channel's loop (see command-channel.ts). */
  private haltedThroughChannel = false;
  private created?: Promise<Docker.Container>;
  private started?: Promise<void>;
  /** With a work root: the attached command channel (undefined if attaching failed: execs then). */
  private channel?: Promise<CommandChannel | undefined>;
  private removal?: Promise<void>;
  private readonly activeStreams = new Set<NodeJS.ReadableStream & { destroy(): void }>();
  private scriptCount = 0;
  lastExit?: CommandExit;
  /** The cgroup's OOM kill count when last read: a fresh container starts at zero. */
  private oomKillsSeen = 0;

  constructor(private readonly options: DockerEnvironmentOptions) {
    this.docker = options.lease.engine.docker;
    for (const [key, value] of Object.entries(options.config.env)) this.vars.set(key, value);
    options.signal?.addEventListener('abort', this.removeOnAbort, { once: true });
  }

  /** Cancellation removes the container at once; the listener goes with the container. */
  private readonly removeOnAbort = (): void => void this.removeContainer().catch(() => undefined);

  /** The container's id once created. */
  async containerId(): Promise<string> {
    return (await this.container()).id;
  }

  deferCmd(_log: Log, _id: Id): Command {
    return new ScriptCommand();
  }

  async expand(path: string): Promise<string> {
    return this.resolve(path);
  }

  /** Recorded, and created with the next staging call, command or read. */
  async createDir(path: string): Promise<void> {
    const dir = this.resolve(path);
    if (!this.knownDirs.has(dir)) this.pendingDirs.add(dir);
  }

  async setEnv(key: string, value: string): Promise<void> {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      throw new EdoError(`invalid environment variable name: ${key}`);
    this.vars.set(key, value);
  }

  getEnv(key: string): string | undefined {
    return this.vars.get(key);
  }

  async setup(_log: Log, _storage: StorageManager): Promise<void> {
    await this.container();
  }

  async up(_log: Log): Promise<void> {
    const container = await this.container();
    if (!this.started) {
      this.started = this.cancellable(container.start()).catch((err: unknown) => {
        // A network that does not exist is found here, not when the container is created.
        throw err instanceof EdoError ? err : this.wrap(err, 'starting the container');
      });
      // Awaited by the first command; until then staging runs alongside the start.
      this.started.catch(() => undefined);
    }
  }

  /**
   * Stops everything in the container; its files stay readable until `clean`. With a work root
   * (which holds them) the command loop kills every other process, or, without a channel, the
   * container is frozen and removed in the background while they are read (removal costs as much
   * as a short command). Through the archive API the files are the container's, so it is stopped
   * but kept.
   */
  async down(_log: Log): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.created || !this.started) {
      // Nothing ever ran in it.
      this.halted = true;
      return;
    }
    const container = await this.container();
    if (this.workRoot !== undefined) {
      if (!this.paused && (await this.haltThroughChannel())) {
        this.halted = true;
        this.haltedThroughChannel = true;
        return;
      }
      // Frozen where the engine can (else killed), so nothing runs while the work root is read.
      if (!this.paused)
        this.paused = await container.pause().then(
          () => true,
          () => false,
        );
      if (!this.paused) await this.stopContainer(container);
      this.halted = true;
      this.removeContainer().catch(() => undefined);
      return;
    }
    await this.stopContainer(container);
    this.halted = true;
  }

  /** Whether the command channel's loop killed everything else in the (started) container. */
  private async haltThroughChannel(): Promise<boolean> {
    const channel = await this.channel;
    if (
      !channel ||
      !(await this.started!.then(
        () => true,
        () => false,
      ))
    )
      return false;
    return channel.halt().then(
      () => true,
      () => false,
    );
  }

  /** SIGKILL, then waits until the engine says it is not running. */
  private async stopContainer(container: Docker.Container): Promise<void> {
    await container.kill().catch((err: unknown) => {
      // 409: it is not running (any more).
      if (statusOf(err) !== 409 && statusOf(err) !== 404) throw this.wrap(err, 'stopping the container');
    });
    await container.wait({ condition: 'not-running' }).catch(() => undefined);
  }

  async clean(_log: Log): Promise<void> {
    this.stopped = true;
    const { workRoot } = this;
    if (workRoot === undefined) return this.removeContainer();
    const deleteWorkRoot = () => rm(workRoot, { recursive: true, force: true });
    if (this.haltedThroughChannel) {
      // Only the loop runs, and it ends with its input: the engine removes the container.
      this.removal ??= this.channel!.then((channel) => {
        channel!.close();
        this.options.lease.release();
      });
      await this.removal;
      return deleteWorkRoot();
    }
    // One still running could swap a directory for a symlink under the deletion: its work root
    // goes after it.
    if (!this.paused && !this.halted) {
      try {
        return await this.removeContainer();
      } finally {
        await deleteWorkRoot();
      }
    }
    // A frozen (or killed) container runs nothing: its work root goes while the engine removes
    // it. Should a dying process still have added a file, the second try, after the removal,
    // takes it.
    const [removed, deleted] = await Promise.allSettled([this.removeContainer(), deleteWorkRoot()]);
    if (deleted.status === 'rejected') await deleteWorkRoot();
    if (removed.status === 'rejected') throw removed.reason;
  }

  async write(path: string, data: Readable): Promise<void> {
    const target = this.resolve(path);
    const chunks: Buffer[] = [];
    for await (const chunk of data)
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    const body = Buffer.concat(chunks);
    const archive = pack();
    archive.entry({ name: posix.basename(target), size: body.length, mode: 0o644, ...this.owner() }, body);
    archive.finalize();
    await this.putArchive(posix.dirname(target), archive as unknown as Readable);
  }

  async unpack(path: string, data: Readable): Promise<void> {
    this.throwIfDown();
    const dir = this.resolve(path);
    if (await this.stagesOnHost(dir)) {
      await this.ensureDir(dir);
      const hostDir = await this.hostPath(dir);
      if (hostDir) return this.cancellable(extractTarInto(data, hostDir));
    }
    await this.putArchive(dir, data);
  }

  async read(path: string, writer: Writable): Promise<void> {
    if (!this.stopped) await this.ensureDir();
    const container = await this.container();
    const source = this.resolve(path);
    const hostDir = await this.hostPath(source);
    // Frozen while it is read (or halted by `down`): nothing in the container can swap a
    // directory for a symlink. One that stopped (and may be gone: the engine removes a container
    // with a work root once it stops) runs nothing either. One that cannot be paused for another
    // reason is read through the engine. It stays paused: the next command resumes it, and
    // removal does not need it running, so the unpause is saved.
    if (hostDir && !this.halted && !this.paused) {
      this.paused = await container.pause().then(
        () => true,
        () => false,
      );
      if (!this.paused && !(await this.isRunning(container))) this.halted = true;
    }
    if (hostDir && (this.halted || this.paused)) return await this.cancellable(packPath(hostDir, writer));
    if (this.stopped && this.workRoot !== undefined) {
      throw new EdoError(
        `${source} cannot be read once the environment is down (only ${this.options.config.workdir} can)`,
        { target: this.options.labels.target },
      );
    }
    await this.resume();
    let archive: NodeJS.ReadableStream;
    try {
      // `dir/.` archives a directory's contents without the directory's own name.
      archive = await this.cancellable(container.getArchive({ path: posix.join(source, '.') + '/.' }));
    } catch {
      // Not a directory (engines differ in how they say so): archive the file itself.
      try {
        archive = await this.cancellable(container.getArchive({ path: source }));
      } catch (second) {
        throw this.wrap(second, `reading ${source}`);
      }
    }
    // The writer is borrowed: it stays open for the caller to finish.
    await this.track(archive as Readable, pipeline(archive as Readable, writer, { end: false }));
  }

  async cmd(log: Log, _id: Id, path: string, command: string): Promise<boolean> {
    return this.runScript(log, path, command);
  }

  async run(log: Log, _id: Id, path: string, command: Command): Promise<boolean> {
    if (!(command instanceof ScriptCommand)) {
      throw new EdoError('the docker farm runs commands made by its own deferCmd');
    }
    return this.runScript(log, path, command.toScript());
  }

  async shell(path: string, streams?: ShellStreams): Promise<number> {
    const { stdin, stdout } = streams ?? (process as unknown as ShellStreams);
    const container = await this.running();
    const workdir = this.resolve(path);
    await this.ensureDir(workdir);
    this.commandsRan = true;
    const exec = await container.exec({
      Cmd: ['/bin/sh'],
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
      WorkingDir: workdir,
      Env: this.envList(),
      User: this.options.config.user,
    });
    const stream = (await exec.start({
      hijack: true,
      stdin: true,
      Tty: true,
    })) as unknown as NodeJS.ReadWriteStream;
    const wasRaw = stdin.isRaw ?? false;
    if (stdin.isTTY && stdin.setRawMode) stdin.setRawMode(true);
    const resize = (): void => {
      if (stdout.columns && stdout.rows)
        void exec.resize({ w: stdout.columns, h: stdout.rows }).catch(() => undefined);
    };
    resize();
    stdout.on('resize', resize);
    stdin.pipe(stream as unknown as Writable);
    stream.pipe(stdout, { end: false });
    try {
      await finished(stream as unknown as Readable, { writable: false });
    } finally {
      stdin.unpipe(stream as unknown as Writable);
      stdout.off('resize', resize);
      if (stdin.isTTY && stdin.setRawMode) stdin.setRawMode(wasRaw);
      stdin.pause();
    }
    return (await exec.inspect()).ExitCode ?? 0;
  }

  /**
   * Runs `script` with `sh -eu` in `path`, streaming its output to `log` as it comes: through the
   * command channel where there is one, else as an exec.
   */
  private async runScript(log: Log, path: string, script: string): Promise<boolean> {
    await this.running();
    const workdir = this.resolve(path);
    await this.ensureDir(workdir);
    this.commandsRan = true;
    const startedAt = Math.floor(Date.now() / 1000);
    const channel = await this.channel;
    const code = channel
      ? await this.runInChannel(channel, log, workdir, script)
      : await this.exec(log, workdir, script);
    const oomKilled = code === 137 && (await this.oomSince(startedAt));
    this.lastExit = { code, oomKilled };
    if (code === 0) return true;
    // A plain exit status is the caller's to report (a script names the failing command and its
    // status); what killed the command only the farm knows.
    if (oomKilled) log.write('edo: killed: out of memory\n');
    else if (code > 128) log.write(`edo: killed by signal ${code - 128} (exit code ${code})\n`);
    return false;
  }

  /**
   * The script goes into the work root's top directory (which no command can replace: it is the
   * mount point), with the working directory and environment an exec would have had.
   */
  private async runInChannel(
    channel: CommandChannel,
    log: Log,
    workdir: string,
    script: string,
  ): Promise<number> {
    this.scriptCount += 1;
    const name = `.edo-command-${this.scriptCount}.sh`;
    const exports = [...this.vars].map(([key, value]) => `export ${key}=${shellQuote(value)}\n`);
    // `wx`: a file (or symlink) a command left under this name is an error, never followed.
    await writeFile(join(this.workRoot!, name), `cd ${shellQuote(workdir)}\n${exports.join('')}${script}\n`, {
      flag: 'wx',
      mode: 0o644,
    });
    try {
      return await this.cancellable(channel.run(log, posix.join(this.options.config.workdir, name)));
    } catch (err) {
      if (this.removal) throw this.cancelledError();
      if (err instanceof ChannelClosed) return (await this.stoppedByOom()) ? 137 : -1;
      throw err;
    }
  }

  private async isRunning(container: Docker.Container): Promise<boolean> {
    const info = await container.inspect().catch((err: unknown) => {
      if (statusOf(err) === 404) return undefined;
      throw this.wrap(err, 'inspecting the container');
    });
    return info?.State?.Running === true;
  }

  /** Whether the engine says the container stopped because it ran out of memory. */
  private async stoppedByOom(): Promise<boolean> {
    const container = await this.container();
    const info = await container.inspect().catch(() => undefined);
    return info?.State?.OOMKilled === true;
  }

  /** Runs `script` in `workdir` as an exec; resolves to its exit code. */
  private async exec(log: Log, workdir: string, script: string): Promise<number> {
    const container = await this.container();
    let argv = ['/bin/sh', '-euc', script];
    if (script.length > MAX_INLINE_SCRIPT) {
      this.scriptCount += 1;
      const file = posix.join(this.options.config.workdir, `.edo-script-${this.scriptCount}.sh`);
      await this.write(file, Readable.from([script]));
      argv = ['/bin/sh', '-eu', file];
    }
    const exec = await this.cancellable(
      container.exec({
        Cmd: argv,
        AttachStdout: true,
        AttachStderr: true,
        WorkingDir: workdir,
        Env: this.envList(),
        User: this.options.config.user,
      }),
    );
    const stream = (await this.cancellable(
      exec.start({ hijack: true, stdin: false }),
    )) as unknown as Readable;
    const toLog = logWriter(log);
    this.docker.modem.demuxStream(stream, toLog, toLog);
    try {
      await this.track(stream, finished(stream));
    } catch (err) {
      // Torn down while the command ran (the engine stops environments of a cancelled build).
      if (this.removal) throw this.cancelledError();
      throw err;
    }
    let info = await this.cancellable(exec.inspect());
    // The stream can end a moment before the daemon records the exit code.
    for (let wait = 5; info.Running && wait < 1000; wait *= 2) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      info = await this.cancellable(exec.inspect());
    }
    return info.ExitCode ?? -1;
  }

  /**
   * Whether the container's memory cgroup killed a process since `since` (epoch seconds). The
   * cgroup's own kill counter (read with shell builtins only) works on Docker and podman alike;
   * Docker's `oom` events cover a cgroup the container cannot see.
   */
  private async oomSince(since: number): Promise<boolean> {
    const kills = await this.cgroupOomKills();
    if (kills !== undefined) {
      const before = this.oomKillsSeen;
      this.oomKillsSeen = kills;
      return kills > before;
    }
    const container = await this.container();
    const events = (await this.docker.getEvents({
      since,
      until: Math.floor(Date.now() / 1000) + 1,
      filters: { container: [container.id], event: ['oom'] },
    })) as unknown as Readable;
    let seen = false;
    for await (const chunk of events) if (String(chunk).includes('"oom"')) seen = true;
    return seen;
  }

  /** `oom_kill` of the container's memory cgroup (v2 `memory.events`, v1 `memory.oom_control`). */
  private async cgroupOomKills(): Promise<number | undefined> {
    const script =
      'for f in /sys/fs/cgroup/memory.events /sys/fs/cgroup/memory/memory.oom_control; do ' +
      '[ -r "$f" ] && while read -r key value; do [ "$key" = oom_kill ] && echo "$value"; done < "$f"; done; true';
    const container = await this.container();
    // A container that stopped (its main process killed too) is read from its events instead.
    if (!(await this.isRunning(container))) return undefined;
    const exec = await container.exec({
      Cmd: ['/bin/sh', '-c', script],
      AttachStdout: true,
      AttachStderr: true,
    });
    const stream = (await exec.start({ hijack: true, stdin: false })) as unknown as Readable;
    let output = '';
    this.docker.modem.demuxStream(
      stream,
      logWriter({ write: (d) => (output += String(d)) }),
      logWriter({ write: () => undefined }),
    );
    await finished(stream);
    const value = Number.parseInt(output.trim(), 10);
    return Number.isNaN(value) ? undefined : value;
  }

  private envList(): string[] {
    return [...this.vars].map(([key, value]) => `${key}=${value}`);
  }

  private resolve(path: string): string {
    return posix.resolve(this.options.config.workdir, path);
  }

  /** Numeric `user = "uid[:gid]"` owns what Edo writes; otherwise root, as in the image. */
  private owner(): { uid: number; gid: number } {
    const match = /^(\d+)(?::(\d+))?$/.exec(this.options.config.user ?? '');
    if (!match) return { uid: 0, gid: 0 };
    return { uid: Number(match[1]), gid: Number(match[2] ?? match[1]) };
  }

  /**
   * Creates `dir` and its parents, and every directory `createDir` asked for since the last call,
   * with one tiny archive (each archive call costs a round trip and a daemon-side extraction).
   */
  private async ensureDir(dir?: string): Promise<void> {
    const missing = new Set<string>();
    for (const wanted of dir === undefined ? this.pendingDirs : [...this.pendingDirs, dir]) {
      for (let d = wanted; !this.knownDirs.has(d) && !missing.has(d); d = posix.dirname(d)) missing.add(d);
    }
    this.pendingDirs.clear();
    if (missing.size === 0) return;
    // A named user's uid is unknown here: its working directories are world-writable instead.
    const named = this.options.config.user !== undefined && !/^\d/.test(this.options.config.user);
    const mode = named ? 0o777 : 0o755;
    // Parents before children.
    const ordered = [...missing].sort();
    const viaArchive: string[] = [];
    for (const d of ordered) {
      // A path through a symlink is left to the engine, which resolves it inside the container.
      if (!(await this.stagesOnHost(d)) || !(await this.hostPath(d, { ...this.owner(), mode })))
        viaArchive.push(d);
    }
    if (viaArchive.length > 0) {
      const archive = pack();
      for (const d of viaArchive)
        archive.entry({ name: d.slice(1) + '/', type: 'directory', mode, ...this.owner() });
      archive.finalize();
      await this.putArchive('/', archive as unknown as Readable, false);
    }
    for (const d of missing) this.knownDirs.add(d);
  }

  /**
   * Whether writes to `dir` go straight to the work root: only under `workdir`, and only until the
   * first command ran (after that a process it left behind could swap a checked directory for a
   * symlink, so writes go through the engine, which resolves paths inside the container).
   */
  private async stagesOnHost(dir: string): Promise<boolean> {
    if (this.commandsRan) return false;
    await this.container();
    return this.workRoot !== undefined && this.underWorkdir(dir);
  }

  private underWorkdir(dir: string): boolean {
    const { workdir } = this.options.config;
    return dir === workdir || dir.startsWith(workdir === '/' ? '/' : `${workdir}/`);
  }

  /** The host path of the container directory `dir` in the work root (see `hostDirectory`). */
  private async hostPath(dir: string, create?: NewDirectory): Promise<string | undefined> {
    await this.container();
    if (this.workRoot === undefined || !this.underWorkdir(dir)) return undefined;
    return hostDirectory(this.workRoot, posix.relative(this.options.config.workdir, dir), create);
  }

  private async putArchive(dir: string, archive: Readable, ensure = true): Promise<void> {
    this.throwIfDown();
    if (ensure) await this.ensureDir(dir);
    await this.resume();
    const container = await this.container();
    try {
      await this.cancellable(container.putArchive(archive, { path: dir }));
    } catch (err) {
      throw this.wrap(err, `staging files into ${dir}`);
    }
  }

  private container(): Promise<Docker.Container> {
    this.created ??= this.createContainer();
    return this.created;
  }

  private async running(): Promise<Docker.Container> {
    this.throwIfDown();
    if (!this.started) await this.up({ write: () => undefined });
    await this.started;
    await this.resume();
    return this.container();
  }

  /** Unpauses what `read` paused; a container that is down stays as it is. */
  private async resume(): Promise<void> {
    if (!this.paused || this.stopped) return;
    this.paused = false;
    await this.cancellable((await this.container()).unpause());
  }

  private async createContainer(): Promise<Docker.Container> {
    this.throwIfCancelled();
    const { config, lease, labels, mounts } = this.options;
    const image = lease.engine.image ?? config.image;
    const hostConfig: Docker.HostConfig = {
      NetworkMode: config.network,
      Mounts: mounts,
      Init: false,
    };
    if (config.cpus) hostConfig.NanoCpus = Math.round(config.cpus * 1e9);
    if (config.memoryBytes) {
      hostConfig.Memory = config.memoryBytes;
      // No swap beyond the limit, so the limit really is the limit.
      hostConfig.MemorySwap = config.memoryBytes;
    }
    if (config.pids) hostConfig.PidsLimit = config.pids;
    const spec: Docker.ContainerCreateOptions = {
      Image: image,
      Entrypoint: KEEP_ALIVE,
      Cmd: [],
      Env: this.envList(),
      WorkingDir: config.workdir,
      Labels: labelsOf(labels),
      NetworkDisabled: config.network === 'none',
      HostConfig: hostConfig,
    };
    try {
      const container = await this.createWithWorkRoot(spec);
      if (this.options.signal?.aborted) {
        await container.remove({ force: true }).catch(() => undefined);
        this.throwIfCancelled();
      }
      return container;
    } catch (err) {
      if (err instanceof EdoError) throw err;
      // The image as the farm names it: `image` may be the digest it was resolved to.
      throw this.wrap(err, `creating a container from ${config.image} on engine ${lease.engine.name}`);
    }
  }

  /**
   * Creates the container with a fresh host directory bind-mounted at `workdir`, where this can
   * work: `staging = "auto"`, Edo runs as root (it must be able to remove what the container's root
   * writes there), and the engine sees this machine's files. The last is learnt from the engine
   * itself: it refuses a bind source it cannot find (a remote engine, or one in another mount
   * namespace), and when it then accepts the same container without one, that engine's containers
   * are created without a work root from then on.
   */
  private async createWithWorkRoot(spec: Docker.ContainerCreateOptions): Promise<Docker.Container> {
    const { config, lease } = this.options;
    if (config.staging !== 'auto' || process.getuid?.() !== 0 || lease.engine.bindStaging === false)
      return this.docker.createContainer(spec);
    const root = await makeScratchDir(WORK_ROOT_PREFIX, this.options.labels.target);
    const named = config.user !== undefined && !/^\d/.test(config.user);
    const { uid, gid } = this.owner();
    await chown(root, uid, gid);
    // A named user's uid is unknown here: the work directory is world-writable instead.
    await chmod(root, named ? 0o777 : 0o755);
    const bind: Docker.MountSettings = { Type: 'bind', Source: root, Target: config.workdir };
    const hostConfig = {
      ...spec.HostConfig,
      ...COMMAND_CHANNEL_HOST_CONFIG,
      Mounts: [...(spec.HostConfig?.Mounts ?? []), bind],
    };
    try {
      const container = await this.docker.createContainer({
        ...spec,
        ...COMMAND_CHANNEL_SPEC,
        User: config.user,
        HostConfig: hostConfig,
      });
      lease.engine.bindStaging = true;
      this.workRoot = root;
      // Attached while the container starts; should that fail, commands run as execs.
      this.channel = CommandChannel.open(this.docker, container).catch(() => undefined);
      return container;
    } catch (err) {
      await rm(root, { recursive: true, force: true });
      if (lease.engine.bindStaging === true) throw err;
      const container = await this.docker.createContainer(spec);
      lease.engine.bindStaging = false;
      return container;
    }
  }

  /** Force-removes the container (no stop grace period) and frees the engine slot; idempotent. */
  private removeContainer(): Promise<void> {
    this.removal ??= (async () => {
      // One build's signal serves all its environments: each holding on to it leaked them all.
      this.options.signal?.removeEventListener('abort', this.removeOnAbort);
      for (const stream of this.activeStreams) stream.destroy();
      try {
        if (!this.created) return;
        const container = await this.created.catch(() => undefined);
        if (!container) return;
        await container.remove({ force: true, v: true }).catch((err: unknown) => {
          // 409: it stopped, and the engine is removing it already (AutoRemove).
          if (statusOf(err) !== 404 && statusOf(err) !== 409) throw this.wrap(err, 'removing the container');
        });
      } finally {
        void this.channel?.then((channel) => channel?.close());
        this.options.lease.release();
      }
    })();
    return this.removal;
  }

  /** Awaits `work` on `stream`, destroying the stream when the environment is cancelled. */
  private async track<T>(stream: Readable, work: Promise<T>): Promise<T> {
    const tracked = stream as unknown as NodeJS.ReadableStream & { destroy(): void };
    this.activeStreams.add(tracked);
    try {
      return await this.cancellable(work);
    } finally {
      this.activeStreams.delete(tracked);
    }
  }

  /** Rejects with "cancelled" as soon as the signal aborts, whatever `work` does. */
  private cancellable<T>(work: Promise<T>): Promise<T> {
    const signal = this.options.signal;
    if (!signal) return work;
    this.throwIfCancelled();
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(this.cancelledError());
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(signal.aborted ? this.cancelledError() : err);
        },
      );
    });
  }

  private throwIfDown(): void {
    if (this.stopped) throw new EdoError('the environment is down', { target: this.options.labels.target });
  }

  private throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw this.cancelledError();
  }

  private cancelledError(): EdoError {
    return new EdoError('cancelled', { target: this.options.labels.target });
  }

  private wrap(err: unknown, doing: string): EdoError {
    if (this.options.signal?.aborted) return this.cancelledError();
    const message = engineMessage(err);
    return new EdoError(
      `docker: ${doing}: ${message}`,
      { target: this.options.labels.target },
      undefined,
      err,
    );
  }
}

function statusOf(err: unknown): number | undefined {
  return (err as { statusCode?: number }).statusCode;
}
