import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EdoError, ExitCode } from '../model/errors.js';
import { commands } from './commands/index.js';
import { CliContext, type CliIO } from './context.js';

const HINT = "run 'edo --help' for usage";

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Commander reports usage errors over several lines ("error: ...", "(Did you mean ...?)"): make it one. */
function oneLineUsageError(text: string): string {
  const joined = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ')
    .replace(/^error: /, '')
    .replace(/\.$/, '');
  return `edo: ${joined}; ${HINT}`;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('edo')
    .description('Edo: a hermetic, cached build system with Starlark build files and WebAssembly plugins')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .option('-C, --directory <dir>', 'run as if edo was started in <dir>')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .hook('preAction', (thisCommand) => {
      ctx.setDirectory(thisCommand.opts<{ directory?: string }>().directory);
    });
  for (const command of commands) command.register(program, ctx);
  program.commands.forEach((sub) => sub.helpOption('-h, --help', 'show help for this command'));
  return program;
}

function configure(program: Command, io: CliIO): void {
  program.exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(oneLineUsageError(s) + '\n'),
  });
  program.commands.forEach((sub) => configure(sub, io));
}

/**
 * System errors the machine causes rather than edo (a permission, a full disk, too many open files,
 * a file where a directory must be), as one line without a stack trace; undefined for anything else.
 */
function machineError(err: unknown): string | undefined {
  // Duck-typed: errors from Node's own realm are not `instanceof Error` in every context (jest).
  const failure = (err ?? {}) as NodeJS.ErrnoException;
  if (typeof failure.syscall !== 'string' || typeof failure.message !== 'string') return undefined;
  switch (failure.code) {
    case 'EACCES':
    case 'EPERM':
      // A .edo/ made by root in a container, then used by a developer, is the common case.
      return `${failure.message} (edo runs as uid ${process.getuid?.() ?? '?'}: is it owned by another user?)`;
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EROFS':
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EMFILE':
    case 'ENFILE':
      return failure.message;
    default:
      return undefined;
  }
}

/** Runs the CLI and returns the exit code; never throws for a user mistake. */
export async function main(argv: string[], io: CliIO, startDir: string): Promise<number> {
  const ctx = new CliContext(io, startDir);
  const program = buildProgram(ctx);
  configure(program, io);
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return ExitCode.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitStatus;
  } catch (err) {
    if (err instanceof CommanderError) {
      const clean = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return clean ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof EdoError) {
      io.stderr.write(err.format() + '\n');
      return err.exitCode;
    }
    const machine = machineError(err);
    if (machine) {
      io.stderr.write(`error: ${machine}\n`);
      return ExitCode.failed;
    }
    // Not a user mistake: a bug in edo. Show everything so it can be reported.
    io.stderr.write(
      `edo: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return ExitCode.failed;
  }
}

/** Runs the CLI as this process: its arguments, standard streams, environment and directory. */
export async function runProcess(): Promise<void> {
  // `edo list | head`: once the reader is gone, what is left to print is dropped and the command
  // finishes as it would have (a build still ends cleanly), rather than crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  process.exitCode = await main(
    process.argv.slice(2),
    { stdout: process.stdout, stderr: process.stderr, env: process.env },
    process.cwd(),
  );
}
