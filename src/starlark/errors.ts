import { EdoError, type SourcePosition } from '../model/errors.js';
import { messageText } from './strings.js';

/** One Starlark call frame of a traceback: the function and where in it execution was. */
export interface TraceFrame {
  name: string;
  pos: SourcePosition;
}

/**
 * A Starlark error: static (scan, parse, resolve) or dynamic (evaluation). `message` is the bare
 * message, as `assert.fails` matches it; `format()` gives `FILE:LINE:COL: message` and, for dynamic
 * errors, the Starlark traceback on further lines.
 */
export class StarlarkError extends EdoError {
  /** Innermost frame last, like Python's "most recent call last". Empty for static errors. */
  traceback: TraceFrame[] = [];

  constructor(message: string, position?: SourcePosition) {
    super(message, position ? { position } : {});
    this.name = 'StarlarkError';
  }

  get position(): SourcePosition | undefined {
    return this.context.position;
  }

  /** Sets the position unless one is already known (the innermost position wins). */
  at(position: SourcePosition): this {
    if (!this.context.position) this.context.position = position;
    return this;
  }

  override format(): string {
    const p = this.context.position;
    const message = messageText(this.message);
    const head = p ? `${p.file}:${p.line}:${p.col}: ${message}` : message;
    if (this.traceback.length === 0) return head;
    const lines = this.traceback.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
    return [head, 'Traceback (most recent call last):', ...lines].join('\n');
  }
}

/** Raises a dynamic error whose position the enclosing operation or call site fills in. */
export function fail(message: string): never {
  throw new StarlarkError(message);
}
