/**
 * Scanner and parser: Starlark source text to the syntax tree of ./ast.ts. String and bytes literals
 * are decoded to UTF-8 byte strings (one JS char per byte, see ./strings.ts).
 */
import type {
  Arg,
  CallExpr,
  CompExpr,
  DefStmt,
  Expr,
  File,
  ForClause,
  Ident,
  IfClause,
  IfStmt,
  LambdaExpr,
  Literal,
  LoadStmt,
  Param,
  Pos,
  Stmt,
} from './ast.js';
import { StarlarkError } from './errors.js';
import { encodeUtf8Char } from './strings.js';

interface Token extends Pos {
  /** IDENT, INT, FLOAT, STRING, BYTES, NEWLINE, INDENT, OUTDENT, EOF, or the keyword/operator text. */
  k: string;
  v?: Literal | string;
}

const KEYWORDS = new Set([
  'and',
  'break',
  'continue',
  'def',
  'elif',
  'else',
  'for',
  'if',
  'in',
  'lambda',
  'load',
  'not',
  'or',
  'pass',
  'return',
  'while',
]);

const OPERATORS = [
  '//=',
  '<<=',
  '>>=',
  '**',
  '==',
  '!=',
  '<=',
  '>=',
  '//',
  '<<',
  '>>',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '~',
  '<',
  '>',
  '=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
];

/** Operators by first character, longest first. */
const OPERATORS_BY_CHAR = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_CHAR.set(op[0], [...(OPERATORS_BY_CHAR.get(op[0]) ?? []), op]);

const isIdentStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

class Scanner {
  private i: number;
  private line = 1;
  private lineStart: number;
  private depth = 0;
  readonly tokens: Token[] = [];
  readonly options = new Set<string>();

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {
    // A UTF-8 byte order mark, as some Windows editors write, is not part of the program.
    this.i = this.lineStart = src.startsWith('\uFEFF') ? 1 : 0;
  }

  private error(msg: string, line = this.line, col = this.i - this.lineStart + 1): never {
    throw new StarlarkError(msg, { file: this.file, line, col });
  }

  private emit(k: string, line: number, col: number, v?: Literal | string): void {
    this.tokens.push({ k, v, line, col });
  }

  private comment(): void {
    const start = this.i;
    while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
    for (const m of this.src.slice(start, this.i).matchAll(/option:(\w+)/g)) this.options.add(m[1]);
  }

  private newline(): void {
    this.i++;
    this.line++;
    this.lineStart = this.i;
  }

  scan(): Token[] {
    const src = this.src;
    const indents = [0];
    let atLineStart = true;
    for (;;) {
      if (atLineStart && this.depth === 0) {
        let col = 0;
        while (this.i < src.length) {
          const c = src[this.i];
          if (c === ' ') col++;
          else if (c === '\t') col += 8 - (col % 8);
          else if (c !== '\r' && c !== '\f') break;
          this.i++;
        }
        const c = src[this.i];
        if (this.i >= src.length) break;
        if (c === '#') {
          this.comment();
          continue;
        }
        if (c === '\n') {
          this.newline();
          continue;
        }
        if (c === '\\' && src[this.i + 1] === '\n') {
          this.i++;
          this.newline();
          continue;
        }
        atLineStart = false;
        const line = this.line;
        const tokCol = this.i - this.lineStart + 1;
        if (col > indents[indents.length - 1]) {
          indents.push(col);
          this.emit('INDENT', line, tokCol);
        } else if (col < indents[indents.length - 1]) {
          while (col < indents[indents.length - 1]) {
            indents.pop();
            this.emit('OUTDENT', line, tokCol);
          }
          if (col !== indents[indents.length - 1])
            this.error('unindent does not match any outer indentation level', line, tokCol);
        }
      }
      if (this.i >= src.length) break;
      const c = src[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
        this.i++;
        continue;
      }
      if (c === '\n') {
        if (this.depth === 0) {
          this.emit('NEWLINE', this.line, this.i - this.lineStart + 1);
          atLineStart = true;
        }
        this.newline();
        continue;
      }
      if (c === '#') {
        this.comment();
        continue;
      }
      if (c === '\\') {
        if (src[this.i + 1] === '\n') {
          this.i++;
          this.newline();
          continue;
        }
        if (src[this.i + 1] === '\r' && src[this.i + 2] === '\n') {
          this.i += 2;
          this.newline();
          continue;
        }
        this.error(`invalid character '\\' in expression`);
      }
      this.token();
    }
    const line = this.line;
    const col = this.i - this.lineStart + 1;
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.k !== 'NEWLINE' && last.k !== 'OUTDENT') this.emit('NEWLINE', line, col);
    while (indents.length > 1) {
      indents.pop();
      this.emit('OUTDENT', line, col);
    }
    this.emit('EOF', line, col);
    return this.tokens;
  }

  private token(): void {
    const src = this.src;
    const line = this.line;
    const col = this.i - this.lineStart + 1;
    const c = src[this.i];
    // String prefixes: r, b, rb, br.
    const m =
      c === '"' || c === "'" || c === 'r' || c === 'b'
        ? /^(r|b|rb|br)?('|")/.exec(src.slice(this.i, this.i + 3))
        : null;
    if (m) {
      this.i += m[1]?.length ?? 0;
      const raw = m[1]?.includes('r') ?? false;
      const bytes = m[1]?.includes('b') ?? false;
      const value = this.string(raw, line, col);
      this.emit(bytes ? 'BYTES' : 'STRING', line, col, bytes ? { bytes: value } : value);
      return;
    }
    if (isIdentStart(c)) {
      const start = this.i;
      while (this.i < src.length && (isIdentStart(src[this.i]) || isDigit(src[this.i]))) this.i++;
      const word = src.slice(start, this.i);
      if (KEYWORDS.has(word)) this.emit(word, line, col);
      else this.emit('IDENT', line, col, word);
      return;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[this.i + 1] ?? ''))) {
      this.number(line, col);
      return;
    }
    for (const op of OPERATORS_BY_CHAR.get(c) ?? []) {
      if (src.startsWith(op, this.i)) {
        this.i += op.length;
        if (op === '(' || op === '[' || op === '{') this.depth++;
        else if (op === ')' || op === ']' || op === '}') this.depth = Math.max(0, this.depth - 1);
        this.emit(op, line, col);
        return;
      }
    }
    this.error(`invalid character '${c}' in expression`);
  }

  private number(line: number, col: number): void {
    const src = this.src;
    const rest = src.slice(this.i);
    const radix = /^0([xXoObB])([0-9a-zA-Z_]*)/.exec(rest);
    if (radix) {
      this.i += radix[0].length;
      const base = { x: 16, o: 8, b: 2 }[radix[1].toLowerCase() as 'x' | 'o' | 'b'];
      const digits = radix[2];
      const valid = { 16: /^[0-9a-fA-F]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ }[base];
      if (!valid!.test(digits)) this.error(`invalid int literal`, line, col);
      const prefix = { 16: '0x', 8: '0o', 2: '0b' }[base];
      this.emit('INT', line, col, normalizeBig(BigInt(prefix + digits)));
      return;
    }
    const dec = /^(\d*\.\d*(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)/.exec(rest);
    const text = dec![0];
    this.i += text.length;
    if (isIdentStart(src[this.i] ?? '')) this.error(`invalid numeric literal`, line, col);
    if (/^\d+$/.test(text)) {
      if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text))
        this.error(`obsolete form of octal literal; use 0o${text.slice(1)}`, line, col);
      this.emit('INT', line, col, normalizeBig(BigInt(text)));
      return;
    }
    this.emit('FLOAT', line, col, { float: Number(text) });
  }

  /** Scans a quoted literal at this.i and returns its decoded byte string. */
  private string(raw: boolean, line: number, col: number): string {
    const src = this.src;
    const quote = src[this.i];
    const triple = src.startsWith(quote.repeat(3), this.i);
    this.i += triple ? 3 : 1;
    let out = '';
    for (;;) {
      if (this.i >= src.length) this.error('unexpected EOF in string', line, col);
      const c = src[this.i];
      if (c === quote && (!triple || src.startsWith(quote.repeat(3), this.i))) {
        this.i += triple ? 3 : 1;
        return out;
      }
      if (c === '\n') {
        if (!triple) this.error('unexpected newline in string', line, col);
        out += '\n';
        this.newline();
        continue;
      }
      if (c !== '\\') {
        // A run of plain ASCII characters is copied in one slice.
        const start = this.i;
        let j = start;
        for (; j < src.length; j++) {
          const k = src.charCodeAt(j);
          if (k >= 0x80 || k === 10 || k === 92 /* \\ */ || src[j] === quote) break;
        }
        if (j > start) {
          out += src.slice(start, j);
          this.i = j;
          continue;
        }
        const cp = src.codePointAt(this.i)!;
        out += encodeUtf8Char(cp);
        this.i += cp > 0xffff ? 2 : 1;
        continue;
      }
      // Escape sequence.
      const e = src[this.i + 1];
      if (raw) {
        if (e === '\n') {
          out += '\\\n';
          this.i++;
          this.newline();
        } else if (e !== undefined) {
          out += '\\' + (e.codePointAt(0)! < 0x80 ? e : encodeUtf8Char(src.codePointAt(this.i + 1)!));
          this.i += 2;
        } else this.i++;
        continue;
      }
      const escCol = this.i - this.lineStart + 1;
      this.i += 2;
      switch (e) {
        case '\n':
          this.line++;
          this.lineStart = this.i;
          break;
        case '\\':
        case "'":
        case '"':
          out += e;
          break;
        case 'a':
          out += '\x07';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'v':
          out += '\v';
          break;
        case 'x': {
          const h = /^[0-9a-fA-F]{2}/.exec(src.slice(this.i, this.i + 2));
          if (!h) this.error(`invalid escape sequence \\x`, this.line, escCol);
          this.i += 2;
          out += String.fromCharCode(parseInt(h[0], 16));
          break;
        }
        case 'u':
        case 'U': {
          const n = e === 'u' ? 4 : 8;
          const h = new RegExp(`^[0-9a-fA-F]{${n}}`).exec(src.slice(this.i, this.i + n));
          if (!h) this.error(`truncated escape sequence \\${e}`, this.line, escCol);
          this.i += n;
          const cp = parseInt(h[0], 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
            this.error(`invalid Unicode code point U+${cp.toString(16).toUpperCase()}`, this.line, escCol);
          out += encodeUtf8Char(cp);
          break;
        }
        default:
          if (e >= '0' && e <= '7') {
            const o = /^[0-7]{1,3}/.exec(src.slice(this.i - 1, this.i + 2))![0];
            this.i += o.length - 1;
            const v = parseInt(o, 8);
            if (v > 255) this.error(`invalid escape sequence \\${o}`, this.line, escCol);
            out += String.fromCharCode(v);
            break;
          }
          this.error(`invalid escape sequence \\${e ?? ''}`, this.line, escCol);
      }
    }
  }
}

/** Ints are JS numbers while they are safe integers, bigints beyond. */
export function normalizeBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

// Binary operator precedence, lowest first (as in go.starlark.net's parser).
const PREC: Record<string, number> = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  in: 4,
  'not in': 4,
  '|': 5,
  '^': 6,
  '&': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '//': 10,
  '%': 10,
};
/**
 * Operators one expression may chain (`a + b + ... `): each nests the tree one level deeper, and
 * resolving and evaluating it recurse that deep (5,000 overflowed the stack; 3,000 did not).
 */
const MAX_OPERATOR_CHAIN = 1000;
const NOT_PREC = 3;
const CMP_PREC = 4;
const MAX_PREC = 11;

const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>=']);

function describe(t: Token): string {
  switch (t.k) {
    case 'IDENT':
      return `identifier "${String(t.v)}"`;
    case 'NEWLINE':
      return 'newline';
    case 'INDENT':
      return 'indent';
    case 'OUTDENT':
      return 'outdent';
    case 'EOF':
      return 'end of file';
    case 'INT':
    case 'FLOAT':
      return 'number literal';
    case 'STRING':
    case 'BYTES':
      return 'string literal';
    default:
      return `'${t.k}'`;
  }
}

class Parser {
  private p = 0;
  private tok: Token;

  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
  ) {
    this.tok = tokens[0];
  }

  private error(msg: string, at: Pos = this.tok): never {
    throw new StarlarkError(msg, { file: this.file, line: at.line, col: at.col });
  }

  /** The current token's kind (a method, so TypeScript does not narrow it across next()). */
  private kind(): string {
    return this.tok.k;
  }

  private next(): Token {
    const t = this.tok;
    if (this.p < this.tokens.length - 1) this.p++;
    this.tok = this.tokens[this.p];
    return t;
  }

  private peek(): Token {
    return this.tokens[Math.min(this.p + 1, this.tokens.length - 1)];
  }

  private expect(k: string): Token {
    if (this.kind() !== k) this.error(`got ${describe(this.tok)}, want '${k}'`);
    return this.next();
  }

  /**
   * `expect` for the bracket closing `open`: when what comes instead is on a later line, the
   * bracket was most likely left open (or a ',' is missing), so the error points back at it.
   */
  private expectClosing(k: ')' | ']' | '}', open: Pos): Token {
    if (this.kind() !== k && this.tok.line > open.line) {
      const opening = { ')': '(', ']': '[', '}': '{' }[k];
      this.error(
        `got ${describe(this.tok)}, want '${k}' (is the '${opening}' at ${open.line}:${open.col} closed, or a ',' missing?)`,
      );
    }
    return this.expect(k);
  }

  private ident(): Ident {
    if (this.kind() !== 'IDENT') this.error(`got ${describe(this.tok)}, want identifier`);
    const t = this.next();
    return { kind: 'Ident', name: t.v as string, line: t.line, col: t.col };
  }

  wholeExpr(): Expr {
    const x = this.expr();
    while (this.kind() === 'NEWLINE') this.next();
    if (this.kind() !== 'EOF') this.error(`got ${describe(this.tok)}, want end of expression`);
    return x;
  }

  parseFile(): Stmt[] {
    const stmts: Stmt[] = [];
    while (this.kind() !== 'EOF') {
      if (this.kind() === 'NEWLINE') {
        this.next();
        continue;
      }
      this.statement(stmts);
    }
    return stmts;
  }

  private statement(out: Stmt[]): void {
    switch (this.kind()) {
      case 'def':
        out.push(this.def());
        return;
      case 'if':
        out.push(this.ifStmt());
        return;
      case 'for': {
        const t = this.next();
        const vars = this.loopVariables();
        this.expect('in');
        const iter = this.expr();
        this.expect(':');
        out.push({ kind: 'For', vars, iter, body: this.suite(), line: t.line, col: t.col });
        return;
      }
      case 'while': {
        const t = this.next();
        const cond = this.test();
        this.expect(':');
        out.push({ kind: 'While', cond, body: this.suite(), line: t.line, col: t.col });
        return;
      }
      case 'INDENT':
        this.error('unexpected indent');
        break;
      default:
        this.simpleStatement(out);
    }
  }

  private def(): DefStmt {
    const t = this.next();
    const name = this.ident();
    this.expect('(');
    const params = this.params(')');
    this.expect(')');
    this.expect(':');
    return { kind: 'Def', name, params, body: this.suite(), line: t.line, col: t.col };
  }

  private params(end: string): Param[] {
    const params: Param[] = [];
    while (this.kind() !== end) {
      const t = this.tok;
      if (t.k === '*' || t.k === '**') {
        this.next();
        const name = t.k === '*' && this.kind() !== 'IDENT' ? undefined : this.ident();
        params.push({ kind: t.k === '*' ? 'star' : 'starstar', name, line: t.line, col: t.col });
      } else {
        const name = this.ident();
        if (this.kind() === '=') {
          const eq = this.next();
          params.push({ kind: 'default', name, default: this.test(), line: eq.line, col: eq.col });
        } else params.push({ kind: 'plain', name, line: name.line, col: name.col });
      }
      if (this.kind() !== ',') break;
      this.next();
    }
    return params;
  }

  private ifStmt(): IfStmt {
    const t = this.next();
    const cond = this.test();
    this.expect(':');
    const body = this.suite();
    let elseBody: Stmt[] = [];
    if (this.kind() === 'elif') elseBody = [this.ifStmt()];
    else if (this.kind() === 'else') {
      this.next();
      this.expect(':');
      elseBody = this.suite();
    }
    return { kind: 'If', cond, body, else: elseBody, line: t.line, col: t.col };
  }

  private suite(): Stmt[] {
    const stmts: Stmt[] = [];
    if (this.kind() !== 'NEWLINE') {
      this.simpleStatement(stmts);
      return stmts;
    }
    this.next();
    this.expect('INDENT');
    while (this.kind() !== 'OUTDENT' && this.kind() !== 'EOF') {
      if (this.kind() === 'NEWLINE') {
        this.next();
        continue;
      }
      this.statement(stmts);
    }
    this.expect('OUTDENT');
    return stmts;
  }

  private simpleStatement(out: Stmt[]): void {
    for (;;) {
      out.push(this.smallStatement());
      if (this.kind() !== ';') break;
      this.next();
      if (this.kind() === 'NEWLINE' || this.kind() === 'EOF') break;
    }
    if (this.kind() === 'EOF') return;
    this.expect('NEWLINE');
  }

  private smallStatement(): Stmt {
    const t = this.tok;
    switch (t.k) {
      case 'return': {
        this.next();
        const terminal = ['NEWLINE', 'EOF', ';'].includes(this.kind());
        return { kind: 'Return', value: terminal ? undefined : this.expr(), line: t.line, col: t.col };
      }
      case 'break':
      case 'continue':
      case 'pass':
        this.next();
        return { kind: 'Branch', token: t.k, line: t.line, col: t.col };
      case 'load':
        return this.load();
    }
    const lhs = this.expr();
    if (this.kind() === '=' || AUGMENTED.has(this.kind())) {
      const op = this.next();
      const rhs = this.expr();
      return {
        kind: 'Assign',
        op: op.k,
        lhs,
        rhs,
        opPos: { line: op.line, col: op.col },
        line: t.line,
        col: t.col,
      };
    }
    return { kind: 'ExprStmt', x: lhs, line: t.line, col: t.col };
  }

  private load(): LoadStmt {
    const t = this.next();
    this.expect('(');
    if (this.kind() !== 'STRING') this.error(`first operand of load statement must be a string literal`);
    const m = this.next();
    const from: LoadStmt['from'] = [];
    const to: Ident[] = [];
    while (this.kind() !== ')') {
      this.expect(',');
      if (this.kind() === ')') break;
      if (this.kind() === 'STRING') {
        const s = this.next();
        const name = s.v as string;
        from.push({ name, pos: { line: s.line, col: s.col } });
        to.push({ kind: 'Ident', name, line: s.line, col: s.col });
      } else if (this.kind() === 'IDENT') {
        const alias = this.ident();
        this.expect('=');
        if (this.kind() !== 'STRING') this.error(`load operand must be "name" or localname="name"`);
        const s = this.next();
        from.push({ name: s.v as string, pos: { line: s.line, col: s.col } });
        to.push(alias);
      } else this.error(`load operand must be "name" or localname="name"`);
    }
    const close = this.expect(')');
    if (from.length === 0) this.error('load statement must import at least 1 symbol', close);
    return {
      kind: 'Load',
      module: m.v as string,
      modulePos: { line: m.line, col: m.col },
      from,
      to,
      line: t.line,
      col: t.col,
    };
  }

  private loopVariables(): Expr {
    const first = this.primaryWithSuffix();
    if (this.kind() !== ',') return first;
    const elems = [first];
    while (this.kind() === ',') {
      this.next();
      if (this.kind() === 'in') break;
      elems.push(this.primaryWithSuffix());
    }
    return { kind: 'Tuple', elems, parens: false, line: first.line, col: first.col };
  }

  /** Expression = Test {',' Test} [','], a tuple when there is a comma. */
  expr(inParens = false): Expr {
    const first = this.test();
    if (this.kind() !== ',') return first;
    const elems = [first];
    while (this.kind() === ',') {
      this.next();
      if (this.terminatesList()) break;
      elems.push(this.test());
    }
    return { kind: 'Tuple', elems, parens: inParens, line: first.line, col: first.col };
  }

  private terminatesList(): boolean {
    return (
      [')', ']', '}', '=', 'NEWLINE', 'EOF', ';', ':', 'in'].includes(this.kind()) ||
      AUGMENTED.has(this.kind())
    );
  }

  test(): Expr {
    if (this.kind() === 'lambda') return this.lambda(true);
    const x = this.binary(1);
    if (this.kind() !== 'if') return x;
    this.next();
    const cond = this.binary(1);
    if (this.kind() !== 'else') this.error(`got ${describe(this.tok)}, want 'else'`);
    this.next();
    const elseX = this.test();
    return { kind: 'Cond', cond, then: x, else: elseX, line: x.line, col: x.col };
  }

  private testNoCond(): Expr {
    return this.kind() === 'lambda' ? this.lambda(false) : this.binary(1);
  }

  private lambda(allowCond: boolean): LambdaExpr {
    const t = this.next();
    const params = this.params(':');
    this.expect(':');
    const body = allowCond ? this.test() : this.testNoCond();
    return { kind: 'Lambda', params, body, line: t.line, col: t.col };
  }

  private binary(prec: number): Expr {
    if (prec >= MAX_PREC) return this.primaryWithSuffix();
    if (prec === NOT_PREC && this.kind() === 'not') {
      const t = this.next();
      const x = this.binary(prec);
      return { kind: 'Unary', op: 'not', x, line: t.line, col: t.col };
    }
    let x = this.binary(prec + 1);
    for (let chained = 0; ; chained++) {
      const first = chained === 0;
      let op = this.kind();
      if (op === 'not') {
        // Only `not in` can continue an expression here.
        if (this.peek().k !== 'in') this.error(`got ${describe(this.peek())}, want 'in'`, this.peek());
        op = 'not in';
      }
      const opPrec = PREC[op];
      if (opPrec === undefined || opPrec < prec) return x;
      if (!first && opPrec === CMP_PREC)
        this.error(`${(x as { op: string }).op} does not associate with ${op} (use parens)`);
      if (chained === MAX_OPERATOR_CHAIN) {
        this.error(`expression too deeply nested (more than ${MAX_OPERATOR_CHAIN} operators in a row)`);
      }
      const t = this.next();
      if (op === 'not in') this.next();
      const y = this.binary(opPrec + 1);
      x = { kind: 'Binary', op, x, y, opPos: { line: t.line, col: t.col }, line: x.line, col: x.col };
    }
  }

  private primaryWithSuffix(): Expr {
    const t = this.tok;
    if (t.k === '-' || t.k === '+' || t.k === '~') {
      this.next();
      const x = this.primaryWithSuffix();
      return { kind: 'Unary', op: t.k, x, line: t.line, col: t.col };
    }
    let x = this.operand();
    for (;;) {
      const s = this.tok;
      if (s.k === '.') {
        this.next();
        const name = this.ident();
        x = {
          kind: 'Dot',
          x,
          name: name.name,
          namePos: { line: name.line, col: name.col },
          line: x.line,
          col: x.col,
        };
      } else if (s.k === '[') {
        x = this.indexOrSlice(x);
      } else if (s.k === '(') {
        x = this.call(x);
      } else return x;
    }
  }

  private indexOrSlice(x: Expr): Expr {
    const lb = this.next();
    const lbrack = { line: lb.line, col: lb.col };
    let lo: Expr | undefined;
    if (this.kind() !== ':') {
      lo = this.expr();
      if (this.kind() === ']') {
        this.next();
        return { kind: 'Index', x, y: lo, lbrack, line: x.line, col: x.col };
      }
    }
    this.expect(':');
    let hi: Expr | undefined;
    let step: Expr | undefined;
    if (this.kind() !== ':' && this.kind() !== ']') hi = this.test();
    if (this.kind() === ':') {
      this.next();
      if (this.kind() !== ']') step = this.test();
    }
    this.expect(']');
    return { kind: 'Slice', x, lo, hi, step, lbrack, line: x.line, col: x.col };
  }

  private call(fn: Expr): CallExpr {
    const lp = this.next();
    const args: Arg[] = [];
    while (this.kind() !== ')') {
      const t = this.tok;
      if (t.k === '*' || t.k === '**') {
        this.next();
        args.push({ kind: t.k === '*' ? 'star' : 'starstar', value: this.test(), line: t.line, col: t.col });
      } else if (t.k === 'IDENT' && this.peek().k === '=') {
        const name = this.ident();
        this.next();
        args.push({ kind: 'named', name: name.name, value: this.test(), line: t.line, col: t.col });
      } else {
        args.push({ kind: 'positional', value: this.test(), line: t.line, col: t.col });
      }
      if (this.kind() !== ',') break;
      this.next();
    }
    this.expectClosing(')', lp);
    return { kind: 'Call', fn, args, lparen: { line: lp.line, col: lp.col }, line: fn.line, col: fn.col };
  }

  private operand(): Expr {
    const t = this.tok;
    switch (t.k) {
      case 'IDENT':
        return this.ident();
      case 'INT':
      case 'FLOAT':
      case 'STRING':
      case 'BYTES':
        this.next();
        return { kind: 'Literal', value: t.v as Literal, line: t.line, col: t.col };
      case '(': {
        this.next();
        if (this.kind() === ')') {
          this.next();
          return { kind: 'Tuple', elems: [], parens: true, line: t.line, col: t.col };
        }
        const x = this.expr(true);
        this.expectClosing(')', t);
        if (x.kind === 'Tuple' && x.parens) return { ...x, line: t.line, col: t.col };
        return { kind: 'Paren', x, line: t.line, col: t.col };
      }
      case '[': {
        this.next();
        if (this.kind() === ']') {
          this.next();
          return { kind: 'List', elems: [], line: t.line, col: t.col };
        }
        const first = this.test();
        if (this.kind() === 'for') return this.comprehension(t, false, first, undefined, ']');
        const elems = [first];
        while (this.kind() === ',') {
          this.next();
          if (this.kind() === ']') break;
          elems.push(this.test());
        }
        this.expectClosing(']', t);
        return { kind: 'List', elems, line: t.line, col: t.col };
      }
      case '{': {
        this.next();
        const entries: [Expr, Expr][] = [];
        if (this.kind() === '}') {
          this.next();
          return { kind: 'Dict', entries, line: t.line, col: t.col };
        }
        const k = this.test();
        this.expect(':');
        const v = this.test();
        if (this.kind() === 'for') return this.comprehension(t, true, k, v, '}');
        entries.push([k, v]);
        while (this.kind() === ',') {
          this.next();
          if (this.kind() === '}') break;
          const k2 = this.test();
          this.expect(':');
          entries.push([k2, this.test()]);
        }
        this.expectClosing('}', t);
        return { kind: 'Dict', entries, line: t.line, col: t.col };
      }
    }
    this.error(`got ${describe(t)}, want primary expression`);
  }

  private comprehension(
    open: Token,
    dict: boolean,
    body: Expr,
    value: Expr | undefined,
    close: ']' | '}',
  ): CompExpr {
    const clauses: (ForClause | IfClause)[] = [];
    for (;;) {
      const t = this.tok;
      if (t.k === 'for') {
        this.next();
        const vars = this.loopVariables();
        this.expect('in');
        const iter = this.testNoCond();
        clauses.push({ kind: 'for', vars, iter, line: t.line, col: t.col });
      } else if (t.k === 'if') {
        this.next();
        clauses.push({ kind: 'if', cond: this.testNoCond(), line: t.line, col: t.col });
      } else break;
    }
    this.expectClosing(close, open);
    return { kind: 'Comp', dict, body, value, clauses, line: open.line, col: open.col };
  }
}

/** Parses a file; throws StarlarkError at the first scan or syntax error. */
export function parse(path: string, src: string): File {
  const scanner = new Scanner(src, path);
  const tokens = scanner.scan();
  try {
    const stmts = new Parser(tokens, path).parseFile();
    return { path, stmts, options: scanner.options };
  } catch (e) {
    if (e instanceof RangeError)
      throw new StarlarkError('expression too deeply nested', { file: path, line: 1, col: 1 });
    throw e;
  }
}

/** Parses a single expression (for the REPL and hosts); anything after it is a syntax error. */
export function parseExpr(path: string, src: string): Expr {
  const tokens = new Scanner(src, path).scan();
  return new Parser(tokens, path).wholeExpr();
}
