/**
 * Starlark values and their core operations (truth, equality, ordering, hashing, repr).
 *
 * Representation: None = null, bool = boolean, int = number while it is a safe integer and bigint
 * beyond (never a bigint in the safe range), string = byte string (./strings.ts), float = Float, and
 * classes for the rest. Keeping small ints and strings as JS primitives keeps the hot paths free of
 * allocation.
 */
import { fail } from './errors.js';
import { decodeRuneAt, quote } from './strings.js';

// Starlark values are dynamically typed; `any` is the honest static type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Value = any;

export type Kwargs = [string, Value][] | null;

export class Float {
  constructor(readonly v: number) {}
}

export class Bytes {
  constructor(readonly s: string) {}
}

export class Tuple {
  constructor(readonly elems: Value[]) {}
}

/** Shared by list, dict and set: freezing and the mutation-during-iteration guard. */
abstract class Mutable {
  frozen = false;
  itercount = 0;
  protected abstract get kindName(): string;

  checkMutable(verb: string): void {
    if (this.frozen) fail(`cannot ${verb} frozen ${this.kindName}`);
    if (this.itercount > 0) fail(`cannot ${verb} ${this.kindName} during iteration`);
  }
}

export class List extends Mutable {
  protected get kindName(): string {
    return 'list';
  }
  constructor(public elems: Value[] = []) {
    super();
  }
}

/**
 * Insertion-ordered hash table keyed by hashKey(k). `keys` holds the original key only for entries
 * whose hash key differs from the key itself (tuples, floats, bytes…), so string- and int-keyed
 * dicts are a plain Map.
 */
export class Dict extends Mutable {
  protected get kindName(): string {
    return 'hash table';
  }
  map = new Map<Value, Value>();
  keys: Map<Value, Value> | null = null;

  get(k: Value): Value | undefined {
    return this.map.get(typeof k === 'string' ? k : hashKey(k));
  }

  set(k: Value, v: Value): void {
    this.checkMutable('insert into');
    this.setUnchecked(k, v);
  }

  setUnchecked(k: Value, v: Value): void {
    if (typeof k === 'string') {
      this.map.set(k, v);
      return;
    }
    const h = hashKey(k);
    // An equal key already there stays (`d[1.0] = x` on a dict with key 1 keeps the int), as in Python.
    if (h !== k && !this.map.has(h)) (this.keys ??= new Map()).set(h, k);
    this.map.set(h, v);
  }

  delete(k: Value): Value | undefined {
    this.checkMutable('delete from');
    const h = hashKey(k);
    const v = this.map.get(h);
    if (v !== undefined) {
      this.map.delete(h);
      this.keys?.delete(h);
    }
    return v;
  }

  clear(): void {
    this.checkMutable('clear');
    this.map.clear();
    this.keys = null;
  }

  keyOf(h: Value): Value {
    const k = this.keys?.get(h);
    return k === undefined ? h : k;
  }

  keyList(): Value[] {
    if (!this.keys) return [...this.map.keys()];
    return [...this.map.keys()].map((h) => this.keyOf(h));
  }

  get size(): number {
    return this.map.size;
  }
}

/** A set: hash key to element. */
export class StarSet extends Mutable {
  protected get kindName(): string {
    return 'hash table';
  }
  map = new Map<Value, Value>();

  has(v: Value): boolean {
    return this.map.has(hashKey(v));
  }

  add(v: Value): void {
    this.checkMutable('insert into');
    this.addUnchecked(v);
  }

  /** An equal element already there stays, as in Python. */
  addUnchecked(v: Value): void {
    const h = hashKey(v);
    if (!this.map.has(h)) this.map.set(h, v);
  }

  get size(): number {
    return this.map.size;
  }

  values(): Value[] {
    return [...this.map.values()];
  }
}

export class Range {
  readonly len: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.len = Math.max(0, n);
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

/** The iterable views `s.elems()`, `s.elem_ords()`, `s.codepoints()`, `s.codepoint_ords()`, `b.elems()`. */
export class StringView {
  constructor(
    readonly s: string,
    readonly method: 'elems' | 'elem_ords' | 'codepoints' | 'codepoint_ords',
    readonly bytes = false,
  ) {}

  get type(): string {
    if (this.bytes) return 'bytes.elems';
    return this.method.startsWith('elem') ? 'elems' : 'codepoints';
  }

  /** Byte views are indexable and have a length; code point views are only iterable. */
  get indexable(): boolean {
    return this.method.startsWith('elem');
  }

  at(i: number): Value {
    return this.method === 'elems' && !this.bytes ? this.s[i] : this.s.charCodeAt(i);
  }

  items(): Value[] {
    if (this.indexable) return Array.from({ length: this.s.length }, (_, i) => this.at(i));
    const out: Value[] = [];
    for (let i = 0; i < this.s.length;) {
      const [cp, n] = decodeRuneAt(this.s, i);
      out.push(this.method === 'codepoints' ? this.s.slice(i, i + n) : cp);
      i += n;
    }
    return out;
  }
}

/** A variable shared between a function and the closures that capture it. */
export class Cell {
  v: Value = undefined;
}

export type BuiltinImpl = (thread: ThreadLike, args: Value[], kwargs: Kwargs, recv: Value) => Value;

/** A function implemented in JS: a universal builtin, a method bound to its receiver, or a host builtin. */
export class Builtin {
  constructor(
    readonly name: string,
    readonly impl: BuiltinImpl,
    readonly recv: Value = undefined,
  ) {}
}

/** What builtins may rely on in the thread (the full class lives in ./eval.ts). */
export interface ThreadLike {
  print(msg: string): void;
  callValue(fn: Value, args: Value[], kwargs?: Kwargs): Value;
}

/**
 * A value type defined by the host (Edo's rule results, providers…). Subclasses name their type and
 * expose attributes; the interpreter freezes, compares and prints them through these hooks.
 */
export abstract class HostValue {
  abstract readonly type: string;
  frozen = false;
  /** The attribute, or undefined if there is none. */
  attr(_name: string): Value | undefined {
    return undefined;
  }
  attrNames(): string[] {
    return [];
  }
  /** Values reachable from this one, so freezing reaches them. */
  children(): Value[] {
    return [];
  }
  repr(): string {
    return `<${this.type}>`;
  }
  equals(other: Value): boolean {
    return this === other;
  }
  truth(): boolean {
    return true;
  }
}

/** `struct(**kwargs)`: an immutable record of named fields. */
export class Struct extends HostValue {
  readonly type: string = 'struct';
  constructor(
    readonly fields: Map<string, Value>,
    readonly constructorName = 'struct',
  ) {
    super();
  }
  override attr(name: string): Value | undefined {
    return this.fields.get(name);
  }
  override attrNames(): string[] {
    return [...this.fields.keys()].sort();
  }
  override children(): Value[] {
    return [...this.fields.values()];
  }
  override repr(): string {
    const parts = this.attrNames().map((k) => `${k} = ${repr(this.fields.get(k))}`);
    return `${this.constructorName}(${parts.join(', ')})`;
  }
  override equals(other: Value): boolean {
    if (!(other instanceof Struct) || other.fields.size !== this.fields.size) return false;
    for (const [k, v] of this.fields) {
      if (!other.fields.has(k) || !equals(v, other.fields.get(k))) return false;
    }
    return true;
  }
}

/** A `def` or `lambda` value; `code` and `freevars` are the compiler's (./eval.ts). */
export class StarFunction {
  frozen = false;
  constructor(
    readonly name: string,
    readonly code: unknown,
    readonly defaults: Value[],
    readonly freevars: Cell[],
    readonly module: unknown,
  ) {}
}

export function typeName(v: Value): string {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'object':
      if (v === null) return 'NoneType';
      if (v instanceof List) return 'list';
      if (v instanceof Dict) return 'dict';
      if (v instanceof Tuple) return 'tuple';
      if (v instanceof Float) return 'float';
      if (v instanceof StarSet) return 'set';
      if (v instanceof Bytes) return 'bytes';
      if (v instanceof Range) return 'range';
      if (v instanceof StarFunction) return 'function';
      if (v instanceof Builtin) return 'builtin_function_or_method';
      if (v instanceof HostValue) return v.type;
      if (v instanceof StringView) return v.type;
  }
  return typeof v;
}

export function isInt(v: Value): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

export function truth(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof List || v instanceof Tuple) return v.elems.length > 0;
  if (v instanceof Dict || v instanceof StarSet) return v.size > 0;
  if (v instanceof Float) return v.v !== 0;
  if (v instanceof Bytes) return v.s.length > 0;
  if (v instanceof Range) return v.len > 0;
  if (v instanceof HostValue) return v.truth();
  return true;
}

/** A bigint result, as a number when it fits. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function bigOf(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** The int or float value as a JS number (ints may lose precision). */
export function toNumber(v: Value): number {
  return v instanceof Float ? v.v : Number(v);
}

// ---- hashing ----

let nextId = 1;
const identities = new WeakMap<object, number>();
function identity(o: object): number {
  let id = identities.get(o);
  if (id === undefined) identities.set(o, (id = nextId++));
  return id;
}

/** The Map key of a hashable value: equal values have identical keys. */
export function hashKey(v: Value): Value {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return v;
  }
  if (v === null) return null;
  if (v instanceof Float) {
    const x = v.v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
    return x === 0 ? 0 : x;
  }
  if (v instanceof Tuple) return '\u0100' + v.elems.map(nestedKey).join(',');
  if (v instanceof Bytes) return '\u0101' + v.s;
  if (v instanceof List || v instanceof Dict || v instanceof StarSet) fail(`unhashable type: ${typeName(v)}`);
  if (v instanceof Range) fail('unhashable: range');
  if (v instanceof StringView) fail(`unhashable: ${v.type}`);
  if (v instanceof Struct)
    return (
      '\u0103' +
      v
        .attrNames()
        .map((k) => `${k}=${nestedKey(v.fields.get(k))}`)
        .join(',')
    );
  return v; // functions and host values hash by identity
}

function nestedKey(v: Value): string {
  const k = hashKey(v);
  switch (typeof k) {
    case 'string':
      return `s${k.length}:${k}`;
    case 'number':
    case 'bigint':
      return `n${k}`;
    case 'boolean':
      return k ? 'T' : 'F';
  }
  if (k === null) return 'N';
  return `o${identity(k)}`;
}

/** The `hash()` builtin: Java's String.hashCode for strings, as go.starlark.net. */
/**
 * `hash(x)` as the spec defines it: a string's is Java's String.hashCode of its UTF-16 text, a
 * bytes value's the 32-bit FNV-1a of its bytes.
 */
export function hashValue(v: string | Bytes): number {
  if (typeof v === 'string') {
    const text = Buffer.from(v, 'latin1').toString('utf8');
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return h;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < v.s.length; i++) h = Math.imul(h ^ v.s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---- equality and ordering ----

// Comparisons of nested containers stop at this depth (cyclic values would recurse forever).
const MAX_DEPTH = 100;

export function equals(x: Value, y: Value, depth = 0): boolean {
  const tx = typeof x;
  const ty = typeof y;
  if (
    x === y &&
    (tx !== 'object' || x === null || !(x instanceof List || x instanceof Dict || x instanceof Tuple))
  )
    return true;
  if (tx !== 'object' && ty !== 'object') return false;
  if (depth > MAX_DEPTH) fail('comparison exceeded maximum recursion depth');
  if (x === null || y === null) return false;
  if (x instanceof Float) return (y instanceof Float || isInt(y)) && numCompare(x, y) === 0;
  if (y instanceof Float) return isInt(x) && numCompare(x, y) === 0;
  if (x instanceof List) return y instanceof List && seqEquals(x.elems, y.elems, depth);
  if (x instanceof Tuple) return y instanceof Tuple && seqEquals(x.elems, y.elems, depth);
  if (x instanceof Dict) {
    if (!(y instanceof Dict) || x.size !== y.size) return false;
    for (const [h, v] of x.map) {
      const w = y.map.get(h);
      if (w === undefined || !equals(v, w, depth + 1)) return false;
    }
    return true;
  }
  if (x instanceof StarSet) {
    if (!(y instanceof StarSet) || x.size !== y.size) return false;
    for (const h of x.map.keys()) if (!y.map.has(h)) return false;
    return true;
  }
  if (x instanceof Bytes) return y instanceof Bytes && x.s === y.s;
  if (x instanceof Range) {
    if (!(y instanceof Range) || x.len !== y.len) return false;
    return x.len === 0 || (x.start === y.start && (x.len === 1 || x.step === y.step));
  }
  if (x instanceof HostValue) return x.equals(y);
  return false;
}

function seqEquals(a: Value[], b: Value[], depth: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!equals(a[i], b[i], depth + 1)) return false;
  return true;
}

/** -1, 0, 1 for two numbers (int or float); NaN compares as NaN. */
function numCompare(x: Value, y: Value): number {
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (isInt(x) && isInt(y)) {
      const a = bigOf(x);
      const b = bigOf(y);
      return a < b ? -1 : a > b ? 1 : 0;
    }
    // int vs float: compare exactly when the float is integral.
    const f = x instanceof Float ? x.v : (y as Float).v;
    const i = x instanceof Float ? y : x;
    if (!Number.isFinite(f)) {
      // NaN is the greatest float; ±inf compare with any int.
      const r = Number.isNaN(f) || f > 0 ? -1 : 1;
      return x instanceof Float ? -r : r;
    }
    const fi = BigInt(Math.floor(f));
    const ib = bigOf(i);
    let r = ib < fi ? -1 : ib > fi ? 1 : f > Math.floor(f) ? -1 : 0;
    if (x instanceof Float) r = -r;
    return r;
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  // As go.starlark.net, NaN equals NaN and is greater than every other number.
  return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
}

const opName: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** Three-way comparison for ordered operators and sorting; errors for unordered or unlike types. */
export function compare(op: string, x: Value, y: Value, depth = 0): number {
  if (depth > MAX_DEPTH) fail('comparison exceeded maximum recursion depth');
  const tx = typeof x;
  if (tx === typeof y) {
    if (tx === 'string' || tx === 'number') return x < y ? -1 : x > y ? 1 : 0;
    if (tx === 'boolean') return Number(x) - Number(y);
  }
  if ((isInt(x) || x instanceof Float) && (isInt(y) || y instanceof Float)) return numCompare(x, y);
  if (x instanceof List && y instanceof List) return seqCompare(op, x.elems, y.elems, depth);
  if (x instanceof Tuple && y instanceof Tuple) return seqCompare(op, x.elems, y.elems, depth);
  if (x instanceof Bytes && y instanceof Bytes) return x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
  fail(`${typeName(x)} ${opName[op] ?? op} ${typeName(y)} not implemented`);
}

function seqCompare(op: string, a: Value[], b: Value[], depth: number): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!equals(a[i], b[i], depth + 1)) return compare(op, a[i], b[i], depth + 1);
  }
  return a.length - b.length;
}

/** Evaluates an ordered comparison operator. */
export function compareOp(op: string, x: Value, y: Value): boolean {
  if (x instanceof StarSet && y instanceof StarSet) {
    // Sets are ordered by inclusion.
    const subset = (a: StarSet, b: StarSet): boolean => [...a.map.keys()].every((h) => b.map.has(h));
    if (op === '<=') return subset(x, y);
    if (op === '>=') return subset(y, x);
    if (op === '<') return x.size < y.size && subset(x, y);
    return y.size < x.size && subset(y, x);
  }
  const c = compare(op, x, y);
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

// ---- formatting ----

/** Go's %g with the shortest representation, always with a '.' or exponent (go.starlark.net). */
export function formatFloat(x: number, conv = 'g'): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? '+inf' : '-inf';
  if (conv === 'g' || conv === 'G') {
    const s = shortestG(x, conv === 'G');
    return /[.eEn]/.test(s) ? s : s + '.0';
  }
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const a = Math.abs(x);
  if (conv === 'f' || conv === 'F') {
    // toFixed switches to exponent notation from 1e21; print big values exactly instead.
    return sign + (a >= 1e21 ? `${BigInt(a)}.000000` : a.toFixed(6));
  }
  const e = sign + a.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');
  return conv === 'E' ? e.toUpperCase() : e;
}

function shortestG(x: number, upper: boolean): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const exp = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const digits = m[2] + (m[3] ?? '');
  const e = parseInt(m[4], 10);
  if (e < -4 || e >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
    return `${m[1]}${mant}${upper ? 'E' : 'e'}${e < 0 ? '-' : '+'}${es}`;
  }
  let s: string;
  if (e < 0) s = '0.' + '0'.repeat(-e - 1) + digits;
  else if (digits.length <= e + 1) s = digits + '0'.repeat(e + 1 - digits.length);
  else s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
  return m[1] + s;
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return repr(v);
}

export function repr(v: Value, seen?: Value[]): string {
  switch (typeof v) {
    case 'string':
      return quote(v);
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof Float) return formatFloat(v.v);
  if (v instanceof List || v instanceof Dict || v instanceof Tuple || v instanceof StarSet) {
    seen ??= [];
    if (seen.includes(v)) return v instanceof List ? '[...]' : v instanceof Dict ? '{...}' : '(...)';
    seen.push(v);
    let out: string;
    if (v instanceof List) out = '[' + v.elems.map((e) => repr(e, seen)).join(', ') + ']';
    else if (v instanceof Tuple)
      out = '(' + v.elems.map((e) => repr(e, seen)).join(', ') + (v.elems.length === 1 ? ',)' : ')');
    else if (v instanceof Dict) {
      const parts: string[] = [];
      for (const [h, val] of v.map) parts.push(`${repr(v.keyOf(h), seen)}: ${repr(val, seen)}`);
      out = '{' + parts.join(', ') + '}';
    } else
      out =
        'set([' +
        v
          .values()
          .map((e) => repr(e, seen))
          .join(', ') +
        '])';
    seen.pop();
    return out;
  }
  if (v instanceof Bytes) return 'b' + quoteBytes(v.s);
  if (v instanceof Range)
    return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof StarFunction) return `<function ${v.name}>`;
  if (v instanceof Builtin) {
    return v.recv === undefined
      ? `<built-in function ${v.name}>`
      : `<built-in method ${v.name} of ${typeName(v.recv)} value>`;
  }
  if (v instanceof HostValue) return v.repr();
  if (v instanceof StringView) return `${v.bytes ? 'b' + quoteBytes(v.s) : quote(v.s)}.${v.method}()`;
  return String(v);
}

function quoteBytes(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += quote(s[i]).slice(1, -1);
  }
  return out + '"';
}

// ---- freezing ----

export function freeze(v: Value): void {
  if (v === null || typeof v !== 'object') return;
  if (v instanceof List) {
    if (v.frozen) return;
    v.frozen = true;
    v.elems.forEach(freeze);
  } else if (v instanceof Tuple) v.elems.forEach(freeze);
  else if (v instanceof Dict) {
    if (v.frozen) return;
    v.frozen = true;
    for (const [h, val] of v.map) {
      freeze(v.keyOf(h));
      freeze(val);
    }
  } else if (v instanceof StarSet) {
    if (v.frozen) return;
    v.frozen = true;
    v.values().forEach(freeze);
  } else if (v instanceof StarFunction) {
    if (v.frozen) return;
    v.frozen = true;
    v.defaults.forEach(freeze);
    v.freevars.forEach((c) => freeze(c.v));
  } else if (v instanceof HostValue) {
    if (v.frozen) return;
    v.frozen = true;
    v.children().forEach(freeze);
  } else if (v instanceof Builtin) freeze(v.recv);
}
