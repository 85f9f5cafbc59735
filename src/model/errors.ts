/**
 * Errors are values with context. Every error a user can cause is an EdoError: it knows where it
 * happened (file position, target, plugin) and which exit code it maps to, and it is printed once,
 * without a JavaScript stack trace.
 */
import { relative } from 'node:path';

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export interface ErrorContext {
  /** Where in a user's file the problem is. */
  position?: SourcePosition;
  /** The target being built, as a label string. */
  target?: string;
  /** The plugin (and component/method) that failed. */
  plugin?: string;
  /** Further lines shown under the message (a traceback, a log tail). */
  details?: string[];
}

/** Exit codes of the `edo` CLI. */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class EdoError extends Error {
  readonly context: ErrorContext;
  readonly exitCode: ExitCode;

  constructor(
    message: string,
    context: ErrorContext = {},
    exitCode: ExitCode = ExitCode.failed,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'EdoError';
    this.context = context;
    this.exitCode = exitCode;
  }

  /** The user-facing text: `file:line:col: error: message`, or with the target/plugin as prefix. */
  format(): string {
    const { position, target, plugin, details } = this.context;
    const where: string[] = [];
    if (position) where.push(`${position.file}:${position.line}:${position.col}:`);
    if (target) where.push(`${target}:`);
    if (plugin) where.push(`plugin ${plugin}:`);
    const head = [...where, 'error:', this.message].join(' ');
    return details && details.length > 0 ? [head, ...details].join('\n') : head;
  }
}

/** A mistake in how edo was called or configured (bad flag, bad build file setting): exit code 2. */
export class UsageError extends EdoError {
  constructor(message: string, context: ErrorContext = {}) {
    super(message, context, ExitCode.usage);
    this.name = 'UsageError';
  }
}

/** The error with more lines under it (a log's excerpt, its path, other places that failed). */
export function withDetails(error: EdoError, more: readonly string[]): EdoError {
  if (more.length === 0) return error;
  const details = [...(error.context.details ?? []), ...more];
  return new EdoError(error.message, { ...error.context, details }, error.exitCode, error);
}

/** Where an error happened, as `FILE:LINE:COL`, or its message when it has no position. */
export function placeOf(error: EdoError): string {
  const at = error.context.position;
  return at ? `${at.file}:${at.line}:${at.col}` : error.message;
}

/** A path as messages show it: relative to the current directory when it lies under it. */
export function pathForMessages(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * The error placed at the declaration it arose from (`WORKSPACE.edo:2:1: plugin p: error: ...`),
 * unless it has a position already; anything but an EdoError is returned as it is.
 */
export function atDeclaration(error: unknown, position: SourcePosition, context: ErrorContext = {}): unknown {
  if (!(error instanceof EdoError) || error.context.position !== undefined) return error;
  const placed = { ...context, ...error.context, position };
  return error instanceof UsageError
    ? new UsageError(error.message, placed)
    : new EdoError(error.message, placed, error.exitCode, error.cause);
}

/** A service could not be reached at all (no connection), as opposed to one that answered an error. */
export class UnreachableError extends EdoError {
  constructor(message: string, context: ErrorContext = {}) {
    super(message, context);
    this.name = 'UnreachableError';
  }
}

/**
 * A storage backend refuses every write (a read-only registry, no push permission): a remote
 * cache that throws it is not written to again for the rest of the command.
 */
export class WritesRefusedError extends EdoError {
  constructor(message: string, context: ErrorContext = {}) {
    super(message, context);
    this.name = 'WritesRefusedError';
  }
}

/** Why a network request failed: fetch says only "fetch failed" and puts the reason in `cause`. */
export function networkReason(err: unknown): string {
  const cause = (err as { cause?: Error }).cause;
  return (cause ?? (err as Error)).message;
}
