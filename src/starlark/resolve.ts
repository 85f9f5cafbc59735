/**
 * The resolver: reports static errors and binds every identifier to where its value lives — a local
 * slot (possibly a cell shared with nested functions), a free variable of a closure, a module global
 * slot, or a predeclared/universal name — so evaluation never looks names up by string.
 */
import type { CompExpr, Expr, File, Ident, LambdaExpr, Param, Pos, Stmt, DefStmt } from './ast.js';
import { walk } from './ast.js';
import { StarlarkError } from './errors.js';
import { nearest } from './spell.js';

export interface LocalVar {
  name: string;
  index: number;
  /** Captured by a nested function: the slot holds a Cell. */
  cell: boolean;
}

export type Binding =
  | { scope: 'local'; local: LocalVar }
  | { scope: 'free'; index: number }
  | { scope: 'global'; index: number }
  | { scope: 'predeclared' | 'universal' | 'undefined'; name: string };

export interface FreeVar {
  name: string;
  /** Where the closure-creating (enclosing) function finds the cell: its local or its own free var. */
  outer: Binding;
}

export interface FunctionScope {
  name: string;
  pos: Pos;
  locals: LocalVar[];
  freevars: FreeVar[];
  /** Ordinary parameters (positional-or-keyword, then keyword-only), in local slots 0..n-1. */
  paramNames: string[];
  numKwonly: number;
  hasVarargs: boolean;
  hasKwargs: boolean;
}

export interface DialectOptions {
  /** Allow `if`, `for` and `while` at top level. */
  toplevelControl?: boolean;
  while?: boolean;
  recursion?: boolean;
  set?: boolean;
  /** Allow a global to be bound more than once. */
  globalReassign?: boolean;
}

/** A module-level name. `loaded`: bound only by load(), so file-local and not exported. */
export interface GlobalVar {
  name: string;
  pos: Pos;
  loaded: boolean;
}

export interface ResolvedModule {
  globals: GlobalVar[];
  toplevel: FunctionScope;
}

class Block {
  readonly names = new Map<string, LocalVar>();
  constructor(
    readonly parent: Block | null,
    readonly fn: FunctionScope,
  ) {}
}

const doesnt = 'this Starlark dialect does not ';

function newScope(name: string, pos: Pos): FunctionScope {
  return {
    name,
    pos,
    locals: [],
    freevars: [],
    paramNames: [],
    numKwonly: 0,
    hasVarargs: false,
    hasKwargs: false,
  };
}

/** Names bound by statements of one function body (not inside nested functions or comprehensions). */
function boundNames(stmts: Stmt[], out: Ident[]): void {
  const targets = (e: Expr): void => {
    if (e.kind === 'Ident') out.push(e);
    else if (e.kind === 'Tuple' || e.kind === 'List') e.elems.forEach(targets);
    else if (e.kind === 'Paren') targets(e.x);
  };
  for (const s of stmts) {
    switch (s.kind) {
      case 'Assign':
        targets(s.lhs);
        break;
      case 'For':
        targets(s.vars);
        boundNames(s.body, out);
        break;
      case 'While':
        boundNames(s.body, out);
        break;
      case 'If':
        boundNames(s.body, out);
        boundNames(s.else, out);
        break;
      case 'Def':
        out.push(s.name);
        break;
      case 'Load':
        out.push(...s.to);
        break;
    }
  }
}

const exprKindName: Record<string, string> = {
  Call: 'callexpr',
  Literal: 'literal',
  Binary: 'binaryexpr',
  Unary: 'unaryexpr',
  Cond: 'condexpr',
  Comp: 'comprehension',
  Dict: 'dictexpr',
  Lambda: 'lambdaexpr',
  Slice: 'sliceexpr',
};

class Resolver {
  readonly errors: StarlarkError[] = [];
  readonly globals: GlobalVar[] = [];
  private readonly globalIndex = new Map<string, number>();
  /** First binding of each global seen so far in source order (for re-binding errors). */
  private readonly globalBound = new Map<string, Pos>();
  private loops = 0;
  private block: Block;
  readonly toplevel: FunctionScope;

  constructor(
    private readonly file: File,
    private readonly opts: DialectOptions,
    private readonly predeclared: NameTable,
    private readonly universal: NameTable,
  ) {
    this.toplevel = newScope('<toplevel>', { line: 1, col: 1 });
    this.block = new Block(null, this.toplevel);
  }

  private error(pos: Pos, msg: string): void {
    this.errors.push(new StarlarkError(msg, { file: this.file.path, line: pos.line, col: pos.col }));
  }

  private fmtPos(p: Pos): string {
    return `${this.file.path}:${p.line}:${p.col}`;
  }

  private inFunction(): boolean {
    return this.block.fn !== this.toplevel;
  }

  resolveFile(): void {
    const names: Ident[] = [];
    boundNames(this.file.stmts, names);
    const loaded = new Set(this.file.stmts.flatMap((s) => (s.kind === 'Load' ? s.to : [])));
    for (const id of names) {
      const index = this.globalIndex.get(id.name);
      if (index === undefined) {
        this.globalIndex.set(id.name, this.globals.length);
        this.globals.push({ name: id.name, pos: { line: id.line, col: id.col }, loaded: loaded.has(id) });
      } else if (!loaded.has(id)) this.globals[index].loaded = false;
    }
    this.stmts(this.file.stmts);
  }

  private stmts(stmts: Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    const topControl = !this.inFunction() && !this.opts.toplevelControl;
    switch (s.kind) {
      case 'ExprStmt':
        this.expr(s.x);
        break;
      case 'Branch':
        if (s.token !== 'pass' && this.loops === 0) this.error(s, `${s.token} not in a loop`);
        break;
      case 'If':
        if (topControl) this.error(s, 'if statement not within a function');
        this.expr(s.cond);
        this.stmts(s.body);
        this.stmts(s.else);
        break;
      case 'Assign':
        this.expr(s.rhs);
        this.assign(s.lhs, s.op !== '=');
        break;
      case 'Def':
        this.bind(s.name, false);
        this.func(s, s.name.name, s.params, s.body);
        break;
      case 'For':
        if (topControl) this.error(s, 'for loop not within a function');
        this.expr(s.iter);
        this.assign(s.vars, false);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        break;
      case 'While':
        if (!this.opts.while) this.error(s, doesnt + 'support while loops');
        if (topControl) this.error(s, 'while loop not within a function');
        this.expr(s.cond);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        break;
      case 'Return':
        if (!this.inFunction()) this.error(s, 'return statement not within a function');
        if (s.value) this.expr(s.value);
        break;
      case 'Load':
        if (this.inFunction()) this.error(s, 'load statement within a function');
        s.from.forEach((from, i) => {
          if (from.name === '') this.error(from.pos, 'load: empty identifier');
          else if (from.name.startsWith('_'))
            this.error(from.pos, `load: names with leading underscores are not exported: ${from.name}`);
          this.bind(s.to[i], false);
        });
        break;
    }
  }

  private assign(lhs: Expr, augmented: boolean): void {
    switch (lhs.kind) {
      case 'Ident':
        this.bind(lhs, augmented);
        break;
      case 'Index':
        this.expr(lhs.x);
        this.expr(lhs.y);
        break;
      case 'Dot':
        this.expr(lhs.x);
        break;
      case 'Paren':
        this.assign(lhs.x, augmented);
        break;
      case 'Tuple':
      case 'List': {
        const what = lhs.kind === 'Tuple' ? 'tuple' : 'list';
        if (lhs.elems.length === 0 && lhs.kind === 'Tuple') this.error(lhs, `can't assign to ()`);
        if (augmented) this.error(lhs, `can't use ${what} expression in augmented assignment`);
        for (const e of lhs.elems) this.assign(e, augmented);
        break;
      }
      default:
        this.error(lhs, `can't assign to ${exprKindName[lhs.kind] ?? lhs.kind.toLowerCase()}`);
    }
  }

  /** A binding occurrence of id in the current block. */
  private bind(id: Ident, allowRebind: boolean): void {
    if (this.block.parent === null) {
      const prev = this.globalBound.get(id.name);
      if (prev && !allowRebind && !this.opts.globalReassign)
        this.error(id, `cannot reassign global ${id.name} declared at ${this.fmtPos(prev)}`);
      if (!prev) this.globalBound.set(id.name, { line: id.line, col: id.col });
    }
    this.use(id);
  }

  private use(id: Ident): void {
    id.binding = this.lookup(this.block, id.name) ?? this.nonLocal(id);
  }

  /** Looks a name up in the local blocks of the function of `b` and, through closures, its parents. */
  private lookup(b: Block, name: string): Binding | undefined {
    let blk: Block | null = b;
    while (blk && blk.fn === b.fn) {
      const local = blk.names.get(name);
      if (local) return { scope: 'local', local };
      blk = blk.parent;
    }
    if (!blk) return undefined;
    const outer = this.lookup(blk, name);
    if (!outer) return undefined;
    if (outer.scope === 'local') outer.local.cell = true;
    const fn = b.fn;
    let index = fn.freevars.findIndex((f) => f.name === name);
    if (index < 0) {
      index = fn.freevars.length;
      fn.freevars.push({ name, outer });
    }
    return { scope: 'free', index };
  }

  private nonLocal(id: Ident): Binding {
    const g = this.globalIndex.get(id.name);
    if (g !== undefined) return { scope: 'global', index: g };
    if (this.predeclared.has(id.name)) return { scope: 'predeclared', name: id.name };
    if (this.universal.has(id.name)) {
      if (id.name === 'set' && this.opts.set === false) this.error(id, doesnt + 'support sets');
      return { scope: 'universal', name: id.name };
    }
    const known = [...this.globalIndex.keys(), ...this.predeclared.keys(), ...this.universal.keys()];
    const hint = nearest(id.name, known);
    this.error(id, `undefined: ${id.name}${hint ? ` (did you mean ${hint}?)` : ''}`);
    return { scope: 'undefined', name: id.name };
  }

  private declareLocal(b: Block, id: Ident): LocalVar {
    const existing = b.names.get(id.name);
    if (existing) return existing;
    const local: LocalVar = { name: id.name, index: b.fn.locals.length, cell: false };
    b.fn.locals.push(local);
    b.names.set(id.name, local);
    return local;
  }

  private func(node: DefStmt | LambdaExpr, name: string, params: Param[], body: Stmt[] | Expr): void {
    // Defaults are evaluated in the enclosing scope.
    for (const p of params) if (p.default) this.expr(p.default);
    const fn = newScope(name, { line: node.line, col: node.col });
    node.fn = fn;
    const block = new Block(this.block, fn);
    let star: Param | undefined;
    let starStar: Param | undefined;
    let seenOptional = false;
    const seen = new Set<string>();
    const bindParam = (id: Ident, at: Pos): void => {
      if (seen.has(id.name)) this.error(at, `duplicate parameter: ${id.name}`);
      seen.add(id.name);
      id.binding = { scope: 'local', local: this.declareLocal(block, id) };
    };
    for (const p of params) {
      if (p.kind === 'plain' || p.kind === 'default') {
        const kind = p.kind === 'plain' ? 'required' : 'optional';
        if (starStar)
          this.error(
            p.kind === 'plain' ? p.name! : p,
            `${kind} parameter may not follow **${starStar.name!.name}`,
          );
        else if (star) fn.numKwonly++;
        else if (p.kind === 'plain' && seenOptional)
          this.error(p.name!, 'required parameter may not follow optional');
        if (p.kind === 'default') seenOptional = true;
        bindParam(p.name!, p.kind === 'plain' ? p.name! : p);
        fn.paramNames.push(p.name!.name);
      } else if (p.kind === 'star') {
        if (starStar) this.error(p, `* parameter may not follow **${starStar.name!.name}`);
        else if (star) this.error(p, 'multiple * parameters not allowed');
        else star = p;
      } else {
        if (starStar) this.error(p, 'multiple ** parameters not allowed');
        starStar = p;
      }
    }
    if (star) {
      if (star.name) {
        bindParam(star.name, star.name);
        fn.hasVarargs = true;
      } else if (fn.numKwonly === 0) this.error(star, 'bare * must be followed by keyword-only parameters');
    }
    if (starStar?.name) {
      bindParam(starStar.name, starStar.name);
      fn.hasKwargs = true;
    }
    const saved = this.block;
    const savedLoops = this.loops;
    this.block = block;
    this.loops = 0;
    if (Array.isArray(body)) {
      const names: Ident[] = [];
      boundNames(body, names);
      for (const id of names) this.declareLocal(block, id);
      this.stmts(body);
    } else this.expr(body);
    this.block = saved;
    this.loops = savedLoops;
  }

  private comprehension(c: CompExpr): void {
    const first = c.clauses[0];
    if (first.kind === 'for') this.expr(first.iter);
    const block = new Block(this.block, this.block.fn);
    const saved = this.block;
    this.block = block;
    const vars: Ident[] = [];
    for (const clause of c.clauses) {
      if (clause.kind === 'for') {
        walk(clause.vars, (n) => {
          if (n.kind === 'Ident') vars.push(n);
        });
      }
    }
    for (const id of vars) this.declareLocal(block, id);
    c.clauses.forEach((clause, i) => {
      if (clause.kind === 'for') {
        this.assign(clause.vars, false);
        if (i > 0) this.expr(clause.iter);
      } else this.expr(clause.cond);
    });
    this.expr(c.body);
    if (c.value) this.expr(c.value);
    this.block = saved;
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'Ident':
        this.use(e);
        break;
      case 'Literal':
        break;
      case 'List':
      case 'Tuple':
        e.elems.forEach((x) => this.expr(x));
        break;
      case 'Dict':
        for (const [k, v] of e.entries) {
          this.expr(k);
          this.expr(v);
        }
        break;
      case 'Paren':
      case 'Unary':
      case 'Dot':
        this.expr(e.x);
        break;
      case 'Binary':
        this.expr(e.x);
        this.expr(e.y);
        break;
      case 'Cond':
        this.expr(e.cond);
        this.expr(e.then);
        this.expr(e.else);
        break;
      case 'Index':
        this.expr(e.x);
        this.expr(e.y);
        break;
      case 'Slice':
        this.expr(e.x);
        if (e.lo) this.expr(e.lo);
        if (e.hi) this.expr(e.hi);
        if (e.step) this.expr(e.step);
        break;
      case 'Comp':
        this.comprehension(e);
        break;
      case 'Lambda':
        this.func(e, 'lambda', e.params, e.body);
        break;
      case 'Call': {
        this.expr(e.fn);
        let seenVarargs = false;
        let seenKwargs = false;
        let seenNamed = false;
        const names = new Set<string>();
        for (const a of e.args) {
          if (a.kind === 'starstar') {
            if (seenKwargs) this.error(a, 'multiple **kwargs not allowed');
            seenKwargs = true;
          } else if (a.kind === 'star') {
            if (seenKwargs) this.error(a, '*args may not follow **kwargs');
            else if (seenVarargs) this.error(a, 'multiple *args not allowed');
            seenVarargs = true;
          } else if (a.kind === 'named') {
            if (seenKwargs) this.error(a, 'keyword argument may not follow **kwargs');
            else if (seenVarargs) this.error(a, 'keyword argument may not follow *args');
            if (names.has(a.name!)) this.error(a, `keyword argument "${a.name}" is repeated`);
            names.add(a.name!);
            seenNamed = true;
          } else {
            if (seenVarargs) this.error(a, 'positional argument may not follow *args');
            else if (seenKwargs) this.error(a, 'positional argument may not follow **kwargs');
            else if (seenNamed) this.error(a, 'positional argument may not follow named');
          }
          this.expr(a.value);
        }
        break;
      }
    }
  }
}

/** Names a scope provides (a Set or a Map of them). */
export interface NameTable {
  has(name: string): boolean;
  keys(): Iterable<string>;
}

/**
 * Resolves a parsed file in place. Throws the first static error in source order.
 * `predeclared` names the host's builtins for this module, `universal` the language's.
 */
export function resolveFile(
  file: File,
  opts: DialectOptions,
  predeclared: NameTable,
  universal: NameTable,
): ResolvedModule {
  const r = new Resolver(file, opts, predeclared, universal);
  try {
    r.resolveFile();
  } catch (e) {
    // What the parser's own limits let through, nested some other way (brackets within chains).
    if (e instanceof RangeError)
      throw new StarlarkError('expression too deeply nested', { file: file.path, line: 1, col: 1 });
    throw e;
  }
  if (r.errors.length > 0) {
    const pos = (e: StarlarkError): number => e.position!.line * 1e6 + e.position!.col;
    throw r.errors.sort((a, b) => pos(a) - pos(b))[0];
  }
  file.toplevel = r.toplevel;
  return { globals: r.globals, toplevel: r.toplevel };
}
