import { readdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { isWithin, realPathOf, statIfPresent } from '../../storage/fs-util.js';
import type { WorkspacePaths } from '../../engine/workspace.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { buildWithSignals } from './build.js';
import {
  addWorkspaceOptions,
  jobsOption,
  oneTarget,
  openEngine,
  type WorkspaceFlags,
} from './engine-options.js';

interface CheckoutFlags extends WorkspaceFlags {
  force?: boolean;
  jobs?: number;
}

/** DIR, or the nearest of its parents that exists, must be a directory (before anything is built). */
function refuseNonDirectory(full: string, dir: string): void {
  for (let at = full; ; at = dirname(at)) {
    const info = statIfPresent(at);
    if (info) {
      if (info.isDirectory()) return;
      throw new UsageError(
        at === full ? `${dir} exists and is not a directory` : `${dir}: ${at} is not a directory`,
      );
    }
    if (at === dirname(at)) return;
  }
}

/**
 * DIR must not hold the workspace (replacing its contents would delete the sources and the store)
 * nor lie in edo's own state (the store, logs), whichever way it is spelt (`.`, `..`, a path).
 */
function refuseEdoOwnDirectories(dir: string, full: string, paths: WorkspacePaths): void {
  // Through symbolic links too: a link to the workspace's parent is its parent.
  const real = realPathOf(full);
  if (real !== full) refuseEdoOwnDirectories(dir, real, realPaths(paths));
  for (const [kept, what] of [
    [paths.root, 'the workspace'],
    [paths.store, "edo's store"],
  ] as const) {
    if (isWithin(kept, full)) throw new UsageError(`${dir} holds ${what} (${kept}): check out elsewhere`);
  }
  for (const inside of [paths.state, paths.store]) {
    if (isWithin(full, inside))
      throw new UsageError(`${dir} is inside edo's own files (${inside}): check out elsewhere`);
  }
}

function realPaths(paths: WorkspacePaths): WorkspacePaths {
  return {
    ...paths,
    root: realPathOf(paths.root),
    state: realPathOf(paths.state),
    store: realPathOf(paths.store),
  };
}

export const checkoutCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('checkout')
        .description("build a target, then write its artifact's files into DIR")
        .argument('<target>', 'a label')
        .argument('<dir>', 'directory to create (must not exist or be empty)')
        .option('-f, --force', 'replace the contents of a non-empty DIR')
        .addOption(jobsOption()),
    ).action(async (target: string, dir: string, flags: CheckoutFlags) => {
      const engine = await openEngine(ctx, flags);
      const label = oneTarget(engine, target, ctx.cwd, 'checkout');
      const full = resolve(ctx.cwd, dir);
      refuseNonDirectory(full, dir);
      refuseEdoOwnDirectories(dir, full, engine.paths);
      const existing = await readdir(full).catch(() => [] as string[]);
      if (existing.length > 0) {
        if (!flags.force) throw new UsageError(`${dir} is not empty (use --force to replace its contents)`);
      }
      // SIGINT/SIGTERM after the build stop the extraction, whose temp directory (it can be large)
      // is then removed: buildWithSignals only handles them while it builds. Installed before the
      // build, so no signal falls between the two and kills edo with the temp directory left.
      const controller = new AbortController();
      const cancel = (): void => controller.abort();
      process.once('SIGINT', cancel);
      process.once('SIGTERM', cancel);
      try {
        const summary = await buildWithSignals(engine, [label], ctx, flags);
        const report = summary.targets.find((t) => t.label === label)!;
        if (existing.length > 0) await rm(full, { recursive: true, force: true });
        const [{ checkout }, { idFromString }] = await Promise.all([
          import('../../storage/checkout.js'),
          import('../../model/id-format.js'),
        ]);
        await checkout(await engine.storage(), idFromString(report.id), full, controller.signal);
        ctx.io.stderr.write(`${report.label} checked out in ${dir}\n`);
      } finally {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
      }
    });
  },
};
