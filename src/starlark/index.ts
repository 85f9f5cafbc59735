/**
 * Edo's Starlark interpreter: the embedding API. See docs/starlark.md.
 *
 *   const globals = execModule({ file, source, dialect: dialects.build, predeclared, load, print });
 *
 * Stages: parse (./syntax.ts) → resolve (./resolve.ts) → compile to closures and run (./eval.ts).
 */
import type { SourcePosition } from '../model/errors.js';
import type { File } from './ast.js';
import { StarlarkError } from './errors.js';
import { Compiler, Module, Thread, callValue, type Loader } from './eval.js';
import { positional, structBuiltin, universe, unpackArgs } from './library.js';
import { resolveFile, type DialectOptions } from './resolve.js';
import { decodeUtf8, encodeUtf8 } from './strings.js';
import { parse } from './syntax.js';
import {
  Builtin,
  Bytes,
  Dict,
  Float,
  freeze,
  HostValue,
  List,
  normInt,
  StarSet,
  Struct,
  Tuple,
  type Value,
} from './values.js';

export type { File, Stmt, Expr, CallExpr, Arg, Pos } from './ast.js';
export { walk, topLevelCalls } from './ast.js';
export { StarlarkError, type TraceFrame } from './errors.js';
export { Thread, type Loader } from './eval.js';
export type { DialectOptions } from './resolve.js';
export { parseExpr } from './syntax.js';
export { messageText } from './strings.js';
export { Builtin, Bytes, Dict, Float, HostValue, List, StarSet, Struct, Tuple, freeze, type Value };
export { repr, str, typeName, truth, equals } from './values.js';
export { positional, structBuiltin, universe, unpackArgs };

/** Named dialects. Comments `# option:NAME` in a file switch further options on. */
export const dialects = {
  /** The language spec plus float, bytes and set: `edo starlark run` and `test`. */
  spec: { set: true } as DialectOptions,
  /** BUILD.edo / WORKSPACE.edo: no top-level `for`/`if`, `def` allowed, no while, no recursion. */
  build: { set: true } as DialectOptions,
  /** Everything allowed: `edo starlark check`, so real-world files only fail on real mistakes. */
  permissive: {
    set: true,
    toplevelControl: true,
    globalReassign: true,
    while: true,
    recursion: true,
  } as DialectOptions,
} as const;

const OPTION_NAMES: Record<string, keyof DialectOptions> = {
  set: 'set',
  globalreassign: 'globalReassign',
  recursion: 'recursion',
  while: 'while',
  toplevelcontrol: 'toplevelControl',
};

function effectiveDialect(base: DialectOptions, file: File): DialectOptions {
  const d = { ...base };
  for (const opt of file.options) {
    const key = OPTION_NAMES[opt];
    if (key) d[key] = true;
  }
  return d;
}

/** Predeclared names: a Map or a plain object of Starlark values. */
export type Predeclared = Map<string, Value> | Record<string, Value>;

function predeclaredMap(p: Predeclared | undefined): Map<string, Value> {
  if (!p) return new Map();
  return p instanceof Map ? p : new Map(Object.entries(p));
}

export interface ModuleOptions {
  /** Path used in positions and error messages, exactly as it should be printed. */
  file: string;
  /** Source text (JS string, i.e. already decoded from UTF-8). */
  source: string;
  dialect?: DialectOptions;
  /** Host builtins and values visible in this module (besides the universal ones). */
  predeclared?: Predeclared;
  /** Resolves `load(module, ...)`: returns the loaded module's globals. Must be synchronous. */
  load?: Loader;
  /** Receives each `print()` line as JS text. Default: process.stdout. */
  print?: (msg: string, thread: Thread) => void;
  /** Budget of steps (loop iterations + calls); exceeding it is an error. Default: unlimited. */
  maxSteps?: number;
  /** Run on this thread (its print handler, loader and budget are used instead of the options). */
  thread?: Thread;
}

/** Parses a file; throws StarlarkError on a syntax error. */
export function parseFile(file: string, source: string): File {
  return parse(file, source);
}

/**
 * Parses and resolves without executing: the static errors only (`edo starlark check`). `load`ed names
 * are bound without following the load. `predeclared` lists the host's predeclared names.
 */
export function checkFile(
  file: string,
  source: string,
  opts: { dialect?: DialectOptions; predeclared?: Iterable<string> } = {},
): File {
  const ast = parse(file, source);
  const names = new Set(opts.predeclared ?? []);
  resolveFile(ast, effectiveDialect(opts.dialect ?? dialects.spec, ast), names, universe);
  return ast;
}

function newThread(opts: ModuleOptions): Thread {
  const print = opts.print;
  const th = new Thread(
    print
      ? (msg, t) => print(decodeUtf8(msg), t)
      : (msg) => process.stdout.write(Buffer.from(msg + '\n', 'latin1')),
    opts.load,
  );
  if (opts.maxSteps !== undefined) th.maxSteps = opts.maxSteps;
  return th;
}

/** Creates a thread for several modules to share (one step budget, one print handler). */
export function createThread(opts: Omit<ModuleOptions, 'file' | 'source' | 'thread'> = {}): Thread {
  return newThread({ ...opts, file: '', source: '' });
}

/**
 * Executes a file as a module and returns its globals, frozen. Throws StarlarkError (static or
 * dynamic; `format()` prints `FILE:LINE:COL: message` and the traceback).
 */
export function execModule(opts: ModuleOptions): Map<string, Value> {
  const ast = parse(opts.file, opts.source);
  const predeclared = predeclaredMap(opts.predeclared);
  const dialect = effectiveDialect(opts.dialect ?? dialects.spec, ast);
  const resolved = resolveFile(ast, dialect, predeclared, universe);
  const module = new Module(opts.file, resolved.globals, predeclared, universe, !!dialect.recursion);
  const run = new Compiler(module, dialect).compileFile(ast);
  const thread = opts.thread ?? newThread(opts);
  try {
    run(thread);
  } catch (e) {
    throw asStarlarkError(e);
  }
  const globals = module.exports();
  for (const v of globals.values()) freeze(v);
  return globals;
}

/** Any failure as a StarlarkError: a JS exception that escaped is an interpreter bug, reported as such. */
function asStarlarkError(e: unknown): StarlarkError {
  if (e instanceof StarlarkError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new StarlarkError(`internal error: ${msg}`);
}

/** Calls a Starlark callable from the host. */
export function call(
  thread: Thread,
  fn: Value,
  args: Value[] = [],
  kwargs: Record<string, Value> = {},
): Value {
  const kw = Object.entries(kwargs);
  try {
    return callValue(thread, fn, args, kw.length ? kw : null, thread.callerPosition() ?? null);
  } catch (e) {
    throw asStarlarkError(e);
  }
}

// ---- host builtins ----

/** What a host builtin receives. */
export interface BuiltinCall {
  name: string;
  thread: Thread;
  args: Value[];
  kwargs: [string, Value][];
  /** Where the builtin was called from (`file:line:col` of the call's `(`). */
  position: SourcePosition | undefined;
  /** Binds args to named params (`name?` = optional), with go.starlark.net's error wordings. */
  unpack(params: string[]): Value[];
}

/**
 * Defines a builtin function for `predeclared`. Throwing `new StarlarkError(msg)` (no position) from
 * `impl` reports msg at the caller's position with a traceback.
 */
export function defineBuiltin(name: string, impl: (call: BuiltinCall) => Value): Builtin {
  return new Builtin(name, (th, args, kwargs) => {
    const thread = th as Thread;
    const kw = kwargs ?? [];
    return impl({
      name,
      thread,
      args,
      kwargs: kw,
      position: thread.callerPosition(),
      unpack: (params) => unpackArgs(name, args, kwargs, params),
    });
  });
}

/** An opaque host value with a type name, read-only attributes and a payload for the host. */
export class OpaqueValue<T = unknown> extends HostValue {
  constructor(
    readonly type: string,
    readonly attrs: Map<string, Value>,
    readonly payload: T,
  ) {
    super();
  }
  override attr(name: string): Value | undefined {
    return this.attrs.get(name);
  }
  override attrNames(): string[] {
    return [...this.attrs.keys()];
  }
  override children(): Value[] {
    return [...this.attrs.values()];
  }
}

// ---- conversions ----

/**
 * A Starlark value as plain JS data: None→null, int→number (bigint beyond 2^53), float→number,
 * string→string, bytes→Uint8Array, list/tuple/set→array, dict→object (Map if a key is not a string),
 * struct→object. Functions and host values are returned as they are.
 */
export function toJS(v: Value): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'string') return decodeUtf8(v);
  if (v instanceof Float) return v.v;
  if (v instanceof Bytes) return Uint8Array.from(Buffer.from(v.s, 'latin1'));
  if (v instanceof List || v instanceof Tuple) return v.elems.map(toJS);
  if (v instanceof StarSet) return v.values().map(toJS);
  if (v instanceof Dict) {
    const keys = v.keyList();
    if (keys.every((k) => typeof k === 'string')) {
      const out: Record<string, unknown> = {};
      for (const k of keys) out[decodeUtf8(k)] = toJS(v.get(k));
      return out;
    }
    return new Map(keys.map((k) => [toJS(k), toJS(v.get(k))]));
  }
  if (v instanceof Struct) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of v.fields) out[k] = toJS(x);
    return out;
  }
  return v;
}

/** Plain JS data as a Starlark value (the inverse of toJS; Starlark values pass through). */
export function fromJS(x: unknown): Value {
  if (x === null || x === undefined) return null;
  switch (typeof x) {
    case 'boolean':
      return x;
    case 'number':
      return Number.isSafeInteger(x) ? x : new Float(x);
    case 'bigint':
      return normInt(x);
    case 'string':
      return encodeUtf8(x);
  }
  if (Array.isArray(x)) return new List(x.map(fromJS));
  if (x instanceof Uint8Array) return new Bytes(Buffer.from(x).toString('latin1'));
  if (x instanceof Map) {
    const d = new Dict();
    for (const [k, v] of x) d.setUnchecked(fromJS(k), fromJS(v));
    return d;
  }
  if (
    x instanceof List ||
    x instanceof Tuple ||
    x instanceof Dict ||
    x instanceof StarSet ||
    x instanceof Float ||
    x instanceof Bytes ||
    x instanceof HostValue ||
    x instanceof Builtin ||
    typeof x !== 'object'
  )
    return x;
  if (Object.getPrototypeOf(x) === Object.prototype) {
    const d = new Dict();
    for (const [k, v] of Object.entries(x)) d.setUnchecked(encodeUtf8(k), fromJS(v));
    return d;
  }
  return x;
}

// ---- module loading with caching and cycle detection ----

export interface LoadTarget {
  /** Cache key identifying the module (e.g. a canonical label or absolute path). */
  key: string;
  /** Path used in positions. */
  file: string;
  source: string;
  predeclared?: Predeclared;
  dialect?: DialectOptions;
}

/**
 * A Loader that evaluates each module once per cache, reports load cycles as
 * `cycle in load graph: a -> b -> a`, and lets `builtinModules` (e.g. assert.star) be loaded by name.
 * `resolve(module, fromFile)` maps a load() argument to the file to evaluate. Calling the loader
 * with the root file (and any fromFile) evaluates it too, so cycles through the root are named.
 */
export function createLoader(
  resolve: (module: string, fromFile: string) => LoadTarget,
  builtinModules: Map<string, Map<string, Value>> = new Map(),
): Loader {
  const cache = new Map<string, Map<string, Value>>();
  const inProgress: LoadTarget[] = [];
  const loader: Loader = (module, fromFile, thread) => {
    const builtin = builtinModules.get(module);
    if (builtin) return builtin;
    const target = resolve(module, fromFile);
    const cached = cache.get(target.key);
    if (cached) return cached;
    const at = inProgress.findIndex((t) => t.key === target.key);
    if (at >= 0) {
      const cycle = [...inProgress.slice(at), target].map((t) => t.file).join(' -> ');
      throw new StarlarkError(`cycle in load graph: ${cycle}`);
    }
    inProgress.push(target);
    try {
      const globals = execModule({ ...target, load: loader, thread });
      cache.set(target.key, globals);
      return globals;
    } finally {
      inProgress.pop();
    }
  };
  return loader;
}
