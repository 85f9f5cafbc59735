import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

const actions = () => import('./starlark-actions.js');

export const starlarkCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    const cmd = program.command('starlark').description('run, check or test Starlark files');
    cmd
      .command('run <file>')
      .description('execute FILE as a Starlark module; print() goes to stdout')
      .action(async (file: string) => (await actions()).runFile(ctx, file, false));
    cmd
      .command('check <file>')
      .description('parse and resolve FILE without running it; report the first static error')
      .action(async (file: string) => (await actions()).checkOnly(ctx, file));
    cmd
      .command('test <file>')
      .description(
        'execute FILE in test mode (load("assert.star", "assert", "freeze") is available), then call each of its test_* functions',
      )
      .action(async (file: string) => (await actions()).runFile(ctx, file, true));
    cmd
      .command('repl')
      .description('an interactive Starlark prompt')
      .action(async () => (await actions()).repl(ctx));
  },
};
