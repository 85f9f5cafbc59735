import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { EdoError } from '../../model/errors.js';
import { assertModule } from '../../starlark/assert.js';
import {
  checkFile,
  createLoader,
  createThread,
  dialects,
  execModule,
  parseExpr,
  repr,
  StarlarkError,
  type Value,
} from '../../starlark/index.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

function readSource(ctx: CliContext, file: string): string {
  try {
    return readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch (e) {
    throw new EdoError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Runs FILE as a module; load() paths are relative to the loading file, `assert.star` is built in when testing. */
function runFile(ctx: CliContext, file: string, testing: boolean): void {
  const out = ctx.io.stdout;
  const builtinModules = new Map<string, Map<string, Value>>();
  if (testing) builtinModules.set('assert.star', assertModule());
  const load = createLoader((module, fromFile) => {
    // The root is named exactly as given on the command line; loaded files relative to their loader.
    const path = fromFile === ROOT ? module : join(dirname(fromFile), module);
    return { key: resolve(ctx.cwd, path), file: path, source: readSource(ctx, path), dialect: dialects.spec };
  }, builtinModules);
  const thread = createThread({ load, print: (msg) => out.write(msg + '\n') });
  load(file, ROOT, thread);
}

const ROOT = '';

/** A line-oriented prompt: a line ending in ':' opens a block that a blank line closes. */
function repl(ctx: CliContext): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '>>> ' });
  const thread = createThread({ print: (msg) => ctx.io.stdout.write(msg + '\n') });
  let globals = new Map<string, Value>();
  let chunk = 0;
  let pending: string[] = [];
  const run = (source: string): void => {
    const file = `<stdin:${++chunk}>`;
    let isExpr = false;
    try {
      parseExpr(file, source);
      isExpr = source.trim() !== '';
    } catch {
      // Not a lone expression: run it as statements.
    }
    try {
      const text = isExpr ? `${REPL_VALUE} = ${source}\n` : source + '\n';
      const result = execModule({
        file,
        source: text,
        dialect: dialects.permissive,
        predeclared: globals,
        thread,
      });
      const value = result.get(REPL_VALUE);
      result.delete(REPL_VALUE);
      globals = new Map([...globals, ...result]);
      if (value !== undefined && value !== null) ctx.io.stdout.write(repr(value) + '\n');
    } catch (e) {
      if (!(e instanceof StarlarkError)) throw e;
      ctx.io.stderr.write(e.format() + '\n');
    }
  };
  rl.prompt();
  rl.on('line', (line) => {
    if (pending.length > 0 || line.trimEnd().endsWith(':')) {
      if (line.trim() !== '') {
        pending.push(line);
        rl.setPrompt('... ');
        rl.prompt();
        return;
      }
      line = pending.join('\n');
      pending = [];
      rl.setPrompt('>>> ');
    }
    run(line);
    rl.prompt();
  });
  return new Promise((done) => rl.on('close', done));
}

const REPL_VALUE = '__repl_value__';

export const starlarkCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    const cmd = program.command('starlark').description('run, check or test Starlark files');
    cmd
      .command('run <file>')
      .description('execute FILE as a Starlark module; print() goes to stdout')
      .action((file: string) => runFile(ctx, file, false));
    cmd
      .command('check <file>')
      .description('parse and resolve FILE without running it; report the first static error')
      .action((file: string) => {
        checkFile(file, readSource(ctx, file), { dialect: dialects.permissive });
      });
    cmd
      .command('test <file>')
      .description('execute FILE in test mode: load("assert.star", "assert", "freeze") is available')
      .action((file: string) => runFile(ctx, file, true));
    cmd
      .command('repl')
      .description('an interactive Starlark prompt')
      .action(() => repl(ctx));
  },
};
