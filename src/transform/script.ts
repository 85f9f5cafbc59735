import { EdoError, UsageError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import { logExcerpt, type Log } from '../model/log.js';
import type { DeclarationNode } from '../model/node.js';
import type { Environment } from '../environment/types.js';
import type { ComponentContext } from '../engine/components.js';
import { environmentDigest, transformDigest } from '../engine/cache-key.js';
import { layerFromEnvironment, stageArtifact } from './artifacts.js';
import { inputArtifact, inputDigests, keyAttributes, labelName } from './inputs.js';
import type { Handle, Transform, TransformStatus } from './types.js';

/** Where things are inside the environment: deps are staged in the working directory, `$OUT` beside it. */
const WORK_DIR = 'work';
const OUT_DIR = 'out';
/**
 * The line the script's exit trap prints on stderr when a command fails. It stays in the log
 * (`edo log` shows which command failed); the error message says it already, so its excerpt
 * leaves it out.
 */
const FAILURE_LINE = /^edo: command (\d+) of \d+ failed with exit status (\d+)$/;
/** What a farm writes when the shell itself was killed (local: `killed by signal SIGKILL`; docker: by number, or out of memory). */
const KILLED_LINE = /^edo: (killed\b.*)$/;
const OUT_NOT_DIRECTORY =
  'edo: $OUT must stay a directory: the artifact is made of its files (write $OUT/NAME)';
const TAIL_BYTES = 64 * 1024;

/** A log that forwards everything and keeps the last bytes, to find the failure line and show a tail. */
class TailLog implements Log {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly inner: Log) {}

  write(data: string | Uint8Array): void {
    this.inner.write(data);
    const chunk = Buffer.from(data);
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0]!.length > TAIL_BYTES) this.size -= this.chunks.shift()!.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The failing step and exit status from the failure line, and the log without that line. */
function parseFailure(logText: string): { step: number; status: number; rest: string } | undefined {
  const lines = logText.split('\n');
  const failureAt = lines.findLastIndex((line) => FAILURE_LINE.test(line));
  if (failureAt < 0) return undefined;
  const [, step, status] = FAILURE_LINE.exec(lines[failureAt]!)!;
  // The line is printed after a newline, in case the output before it (on the same stream) did
  // not end with one: that makes a blank line, on a stream whose lines may arrive interleaved
  // with the other's (Docker), so it is the last blank line before it rather than the one above.
  const blankAt = lines.findLastIndex((line, i) => i < failureAt && line === '');
  const rest = lines.filter((_, i) => i !== failureAt && i !== blankAt).join('\n');
  return { step: Number(step), status: Number(status), rest };
}

/**
 * `script(name, deps, commands, environment, env)`: runs `commands` with `sh -eu` semantics in a
 * fresh working directory where each dependency is staged under its target name; what the
 * commands put in `$OUT` becomes the artifact (one layer).
 */
export class ScriptTransform implements Transform {
  private readonly deps: string[];
  private readonly commands: string[];
  private readonly variables: Record<string, string>;

  constructor(
    private readonly node: DeclarationNode,
    private readonly ctx: ComponentContext,
  ) {
    this.deps = (node.attrs.deps ?? []) as string[];
    this.commands = (node.attrs.commands ?? []) as string[];
    this.variables = (node.attrs.env ?? {}) as Record<string, string>;
    if (Object.hasOwn(this.variables, 'OUT')) {
      throw new UsageError('env: OUT is set by edo (the directory the artifact is made from)', {
        position: node.position,
        target: node.id,
      });
    }
    const clash = (first: string, second: string, dir: string): never => {
      throw new UsageError(`deps ${first} and ${second} would both be staged in ${dir}/; rename one`, {
        position: node.position,
        target: node.id,
      });
    };
    const names = new Map<string, string>();
    for (const dep of this.deps) {
      const name = labelName(dep);
      const other = names.get(name);
      if (other !== undefined) clash(other, dep, name);
      names.set(name, dep);
    }
    // A name with "/" is staged inside the directory of the dep named like its first part.
    for (const [name, dep] of names) {
      const parts = name.split('/');
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        const outer = names.get(dir);
        if (outer !== undefined) clash(outer, dep, dir);
      }
    }
  }

  environment(): string {
    return this.node.attrs.environment as string;
  }

  depends(): string[] {
    return this.deps;
  }

  async getUniqueId(handle: Handle): Promise<Id> {
    const farm = this.ctx.getFarm(this.environment());
    if (!farm)
      throw new EdoError(`no environment farm named "${this.environment()}"`, { target: this.node.id });
    const digest = transformDigest({
      kind: this.node.kind,
      // The farm's identity stands for the environment, so renaming a farm invalidates nothing.
      attrs: keyAttributes(this.node.attrs, ['environment']),
      inputs: await inputDigests(handle, this.deps),
      environment: await environmentDigest(farm),
    });
    return { name: this.node.name, digest };
  }

  async prepare(_log: Log, _handle: Handle): Promise<void> {}

  async stage(_log: Log, handle: Handle, env: Environment): Promise<void> {
    await env.createDir(WORK_DIR);
    await env.createDir(OUT_DIR);
    for (const dep of this.deps) {
      await stageArtifact(
        handle.storage(),
        env,
        `${WORK_DIR}/${labelName(dep)}`,
        await inputArtifact(handle, dep),
      );
    }
  }

  async transform(log: Log, handle: Handle, env: Environment): Promise<TransformStatus> {
    const id = await this.getUniqueId(handle);
    const tail = new TailLog(log);
    const command = env.deferCmd(tail, id);
    command.createNamedDir('OUT', `../${OUT_DIR}`);
    for (const [key, value] of Object.entries(this.variables)) command.set(key, value);
    command.run('__edo_step=0');
    command.run(
      `trap '__edo_status=$?; if [ "$__edo_status" -ne 0 ]; then ` +
        `printf "\\nedo: command %s of ${this.commands.length} failed with exit status %s\\n" ` +
        `"$__edo_step" "$__edo_status" >&2; fi' EXIT`,
    );
    this.commands.forEach((line, i) => {
      command.run(`__edo_step=${i + 1}`);
      command.run(line);
    });
    // Bazel's genrules write their outputs as files; here $OUT is a directory the artifact is made of.
    command.run(`__edo_step=${this.commands.length + 1}`);
    command.run(`[ -d "$OUT" ] || { echo '${OUT_NOT_DIRECTORY}' >&2; exit 1; }`);
    if (await env.run(tail, id, WORK_DIR, command)) {
      // Nothing more runs: stopping first means nothing left running can change $OUT while it
      // is collected, and an environment can release what it no longer needs meanwhile.
      await env.down(tail);
      const layer = await layerFromEnvironment(handle.storage(), env, OUT_DIR);
      return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers: [layer] } };
    }
    return { kind: 'failed', log: tail.text(), error: this.failure(tail.text()) };
  }

  private failure(logText: string): EdoError {
    const failure = parseFailure(logText);
    const step = failure ? this.commands[failure.step - 1] : undefined;
    const failed = (message: string, log: string) =>
      new EdoError(message, { target: this.node.id, details: logExcerpt(log) });
    if (!failure || step === undefined) {
      // No command failed: $OUT was made a file (the check after the commands says so), or the
      // shell itself was killed, so its trap could not say which command ran (the farm did).
      const lines = logText.split('\n').filter((line) => !FAILURE_LINE.test(line));
      const at = lines.findLastIndex((line) => line === OUT_NOT_DIRECTORY || KILLED_LINE.test(line));
      if (at < 0) return failed('script failed', logText);
      const why = lines[at]!.slice('edo: '.length);
      const rest = lines.filter((_, i) => i !== at).join('\n');
      return failed(KILLED_LINE.test(lines[at]!) ? `script ${why}` : why, rest);
    }
    return failed(`command failed with exit code ${failure.status}: ${step}`, failure.rest);
  }

  canShell(): boolean {
    return true;
  }

  /** A shell where the commands would run: deps staged, `$OUT` and `env` set as for the commands. */
  async shell(env: Environment): Promise<void> {
    await env.setEnv('OUT', await env.expand(OUT_DIR));
    for (const [key, value] of Object.entries(this.variables)) await env.setEnv(key, value);
    await env.shell(WORK_DIR);
  }
}
