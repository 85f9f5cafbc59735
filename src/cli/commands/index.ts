import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { pruneCommand } from './prune.js';

/** A subcommand of `edo`. Each lives in its own module and is listed here once it really works. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

export const commands: CommandModule[] = [pruneCommand];
