import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { addWorkspaceOptions, openEngine, type WorkspaceFlags } from './engine-options.js';

interface ListFlags extends WorkspaceFlags {
  kind?: boolean;
}

export const listCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('list')
        .description('list the targets matching the patterns (default //...)')
        .argument('[patterns...]', 'labels or patterns: //pkg:*, //pkg/..., //...')
        .option('--kind', "show each target's rule kind"),
    ).action(async (patterns: string[], flags: ListFlags) => {
      const engine = await openEngine(ctx, flags, { inspectOnly: true });
      try {
        for (const label of engine.resolvePatterns(patterns, ctx.cwd)) {
          const kind = engine.model.targets.get(label)!.node.kind;
          ctx.io.stdout.write(flags.kind ? `${kind.padEnd(16)} ${label}\n` : `${label}\n`);
        }
      } finally {
        await engine.close();
      }
    });
  },
};
