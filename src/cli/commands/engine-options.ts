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
  return (
    command
      .option('--config <name>', 'the build_config to use (default: "default" when declared)')
      // One value each, repeated (as Bazel's --define): a variadic option took the targets after it.
      .option(
        '--arg <key=value>',
        'a value components read with context.getArg (repeat for more)',
        (pair: string, earlier: string[] = []) => [...earlier, pair],
      )
      .option('--locked', 'never write edo.lock.json; fail when an entry is missing or stale')
  );
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

/**
 * Opens the workspace for a command (the engine is imported only then: `edo --help` and
 * `edo starlark` stay fast). `inspectOnly`: the command only reads the model (targets,
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

/** The one target a command such as `edo checkout` works on; a pattern must match exactly one. */
export function oneTarget(engine: Engine, pattern: string, cwd: string, command: string): string {
  const labels = engine.resolvePatterns([pattern], cwd);
  if (labels.length === 1) return labels[0]!;
  // As in Bazel, ":all" is the package's every target, even where one of them is named "all".
  const all = /:all$/.test(pattern) ? '; ":all" means every target of its package' : '';
  throw new UsageError(
    `${command} takes one target, but ${pattern} matches ${labels.length}: ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ', ...' : ''}${all}`,
  );
}
