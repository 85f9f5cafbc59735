import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import type { Log } from '../../model/log.js';
import { logWriter } from './streams.js';

/**
 * The container's main process when it has a work root: a shell that runs one script per line
 * read from its stdin (`TOKEN PATH`), with no stdin of its own, and then prints the exit status
 * after the token. Edo keeps stdin attached for the container's life, so a command costs a write
 * and its output instead of an exec (≈ 4 ms against 50–70 ms measured here).
 *
 * `TOKEN -` halts the container: as its PID 1, the loop SIGKILLs every other process in it, so
 * nothing runs from then on (≈ 3 ms, where the engine's pause takes 15 and its kill 70–150).
 * Its input closes when Edo's attachment does (`StdinOnce`), whether Edo closes it or dies: the
 * loop ends, and the engine removes the container (`AutoRemove`). Nothing is left running, and
 * Edo need not wait for the removal. A line without a script is skipped: podman passes the
 * attach request's own body to the container's stdin, and the newline Edo sends first ends it.
 */
const COMMAND_LOOP =
  'while IFS=" " read -r __edo_token __edo_script; do [ -n "$__edo_script" ] || continue; ' +
  'if [ "$__edo_script" = - ]; then kill -9 -1 2>/dev/null; __edo_status=0; else ' +
  '/bin/sh -eu "$__edo_script" </dev/null; __edo_status=$?; rm -f "$__edo_script"; fi; ' +
  'printf "\\n%s %s\\n" "$__edo_token" "$__edo_status"; done';

/** What a container created for a command channel needs on top of its own settings. */
export const COMMAND_CHANNEL_SPEC: Partial<Docker.ContainerCreateOptions> = {
  Entrypoint: ['/bin/sh', '-c', COMMAND_LOOP],
  Cmd: [],
  OpenStdin: true,
  StdinOnce: true,
  AttachStdin: true,
  AttachStdout: true,
  AttachStderr: true,
};

/** HostConfig for the same: the engine removes the container once it stops; output is not logged twice. */
export const COMMAND_CHANNEL_HOST_CONFIG: Partial<Docker.HostConfig> = {
  AutoRemove: true,
  LogConfig: { Type: 'none', Config: {} },
};

/** The channel closed before the command's status came: the container stopped or was removed. */
export class ChannelClosed extends Error {}

interface RunningCommand {
  log: Log;
  /** `\n<token> `: what precedes the exit status on stdout. */
  marker: Buffer;
  resolve(status: number): void;
  reject(error: Error): void;
}

/** Runs scripts in a container through its attached stdin, one at a time (see COMMAND_LOOP). */
export class CommandChannel {
  private current?: RunningCommand;
  /** Stdout not yet passed on: it may be the start of the current command's marker. */
  private held: Buffer = Buffer.alloc(0);
  private closed = false;

  private constructor(private readonly stream: Duplex) {}

  /** Attaches to a created container's stdin, stdout and stderr. */
  static async open(docker: Docker, container: Docker.Container): Promise<CommandChannel> {
    const stream = (await container.attach({
      stream: true,
      stdin: true,
      stdout: true,
      stderr: true,
      hijack: true,
    })) as unknown as Duplex;
    const channel = new CommandChannel(stream);
    stream.write('\n');
    const stdout = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        channel.onStdout(chunk);
        done();
      },
    });
    const stderr = logWriter({ write: (data) => channel.current?.log.write(data) });
    docker.modem.demuxStream(stream, stdout, stderr);
    const close = (): void => channel.onClose();
    stream.on('end', close);
    stream.on('close', close);
    stream.on('error', close);
    return channel;
  }

  /** Runs the script at `path` (in the container), its output to `log`; resolves to its exit status. */
  run(log: Log, path: string): Promise<number> {
    if (this.current) return Promise.reject(new Error('the command channel is busy'));
    if (this.closed) return Promise.reject(new ChannelClosed('the container stopped'));
    const token = randomBytes(16).toString('hex');
    return new Promise<number>((resolve, reject) => {
      this.current = { log, marker: Buffer.from(`\n${token} `), resolve, reject };
      this.stream.write(`${token} ${path}\n`);
    });
  }

  /** Kills every process in the container but the loop (see COMMAND_LOOP). */
  async halt(): Promise<void> {
    await this.run({ write: () => undefined }, '-');
  }

  /** Ends the attachment: the container's loop sees the end of its input and exits. */
  close(): void {
    this.stream.end();
    this.stream.destroy();
  }

  private onStdout(chunk: Buffer): void {
    const current = this.current;
    // Output of what a finished command left running belongs to no command.
    if (!current) return;
    const data = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    const at = data.indexOf(current.marker);
    if (at >= 0) {
      const end = data.indexOf(0x0a, at + current.marker.length);
      if (end < 0) {
        this.held = data;
        return;
      }
      if (at > 0) current.log.write(data.subarray(0, at));
      this.held = Buffer.alloc(0);
      this.current = undefined;
      current.resolve(Number(data.subarray(at + current.marker.length, end).toString()));
      return;
    }
    // Everything but a tail that could begin the marker goes to the log at once.
    const keep = heldBack(data, current.marker);
    current.log.write(data.subarray(0, data.length - keep));
    this.held = keep > 0 ? Buffer.from(data.subarray(data.length - keep)) : Buffer.alloc(0);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    const current = this.current;
    this.current = undefined;
    if (current) {
      if (this.held.length > 0) current.log.write(this.held);
      current.reject(new ChannelClosed('the container stopped while the command ran'));
    }
  }
}

/** Length of the longest end of `data` that is a beginning of `marker`. */
function heldBack(data: Buffer, marker: Buffer): number {
  for (let length = Math.min(data.length, marker.length - 1); length > 0; length--) {
    if (data.subarray(data.length - length).equals(marker.subarray(0, length))) return length;
  }
  return 0;
}
