import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { addWorkspaceOptions, openEngine, type WorkspaceFlags } from './engine-options.js';

interface GraphFlags extends WorkspaceFlags {
  format: 'dot' | 'json';
}

export const graphCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('graph')
        .description('print the dependency graph of targets (default //...)')
        .argument('[targets...]', 'labels or patterns')
        .addOption(new Option('--format <format>', 'output format').choices(['dot', 'json']).default('dot')),
    ).action(async (targets: string[], flags: GraphFlags) => {
      const engine = await openEngine(ctx, flags, { inspectOnly: true });
      const nodes = engine.graph.closure(engine.resolvePatterns(targets, ctx.cwd));
      if (flags.format === 'json') {
        const json = nodes.map((n) => ({ label: n.label, kind: n.data.node.kind, deps: n.deps }));
        ctx.io.stdout.write(JSON.stringify({ targets: json }, null, 2) + '\n');
        return;
      }
      const lines = ['digraph edo {', '  rankdir = LR;'];
      for (const node of nodes) {
        lines.push(
          `  ${JSON.stringify(node.label)} [label=${JSON.stringify(`${node.label}\n${node.data.node.kind}`)}];`,
        );
        for (const dep of node.deps) lines.push(`  ${JSON.stringify(node.label)} -> ${JSON.stringify(dep)};`);
      }
      lines.push('}');
      ctx.io.stdout.write(lines.join('\n') + '\n');
    });
  },
};
