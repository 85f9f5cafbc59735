/**
 * Evaluation: the resolved syntax tree is compiled once into a tree of JS closures. An expression
 * becomes `(frame) => value`, a statement `(frame) => control` (0 normal, 1 break, 2 continue,
 * 3 return). Names were bound to slots by the resolver, so a variable read is an array access.
 * Dynamic errors carry the position of the failing operation and a Starlark traceback.
 */
import type { SourcePosition } from '../model/errors.js';
import type { CompExpr, Expr, File, Param, Pos, Stmt } from './ast.js';
import { fail, StarlarkError } from './errors.js';
import { getAttr, methodResolver } from './library.js';
import { binary, contains, getIndex, isIterable, iterate, setIndex, slice, unary, unpack } from './ops.js';
import { nearest } from './spell.js';
import type { Binding, FunctionScope, GlobalVar } from './resolve.js';
import { quote } from './strings.js';
import {
  Builtin,
  Bytes,
  Cell,
  Dict,
  equals,
  Float,
  HostValue,
  List,
  compareOp,
  Range,
  repr,
  str,
  StarFunction,
  StarSet,
  Tuple,
  truth,
  typeName,
  type BuiltinImpl,
  type Kwargs,
  type ThreadLike,
  type Value,
} from './values.js';

type Ev = (f: Frame) => Value;
type Ex = (f: Frame) => number;
type Assigner = (f: Frame, v: Value) => void;
type CompStep = (f: Frame, acc: List | Dict) => void;

const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;

/** Resolves `load()`: returns the exported globals of the module named by `module`. */
export type Loader = (module: string, fromFile: string, thread: Thread) => Map<string, Value>;

/** A Starlark thread: the call stack, the step budget, and the host's hooks. */
export class Thread implements ThreadLike {
  steps = 0;
  maxSteps = Infinity;
  frame: Frame | null = null;
  /** Host data, e.g. the package whose BUILD file is being evaluated. */
  readonly locals = new Map<string, unknown>();
  constructor(
    readonly printHandler: (msg: string, thread: Thread) => void = (msg) => process.stdout.write(msg + '\n'),
    readonly loader?: Loader,
  ) {}

  print(msg: string): void {
    this.printHandler(msg, this);
  }

  /** Calls a Starlark callable from a builtin; errors are positioned at the builtin's call site. */
  callValue(fn: Value, args: Value[], kwargs: Kwargs = null): Value {
    return callValue(this, fn, args, kwargs, this.frame?.callPos ?? null);
  }

  /** The position of the innermost Starlark call in progress: where a builtin was called from. */
  callerPosition(): SourcePosition | undefined {
    return this.frame?.callPos ?? undefined;
  }

  /** The Starlark call stack, outermost first. */
  callStack(): { name: string; pos: SourcePosition | undefined }[] {
    const out: { name: string; pos: SourcePosition | undefined }[] = [];
    for (let f = this.frame; f; f = f.parent) out.unshift({ name: f.name, pos: f.callPos ?? undefined });
    return out;
  }
}

export class Frame {
  callPos: SourcePosition | null = null;
  ret: Value = null;
  constructor(
    readonly locals: Value[],
    readonly free: Cell[],
    readonly th: Thread,
    readonly name: string,
    readonly parent: Frame | null,
  ) {}
}

interface FuncCode {
  scope: FunctionScope;
  nlocals: number;
  /** Local slots that hold cells. */
  cells: number[];
  body: Ex;
  active: number;
  allowRecursion: boolean;
  /** Whether some non-kwonly parameter has a default (for the "at most" in arity errors). */
  optionalPositional: boolean;
}

/** A module being executed: its global slots and the values of predeclared names. */
export class Module {
  readonly globals: Value[];
  constructor(
    readonly file: string,
    readonly globalNames: GlobalVar[],
    readonly predeclared: Map<string, Value>,
    readonly universe: Map<string, Value>,
    readonly allowRecursion: boolean,
  ) {
    this.globals = new Array(globalNames.length);
  }

  /** The module's bound globals, by name; names bound by load() are file-local and left out. */
  exports(): Map<string, Value> {
    const out = new Map<string, Value>();
    this.globalNames.forEach((g, i) => {
      if (this.globals[i] !== undefined && !g.loaded) out.set(g.name, this.globals[i]);
    });
    return out;
  }
}

/** Attaches a position to an error raised without one. */
export function withPos(e: unknown, pos: SourcePosition | null): unknown {
  if (e instanceof StarlarkError) {
    if (pos) e.at(pos);
    return e;
  }
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    const err = new StarlarkError('Starlark stack overflow');
    if (pos) err.at(pos);
    return err;
  }
  return e;
}

/** Errors of a built-in method start with its name (`append: cannot append to frozen list`). */
function methodError(e: unknown, name: string): unknown {
  if (e instanceof StarlarkError && !e.position && !e.message.startsWith(name + ':'))
    e.message = `${name}: ${e.message}`;
  return e;
}

/**
 * What a `for` loop or comprehension iterates over: the elements, and the collection that must not
 * be mutated while the loop runs (lists, dicts and sets; tuples are immutable).
 */
function iterationOf(
  it: Value,
  pos: SourcePosition,
): { elems: Value[]; guard: List | Dict | StarSet | null } {
  if (it instanceof List) return { elems: it.elems, guard: it };
  if (it instanceof Tuple) return { elems: it.elems, guard: null };
  let elems: Value[];
  try {
    elems = iterate(it);
  } catch (e) {
    throw withPos(e, pos);
  }
  return { elems, guard: it instanceof Dict || it instanceof StarSet ? it : null };
}

function stepOverflow(pos: SourcePosition): never {
  throw new StarlarkError('Starlark computation cancelled: too many steps', pos);
}

export function callValue(
  th: Thread,
  fn: Value,
  args: Value[],
  kw: Kwargs,
  pos: SourcePosition | null,
): Value {
  if (fn instanceof StarFunction) return callFunction(th, fn, args, kw, pos);
  if (fn instanceof Builtin) {
    try {
      return fn.impl(th, args, kw, fn.recv);
    } catch (e) {
      throw withPos(fn.recv === undefined ? e : methodError(e, fn.name), pos);
    }
  }
  throw withPos(new StarlarkError(`invalid call of non-function (${typeName(fn)})`), pos);
}

function callFunction(
  th: Thread,
  fn: StarFunction,
  args: Value[],
  kw: Kwargs,
  pos: SourcePosition | null,
): Value {
  const code = fn.code as FuncCode;
  const locals = new Array(code.nlocals);
  const sc = code.scope;
  if (
    kw === null &&
    !sc.hasVarargs &&
    !sc.hasKwargs &&
    args.length === sc.paramNames.length &&
    sc.numKwonly === 0
  ) {
    for (let i = 0; i < args.length; i++) locals[i] = args[i];
  } else {
    try {
      bindArgs(fn, code, locals, args, kw);
    } catch (e) {
      throw withPos(e, pos);
    }
  }
  return enterFunction(th, fn, code, locals, pos);
}

/**
 * The parameter slots that a call with `np` positional arguments and these keyword names fills, or
 * null if the call needs the general binding (varargs, kwargs, unknown or duplicate names).
 */
function bindingPlan(sc: FunctionScope, np: number, kwNames: string[]): number[] | null {
  if (sc.hasVarargs || sc.hasKwargs || np > sc.paramNames.length - sc.numKwonly) return null;
  const plan: number[] = [];
  for (const k of kwNames) {
    const i = sc.paramNames.indexOf(k);
    if (i < np || plan.includes(i)) return null;
    plan.push(i);
  }
  return plan;
}

/** Runs a Starlark function whose parameters are already bound in `locals`. */
function enterFunction(
  th: Thread,
  fn: StarFunction,
  code: FuncCode,
  locals: Value[],
  pos: SourcePosition | null,
): Value {
  if (code.active > 0 && !code.allowRecursion)
    throw withPos(new StarlarkError(`function ${fn.name} called recursively`), pos);
  if (++th.steps > th.maxSteps)
    throw withPos(new StarlarkError('Starlark computation cancelled: too many steps'), pos);
  const cells = code.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = new Cell();
    c.v = locals[cells[i]];
    locals[cells[i]] = c;
  }
  const fr = new Frame(locals, fn.freevars, th, fn.name, th.frame);
  th.frame = fr;
  code.active++;
  try {
    return code.body(fr) === RETURN ? fr.ret : null;
  } catch (e) {
    throw addTraceFrame(e, fr);
  } finally {
    code.active--;
    th.frame = fr.parent;
  }
}

function addTraceFrame(e: unknown, fr: Frame): unknown {
  const err = withPos(e, fr.callPos);
  if (err instanceof StarlarkError) {
    const pos = err.traceback.length === 0 ? err.position : fr.callPos;
    if (pos) err.traceback.unshift({ name: fr.name, pos });
  }
  return err;
}

function bindArgs(fn: StarFunction, code: FuncCode, locals: Value[], args: Value[], kw: Kwargs): void {
  const sc = code.scope;
  const name = fn.name;
  const nparams = sc.paramNames.length;
  if (nparams === 0 && !sc.hasVarargs && !sc.hasKwargs) {
    const n = args.length + (kw?.length ?? 0);
    if (n > 0) fail(`function ${name} accepts no arguments (${n} given)`);
    return;
  }
  let kwdict: Dict | null = null;
  if (sc.hasKwargs) {
    kwdict = new Dict();
    locals[nparams + (sc.hasVarargs ? 1 : 0)] = kwdict;
  }
  const nonkwonly = nparams - sc.numKwonly;
  let n = args.length;
  if (n > nonkwonly) {
    if (!sc.hasVarargs) {
      const atMost = code.optionalPositional ? 'at most ' : '';
      fail(
        `function ${name} accepts ${atMost}${nonkwonly} positional argument${nonkwonly === 1 ? '' : 's'} (${args.length} given)`,
      );
    }
    n = nonkwonly;
  }
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (sc.hasVarargs) locals[nparams] = new Tuple(args.slice(n));
  if (kw) {
    for (const [k, v] of kw) {
      const i = sc.paramNames.indexOf(k);
      if (i >= 0) {
        if (locals[i] !== undefined) fail(`function ${name} got multiple values for parameter ${quote(k)}`);
        locals[i] = v;
        continue;
      }
      if (!kwdict) {
        const hint = nearest(k, sc.paramNames);
        fail(
          `function ${name} got an unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`,
        );
      }
      if (kwdict.map.has(k)) fail(`function ${name} got multiple values for parameter ${quote(k)}`);
      kwdict.setUnchecked(k, v);
    }
  }
  if (n < nparams) {
    const missing: string[] = [];
    for (let i = n; i < nparams; i++) {
      if (locals[i] !== undefined) continue;
      const d = fn.defaults[i];
      if (d === undefined) missing.push(sc.paramNames[i]);
      else locals[i] = d;
    }
    if (missing.length > 0)
      fail(
        `function ${name} missing ${missing.length} argument${missing.length > 1 ? 's' : ''} (${missing.join(', ')})`,
      );
  }
}

function isTruthy(v: Value): boolean {
  return v === true || (v !== false && truth(v));
}

/** Compiles one resolved module. */
export class Compiler {
  private readonly file: string;

  constructor(
    private readonly module: Module,
    private readonly dialect: { recursion?: boolean },
  ) {
    this.file = module.file;
  }

  private at(p: Pos): SourcePosition {
    return { file: this.file, line: p.line, col: p.col };
  }

  /** Compiles the module body; returns a function that runs it on a thread. */
  compileFile(file: File): (th: Thread) => void {
    const scope = file.toplevel!;
    const code = this.funcCode(scope, () => this.block(file.stmts), false);
    return (th: Thread) => {
      const fn = new StarFunction('<toplevel>', code, [], [], this.module);
      const locals = new Array(code.nlocals);
      for (const i of code.cells) locals[i] = new Cell();
      const fr = new Frame(locals, fn.freevars, th, '<toplevel>', th.frame);
      th.frame = fr;
      try {
        code.body(fr);
      } catch (e) {
        throw addTraceFrame(e, fr);
      } finally {
        th.frame = fr.parent;
      }
    };
  }

  private funcCode(scope: FunctionScope, body: () => Ex, optionalPositional: boolean): FuncCode {
    const code: FuncCode = {
      scope,
      nlocals: scope.locals.length,
      cells: [],
      body: () => 0,
      active: 0,
      allowRecursion: !!this.dialect.recursion,
      optionalPositional,
    };
    code.body = body();
    // Cells are known only once nested functions are resolved, which happened before compiling.
    code.cells = scope.locals.filter((l) => l.cell).map((l) => l.index);
    return code;
  }

  // ---- statements ----

  block(stmts: Stmt[]): Ex {
    const cs = stmts.map((s) => this.stmt(s));
    if (cs.length === 0) return () => 0;
    if (cs.length === 1) return cs[0];
    if (cs.length === 2) {
      const [a, b] = cs;
      return (f) => a(f) || b(f);
    }
    if (cs.length === 3) {
      const [a, b, c] = cs;
      return (f) => a(f) || b(f) || c(f);
    }
    return (f) => {
      for (let i = 0; i < cs.length; i++) {
        const r = cs[i](f);
        if (r !== 0) return r;
      }
      return 0;
    };
  }

  stmt(s: Stmt): Ex {
    switch (s.kind) {
      case 'ExprStmt': {
        const x = this.expr(s.x);
        return (f) => (x(f), 0);
      }
      case 'Assign':
        return s.op === '='
          ? this.assignStmt(s.lhs, this.expr(s.rhs))
          : this.augmented(s.op.slice(0, -1), s.lhs, s.rhs, s.opPos);
      case 'If': {
        const c = this.expr(s.cond);
        const body = this.block(s.body);
        const els = this.block(s.else);
        return (f) => (isTruthy(c(f)) ? body(f) : els(f));
      }
      case 'For':
        return this.forStmt(s.vars, s.iter, this.block(s.body), this.at(s));
      case 'While': {
        const c = this.expr(s.cond);
        const body = this.block(s.body);
        const pos = this.at(s);
        return (f) => {
          const th = f.th;
          while (isTruthy(c(f))) {
            if (++th.steps > th.maxSteps) stepOverflow(pos);
            const r = body(f);
            if (r === BREAK) break;
            if (r === RETURN) return RETURN;
          }
          return 0;
        };
      }
      case 'Return': {
        if (!s.value) {
          return (f) => {
            f.ret = null;
            return RETURN;
          };
        }
        const v = this.expr(s.value);
        return (f) => {
          f.ret = v(f);
          return RETURN;
        };
      }
      case 'Branch':
        return s.token === 'break' ? () => BREAK : s.token === 'continue' ? () => CONTINUE : () => 0;
      case 'Def': {
        const make = this.makeFunction(s.name.name, s.fn!, s.params, () => this.block(s.body));
        const set = this.assigner(s.name);
        return (f) => (set(f, make(f)), 0);
      }
      case 'Load': {
        const pos = this.at(s);
        const setters = s.to.map((id) => this.assigner(id));
        const module = s.module;
        return (f) => {
          const th = f.th;
          if (!th.loader) throw withPos(new StarlarkError(`load not implemented by this application`), pos);
          let exports: Map<string, Value>;
          try {
            exports = th.loader(module, this.file, th);
          } catch (e) {
            if (e instanceof StarlarkError && e.position) throw e;
            const msg = e instanceof Error ? e.message : String(e);
            throw withPos(
              e instanceof StarlarkError ? e : new StarlarkError(`cannot load ${module}: ${msg}`),
              pos,
            );
          }
          s.from.forEach((from, i) => {
            const v = exports.get(from.name);
            if (v === undefined) {
              const hint = nearest(from.name, exports.keys());
              const msg = `load: name ${from.name} not found in module ${module}`;
              throw new StarlarkError(hint ? `${msg} (did you mean ${hint}?)` : msg, this.at(from.pos));
            }
            setters[i](f, v);
          });
          return 0;
        };
      }
    }
  }

  private assignStmt(lhs: Expr, rhs: Ev): Ex {
    if (lhs.kind === 'Ident') {
      const b = lhs.binding!;
      if (b.scope === 'local' && !b.local.cell) {
        const i = b.local.index;
        return (f) => {
          f.locals[i] = rhs(f);
          return 0;
        };
      }
      if (b.scope === 'global') {
        const g = this.module.globals;
        const i = b.index;
        return (f) => {
          g[i] = rhs(f);
          return 0;
        };
      }
    }
    if (lhs.kind === 'Index') {
      const x = this.expr(lhs.x);
      const y = this.expr(lhs.y);
      const pos = this.at(lhs.lbrack);
      return (f) => {
        const v = rhs(f);
        storeIndex(x(f), y(f), v, pos);
        return 0;
      };
    }
    const set = this.assigner(lhs);
    return (f) => (set(f, rhs(f)), 0);
  }

  private assigner(lhs: Expr): Assigner {
    switch (lhs.kind) {
      case 'Ident': {
        const b = lhs.binding!;
        if (b.scope === 'local') {
          const i = b.local.index;
          return b.local.cell
            ? (f, v) => {
                (f.locals[i] as Cell).v = v;
              }
            : (f, v) => {
                f.locals[i] = v;
              };
        }
        if (b.scope === 'global') {
          const g = this.module.globals;
          const i = b.index;
          return (_f, v) => {
            g[i] = v;
          };
        }
        if (b.scope === 'free') {
          const i = b.index;
          return (f, v) => {
            f.free[i].v = v;
          };
        }
        throw new StarlarkError(`cannot assign to ${lhs.name}`, this.at(lhs));
      }
      case 'Paren':
        return this.assigner(lhs.x);
      case 'Tuple':
      case 'List': {
        const subs = lhs.elems.map((e) => this.assigner(e));
        const n = subs.length;
        const pos = this.at(lhs);
        return (f, v) => {
          let vs: Value[];
          try {
            vs = unpack(v, n);
          } catch (e) {
            throw withPos(e, pos);
          }
          for (let i = 0; i < n; i++) subs[i](f, vs[i]);
        };
      }
      case 'Index': {
        const x = this.expr(lhs.x);
        const y = this.expr(lhs.y);
        const pos = this.at(lhs.lbrack);
        return (f, v) => storeIndex(x(f), y(f), v, pos);
      }
      case 'Dot': {
        const x = this.expr(lhs.x);
        const pos = this.at(lhs.namePos);
        const name = lhs.name;
        return (f) => {
          const o = x(f);
          throw new StarlarkError(`can't assign to .${name} field of ${typeName(o)}`, pos);
        };
      }
      default:
        throw new StarlarkError(`can't assign to ${lhs.kind.toLowerCase()}`, this.at(lhs));
    }
  }

  private augmented(op: string, lhs: Expr, rhsE: Expr, opPos: Pos): Ex {
    const rhs = this.expr(rhsE);
    const pos = this.at(opPos);
    const apply = (x: Value, y: Value): Value => {
      if (typeof x === 'number' && typeof y === 'number' && op === '+') {
        const r = x + y;
        if (Number.isSafeInteger(r)) return r;
      }
      if (op === '+' && x instanceof List) {
        try {
          if (!isIterable(y)) fail(`unknown binary op: list + ${typeName(y)}`);
          x.checkMutable('apply += to');
          x.elems.push(...iterate(y));
        } catch (e) {
          throw withPos(e, pos);
        }
        return x;
      }
      if (op === '|' && x instanceof Dict && y instanceof Dict) {
        try {
          for (const [h, v] of y.map) x.set(y.keyOf(h), v);
        } catch (e) {
          throw withPos(e, pos);
        }
        return x;
      }
      try {
        return binary(op, x, y);
      } catch (e) {
        throw withPos(e, pos);
      }
    };
    if (lhs.kind === 'Index') {
      const xo = this.expr(lhs.x);
      const yk = this.expr(lhs.y);
      const ipos = this.at(lhs.lbrack);
      return (f) => {
        const o = xo(f);
        const k = yk(f);
        try {
          setIndex(o, k, apply(getIndex(o, k), rhs(f)));
        } catch (e) {
          throw withPos(e, ipos);
        }
        return 0;
      };
    }
    if (lhs.kind === 'Dot') {
      const xo = this.expr(lhs.x);
      const npos = this.at(lhs.namePos);
      return (f) => {
        const o = xo(f);
        try {
          getAttr(o, lhs.name);
        } catch (e) {
          throw withPos(e, npos);
        }
        throw new StarlarkError(`can't assign to .${lhs.name} field of ${typeName(o)}`, npos);
      };
    }
    const get = this.expr(lhs);
    const set = this.assigner(lhs);
    return (f) => {
      set(f, apply(get(f), rhs(f)));
      return 0;
    };
  }

  private forStmt(vars: Expr, iterE: Expr, body: Ex, pos: SourcePosition): Ex {
    const iter = this.expr(iterE);
    const b = vars.kind === 'Ident' ? vars.binding! : undefined;
    const simple = b?.scope === 'local' && !b.local.cell ? b.local.index : -1;
    const set = this.assigner(vars);
    return (f) => {
      const it = iter(f);
      const th = f.th;
      if (it instanceof Range) {
        const { start, step, len } = it;
        for (let i = 0; i < len; i++) {
          if (++th.steps > th.maxSteps) stepOverflow(pos);
          if (simple >= 0) f.locals[simple] = start + i * step;
          else set(f, start + i * step);
          const r = body(f);
          if (r === BREAK) break;
          if (r === RETURN) return RETURN;
        }
        return 0;
      }
      const { elems, guard } = iterationOf(it, pos);
      if (guard) guard.itercount++;
      try {
        for (let i = 0; i < elems.length; i++) {
          if (++th.steps > th.maxSteps) stepOverflow(pos);
          if (simple >= 0) f.locals[simple] = elems[i];
          else set(f, elems[i]);
          const r = body(f);
          if (r === BREAK) break;
          if (r === RETURN) return RETURN;
        }
      } finally {
        if (guard) guard.itercount--;
      }
      return 0;
    };
  }

  // ---- functions ----

  private makeFunction(name: string, scope: FunctionScope, params: Param[], body: () => Ex): Ev {
    const nparams = scope.paramNames.length;
    const defaultExprs: (Ev | undefined)[] = [];
    let optionalPositional = false;
    let i = 0;
    for (const p of params) {
      if (p.kind === 'plain' || p.kind === 'default') {
        if (p.kind === 'default') {
          defaultExprs[i] = this.expr(p.default!);
          if (i < nparams - scope.numKwonly) optionalPositional = true;
        }
        i++;
      }
    }
    const code = this.funcCode(scope, body, optionalPositional);
    const free = scope.freevars.map((fv) => fv.outer);
    const hasDefaults = defaultExprs.length > 0;
    return (f) => {
      const defaults: Value[] = [];
      if (hasDefaults) for (let j = 0; j < nparams; j++) defaults[j] = defaultExprs[j]?.(f);
      const cells = free.map((b) => captureCell(f, b));
      return new StarFunction(name, code, defaults, cells, this.module);
    };
  }

  // ---- expressions ----

  expr(e: Expr): Ev {
    switch (e.kind) {
      case 'Literal': {
        const v = e.value;
        const c = typeof v === 'object' ? ('float' in v ? new Float(v.float) : new Bytes(v.bytes)) : v;
        return () => c;
      }
      case 'Ident':
        return this.ident(e.name, e.binding!, this.at(e));
      case 'Paren':
        return this.expr(e.x);
      case 'List': {
        const xs = e.elems.map((x) => this.expr(x));
        return (f) => {
          const out = new Array(xs.length);
          for (let i = 0; i < xs.length; i++) out[i] = xs[i](f);
          return new List(out);
        };
      }
      case 'Tuple': {
        const xs = e.elems.map((x) => this.expr(x));
        return (f) => {
          const out = new Array(xs.length);
          for (let i = 0; i < xs.length; i++) out[i] = xs[i](f);
          return new Tuple(out);
        };
      }
      case 'Dict': {
        const entries = e.entries.map(([k, v]) => [this.expr(k), this.expr(v)] as const);
        const keyPos = e.entries.map(([k]) => this.at(k));
        return (f) => {
          const d = new Dict();
          for (let i = 0; i < entries.length; i++) {
            const key = entries[i][0](f);
            const val = entries[i][1](f);
            try {
              if (d.get(key) !== undefined) fail(`duplicate key: ${repr(key)}`);
              d.setUnchecked(key, val);
            } catch (err) {
              throw withPos(err, keyPos[i]);
            }
          }
          return d;
        };
      }
      case 'Unary': {
        const x = this.expr(e.x);
        const pos = this.at(e);
        if (e.op === 'not') return (f) => !isTruthy(x(f));
        const op = e.op;
        if (op === '-') {
          return (f) => {
            const v = x(f);
            if (typeof v === 'number' && v !== 0) return -v;
            try {
              return unary(op, v);
            } catch (err) {
              throw withPos(err, pos);
            }
          };
        }
        return (f) => {
          try {
            return unary(op, x(f));
          } catch (err) {
            throw withPos(err, pos);
          }
        };
      }
      case 'Binary': {
        const pos = this.at(e.opPos);
        if (e.op === '%' && e.x.kind === 'Literal' && typeof e.x.value === 'string') {
          const fast = this.constantInterpolation(e.x.value, this.expr(e.y), pos);
          if (fast) return fast;
        }
        return this.binaryExpr(e.op, this.expr(e.x), this.expr(e.y), pos);
      }
      case 'Cond': {
        const c = this.expr(e.cond);
        const a = this.expr(e.then);
        const b = this.expr(e.else);
        return (f) => (isTruthy(c(f)) ? a(f) : b(f));
      }
      case 'Index': {
        const x = this.expr(e.x);
        const y = this.expr(e.y);
        const pos = this.at(e.lbrack);
        return (f) => {
          const o = x(f);
          const k = y(f);
          if (typeof k === 'number') {
            if (o instanceof List || o instanceof Tuple) {
              const n = o.elems.length;
              const i = k < 0 ? k + n : k;
              if (i >= 0 && i < n) return o.elems[i];
            }
          } else if (typeof k === 'string' && o instanceof Dict) {
            const v = o.map.get(k);
            if (v !== undefined) return v;
          }
          try {
            return getIndex(o, k);
          } catch (err) {
            throw withPos(err, pos);
          }
        };
      }
      case 'Slice': {
        const x = this.expr(e.x);
        const none = (): Value => null;
        const lo = e.lo ? this.expr(e.lo) : none;
        const hi = e.hi ? this.expr(e.hi) : none;
        const step = e.step ? this.expr(e.step) : none;
        const pos = this.at(e.lbrack);
        return (f) => {
          const o = x(f);
          const a = lo(f);
          const b = hi(f);
          const c = step(f);
          try {
            return slice(o, a, b, c);
          } catch (err) {
            throw withPos(err, pos);
          }
        };
      }
      case 'Dot': {
        const x = this.expr(e.x);
        const pos = this.at(e.namePos);
        const name = e.name;
        return (f) => {
          const o = x(f);
          if (o instanceof HostValue) {
            const v = o.attr(name);
            if (v !== undefined) return v;
          }
          try {
            return getAttr(o, name);
          } catch (err) {
            throw withPos(err, pos);
          }
        };
      }
      case 'Call':
        return this.call(e);
      case 'Comp':
        return this.comprehension(e);
      case 'Lambda':
        return this.makeFunction('lambda', e.fn!, e.params, () => {
          const body = this.expr(e.body);
          return (f) => {
            f.ret = body(f);
            return RETURN;
          };
        });
    }
  }

  private ident(name: string, b: Binding, pos: SourcePosition): Ev {
    switch (b.scope) {
      case 'local': {
        const i = b.local.index;
        if (b.local.cell) {
          return (f) => {
            const v = (f.locals[i] as Cell).v;
            if (v === undefined)
              throw new StarlarkError(`local variable ${name} referenced before assignment`, pos);
            return v;
          };
        }
        return (f) => {
          const v = f.locals[i];
          if (v === undefined)
            throw new StarlarkError(`local variable ${name} referenced before assignment`, pos);
          return v;
        };
      }
      case 'free': {
        const i = b.index;
        return (f) => {
          const v = f.free[i].v;
          if (v === undefined)
            throw new StarlarkError(`local variable ${name} referenced before assignment`, pos);
          return v;
        };
      }
      case 'global': {
        const g = this.module.globals;
        const i = b.index;
        return () => {
          const v = g[i];
          if (v === undefined)
            throw new StarlarkError(`global variable ${name} referenced before assignment`, pos);
          return v;
        };
      }
      case 'predeclared':
      case 'universal': {
        const v =
          b.scope === 'predeclared' ? this.module.predeclared.get(name) : this.module.universe.get(name);
        return () => v;
      }
      case 'undefined':
        return () => {
          throw new StarlarkError(`undefined: ${name}`, pos);
        };
    }
  }

  /**
   * `"literal %s %d" % args` with only %s/%d/%r/%% directives: the format is split once, at compile
   * time; operands the fast path does not handle go to the general interpolation.
   */
  private constantInterpolation(format: string, y: Ev, pos: SourcePosition): Ev | undefined {
    const pieces = format.split(/(%[sdr%])/);
    if (pieces.some((p, i) => i % 2 === 0 && p.includes('%'))) return undefined;
    const texts: string[] = [];
    const convs: string[] = [];
    let text = '';
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 0) text += pieces[i];
      else if (pieces[i] === '%%') text += '%';
      else {
        texts.push(text);
        convs.push(pieces[i][1]);
        text = '';
      }
    }
    const last = text;
    const n = convs.length;
    const general = (v: Value): Value => {
      try {
        return binary('%', format, v);
      } catch (err) {
        throw withPos(err, pos);
      }
    };
    return (f) => {
      const v = y(f);
      const args = v instanceof Tuple ? v.elems : n === 1 && !(v instanceof Dict) ? [v] : null;
      if (args === null || args.length !== n) return general(v);
      let out = '';
      for (let i = 0; i < n; i++) {
        const a = args[i];
        const c = convs[i];
        if (c === 'd') {
          if (typeof a !== 'number') return general(v);
          out += texts[i] + String(a);
        } else out += texts[i] + (c === 's' ? str(a) : repr(a));
      }
      return out + last;
    };
  }

  private binaryExpr(op: string, x: Ev, y: Ev, pos: SourcePosition): Ev {
    const slow = (a: Value, b: Value): Value => {
      try {
        return binary(op, a, b);
      } catch (err) {
        throw withPos(err, pos);
      }
    };
    switch (op) {
      case 'and':
        return (f) => {
          const a = x(f);
          return isTruthy(a) ? y(f) : a;
        };
      case 'or':
        return (f) => {
          const a = x(f);
          return isTruthy(a) ? a : y(f);
        };
      case '+':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') {
            const r = a + b;
            if (r <= 9007199254740991 && r >= -9007199254740991) return r;
          } else if (typeof a === 'string' && typeof b === 'string') return a + b;
          return slow(a, b);
        };
      case '-':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') {
            const r = a - b;
            if (r <= 9007199254740991 && r >= -9007199254740991) return r;
          }
          return slow(a, b);
        };
      case '*':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') {
            const r = a * b;
            if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
          }
          return slow(a, b);
        };
      case '%':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
            const r = a % b;
            return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
          }
          return slow(a, b);
        };
      case '//':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number' && b !== 0 && (a | 0) === a && (b | 0) === b)
            return Math.floor(a / b) + 0;
          return slow(a, b);
        };
      case '<':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') return a < b;
          return cmpSlow(op, a, b, pos);
        };
      case '<=':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') return a <= b;
          return cmpSlow(op, a, b, pos);
        };
      case '>':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') return a > b;
          return cmpSlow(op, a, b, pos);
        };
      case '>=':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'number' && typeof b === 'number') return a >= b;
          return cmpSlow(op, a, b, pos);
        };
      case '==':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (a === b && typeof a !== 'object') return true;
          const ta = typeof a;
          if ((ta === 'string' || ta === 'number') && ta === typeof b) return false;
          return eqSlow(a, b, pos);
        };
      case '!=':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (a === b && typeof a !== 'object') return false;
          const ta = typeof a;
          if ((ta === 'string' || ta === 'number') && ta === typeof b) return true;
          return !eqSlow(a, b, pos);
        };
      case 'in':
        return (f) => {
          const a = x(f);
          const b = y(f);
          if (typeof a === 'string') {
            if (typeof b === 'string') return b.includes(a);
            if (b instanceof Dict) return b.map.has(a);
          }
          try {
            return contains(b, a);
          } catch (err) {
            throw withPos(err, pos);
          }
        };
      default:
        return (f) => slow(x(f), y(f));
    }
  }

  private call(e: Extract<Expr, { kind: 'Call' }>): Ev {
    const pos = this.at(e.lparen);
    const simple = e.args.every((a) => a.kind === 'positional' || a.kind === 'named');
    const posArgs = e.args.filter((a) => a.kind === 'positional').map((a) => this.expr(a.value));
    const named = e.args.filter((a) => a.kind === 'named');
    const kwNames = named.map((a) => a.name!);
    const kwVals = named.map((a) => this.expr(a.value));
    const np = posArgs.length;
    const nk = kwNames.length;
    let argsOf: (f: Frame) => Value[];
    let kwOf: (f: Frame) => Kwargs;
    if (simple) {
      argsOf = (f) => {
        const args = new Array(np);
        for (let i = 0; i < np; i++) args[i] = posArgs[i](f);
        return args;
      };
      kwOf =
        nk === 0
          ? () => null
          : (f) => {
              const kw: [string, Value][] = new Array(nk);
              for (let i = 0; i < nk; i++) kw[i] = [kwNames[i], kwVals[i](f)];
              return kw;
            };
    } else {
      // With *args/**kwargs, arguments are evaluated together, in source order.
      const general = this.generalArgs(e, pos);
      let pendingKw: Kwargs = null;
      argsOf = (f) => {
        const [args, kw] = general(f);
        pendingKw = kw;
        return args;
      };
      kwOf = () => pendingKw;
    }

    if (e.fn.kind === 'Dot') {
      const name = e.fn.name;
      const recvE = this.expr(e.fn.x);
      const namePos = this.at(e.fn.namePos);
      const method = methodResolver(name);
      if (
        name === 'format' &&
        simple &&
        nk === 0 &&
        e.fn.x.kind === 'Literal' &&
        typeof e.fn.x.value === 'string'
      ) {
        const fast = this.constantFormat(e.fn.x.value, posArgs);
        if (fast) return fast;
      }
      if (name === 'append' && simple && np === 1 && nk === 0) {
        const a0 = posArgs[0];
        return (f) => {
          const r = recvE(f);
          const v = a0(f);
          if (r instanceof List && !r.frozen && r.itercount === 0) {
            r.elems.push(v);
            return null;
          }
          return this.methodCall(f, r, method(r), name, [v], null, pos, namePos);
        };
      }
      if (name === 'get' && simple && nk === 0 && (np === 1 || np === 2)) {
        const a0 = posArgs[0];
        const a1 = posArgs[1];
        return (f) => {
          const r = recvE(f);
          const k = a0(f);
          const d = np === 2 ? a1(f) : null;
          if (r instanceof Dict && typeof k === 'string') {
            const v = r.map.get(k);
            return v !== undefined ? v : d;
          }
          return this.methodCall(f, r, method(r), name, np === 2 ? [k, d] : [k], null, pos, namePos);
        };
      }
      return (f) => {
        const r = recvE(f);
        const args = argsOf(f);
        return this.methodCall(f, r, method(r), name, args, kwOf(f), pos, namePos);
      };
    }
    const fnE = this.expr(e.fn);
    if (
      e.fn.kind === 'Ident' &&
      e.fn.binding?.scope === 'universal' &&
      e.fn.name === 'len' &&
      np === 1 &&
      nk === 0
    ) {
      const a0 = posArgs[0];
      const lenBuiltin = this.module.universe.get('len') as Builtin;
      return (f) => {
        const v = a0(f);
        if (typeof v === 'string') return v.length;
        if (v instanceof List || v instanceof Tuple) return v.elems.length;
        if (v instanceof Dict) return v.map.size;
        f.callPos = pos;
        return callValue(f.th, lenBuiltin, [v], null, pos);
      };
    }
    if (!simple) {
      return (f) => {
        const fn = fnE(f);
        const args = argsOf(f);
        f.callPos = pos;
        return callValue(f.th, fn, args, kwOf(f), pos);
      };
    }
    // Calls of Starlark functions bind arguments straight into the callee's locals when the call
    // site's shape (positional count, keyword names) maps onto the parameters; `plan` caches that
    // mapping for the last function code seen here.
    let planCode: FuncCode | null = null;
    let plan: number[] | null = null;
    return (f) => {
      const fn = fnE(f);
      if (fn instanceof StarFunction) {
        const code = fn.code as FuncCode;
        if (code !== planCode) {
          planCode = code;
          plan = bindingPlan(code.scope, np, kwNames);
        }
        if (plan !== null) {
          const locals = new Array(code.nlocals);
          for (let i = 0; i < np; i++) locals[i] = posArgs[i](f);
          for (let i = 0; i < nk; i++) locals[plan[i]] = kwVals[i](f);
          const nparams = code.scope.paramNames.length;
          const defaults = fn.defaults;
          for (let i = np; i < nparams; i++) {
            if (locals[i] === undefined) {
              const d = defaults[i];
              if (d === undefined) {
                // A required parameter is missing: let the general path report it.
                const kw: [string, Value][] = kwNames.map((k, j) => [k, locals[plan![j]]]);
                f.callPos = pos;
                return callFunction(f.th, fn, locals.slice(0, np), kw.length ? kw : null, pos);
              }
              locals[i] = d;
            }
          }
          f.callPos = pos;
          return enterFunction(f.th, fn, code, locals, pos);
        }
      }
      const args = argsOf(f);
      const kw = kwOf(f);
      f.callPos = pos;
      return callValue(f.th, fn, args, kw, pos);
    };
  }

  /** `"literal {} {}".format(a, b)` with only automatic `{}` fields: split once at compile time. */
  private constantFormat(format: string, args: Ev[]): Ev | undefined {
    const pieces = format.split('{}');
    if (pieces.some((p) => p.includes('{') || p.includes('}')) || pieces.length - 1 !== args.length)
      return undefined;
    return (f) => {
      let out = pieces[0];
      for (let i = 0; i < args.length; i++) out += str(args[i](f)) + pieces[i + 1];
      return out;
    };
  }

  private methodCall(
    f: Frame,
    recv: Value,
    m: BuiltinImpl | undefined,
    name: string,
    args: Value[],
    kw: Kwargs,
    pos: SourcePosition,
    namePos: SourcePosition,
  ): Value {
    f.callPos = pos;
    if (m) {
      try {
        return m(f.th, args, kw, recv);
      } catch (err) {
        throw withPos(methodError(err, name), pos);
      }
    }
    let fn: Value;
    try {
      fn = getAttr(recv, name);
    } catch (err) {
      throw withPos(err, namePos);
    }
    return callValue(f.th, fn, args, kw, pos);
  }

  /** Arguments with *args / **kwargs. */
  private generalArgs(
    e: Extract<Expr, { kind: 'Call' }>,
    pos: SourcePosition,
  ): (f: Frame) => [Value[], Kwargs] {
    const parts = e.args.map((a) => ({ kind: a.kind, name: a.name, value: this.expr(a.value) }));
    return (f) => {
      const args: Value[] = [];
      const kw: [string, Value][] = [];
      for (const p of parts) {
        const v = p.value(f);
        if (p.kind === 'positional') args.push(v);
        else if (p.kind === 'named') kw.push([p.name!, v]);
        else if (p.kind === 'star') {
          if (!isIterable(v))
            throw new StarlarkError(`argument after * must be iterable, not ${typeName(v)}`, pos);
          args.push(...iterate(v));
        } else {
          if (!(v instanceof Dict))
            throw new StarlarkError(`argument after ** must be a mapping, not ${typeName(v)}`, pos);
          for (const [h, val] of v.map) {
            const k = v.keyOf(h);
            if (typeof k !== 'string')
              throw new StarlarkError(`keywords must be strings, not ${typeName(k)}`, pos);
            kw.push([k, val]);
          }
        }
      }
      return [args, kw.length > 0 ? kw : null];
    };
  }

  private comprehension(e: CompExpr): Ev {
    const pos = this.at(e.body);
    let step: CompStep;
    if (e.dict) {
      const k = this.expr(e.body);
      const v = this.expr(e.value!);
      step = (f, acc) => {
        const key = k(f);
        const val = v(f);
        try {
          (acc as Dict).setUnchecked(key, val);
        } catch (err) {
          throw withPos(err, pos);
        }
      };
    } else {
      const body = this.expr(e.body);
      step = (f, acc) => {
        (acc as List).elems.push(body(f));
      };
    }
    for (let i = e.clauses.length - 1; i >= 0; i--) {
      const clause = e.clauses[i];
      const next = step;
      if (clause.kind === 'if') {
        const cond = this.expr(clause.cond);
        step = (f, acc) => {
          if (isTruthy(cond(f))) next(f, acc);
        };
        continue;
      }
      const iter = this.expr(clause.iter);
      const set = this.assigner(clause.vars);
      const cpos = this.at(clause);
      step = (f, acc) => {
        const it = iter(f);
        const th = f.th;
        if (it instanceof Range) {
          for (let j = 0; j < it.len; j++) {
            if (++th.steps > th.maxSteps) stepOverflow(cpos);
            set(f, it.start + j * it.step);
            next(f, acc);
          }
          return;
        }
        const { elems, guard } = iterationOf(it, cpos);
        if (guard) guard.itercount++;
        try {
          for (let j = 0; j < elems.length; j++) {
            if (++th.steps > th.maxSteps) stepOverflow(cpos);
            set(f, elems[j]);
            next(f, acc);
          }
        } finally {
          if (guard) guard.itercount--;
        }
      };
    }
    const run = step;
    return e.dict
      ? (f) => {
          const d = new Dict();
          run(f, d);
          return d;
        }
      : (f) => {
          const l = new List();
          run(f, l);
          return l;
        };
  }
}

/** o[k] = v, with inline paths for list[int] and dict[string]. */
function storeIndex(o: Value, k: Value, v: Value, pos: SourcePosition): void {
  if (typeof k === 'number') {
    if (o instanceof List && !o.frozen && o.itercount === 0) {
      const i = k < 0 ? k + o.elems.length : k;
      if (i >= 0 && i < o.elems.length) {
        o.elems[i] = v;
        return;
      }
    }
  } else if (typeof k === 'string' && o instanceof Dict && !o.frozen && o.itercount === 0) {
    o.map.set(k, v);
    return;
  }
  try {
    setIndex(o, k, v);
  } catch (e) {
    throw withPos(e, pos);
  }
}

function captureCell(f: Frame, b: Binding): Cell {
  if (b.scope === 'local') return f.locals[b.local.index] as Cell;
  return f.free[(b as { index: number }).index];
}

function cmpSlow(op: string, a: Value, b: Value, pos: SourcePosition): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
  }
  try {
    return compareOp(op, a, b);
  } catch (err) {
    throw withPos(err, pos);
  }
}

function eqSlow(a: Value, b: Value, pos: SourcePosition): boolean {
  try {
    return equals(a, b);
  } catch (err) {
    throw withPos(err, pos);
  }
}
