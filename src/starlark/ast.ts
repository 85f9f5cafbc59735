/**
 * The Starlark syntax tree. Nodes are plain objects discriminated by `kind`; every node carries the
 * position (1-based line and column) of its first token. The resolver annotates identifiers in place
 * (`binding`), functions (`fn`) and comprehensions (`comp`) so the compiler never looks names up by string.
 */
import type { Binding, FunctionScope } from './resolve.js';

export interface Pos {
  line: number;
  col: number;
}

export type Literal = string | number | bigint | { float: number } | { bytes: string };

export interface Ident extends Pos {
  kind: 'Ident';
  name: string;
  binding?: Binding;
}
export interface LiteralExpr extends Pos {
  kind: 'Literal';
  /** Strings and bytes hold UTF-8 byte strings (one char per byte). */
  value: Literal;
}
export interface ListExpr extends Pos {
  kind: 'List';
  elems: Expr[];
}
export interface TupleExpr extends Pos {
  kind: 'Tuple';
  elems: Expr[];
  parens: boolean;
}
export interface DictExpr extends Pos {
  kind: 'Dict';
  entries: [Expr, Expr][];
}
export interface ParenExpr extends Pos {
  kind: 'Paren';
  x: Expr;
}
export interface UnaryExpr extends Pos {
  kind: 'Unary';
  op: string;
  x: Expr;
}
export interface BinaryExpr extends Pos {
  kind: 'Binary';
  op: string;
  x: Expr;
  y: Expr;
  /** Position of the operator: dynamic errors of the operation are reported there. */
  opPos: Pos;
}
export interface CondExpr extends Pos {
  kind: 'Cond';
  cond: Expr;
  then: Expr;
  else: Expr;
}
export interface Arg extends Pos {
  kind: 'positional' | 'named' | 'star' | 'starstar';
  name?: string;
  value: Expr;
}
export interface CallExpr extends Pos {
  kind: 'Call';
  fn: Expr;
  args: Arg[];
  /** Position of `(`: errors of the call are reported there. */
  lparen: Pos;
}
export interface DotExpr extends Pos {
  kind: 'Dot';
  x: Expr;
  name: string;
  namePos: Pos;
}
export interface IndexExpr extends Pos {
  kind: 'Index';
  x: Expr;
  y: Expr;
  lbrack: Pos;
}
export interface SliceExpr extends Pos {
  kind: 'Slice';
  x: Expr;
  lo?: Expr;
  hi?: Expr;
  step?: Expr;
  lbrack: Pos;
}
export interface ForClause extends Pos {
  kind: 'for';
  vars: Expr;
  iter: Expr;
}
export interface IfClause extends Pos {
  kind: 'if';
  cond: Expr;
}
export interface CompExpr extends Pos {
  kind: 'Comp';
  dict: boolean;
  body: Expr;
  /** Value expression, for dict comprehensions. */
  value?: Expr;
  clauses: (ForClause | IfClause)[];
}
export interface Param extends Pos {
  kind: 'plain' | 'default' | 'star' | 'starstar';
  /** Absent only for the bare `*` separator. */
  name?: Ident;
  default?: Expr;
}
export interface LambdaExpr extends Pos {
  kind: 'Lambda';
  params: Param[];
  body: Expr;
  fn?: FunctionScope;
}

export type Expr =
  | Ident
  | LiteralExpr
  | ListExpr
  | TupleExpr
  | DictExpr
  | ParenExpr
  | UnaryExpr
  | BinaryExpr
  | CondExpr
  | CallExpr
  | DotExpr
  | IndexExpr
  | SliceExpr
  | CompExpr
  | LambdaExpr;

export interface ExprStmt extends Pos {
  kind: 'ExprStmt';
  x: Expr;
}
export interface AssignStmt extends Pos {
  kind: 'Assign';
  /** `=` or an augmented operator such as `+=`. */
  op: string;
  lhs: Expr;
  rhs: Expr;
  opPos: Pos;
}
export interface DefStmt extends Pos {
  kind: 'Def';
  name: Ident;
  params: Param[];
  body: Stmt[];
  fn?: FunctionScope;
}
export interface IfStmt extends Pos {
  kind: 'If';
  cond: Expr;
  body: Stmt[];
  else: Stmt[];
}
export interface ForStmt extends Pos {
  kind: 'For';
  vars: Expr;
  iter: Expr;
  body: Stmt[];
}
export interface WhileStmt extends Pos {
  kind: 'While';
  cond: Expr;
  body: Stmt[];
}
export interface ReturnStmt extends Pos {
  kind: 'Return';
  value?: Expr;
}
export interface BranchStmt extends Pos {
  kind: 'Branch';
  token: 'break' | 'continue' | 'pass';
}
export interface LoadStmt extends Pos {
  kind: 'Load';
  module: string;
  modulePos: Pos;
  /** Names in the loaded module. */
  from: { name: string; pos: Pos }[];
  /** Local names they are bound to. */
  to: Ident[];
}

export type Stmt =
  ExprStmt | AssignStmt | DefStmt | IfStmt | ForStmt | WhileStmt | ReturnStmt | BranchStmt | LoadStmt;

export interface File {
  path: string;
  stmts: Stmt[];
  /** Dialect options switched on by `# option:NAME` comments. */
  options: Set<string>;
  /** Set by the resolver: the module's top-level scope. */
  toplevel?: FunctionScope;
}

/** Calls `visit` on every expression and statement under `node`, parents first. */
export function walk(node: Expr | Stmt | Stmt[], visit: (n: Expr | Stmt) => void): void {
  if (Array.isArray(node)) {
    for (const s of node) walk(s, visit);
    return;
  }
  visit(node);
  const sub = (e: Expr | undefined): void => {
    if (e) walk(e, visit);
  };
  const params = (ps: Param[]): void => ps.forEach((p) => sub(p.default));
  switch (node.kind) {
    case 'List':
    case 'Tuple':
      node.elems.forEach(sub);
      break;
    case 'Dict':
      node.entries.forEach(([k, v]) => (sub(k), sub(v)));
      break;
    case 'Paren':
    case 'Unary':
      sub(node.x);
      break;
    case 'Binary':
      sub(node.x);
      sub(node.y);
      break;
    case 'Cond':
      sub(node.cond);
      sub(node.then);
      sub(node.else);
      break;
    case 'Call':
      sub(node.fn);
      node.args.forEach((a) => sub(a.value));
      break;
    case 'Dot':
      sub(node.x);
      break;
    case 'Index':
      sub(node.x);
      sub(node.y);
      break;
    case 'Slice':
      sub(node.x);
      sub(node.lo);
      sub(node.hi);
      sub(node.step);
      break;
    case 'Comp':
      for (const c of node.clauses) {
        if (c.kind === 'for') {
          sub(c.vars);
          sub(c.iter);
        } else sub(c.cond);
      }
      sub(node.body);
      sub(node.value);
      break;
    case 'Lambda':
      params(node.params);
      sub(node.body);
      break;
    case 'ExprStmt':
      sub(node.x);
      break;
    case 'Assign':
      sub(node.lhs);
      sub(node.rhs);
      break;
    case 'Def':
      params(node.params);
      walk(node.body, visit);
      break;
    case 'If':
      sub(node.cond);
      walk(node.body, visit);
      walk(node.else, visit);
      break;
    case 'For':
      sub(node.vars);
      sub(node.iter);
      walk(node.body, visit);
      break;
    case 'While':
      sub(node.cond);
      walk(node.body, visit);
      break;
    case 'Return':
      sub(node.value);
      break;
    case 'Ident':
    case 'Literal':
    case 'Branch':
    case 'Load':
      break;
  }
}

/** The top-level call statements of a file, e.g. `plugin(...)` calls a host wants to pre-scan. */
export function topLevelCalls(file: File, name?: string): CallExpr[] {
  const calls: CallExpr[] = [];
  for (const s of file.stmts) {
    if (s.kind !== 'ExprStmt' || s.x.kind !== 'Call') continue;
    if (name === undefined || (s.x.fn.kind === 'Ident' && s.x.fn.name === name)) calls.push(s.x);
  }
  return calls;
}
