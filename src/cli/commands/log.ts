import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { addWorkspaceOptions, oneTarget, openEngine, type WorkspaceFlags } from './engine-options.js';

export const logCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('log')
        .description('print the latest log of a target (targets served from a cache have none)')
        .argument('<target>', 'a label')
        .option('--path', "print the log file's path instead of its contents"),
    ).action(async (target: string, flags: WorkspaceFlags & { path?: boolean }) => {
      const engine = await openEngine(ctx, flags, { inspectOnly: true });
      const label = oneTarget(engine, target, ctx.cwd, 'log');
      const { TargetLogs } = await import('../../engine/logs.js');
      const path = await new TargetLogs(engine.paths.logs).latest(label);
      if (!path) throw new UsageError(`${label} has no log: it has not run here (cached targets write none)`);
      if (flags.path) ctx.io.stdout.write(path + '\n');
      else await pipeline(createReadStream(path), ctx.io.stdout, { end: false });
    });
  },
};
