import type { Command } from './types.js';

/** Quotes a string for POSIX sh so it is passed through as one word. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function assertEnvName(key: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`invalid environment variable name: ${key}`);
}

/**
 * The seed's `command` resource as a POSIX sh script, so every environment (local, Docker, a
 * plugin's) runs the same steps the same way: `sh -eu` semantics, one script per run.
 * `send(path)` marks a path whose contents the caller collects after the run.
 */
export class ScriptCommand implements Command {
  private readonly lines: string[] = [];
  private readonly sent: string[] = [];
  private depth = 0;

  set(key: string, value: string): void {
    assertEnvName(key);
    this.lines.push(`export ${key}=${shellQuote(value)}`);
  }

  chdir(path: string): void {
    this.lines.push(`cd ${shellQuote(path)}`);
  }

  pushd(path: string): void {
    this.depth += 1;
    this.lines.push(`__edo_dir_${this.depth}="$PWD"`, `cd ${shellQuote(path)}`);
  }

  popd(): void {
    if (this.depth === 0) throw new Error('popd without pushd');
    this.lines.push(`cd "$__edo_dir_${this.depth}"`);
    this.depth -= 1;
  }

  createNamedDir(key: string, path: string): void {
    assertEnvName(key);
    this.lines.push(`mkdir -p ${shellQuote(path)}`, `export ${key}="$(cd ${shellQuote(path)} && pwd)"`);
  }

  createDir(path: string): void {
    this.lines.push(`mkdir -p ${shellQuote(path)}`);
  }

  removeDir(path: string): void {
    this.lines.push(`rm -rf ${shellQuote(path)}`);
  }

  removeFile(path: string): void {
    this.lines.push(`rm -f ${shellQuote(path)}`);
  }

  mv(source: string, target: string): void {
    this.lines.push(`mv ${shellQuote(source)} ${shellQuote(target)}`);
  }

  copy(source: string, target: string): void {
    this.lines.push(`cp -R ${shellQuote(source)} ${shellQuote(target)}`);
  }

  /** A user's command line, run as written by the shell. */
  run(cmd: string): void {
    this.lines.push(cmd);
  }

  send(path: string): void {
    this.sent.push(path);
  }

  /** Paths marked with `send`, in order. */
  sentPaths(): readonly string[] {
    return this.sent;
  }

  /** The whole script, to run with `sh -eu`. */
  toScript(): string {
    return ['set -eu', ...this.lines, ''].join('\n');
  }
}
