/**
 * Operators, indexing, slicing, iteration and attribute access on Starlark values: the slow paths
 * the compiled closures fall back to when their inline fast paths (int arithmetic, string
 * concatenation, list/dict indexing) do not apply. Errors use go.starlark.net's wordings.
 */
import { fail } from './errors.js';
import { formatFloat, str } from './values.js';
import {
  bigOf,
  Bytes,
  compareOp,
  Dict,
  equals,
  Float,
  HostValue,
  isInt,
  List,
  normInt,
  Range,
  repr,
  StarSet,
  StringView,
  Tuple,
  typeName,
  type Value,
} from './values.js';
import { decodeRuneAt, encodeUtf8Char } from './strings.js';
import { nearest } from './spell.js';

// Limits on what one operation may allocate (go.starlark.net uses 1<<30; V8 strings and arrays
// cannot grow that far without aborting the process).
const MAX_ELEMS = 1 << 25;
const MAX_STRING = 1 << 28;

export function toFloat(v: Value): number {
  if (v instanceof Float) return v.v;
  const f = Number(v);
  if (!Number.isFinite(f)) fail('int too large to convert to float');
  return f;
}

function isNum(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof Float;
}

/** An int as a JS number within int32-ish bounds, or an error in go's words. */
export function asIndexInt(v: Value, what?: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') fail(`${what ? what + ': ' : ''}${v} out of range`);
  fail(`${what ? what + ': ' : ''}got ${typeName(v)}, want int`);
}

function intOp(op: string, x: number | bigint, y: number | bigint): Value {
  if (typeof x === 'number' && typeof y === 'number') {
    let r: number;
    switch (op) {
      case '+':
        r = x + y;
        break;
      case '-':
        r = x - y;
        break;
      case '*':
        r = x * y;
        break;
      default:
        r = NaN;
    }
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const a = bigOf(x);
  const b = bigOf(y);
  switch (op) {
    case '+':
      return normInt(a + b);
    case '-':
      return normInt(a - b);
    case '*':
      return normInt(a * b);
    case '//': {
      if (b === 0n) fail('floored division by zero');
      let q = a / b;
      if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
      return normInt(q);
    }
    case '%': {
      if (b === 0n) fail('integer modulo by zero');
      let r = a % b;
      if (r !== 0n && r < 0n !== b < 0n) r += b;
      return normInt(r);
    }
    case '&':
      return normInt(a & b);
    case '|':
      return normInt(a | b);
    case '^':
      return normInt(a ^ b);
    case '<<': {
      if (b < 0n) fail(`negative shift count: ${b}`);
      if (b >= 512n) fail(`shift count too large: ${b}`);
      return normInt(a << b);
    }
    case '>>':
      if (b < 0n) fail(`negative shift count: ${b}`);
      return normInt(a >> b);
  }
  fail(`unknown binary op: int ${op} int`);
}

/** Python-style float modulo: the result has the sign of the divisor. */
function floatMod(x: number, y: number): number {
  let r = x % y;
  if (r !== 0 && r < 0 !== y < 0) r += y;
  return r;
}

function floatOp(op: string, x: Value, y: Value): Value {
  const a = toFloat(x);
  const b = toFloat(y);
  switch (op) {
    case '+':
      return new Float(a + b);
    case '-':
      return new Float(a - b);
    case '*':
      return new Float(a * b);
    case '/':
      if (b === 0) fail('floating-point division by zero');
      return new Float(a / b);
    case '//':
      if (b === 0) fail('floored division by zero');
      return new Float(Math.floor(a / b));
    case '%':
      if (b === 0) fail('floating-point modulo by zero');
      return new Float(floatMod(a, b));
  }
  return undefined;
}

function repeat<T>(elems: T[], n: Value): T[] {
  if (elems.length === 0) return [];
  if (typeof n === 'bigint' || n > 0x7fffffff) fail(`repeat count ${n} too large`);
  if (n < 1) return [];
  if (elems.length * n >= MAX_ELEMS) fail(`excessive repeat (${elems.length} * ${n} elements)`);
  if (elems.length === 1) return new Array<T>(n).fill(elems[0]);
  const out: T[] = new Array(elems.length * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < elems.length; j++) out[i * elems.length + j] = elems[j];
  return out;
}

function repeatString(s: string, n: Value): string {
  if (s === '') return '';
  if (typeof n === 'bigint' || n > 0x7fffffff) fail(`repeat count ${n} too large`);
  if (n < 1) return '';
  if (s.length * n >= MAX_STRING) fail(`excessive repeat (${s.length} * ${n} elements)`);
  return s.repeat(n);
}

/** Any binary operator except `and`, `or` and the comparisons handled by the compiler inline. */
export function binary(op: string, x: Value, y: Value): Value {
  switch (op) {
    case '+':
      if (typeof x === 'string' && typeof y === 'string') return x + y;
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      if (x instanceof List && y instanceof List) return new List(x.elems.concat(y.elems));
      if (x instanceof Tuple && y instanceof Tuple) return new Tuple(x.elems.concat(y.elems));
      if (x instanceof Bytes && y instanceof Bytes) return new Bytes(x.s + y.s);
      break;
    case '-':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      if (x instanceof StarSet && y instanceof StarSet) {
        const out = new StarSet();
        for (const [h, v] of x.map) if (!y.map.has(h)) out.map.set(h, v);
        return out;
      }
      break;
    case '*':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      if (typeof x === 'string' && isInt(y)) return repeatString(x, y);
      if (typeof y === 'string' && isInt(x)) return repeatString(y, x);
      if (x instanceof Bytes && isInt(y)) return new Bytes(repeatString(x.s, y));
      if (y instanceof Bytes && isInt(x)) return new Bytes(repeatString(y.s, x));
      if (x instanceof List && isInt(y)) return new List(repeat(x.elems, y));
      if (y instanceof List && isInt(x)) return new List(repeat(y.elems, x));
      if (x instanceof Tuple && isInt(y)) return new Tuple(repeat(x.elems, y));
      if (y instanceof Tuple && isInt(x)) return new Tuple(repeat(y.elems, x));
      break;
    case '/':
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      break;
    case '//':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      break;
    case '%':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (isNum(x) && isNum(y)) return floatOp(op, x, y);
      if (typeof x === 'string') return interpolate(x, y);
      break;
    case '|':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (x instanceof Dict && y instanceof Dict) {
        const out = new Dict();
        for (const d of [x, y]) for (const [h, v] of d.map) out.setUnchecked(d.keyOf(h), v);
        return out;
      }
      if (x instanceof StarSet && y instanceof StarSet) {
        const out = new StarSet();
        for (const s of [x, y]) for (const [h, v] of s.map) out.map.set(h, v);
        return out;
      }
      break;
    case '&':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (x instanceof StarSet && y instanceof StarSet) {
        const out = new StarSet();
        for (const [h, v] of x.map) if (y.map.has(h)) out.map.set(h, v);
        return out;
      }
      break;
    case '^':
      if (isInt(x) && isInt(y)) return intOp(op, x, y);
      if (x instanceof StarSet && y instanceof StarSet) {
        const out = new StarSet();
        for (const [h, v] of x.map) if (!y.map.has(h)) out.map.set(h, v);
        for (const [h, v] of y.map) if (!x.map.has(h)) out.map.set(h, v);
        return out;
      }
      break;
    case '<<':
    case '>>':
      if (isInt(x)) {
        if (!isInt(y)) fail(`unknown binary op: ${typeName(x)} ${op} ${typeName(y)}`);
        return intOp(op, x, y);
      }
      break;
    case 'in':
      return contains(y, x);
    case 'not in':
      return !contains(y, x);
    case '==':
      return equals(x, y);
    case '!=':
      return !equals(x, y);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compareOp(op, x, y);
  }
  fail(`unknown binary op: ${typeName(x)} ${op} ${typeName(y)}`);
}

export function contains(coll: Value, x: Value): boolean {
  if (coll instanceof Dict) return coll.get(x) !== undefined;
  if (coll instanceof List || coll instanceof Tuple) {
    for (const e of coll.elems) if (equals(e, x)) return true;
    return false;
  }
  if (typeof coll === 'string') {
    if (typeof x !== 'string') fail(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return coll.includes(x);
  }
  if (coll instanceof StarSet) return coll.has(x);
  if (coll instanceof Bytes) {
    if (x instanceof Bytes) return coll.s.includes(x.s);
    if (isInt(x)) {
      if (typeof x !== 'number' || x < 0 || x > 255) fail(`int in bytes: ${x} out of range`);
      return coll.s.includes(String.fromCharCode(x));
    }
    fail(`'in bytes' requires bytes or int as left operand, not ${typeName(x)}`);
  }
  if (coll instanceof Range) {
    if (!isInt(x) && !(x instanceof Float))
      fail(`'in <range>' requires integer as left operand, not ${typeName(x)}`);
    const n = x instanceof Float ? x.v : Number(x);
    if (!Number.isInteger(n)) return false;
    const k = (n - coll.start) / coll.step;
    return Number.isInteger(k) && k >= 0 && k < coll.len;
  }
  fail(`unknown binary op: ${typeName(x)} in ${typeName(coll)}`);
}

export function unary(op: string, x: Value): Value {
  if (op === '-') {
    if (typeof x === 'number') return 0 - x;
    if (typeof x === 'bigint') return normInt(-x);
    if (x instanceof Float) return new Float(-x.v);
  } else if (op === '+') {
    if (isInt(x)) return x;
    if (x instanceof Float) return x;
  } else if (op === '~') {
    if (typeof x === 'number') return -x - 1;
    if (typeof x === 'bigint') return normInt(~x);
  }
  fail(`unknown unary op: ${op} ${typeName(x)}`);
}

// ---- % formatting ----

export function interpolate(format: string, x: Value): string {
  let out = '';
  let index = 0;
  const nargs = x instanceof Tuple ? x.elems.length : 1;
  let i = 0;
  for (;;) {
    const j = format.indexOf('%', i);
    if (j < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, j);
    i = j + 1;
    if (format[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let arg: Value;
    if (format[i] === '(') {
      const k = format.indexOf(')', i);
      if (k < 0) fail('incomplete format key');
      const key = format.slice(i + 1, k);
      if (!(x instanceof Dict)) fail('format requires a mapping');
      arg = x.get(key);
      if (arg === undefined) fail(`key not found: ${key}`);
      i = k + 1;
    } else {
      if (index >= nargs) fail('not enough arguments for format string');
      arg = x instanceof Tuple ? x.elems[index] : x;
    }
    if (i >= format.length) fail('incomplete format');
    const c = format[i];
    switch (c) {
      case 's':
        out += str(arg);
        break;
      case 'r':
        out += repr(arg);
        break;
      case 'd':
      case 'i':
      case 'o':
      case 'x':
      case 'X': {
        let n: Value = arg;
        if (arg instanceof Float) {
          if (!Number.isFinite(arg.v))
            fail(`cannot convert float ${Number.isNaN(arg.v) ? 'NaN' : 'infinity'} to integer`);
          n = normInt(BigInt(Math.trunc(arg.v)));
        } else if (!isInt(arg)) fail(`%${c} format requires integer: cannot convert ${typeName(arg)} to int`);
        const radix = c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10;
        const s = n.toString(radix);
        out += c === 'X' ? s.toUpperCase() : s;
        break;
      }
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'F':
      case 'G':
        if (!isNum(arg)) fail(`%${c} format requires float, not ${typeName(arg)}`);
        out += formatFloat(toFloat(arg), c);
        break;
      case 'c':
        if (isInt(arg)) {
          if (typeof arg !== 'number' || arg < 0 || arg > 0x10ffff)
            fail(`%c format requires a valid Unicode code point, got ${arg}`);
          out += encodeUtf8Char(arg);
        } else if (typeof arg === 'string') {
          const [, n] = arg.length ? decodeRuneAt(arg, 0) : [0, 0];
          if (arg.length === 0 || n !== arg.length) fail('%c format requires a single-character string');
          out += arg;
        } else fail(`%c format requires int or single-character string, not ${typeName(arg)}`);
        break;
      default:
        fail(`unknown conversion %${c}`);
    }
    i++;
    index++;
  }
  if (index < nargs && !(x instanceof Dict)) fail('too many arguments for format string');
  return out;
}

// ---- indexing and slicing ----

function outOfRange(index: number, n: number, x: Value): never {
  // A big int index arrives as a float: shown as the integer it is, not 1.18e+21.
  const i = Number.isSafeInteger(index) || !Number.isFinite(index) ? String(index) : BigInt(index).toString();
  if (n === 0) fail(`index ${i} out of range: empty ${typeName(x)}`);
  fail(`${typeName(x)} index ${i} out of range [${-n}:${n - 1}]`);
}

function indexOf(x: Value, y: Value, n: number): number {
  if (!isInt(y)) fail(`${typeName(x)} index: got ${typeName(y)}, want int`);
  if (typeof y === 'bigint') outOfRange(Number(y), n, x);
  const i = y < 0 ? y + n : y;
  if (i < 0 || i >= n) outOfRange(y, n, x);
  return i;
}

export function getIndex(x: Value, y: Value): Value {
  if (x instanceof Dict) {
    const v = x.get(y);
    if (v === undefined) fail(`key ${repr(y)} not in dict`);
    return v;
  }
  if (x instanceof List || x instanceof Tuple) return x.elems[indexOf(x, y, x.elems.length)];
  if (typeof x === 'string') return x[indexOf(x, y, x.length)];
  if (x instanceof Bytes) return x.s.charCodeAt(indexOf(x, y, x.s.length));
  if (x instanceof Range) return x.at(indexOf(x, y, x.len));
  if (x instanceof StringView && x.indexable) return x.at(indexOf(x, y, x.s.length));
  fail(`unhandled index operation ${typeName(x)}[${typeName(y)}]`);
}

export function setIndex(x: Value, y: Value, z: Value): void {
  if (x instanceof Dict) {
    x.set(y, z);
    return;
  }
  if (x instanceof List) {
    const i = indexOf(x, y, x.elems.length);
    x.checkMutable('assign to element of');
    x.elems[i] = z;
    return;
  }
  fail(`${typeName(x)} value does not support item assignment`);
}

function sliceIndex(v: Value, n: number, what: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isInt(v)) fail(`invalid ${what} index: got ${typeName(v)}, want int`);
  const i = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
  return i < 0 ? i + n : i;
}

export function slice(x: Value, lo: Value, hi: Value, stepV: Value): Value {
  let n: number;
  if (typeof x === 'string') n = x.length;
  else if (x instanceof List || x instanceof Tuple) n = x.elems.length;
  else if (x instanceof Bytes) n = x.s.length;
  else if (x instanceof Range) n = x.len;
  else fail(`invalid slice operand ${typeName(x)}`);
  let step = 1;
  if (stepV !== undefined && stepV !== null) {
    if (!isInt(stepV)) fail(`got ${typeName(stepV)} for slice step, want int`);
    step = Number(stepV);
    if (step === 0) fail('zero is not a valid slice step');
  }
  let start: number;
  let end: number;
  if (step > 0) {
    start = Math.min(Math.max(sliceIndex(lo, n, 'start') ?? 0, 0), n);
    end = Math.min(Math.max(sliceIndex(hi, n, 'end') ?? n, 0), n);
    if (end < start) end = start;
  } else {
    start = Math.min(sliceIndex(lo, n, 'start') ?? n - 1, n - 1);
    end = Math.max(sliceIndex(hi, n, 'end') ?? -1, -1);
    if (start < end) start = end;
  }
  const pick = <T>(get: (i: number) => T): T[] => {
    const out: T[] = [];
    if (step > 0) for (let i = start; i < end; i += step) out.push(get(i));
    else for (let i = start; i > end; i += step) out.push(get(i));
    return out;
  };
  if (typeof x === 'string') return step === 1 ? x.slice(start, end) : pick((i) => x[i]).join('');
  if (x instanceof Bytes) return new Bytes(step === 1 ? x.s.slice(start, end) : pick((i) => x.s[i]).join(''));
  if (x instanceof List) return new List(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
  if (x instanceof Tuple) return new Tuple(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
  const r = x as Range;
  // As go.starlark.net: the stop is where the slice's end falls (range(10)[::-3] is range(9, -1, -3)).
  return new Range(r.start + r.step * start, r.start + r.step * end, r.step * step);
}

// ---- iteration ----

/** The elements of an iterable value, as an array snapshot; `what` names the context for errors. */
export function iterate(x: Value, what?: string): Value[] {
  if (x instanceof List || x instanceof Tuple) return x.elems.slice();
  if (x instanceof Dict) return x.keyList();
  if (x instanceof StarSet) return x.values();
  if (x instanceof Range) {
    if (x.len > MAX_ELEMS) fail(`range with ${x.len} elements is too large to materialize`);
    const out = new Array(x.len);
    for (let i = 0; i < x.len; i++) out[i] = x.at(i);
    return out;
  }
  if (x instanceof StringView) return x.items();
  fail(what ? `${what}: got ${typeName(x)}, want iterable` : `${typeName(x)} value is not iterable`);
}

export function isIterable(x: Value): boolean {
  return (
    x instanceof List ||
    x instanceof Tuple ||
    x instanceof Dict ||
    x instanceof StarSet ||
    x instanceof Range ||
    x instanceof StringView
  );
}

export function length(x: Value): number {
  if (typeof x === 'string') return x.length;
  if (x instanceof List || x instanceof Tuple) return x.elems.length;
  if (x instanceof Dict || x instanceof StarSet) return x.size;
  if (x instanceof Range) return x.len;
  if (x instanceof Bytes) return x.s.length;
  if (x instanceof StringView && x.indexable) return x.s.length;
  return -1;
}

export function unpack(x: Value, n: number): Value[] {
  if (!isIterable(x)) fail(`got ${typeName(x)} in sequence assignment`);
  const elems = x instanceof List || x instanceof Tuple ? x.elems : iterate(x);
  if (elems.length > n) fail(`too many values to unpack (got ${elems.length}, want ${n})`);
  if (elems.length < n) fail(`too few values to unpack (got ${elems.length}, want ${n})`);
  return elems;
}

// ---- attributes ----

export function noSuchAttr(x: Value, name: string, names: string[]): never {
  const hint = nearest(name, names);
  const msg =
    x instanceof HostValue && x.type === 'struct'
      ? `struct has no .${name} attribute`
      : `${typeName(x)} has no .${name} field or method`;
  fail(hint ? `${msg} (did you mean .${hint}?)` : msg);
}
