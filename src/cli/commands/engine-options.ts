import { Option, type Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import type { Engine } from '../../engine/engine.js';
import type { CliContext } from '../context.js';

/** Options every command that loads the workspace shares. */
export interface WorkspaceFlags {
  config?: string;
  arg?: string[];
  locked?: boolean;
}

export function addWorkspaceOptions(command: Command): Command {
  return command
    .option('--config <name>', 'the build_config to use (default: "default" when declared)')
    .option('--arg <key=value...>', 'a value components read with context.getArg (repeatable)')
    .option('--locked', 'never write edo.lock.json; fail when an entry is missing or stale');
}

function parseArgs(pairs: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--arg ${pair}: expected KEY=VALUE`);
    args[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return args;
}

/** Loads the engine only when a command needs it: `edo --help` and `edo starlark` stay fast. */
/**
 * Opens the workspace for a command. `inspectOnly`: the command only reads the model (targets,
 * graph, logs), so plugins are not started unless something calls one.
 */
export async function openEngine(
  ctx: CliContext,
  flags: WorkspaceFlags,
  use: { inspectOnly?: boolean } = {},
): Promise<Engine> {
  const { Engine } = await import('../../engine/engine.js');
  return Engine.open(ctx.cwd, {
    env: ctx.io.env,
    config: flags.config,
    args: parseArgs(flags.arg ?? []),
    lockMode: flags.locked ? 'locked' : 'build',
    diagnostics: ctx.io.stderr,
    inspectOnly: use.inspectOnly,
  });
}

/** `--jobs N`: a positive integer. */
export function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'targets run at once (default: the number of cores plus 2)').argParser(
    (value) => {
      const jobs = Number(value);
      if (!Number.isInteger(jobs) || jobs < 1)
        throw new UsageError(`--jobs ${value}: expected a positive integer`);
      return jobs;
    },
  );
}
