/**
 * The built-in `assert.star` module of `edo starlark test`: exports exactly `assert` and `freeze`.
 * A failed assertion raises an error at the caller's position, like `fail`.
 */
import { fail, StarlarkError } from './errors.js';
import { callValue, type Thread } from './eval.js';
import { positional, unpackArgs } from './library.js';
import { contains } from './ops.js';
import { decodeUtf8 } from './strings.js';
import { Builtin, compare, equals, Float, freeze, repr, str, Struct, truth, type Value } from './values.js';

function ulp(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return Number.MIN_VALUE;
  return Math.pow(2, Math.floor(Math.log2(a)) - 52);
}

/** Equality for assert.eq: floats (or float vs int) within one ULP of each other count as equal. */
function nearlyEqual(x: Value, y: Value): boolean {
  if (equals(x, y)) return true;
  if (x instanceof Float || y instanceof Float) {
    const a = x instanceof Float ? x.v : typeof x === 'number' || typeof x === 'bigint' ? Number(x) : NaN;
    const b = y instanceof Float ? y.v : typeof y === 'number' || typeof y === 'bigint' ? Number(y) : NaN;
    if (Number.isFinite(a) && Number.isFinite(b))
      return Math.abs(a - b) <= ulp(Math.max(Math.abs(a), Math.abs(b)));
  }
  return false;
}

const methods: [string, (th: Thread, args: Value[], kw: [string, Value][] | null) => Value][] = [
  [
    'eq',
    (_th, args, kw) => {
      const [x, y] = positional('assert.eq', args, kw, 2, 2);
      if (!nearlyEqual(x, y)) fail(`${repr(x)} != ${repr(y)}`);
      return null;
    },
  ],
  [
    'ne',
    (_th, args, kw) => {
      const [x, y] = positional('assert.ne', args, kw, 2, 2);
      if (equals(x, y)) fail(`${repr(x)} == ${repr(y)}`);
      return null;
    },
  ],
  [
    'true',
    (_th, args, kw) => {
      const [cond, msg] = unpackArgs('assert.true', args, kw, ['cond', 'msg?']);
      if (!truth(cond)) fail(msg === undefined ? 'assertion failed' : str(msg));
      return null;
    },
  ],
  [
    'lt',
    (_th, args, kw) => {
      const [x, y] = positional('assert.lt', args, kw, 2, 2);
      if (!(compare('<', x, y) < 0)) fail(`${str(x)} is not less than ${str(y)}`);
      return null;
    },
  ],
  [
    'contains',
    (_th, args, kw) => {
      const [coll, x] = positional('assert.contains', args, kw, 2, 2);
      if (!contains(coll, x)) fail(`${str(coll)} does not contain ${str(x)}`);
      return null;
    },
  ],
  [
    'fails',
    (th, args, kw) => {
      const [fn, pattern] = positional('assert.fails', args, kw, 2, 2);
      if (typeof pattern !== 'string') fail(`assert.fails: got ${typeof pattern}, want string pattern`);
      let re: RegExp;
      try {
        // Go's RE2 spells flags inline, e.g. (?i); JS takes them separately.
        const m = /^\(\?([ims]+)\)/.exec(pattern);
        re = new RegExp(decodeUtf8(m ? pattern.slice(m[0].length) : pattern), m ? m[1] : undefined);
      } catch {
        fail(`assert.fails: invalid regular expression: ${pattern}`);
      }
      const saved = th.frame;
      try {
        callValue(th, fn, [], null, th.callerPosition() ?? null);
      } catch (e) {
        th.frame = saved;
        if (!(e instanceof StarlarkError)) throw e;
        if (/too many steps/.test(e.message)) throw e;
        const msg = decodeUtf8(e.message);
        if (!re.test(msg)) fail(`regular expression (${pattern}) did not match error (${e.message})`);
        return null;
      }
      fail(`evaluation succeeded unexpectedly (want error matching ${repr(pattern)})`);
    },
  ],
  [
    'fail',
    (_th, args, kw) => {
      const [msg] = positional('assert.fail', args, kw, 1, 1);
      fail(str(msg));
    },
  ],
];

/** The exports of `assert.star`. */
export function assertModule(): Map<string, Value> {
  const fields = new Map<string, Value>(
    methods.map(([name, impl]) => [name, new Builtin(name, (th, args, kw) => impl(th as Thread, args, kw))]),
  );
  const freezeBuiltin = new Builtin('freeze', (_th, args, kw) => {
    const [x] = positional('freeze', args, kw, 1, 1);
    freeze(x);
    return x;
  });
  return new Map<string, Value>([
    ['assert', new Struct(fields, 'assert')],
    ['freeze', freezeBuiltin],
  ]);
}
