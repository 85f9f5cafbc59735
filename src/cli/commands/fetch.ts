import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { buildWithSignals } from './build.js';
import { addWorkspaceOptions, jobsOption, openEngine, type WorkspaceFlags } from './engine-options.js';

interface FetchFlags extends WorkspaceFlags {
  jobs?: number;
  json?: boolean;
}

export const fetchCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('fetch')
        .description('fetch the sources the targets need (default //...), building nothing else')
        .argument('[targets...]', 'labels or patterns')
        .addOption(jobsOption())
        .option('--json', 'print JSON Lines on stdout, as build does'),
    ).action(async (targets: string[], flags: FetchFlags) => {
      const engine = await openEngine(ctx, flags);
      const sources = engine.graph
        .closure(engine.resolvePatterns(targets, ctx.cwd))
        .filter((node) => node.data.schema.component === 'source')
        .map((node) => node.label);
      await buildWithSignals(engine, sources, ctx, flags);
    });
  },
};
