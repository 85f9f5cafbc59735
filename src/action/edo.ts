import { Writable } from 'node:stream';
import { main } from '../cli/main.js';

/**
 * The action runs the very CLI users run, in-process (`main` from src/cli/main.ts): the same
 * engine, flags and error reporting, no second code path. Output arrives line by line.
 */

/** A Writable that hands each complete line to ON_LINE (and the last partial line at the end). */
export class LineSink extends Writable {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {
    super();
  }

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    done: (error?: Error | null) => void,
  ): void {
    const parts = (this.pending + chunk.toString()).split('\n');
    this.pending = parts.pop() ?? '';
    try {
      parts.forEach((line) => this.onLine(line));
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  /** Flushes a last line without a newline. */
  flushPending(): void {
    if (this.pending.length > 0) this.onLine(this.pending);
    this.pending = '';
  }
}

/**
 * Runs `edo ARGV` in DIR with ENV. STDOUT receives the command's output as is (JSON Lines through a
 * LineSink, or a tarball into a file); stderr lines go to ON_STDERR_LINE. Resolves to the exit code.
 */
export async function runEdo(
  argv: string[],
  options: { dir: string; env: NodeJS.ProcessEnv; stdout: Writable; onStderrLine: (line: string) => void },
): Promise<number> {
  const stderr = new LineSink(options.onStderrLine);
  const exitCode = await main(argv, { stdout: options.stdout, stderr, env: options.env }, options.dir);
  stderr.flushPending();
  if (options.stdout instanceof LineSink) options.stdout.flushPending();
  return exitCode;
}
