import { Option, type Command } from 'commander';
import { EdoError, placeOf, UsageError } from '../../model/errors.js';
import type { Engine } from '../../engine/engine.js';
import type { BuildSummary } from '../../engine/run.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { addWorkspaceOptions, jobsOption, openEngine, type WorkspaceFlags } from './engine-options.js';

interface BuildFlags extends WorkspaceFlags {
  jobs?: number;
  keepGoing?: boolean;
  json?: boolean;
  maxAttempts?: number;
}

/**
 * Runs a build of `labels` with SIGINT/SIGTERM cancelling it: running targets are stopped, their
 * environments torn down, and the command fails once everything has settled.
 */
export async function buildWithSignals(
  engine: Engine,
  labels: readonly string[],
  ctx: CliContext,
  flags: BuildFlags,
): Promise<BuildSummary> {
  const [{ runBuild }, { chooseReporter }] = await Promise.all([
    import('../../engine/run.js'),
    import('../../engine/reporter.js'),
  ]);
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    const summary = await runBuild(engine, labels, {
      jobs: flags.jobs,
      keepGoing: flags.keepGoing,
      maxAttempts: flags.maxAttempts,
      signal: controller.signal,
      reporter: chooseReporter(flags.json === true, ctx.io.stdout, ctx.io.stderr, ctx.io.env),
    });
    for (const line of await engine.saveLock()) ctx.io.stderr.write(`edo.lock.json: ${line}\n`);
    if (summary.status === 'cancelled' || controller.signal.aborted) throw new EdoError('build cancelled');
    if (summary.status === 'failed') {
      const failed = summary.targets.filter((t) => t.status === 'failed').map((t) => t.label);
      throw new EdoError(`build failed: ${failed.join(', ')}`);
    }
    return summary;
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
  }
}

export const buildCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('build')
        .description('build targets (default //...) and everything they depend on')
        .argument('[targets...]', 'labels or patterns: //pkg:name, :name, //pkg/..., //...')
        .addOption(jobsOption())
        .option('-k, --keep-going', 'keep building independent targets after a failure')
        .option('--json', 'print JSON Lines on stdout: one object per target, then a summary')
        .addOption(
          new Option('--max-attempts <n>', 'attempts for a target whose failure is retryable').argParser(
            (v) => {
              const n = Number(v);
              if (!Number.isInteger(n) || n < 1)
                throw new UsageError(`--max-attempts ${v}: expected a positive integer`);
              return n;
            },
          ),
        ),
    ).action(async (targets: string[], flags: BuildFlags) => {
      const engine = await openEngine(ctx, flags);
      try {
        // With --keep-going, build files with errors are reported and the rest is built.
        const { labels, broken } = flags.keepGoing
          ? engine.resolvePatternsKeepingGoing(targets, ctx.cwd)
          : { labels: engine.resolvePatterns(targets, ctx.cwd), broken: [] };
        for (const error of broken) ctx.io.stderr.write(`${error.format()}\n`);
        // A workspace with no targets builds nothing, successfully: say so, since a CI job run
        // from the wrong directory would otherwise pass without having built anything.
        if (labels.length === 0 && broken.length === 0) {
          const patterns = targets.length > 0 ? targets.join(' ') : '//...';
          engine.warn(`${patterns} matches no target (no BUILD.edo under ${engine.paths.root} declares one)`);
        }
        await buildWithSignals(engine, labels, ctx, flags);
        if (broken.length > 0) {
          throw new UsageError(
            `${broken.length} build file(s) with errors, whose targets were not built: ${broken.map(placeOf).join(', ')}`,
          );
        }
      } finally {
        await engine.close();
      }
    });
  },
};
