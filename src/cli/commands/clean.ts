import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { findWorkspace } from '../../engine/workspace.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

export const cleanCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('clean')
      .description("remove the workspace's .edo/ directory: local store, logs, temp files")
      .action(async () => {
        const paths = findWorkspace(ctx.cwd, ctx.io.env);
        await rm(paths.state, { recursive: true, force: true, maxRetries: 3 });
        ctx.io.stderr.write(`removed ${paths.state}\n`);
      });
  },
};
