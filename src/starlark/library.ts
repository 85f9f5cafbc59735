/**
 * The universal builtins and the methods of the built-in types, with go.starlark.net's semantics and
 * error wordings.
 */
import { fail } from './errors.js';
import { asIndexInt, isIterable, iterate, length, noSuchAttr, toFloat } from './ops.js';
import { nearest } from './spell.js';
import {
  decodeRuneAt,
  decodeUtf8,
  encodeUtf8,
  encodeUtf8Char,
  isAscii,
  quote,
  runes,
  validUtf8Text,
} from './strings.js';
import {
  Builtin,
  Bytes,
  compare,
  Dict,
  equals,
  Float,
  hashKey,
  hashValue,
  HostValue,
  isInt,
  List,
  normInt,
  Range,
  repr,
  StarSet,
  str,
  StringView,
  Struct,
  Tuple,
  truth,
  typeName,
  type BuiltinImpl,
  type Kwargs,
  type ThreadLike,
  type Value,
} from './values.js';

// ---- argument unpacking ----

/**
 * Binds positional and keyword arguments to the named parameters of a builtin (`name?` marks an
 * optional one), as go.starlark.net's UnpackArgs. Absent optional parameters are undefined.
 */
export function unpackArgs(fname: string, args: Value[], kw: Kwargs, params: string[]): Value[] {
  if (args.length > params.length)
    fail(`${fname}: got ${args.length} arguments, want at most ${params.length}`);
  const out: Value[] = new Array(params.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (const [k, v] of kw) {
      const i = params.findIndex((p) => p === k || p === k + '?');
      if (i < 0) {
        const hint = nearest(
          k,
          params.map((p) => p.replace(/\?$/, '')),
        );
        fail(`${fname}: unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      if (out[i] !== undefined) fail(`${fname}: got multiple values for keyword argument ${quote(k)}`);
      out[i] = v;
    }
  }
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (out[i] === undefined && p.charCodeAt(p.length - 1) !== 63 /* ? */)
      fail(`${fname}: missing argument for ${p}`);
  }
  return out;
}

/** Positional-only arguments, between min and max of them. */
export function positional(fname: string, args: Value[], kw: Kwargs, min: number, max: number): Value[] {
  if (kw && kw.length > 0) fail(`${fname}: unexpected keyword arguments`);
  if (args.length < min) {
    if (min === max) fail(`${fname}: got ${args.length} arguments, want ${min}`);
    fail(`${fname}: got ${args.length} arguments, want at least ${min}`);
  }
  if (args.length > max) {
    if (min === max) fail(`${fname}: got ${args.length} arguments, want ${max}`);
    fail(`${fname}: got ${args.length} arguments, want at most ${max}`);
  }
  return args;
}

function wantString(fname: string, param: string, v: Value): string {
  if (typeof v !== 'string') fail(`${fname}: for parameter ${param}: got ${typeName(v)}, want string`);
  return v;
}

function wantInt(fname: string, param: string, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') fail(`${fname}: for parameter ${param}: ${v} out of range`);
  fail(`${fname}: for parameter ${param}: got ${typeName(v)}, want int`);
}

/** The elements of an iterable argument (a List's or Tuple's own array: callers must not mutate it). */
function iterableArg(fname: string, v: Value): Value[] {
  if (v instanceof List || v instanceof Tuple) return v.elems;
  if (!isIterable(v)) fail(`${fname}: for parameter 1: got ${typeName(v)}, want iterable`);
  return iterate(v);
}

// ---- universal builtins ----

function strConcat(args: Value[], sep: string): string {
  return args.map(str).join(sep);
}

function toInt(x: Value, baseV: Value): Value {
  if (typeof x === 'string') {
    let base = baseV === undefined ? 10 : wantInt('int', 'base', baseV);
    if (base !== 0 && (base < 2 || base > 36)) fail('int: base must be an integer >= 2 && <= 36');
    let s = x;
    let neg = false;
    if (s.startsWith('+') || s.startsWith('-')) {
      neg = s[0] === '-';
      s = s.slice(1);
    }
    const prefix = /^0([xob])/i.exec(s);
    if (prefix) {
      const pb = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b'];
      if (base === 0) base = pb;
      if (base === pb) s = s.slice(2);
    } else if (base === 0) {
      if (s.length > 1 && s[0] === '0' && !/^0+$/.test(s)) fail(`int: invalid literal with base 0: ${x}`);
      base = 10;
    }
    const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
    if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c)))
      fail(`int: invalid literal with base ${baseV === undefined ? 10 : Number(baseV)}: ${x}`);
    let v = 0n;
    const b = BigInt(base);
    for (const c of s.toLowerCase()) v = v * b + BigInt(digits.indexOf(c));
    return normInt(neg ? -v : v);
  }
  if (baseV !== undefined) fail(`int: can't convert non-string with explicit base`);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (isInt(x)) return x;
  if (x instanceof Float) {
    if (!Number.isFinite(x.v))
      fail(`int: cannot convert float ${Number.isNaN(x.v) ? 'NaN' : 'infinity'} to integer`);
    return normInt(BigInt(Math.trunc(x.v)));
  }
  fail(`int: got ${typeName(x)}, want int, float, bool, or string`);
}

function toFloatValue(x: Value): Float {
  if (x instanceof Float) return x;
  if (typeof x === 'boolean') return new Float(x ? 1 : 0);
  if (isInt(x)) return new Float(toFloat(x));
  if (typeof x === 'string') {
    const s = x.trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(s)) return new Float(s.startsWith('-') ? -Infinity : Infinity);
    if (/^[+-]?nan$/.test(s)) return new Float(NaN);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) {
      const v = Number(s);
      if (!Number.isFinite(v)) fail(`floating-point number too large`);
      return new Float(v);
    }
    fail(`float: invalid float literal: ${x}`);
  }
  fail(`float: got ${typeName(x)}, want number or string`);
}

function minMax(th: ThreadLike, fname: string, args: Value[], kw: Kwargs, sign: number): Value {
  if (kw === null && args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number')
    return sign < 0 ? Math.max(args[0], args[1]) : Math.min(args[0], args[1]);
  let key: Value = null;
  let dflt: Value = undefined;
  for (const [k, v] of kw ?? []) {
    if (k === 'key') key = v;
    else if (k === 'default') dflt = v;
    else {
      const hint = nearest(k, ['key', 'default']);
      fail(`${fname}: unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  if (args.length === 0) fail(`${fname} requires at least one positional argument`);
  if (args.length === 1 && !isIterable(args[0])) fail(`${fname}: ${typeName(args[0])} value is not iterable`);
  const items = args.length === 1 ? iterableArg(fname, args[0]) : args;
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    fail(`${fname}: empty sequence`);
  }
  {
    let best = items[0];
    let bestKey = key === null ? best : th.callValue(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const k = key === null ? items[i] : th.callValue(key, [items[i]]);
      if (compare('<', k, bestKey) * sign < 0) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  }
}

function dictUpdate(fname: string, d: Dict, args: Value[], kw: Kwargs): void {
  if (args.length > 1) fail(`${fname}: got ${args.length} arguments, want at most 1`);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof Dict) {
      for (const [h, v] of src.map) d.set(src.keyOf(h), v);
    } else {
      if (!isIterable(src)) fail(`${fname}: got ${typeName(src)}, want iterable`);
      iterate(src).forEach((pair, i) => {
        if (!isIterable(pair) || pair instanceof Dict || pair instanceof StarSet)
          fail(`${fname}: dictionary update sequence element #${i} is not iterable (${typeName(pair)})`);
        const kv = iterate(pair);
        if (kv.length !== 2)
          fail(`${fname}: dictionary update sequence element #${i} has length ${kv.length}, want 2`);
        d.set(kv[0], kv[1]);
      });
    }
  }
  if (kw) {
    const seen = new Set<string>();
    for (const [k, v] of kw) {
      if (seen.has(k)) fail(`${fname}: duplicate keyword arg: ${repr(k)}`);
      seen.add(k);
      d.set(k, v);
    }
  }
}

function sorted(th: ThreadLike, args: Value[], kw: Kwargs): List {
  const [iterable, key, reverse] = unpackArgs('sorted', args, kw, ['iterable', 'key?', 'reverse?']);
  const items = iterableArg('sorted', iterable);
  if (key !== undefined && !(key instanceof Builtin) && typeName(key) !== 'function')
    fail(`sorted: for parameter key: got ${typeName(key)}, want callable`);
  const keys = key === undefined ? items : items.map((x) => th.callValue(key, [x]));
  const idx = items.map((_, i) => i);
  const rev = reverse !== undefined && truth(reverse);
  idx.sort((a, b) => {
    const c = compare('<', keys[a], keys[b]);
    return rev ? -c : c;
  });
  return new List(idx.map((i) => items[i]));
}

function builtin(name: string, impl: BuiltinImpl): [string, Builtin] {
  return [name, new Builtin(name, impl)];
}

/** The universal names of the language: visible in every module. */
export const universe = new Map<string, Value>([
  ['None', null],
  ['True', true],
  ['False', false],
  builtin('abs', (_th, args, kw) => {
    const [x] = positional('abs', args, kw, 1, 1);
    if (x instanceof Float) return new Float(Math.abs(x.v));
    if (typeof x === 'number') return Math.abs(x);
    if (typeof x === 'bigint') return x < 0n ? -x : x;
    fail(`abs: got ${typeName(x)}, want int or float`);
  }),
  builtin('all', (_th, args, kw) => iterableArg('all', positional('all', args, kw, 1, 1)[0]).every(truth)),
  builtin('any', (_th, args, kw) => iterableArg('any', positional('any', args, kw, 1, 1)[0]).some(truth)),
  builtin('bool', (_th, args, kw) => (args.length ? truth(positional('bool', args, kw, 0, 1)[0]) : false)),
  builtin('bytes', (_th, args, kw) => {
    const [x] = positional('bytes', args, kw, 1, 1);
    if (x instanceof Bytes) return x;
    if (typeof x === 'string') return new Bytes(x);
    if (isIterable(x)) {
      return new Bytes(
        iterate(x)
          .map((b) => {
            if (typeof b !== 'number' || b < 0 || b > 255)
              fail(`bytes: at index 0, ${repr(b)} out of range (want value in unsigned 8-bit range)`);
            return String.fromCharCode(b);
          })
          .join(''),
      );
    }
    fail(`bytes: got ${typeName(x)}, want string, bytes, or iterable of ints`);
  }),
  builtin('chr', (_th, args, kw) => {
    const [x] = positional('chr', args, kw, 1, 1);
    if (!isInt(x)) fail(`chr: got ${typeName(x)}, want int`);
    if (x < 0) fail(`chr: Unicode code point ${x} out of range (<0)`);
    if (x > 0x10ffff)
      fail(`chr: Unicode code point U+${x.toString(16).toUpperCase()} out of range (>0x10FFFF)`);
    return encodeUtf8Char(Number(x) >= 0xd800 && Number(x) < 0xe000 ? 0xfffd : Number(x));
  }),
  builtin('dict', (_th, args, kw) => {
    const d = new Dict();
    dictUpdate('dict', d, args, kw);
    return d;
  }),
  builtin('dir', (_th, args, kw) => {
    const [x] = positional('dir', args, kw, 1, 1);
    const methods = methodsOf(x);
    const names = methods ? Object.keys(methods) : x instanceof HostValue ? x.attrNames() : [];
    return new List(names.slice().sort());
  }),
  builtin('enumerate', (_th, args, kw) => {
    const [x, start] = unpackArgs('enumerate', args, kw, ['x', 'start?']);
    const s = start === undefined ? 0 : wantInt('enumerate', 'start', start);
    return new List(iterableArg('enumerate', x).map((v, i) => new Tuple([s + i, v])));
  }),
  builtin('fail', (_th, args, kw) => {
    let sep = ' ';
    for (const [k, v] of kw ?? []) {
      if (k !== 'sep') fail(`fail: unexpected keyword argument ${k}`);
      sep = wantString('fail', 'sep', v);
    }
    fail('fail: ' + strConcat(args, sep));
  }),
  builtin('float', (_th, args, kw) => {
    const [x] = positional('float', args, kw, 0, 1);
    return x === undefined ? new Float(0) : toFloatValue(x);
  }),
  builtin('getattr', (_th, args, kw) => {
    const [x, name, dflt] = positional('getattr', args, kw, 2, 3);
    const n = wantString('getattr', 'name', name);
    try {
      return getAttr(x, n);
    } catch (e) {
      if (dflt !== undefined) return dflt;
      throw e;
    }
  }),
  builtin('hasattr', (_th, args, kw) => {
    const [x, name] = positional('hasattr', args, kw, 2, 2);
    const n = wantString('hasattr', 'name', name);
    const methods = methodsOf(x);
    if (methods) return n in methods;
    return x instanceof HostValue && x.attr(n) !== undefined;
  }),
  builtin('hash', (_th, args, kw) => {
    const [x] = positional('hash', args, kw, 1, 1);
    // The spec: "Any other type of argument in an error, even if it is suitable as the key of a dict."
    if (typeof x !== 'string' && !(x instanceof Bytes))
      fail(`hash: got ${typeName(x)}, want string or bytes`);
    return hashValue(x);
  }),
  builtin('int', (_th, args, kw) => {
    const [x, base] = unpackArgs('int', args, kw, ['x', 'base?']);
    return toInt(x, base);
  }),
  builtin('len', (_th, args, kw) => {
    const [x] = positional('len', args, kw, 1, 1);
    const n = length(x);
    if (n < 0) fail(`len: value of type ${typeName(x)} has no len`);
    return n;
  }),
  builtin('list', (_th, args, kw) => {
    const [x] = positional('list', args, kw, 0, 1);
    return new List(x === undefined ? [] : iterableArg('list', x).slice());
  }),
  builtin('max', (th, args, kw) => minMax(th, 'max', args, kw, -1)),
  builtin('min', (th, args, kw) => minMax(th, 'min', args, kw, 1)),
  builtin('ord', (_th, args, kw) => {
    const [x] = positional('ord', args, kw, 1, 1);
    if (x instanceof Bytes) {
      if (x.s.length !== 1) fail(`ord: bytes has length ${x.s.length}, want 1`);
      return x.s.charCodeAt(0);
    }
    if (typeof x !== 'string') fail(`ord: got ${typeName(x)}, want string`);
    const [cp, n] = x.length > 0 ? decodeRuneAt(x, 0) : [0, 0];
    if (x.length === 0 || n !== x.length)
      fail(`ord: string encodes ${[...runes(x)].length} Unicode code points, want 1`);
    return cp;
  }),
  builtin('print', (th, args, kw) => {
    let sep = ' ';
    for (const [k, v] of kw ?? []) {
      if (k !== 'sep') fail(`print: unexpected keyword argument ${k}`);
      sep = wantString('print', 'sep', v);
    }
    th.print(strConcat(args, sep));
    return null;
  }),
  builtin('range', (_th, args, kw) => {
    positional('range', args, kw, 1, 3);
    const ints = args.map((a, i) => {
      const n = wantInt('range', ['start', 'stop', 'step'][args.length === 1 ? 1 : i], a);
      // As go.starlark.net, range arguments are 32-bit.
      if (n > 0x7fffffff || n < -0x80000000) fail(`range: ${n} out of range`);
      return n;
    });
    const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
    if (step === 0) fail('range: step argument must not be zero');
    return new Range(start, stop, step);
  }),
  builtin('repr', (_th, args, kw) => repr(positional('repr', args, kw, 1, 1)[0])),
  builtin('reversed', (_th, args, kw) => {
    const [x] = positional('reversed', args, kw, 1, 1);
    return new List(iterableArg('reversed', x).slice().reverse());
  }),
  builtin('set', (_th, args, kw) => {
    const [x] = positional('set', args, kw, 0, 1);
    const s = new StarSet();
    if (x !== undefined) for (const v of iterableArg('set', x)) s.addUnchecked(v);
    return s;
  }),
  builtin('sorted', (th, args, kw) => sorted(th, args, kw)),
  builtin('str', (_th, args, kw) => {
    const [x] = positional('str', args, kw, 1, 1);
    if (x instanceof Bytes) return encodeUtf8(decodeUtf8(x.s));
    return str(x);
  }),
  builtin('tuple', (_th, args, kw) => {
    const [x] = positional('tuple', args, kw, 0, 1);
    if (x instanceof Tuple) return x;
    return new Tuple(x === undefined ? [] : iterableArg('tuple', x).slice());
  }),
  builtin('type', (_th, args, kw) => typeName(positional('type', args, kw, 1, 1)[0])),
  builtin('zip', (_th, args, kw) => {
    if (kw && kw.length) fail('zip: unexpected keyword arguments');
    const seqs = args.map((a, i) => {
      if (!isIterable(a)) fail(`zip: argument #${i + 1} is not iterable: ${typeName(a)}`);
      return iterate(a);
    });
    const n = seqs.length === 0 ? 0 : Math.min(...seqs.map((s) => s.length));
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(new Tuple(seqs.map((s) => s[i])));
    return new List(out);
  }),
]);

/** `struct(**kwargs)`, for hosts that predeclare it. */
export const structBuiltin = new Builtin('struct', (_th, args, kw) => {
  if (args.length > 0) fail(`struct: unexpected positional arguments`);
  return new Struct(new Map(kw ?? []));
});

/** x.name for any value: a bound method, a host attribute, or an error with a spelling hint. */
export function getAttr(x: Value, name: string): Value {
  const methods = methodsOf(x);
  if (methods) {
    const m = methods[name];
    if (m) return new Builtin(name, m, x);
    noSuchAttr(x, name, Object.keys(methods));
  }
  if (x instanceof HostValue) {
    const v = x.attr(name);
    if (v !== undefined) return v;
    noSuchAttr(x, name, x.attrNames());
  }
  noSuchAttr(x, name, []);
}

// ---- string methods ----

const WS = ' \t\n\v\f\r';
/** White space as Go's unicode.IsSpace: ASCII's, U+0085, U+00A0 and the Z categories. */
const ASCII_SPACE = `[${WS}]`;
const UNICODE_SPACE = `[${WS}\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]`;
const STRIP_BOTH = new RegExp(`^${UNICODE_SPACE}+|${UNICODE_SPACE}+$`, 'gu');
const STRIP_LEFT = new RegExp(`^${UNICODE_SPACE}+`, 'u');
const STRIP_RIGHT = new RegExp(`${UNICODE_SPACE}+$`, 'u');

/** A byte string as text: ASCII as is, valid UTF-8 decoded, anything else undefined (bytes only). */
function utf8Text(s: string): string | undefined {
  return isAscii(s) ? undefined : validUtf8Text(s);
}

/** `split()` with no separator: words between runs of SPACE, at most `max` splits (from the right). */
function splitSpace(s: string, max: number, fromRight: boolean, space: string): string[] {
  const words = s.split(new RegExp(`${space}+`, 'u')).filter((w) => w !== '');
  if (max < 0 || words.length <= max + 1) return words;
  // Split at most `max` times on whitespace runs, keeping the rest intact.
  const out: string[] = [];
  let rest = s.replace(new RegExp(fromRight ? `${space}+$` : `^${space}+`, 'u'), '');
  const last = new RegExp(`${space}+((?:(?!${space}).)*)$`, 'su');
  const first = new RegExp(`^((?:(?!${space}).)*)${space}+`, 'su');
  for (let n = 0; n < max; n++) {
    const m = (fromRight ? last : first).exec(rest);
    if (!m) break;
    if (fromRight) {
      out.unshift(m[1]!);
      rest = rest.slice(0, m.index);
    } else {
      out.push(m[1]!);
      rest = rest.slice(m[0].length);
    }
  }
  if (rest !== '') {
    if (fromRight) out.unshift(rest);
    else out.push(rest);
  }
  return out;
}

function stripChars(s: string, chars: string, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (left) while (i < j && chars.includes(s[i])) i++;
  if (right) while (j > i && chars.includes(s[j - 1])) j--;
  return s.slice(i, j);
}

/** Applies a JS text transformation to a byte string, with an ASCII fast path. */
function mapText(s: string, f: (t: string) => string): string {
  return isAscii(s) ? f(s) : encodeUtf8(f(decodeUtf8(s)));
}

function testText(s: string, re: RegExp): boolean {
  const t = decodeUtf8(s);
  return t.length > 0 && re.test(t);
}

function subRange(fname: string, s: string, start: Value, end: Value): [number, number] {
  const n = s.length;
  const idx = (v: Value, dflt: number, what: string): number => {
    if (v === undefined || v === null) return dflt;
    const i = wantInt(fname, what, v);
    return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
  };
  return [idx(start, 0, 'start'), idx(end, n, 'end')];
}

function find(fname: string, s: string, args: Value[], kw: Kwargs, last: boolean, strict: boolean): number {
  const [sub, start, end] = unpackArgs(fname, args, kw, ['sub', 'start?', 'end?']);
  wantString(fname, 'sub', sub);
  const [i, j] = subRange(fname, s, start, end);
  const region = s.slice(i, j);
  const k = last ? region.lastIndexOf(sub) : region.indexOf(sub);
  if (j < i || k < 0) {
    if (strict) fail(`${fname}: substring not found`);
    return -1;
  }
  return i + k;
}

function split(fname: string, s: string, args: Value[], kw: Kwargs, fromRight: boolean): List {
  const [sepV, maxV] = unpackArgs(fname, args, kw, ['sep?', 'maxsplit?']);
  const max = maxV === undefined || maxV === null ? -1 : wantInt(fname, 'maxsplit', maxV);
  if (sepV === undefined || sepV === null) {
    // Unicode white space, as the spec and go.starlark.net (unicode.IsSpace) have it.
    const text = utf8Text(s);
    if (text === undefined) return new List(splitSpace(s, max, fromRight, ASCII_SPACE));
    return new List(splitSpace(text, max, fromRight, UNICODE_SPACE).map(encodeUtf8));
  }
  const sep = wantString(fname, 'sep', sepV);
  if (sep === '') fail(`${fname}: empty separator`);
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return new List(parts);
  if (fromRight)
    return new List([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
  return new List([...parts.slice(0, max), parts.slice(max).join(sep)]);
}

function formatString(s: string, args: Value[], kw: Kwargs): string {
  let out = '';
  let auto = 0;
  let mode: 'auto' | 'manual' | undefined;
  let i = 0;
  for (;;) {
    const open = s.indexOf('{', i);
    const closeBrace = s.indexOf('}', i);
    if (closeBrace >= 0 && (open < 0 || closeBrace < open)) {
      if (s[closeBrace + 1] !== '}') fail("format: single '}' in format");
      out += s.slice(i, closeBrace + 1);
      i = closeBrace + 2;
      continue;
    }
    if (open < 0) return out + s.slice(i);
    out += s.slice(i, open);
    if (s[open + 1] === '{') {
      out += '{';
      i = open + 2;
      continue;
    }
    const close = s.indexOf('}', open);
    if (close < 0) fail("format: unmatched '{' in format");
    let field = s.slice(open + 1, close);
    i = close + 1;
    // `{0:}` and `{0!r:}`: an empty format spec is no spec (go.starlark.net).
    const colon = field.indexOf(':');
    if (colon >= 0) {
      if (colon < field.length - 1) fail('format: format spec features not supported in replacement fields');
      field = field.slice(0, colon);
    }
    let conv = 's';
    const bang = field.indexOf('!');
    if (bang >= 0) {
      conv = field.slice(bang + 1);
      field = field.slice(0, bang);
      if (conv !== 's' && conv !== 'r') fail(`format: unknown conversion "${conv}"`);
    }
    let arg: Value;
    if (field === '') {
      if (mode === 'manual')
        fail('format: cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      if (auto >= args.length) fail('format: tuple index out of range');
      arg = args[auto++];
    } else if (/^\d+$/.test(field)) {
      if (mode === 'auto')
        fail('format: cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
      const n = Number(field);
      if (n >= args.length) fail('format: tuple index out of range');
      arg = args[n];
    } else {
      if (field.includes('{')) fail('format: nested replacement fields not supported');
      if (field.includes('.'))
        fail(`format: attribute syntax x.y is not supported in replacement fields: ${field}`);
      if (field.includes('['))
        fail(`format: element syntax a[i] is not supported in replacement fields: ${field}`);
      arg = kw?.find(([k]) => k === field)?.[1];
      if (arg === undefined) fail(`format: keyword ${field} not found`);
    }
    out += conv === 'r' ? repr(arg) : str(arg);
  }
}

type Methods = Record<string, BuiltinImpl>;

/** A method table without a prototype, so names like `constructor` are not methods. */
function methodTable(methods: Methods): Methods {
  return Object.assign(Object.create(null) as Methods, methods);
}

function noArgs(fname: string, args: Value[], kw: Kwargs): void {
  positional(fname, args, kw, 0, 0);
}

const stringMethods: Methods = methodTable({
  capitalize: (_th, a, kw, s: string) => {
    noArgs('capitalize', a, kw);
    return mapText(s, (t) => {
      const [first = '', ...rest] = t;
      return toTitle(first) + mapRunes(rest.join(''), toLower);
    });
  },
  codepoint_ords: (_th, a, kw, s: string) => {
    noArgs('codepoint_ords', a, kw);
    return new StringView(s, 'codepoint_ords');
  },
  codepoints: (_th, a, kw, s: string) => {
    noArgs('codepoints', a, kw);
    return new StringView(s, 'codepoints');
  },
  count: (_th, a, kw, s: string) => {
    const [sub, start, end] = unpackArgs('count', a, kw, ['sub', 'start?', 'end?']);
    wantString('count', 'sub', sub);
    const [i, j] = subRange('count', s, start, end);
    const region = s.slice(i, Math.max(i, j));
    if (sub === '') return region.length + 1;
    return region.split(sub).length - 1;
  },
  elem_ords: (_th, a, kw, s: string) => {
    noArgs('elem_ords', a, kw);
    return new StringView(s, 'elem_ords');
  },
  elems: (_th, a, kw, s: string) => {
    noArgs('elems', a, kw);
    return new StringView(s, 'elems');
  },
  endswith: (_th, a, kw, s: string) => affix('endswith', s, a, kw, (r, x) => r.endsWith(x)),
  find: (_th, a, kw, s: string) => find('find', s, a, kw, false, false),
  format: (_th, a, kw, s: string) => formatString(s, a, kw),
  index: (_th, a, kw, s: string) => find('index', s, a, kw, false, true),
  // Letters and decimal digits, as Go's unicode.IsLetter || unicode.IsDigit (Nd): "²" is neither.
  isalnum: (_th, a, kw, s: string) => (noArgs('isalnum', a, kw), testText(s, /^[\p{L}\p{Nd}]+$/u)),
  isalpha: (_th, a, kw, s: string) => (noArgs('isalpha', a, kw), testText(s, /^\p{L}+$/u)),
  isdigit: (_th, a, kw, s: string) => (noArgs('isdigit', a, kw), testText(s, /^\p{Nd}+$/u)),
  islower: (_th, a, kw, s: string) => {
    noArgs('islower', a, kw);
    const t = decodeUtf8(s);
    return t !== t.toUpperCase() && t === t.toLowerCase();
  },
  isspace: (_th, a, kw, s: string) => (noArgs('isspace', a, kw), testText(s, /^\s+$/u)),
  istitle: (_th, a, kw, s: string) => {
    noArgs('istitle', a, kw);
    // Uppercase may only follow uncased characters, lowercase only cased ones (as Python).
    let cased = false;
    let prevCased = false;
    for (const ch of decodeUtf8(s)) {
      if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (/\p{Ll}/u.test(ch)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  isupper: (_th, a, kw, s: string) => {
    noArgs('isupper', a, kw);
    const t = decodeUtf8(s);
    return t !== t.toLowerCase() && t === t.toUpperCase();
  },
  join: (_th, a, kw, s: string) => {
    const [x] = positional('join', a, kw, 1, 1);
    const items = iterableArg('join', x);
    for (const it of items)
      if (typeof it !== 'string') fail(`join: in list, want string, got ${typeName(it)}`);
    return items.join(s);
  },
  lower: (_th, a, kw, s: string) => (noArgs('lower', a, kw), mapText(s, (t) => mapRunes(t, toLower))),
  lstrip: (_th, a, kw, s: string) => strip('lstrip', s, a, kw, true, false),
  partition: (_th, a, kw, s: string) => partition('partition', s, a, kw, false),
  removeprefix: (_th, a, kw, s: string) => {
    const [p] = positional('removeprefix', a, kw, 1, 1);
    wantString('removeprefix', 'prefix', p);
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (_th, a, kw, s: string) => {
    const [p] = positional('removesuffix', a, kw, 1, 1);
    wantString('removesuffix', 'suffix', p);
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  replace: (_th, a, kw, s: string) => {
    if (kw === null && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string' && a[0] !== '')
      return replaceAll(s, a[0], a[1]);
    const [old, nw, countV] = unpackArgs('replace', a, kw, ['old', 'new', 'count?']);
    wantString('replace', 'old', old);
    wantString('replace', 'new', nw);
    const count = countV === undefined ? -1 : wantInt('replace', 'count', countV);
    if (old === '') {
      // As Go and Python: `new` goes before each of the first `count` characters, and after the
      // last one when the count reaches past it ("abc" → "-a-b-c-" with no count).
      const chars = Array.from(runes(s), ([, start, len]) => s.slice(start, len + start));
      const inserts = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
      let out = '';
      for (let k = 0; k < chars.length; k++) out += (k < inserts ? nw : '') + chars[k];
      return inserts > chars.length ? out + nw : out;
    }
    if (count < 0) return replaceAll(s, old, nw);
    let out = '';
    let i = 0;
    for (let n = 0; n < count; n++) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + nw;
      i = j + old.length;
    }
    return out + s.slice(i);
  },
  rfind: (_th, a, kw, s: string) => find('rfind', s, a, kw, true, false),
  rindex: (_th, a, kw, s: string) => find('rindex', s, a, kw, true, true),
  rpartition: (_th, a, kw, s: string) => partition('rpartition', s, a, kw, true),
  rsplit: (_th, a, kw, s: string) => split('rsplit', s, a, kw, true),
  rstrip: (_th, a, kw, s: string) => strip('rstrip', s, a, kw, false, true),
  split: (_th, a, kw, s: string) => split('split', s, a, kw, false),
  splitlines: (_th, a, kw, s: string) => {
    const [keep] = unpackArgs('splitlines', a, kw, ['keepends?']);
    const lines: string[] = [];
    // The spec: "line terminators (currently assumed to be a single newline, \n, regardless of platform)".
    const re = /\n/g;
    let i = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      lines.push(s.slice(i, keep !== undefined && truth(keep) ? m.index + m[0].length : m.index));
      i = m.index + m[0].length;
    }
    if (i < s.length) lines.push(s.slice(i));
    return new List(lines);
  },
  startswith: (_th, a, kw, s: string) => affix('startswith', s, a, kw, (r, x) => r.startsWith(x)),
  strip: (_th, a, kw, s: string) => strip('strip', s, a, kw, true, true),
  title: (_th, a, kw, s: string) => (noArgs('title', a, kw), mapText(s, titleCase)),
  upper: (_th, a, kw, s: string) => (noArgs('upper', a, kw), mapText(s, (t) => mapRunes(t, toUpper))),
});

/**
 * Replaces every occurrence of a non-empty `old`. The native replaceAll returns a flat string (a
 * concatenation loop would leave a rope of many small strings for the GC to trace); `$` patterns in
 * the replacement are avoided by split/join.
 */
function replaceAll(s: string, old: string, nw: string): string {
  return nw.includes('$') ? s.split(old).join(nw) : s.replaceAll(old, nw);
}

/**
 * Case mappings one code point at a time, as Go's unicode.ToUpper/ToLower/ToTitle: JS's full
 * mappings change lengths ("ß" → "SS", "İ" → "i̇"), which go.starlark.net's never do.
 */
function simpleCase(ch: string, mapped: string): string {
  return [...mapped].length === 1 ? mapped : ch;
}
const toUpper = (ch: string): string => simpleCase(ch, ch.toUpperCase());
/** Unicode's simple lowercase of "İ" is "i"; JS gives the full mapping "i̇" only. */
const toLower = (ch: string): string => (ch === 'İ' ? 'i' : simpleCase(ch, ch.toLowerCase()));
/** Titlecase differs from uppercase only for the Latin digraphs (ǆ → ǅ, not Ǆ). */
const TITLE_DIGRAPHS: Record<string, string> = {
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ',
};
const toTitle = (ch: string): string => TITLE_DIGRAPHS[ch] ?? toUpper(ch);

function mapRunes(t: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of t) out += f(ch);
  return out;
}

function titleCase(t: string): string {
  let out = '';
  let prevLetter = false;
  for (const ch of t) {
    const letter = /\p{L}/u.test(ch);
    out += letter ? (prevLetter ? toLower(ch) : toTitle(ch)) : ch;
    prevLetter = letter;
  }
  return out;
}

function affix(
  fname: string,
  s: string,
  a: Value[],
  kw: Kwargs,
  test: (r: string, x: string) => boolean,
): boolean {
  const [x, start, end] = unpackArgs(fname, a, kw, ['prefix', 'start?', 'end?']);
  const [i, j] = subRange(fname, s, start, end);
  const region = s.slice(i, Math.max(i, j));
  if (x instanceof Tuple) {
    return x.elems.some((e, i) => {
      if (typeof e !== 'string') fail(`${fname}: got ${typeName(e)}, for element ${i}, want string`);
      return test(region, e);
    });
  }
  if (typeof x !== 'string') fail(`${fname}: got ${typeName(x)}, want string or tuple of strings`);
  return test(region, x);
}

function strip(fname: string, s: string, a: Value[], kw: Kwargs, left: boolean, right: boolean): string {
  const [chars] = positional(fname, a, kw, 0, 1);
  if (chars === undefined || chars === null || chars === '') {
    const text = utf8Text(s);
    if (text === undefined) return stripChars(s, WS, left, right);
    const trimmed =
      left && right ? text.replace(STRIP_BOTH, '') : text.replace(left ? STRIP_LEFT : STRIP_RIGHT, '');
    return encodeUtf8(trimmed);
  }
  wantString(fname, 'chars', chars);
  if (isAscii(chars)) return stripChars(s, chars, left, right);
  const cps = new Set([...runes(chars)].map(([cp]) => cp));
  const rs = [...runes(s)];
  let i = 0;
  let j = rs.length;
  if (left) while (i < j && cps.has(rs[i][0])) i++;
  if (right) while (j > i && cps.has(rs[j - 1][0])) j--;
  if (i >= j) return '';
  return s.slice(rs[i][1], rs[j - 1][1] + rs[j - 1][2]);
}

function partition(fname: string, s: string, a: Value[], kw: Kwargs, last: boolean): Tuple {
  const [sep] = positional(fname, a, kw, 1, 1);
  wantString(fname, 'sep', sep);
  if (sep === '') fail(`${fname}: empty separator`);
  const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return new Tuple(last ? ['', '', s] : [s, '', '']);
  return new Tuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

// ---- bytes, list, dict, set methods ----

const bytesMethods: Methods = methodTable({
  elems: (_th, a, kw, b: Bytes) => {
    noArgs('elems', a, kw);
    return new StringView(b.s, 'elems', true);
  },
});

const listMethods: Methods = methodTable({
  append: (_th, a, kw, l: List) => {
    const [x] = positional('append', a, kw, 1, 1);
    l.checkMutable('append to');
    l.elems.push(x);
    return null;
  },
  clear: (_th, a, kw, l: List) => {
    noArgs('clear', a, kw);
    l.checkMutable('clear');
    l.elems.length = 0;
    return null;
  },
  extend: (_th, a, kw, l: List) => {
    const [x] = positional('extend', a, kw, 1, 1);
    const items = iterableArg('extend', x);
    l.checkMutable('extend');
    l.elems.push(...items);
    return null;
  },
  index: (_th, a, kw, l: List) => {
    const [x, start, end] = positional('index', a, kw, 1, 3);
    const n = l.elems.length;
    const norm = (v: Value, d: number): number => {
      if (v === undefined || v === null) return d;
      const i = wantInt('index', 'start', v);
      return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
    };
    for (let i = norm(start, 0); i < norm(end, n); i++) if (equals(l.elems[i], x)) return i;
    fail('index: value not in list');
  },
  insert: (_th, a, kw, l: List) => {
    const [iV, x] = positional('insert', a, kw, 2, 2);
    let i = asIndexInt(iV, 'insert');
    l.checkMutable('insert into');
    const n = l.elems.length;
    if (i < 0) i += n;
    l.elems.splice(Math.min(Math.max(i, 0), n), 0, x);
    return null;
  },
  pop: (_th, a, kw, l: List) => {
    const [iV] = positional('pop', a, kw, 0, 1);
    const n = l.elems.length;
    let i = iV === undefined ? n - 1 : asIndexInt(iV, 'pop');
    const orig = iV === undefined ? -1 : i;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      if (n === 0) fail(`pop: index ${orig} out of range: empty list`);
      fail(`pop: index ${orig} out of range [${-n}:${n - 1}]`);
    }
    l.checkMutable('pop from');
    return l.elems.splice(i, 1)[0];
  },
  remove: (_th, a, kw, l: List) => {
    const [x] = positional('remove', a, kw, 1, 1);
    l.checkMutable('remove from');
    const i = l.elems.findIndex((e) => equals(e, x));
    if (i < 0) fail('remove: element not found');
    l.elems.splice(i, 1);
    return null;
  },
});

const dictMethods: Methods = methodTable({
  clear: (_th, a, kw, d: Dict) => {
    noArgs('clear', a, kw);
    d.clear();
    return null;
  },
  get: (_th, a, kw, d: Dict) => {
    const [k, dflt] = positional('get', a, kw, 1, 2);
    const v = d.get(k);
    return v !== undefined ? v : dflt === undefined ? null : dflt;
  },
  items: (_th, a, kw, d: Dict) => {
    noArgs('items', a, kw);
    return new List([...d.map].map(([h, v]) => new Tuple([d.keyOf(h), v])));
  },
  keys: (_th, a, kw, d: Dict) => {
    noArgs('keys', a, kw);
    return new List(d.keyList());
  },
  pop: (_th, a, kw, d: Dict) => {
    const [k, dflt] = positional('pop', a, kw, 1, 2);
    const v = d.delete(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    fail(`pop: missing key ${repr(k)}`);
  },
  popitem: (_th, a, kw, d: Dict) => {
    noArgs('popitem', a, kw);
    if (d.size === 0) fail('popitem: empty dict');
    const h = d.map.keys().next().value;
    const k = d.keyOf(h);
    return new Tuple([k, d.delete(k)]);
  },
  setdefault: (_th, a, kw, d: Dict) => {
    const [k, dflt] = unpackArgs('setdefault', a, kw, ['key', 'default?']);
    const v = d.get(k);
    if (v !== undefined) return v;
    const nv = dflt === undefined ? null : dflt;
    d.set(k, nv);
    return nv;
  },
  update: (_th, a, kw, d: Dict) => {
    dictUpdate('update', d, a, kw);
    return null;
  },
  values: (_th, a, kw, d: Dict) => {
    noArgs('values', a, kw);
    return new List([...d.map.values()]);
  },
});

function setArgItems(fname: string, a: Value[]): Value[][] {
  return a.map((x) => iterableArg(fname, x));
}

const setMethods: Methods = methodTable({
  add: (_th, a, kw, s: StarSet) => {
    const [x] = positional('add', a, kw, 1, 1);
    if (s.has(x)) {
      s.checkMutable('insert into');
      return null;
    }
    s.add(x);
    return null;
  },
  clear: (_th, a, kw, s: StarSet) => {
    noArgs('clear', a, kw);
    if (s.size > 0) s.checkMutable('clear');
    s.map.clear();
    return null;
  },
  difference: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('difference: unexpected keyword arguments');
    const out = new StarSet();
    const drop = new Set(setArgItems('difference', a).flat().map(hashKey));
    for (const [h, v] of s.map) if (!drop.has(h)) out.map.set(h, v);
    return out;
  },
  discard: (_th, a, kw, s: StarSet) => {
    const [x] = positional('discard', a, kw, 1, 1);
    const h = hashKey(x);
    s.checkMutable('delete from');
    s.map.delete(h);
    return null;
  },
  difference_update: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('difference_update: unexpected keyword arguments');
    const drop = setArgItems('difference_update', a).flat().map(hashKey);
    s.checkMutable('delete from');
    for (const h of drop) s.map.delete(h);
    return null;
  },
  intersection_update: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('intersection_update: unexpected keyword arguments');
    const keeps = setArgItems('intersection_update', a).map((items) => new Set(items.map(hashKey)));
    s.checkMutable('delete from');
    for (const h of [...s.map.keys()]) if (keeps.some((k) => !k.has(h))) s.map.delete(h);
    return null;
  },
  symmetric_difference_update: (_th, a, kw, s: StarSet) => {
    const [x] = positional('symmetric_difference_update', a, kw, 1, 1);
    const items = iterableArg('symmetric_difference_update', x);
    s.checkMutable('insert into');
    const seen = new Set<Value>();
    for (const v of items) {
      const h = hashKey(v);
      if (seen.has(h)) continue;
      seen.add(h);
      if (s.map.has(h)) s.map.delete(h);
      else s.map.set(h, v);
    }
    return null;
  },
  intersection: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('intersection: unexpected keyword arguments');
    let cur = new Map(s.map);
    for (const items of setArgItems('intersection', a)) {
      const keep = new Set(items.map(hashKey));
      cur = new Map([...cur].filter(([h]) => keep.has(h)));
    }
    const out = new StarSet();
    out.map = cur;
    return out;
  },
  isdisjoint: (_th, a, kw, s: StarSet) => {
    const [x] = positional('isdisjoint', a, kw, 0, 1);
    return iterableArg('isdisjoint', x).every((v) => !s.has(v));
  },
  issubset: (_th, a, kw, s: StarSet) => {
    const [x] = positional('issubset', a, kw, 1, 1);
    const other = new Set(iterableArg('issubset', x).map(hashKey));
    return [...s.map.keys()].every((h) => other.has(h));
  },
  issuperset: (_th, a, kw, s: StarSet) => {
    const [x] = positional('issuperset', a, kw, 1, 1);
    return iterableArg('issuperset', x).every((v) => s.has(v));
  },
  pop: (_th, a, kw, s: StarSet) => {
    noArgs('pop', a, kw);
    if (s.size === 0) fail('pop: empty set');
    s.checkMutable('delete from');
    const [h, v] = s.map.entries().next().value!;
    s.map.delete(h);
    return v;
  },
  remove: (_th, a, kw, s: StarSet) => {
    const [x] = positional('remove', a, kw, 1, 1);
    const h = hashKey(x);
    if (!s.map.has(h)) fail(`remove: missing key ${repr(x)}`);
    s.checkMutable('delete from');
    s.map.delete(h);
    return null;
  },
  symmetric_difference: (_th, a, kw, s: StarSet) => {
    const [x] = positional('symmetric_difference', a, kw, 1, 1);
    const out = new StarSet();
    out.map = new Map(s.map);
    const seen = new Set<Value>();
    for (const v of iterableArg('symmetric_difference', x)) {
      const h = hashKey(v);
      if (seen.has(h)) continue;
      seen.add(h);
      if (s.map.has(h)) out.map.delete(h);
      else out.map.set(h, v);
    }
    return out;
  },
  union: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('union: unexpected keyword arguments');
    const out = new StarSet();
    out.map = new Map(s.map);
    for (const v of setArgItems('union', a).flat()) out.addUnchecked(v);
    return out;
  },
  update: (_th, a, kw, s: StarSet) => {
    if (kw?.length) fail('update: unexpected keyword arguments');
    const items = setArgItems('update', a).flat();
    for (const v of items) s.add(v);
    if (items.length === 0) s.checkMutable('insert into');
    return null;
  },
});

/**
 * The method `name` of each built-in type, resolved once per call site: returns the receiver's
 * implementation (undefined if the receiver's type has no such method or is not a built-in type).
 */
export function methodResolver(name: string): (x: Value) => BuiltinImpl | undefined {
  const s = stringMethods[name];
  const l = listMethods[name];
  const d = dictMethods[name];
  const st = setMethods[name];
  const b = bytesMethods[name];
  return (x) =>
    typeof x === 'string'
      ? s
      : x instanceof List
        ? l
        : x instanceof Dict
          ? d
          : x instanceof StarSet
            ? st
            : x instanceof Bytes
              ? b
              : undefined;
}

/** The method table of a built-in type, or undefined for other values. */
export function methodsOf(x: Value): Methods | undefined {
  if (typeof x === 'string') return stringMethods;
  if (x instanceof List) return listMethods;
  if (x instanceof Dict) return dictMethods;
  if (x instanceof StarSet) return setMethods;
  if (x instanceof Bytes) return bytesMethods;
  return undefined;
}
