import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { buildCommand } from './build.js';
import { checkoutCommand } from './checkout.js';
import { cleanCommand } from './clean.js';
import { exportCommand } from './export.js';
import { fetchCommand } from './fetch.js';
import { fmtCommand } from './fmt.js';
import { graphCommand } from './graph.js';
import { listCommand } from './list.js';
import { logCommand } from './log.js';
import { pluginCommand } from './plugin.js';
import { pruneCommand } from './prune.js';
import { shellCommand } from './shell.js';
import { starlarkCommand } from './starlark.js';
import { updateCommand } from './update.js';

/** A subcommand of `edo`. Each lives in its own module and is listed here once it really works. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

export const commands: CommandModule[] = [
  starlarkCommand,
  buildCommand,
  listCommand,
  graphCommand,
  fetchCommand,
  checkoutCommand,
  shellCommand,
  logCommand,
  cleanCommand,
  fmtCommand,
  exportCommand,
  pruneCommand,
  updateCommand,
  pluginCommand,
];
