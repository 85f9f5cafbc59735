import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
const __WEBPACK_EXTERNAL_MODULE__bytecodealliance_componentize_js_a7e85369__ = new Proxy({}, { get: (_target, key) => key === 'then' ? undefined : async (...args) => (await import("@bytecodealliance/componentize-js"))[key](...args) });
const __WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__ = new Proxy({}, { get: (_target, key) => key === 'then' ? undefined : async (...args) => (await import("@bytecodealliance/jco"))[key](...args) });
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8961:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 8961;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 7638:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["componentize"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_componentize_js_a7e85369__.componentize) });

/***/ }),

/***/ 1119:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["componentEmbed"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentEmbed), ["componentNew"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentNew), ["componentWit"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentWit), ["transpile"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.transpile) });

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 5187:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9380);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, process.cwd());
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: buildProgram

// NAMESPACE OBJECT: ./node_modules/@bytecodealliance/preview2-shim/dist/io/calls.js
var calls_namespaceObject = {};
__nccwpck_require__.r(calls_namespaceObject);
__nccwpck_require__.d(calls_namespaceObject, {
  CALL_MASK: () => (CALL_MASK),
  CALL_SHIFT: () => (CALL_SHIFT),
  CALL_TYPE_MASK: () => (CALL_TYPE_MASK),
  CLOCKS: () => (CLOCKS),
  CLOCKS_DURATION_SUBSCRIBE: () => (CLOCKS_DURATION_SUBSCRIBE),
  CLOCKS_INSTANT_SUBSCRIBE: () => (CLOCKS_INSTANT_SUBSCRIBE),
  FILE: () => (FILE),
  FILESYSTEM_DESCRIPTOR_ADVISE: () => (FILESYSTEM_DESCRIPTOR_ADVISE),
  FILESYSTEM_DESCRIPTOR_CLOSE: () => (FILESYSTEM_DESCRIPTOR_CLOSE),
  FILESYSTEM_DESCRIPTOR_GET_TYPE: () => (FILESYSTEM_DESCRIPTOR_GET_TYPE),
  FILESYSTEM_DESCRIPTOR_METADATA_HASH: () => (FILESYSTEM_DESCRIPTOR_METADATA_HASH),
  FILESYSTEM_DESCRIPTOR_OPEN: () => (FILESYSTEM_DESCRIPTOR_OPEN),
  FILESYSTEM_DESCRIPTOR_READ: () => (FILESYSTEM_DESCRIPTOR_READ),
  FILESYSTEM_DESCRIPTOR_SET_SIZE: () => (FILESYSTEM_DESCRIPTOR_SET_SIZE),
  FILESYSTEM_DESCRIPTOR_SET_TIMES: () => (FILESYSTEM_DESCRIPTOR_SET_TIMES),
  FILESYSTEM_DESCRIPTOR_STAT: () => (FILESYSTEM_DESCRIPTOR_STAT),
  FILESYSTEM_DESCRIPTOR_SYNC: () => (FILESYSTEM_DESCRIPTOR_SYNC),
  FILESYSTEM_DESCRIPTOR_SYNC_DATA: () => (FILESYSTEM_DESCRIPTOR_SYNC_DATA),
  FILESYSTEM_DESCRIPTOR_WRITE: () => (FILESYSTEM_DESCRIPTOR_WRITE),
  FUTURE_DISPOSE: () => (FUTURE_DISPOSE),
  FUTURE_SUBSCRIBE: () => (FUTURE_SUBSCRIBE),
  FUTURE_TAKE_VALUE: () => (FUTURE_TAKE_VALUE),
  HTTP: () => (HTTP),
  HTTP_CREATE_REQUEST: () => (HTTP_CREATE_REQUEST),
  HTTP_OUTGOING_BODY_DISPOSE: () => (HTTP_OUTGOING_BODY_DISPOSE),
  HTTP_OUTPUT_STREAM_FINISH: () => (HTTP_OUTPUT_STREAM_FINISH),
  HTTP_SERVER_CLEAR_OUTGOING_RESPONSE: () => (HTTP_SERVER_CLEAR_OUTGOING_RESPONSE),
  HTTP_SERVER_GET_ADDRESS: () => (HTTP_SERVER_GET_ADDRESS),
  HTTP_SERVER_INCOMING_HANDLER: () => (HTTP_SERVER_INCOMING_HANDLER),
  HTTP_SERVER_SET_OUTGOING_RESPONSE: () => (HTTP_SERVER_SET_OUTGOING_RESPONSE),
  HTTP_SERVER_START: () => (HTTP_SERVER_START),
  HTTP_SERVER_STOP: () => (HTTP_SERVER_STOP),
  INPUT_STREAM_BLOCKING_READ: () => (INPUT_STREAM_BLOCKING_READ),
  INPUT_STREAM_BLOCKING_SKIP: () => (INPUT_STREAM_BLOCKING_SKIP),
  INPUT_STREAM_CREATE: () => (INPUT_STREAM_CREATE),
  INPUT_STREAM_DISPOSE: () => (INPUT_STREAM_DISPOSE),
  INPUT_STREAM_READ: () => (INPUT_STREAM_READ),
  INPUT_STREAM_SKIP: () => (INPUT_STREAM_SKIP),
  INPUT_STREAM_SUBSCRIBE: () => (INPUT_STREAM_SUBSCRIBE),
  OUTPUT_STREAM_BLOCKING_FLUSH: () => (OUTPUT_STREAM_BLOCKING_FLUSH),
  OUTPUT_STREAM_BLOCKING_SPLICE: () => (OUTPUT_STREAM_BLOCKING_SPLICE),
  OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH: () => (OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH),
  OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH: () => (OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH),
  OUTPUT_STREAM_CHECK_WRITE: () => (OUTPUT_STREAM_CHECK_WRITE),
  OUTPUT_STREAM_CREATE: () => (OUTPUT_STREAM_CREATE),
  OUTPUT_STREAM_DISPOSE: () => (OUTPUT_STREAM_DISPOSE),
  OUTPUT_STREAM_FLUSH: () => (OUTPUT_STREAM_FLUSH),
  OUTPUT_STREAM_GET_TOTAL_BYTES: () => (OUTPUT_STREAM_GET_TOTAL_BYTES),
  OUTPUT_STREAM_SPLICE: () => (OUTPUT_STREAM_SPLICE),
  OUTPUT_STREAM_SUBSCRIBE: () => (OUTPUT_STREAM_SUBSCRIBE),
  OUTPUT_STREAM_WRITE: () => (OUTPUT_STREAM_WRITE),
  OUTPUT_STREAM_WRITE_ZEROES: () => (OUTPUT_STREAM_WRITE_ZEROES),
  POLL_POLLABLE_BLOCK: () => (POLL_POLLABLE_BLOCK),
  POLL_POLLABLE_DISPOSE: () => (POLL_POLLABLE_DISPOSE),
  POLL_POLLABLE_READY: () => (POLL_POLLABLE_READY),
  POLL_POLL_LIST: () => (POLL_POLL_LIST),
  SOCKET_DATAGRAM_STREAM_DISPOSE: () => (SOCKET_DATAGRAM_STREAM_DISPOSE),
  SOCKET_DATAGRAM_STREAM_SUBSCRIBE: () => (SOCKET_DATAGRAM_STREAM_SUBSCRIBE),
  SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE: () => (SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE),
  SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE: () => (SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE),
  SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE: () => (SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE),
  SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND: () => (SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND),
  SOCKET_OUTGOING_DATAGRAM_STREAM_SEND: () => (SOCKET_OUTGOING_DATAGRAM_STREAM_SEND),
  SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST: () => (SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST),
  SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST: () => (SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST),
  SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST: () => (SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST),
  SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST: () => (SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST),
  SOCKET_TCP: () => (SOCKET_TCP),
  SOCKET_TCP_ACCEPT: () => (SOCKET_TCP_ACCEPT),
  SOCKET_TCP_BIND_FINISH: () => (SOCKET_TCP_BIND_FINISH),
  SOCKET_TCP_BIND_START: () => (SOCKET_TCP_BIND_START),
  SOCKET_TCP_CONNECT_FINISH: () => (SOCKET_TCP_CONNECT_FINISH),
  SOCKET_TCP_CONNECT_START: () => (SOCKET_TCP_CONNECT_START),
  SOCKET_TCP_CREATE_HANDLE: () => (SOCKET_TCP_CREATE_HANDLE),
  SOCKET_TCP_DISPOSE: () => (SOCKET_TCP_DISPOSE),
  SOCKET_TCP_GET_LOCAL_ADDRESS: () => (SOCKET_TCP_GET_LOCAL_ADDRESS),
  SOCKET_TCP_GET_REMOTE_ADDRESS: () => (SOCKET_TCP_GET_REMOTE_ADDRESS),
  SOCKET_TCP_IS_LISTENING: () => (SOCKET_TCP_IS_LISTENING),
  SOCKET_TCP_LISTEN_FINISH: () => (SOCKET_TCP_LISTEN_FINISH),
  SOCKET_TCP_LISTEN_START: () => (SOCKET_TCP_LISTEN_START),
  SOCKET_TCP_SET_KEEP_ALIVE: () => (SOCKET_TCP_SET_KEEP_ALIVE),
  SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE: () => (SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE),
  SOCKET_TCP_SHUTDOWN: () => (SOCKET_TCP_SHUTDOWN),
  SOCKET_TCP_SUBSCRIBE: () => (SOCKET_TCP_SUBSCRIBE),
  SOCKET_UDP: () => (SOCKET_UDP),
  SOCKET_UDP_BIND_FINISH: () => (SOCKET_UDP_BIND_FINISH),
  SOCKET_UDP_BIND_START: () => (SOCKET_UDP_BIND_START),
  SOCKET_UDP_CREATE_HANDLE: () => (SOCKET_UDP_CREATE_HANDLE),
  SOCKET_UDP_DISPOSE: () => (SOCKET_UDP_DISPOSE),
  SOCKET_UDP_GET_LOCAL_ADDRESS: () => (SOCKET_UDP_GET_LOCAL_ADDRESS),
  SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE: () => (SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE),
  SOCKET_UDP_GET_REMOTE_ADDRESS: () => (SOCKET_UDP_GET_REMOTE_ADDRESS),
  SOCKET_UDP_GET_SEND_BUFFER_SIZE: () => (SOCKET_UDP_GET_SEND_BUFFER_SIZE),
  SOCKET_UDP_GET_UNICAST_HOP_LIMIT: () => (SOCKET_UDP_GET_UNICAST_HOP_LIMIT),
  SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE: () => (SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE),
  SOCKET_UDP_SET_SEND_BUFFER_SIZE: () => (SOCKET_UDP_SET_SEND_BUFFER_SIZE),
  SOCKET_UDP_SET_UNICAST_HOP_LIMIT: () => (SOCKET_UDP_SET_UNICAST_HOP_LIMIT),
  SOCKET_UDP_STREAM: () => (SOCKET_UDP_STREAM),
  SOCKET_UDP_SUBSCRIBE: () => (SOCKET_UDP_SUBSCRIBE),
  STDERR: () => (STDERR),
  STDIN: () => (STDIN),
  STDOUT: () => (STDOUT),
  WORKER_EXTENSION_CALL: () => (WORKER_EXTENSION_CALL),
  reverseMap: () => (reverseMap)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(3434);
;// CONCATENATED MODULE: ./lib/cli/commands/engine-options.js


function addWorkspaceOptions(command) {
    return command
        .option('--config <name>', 'the build_config to use (default: "default" when declared)')
        .option('--arg <key=value...>', 'a value components read with context.getArg (repeatable)')
        .option('--locked', 'never write edo.lock.json; fail when an entry is missing or stale');
}
function parseArgs(pairs) {
    const args = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new errors/* UsageError */.eb(`--arg ${pair}: expected KEY=VALUE`);
        args[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return args;
}
/** Loads the engine only when a command needs it: `edo --help` and `edo starlark` stay fast. */
async function openEngine(ctx, flags) {
    const { Engine } = await Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(456)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4456));
    return Engine.open(ctx.cwd, {
        env: ctx.io.env,
        config: flags.config,
        args: parseArgs(flags.arg ?? []),
        lockMode: flags.locked ? 'locked' : 'build',
    });
}
/** `--jobs N`: a positive integer. */
function jobsOption() {
    return new Option('-j, --jobs <n>', 'targets run at once (default: the number of cores)').argParser((value) => {
        const jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new errors/* UsageError */.eb(`--jobs ${value}: expected a positive integer`);
        return jobs;
    });
}

;// CONCATENATED MODULE: ./lib/cli/commands/build.js



/**
 * Runs a build of `labels` with SIGINT/SIGTERM cancelling it: running targets are stopped, their
 * environments torn down, and the command fails once everything has settled.
 */
async function buildWithSignals(engine, labels, ctx, flags) {
    const [{ runBuild }, { chooseReporter }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 166).then(__nccwpck_require__.bind(__nccwpck_require__, 6166)),
        __nccwpck_require__.e(/* import() */ 61).then(__nccwpck_require__.bind(__nccwpck_require__, 9061)),
    ]);
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    try {
        const summary = await runBuild(engine, labels, {
            jobs: flags.jobs,
            keepGoing: flags.keepGoing,
            maxAttempts: flags.maxAttempts,
            signal: controller.signal,
            reporter: chooseReporter(flags.json === true, ctx.io.stdout, ctx.io.stderr, ctx.io.env),
        });
        for (const line of await engine.saveLock())
            ctx.io.stderr.write(`edo.lock.json: ${line}\n`);
        if (summary.status === 'cancelled' || controller.signal.aborted)
            throw new errors/* EdoError */.bX('build cancelled');
        if (summary.status === 'failed') {
            const failed = summary.targets.filter((t) => t.status === 'failed').map((t) => t.label);
            throw new errors/* EdoError */.bX(`build failed: ${failed.join(', ')}`);
        }
        return summary;
    }
    finally {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
    }
}
const buildCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('build')
            .description('build targets (default //...) and everything they depend on')
            .argument('[targets...]', 'labels or patterns: //pkg:name, :name, //pkg/..., //...')
            .addOption(jobsOption())
            .option('-k, --keep-going', 'keep building independent targets after a failure')
            .option('--json', 'print JSON Lines on stdout: one object per target, then a summary')
            .addOption(new Option('--max-attempts <n>', 'attempts for a target whose failure is retryable').argParser((v) => {
            const n = Number(v);
            if (!Number.isInteger(n) || n < 1)
                throw new errors/* UsageError */.eb(`--max-attempts ${v}: expected a positive integer`);
            return n;
        }))).action(async (targets, flags) => {
            const engine = await openEngine(ctx, flags);
            try {
                await buildWithSignals(engine, engine.resolvePatterns(targets, ctx.cwd), ctx, flags);
            }
            finally {
                await engine.close();
            }
        });
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/cli/commands/checkout.js





const checkoutCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('checkout')
            .description("build a target, then write its artifact's files into DIR")
            .argument('<target>', 'a label')
            .argument('<dir>', 'directory to create (must not exist or be empty)')
            .option('-f, --force', 'replace the contents of a non-empty DIR')
            .addOption(jobsOption())).action(async (target, dir, flags) => {
            const engine = await openEngine(ctx, flags);
            const labels = engine.resolvePatterns([target], ctx.cwd);
            if (labels.length !== 1)
                throw new errors/* UsageError */.eb(`checkout takes one target, not a pattern: ${target}`);
            const full = (0,external_node_path_.resolve)(ctx.cwd, dir);
            const existing = await (0,promises_.readdir)(full).catch(() => []);
            if (existing.length > 0) {
                if (!flags.force)
                    throw new errors/* UsageError */.eb(`${dir} is not empty (use --force to replace its contents)`);
            }
            const summary = await buildWithSignals(engine, labels, ctx, flags);
            const report = summary.targets.find((t) => t.label === labels[0]);
            if (existing.length > 0)
                await (0,promises_.rm)(full, { recursive: true, force: true });
            const [{ checkout }, { idFromString }] = await Promise.all([
                Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9465)),
                Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6906)),
            ]);
            await checkout(await engine.storage(), idFromString(report.id), full);
            ctx.io.stderr.write(`${report.label} checked out in ${dir}\n`);
        });
    },
};

// EXTERNAL MODULE: ./lib/engine/workspace.js
var workspace = __nccwpck_require__(3091);
;// CONCATENATED MODULE: ./lib/cli/commands/clean.js


const cleanCommand = {
    register(program, ctx) {
        program
            .command('clean')
            .description("remove the workspace's .edo/ directory: local store, logs, temp files")
            .option('--containers', 'instead, force-remove the containers and volumes crashed builds of this workspace left')
            .action(async (flags) => {
            const paths = (0,workspace/* findWorkspace */.pl)(ctx.cwd, ctx.io.env);
            if (flags.containers) {
                // The Docker client is loaded only here: it costs more start-up time than the rest of edo.
                const { connectEngine, reapContainers } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3463));
                const docker = connectEngine(undefined, ctx.io.env);
                const removed = await reapContainers(docker, { workspace: paths.root });
                ctx.io.stderr.write(`removed ${removed.containers} container(s) and ${removed.volumes} volume(s)\n`);
                return;
            }
            await (0,promises_.rm)(paths.state, { recursive: true, force: true, maxRetries: 3 });
            ctx.io.stderr.write(`removed ${paths.state}\n`);
        });
    },
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./lib/cli/commands/export.js








const exportCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('export')
            .description('build a target whose files form a root filesystem and write it as an image tar')
            .argument('<target>', 'a label')
            .addOption(new Option('--format <format>', 'docker: for `docker load`; oci: an OCI image layout tar')
            .choices(['docker', 'oci'])
            .makeOptionMandatory())
            .option('-o, --output <file>', 'write to FILE instead of stdout')
            .option('--tag <repository:tag>', 'the image name recorded in the archive')).action(async (target, flags) => {
            if (!flags.output && ctx.io.stdout.isTTY) {
                throw new errors/* UsageError */.eb('refusing to write an image tar to a terminal: redirect stdout or use --output FILE');
            }
            const engine = await openEngine(ctx, flags);
            const labels = engine.resolvePatterns([target], ctx.cwd);
            if (labels.length !== 1)
                throw new errors/* UsageError */.eb(`export takes one target, not a pattern: ${target}`);
            const summary = await buildWithSignals(engine, labels, ctx, {});
            const [{ exportImage }, { idFromString }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 551).then(__nccwpck_require__.bind(__nccwpck_require__, 3551)),
                Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6906)),
            ]);
            const id = idFromString(summary.targets.find((t) => t.label === labels[0]).id);
            const storage = await engine.storage();
            const options = flags.tag === undefined ? {} : { tag: flags.tag };
            if (flags.output) {
                await exportImage(storage, id, flags.format, (0,external_node_fs_.createWriteStream)((0,external_node_path_.resolve)(ctx.cwd, flags.output)), options);
                return;
            }
            // stdout stays open for the rest of the process: pipe into it without ending it.
            const out = new external_node_stream_.PassThrough();
            const copied = (0,external_node_stream_promises_.pipeline)(out, ctx.io.stdout, { end: false });
            await exportImage(storage, id, flags.format, out, options);
            await copied;
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/fetch.js


const fetchCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('fetch')
            .description('fetch the sources the targets need (default //...), building nothing else')
            .argument('[targets...]', 'labels or patterns')
            .addOption(jobsOption())
            .option('--json', 'print JSON Lines on stdout, as build does')).action(async (targets, flags) => {
            const engine = await openEngine(ctx, flags);
            const sources = engine.graph
                .closure(engine.resolvePatterns(targets, ctx.cwd))
                .filter((node) => node.data.schema.component === 'source')
                .map((node) => node.label);
            await buildWithSignals(engine, sources, ctx, flags);
        });
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/cli/commands/fmt.js







/** The buildifier binary shipped in the `@bazel/buildifier` package, for this platform. */
function buildifierPath() {
    const require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    const dir = (0,external_node_path_.dirname)(require.resolve('@bazel/buildifier/package.json'));
    const cpu = { x64: 'amd64', arm64: 'arm64', riscv64: 'riscv64' }[(0,external_node_os_.arch)()];
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[(0,external_node_os_.platform)()];
    if (!cpu || !os)
        throw new errors/* EdoError */.bX(`buildifier has no binary for ${(0,external_node_os_.platform)()}/${(0,external_node_os_.arch)()}`);
    return (0,external_node_path_.join)(dir, `buildifier-${os}_${cpu}${os === 'windows' ? '.exe' : ''}`);
}
function isStarlarkFile(name) {
    return name === workspace/* BUILD_FILE */.oS || name === workspace/* WORKSPACE_FILE */.hC || name.endsWith('.star');
}
/** Every build file and `.star` file of the workspace (hidden directories and node_modules skipped). */
async function workspaceFiles(dir) {
    const found = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === workspace/* STATE_DIR */.e$)
                continue;
            found.push(...(await workspaceFiles((0,external_node_path_.join)(dir, entry.name))));
        }
        else if (entry.isFile() && isStarlarkFile(entry.name)) {
            found.push((0,external_node_path_.join)(dir, entry.name));
        }
    }
    return found.sort();
}
function buildifier(args) {
    return new Promise((done, fail) => {
        (0,external_node_child_process_.execFile)(buildifierPath(), args, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number')
                return fail(new errors/* EdoError */.bX(`cannot run buildifier: ${err.message}`));
            done({ code: err ? err.code : 0, stdout, stderr });
        });
    });
}
const fmtCommand = {
    register(program, ctx) {
        program
            .command('fmt')
            .description('format build files with buildifier (default: every BUILD.edo, WORKSPACE.edo, *.star)')
            .argument('[files...]', 'files to format')
            .option('--check', 'change nothing; fail (exit 1) listing the files that need formatting')
            .action(async (files, flags) => {
            const targets = files.length > 0
                ? files.map((f) => (0,external_node_path_.resolve)(ctx.cwd, f))
                : await workspaceFiles((0,workspace/* findWorkspace */.pl)(ctx.cwd, ctx.io.env).root);
            if (targets.length === 0)
                throw new errors/* UsageError */.eb('no build files to format');
            const unformatted = [];
            for (const type of ['build', 'bzl']) {
                const group = targets.filter((f) => (type === 'bzl') === f.endsWith('.star'));
                if (group.length === 0)
                    continue;
                const mode = flags.check ? 'check' : 'fix';
                const result = await buildifier([`-mode=${mode}`, '-lint=off', `-type=${type}`, ...group]);
                // check mode: exit 4 and "FILE # reformat" lines when something needs formatting.
                if (result.code === 4 && flags.check) {
                    unformatted.push(...result.stderr
                        .split('\n')
                        .filter((l) => l.includes('# reformat'))
                        .map((l) => l.split(' #')[0]));
                }
                else if (result.code !== 0) {
                    throw new errors/* EdoError */.bX(`buildifier failed (exit ${result.code})`, {
                        details: result.stderr.trimEnd().split('\n'),
                    });
                }
            }
            if (unformatted.length > 0) {
                throw new errors/* EdoError */.bX(`${unformatted.length} file(s) need formatting; run edo fmt`, {
                    details: unformatted.map((f) => `  ${(0,external_node_path_.relative)(ctx.cwd, f) || f}`),
                });
            }
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/graph.js


const graphCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('graph')
            .description('print the dependency graph of targets (default //...)')
            .argument('[targets...]', 'labels or patterns')
            .addOption(new Option('--format <format>', 'output format').choices(['dot', 'json']).default('dot'))).action(async (targets, flags) => {
            const engine = await openEngine(ctx, flags);
            const nodes = engine.graph.closure(engine.resolvePatterns(targets, ctx.cwd));
            if (flags.format === 'json') {
                const json = nodes.map((n) => ({ label: n.label, kind: n.data.node.kind, deps: n.deps }));
                ctx.io.stdout.write(JSON.stringify({ targets: json }, null, 2) + '\n');
                return;
            }
            const lines = ['digraph edo {', '  rankdir = LR;'];
            for (const node of nodes) {
                lines.push(`  ${JSON.stringify(node.label)} [label=${JSON.stringify(`${node.label}\n${node.data.node.kind}`)}];`);
                for (const dep of node.deps)
                    lines.push(`  ${JSON.stringify(node.label)} -> ${JSON.stringify(dep)};`);
            }
            lines.push('}');
            ctx.io.stdout.write(lines.join('\n') + '\n');
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/list.js

const listCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('list')
            .description('list the targets matching the patterns (default //...)')
            .argument('[patterns...]', 'labels or patterns: //pkg:*, //pkg/..., //...')
            .option('--kind', "show each target's rule kind")).action(async (patterns, flags) => {
            const engine = await openEngine(ctx, flags);
            try {
                for (const label of engine.resolvePatterns(patterns, ctx.cwd)) {
                    const kind = engine.model.targets.get(label).node.kind;
                    ctx.io.stdout.write(flags.kind ? `${kind.padEnd(16)} ${label}\n` : `${label}\n`);
                }
            }
            finally {
                await engine.close();
            }
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/log.js




const logCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('log')
            .description('print the latest log of a target (targets served from a cache have none)')
            .argument('<target>', 'a label')
            .option('--path', "print the log file's path instead of its contents")).action(async (target, flags) => {
            const engine = await openEngine(ctx, flags);
            const [label] = engine.resolvePatterns([target], ctx.cwd);
            if (label === undefined || engine.resolvePatterns([target], ctx.cwd).length !== 1) {
                throw new errors/* UsageError */.eb(`log takes one target, not a pattern: ${target}`);
            }
            const { TargetLogs } = await __nccwpck_require__.e(/* import() */ 19).then(__nccwpck_require__.bind(__nccwpck_require__, 1019));
            const path = await new TargetLogs(engine.paths.logs).latest(label);
            if (!path)
                throw new errors/* UsageError */.eb(`${label} has no log: it has not run here (cached targets write none)`);
            if (flags.path)
                ctx.io.stdout.write(path + '\n');
            else
                await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), ctx.io.stdout, { end: false });
        });
    },
};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "@bytecodealliance/jco"
var jco_ = __nccwpck_require__(1119);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./node_modules/@bytecodealliance/preview2-shim/dist/synckit/index.js
// Based on: https://github.com/un-ts/synckit
/*
  MIT License

  Copyright (c) 2021 UnTS

  Permission is hereby granted, free of charge, to any person obtaining a copy
  of this software and associated documentation files (the "Software"), to deal
  in the Software without restriction, including without limitation the rights
  to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
  copies of the Software, and to permit persons to whom the Software is
  furnished to do so, subject to the following conditions:

  The above copyright notice and this permission notice shall be included in all
  copies or substantial portions of the Software.

  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
  IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
  FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
  AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
  LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
  OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
  SOFTWARE.
*/

const DEFAULT_WORKER_BUFFER_SIZE = 1024;
function extractProperties(object) {
    if (object && typeof object === "object") {
        const properties = {};
        for (const key in object) {
            properties[key] = object[key];
        }
        return properties;
    }
}
const CALL_TIMEOUT = undefined;
function createSyncFn(createWorker, debug, callbackHandler) {
    const { port1: mainPort, port2: workerPort } = new external_node_worker_threads_.MessageChannel();
    const worker = createWorker({
        workerData: { workerPort, debug },
        transferList: [workerPort],
        execArgv: [],
    });
    worker.on("message", ({ type, id, payload }) => {
        if (!type) {
            throw new Error("Internal error: Expected a type of a worker callback");
        }
        callbackHandler(type, id, payload);
    });
    let nextID = 0;
    const syncFn = (...args) => {
        const cid = nextID++;
        const sharedBuffer = new SharedArrayBuffer(DEFAULT_WORKER_BUFFER_SIZE);
        const sharedBufferView = new Int32Array(sharedBuffer);
        const msg = { sharedBuffer, cid, args };
        worker.postMessage(msg);
        const status = Atomics.wait(sharedBufferView, 0, 0, CALL_TIMEOUT);
        if (!["ok", "not-equal"].includes(status)) {
            throw new Error("Internal error: Atomics.wait() failed: " + status);
        }
        const { cid: cid2, result, error, properties, } = (0,external_node_worker_threads_.receiveMessageOnPort)(mainPort)?.message ?? {};
        if (cid !== cid2) {
            throw new Error(`Internal error: Expected id ${cid} but got id ${cid2}`);
        }
        if (error) {
            if (error instanceof Error) {
                throw Object.assign(error, properties);
            }
            throw error;
        }
        return result;
    };
    if (worker.unref) {
        worker.unref();
    }
    return syncFn;
}
function runAsWorker(fn) {
    if (!workerData) {
        return;
    }
    const { workerPort, debug } = workerData;
    try {
        parentPort?.on("message", ({ sharedBuffer, cid, args }) => {
            (async () => {
                const sharedBufferView = new Int32Array(sharedBuffer);
                let msg;
                try {
                    msg = { cid, result: await fn(...args) };
                }
                catch (error) {
                    msg = { cid, error, properties: extractProperties(error) };
                }
                workerPort.postMessage(msg);
                Atomics.add(sharedBufferView, 0, 1);
                Atomics.notify(sharedBufferView, 0);
            })();
        });
    }
    catch (error) {
        parentPort?.on("message", ({ sharedBuffer, cid }) => {
            const sharedBufferView = new Int32Array(sharedBuffer);
            workerPort.postMessage({
                cid,
                error,
                properties: extractProperties(error),
            });
            Atomics.add(sharedBufferView, 0, 1);
            Atomics.notify(sharedBufferView, 0);
        });
    }
    return debug;
}

;// CONCATENATED MODULE: ./node_modules/@bytecodealliance/preview2-shim/dist/io/calls.js
let call_id = 0;
// Call is a 32 bit integer, leading 8 bits are call number, trailing 24 bits allow custom call types
const CALL_MASK = 0xff000000;
const CALL_TYPE_MASK = 0x00ffffff;
const CALL_SHIFT = 24;
// Type indiciator for generic Stream, Future, and Poll calls
let cnt = 0;
const STDIN = ++cnt;
const STDOUT = ++cnt;
const STDERR = ++cnt;
const FILE = ++cnt;
const HTTP = ++cnt;
const SOCKET_TCP = ++cnt;
const SOCKET_UDP = ++cnt;
const CLOCKS = ++cnt;
// Io Input Stream
const INPUT_STREAM_CREATE = ++call_id << CALL_SHIFT;
const INPUT_STREAM_READ = ++call_id << CALL_SHIFT;
const INPUT_STREAM_BLOCKING_READ = ++call_id << CALL_SHIFT;
const INPUT_STREAM_SKIP = ++call_id << CALL_SHIFT;
const INPUT_STREAM_BLOCKING_SKIP = ++call_id << CALL_SHIFT;
const INPUT_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
const INPUT_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
// Io Output Stream
const OUTPUT_STREAM_CREATE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_CHECK_WRITE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_WRITE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_FLUSH = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_BLOCKING_FLUSH = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_WRITE_ZEROES = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_SPLICE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_BLOCKING_SPLICE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
const OUTPUT_STREAM_GET_TOTAL_BYTES = ++call_id << CALL_SHIFT;
// Filesystem descriptors
const FILESYSTEM_DESCRIPTOR_OPEN = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_CLOSE = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_ADVISE = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_SYNC_DATA = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_GET_TYPE = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_SET_SIZE = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_SET_TIMES = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_READ = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_WRITE = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_SYNC = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_STAT = ++call_id << CALL_SHIFT;
const FILESYSTEM_DESCRIPTOR_METADATA_HASH = ++call_id << CALL_SHIFT;
// Io Poll
const POLL_POLLABLE_READY = ++call_id << CALL_SHIFT;
const POLL_POLLABLE_BLOCK = ++call_id << CALL_SHIFT;
const POLL_POLLABLE_DISPOSE = ++call_id << CALL_SHIFT;
const POLL_POLL_LIST = ++call_id << CALL_SHIFT;
// Futures
const FUTURE_DISPOSE = ++call_id << CALL_SHIFT;
const FUTURE_TAKE_VALUE = ++call_id << CALL_SHIFT;
const FUTURE_SUBSCRIBE = ++call_id << CALL_SHIFT;
// Http
const HTTP_CREATE_REQUEST = ++call_id << 24;
const HTTP_OUTPUT_STREAM_FINISH = ++call_id << CALL_SHIFT;
// Http server
const HTTP_SERVER_START = ++call_id << CALL_SHIFT;
const HTTP_SERVER_STOP = ++call_id << CALL_SHIFT;
const HTTP_SERVER_INCOMING_HANDLER = ++call_id << CALL_SHIFT;
const HTTP_SERVER_SET_OUTGOING_RESPONSE = ++call_id << CALL_SHIFT;
const HTTP_SERVER_CLEAR_OUTGOING_RESPONSE = ++call_id << CALL_SHIFT;
const HTTP_SERVER_GET_ADDRESS = ++call_id << CALL_SHIFT;
const HTTP_OUTGOING_BODY_DISPOSE = ++call_id << CALL_SHIFT;
// Clocks
const CLOCKS_DURATION_SUBSCRIBE = ++call_id << CALL_SHIFT;
const CLOCKS_INSTANT_SUBSCRIBE = ++call_id << CALL_SHIFT;
// Sockets
// Tcp
const SOCKET_TCP_CREATE_HANDLE = ++call_id << CALL_SHIFT;
const SOCKET_TCP_BIND_START = ++call_id << CALL_SHIFT;
const SOCKET_TCP_BIND_FINISH = ++call_id << CALL_SHIFT;
const SOCKET_TCP_CONNECT_START = ++call_id << CALL_SHIFT;
const SOCKET_TCP_CONNECT_FINISH = ++call_id << CALL_SHIFT;
const SOCKET_TCP_SUBSCRIBE = ++call_id << CALL_SHIFT;
const SOCKET_TCP_LISTEN_START = ++call_id << CALL_SHIFT;
const SOCKET_TCP_LISTEN_FINISH = ++call_id << CALL_SHIFT;
const SOCKET_TCP_IS_LISTENING = ++call_id << CALL_SHIFT;
const SOCKET_TCP_ACCEPT = ++call_id << CALL_SHIFT;
const SOCKET_TCP_GET_LOCAL_ADDRESS = ++call_id << CALL_SHIFT;
const SOCKET_TCP_GET_REMOTE_ADDRESS = ++call_id << CALL_SHIFT;
const SOCKET_TCP_SET_KEEP_ALIVE = ++call_id << CALL_SHIFT;
const SOCKET_TCP_SET_LISTEN_BACKLOG_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_TCP_SHUTDOWN = ++call_id << CALL_SHIFT;
const SOCKET_TCP_DISPOSE = ++call_id << CALL_SHIFT;
// Udp
const SOCKET_UDP_CREATE_HANDLE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_BIND_START = ++call_id << CALL_SHIFT;
const SOCKET_UDP_BIND_FINISH = ++call_id << CALL_SHIFT;
const SOCKET_UDP_STREAM = ++call_id << CALL_SHIFT;
const SOCKET_UDP_SUBSCRIBE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_DISPOSE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_GET_LOCAL_ADDRESS = ++call_id << CALL_SHIFT;
const SOCKET_UDP_GET_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_GET_REMOTE_ADDRESS = ++call_id << CALL_SHIFT;
const SOCKET_UDP_GET_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_GET_UNICAST_HOP_LIMIT = ++call_id << CALL_SHIFT;
const SOCKET_UDP_SET_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_SET_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_UDP_SET_UNICAST_HOP_LIMIT = ++call_id << CALL_SHIFT;
const SOCKET_INCOMING_DATAGRAM_STREAM_RECEIVE = ++call_id << CALL_SHIFT;
const SOCKET_OUTGOING_DATAGRAM_STREAM_CHECK_SEND = ++call_id << CALL_SHIFT;
const SOCKET_OUTGOING_DATAGRAM_STREAM_SEND = ++call_id << CALL_SHIFT;
const SOCKET_DATAGRAM_STREAM_SUBSCRIBE = ++call_id << CALL_SHIFT;
const SOCKET_DATAGRAM_STREAM_DISPOSE = ++call_id << CALL_SHIFT;
const SOCKET_GET_DEFAULT_SEND_BUFFER_SIZE = ++call_id << CALL_SHIFT;
const SOCKET_GET_DEFAULT_RECEIVE_BUFFER_SIZE = ++call_id << CALL_SHIFT;
// Name lookup
const SOCKET_RESOLVE_ADDRESS_CREATE_REQUEST = ++call_id << CALL_SHIFT;
const SOCKET_RESOLVE_ADDRESS_TAKE_REQUEST = ++call_id << CALL_SHIFT;
const SOCKET_RESOLVE_ADDRESS_SUBSCRIBE_REQUEST = ++call_id << CALL_SHIFT;
const SOCKET_RESOLVE_ADDRESS_DISPOSE_REQUEST = ++call_id << CALL_SHIFT;
// Host extensions execute alongside the streams they operate on.
const WORKER_EXTENSION_CALL = ++call_id << CALL_SHIFT;
const reverseMap = {};

for (const name of Object.getOwnPropertyNames(calls_namespaceObject)) {
    if (name === "reverseMap") {
        continue;
    }
    reverseMap[calls_namespaceObject[name]] = name;
}

// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __nccwpck_require__(1708);
;// CONCATENATED MODULE: ./node_modules/@bytecodealliance/preview2-shim/dist/io/worker-io.js




const symbolDispose = Symbol.dispose || Symbol.for("dispose");
const _rawDebug = "_rawDebug" in external_node_process_
    ? external_node_process_._rawDebug
    : console.error.bind(console);
const httpIncomingHandlers = new Map();
function registerIncomingHttpHandler(id, handler) {
    httpIncomingHandlers.set(id, handler);
}
const instanceId = Math.round(Math.random() * 1000).toString();
const DEBUG_DEFAULT = false;
const DEBUG = external_node_process_.env.PREVIEW2_SHIM_DEBUG === "0"
    ? false
    : external_node_process_.env.PREVIEW2_SHIM_DEBUG === "1"
        ? true
        : DEBUG_DEFAULT;
/**
 * @type {(call: number, id: number | null, payload: any) -> any}
 */
let ioCall = createSyncFn((options) => new external_node_worker_threads_.Worker(__nccwpck_require__.ab + "worker-thread.bundle.js", options), DEBUG, (type, id, payload) => {
    // 'callbacks' from the worker
    // ONLY happens for an http server incoming handler, and NOTHING else (not even sockets, since accept is sync!)
    if (type !== HTTP_SERVER_INCOMING_HANDLER) {
        throw new Error("Internal error: only incoming handler callback is permitted");
    }
    const handler = httpIncomingHandlers.get(id);
    if (!handler) {
        throw new Error(`Internal error: no incoming handler registered for server ${id}`);
    }
    handler(payload);
});
if (DEBUG) {
    const _ioCall = ioCall;
    ioCall = function ioCall(num, id, payload) {
        if (typeof id !== "number" && id !== null) {
            throw new Error("id must be a number or null");
        }
        let ret;
        try {
            _rawDebug(instanceId, reverseMap[num & CALL_MASK], reverseMap[num & CALL_TYPE_MASK], id, payload);
            ret = _ioCall(num, id, payload);
            return ret;
        }
        catch (e) {
            ret = e;
            throw ret;
        }
        finally {
            _rawDebug(instanceId, "->", ret);
        }
    };
}
const finalizationRegistry = new FinalizationRegistry((dispose) => void dispose());
const dummySymbol = Symbol();
function registerDispose(resource, parentResource, id, disposeFn) {
    // While strictly speaking all components should handle their disposal,
    // this acts as a last-resort to catch all missed drops through the JS GC.
    // Mainly for two cases - (1) components which are long lived, that get shut
    // down and (2) users that interface with low-level WASI APIs directly in JS
    // for various reasons may end up leaning on JS GC inadvertantly.
    function finalizer() {
        // This has no functional purpose other than to pin a strong reference
        // from the child resource's finalizer to the parent resource, to ensure
        // that we can never finalize a parent resource before a child resource.
        // This makes the generational JS GC become piecewise over child resource
        // graphs (generational at each resource hierarchy level at least).
        if (parentResource?.[dummySymbol]) {
            return;
        }
        disposeFn(id);
    }
    finalizationRegistry.register(resource, finalizer, finalizer);
    return finalizer;
}
function earlyDispose(finalizer) {
    finalizationRegistry.unregister(finalizer);
    finalizer();
}
const _Error = Error;
const IoError = class Error extends _Error {
    payload;
    constructor(payload) {
        super(payload);
        this.payload = payload;
    }
    toDebugString() {
        return this.message;
    }
};
function streamIoErrorCall(call, id, payload) {
    try {
        return ioCall(call, id, payload);
    }
    catch (e) {
        if (e.tag === "closed") {
            throw e;
        }
        if (e.tag === "last-operation-failed") {
            e.val = new IoError(Object.assign(new Error(e.val.message), e.val));
            throw e;
        }
        // any invalid error is a trap
        console.trace(e);
        (0,external_node_process_.exit)(1);
    }
}
class InputStream {
    #id;
    #streamType;
    #finalizer;
    read(len) {
        return streamIoErrorCall(INPUT_STREAM_READ | this.#streamType, this.#id, len);
    }
    blockingRead(len) {
        return streamIoErrorCall(INPUT_STREAM_BLOCKING_READ | this.#streamType, this.#id, len);
    }
    skip(len) {
        return streamIoErrorCall(INPUT_STREAM_SKIP | this.#streamType, this.#id, len);
    }
    blockingSkip(len) {
        return streamIoErrorCall(INPUT_STREAM_BLOCKING_SKIP | this.#streamType, this.#id, len);
    }
    subscribe() {
        return pollableCreate(ioCall(INPUT_STREAM_SUBSCRIBE | this.#streamType, this.#id), this);
    }
    static _id(stream) {
        return stream.#id;
    }
    /**
     * @param {FILE | SOCKET_TCP | STDIN | HTTP} streamType
     */
    static _create(streamType, id) {
        const stream = new InputStream();
        stream.#id = id;
        stream.#streamType = streamType;
        let disposeFn;
        switch (streamType) {
            case FILE:
                disposeFn = fileInputStreamDispose;
                break;
            case SOCKET_TCP:
                disposeFn = socketTcpInputStreamDispose;
                break;
            case STDIN:
                disposeFn = stdinInputStreamDispose;
                break;
            case HTTP:
                disposeFn = httpInputStreamDispose;
                break;
            default:
                throw new Error("wasi-io trap: Dispose function not created for stream type " +
                    reverseMap[streamType]);
        }
        stream.#finalizer = registerDispose(stream, null, id, disposeFn);
        return stream;
    }
    [symbolDispose]() {
        if (this.#finalizer) {
            earlyDispose(this.#finalizer);
            this.#finalizer = null;
        }
    }
}
function fileInputStreamDispose(id) {
    ioCall(INPUT_STREAM_DISPOSE | FILE, id, null);
}
function socketTcpInputStreamDispose(id) {
    ioCall(INPUT_STREAM_DISPOSE | SOCKET_TCP, id, null);
}
function stdinInputStreamDispose(id) {
    ioCall(INPUT_STREAM_DISPOSE | STDIN, id, null);
}
function httpInputStreamDispose(id) {
    ioCall(INPUT_STREAM_DISPOSE | HTTP, id, null);
}
const inputStreamCreate = InputStream._create;
// @ts-expect-error - Deleting static method
delete InputStream._create;
const inputStreamId = InputStream._id;
// @ts-expect-error - Deleting static method
delete InputStream._id;
class OutputStream {
    #id;
    #streamType;
    #finalizer;
    checkWrite() {
        return streamIoErrorCall(OUTPUT_STREAM_CHECK_WRITE | this.#streamType, this.#id, null);
    }
    write(buf) {
        if (this.#streamType <= STDERR) {
            return this.blockingWriteAndFlush(buf);
        }
        return streamIoErrorCall(OUTPUT_STREAM_WRITE | this.#streamType, this.#id, buf);
    }
    blockingWriteAndFlush(buf) {
        if (this.#streamType <= STDERR) {
            const stream = this.#streamType === STDERR ? external_node_process_.stderr : external_node_process_.stdout;
            return void stream.write(buf);
        }
        return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_WRITE_AND_FLUSH | this.#streamType, this.#id, buf);
    }
    flush() {
        return streamIoErrorCall(OUTPUT_STREAM_FLUSH | this.#streamType, this.#id, undefined);
    }
    blockingFlush() {
        return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_FLUSH | this.#streamType, this.#id, undefined);
    }
    writeZeroes(len) {
        return streamIoErrorCall(OUTPUT_STREAM_WRITE_ZEROES | this.#streamType, this.#id, len);
    }
    blockingWriteZeroesAndFlush(len) {
        return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_WRITE_ZEROES_AND_FLUSH | this.#streamType, this.#id, len);
    }
    splice(src, len) {
        return streamIoErrorCall(OUTPUT_STREAM_SPLICE | this.#streamType, this.#id, {
            src: src.#id,
            len,
        });
    }
    blockingSplice(src, len) {
        return streamIoErrorCall(OUTPUT_STREAM_BLOCKING_SPLICE | this.#streamType, this.#id, {
            src: inputStreamId(src),
            len,
        });
    }
    subscribe() {
        return pollableCreate(ioCall(OUTPUT_STREAM_SUBSCRIBE | this.#streamType, this.#id), undefined);
    }
    static _id(outputStream) {
        return outputStream.#id;
    }
    /**
     * @param {OutputStreamType} streamType
     * @param {any} createPayload
     */
    static _create(streamType, id) {
        const stream = new OutputStream();
        stream.#id = id;
        stream.#streamType = streamType;
        let disposeFn;
        switch (streamType) {
            case STDOUT:
                disposeFn = stdoutOutputStreamDispose;
                break;
            case STDERR:
                disposeFn = stderrOutputStreamDispose;
                break;
            case SOCKET_TCP:
                disposeFn = socketTcpOutputStreamDispose;
                break;
            case FILE:
                disposeFn = fileOutputStreamDispose;
                break;
            case HTTP:
                return stream;
            default:
                throw new Error("wasi-io trap: Dispose function not created for stream type " +
                    reverseMap[streamType]);
        }
        stream.#finalizer = registerDispose(stream, null, id, disposeFn);
        return stream;
    }
    [symbolDispose]() {
        if (this.#finalizer) {
            earlyDispose(this.#finalizer);
            this.#finalizer = null;
        }
    }
}
function stdoutOutputStreamDispose(id) {
    ioCall(OUTPUT_STREAM_DISPOSE | STDOUT, id);
}
function stderrOutputStreamDispose(id) {
    ioCall(OUTPUT_STREAM_DISPOSE | STDERR, id);
}
function socketTcpOutputStreamDispose(id) {
    ioCall(OUTPUT_STREAM_DISPOSE | SOCKET_TCP, id);
}
function fileOutputStreamDispose(id) {
    ioCall(OUTPUT_STREAM_DISPOSE | FILE, id);
}
const outputStreamCreate = OutputStream._create;
// @ts-expect-error - Deleting static method
delete OutputStream._create;
const outputStreamId = OutputStream._id;
// @ts-expect-error - Deleting static method
delete OutputStream._id;
const error = { Error: IoError };
const streams = { InputStream, OutputStream };
function pollableDispose(id) {
    ioCall(POLL_POLLABLE_DISPOSE, id);
}
const rep = Symbol.for("cabiRep");
class Pollable {
    #finalizer;
    ready() {
        return ioCall(POLL_POLLABLE_READY, this[rep]);
    }
    block() {
        ioCall(POLL_POLLABLE_BLOCK, this[rep]);
    }
    static _create(id, parent) {
        const pollable = new Pollable();
        pollable[rep] = id;
        pollable.#finalizer = registerDispose(pollable, parent, id, pollableDispose);
        return pollable;
    }
    [symbolDispose]() {
        if (this.#finalizer && this[rep]) {
            earlyDispose(this.#finalizer);
            this.#finalizer = null;
        }
    }
}
const cabiLowerSymbol = Symbol.for("cabiLower");
const T_FLAG = 1 << 30;
Pollable.prototype.ready[cabiLowerSymbol] = function ({ resourceTables: [table] }) {
    return function pollableReady(handle) {
        const rep = table[(handle << 1) + 1] & ~T_FLAG;
        const ready = ioCall(POLL_POLLABLE_READY, rep);
        return ready ? 1 : 0;
    };
};
Pollable.prototype.block[cabiLowerSymbol] = function ({ resourceTables: [table] }) {
    return function pollableBlock(handle) {
        const rep = table[(handle << 1) + 1] & ~T_FLAG;
        ioCall(POLL_POLLABLE_BLOCK, rep);
    };
};
Pollable[Symbol.for("cabiDispose")] = function pollableDispose(rep) {
    ioCall(POLL_POLLABLE_DISPOSE, rep);
};
const pollableCreate = Pollable._create;
// @ts-expect-error - Deleting static method
delete Pollable._create;
const poll = {
    Pollable,
    poll(list) {
        return ioCall(POLL_POLL_LIST, null, list.map((pollable) => pollable[rep]));
    },
};
poll.poll[cabiLowerSymbol] = function ({ memory, realloc, resourceTables: [table] }) {
    return function pollPollList(listPtr, len, retptr) {
        const handleList = new Uint32Array(memory.buffer, listPtr, len);
        const repList = Array(len);
        for (let i = 0; i < len; i++) {
            const handle = handleList[i];
            repList[i] = table[(handle << 1) + 1] & ~T_FLAG;
        }
        const result = ioCall(POLL_POLL_LIST, null, repList);
        const ptr = realloc(0, 0, 4, result.byteLength);
        const out = new Uint32Array(memory.buffer, ptr, result.length);
        out.set(result);
        const ret = new Uint32Array(memory.buffer, retptr, 2);
        ret[0] = ptr;
        ret[1] = result.length;
        return retptr;
    };
};
function createPoll(call, id, initPayload) {
    return pollableCreate(ioCall(call, id, initPayload), undefined);
}
function createPollLower(call, id, table) {
    return function (initPayload) {
        const rep = ioCall(call, id, initPayload);
        const free = table[0] & ~T_FLAG;
        if (free === 0) {
            table.push(0);
            table.push(rep | T_FLAG);
            return (table.length >> 1) - 1;
        }
        table[0] = table[free << 1];
        table[free << 1] = 0;
        table[(free << 1) + 1] = rep | T_FLAG;
        return free;
    };
}

;// CONCATENATED MODULE: ./node_modules/@bytecodealliance/preview2-shim/dist/nodejs/filesystem.js





const filesystem_symbolDispose = Symbol.dispose || Symbol.for("dispose");
const isWindows = external_node_process_.platform === "win32";
const isMac = external_node_process_.platform === "darwin";
const hostPath = isWindows ? external_node_path_.win32 : external_node_path_.posix;
const MAX_SYMLINKS = 40;
function normalizeHostPath(path) {
    return isWindows ? path.replace(/\\/g, "/") : path;
}
const nsMagnitude = 1000000000n;
function nsToDateTime(ns) {
    const seconds = ns / nsMagnitude;
    const nanoseconds = Number(ns % nsMagnitude);
    return { seconds, nanoseconds };
}
function lookupType(obj) {
    if (obj.isFile()) {
        return "regular-file";
    }
    else if (obj.isSocket()) {
        return "socket";
    }
    else if (obj.isSymbolicLink()) {
        return "symbolic-link";
    }
    else if (obj.isFIFO()) {
        return "fifo";
    }
    else if (obj.isDirectory()) {
        return "directory";
    }
    else if (obj.isCharacterDevice()) {
        return "character-device";
    }
    else if (obj.isBlockDevice()) {
        return "block-device";
    }
    return "unknown";
}
function closeFileResource(id) {
    ioCall(FILESYSTEM_DESCRIPTOR_CLOSE, id);
}
// Note: This should implement per-segment semantics of openAt, but we cannot
//       currently due to the lack of support for openat() in Node.js.
//       Tracking issue: https://github.com/libuv/libuv/issues/4167
/**
 * @implements {DescriptorProps}
 */
class Descriptor {
    #hostPreopen;
    #fileResourceId;
    #finalizer;
    #mode;
    #fullPath;
    _id = 0;
    static _createPreopen(hostPreopen) {
        const descriptor = new Descriptor();
        descriptor.#hostPreopen = hostPreopen.endsWith("/")
            ? hostPreopen.slice(0, -1) || "/"
            : hostPreopen;
        // Windows requires UNC paths at minimum
        if (isWindows) {
            descriptor.#hostPreopen = descriptor.#hostPreopen.replace(/\\/g, "/");
            if (descriptor.#hostPreopen === "/") {
                descriptor.#hostPreopen = "//";
            }
        }
        return descriptor;
    }
    static _create(fileResourceId, mode, fullPath) {
        const descriptor = new Descriptor();
        descriptor.#fileResourceId = fileResourceId;
        descriptor.#finalizer = registerDispose(descriptor, null, fileResourceId, closeFileResource);
        descriptor.#mode = mode;
        descriptor.#fullPath = fullPath;
        return descriptor;
    }
    [filesystem_symbolDispose]() {
        if (this.#finalizer) {
            earlyDispose(this.#finalizer);
            this.#finalizer = null;
        }
    }
    readViaStream(offset) {
        if (this.#hostPreopen) {
            throw "is-directory";
        }
        return inputStreamCreate(FILE, ioCall(INPUT_STREAM_CREATE | FILE, null, {
            descriptorId: this.#fileResourceId,
            offset,
        }));
    }
    writeViaStream(offset) {
        if (this.#hostPreopen) {
            throw "is-directory";
        }
        return outputStreamCreate(FILE, ioCall(OUTPUT_STREAM_CREATE | FILE, null, {
            descriptorId: this.#fileResourceId,
            offset,
        }));
    }
    appendViaStream() {
        return this.writeViaStream(this.stat().size);
    }
    advise(offset, length, advice) {
        if (this.getType() === "directory") {
            throw "bad-descriptor";
        }
        try {
            ioCall(FILESYSTEM_DESCRIPTOR_ADVISE, this.#fileResourceId, {
                offset,
                length,
                advice,
            });
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    syncData() {
        if (this.#hostPreopen) {
            throw "invalid";
        }
        try {
            ioCall(FILESYSTEM_DESCRIPTOR_SYNC_DATA, this.#fileResourceId);
        }
        catch (e) {
            if (e.code === "EPERM") {
                return;
            }
            throw convertFsError(e);
        }
    }
    getFlags() {
        return this.#mode;
    }
    getType() {
        if (this.#hostPreopen) {
            return "directory";
        }
        return ioCall(FILESYSTEM_DESCRIPTOR_GET_TYPE, this.#fileResourceId);
    }
    setSize(size) {
        if (this.#hostPreopen) {
            throw "is-directory";
        }
        try {
            ioCall(FILESYSTEM_DESCRIPTOR_SET_SIZE, this.#fileResourceId, Number(size));
        }
        catch (e) {
            if (isWindows && e.code === "EPERM") {
                throw "access";
            }
            throw convertFsError(e);
        }
    }
    setTimes(dataAccessTimestamp, dataModificationTimestamp) {
        if (this.#hostPreopen) {
            throw "invalid";
        }
        let stats;
        if (dataAccessTimestamp.tag === "no-change" ||
            dataModificationTimestamp.tag === "no-change") {
            stats = this.stat();
        }
        const atime = this.#getNewTimestamp(dataAccessTimestamp, dataAccessTimestamp.tag === "no-change" && stats.dataAccessTimestamp);
        const mtime = this.#getNewTimestamp(dataModificationTimestamp, dataModificationTimestamp.tag === "no-change" && stats.dataModificationTimestamp);
        try {
            ioCall(FILESYSTEM_DESCRIPTOR_SET_TIMES, this.#fileResourceId, { atime, mtime });
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    #getNewTimestamp(newTimestamp, maybeNow) {
        switch (newTimestamp.tag) {
            case "no-change":
                return timestampToMs(maybeNow);
            case "timestamp":
                return timestampToMs(newTimestamp.val);
            default:
                return Math.floor(Date.now() / 1e3);
        }
    }
    read(length, offset) {
        if (!this.#fullPath) {
            throw "bad-descriptor";
        }
        const { bytes, eof } = ioCall(FILESYSTEM_DESCRIPTOR_READ, this.#fileResourceId, {
            length: Number(length),
            offset: Number(offset),
        });
        return [bytes, eof];
    }
    write(buffer, offset) {
        if (!this.#fullPath) {
            throw "bad-descriptor";
        }
        return BigInt(ioCall(FILESYSTEM_DESCRIPTOR_WRITE, this.#fileResourceId, {
            buffer,
            offset: Number(offset),
        }));
    }
    readDirectory() {
        if (!this.#fullPath) {
            throw "bad-descriptor";
        }
        try {
            const dir = (0,external_node_fs_.opendirSync)(this.#fullPath);
            return directoryEntryStreamCreate(dir);
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    sync() {
        if (this.#hostPreopen) {
            throw "invalid";
        }
        try {
            ioCall(FILESYSTEM_DESCRIPTOR_SYNC, this.#fileResourceId);
        }
        catch (e) {
            if (e.code === "EPERM") {
                return;
            }
            throw convertFsError(e);
        }
    }
    createDirectoryAt(path) {
        const fullPath = this.#getFullPath(path, false);
        try {
            (0,external_node_fs_.mkdirSync)(fullPath);
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    stat() {
        if (this.#hostPreopen) {
            throw "invalid";
        }
        let stats;
        try {
            stats = ioCall(FILESYSTEM_DESCRIPTOR_STAT, this.#fileResourceId);
        }
        catch (e) {
            throw convertFsError(e);
        }
        const type = stats.type;
        return {
            type,
            linkCount: stats.nlink,
            size: stats.size,
            dataAccessTimestamp: nsToDateTime(stats.atimeNs),
            dataModificationTimestamp: nsToDateTime(stats.mtimeNs),
            statusChangeTimestamp: nsToDateTime(stats.ctimeNs),
        };
    }
    statAt(pathFlags, path) {
        const fullPath = this.#getFullPath(path, pathFlags.symlinkFollow);
        let stats;
        try {
            stats = (pathFlags.symlinkFollow ? external_node_fs_.statSync : external_node_fs_.lstatSync)(fullPath, {
                bigint: true,
            });
        }
        catch (e) {
            throw convertFsError(e);
        }
        const type = lookupType(stats);
        return {
            type,
            linkCount: stats.nlink,
            size: stats.size,
            dataAccessTimestamp: nsToDateTime(stats.atimeNs),
            dataModificationTimestamp: nsToDateTime(stats.mtimeNs),
            statusChangeTimestamp: nsToDateTime(stats.ctimeNs),
        };
    }
    setTimesAt(pathFlags, path, dataAccessTimestamp, dataModificationTimestamp) {
        const fullPath = this.#getFullPath(path, pathFlags.symlinkFollow);
        let stats;
        if (dataAccessTimestamp.tag === "no-change" ||
            dataModificationTimestamp.tag === "no-change") {
            stats = this.stat();
        }
        const atime = this.#getNewTimestamp(dataAccessTimestamp, dataAccessTimestamp.tag === "no-change" && stats.dataAccessTimestamp);
        const mtime = this.#getNewTimestamp(dataModificationTimestamp, dataModificationTimestamp.tag === "no-change" && stats.dataModificationTimestamp);
        if (!pathFlags.symlinkFollow && !external_node_fs_.lutimesSync) {
            throw new Error("Changing the timestamps of symlinks isn't supported");
        }
        let metadataSetFn = pathFlags.symlinkFollow ? external_node_fs_.utimesSync : external_node_fs_.lutimesSync;
        try {
            metadataSetFn(fullPath, atime / 1000, mtime / 1000);
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    linkAt(oldPathFlags, oldPath, newDescriptor, newPath) {
        const oldFullPath = this.#getFullPath(oldPath, oldPathFlags.symlinkFollow);
        const newFullPath = newDescriptor.#getFullPath(newPath, false);
        // Windows doesn't automatically fail on trailing slashes
        if (isWindows && newFullPath.endsWith("/")) {
            throw "no-entry";
        }
        try {
            (0,external_node_fs_.linkSync)(oldFullPath, newFullPath);
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    openAt(pathFlags, path, openFlags, descriptorFlags) {
        const fullPath = this.#getFullPath(path, pathFlags.symlinkFollow);
        let fsOpenFlags = 0x0;
        if (openFlags.create) {
            fsOpenFlags |= external_node_fs_.constants.O_CREAT;
        }
        if (openFlags.directory) {
            fsOpenFlags |= external_node_fs_.constants.O_DIRECTORY;
        }
        if (openFlags.exclusive) {
            fsOpenFlags |= external_node_fs_.constants.O_EXCL;
        }
        if (openFlags.truncate) {
            fsOpenFlags |= external_node_fs_.constants.O_TRUNC;
        }
        if (descriptorFlags.read && descriptorFlags.write) {
            fsOpenFlags |= external_node_fs_.constants.O_RDWR;
        }
        else if (descriptorFlags.write) {
            fsOpenFlags |= external_node_fs_.constants.O_WRONLY;
        }
        else if (descriptorFlags.read) {
            fsOpenFlags |= external_node_fs_.constants.O_RDONLY;
        }
        if (descriptorFlags.fileIntegritySync) {
            fsOpenFlags |= external_node_fs_.constants.O_SYNC;
        }
        if (descriptorFlags.dataIntegritySync) {
            fsOpenFlags |= external_node_fs_.constants.O_DSYNC;
        }
        if (!pathFlags.symlinkFollow) {
            fsOpenFlags |= external_node_fs_.constants.O_NOFOLLOW;
        }
        if (descriptorFlags.requestedWriteSync || descriptorFlags.mutateDirectory) {
            throw "unsupported";
        }
        // Currently throw to match Wasmtime
        if (descriptorFlags.fileIntegritySync || descriptorFlags.dataIntegritySync) {
            throw "unsupported";
        }
        if (isWindows) {
            if (!pathFlags.symlinkFollow && !openFlags.create) {
                let isSymlink = false;
                try {
                    isSymlink = (0,external_node_fs_.lstatSync)(fullPath).isSymbolicLink();
                }
                catch {
                    //
                }
                if (isSymlink) {
                    throw openFlags.directory ? "not-directory" : "loop";
                }
            }
            if (pathFlags.symlinkFollow && openFlags.directory) {
                let isFile = false;
                try {
                    isFile = !(0,external_node_fs_.statSync)(fullPath).isDirectory();
                }
                catch {
                    //
                }
                if (isFile) {
                    throw "not-directory";
                }
            }
        }
        try {
            const { id, type } = ioCall(FILESYSTEM_DESCRIPTOR_OPEN, null, {
                path: fullPath.endsWith("/") ? fullPath.slice(0, -1) : fullPath,
                flags: fsOpenFlags,
            });
            // Wasmtime's updated path_open_preopen test requires ISDIR for a
            // writable directory on every platform.
            //
            // Windows may still open it, so check the returned descriptor type.
            if (type === "directory" && descriptorFlags.write) {
                // Release the opened handle before reporting the error.
                closeFileResource(id);
                throw "is-directory";
            }
            const descriptor = descriptorCreate(id, descriptorFlags, fullPath);
            if (fullPath.endsWith("/") && type !== "directory") {
                descriptor[filesystem_symbolDispose]();
                throw "not-directory";
            }
            return descriptor;
        }
        catch (e) {
            if (e.code === "ERR_INVALID_ARG_VALUE") {
                throw isWindows ? "no-entry" : "invalid";
            }
            throw convertFsError(e);
        }
    }
    readlinkAt(path) {
        const fullPath = this.#getFullPath(path, false);
        try {
            const target = (0,external_node_fs_.readlinkSync)(fullPath);
            return isWindows ? target.replace(/\\/g, "/") : target;
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    removeDirectoryAt(path) {
        const fullPath = this.#getFullPath(path, false);
        try {
            (0,external_node_fs_.rmdirSync)(fullPath);
        }
        catch (e) {
            if (isWindows && e.code === "ENOENT") {
                throw "not-directory";
            }
            throw convertFsError(e);
        }
    }
    renameAt(oldPath, newDescriptor, newPath) {
        const oldFullPath = this.#getFullPath(oldPath, false);
        const newFullPath = newDescriptor.#getFullPath(newPath, false);
        try {
            (0,external_node_fs_.renameSync)(oldFullPath, newFullPath);
        }
        catch (e) {
            if (isWindows && e.code === "EPERM") {
                throw "access";
            }
            throw convertFsError(e);
        }
    }
    symlinkAt(target, path) {
        const fullPath = this.#getFullPath(path, false);
        if (target.startsWith("/")) {
            throw "not-permitted";
        }
        try {
            (0,external_node_fs_.symlinkSync)(target, fullPath);
        }
        catch (e) {
            if (fullPath.endsWith("/") && e.code === "EEXIST") {
                let isDir = false;
                try {
                    isDir = (0,external_node_fs_.statSync)(fullPath).isDirectory();
                }
                catch {
                    //
                }
                if (!isDir) {
                    throw isWindows ? "no-entry" : "not-directory";
                }
            }
            if (isWindows) {
                if (e.code === "EPERM" || e.code === "EEXIST") {
                    throw "no-entry";
                }
            }
            throw convertFsError(e);
        }
    }
    unlinkFileAt(path) {
        const fullPath = this.#getFullPath(path, false);
        try {
            if (fullPath.endsWith("/")) {
                let isDir = false;
                try {
                    isDir = (0,external_node_fs_.statSync)(fullPath).isDirectory();
                }
                catch {
                    //
                }
                throw isDir
                    ? isWindows
                        ? "access"
                        : isMac
                            ? "not-permitted"
                            : "is-directory"
                    : "not-directory";
            }
            (0,external_node_fs_.unlinkSync)(fullPath);
        }
        catch (e) {
            if (isWindows && e.code === "EPERM") {
                throw "access";
            }
            throw convertFsError(e);
        }
    }
    isSameObject(other) {
        return other === this;
    }
    metadataHash() {
        if (this.#hostPreopen) {
            return { upper: 0n, lower: BigInt(this._id) };
        }
        try {
            return ioCall(FILESYSTEM_DESCRIPTOR_METADATA_HASH, this.#fileResourceId);
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    metadataHashAt(pathFlags, path) {
        const fullPath = this.#getFullPath(path, pathFlags.symlinkFollow);
        try {
            const stats = (pathFlags.symlinkFollow ? external_node_fs_.statSync : external_node_fs_.lstatSync)(fullPath, {
                bigint: true,
            });
            return { upper: stats.mtimeNs, lower: stats.ino };
        }
        catch (e) {
            throw convertFsError(e);
        }
    }
    #getFullPath(subpath, followFinalSymlink) {
        subpath = subpath.replace(/\\/g, "/").replace(/\/\/+/g, "/");
        if (subpath.startsWith("/")) {
            throw "not-permitted";
        }
        const trailingSlash = subpath.endsWith("/");
        const segments = [];
        for (const segment of subpath.split("/")) {
            if (segment === "" || segment === ".") {
                continue;
            }
            if (segment === "..") {
                if (segments.pop() === undefined) {
                    throw "not-permitted";
                }
            }
            else {
                segments.push(segment);
            }
        }
        const base = this.#hostPreopen ?? this.#fullPath;
        // The default Windows preopen intentionally represents every drive and
        // UNC share, so there is no narrower host boundary to enforce.
        if (isWindows && this.#hostPreopen === "//") {
            const normalized = segments.join("/");
            const fullPath = /^[a-zA-Z]:\//.test(normalized)
                ? `//?/${normalized}`
                : `//${normalized}`;
            return trailingSlash && normalized ? `${fullPath}/` : fullPath;
        }
        let baseResolved;
        try {
            baseResolved = normalizeHostPath((0,external_node_fs_.realpathSync)(base));
        }
        catch (error) {
            throw convertFsError(error);
        }
        let current = baseResolved;
        let pending = [...segments];
        let followedSymlinks = 0;
        while (pending.length > 0) {
            const segment = pending.shift();
            const candidate = normalizeHostPath(hostPath.join(current, segment));
            let stats;
            try {
                stats = (0,external_node_fs_.lstatSync)(candidate);
            }
            catch (error) {
                if (error.code === "ENOENT") {
                    const unresolved = normalizeHostPath(hostPath.join(candidate, ...pending));
                    return trailingSlash ? `${unresolved}/` : unresolved;
                }
                throw convertFsError(error);
            }
            const isFinal = pending.length === 0;
            if (!stats.isSymbolicLink() || (isFinal && !followFinalSymlink && !trailingSlash)) {
                current = candidate;
                continue;
            }
            if (++followedSymlinks > MAX_SYMLINKS) {
                throw "loop";
            }
            let target;
            try {
                target = (0,external_node_fs_.readlinkSync)(candidate);
            }
            catch (error) {
                throw convertFsError(error);
            }
            let targetSegments;
            if (hostPath.isAbsolute(target)) {
                throw "not-permitted";
            }
            else {
                const relativeCurrent = hostPath.relative(baseResolved, current);
                targetSegments = relativeCurrent ? relativeCurrent.split(hostPath.sep) : [];
                for (const targetSegment of target.replace(/\\/g, "/").split("/")) {
                    if (targetSegment === "" || targetSegment === ".") {
                        continue;
                    }
                    if (targetSegment === "..") {
                        if (targetSegments.pop() === undefined) {
                            throw "not-permitted";
                        }
                    }
                    else {
                        targetSegments.push(targetSegment);
                    }
                }
            }
            pending = [...targetSegments, ...pending];
            current = baseResolved;
        }
        return trailingSlash && current !== baseResolved ? `${current}/` : current;
    }
}
const descriptorCreatePreopen = Descriptor._createPreopen;
// @ts-expect-error - Deleting static method
delete Descriptor._createPreopen;
const descriptorCreate = Descriptor._create;
// @ts-expect-error - Deleting static method
delete Descriptor._create;
class DirectoryEntryStream {
    #dir;
    #finalizer;
    readDirectoryEntry() {
        let entry;
        try {
            entry = this.#dir.readSync();
        }
        catch (e) {
            throw convertFsError(e);
        }
        if (entry === null) {
            return undefined;
        }
        const name = entry.name;
        const type = lookupType(entry);
        return { name, type };
    }
    static _create(dir) {
        const dirStream = new DirectoryEntryStream();
        dirStream.#finalizer = registerDispose(dirStream, null, 0, dir.closeSync.bind(dir));
        dirStream.#dir = dir;
        return dirStream;
    }
    [filesystem_symbolDispose]() {
        if (this.#finalizer) {
            earlyDispose(this.#finalizer);
            this.#finalizer = null;
        }
    }
}
const directoryEntryStreamCreate = DirectoryEntryStream._create;
// @ts-expect-error Deleting static method
delete DirectoryEntryStream._create;
let preopenEntries = [];
const preopens = {
    getDirectories() {
        return preopenEntries;
    },
};
const types = {
    Descriptor,
    DirectoryEntryStream,
    filesystemErrorCode(err) {
        return convertFsError(err.payload);
    },
};
/** Create isolated filesystem namespaces from Node.js host-path preopens. */
function createFilesystem({ preopens }) {
    const entries = Object.entries(preopens).map(([virtualPath, hostPath]) => [descriptorCreatePreopen(hostPath), virtualPath]);
    return {
        types,
        preopens: {
            getDirectories: () => [...entries],
        },
    };
}
/**
 * Replace all preopens with the given set.
 * @param {Record<string, string>} preopens - Map of virtual paths to host paths
 */
function _setPreopens(preopens) {
    preopenEntries = [];
    for (const [virtualPath, hostPreopen] of Object.entries(preopens)) {
        _addPreopen(virtualPath, hostPreopen);
    }
}
/**
 * Add a single preopen mapping.
 * @param {string} virtualPath - The virtual path visible to the guest
 * @param {string} hostPreopen - The host filesystem path
 */
function _addPreopen(virtualPath, hostPreopen) {
    const preopenEntry = [descriptorCreatePreopen(hostPreopen), virtualPath];
    preopenEntries.push(preopenEntry);
}
/**
 * Clear all preopens, giving the guest no filesystem access.
 *
 * @example
 * import { _clearPreopens } from '@bytecodealliance/preview2-shim/filesystem';
 * _clearPreopens();
 */
function _clearPreopens() {
    preopenEntries = [];
}
/**
 * Get current preopens configuration.
 * @returns {Array<[Descriptor, string]>} Array of [descriptor, virtualPath] pairs
 */
function _getPreopens() {
    return [...preopenEntries];
}
/**
 * Create a preopen descriptor for a host path.
 * This is used internally to create isolated preopen instances.
 * @param  hostPreopen - The host filesystem path
 * @returns A preopen descriptor
 */
function _createPreopenDescriptor(hostPreopen) {
    return descriptorCreatePreopen(hostPreopen);
}
function convertFsError(e) {
    switch (e.code) {
        case "EACCES":
            return "access";
        case "EAGAIN":
        case "EWOULDBLOCK":
            return "would-block";
        case "EALREADY":
            return "already";
        case "EBADF":
            return "bad-descriptor";
        case "EBUSY":
            return "busy";
        case "EDEADLK":
            return "deadlock";
        case "EDQUOT":
            return "quota";
        case "EEXIST":
            return "exist";
        case "EFBIG":
            return "file-too-large";
        case "EILSEQ":
            return "illegal-byte-sequence";
        case "EINPROGRESS":
            return "in-progress";
        case "EINTR":
            return "interrupted";
        case "EINVAL":
            return "invalid";
        case "EIO":
            return "io";
        case "EISDIR":
            return "is-directory";
        case "ELOOP":
            return "loop";
        case "EMLINK":
            return "too-many-links";
        case "EMSGSIZE":
            return "message-size";
        case "ENAMETOOLONG":
            return "name-too-long";
        case "ENODEV":
            return "no-device";
        case "ENOENT":
            return "no-entry";
        case "ENOLCK":
            return "no-lock";
        case "ENOMEM":
            return "insufficient-memory";
        case "ENOSPC":
            return "insufficient-space";
        case "ENOTDIR":
        case "ERR_FS_EISDIR":
            return "not-directory";
        case "ENOTEMPTY":
            return "not-empty";
        case "ENOTRECOVERABLE":
            return "not-recoverable";
        case "ENOTSUP":
            return "unsupported";
        case "ENOTTY":
            return "no-tty";
        // windows gives this error for badly structured `//` reads
        // this seems like a slightly better error than unknown given
        // that it's a common footgun
        case -4094:
        case "ENXIO":
            return "no-such-device";
        case "EOVERFLOW":
            return "overflow";
        case "EPERM":
            return "not-permitted";
        case "EPIPE":
            return "pipe";
        case "EROFS":
            return "read-only";
        case "ESPIPE":
            return "invalid-seek";
        case "ETXTBSY":
            return "text-file-busy";
        case "EXDEV":
            return "cross-device";
        case "UNKNOWN":
            switch (e.errno) {
                case -4094:
                    return "no-such-device";
                default:
                    throw e;
            }
        default:
            throw e;
    }
}
function timestampToMs(timestamp) {
    let secondsInMillis = timestamp.seconds * 1000n;
    if (secondsInMillis > Number.MAX_SAFE_INTEGER) {
        throw new Error(`cannot represent millisecond amount as Number [${{ secondsInMillis }}]`);
    }
    if (timestamp.nanoseconds > Number.MAX_SAFE_INTEGER) {
        throw new Error(`cannot represent millisecond amount as Number [${{ secondsInMillis }}]`);
    }
    let remainderFractionalMillis = timestamp.nanoseconds / 1_000_000;
    const res = Number(secondsInMillis) + remainderFractionalMillis;
    return res;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/plugin/bindgen/c.js
const CORE_C = { i32: 'int32_t', i64: 'int64_t', f32: 'float', f64: 'double' };
const MAX_FLAT_PARAMS = 16;
const MAX_FLAT_RESULTS = 1;
const PRIMITIVE_C = {
    bool: 'bool',
    u8: 'uint8_t',
    s8: 'int8_t',
    u16: 'uint16_t',
    s16: 'int16_t',
    u32: 'uint32_t',
    s32: 'int32_t',
    u64: 'uint64_t',
    s64: 'int64_t',
    f32: 'float',
    f64: 'double',
    char: 'uint32_t',
};
const snake = (name) => name.replace(/-/g, '_');
function unalias(type) {
    return type.kind === 'named' && type.def.kind === 'alias' ? unalias(type.def.target) : type;
}
function generateC(pkg, prefix = 'edo') {
    return new CGenerator(pkg, prefix).generate();
}
class CGenerator {
    pkg;
    prefix;
    typeDecls = [];
    declared = new Set();
    freeDecls = [];
    freeBodies = [];
    protos = [];
    glue = [];
    /** Resources the world's exported interfaces define: guest-implemented, seen by the host as reps. */
    exportedResources = new Set();
    versionSuffix;
    tempCounter = 0;
    constructor(pkg, prefix) {
        this.pkg = pkg;
        this.prefix = prefix;
        this.versionSuffix = pkg.version ? `@${pkg.version}` : '';
        for (const name of pkg.world.exports) {
            for (const def of pkg.interfaces.get(name).types)
                if (def.kind === 'resource')
                    this.exportedResources.add(def);
        }
    }
    qualified(iface) {
        return `${this.pkg.name}/${iface}${this.versionSuffix}`;
    }
    defName(def) {
        return `${this.prefix}_${snake(def.interfaceName)}_${snake(def.name)}`;
    }
    // ---- types ----
    /** Mangled name for anonymous types; also the C type name suffix. */
    mangle(type) {
        const t = unalias(type);
        switch (t.kind) {
            case 'primitive':
                return t.name;
            case 'string':
                return 'string';
            case 'list':
                return `list_${this.mangle(t.element)}`;
            case 'option':
                return `option_${this.mangle(t.inner)}`;
            case 'result':
                return `result_${t.ok ? this.mangle(t.ok) : 'void'}_${t.err ? this.mangle(t.err) : 'void'}`;
            case 'tuple':
                return `tuple${t.items.length}_${t.items.map((item) => this.mangle(item)).join('_')}`;
            case 'own':
            case 'borrow':
                return `${t.kind}_${snake(t.resource.interfaceName)}_${snake(t.resource.name)}`;
            case 'named':
                return `${snake(t.def.interfaceName)}_${snake(t.def.name)}`;
        }
    }
    /** The C type of a WIT type, declaring it (and what it contains) first. */
    cType(type) {
        const t = unalias(type);
        switch (t.kind) {
            case 'primitive':
                return PRIMITIVE_C[t.name];
            case 'own':
            case 'borrow': {
                if (t.kind === 'borrow' && this.exportedResources.has(t.resource))
                    return `${this.defName(t.resource)}_t *`;
                const name = `${this.prefix}_${snake(t.resource.interfaceName)}_${t.kind}_${snake(t.resource.name)}_t`;
                this.declare(name, () => `typedef struct { int32_t __handle; } ${name};`);
                return name;
            }
            case 'named': {
                const name = `${this.defName(t.def)}_t`;
                this.declare(name, () => this.namedBody(t.def, name));
                if (this.needsFree(t))
                    this.freeFunction(t);
                return name;
            }
            default: {
                const name = `${this.prefix}_${this.mangle(t)}_t`;
                this.declare(name, () => this.anonymousBody(t, name));
                if (this.needsFree(t))
                    this.freeFunction(t);
                return name;
            }
        }
    }
    declare(name, body) {
        if (this.declared.has(name))
            return;
        this.declared.add(name);
        const text = body(); // declares dependencies first
        this.typeDecls.push(text);
    }
    unionOf(members) {
        const present = members.filter((member) => member[1] !== undefined);
        if (present.length === 0)
            return '';
        return ` union { ${present.map(([name, type]) => `${this.cType(type)} ${name};`).join(' ')} } val;`;
    }
    anonymousBody(t, name) {
        switch (t.kind) {
            case 'string':
                return `typedef struct { uint8_t *ptr; size_t len; } ${name};`;
            case 'list':
                return `typedef struct { ${this.cType(t.element)} *ptr; size_t len; } ${name};`;
            case 'option':
                return `typedef struct { bool is_some; ${this.cType(t.inner)} val; } ${name};`;
            case 'result':
                return `typedef struct { bool is_err;${this.unionOf([
                    ['ok', t.ok],
                    ['err', t.err],
                ])} } ${name};`;
            case 'tuple':
                return `typedef struct { ${t.items.map((item, index) => `${this.cType(item)} f${index};`).join(' ')} } ${name};`;
            default:
                throw new Error(`not an anonymous type: ${t.kind}`);
        }
    }
    namedBody(def, name) {
        switch (def.kind) {
            case 'record':
                return `typedef struct { ${def.fields.map((field) => `${this.cType(field.type)} ${snake(field.name)};`).join(' ')} } ${name};`;
            case 'variant': {
                const tags = def.cases.map((c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c.name).toUpperCase()} ${index}`);
                return `${tags.join('\n')}\ntypedef struct { ${this.discriminantC(def.cases.length)} tag;${this.unionOf(def.cases.map((c) => [snake(c.name), c.type]))} } ${name};`;
            }
            case 'enum':
                return `${def.cases.map((c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c).toUpperCase()} ${index}`).join('\n')}\ntypedef ${this.discriminantC(def.cases.length)} ${name};`;
            case 'flags': {
                if (def.flags.length > 32)
                    throw new Error(`flags ${def.name}: more than 32 flags are not supported`);
                const bits = def.flags.map((flag, index) => `#define ${this.defName(def).toUpperCase()}_${snake(flag).toUpperCase()} (1u << ${index})`);
                const width = def.flags.length <= 8 ? 'uint8_t' : def.flags.length <= 16 ? 'uint16_t' : 'uint32_t';
                return `${bits.join('\n')}\ntypedef ${width} ${name};`;
            }
            case 'resource':
            case 'alias':
                throw new Error(`${def.kind} ${def.name} has no C body`);
        }
    }
    discriminantC(cases) {
        return cases <= 256 ? 'uint8_t' : cases <= 65536 ? 'uint16_t' : 'uint32_t';
    }
    // ---- flattening (canonical ABI) ----
    flat(type) {
        const t = unalias(type);
        switch (t.kind) {
            case 'primitive':
                return [
                    t.name === 'u64' || t.name === 's64'
                        ? 'i64'
                        : t.name === 'f32'
                            ? 'f32'
                            : t.name === 'f64'
                                ? 'f64'
                                : 'i32',
                ];
            case 'string':
            case 'list':
                return ['i32', 'i32'];
            case 'own':
            case 'borrow':
                return ['i32'];
            case 'tuple':
                return t.items.flatMap((item) => this.flat(item));
            case 'option':
                return this.flatVariant([undefined, t.inner]);
            case 'result':
                return this.flatVariant([t.ok, t.err]);
            case 'named': {
                const def = t.def;
                if (def.kind === 'record')
                    return def.fields.flatMap((field) => this.flat(field.type));
                if (def.kind === 'variant')
                    return this.flatVariant(def.cases.map((c) => c.type));
                return ['i32']; // enum, flags (≤ 32)
            }
        }
    }
    flatVariant(payloads) {
        const joined = [];
        for (const payload of payloads) {
            if (!payload)
                continue;
            this.flat(payload).forEach((core, index) => {
                const have = joined[index];
                if (have === undefined)
                    joined[index] = core;
                else if (have !== core)
                    joined[index] =
                        (have === 'i32' && core === 'f32') || (have === 'f32' && core === 'i32') ? 'i32' : 'i64';
            });
        }
        return ['i32', ...joined];
    }
    needsFree(type) {
        const t = unalias(type);
        switch (t.kind) {
            case 'string':
            case 'list':
                return true;
            case 'option':
                return this.needsFree(t.inner);
            case 'result':
                return (t.ok !== undefined && this.needsFree(t.ok)) || (t.err !== undefined && this.needsFree(t.err));
            case 'tuple':
                return t.items.some((item) => this.needsFree(item));
            case 'named':
                if (t.def.kind === 'record')
                    return t.def.fields.some((field) => this.needsFree(field.type));
                if (t.def.kind === 'variant')
                    return t.def.cases.some((c) => c.type !== undefined && this.needsFree(c.type));
                return false;
            default:
                return false;
        }
    }
    /** `<type>_free(T *)`: frees the memory a value owns (not the handles it holds). */
    freeFunction(type) {
        const t = unalias(type);
        const base = t.kind === 'named' ? this.defName(t.def) : `${this.prefix}_${this.mangle(t)}`;
        const name = `${base}_free`;
        if (this.declared.has(name))
            return name;
        this.declared.add(name);
        const cType = this.cType(t);
        const lines = [];
        const freeField = (fieldType, expr) => {
            if (this.needsFree(fieldType))
                lines.push(`  ${this.freeFunction(fieldType)}(&${expr});`);
        };
        switch (t.kind) {
            case 'string':
                lines.push('  if (ptr->len > 0) free(ptr->ptr);');
                break;
            case 'list':
                if (this.needsFree(t.element))
                    lines.push(`  for (size_t i = 0; i < ptr->len; i++) ${this.freeFunction(t.element)}(&ptr->ptr[i]);`);
                lines.push('  if (ptr->len > 0) free(ptr->ptr);');
                break;
            case 'option':
                lines.push(`  if (ptr->is_some) {`);
                freeField(t.inner, 'ptr->val');
                lines.push('  }');
                break;
            case 'result':
                if (t.ok && this.needsFree(t.ok))
                    lines.push(`  if (!ptr->is_err) ${this.freeFunction(t.ok)}(&ptr->val.ok);`);
                if (t.err && this.needsFree(t.err))
                    lines.push(`  if (ptr->is_err) ${this.freeFunction(t.err)}(&ptr->val.err);`);
                break;
            case 'tuple':
                t.items.forEach((item, index) => freeField(item, `ptr->f${index}`));
                break;
            case 'named':
                if (t.def.kind === 'record')
                    for (const field of t.def.fields)
                        freeField(field.type, `ptr->${snake(field.name)}`);
                if (t.def.kind === 'variant') {
                    lines.push('  switch (ptr->tag) {');
                    t.def.cases.forEach((c, index) => {
                        if (c.type && this.needsFree(c.type))
                            lines.push(`  case ${index}: ${this.freeFunction(c.type)}(&ptr->val.${snake(c.name)}); break;`);
                    });
                    lines.push('  }');
                }
                break;
            default:
                break;
        }
        this.freeDecls.push(`void ${name}(${cType} *ptr);`);
        this.freeBodies.push(`void ${name}(${cType} *ptr) {\n${lines.join('\n')}\n}`);
        return name;
    }
    temp() {
        return `t${this.tempCounter++}`;
    }
    /** Converts a flat value of core type `from` into a joined slot of core type `to`. */
    coerce(expr, from, to) {
        if (from === to)
            return expr;
        if (to === 'i64') {
            if (from === 'i32')
                return `(int64_t)(uint32_t)(${expr})`;
            if (from === 'f32')
                return `(int64_t)(uint32_t)edo_abi_f32_bits(${expr})`;
            return `edo_abi_f64_bits(${expr})`;
        }
        return `edo_abi_f32_bits(${expr})`; // f32 into an i32 slot
    }
    /** The inverse of `coerce`: a joined slot read back as the payload's own core type. */
    uncoerce(expr, slot, want) {
        if (slot === want)
            return expr;
        if (slot === 'i64') {
            if (want === 'i32')
                return `(int32_t)(${expr})`;
            if (want === 'f32')
                return `edo_abi_bits_f32((int32_t)(${expr}))`;
            return `edo_abi_bits_f64(${expr})`;
        }
        return `edo_abi_bits_f32(${expr})`;
    }
    /** Statements that lower the C value `expr` into the flat variables `out` (already declared, zeroed). */
    lowerFlat(type, expr, out, code, indent) {
        const t = unalias(type);
        const put = (value, from) => {
            const slot = out.shift();
            code.push(`${indent}${slot.name} = ${this.coerce(value, from, slot.core)};`);
        };
        switch (t.kind) {
            case 'primitive': {
                const core = this.flat(t)[0];
                put(core === 'i32' ? `(int32_t)(${expr})` : expr, core);
                return;
            }
            case 'string':
            case 'list':
                put(`(int32_t)(${expr}).ptr`, 'i32');
                put(`(int32_t)(${expr}).len`, 'i32');
                return;
            case 'own':
            case 'borrow':
                put(this.exportedResources.has(t.resource) && t.kind === 'borrow'
                    ? `(int32_t)(${expr})`
                    : `(${expr}).__handle`, 'i32');
                return;
            case 'tuple':
                t.items.forEach((item, index) => this.lowerFlat(item, `(${expr}).f${index}`, out, code, indent));
                return;
            case 'option':
                return this.lowerVariant(`(${expr}).is_some`, [[undefined], [t.inner, `(${expr}).val`]], t, out, code, indent);
            case 'result':
                return this.lowerVariant(`(${expr}).is_err`, [
                    [t.ok, `(${expr}).val.ok`],
                    [t.err, `(${expr}).val.err`],
                ], t, out, code, indent);
            case 'named': {
                const def = t.def;
                if (def.kind === 'record') {
                    for (const field of def.fields)
                        this.lowerFlat(field.type, `(${expr}).${snake(field.name)}`, out, code, indent);
                    return;
                }
                if (def.kind === 'variant') {
                    return this.lowerVariant(`(${expr}).tag`, def.cases.map((c) => [c.type, `(${expr}).val.${snake(c.name)}`]), t, out, code, indent);
                }
                put(`(int32_t)(${expr})`, 'i32');
                return;
            }
        }
    }
    lowerVariant(tag, cases, type, out, code, indent) {
        const slots = out.splice(0, this.flat(type).length);
        code.push(`${indent}${slots[0].name} = (int32_t)(${tag});`);
        code.push(`${indent}switch ((int32_t)(${tag})) {`);
        cases.forEach(([payload, expr], index) => {
            if (!payload)
                return;
            code.push(`${indent}case ${index}: {`);
            const payloadSlots = this.flat(payload).map((core, at) => ({ core, slot: slots[at + 1] }));
            // Lower into temporaries of the payload's own types, then widen into the joined slots.
            const temps = payloadSlots.map(({ core }) => ({ name: this.temp(), core }));
            for (const tempVar of temps)
                code.push(`${indent}  ${CORE_C[tempVar.core]} ${tempVar.name} = 0;`);
            this.lowerFlat(payload, expr, [...temps], code, `${indent}  `);
            payloadSlots.forEach(({ core, slot }, at) => code.push(`${indent}  ${slot.name} = ${this.coerce(temps[at].name, core, slot.core)};`));
            code.push(`${indent}  break;\n${indent}}`);
        });
        code.push(`${indent}}`);
    }
    /** Statements that lift the flat values `input` into the C lvalue `target`. */
    liftFlat(type, target, input, code, indent) {
        const t = unalias(type);
        const take = () => input.shift().expr;
        switch (t.kind) {
            case 'primitive':
                code.push(`${indent}${target} = (${PRIMITIVE_C[t.name]})(${take()});`);
                return;
            case 'string':
            case 'list':
                code.push(`${indent}${target}.ptr = (void *)(${take()});`);
                code.push(`${indent}${target}.len = (size_t)(${take()});`);
                return;
            case 'own':
            case 'borrow':
                if (t.kind === 'borrow' && this.exportedResources.has(t.resource))
                    code.push(`${indent}${target} = (void *)(${take()});`);
                else
                    code.push(`${indent}${target}.__handle = ${take()};`);
                return;
            case 'tuple':
                t.items.forEach((item, index) => this.liftFlat(item, `${target}.f${index}`, input, code, indent));
                return;
            case 'option':
                return this.liftVariant(`${target}.is_some`, [[undefined], [t.inner, `${target}.val`]], t, input, code, indent);
            case 'result':
                return this.liftVariant(`${target}.is_err`, [
                    [t.ok, `${target}.val.ok`],
                    [t.err, `${target}.val.err`],
                ], t, input, code, indent);
            case 'named': {
                const def = t.def;
                if (def.kind === 'record') {
                    for (const field of def.fields)
                        this.liftFlat(field.type, `${target}.${snake(field.name)}`, input, code, indent);
                    return;
                }
                if (def.kind === 'variant') {
                    return this.liftVariant(`${target}.tag`, def.cases.map((c) => [c.type, `${target}.val.${snake(c.name)}`]), t, input, code, indent);
                }
                code.push(`${indent}${target} = (${this.cType(t)})(${take()});`);
                return;
            }
        }
    }
    liftVariant(tag, cases, type, input, code, indent) {
        const joined = this.flat(type);
        const slots = input.splice(0, joined.length);
        code.push(`${indent}${tag} = ${slots[0].expr};`);
        code.push(`${indent}switch (${slots[0].expr}) {`);
        cases.forEach(([payload, target], index) => {
            if (!payload)
                return;
            code.push(`${indent}case ${index}: {`);
            const values = this.flat(payload).map((core, at) => ({
                expr: this.uncoerce(slots[at + 1].expr, slots[at + 1].core, core),
                core,
            }));
            this.liftFlat(payload, target, values, code, `${indent}  `);
            code.push(`${indent}  break;\n${indent}}`);
        });
        code.push(`${indent}}`);
    }
    // ---- functions ----
    cFunctionName(ifaceName, fn, resource) {
        const base = resource ? this.defName(resource) : `${this.prefix}_${snake(ifaceName)}`;
        return `${base}_${fn.role === 'constructor' ? 'new' : snake(fn.name)}`;
    }
    coreName(fn, resource) {
        if (!resource)
            return fn.name;
        if (fn.role === 'constructor')
            return `[constructor]${resource.name}`;
        return `[${fn.role}]${resource.name}.${fn.name}`;
    }
    allParams(fn, resource) {
        if (fn.role !== 'method')
            return fn.params;
        return [{ name: 'self', type: { kind: 'borrow', resource: resource } }, ...fn.params];
    }
    signature(name, fn, params) {
        const { result } = fn;
        const args = params.map((param) => `${this.cType(param.type)} ${snake(param.name)}`).join(', ') || 'void';
        return `${result ? this.cType(result) : 'void'} ${name}(${args})`;
    }
    importFunction(ifaceName, fn, resource) {
        const params = this.allParams(fn, resource);
        const result = fn.role === 'constructor' ? { kind: 'own', resource: resource } : fn.result;
        const withResult = { ...fn, result };
        const cName = this.cFunctionName(ifaceName, fn, resource);
        const signature = this.signature(cName, withResult, params);
        this.protos.push(`${signature};`);
        const flatParams = params.flatMap((param) => this.flat(param.type));
        const byPointer = flatParams.length > MAX_FLAT_PARAMS;
        const flatResult = result ? this.flat(result) : [];
        const resultInMemory = flatResult.length > MAX_FLAT_RESULTS;
        const coreParams = byPointer ? ['i32'] : [...flatParams];
        if (resultInMemory)
            coreParams.push('i32');
        const coreResult = !resultInMemory && result ? CORE_C[flatResult[0]] : 'void';
        const importName = `__wasm_import_${cName}`;
        const code = [];
        code.push(`__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("${this.coreName(fn, resource)}")))`, `extern ${coreResult} ${importName}(${coreParams.map((core) => CORE_C[core]).join(', ') || 'void'});`, `${signature} {`);
        const args = [];
        if (byPointer) {
            const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
            code.push(`  ${this.cType(tuple)} args = { ${params.map((param) => snake(param.name)).join(', ')} };`);
            args.push('(int32_t)&args');
        }
        else {
            const out = flatParams.map((core) => ({ name: this.temp(), core }));
            for (const slot of out)
                code.push(`  ${CORE_C[slot.core]} ${slot.name} = 0;`);
            args.push(...out.map((slot) => slot.name));
            for (const param of params)
                this.lowerFlat(param.type, snake(param.name), out, code, '  ');
        }
        if (!result)
            code.push(`  ${importName}(${args.join(', ')});`);
        else if (resultInMemory) {
            code.push(`  ${this.cType(result)} ret;`, `  ${importName}(${[...args, '(int32_t)&ret'].join(', ')});`, '  return ret;');
        }
        else {
            code.push(`  ${CORE_C[flatResult[0]]} flat = ${importName}(${args.join(', ')});`, `  ${this.cType(result)} ret;`);
            this.liftFlat(result, 'ret', [{ expr: 'flat', core: flatResult[0] }], code, '  ');
            code.push('  return ret;');
        }
        code.push('}');
        this.glue.push(code.join('\n'));
    }
    importResource(ifaceName, def) {
        const own = this.cType({ kind: 'own', resource: def });
        const borrow = this.cType({ kind: 'borrow', resource: def });
        const base = this.defName(def);
        this.protos.push(`/** Drops an owned ${def.name} handle. */\nvoid ${base}_drop_own(${own} handle);`, `static inline ${borrow} ${base}_borrow(${own} handle) { return (${borrow}){ handle.__handle }; }`);
        this.glue.push(`__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("[resource-drop]${def.name}")))\nextern void __wasm_import_${base}_drop(int32_t);\nvoid ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`);
        for (const fn of def.functions)
            this.importFunction(ifaceName, fn, def);
    }
    exportResource(ifaceName, def) {
        const base = this.defName(def);
        const own = this.cType({ kind: 'own', resource: def });
        const module = `[export]${this.qualified(ifaceName)}`;
        this.typeDecls.push(`/** Defined by the plugin: the state behind one ${def.name}. */\ntypedef struct ${base} ${base}_t;`);
        this.protos.push(`/** Hands a ${def.name} to the host; it calls ${base}_destructor when the last handle goes. */\n${own} ${base}_new(${base}_t *rep);`, `${base}_t *${base}_rep(${own} handle);`, `void ${base}_drop_own(${own} handle);`, `/** Implemented by the plugin when it provides ${def.name}s. */\nvoid ${base}_destructor(${base}_t *rep);`);
        this.glue.push([
            `__attribute__((import_module("${module}"), import_name("[resource-new]${def.name}"))) extern int32_t __wasm_import_${base}_new(int32_t);`,
            `__attribute__((import_module("${module}"), import_name("[resource-rep]${def.name}"))) extern int32_t __wasm_import_${base}_rep(int32_t);`,
            `__attribute__((import_module("${module}"), import_name("[resource-drop]${def.name}"))) extern void __wasm_import_${base}_drop(int32_t);`,
            `${own} ${base}_new(${base}_t *rep) { return (${own}){ __wasm_import_${base}_new((int32_t)rep) }; }`,
            `${base}_t *${base}_rep(${own} handle) { return (${base}_t *)__wasm_import_${base}_rep(handle.__handle); }`,
            `void ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`,
            `__attribute__((weak)) void ${base}_destructor(${base}_t *rep) { free(rep); }`,
            `__attribute__((export_name("${this.qualified(ifaceName)}#[dtor]${def.name}")))\nvoid __wasm_export_${base}_dtor(int32_t rep) { ${base}_destructor((${base}_t *)rep); }`,
        ].join('\n'));
        for (const fn of def.functions)
            this.exportFunction(ifaceName, fn, def);
    }
    /** The weak default of an export the plugin does not implement. */
    defaultBody(fn) {
        const result = fn.result ? unalias(fn.result) : undefined;
        const errorResource = this.errorResource();
        if (errorResource &&
            result?.kind === 'result' &&
            result.err?.kind === 'own' &&
            result.err.resource === errorResource) {
            const errorCtor = this.cFunctionName(errorResource.interfaceName, errorResource.functions[0], errorResource);
            return [
                `  ${this.cType(result)} ret = { .is_err = true };`,
                `  ret.val.err = ${errorCtor}(${this.prefix}_string_from(EDO_PLUGIN_NAME), ${this.prefix}_string_from("${fn.name} is not implemented by this plugin"));`,
                '  return ret;',
            ].join('\n');
        }
        return '  __builtin_trap();';
    }
    /** An `error` resource with a `constructor(plugin, message)`: what default exports return, if the package has one. */
    errorResource() {
        for (const iface of this.pkg.interfaces.values()) {
            for (const def of iface.types) {
                if (def.kind === 'resource' && def.name === 'error' && def.functions[0]?.role === 'constructor')
                    return def;
            }
        }
        return undefined;
    }
    exportFunction(ifaceName, fn, resource) {
        const params = this.allParams(fn, resource);
        const cName = this.cFunctionName(ifaceName, fn, resource);
        const signature = this.signature(cName, fn, params);
        this.protos.push(`${signature};`);
        const exportName = `${this.qualified(ifaceName)}#${this.coreName(fn, resource)}`;
        const flatParams = params.flatMap((param) => this.flat(param.type));
        const byPointer = flatParams.length > MAX_FLAT_PARAMS;
        const flatResult = fn.result ? this.flat(fn.result) : [];
        const resultInMemory = flatResult.length > MAX_FLAT_RESULTS;
        const coreParams = byPointer ? ['i32'] : flatParams;
        const coreResult = !fn.result ? 'void' : resultInMemory ? 'int32_t' : CORE_C[flatResult[0]];
        const wrapper = `__wasm_export_${cName}`;
        const code = [
            `__attribute__((weak)) ${signature} {`,
            ...params.map((param) => `  (void)${snake(param.name)};`),
            this.defaultBody(fn),
            '}',
            `__attribute__((export_name("${exportName}")))`,
            `${coreResult} ${wrapper}(${coreParams.map((core, index) => `${CORE_C[core]} p${index}`).join(', ') || 'void'}) {`,
        ];
        const locals = params.map((param) => ({ ...param, local: `arg_${snake(param.name)}` }));
        if (byPointer) {
            const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
            code.push(`  ${this.cType(tuple)} *args = (${this.cType(tuple)} *)p0;`);
            locals.forEach((local, index) => code.push(`  ${this.cType(local.type)} ${local.local} = args->f${index};`));
        }
        else {
            const input = coreParams.map((core, index) => ({ expr: `p${index}`, core }));
            for (const local of locals) {
                code.push(`  ${this.cType(local.type)} ${local.local};`);
                this.liftFlat(local.type, local.local, input, code, '  ');
            }
        }
        const call = `${cName}(${locals.map((local) => local.local).join(', ')})`;
        code.push(fn.result ? `  ${this.cType(fn.result)} ret = ${call};` : `  ${call};`);
        // Parameters are lent to the plugin for the call: their memory is freed here.
        for (const local of locals) {
            if (this.needsFree(local.type))
                code.push(`  ${this.freeFunction(local.type)}(&${local.local});`);
        }
        if (byPointer)
            code.push('  free(args);');
        if (fn.result && resultInMemory) {
            code.push(`  static ${this.cType(fn.result)} ret_area;`, '  ret_area = ret;', '  return (int32_t)&ret_area;');
        }
        else if (fn.result) {
            const out = [{ name: 'flat', core: flatResult[0] }];
            code.push(`  ${CORE_C[flatResult[0]]} flat = 0;`);
            this.lowerFlat(fn.result, 'ret', out, code, '  ');
            code.push('  return flat;');
        }
        code.push('}');
        if (fn.result && resultInMemory && this.needsFree(fn.result)) {
            // Results are owned by the glue once returned: freed after the host copied them.
            code.push(`__attribute__((export_name("cabi_post_${exportName}")))`, `void __wasm_post_${cName}(int32_t ret) { ${this.freeFunction(fn.result)}((${this.cType(fn.result)} *)ret); }`);
        }
        this.glue.push(code.join('\n'));
    }
    generate() {
        const guard = `${this.prefix.toUpperCase()}_BINDINGS_H`;
        const { world } = this.pkg;
        // The string type first: the helpers below use it.
        const stringType = this.cType({ kind: 'string' });
        for (const name of world.imports) {
            const iface = this.pkg.interfaces.get(name);
            this.protos.push(`\n// ---- import ${this.qualified(name)} ----`);
            for (const def of iface.types)
                if (def.kind === 'resource')
                    this.importResource(name, def);
            for (const fn of iface.functions)
                this.importFunction(name, fn);
        }
        for (const name of world.exports) {
            const iface = this.pkg.interfaces.get(name);
            this.protos.push(`\n// ---- export ${this.qualified(name)} (implement what the plugin provides) ----`);
            for (const def of iface.types)
                if (def.kind === 'resource')
                    this.exportResource(name, def);
            for (const fn of iface.functions)
                this.exportFunction(name, fn);
        }
        // Every other named type of the package, so plugins can use them all.
        for (const iface of this.pkg.interfaces.values()) {
            for (const def of iface.types)
                if (def.kind !== 'resource' && def.kind !== 'alias')
                    this.cType({ kind: 'named', def });
        }
        const header = [
            `// Generated by \`edo plugin bindgen --lang c\` from the WIT package ${this.pkg.name}@${this.pkg.version} (world ${world.name}). Do not edit.`,
            `#ifndef ${guard}`,
            `#define ${guard}`,
            '#include <stdbool.h>',
            '#include <stddef.h>',
            '#include <stdint.h>',
            '#ifdef __cplusplus',
            'extern "C" {',
            '#endif',
            '',
            '/** The plugin name default exports put in their errors; define it before including this header. */',
            '#ifndef EDO_PLUGIN_NAME',
            '#define EDO_PLUGIN_NAME "c-plugin"',
            '#endif',
            '',
            ...this.typeDecls,
            '',
            '// Free the memory a value owns (strings, lists), not the handles it holds.',
            ...this.freeDecls,
            '',
            `/** A string borrowing a NUL-terminated C string (for arguments). */`,
            `${stringType} ${this.prefix}_string_from(const char *text);`,
            `/** A malloc'd copy of a NUL-terminated C string (for results: the glue frees them). */`,
            `${stringType} ${this.prefix}_string_dup(const char *text);`,
            `/** A malloc'd copy of \`len\` bytes. */`,
            `${stringType} ${this.prefix}_string_dup_n(const uint8_t *data, size_t len);`,
            ...this.protos,
            '',
            '#ifdef __cplusplus',
            '}',
            '#endif',
            '#endif',
            '',
        ].join('\n');
        const glue = [
            `// Generated by \`edo plugin bindgen --lang c\`. Do not edit.`,
            '#include <stdlib.h>',
            '#include <string.h>',
            `#include "${this.prefix}.h"`,
            '',
            'static inline __attribute__((unused)) int32_t edo_abi_f32_bits(float value) { int32_t bits; memcpy(&bits, &value, 4); return bits; }',
            'static inline __attribute__((unused)) float edo_abi_bits_f32(int32_t bits) { float value; memcpy(&value, &bits, 4); return value; }',
            'static inline __attribute__((unused)) int64_t edo_abi_f64_bits(double value) { int64_t bits; memcpy(&bits, &value, 8); return bits; }',
            'static inline __attribute__((unused)) double edo_abi_bits_f64(int64_t bits) { double value; memcpy(&value, &bits, 8); return value; }',
            '',
            '/** The canonical ABI allocator: the host allocates arguments and results in guest memory through it. */',
            '__attribute__((export_name("cabi_realloc")))',
            'void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {',
            '  (void)old_size;',
            '  if (new_size == 0) return (void *)align;',
            '  void *result = realloc(ptr, new_size);',
            '  if (!result) abort();',
            '  return result;',
            '}',
            '',
            `${stringType} ${this.prefix}_string_from(const char *text) { return (${stringType}){ (uint8_t *)text, strlen(text) }; }`,
            `${stringType} ${this.prefix}_string_dup_n(const uint8_t *data, size_t len) {`,
            '  uint8_t *copy = malloc(len ? len : 1);',
            '  if (!copy) abort();',
            '  memcpy(copy, data, len);',
            `  return (${stringType}){ copy, len };`,
            '}',
            `${stringType} ${this.prefix}_string_dup(const char *text) { return ${this.prefix}_string_dup_n((const uint8_t *)text, strlen(text)); }`,
            '',
            ...this.freeBodies,
            '',
            ...this.glue,
            '',
        ].join('\n');
        return { header, glue };
    }
}

;// CONCATENATED MODULE: ./lib/plugin/bindgen/wit.js



const PRIMITIVES = new Set([
    'bool',
    'u8',
    's8',
    'u16',
    's16',
    'u32',
    's32',
    'u64',
    's64',
    'f32',
    'f64',
    'char',
]);
function tokenize(text, file) {
    const tokens = [];
    const pattern = /(\/\/[^\n]*)|(\/\*[\s\S]*?\*\/)|(\s+)|(->|[{}();:,<>=.*@/])|(%?[A-Za-z0-9_-]+)|(.)/g;
    let line = 1;
    for (const match of text.matchAll(pattern)) {
        const [whole, , , , punct, word, other] = match;
        if (other !== undefined)
            throw new errors/* EdoError */.bX(`${file}:${line}: unexpected character '${other}'`);
        if (punct !== undefined || word !== undefined)
            tokens.push({ token: whole.replace(/^%/, ''), line });
        line += whole.split('\n').length - 1;
    }
    return tokens;
}
/** Parses every `*.wit` file of a one-package directory. */
function readWitPackage(dir) {
    const files = (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => name.endsWith('.wit'))
        .sort();
    const pkg = {
        name: '',
        version: '',
        interfaces: new Map(),
        world: { name: '', imports: [], exports: [] },
    };
    // Uses and type names are resolved once every interface is known: name → [interface, name].
    const scopes = new Map();
    const unresolved = [];
    for (const file of files) {
        const tokens = tokenize((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8'), file);
        let at = 0;
        const peek = () => tokens[at]?.token;
        const fail = (message) => {
            throw new errors/* EdoError */.bX(`${file}:${tokens[Math.min(at, tokens.length - 1)]?.line ?? 1}: ${message}`);
        };
        const next = () => tokens[at++]?.token ?? fail('unexpected end of file');
        const expect = (token) => {
            const got = next();
            if (got !== token)
                fail(`expected '${token}', found '${got}'`);
        };
        const parseType = (iface, fixups) => {
            const word = next();
            if (PRIMITIVES.has(word))
                return { kind: 'primitive', name: word };
            if (word === 'string')
                return { kind: 'string' };
            if (word === 'list' || word === 'option') {
                expect('<');
                const inner = parseType(iface, fixups);
                expect('>');
                return word === 'list' ? { kind: 'list', element: inner } : { kind: 'option', inner };
            }
            if (word === 'result') {
                if (peek() !== '<')
                    return { kind: 'result' };
                next();
                const ok = peek() === '_' ? (next(), undefined) : parseType(iface, fixups);
                let err;
                if (peek() === ',') {
                    next();
                    err = parseType(iface, fixups);
                }
                expect('>');
                return { kind: 'result', ok, err };
            }
            if (word === 'tuple') {
                expect('<');
                const items = [parseType(iface, fixups)];
                while (peek() === ',') {
                    next();
                    items.push(parseType(iface, fixups));
                }
                expect('>');
                return { kind: 'tuple', items };
            }
            // A named type: resolved after every file is read.
            let handle;
            let name = word;
            if (word === 'own' || word === 'borrow') {
                handle = word;
                expect('<');
                name = next();
                expect('>');
            }
            const type = { kind: 'named' };
            fixups.push((scope) => {
                const def = scope(name);
                if (def.kind === 'resource')
                    Object.assign(type, { kind: handle ?? 'own', resource: def });
                else if (handle)
                    fail(`${handle}<${name}>: ${name} is not a resource`);
                else
                    Object.assign(type, { kind: 'named', def });
            });
            return type;
        };
        const parseParams = (iface, fixups) => {
            expect('(');
            const params = [];
            while (peek() !== ')') {
                const name = next();
                expect(':');
                params.push({ name, type: parseType(iface, fixups) });
                if (peek() === ',')
                    next();
            }
            expect(')');
            return params;
        };
        const parseFunction = (iface, name, role, fixups) => {
            const params = parseParams(iface, fixups);
            let result;
            if (peek() === '->') {
                next();
                result = parseType(iface, fixups);
            }
            expect(';');
            return { name, role, params, result };
        };
        expect('package');
        let pkgName = next();
        while (peek() !== '@')
            pkgName += next();
        next();
        let version = next();
        while (peek() === '.')
            version += next() + next();
        expect(';');
        if (pkg.name && (pkg.name !== pkgName || pkg.version !== version))
            fail('every file must declare the same package');
        pkg.name = pkgName;
        pkg.version = version;
        while (at < tokens.length) {
            const keyword = next();
            if (keyword === 'world') {
                pkg.world.name = next();
                expect('{');
                while (peek() !== '}') {
                    const direction = next();
                    const target = next();
                    expect(';');
                    if (direction === 'import')
                        pkg.world.imports.push(target);
                    else if (direction === 'export')
                        pkg.world.exports.push(target);
                    else
                        fail(`unsupported world item '${direction}'`);
                }
                expect('}');
                continue;
            }
            if (keyword !== 'interface')
                fail(`expected 'interface' or 'world', found '${keyword}'`);
            const ifaceName = next();
            const iface = { name: ifaceName, types: [], functions: [] };
            pkg.interfaces.set(ifaceName, iface);
            const scope = new Map();
            scopes.set(ifaceName, scope);
            const fixups = [];
            unresolved.push({ iface: ifaceName, fix: (lookup) => fixups.forEach((fixup) => fixup(lookup)) });
            expect('{');
            while (peek() !== '}') {
                const word = next();
                if (word === 'use') {
                    const from = next();
                    expect('.');
                    expect('{');
                    while (peek() !== '}') {
                        const name = next();
                        let alias = name;
                        if (peek() === 'as') {
                            next();
                            alias = next();
                        }
                        scope.set(alias, [from, name]);
                        if (peek() === ',')
                            next();
                    }
                    expect('}');
                    expect(';');
                }
                else if (word === 'resource') {
                    const def = { interfaceName: ifaceName, name: next(), kind: 'resource', functions: [] };
                    iface.types.push(def);
                    if (peek() === ';') {
                        next();
                        continue;
                    }
                    expect('{');
                    while (peek() !== '}') {
                        const member = next();
                        if (member === 'constructor') {
                            def.functions.push(parseFunction(ifaceName, 'constructor', 'constructor', fixups));
                            continue;
                        }
                        expect(':');
                        const isStatic = peek() === 'static';
                        if (isStatic)
                            next();
                        expect('func');
                        def.functions.push(parseFunction(ifaceName, member, isStatic ? 'static' : 'method', fixups));
                    }
                    expect('}');
                }
                else if (word === 'record' || word === 'variant' || word === 'enum' || word === 'flags') {
                    const name = next();
                    expect('{');
                    const items = [];
                    while (peek() !== '}') {
                        const itemName = next();
                        let type;
                        if (word === 'record') {
                            expect(':');
                            type = parseType(ifaceName, fixups);
                        }
                        else if (word === 'variant' && peek() === '(') {
                            next();
                            type = parseType(ifaceName, fixups);
                            expect(')');
                        }
                        items.push({ name: itemName, type });
                        if (peek() === ',')
                            next();
                    }
                    expect('}');
                    const base = { interfaceName: ifaceName, name };
                    iface.types.push(word === 'record'
                        ? {
                            ...base,
                            kind: 'record',
                            fields: items.map(({ name: field, type }) => ({ name: field, type: type })),
                        }
                        : word === 'variant'
                            ? { ...base, kind: 'variant', cases: items }
                            : word === 'enum'
                                ? { ...base, kind: 'enum', cases: items.map((item) => item.name) }
                                : { ...base, kind: 'flags', flags: items.map((item) => item.name) });
                }
                else if (word === 'type') {
                    const name = next();
                    expect('=');
                    iface.types.push({
                        interfaceName: ifaceName,
                        name,
                        kind: 'alias',
                        target: parseType(ifaceName, fixups),
                    });
                    expect(';');
                }
                else {
                    expect(':');
                    expect('func');
                    iface.functions.push(parseFunction(ifaceName, word, 'freestanding', fixups));
                }
            }
            expect('}');
        }
    }
    const lookup = (ifaceName, name, seen = new Set()) => {
        const iface = pkg.interfaces.get(ifaceName);
        if (!iface)
            throw new errors/* EdoError */.bX(`wit: unknown interface '${ifaceName}'`);
        const local = iface.types.find((def) => def.name === name);
        if (local)
            return local;
        const used = scopes.get(ifaceName)?.get(name);
        const key = `${ifaceName}.${name}`;
        if (!used || seen.has(key))
            throw new errors/* EdoError */.bX(`wit: interface ${ifaceName}: unknown type '${name}'`);
        seen.add(key);
        return lookup(used[0], used[1], seen);
    };
    for (const { iface, fix } of unresolved)
        fix((name) => lookup(iface, name));
    if (!pkg.world.name)
        throw new errors/* EdoError */.bX(`wit: ${dir} declares no world`);
    return pkg;
}

;// CONCATENATED MODULE: ./lib/plugin/build/c.js










const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The compiler C plugins are built with (Debian: clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32). */
const C_COMPILER = process.env.EDO_CLANG ?? 'clang-19';
/**
 * wasm32-wasi only for wasi-libc's allocator and string functions: a plugin that calls nothing
 * needing WASI (no stdio, files, clocks) gets a core module without WASI imports, so no preview1
 * adapter is needed. No start files: the module is a library the host calls into.
 */
const CLANG_FLAGS = [
    '--target=wasm32-wasi',
    '-O2',
    '-Wall',
    '-Wextra',
    '-nostartfiles',
    '-Wl,--no-entry',
    '-Wl,--strip-all',
];
/** Writes `<prefix>.h` and `<prefix>.c` for the WIT package in `witDir` into `outDir`. */
function writeCBindings(witDir, outDir, prefix = 'edo') {
    const { header, glue } = generateC(readWitPackage(witDir), prefix);
    const files = [
        [(0,external_node_path_.join)(outDir, `${prefix}.h`), header],
        [(0,external_node_path_.join)(outDir, `${prefix}.c`), glue],
    ];
    for (const [file, text] of files) {
        const temp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, text);
        (0,external_node_fs_.renameSync)(temp, file);
    }
    return files.map(([file]) => file);
}
/**
 * jco's wasm-tools run as a component over preview2-shim, which preopens no directory by default;
 * these build-time tools may read the file system. (The package's types are the browser build's,
 * whose preopens map to in-memory entries: the Node build takes host paths.)
 */
function allowToolFileAccess() {
    _setPreopens({ '/': '/' });
}
/**
 * Builds a C plugin: bindings generated from `witDir`, `sources` compiled with them into a core
 * module, the world's type information embedded, then turned into a component by jco.
 */
async function buildCComponent(sources, witDir, world = 'edo') {
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-c-plugin-'));
    try {
        const [, glue] = writeCBindings(witDir, work);
        const coreFile = (0,external_node_path_.join)(work, 'plugin.core');
        try {
            await run(C_COMPILER, [...CLANG_FLAGS, `-I${work}`, '-o', coreFile, ...sources, glue]);
        }
        catch (error) {
            const { stderr, code } = error;
            if (code === 'ENOENT')
                throw new errors/* EdoError */.bX(`${C_COMPILER} is not installed (apt-get install clang-19 lld-19 wasi-libc)`);
            throw new errors/* EdoError */.bX(`compiling the C plugin failed:\n${stderr ?? error.message}`);
        }
        const core = (0,external_node_fs_.readFileSync)(coreFile);
        allowToolFileAccess();
        const embedded = await (0,jco_.componentEmbed)({ binary: core, witPath: witDir, world });
        const component = await (0,jco_.componentNew)(embedded);
        return { core, component };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/plugin/manifest.js
var plugin_manifest = __nccwpck_require__(9242);
;// CONCATENATED MODULE: ./lib/plugin/build/project.js








/** The WIT package this edo implements (the single source of truth for guests and host). */
const WIT_DIR = (__nccwpck_require__.ab + "wit");
/** A plugin project's description, at its root. */
const PROJECT_FILE = 'edo-plugin.json';
/** Every WASI feature off: JS guests reach I/O only through `edo:plugin/system`. */
const JS_DISABLED_FEATURES = ['stdio', 'random', 'clocks', 'http', 'fetch-event'];
function readPluginProject(dir) {
    const file = (0,external_node_path_.join)(dir, PROJECT_FILE);
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* EdoError */.bX(`${file}: ${error.message} (a plugin project has an ${PROJECT_FILE})`);
    }
    const { lang, sources, tests = [] } = raw;
    if (lang !== 'c' && lang !== 'js')
        throw new errors/* EdoError */.bX(`${file}: "lang" must be "c" or "js"`);
    if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === 'string')) {
        throw new errors/* EdoError */.bX(`${file}: "sources" must be a non-empty list of paths`);
    }
    if (lang === 'js' && sources.length !== 1)
        throw new errors/* EdoError */.bX(`${file}: a JS plugin has one entry module in "sources"`);
    const manifest = (0,plugin_manifest/* parseManifest */.Ng)(JSON.stringify(raw.manifest ?? null), file);
    return {
        dir,
        lang,
        sources: sources.map((source) => (0,external_node_path_.resolve)(dir, source)),
        manifest,
        tests: tests,
    };
}
/** Where `edo plugin build` writes a project's component. */
function builtComponentPath(project) {
    return (0,external_node_path_.join)(project.dir, 'dist', `${project.manifest.name}.wasm`);
}
/** Builds the project's component, embeds its manifest and writes it to `dist/<name>.wasm`. */
async function buildPluginProject(project) {
    (0,plugin_manifest/* checkInterfaceVersion */.UO)(project.manifest);
    const started = performance.now();
    let component;
    if (project.lang === 'c') {
        ({ component } = await buildCComponent(project.sources, WIT_DIR));
    }
    else {
        // componentize-js is a dev dependency: loaded only when a JS plugin is built.
        const { componentize } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7638));
        allowToolFileAccess();
        ({ component } = await componentize({
            sourcePath: project.sources[0],
            witPath: WIT_DIR,
            worldName: 'edo',
            disableFeatures: JS_DISABLED_FEATURES,
        }));
    }
    const bytes = (0,plugin_manifest/* embedManifest */.rw)(component, project.manifest);
    const path = builtComponentPath(project);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(project.dir, 'dist'), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temp, bytes);
    (0,external_node_fs_.renameSync)(temp, path);
    return { path, bytes, buildMs: performance.now() - started };
}
async function inspectPlugin(bytes, what) {
    const manifest = (0,plugin_manifest/* readManifest */.WI)(bytes, what);
    allowToolFileAccess();
    const world = await (0,jco_.componentWit)(bytes);
    const items = (direction) => [...world.matchAll(new RegExp(`^\\s*${direction} ([^;{]+)`, 'gm'))].map((match) => match[1].trim());
    return {
        manifest,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
        size: bytes.length,
        world,
        imports: items('import'),
        exports: items('export'),
    };
}

;// CONCATENATED MODULE: external "node:stream/consumers"
const consumers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");
// EXTERNAL MODULE: ./lib/engine/components.js
var components = __nccwpck_require__(7472);
// EXTERNAL MODULE: ./lib/environment/local/farm.js + 1 modules
var local_farm = __nccwpck_require__(3628);
// EXTERNAL MODULE: ./lib/storage/local-store.js + 1 modules
var local_store = __nccwpck_require__(5427);
// EXTERNAL MODULE: ./lib/storage/manager.js
var storage_manager = __nccwpck_require__(8290);
// EXTERNAL MODULE: ./lib/plugin/manager.js + 10 modules
var plugin_manager = __nccwpck_require__(8698);
;// CONCATENATED MODULE: ./lib/plugin/build/test-runner.js









class TextLog {
    text = '';
    write(data) {
        this.text += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    }
}
/**
 * Loads a built plugin in the real host (PluginManager, registered like in a build) and runs each
 * of the project's test cases: the transform is created from a declaration with the case's
 * attributes, run in a fresh `local` environment against a store in a temp dir, and its log and
 * layers are compared with what the case expects.
 */
async function runPluginTests(project, bytes) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-plugin-test-'));
    const hostLog = new TextLog();
    const manager = new plugin_manager/* PluginManager */.R0({
        workspaceRoot: project.dir,
        cacheDir: (0,external_node_path_.join)(scratch, 'cache'),
        log: hostLog,
    });
    try {
        const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes });
        const registry = new components/* ComponentRegistry */.Z();
        manager.registerComponents(plugin, registry);
        const storage = new storage_manager/* CacheManager */.G({
            buildCache: await local_store/* LocalStore */.V.open((0,external_node_path_.join)(scratch, 'store')),
            remoteCaches: [],
            writeBack: false,
        });
        const transforms = new Map();
        const ctx = {
            getArg: () => undefined,
            getHandle: () => ctx,
            storage: () => storage,
            get: (addr) => transforms.get(addr),
            getTransform: (addr) => transforms.get(addr),
            getFarm: () => undefined,
            addSource: () => Promise.reject(new Error('edo plugin test declares no sources')),
        };
        const results = [];
        for (const testCase of project.tests)
            results.push(await runCase(testCase, registry, ctx, scratch));
        return results;
    }
    finally {
        await manager.close();
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
async function runCase(testCase, registry, ctx, scratch) {
    const problems = [];
    const addr = `//test:${testCase.name}`;
    const node = {
        kind: testCase.transform,
        name: testCase.name,
        id: addr,
        attrs: testCase.attrs,
        position: { file: 'edo-plugin.json', line: 1, col: 1 },
    };
    try {
        const factory = registry.transforms.get(testCase.transform);
        if (!factory)
            throw new Error(`the plugin provides no transform or rule "${testCase.transform}"`);
        const transform = await factory(addr, node, ctx);
        const farm = new local_farm/* LocalFarm */.AV({ ...node, kind: 'environment_farm', attrs: {} });
        const log = new TextLog();
        const env = await farm.create(log, (0,external_node_path_.join)(scratch, testCase.name));
        try {
            await transform.prepare(log, ctx);
            await transform.stage(log, ctx, env);
            const status = await transform.transform(log, ctx, env);
            if (status.kind !== 'success')
                throw status.error;
            if (testCase.expect.log !== undefined && log.text !== testCase.expect.log) {
                problems.push(`log: expected ${JSON.stringify(testCase.expect.log)}, got ${JSON.stringify(log.text)}`);
            }
            if (testCase.expect.layers) {
                const layers = await Promise.all(status.artifact.layers.map(async (layer) => (0,consumers_namespaceObject.text)(await ctx.storage().read(layer))));
                if (JSON.stringify(layers) !== JSON.stringify(testCase.expect.layers)) {
                    problems.push(`layers: expected ${JSON.stringify(testCase.expect.layers)}, got ${JSON.stringify(layers)}`);
                }
            }
        }
        finally {
            await env.clean(log);
        }
    }
    catch (error) {
        problems.push(error.message);
    }
    return { name: testCase.name, ok: problems.length === 0, problems };
}

;// CONCATENATED MODULE: ./lib/cli/commands/plugin.js







/** The example plugins `edo plugin new` starts from (plugins/ of this edo). */
const TEMPLATES = { c: 'c-upper', js: 'js-text' };
const PLUGINS_DIR = (__nccwpck_require__.ab + "plugins");
function languageOf(value) {
    if (value !== 'c' && value !== 'js')
        throw new errors/* UsageError */.eb(`--lang ${value}: one of c, js`);
    return value;
}
/**
 * A new project from the example plugin of `lang`: its sources (the JS SDK copied in), and its
 * project file renamed, with its rules and tests under the new plugin's name.
 */
function createProject(target, name, lang) {
    if (!/^[a-z][a-z0-9-]*$/.test(name))
        throw new errors/* UsageError */.eb(`plugin name ${name}: lower case letters, digits and -`);
    if ((0,external_node_fs_.existsSync)(target))
        throw new errors/* UsageError */.eb(`${target} already exists`);
    const template = (0,external_node_path_.join)(PLUGINS_DIR, TEMPLATES[lang]);
    const project = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(template, PROJECT_FILE), 'utf8'));
    const [[oldRule, schema]] = Object.entries(project.manifest.rules);
    // `<name>_upper`: a rule named like the plugin would clash with the plugin's own registration.
    const rule = `${name.replace(/-/g, '_')}_${oldRule.slice(oldRule.indexOf('_') + 1)}`;
    const oldName = project.manifest.name;
    project.manifest.name = name;
    project.manifest.rules = { [rule]: schema };
    for (const test of project.tests)
        if (test.transform === oldRule)
            test.transform = rule;
    (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    (0,external_node_fs_.cpSync)((0,external_node_path_.join)(template, 'src'), (0,external_node_path_.join)(target, 'src'), { recursive: true });
    if (lang === 'js') {
        (0,external_node_fs_.cpSync)((0,external_node_path_.join)(PLUGINS_DIR, 'sdk-js', 'index.js'), (0,external_node_path_.join)(target, 'src', 'sdk.js'));
        const entry = (0,external_node_path_.join)(target, 'src', 'index.js');
        (0,external_node_fs_.writeFileSync)(entry, (0,external_node_fs_.readFileSync)(entry, 'utf8').replace("'../../sdk-js/index.js'", "'./sdk.js'"));
    }
    else {
        const entry = (0,external_node_path_.join)(target, 'src', 'upper.c');
        (0,external_node_fs_.writeFileSync)(entry, (0,external_node_fs_.readFileSync)(entry, 'utf8').replace(`"${oldName}"`, `"${name}"`));
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(target, PROJECT_FILE), `${JSON.stringify(project, null, 2)}\n`);
}
const pluginCommand = {
    register(program, ctx) {
        const plugin = program
            .command('plugin')
            .description('write, build, test and inspect WebAssembly plugins');
        const out = (text) => ctx.io.stdout.write(text);
        plugin
            .command('inspect')
            .argument('<file>', 'a plugin component (.wasm)')
            .description('print a plugin’s manifest, world (imports and exports) and sha256 digest')
            .option('--wit', 'also print the whole world as WIT')
            .action(async (file, flags) => {
            const path = (0,external_node_path_.resolve)(ctx.cwd, file);
            if (!(0,external_node_fs_.existsSync)(path))
                throw new errors/* UsageError */.eb(`${file}: no such file`);
            const info = await inspectPlugin((0,external_node_fs_.readFileSync)(path), (0,external_node_path_.basename)(path));
            const { manifest } = info;
            out(`plugin    ${manifest.name}@${manifest.version}\n`);
            out(`interface ${manifest.interface}\n`);
            out(`digest    ${info.digest}\n`);
            out(`size      ${info.size} bytes\n`);
            for (const [kind, names] of Object.entries(manifest.provides)) {
                if (names.length > 0)
                    out(`provides  ${kind}: ${names.join(', ')}\n`);
            }
            for (const [rule, schema] of Object.entries(manifest.rules)) {
                out(`rule      ${rule}(${Object.keys(schema.attrs).join(', ')}) -> transform ${schema.transform}\n`);
            }
            out(`capabilities ${manifest.capabilities.length > 0 ? manifest.capabilities.join(' ') : '(none)'}\n`);
            for (const item of info.imports)
                out(`import    ${item}\n`);
            for (const item of info.exports)
                out(`export    ${item}\n`);
            if (flags.wit)
                out(`\n${info.world}\n`);
        });
        plugin
            .command('build')
            .argument('[dir]', 'the plugin project (with an edo-plugin.json)', '.')
            .description('build a plugin project (C with clang-19, JS with componentize-js) into dist/<name>.wasm')
            .action(async (dir) => {
            const project = readPluginProject((0,external_node_path_.resolve)(ctx.cwd, dir));
            const built = await buildPluginProject(project);
            out(`${built.path}: ${built.bytes.length} bytes in ${built.buildMs.toFixed(0)} ms\n`);
        });
        plugin
            .command('test')
            .argument('[dir]', 'the plugin project (built with `edo plugin build`)', '.')
            .description('load the built plugin in the plugin host and run the tests of its edo-plugin.json')
            .action(async (dir) => {
            const project = readPluginProject((0,external_node_path_.resolve)(ctx.cwd, dir));
            const path = builtComponentPath(project);
            if (!(0,external_node_fs_.existsSync)(path))
                throw new errors/* UsageError */.eb(`${path} does not exist: run edo plugin build first`);
            if (project.tests.length === 0)
                throw new errors/* UsageError */.eb(`${PROJECT_FILE} has no "tests"`);
            const results = await runPluginTests(project, (0,external_node_fs_.readFileSync)(path));
            for (const result of results) {
                out(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}\n`);
                for (const problem of result.problems)
                    out(`     ${problem}\n`);
            }
            const failed = results.filter((result) => !result.ok).length;
            if (failed > 0)
                throw new errors/* EdoError */.bX(`${failed} of ${results.length} plugin test(s) failed`);
            out(`${results.length} test(s) passed\n`);
        });
        plugin
            .command('new')
            .argument('<name>', 'the plugin name (also its directory)')
            .description('create a plugin project that builds and passes its own test as is')
            .option('--lang <lang>', 'c or js', 'js')
            .action((name, flags) => {
            const target = (0,external_node_path_.resolve)(ctx.cwd, name);
            createProject(target, name, languageOf(flags.lang));
            out(`created ${target}: cd ${name} && edo plugin build && edo plugin test\n`);
        });
        plugin
            .command('bindgen')
            .description('generate guest bindings from the edo:plugin WIT package')
            .option('--lang <lang>', 'the guest language (c)', 'c')
            .option('-o, --out <dir>', 'where to write them', '.')
            .action((flags) => {
            if (flags.lang !== 'c')
                throw new errors/* UsageError */.eb(`--lang ${flags.lang}: bindings are generated for c (JS guests use jco's types)`);
            const outDir = (0,external_node_path_.resolve)(ctx.cwd, flags.out);
            (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
            for (const file of writeCBindings(WIT_DIR, outDir))
                out(`${file}\n`);
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/prune.js




const pruneCommand = {
    register(program, ctx) {
        program
            .command('prune')
            .description('remove blobs of the local store that no artifact references, and stale temp files')
            .option('-n, --dry-run', 'report what would be removed, remove nothing')
            .option('--grace <seconds>', `keep unreferenced blobs younger than this: a build in another process may be saving them (default ${local_store/* DEFAULT_GC_GRACE_MS */.H / 1000})`, parseSeconds)
            .action(async (flags) => {
            const { store: root } = (0,workspace/* findWorkspace */.pl)(ctx.cwd, ctx.io.env);
            if (!(await (0,promises_.stat)(root).catch(() => undefined))) {
                ctx.io.stdout.write(`nothing to prune: no store at ${root}\n`);
                return;
            }
            const store = await local_store/* LocalStore */.V.open(root);
            const report = await store.gc({
                dryRun: flags.dryRun,
                ...(flags.grace !== undefined && { graceMs: flags.grace * 1000 }),
            });
            const verb = flags.dryRun ? 'would remove' : 'removed';
            ctx.io.stdout.write(`${verb} ${plural(report.removedBlobs, 'blob')} and ${plural(report.removedTempFiles, 'temp file')}, ` +
                `${flags.dryRun ? 'freeing' : 'freed'} ${formatBytes(report.freedBytes)}; ` +
                `kept ${plural(report.keptBlobs, 'blob')}\n`);
        });
    },
};
function parseSeconds(text) {
    const seconds = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(seconds)) {
        throw new InvalidArgumentError('expected a number of seconds');
    }
    return seconds;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

;// CONCATENATED MODULE: ./lib/cli/commands/shell.js



const shellCommand = {
    register(program, ctx) {
        addWorkspaceOptions(program
            .command('shell')
            .description("open an interactive shell in a target's environment with its inputs staged")
            .argument('<target>', 'a label')).action(async (target, flags) => {
            if (!process.stdin.isTTY || !ctx.io.stdout.isTTY) {
                throw new errors/* UsageError */.eb('edo shell needs an interactive terminal (stdin and stdout must be a TTY)');
            }
            const engine = await openEngine(ctx, flags);
            const labels = engine.resolvePatterns([target], ctx.cwd);
            if (labels.length !== 1)
                throw new errors/* UsageError */.eb(`shell takes one target, not a pattern: ${target}`);
            const label = labels[0];
            const view = await engine.target(label);
            if (!view.canShell())
                throw new errors/* UsageError */.eb(`${label} (${view.kind}) has no shell: it runs no commands`);
            const deps = engine.graph.get(label).deps;
            if (deps.length > 0)
                await buildWithSignals(engine, deps, ctx, {});
            const storage = await engine.storage();
            const handle = engine.handle(storage);
            const log = { write: (data) => ctx.io.stderr.write(data) };
            const env = await (await engine.farm(view.environment())).create(log, label);
            try {
                await env.setup(log, storage);
                await env.up(log);
                await view.prepare(log, handle);
                await view.stage(log, handle, env);
                ctx.io.stderr.write(`edo: shell for ${label}; its inputs are staged here. Exit to tear it down.\n`);
                await view.shell(env);
            }
            catch (err) {
                throw err instanceof errors/* EdoError */.bX ? err : new errors/* EdoError */.bX(String(err), { target: label });
            }
            finally {
                await env.down(log).catch(() => undefined);
                await env.clean(log).catch(() => undefined);
            }
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/starlark.js
const actions = () => Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(879)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5879));
const starlarkCommand = {
    register(program, ctx) {
        const cmd = program.command('starlark').description('run, check or test Starlark files');
        cmd
            .command('run <file>')
            .description('execute FILE as a Starlark module; print() goes to stdout')
            .action(async (file) => (await actions()).runFile(ctx, file, false));
        cmd
            .command('check <file>')
            .description('parse and resolve FILE without running it; report the first static error')
            .action(async (file) => (await actions()).checkOnly(ctx, file));
        cmd
            .command('test <file>')
            .description('execute FILE in test mode: load("assert.star", "assert", "freeze") is available')
            .action(async (file) => (await actions()).runFile(ctx, file, true));
        cmd
            .command('repl')
            .description('an interactive Starlark prompt')
            .action(async () => (await actions()).repl(ctx));
    },
};

// EXTERNAL MODULE: ./lib/vendor/lock.js
var vendor_lock = __nccwpck_require__(1387);
;// CONCATENATED MODULE: ./lib/cli/commands/update.js


/**
 * `edo update [NAMES...]`: re-resolves the lock entries named (entry keys such as `npm#pkg-a` or
 * `//app:src`, or package names), or every entry when none are named, to the newest that
 * satisfies the build files, and prints each change. Asks every source target for its identity,
 * which is where sources pin; builds nothing. Without NAMES, entries nothing asks for any more
 * are removed (except plugin entries).
 */
const updateCommand = {
    register(program, ctx) {
        program
            .command('update')
            .description(`re-resolve ${vendor_lock/* LOCK_FILE */.FI} entries (all, or the NAMES given) to the newest that satisfies`)
            .argument('[names...]', 'entry keys (npm#pkg-a, //app:src) or package names')
            .action(async (names) => {
            const { Engine } = await Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(456)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4456));
            const engine = await Engine.open(ctx.cwd, { env: ctx.io.env, lockMode: 'update', lockUpdate: names });
            const handle = engine.handle(await engine.storage());
            const sources = [...engine.model.targets.values()]
                .filter((target) => target.schema.component === 'source')
                .map((target) => target.node.id)
                .sort();
            await Promise.all(sources.map(async (label) => (await engine.target(label)).getUniqueId(handle)));
            const lock = engine.lock;
            const unknown = lock.unmatchedUpdateNames();
            if (unknown.length > 0) {
                throw new errors/* UsageError */.eb(`edo update: nothing in ${vendor_lock/* LOCK_FILE */.FI} or the build files is named ${unknown.join(', ')}`);
            }
            // Plugins pin their digests when they are loaded, which update does not do: keep theirs.
            if (names.length === 0)
                lock.pruneUntouched((entry) => entry.kind !== 'plugin');
            const changes = lock.describeChanges();
            await lock.save();
            for (const line of changes)
                ctx.io.stdout.write(`${line}\n`);
            if (changes.length === 0)
                ctx.io.stdout.write(`${vendor_lock/* LOCK_FILE */.FI} is up to date\n`);
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/index.js














const commands = [
    starlarkCommand,
    buildCommand,
    listCommand,
    graphCommand,
    fetchCommand,
    checkoutCommand,
    shellCommand,
    logCommand,
    cleanCommand,
    fmtCommand,
    exportCommand,
    pruneCommand,
    updateCommand,
    pluginCommand,
];

;// CONCATENATED MODULE: ./lib/cli/context.js



class CliContext {
    io;
    startDir;
    directory;
    constructor(io, startDir) {
        this.io = io;
        this.startDir = startDir;
    }
    /** Set from `-C DIR`; relative to the directory edo was started in. */
    setDirectory(dir) {
        if (dir === undefined)
            return;
        const full = (0,external_node_path_.resolve)(this.startDir, dir);
        if (!(0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isDirectory())
            throw new errors/* UsageError */.eb(`-C ${dir}: not a directory`);
        this.directory = full;
    }
    /** The directory commands work in: `-C DIR` if given, else the start directory. */
    get cwd() {
        return this.directory ?? this.startDir;
    }
}

;// CONCATENATED MODULE: ./lib/cli/main.js





const HINT = "run 'edo --help' for usage";
function packageVersion() {
    const pkg = JSON.parse((0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "package.json", 'utf8'));
    return pkg.version;
}
/** Commander reports usage errors over several lines ("error: ...", "(Did you mean ...?)"): make it one. */
function oneLineUsageError(text) {
    const joined = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .join(' ')
        .replace(/^error: /, '')
        .replace(/\.$/, '');
    return `edo: ${joined}; ${HINT}`;
}
function buildProgram(ctx) {
    const program = new Command('edo')
        .description('Edo: a hermetic, cached build system with Starlark build files and WebAssembly plugins')
        .version(packageVersion(), '-V, --version', 'print the version and exit')
        .option('-C, --directory <dir>', 'run as if edo was started in <dir>')
        .helpOption('-h, --help', 'show help for a command')
        .showSuggestionAfterError(true)
        .hook('preAction', (thisCommand) => {
        ctx.setDirectory(thisCommand.opts().directory);
    });
    for (const command of commands)
        command.register(program, ctx);
    program.commands.forEach((sub) => sub.helpOption('-h, --help', 'show help for this command'));
    return program;
}
function configure(program, io) {
    program.exitOverride().configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(oneLineUsageError(s) + '\n'),
    });
    program.commands.forEach((sub) => configure(sub, io));
}
/** Runs the CLI and returns the exit code; never throws for a user mistake. */
async function main(argv, io, startDir) {
    const ctx = new CliContext(io, startDir);
    const program = buildProgram(ctx);
    configure(program, io);
    if (argv.length === 0) {
        io.stderr.write(program.helpInformation());
        return errors/* ExitCode */.yU.usage;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return errors/* ExitCode */.yU.ok;
    }
    catch (err) {
        if (err instanceof CommanderError) {
            const clean = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
            return clean ? errors/* ExitCode */.yU.ok : errors/* ExitCode */.yU.usage;
        }
        if (err instanceof errors/* EdoError */.bX) {
            io.stderr.write(err.format() + '\n');
            return err.exitCode;
        }
        // Not a user mistake: a bug in edo. Show everything so it can be reported.
        io.stderr.write(`edo: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return errors/* ExitCode */.yU.failed;
    }
}


/***/ }),

/***/ 7472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ComponentRegistry)
/* harmony export */ });
/* unused harmony export KindRegistry */
/**
 * The component registry (seed 3.2.4): factories by kind, one map per component type.
 * Built-ins and plugins register here alike; the engine only ever looks components up by kind.
 */
class ComponentRegistry {
    storage = new KindRegistry('storage backend');
    farms = new KindRegistry('environment farm');
    sources = new KindRegistry('source');
    transforms = new KindRegistry('transform');
    vendors = new KindRegistry('vendor');
}
class KindRegistry {
    what;
    factories = new Map();
    constructor(what) {
        this.what = what;
    }
    register(kind, factory) {
        if (this.factories.has(kind))
            throw new Error(`${this.what} kind "${kind}" is registered twice`);
        this.factories.set(kind, factory);
    }
    get(kind) {
        return this.factories.get(kind);
    }
    kinds() {
        return [...this.factories.keys()].sort();
    }
}


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ STATE_DIR),
/* harmony export */   hC: () => (/* binding */ WORKSPACE_FILE),
/* harmony export */   oS: () => (/* binding */ BUILD_FILE),
/* harmony export */   pl: () => (/* binding */ findWorkspace)
/* harmony export */ });
/* unused harmony export workspacePaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3434);



const WORKSPACE_FILE = 'WORKSPACE.edo';
const BUILD_FILE = 'BUILD.edo';
/** Edo's own state (store, logs, locks) in a workspace. */
const STATE_DIR = '.edo';
/** Finds the workspace that contains `dir` by walking up to the nearest WORKSPACE.edo. */
function findWorkspace(dir, env = process.env) {
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, WORKSPACE_FILE), { throwIfNoEntry: false })?.isFile()) {
            return workspacePaths(current, env);
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
        if (parent === current) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`not inside an edo workspace: no ${WORKSPACE_FILE} in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir)} or above`);
        }
        current = parent;
    }
}
function workspacePaths(root, env = process.env) {
    const state = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, STATE_DIR);
    return {
        root,
        state,
        store: env.EDO_STORE ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, env.EDO_STORE) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(state, 'store'),
        logs: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(state, 'logs'),
    };
}


/***/ }),

/***/ 3628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AV: () => (/* binding */ LocalFarm)
});

// UNUSED EXPORTS: DEFAULT_PASS_ENV, LOCAL_ENV_PREFIX

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(3434);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __nccwpck_require__(1214);
// EXTERNAL MODULE: ./lib/environment/local/tar.js
var tar = __nccwpck_require__(8394);
;// CONCATENATED MODULE: ./lib/environment/local/environment.js








/**
 * One local environment: a temp directory on the host. Paths given to its methods are relative to
 * that directory (absolute paths are taken as inside it too) and may not leave it.
 */
class LocalEnvironment {
    root;
    variables;
    children = new Set();
    scripts = 0;
    closed = false;
    constructor(root, farmVariables) {
        this.root = root;
        this.variables = { ...farmVariables, HOME: (0,external_node_path_.join)(root, 'home'), TMPDIR: (0,external_node_path_.join)(root, 'tmp') };
    }
    /** The host path of `path` inside the environment; refuses paths that escape it. */
    async expand(path) {
        return this.hostPath(path);
    }
    hostPath(path) {
        const full = (0,external_node_path_.resolve)(this.root, path.replace(/^\/+/, ''));
        if (full !== this.root && !full.startsWith(this.root + external_node_path_.sep)) {
            throw new errors/* EdoError */.bX(`path ${JSON.stringify(path)} leaves the environment`);
        }
        return full;
    }
    async createDir(path) {
        await (0,promises_.mkdir)(this.hostPath(path), { recursive: true });
    }
    async setEnv(key, value) {
        this.variables[key] = value;
    }
    getEnv(key) {
        return this.variables[key];
    }
    async setup(_log, _storage) { }
    async up(_log) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, 'home'), { recursive: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, 'tmp'), { recursive: true });
    }
    /** Stops everything still running in the environment (its whole process group). */
    async down(_log) {
        this.closed = true;
        const exits = [...this.children].map((child) => new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null)
                return done();
            child.once('close', () => done());
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                done();
            }
        }));
        await Promise.all(exits);
    }
    async clean(_log) {
        await (0,promises_.rm)(this.root, { recursive: true, force: true, maxRetries: 3 });
    }
    async write(path, data) {
        const target = this.hostPath(path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,external_node_stream_promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(target, { mode: 0o644 }));
    }
    async unpack(path, data) {
        const target = this.hostPath(path);
        await (0,promises_.mkdir)(target, { recursive: true });
        await (0,tar/* extractTarInto */.n)(data, target);
    }
    async read(path, writer) {
        await (0,tar/* packPath */.x)(this.hostPath(path), writer);
    }
    deferCmd(_log, _id) {
        return new script_command/* ScriptCommand */.L();
    }
    async cmd(log, _id, path, command) {
        const script = new script_command/* ScriptCommand */.L();
        script.run(command);
        return this.runScript(log, path, script.toScript());
    }
    async run(log, _id, path, command) {
        if (!(command instanceof script_command/* ScriptCommand */.L)) {
            throw new errors/* EdoError */.bX('the local environment runs only commands made by its deferCmd');
        }
        return this.runScript(log, path, command.toScript());
    }
    /** Runs a script with `sh` in `path`, streaming its output to `log`; true when it exited 0. */
    async runScript(log, path, script) {
        if (this.closed)
            throw new errors/* EdoError */.bX('the environment has been shut down');
        const cwd = this.hostPath(path);
        // The script goes in a file: command lines have a length limit and stdin belongs to the commands.
        this.scripts += 1;
        const scriptPath = (0,external_node_path_.join)(this.root, `script-${this.scripts}.sh`);
        await (0,promises_.writeFile)(scriptPath, script, { mode: 0o644 });
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-eu', scriptPath], {
            cwd,
            env: this.variables,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so `down` can kill whatever the script started.
            detached: true,
        });
        this.children.add(child);
        child.stdout.on('data', (chunk) => log.write(chunk));
        child.stderr.on('data', (chunk) => log.write(chunk));
        return new Promise((done, fail) => {
            child.once('error', (err) => {
                this.children.delete(child);
                fail(new errors/* EdoError */.bX(`cannot start /bin/sh: ${err.message}`));
            });
            child.once('close', (code) => {
                this.children.delete(child);
                done(code === 0);
            });
        });
    }
    async shell(path) {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-i'], {
            cwd: this.hostPath(path),
            env: { ...this.variables, PS1: `edo:${(0,external_node_path_.relative)(this.root, this.hostPath(path)) || '.'}$ ` },
            stdio: 'inherit',
        });
        await new Promise((done, fail) => {
            child.once('error', fail);
            child.once('close', () => done());
        });
    }
}

;// CONCATENATED MODULE: ./lib/environment/local/farm.js





/** Host variables a local environment sees by default; everything else is cleared. */
const DEFAULT_PASS_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'];
/** Prefix of every local environment's temp directory, so leftovers of a crash are recognisable. */
const LOCAL_ENV_PREFIX = 'edo-env-';
function stringDict(node, attr) {
    const value = node.attrs[attr];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' ||
        Array.isArray(value) ||
        Object.values(value).some((v) => typeof v !== 'string')) {
        throw new errors/* UsageError */.eb(`${attr} must be a dict of strings`, { position: node.position, target: node.id });
    }
    return value;
}
function stringList(node, attr) {
    const value = node.attrs[attr];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new errors/* UsageError */.eb(`${attr} must be a list of strings`, { position: node.position, target: node.id });
    }
    return value;
}
/**
 * The `local` farm: each environment is a fresh temp directory on the host, commands run with
 * `/bin/sh` and a cleared environment (an allowlist of host variables plus the farm's `env`),
 * `HOME` and `TMPDIR` inside the temp dir. Not hermetic: the host's tools and files are reachable.
 */
class LocalFarm {
    variables;
    constructor(node, hostEnv = process.env) {
        const passEnv = stringList(node, 'pass_env') ?? [...DEFAULT_PASS_ENV];
        const passed = {};
        for (const name of passEnv) {
            const value = hostEnv[name];
            if (value !== undefined)
                passed[name] = value;
        }
        this.variables = { ...passed, ...stringDict(node, 'env') };
    }
    async setup(_log, _storage) { }
    async create(_log, path) {
        const hint = path.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(-40);
        const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${LOCAL_ENV_PREFIX}${hint}-`));
        return new LocalEnvironment(root, this.variables);
    }
    async identity() {
        return { kind: 'local', platform: process.platform, arch: process.arch, env: this.variables };
    }
}


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ extractTarInto),
/* harmony export */   x: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6466);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9465);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(500);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6104);






/** Moves everything in `from` into `to`; entries of `from` replace those of `to`, directories merge. */
async function mergeInto(from, to) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(from)) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, name);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, name);
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target).catch(() => undefined);
        if (existing?.isDirectory() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(source)).isDirectory()) {
            await mergeInto(source, target);
            continue;
        }
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(source, target);
    }
}
/**
 * Extracts one tar stream into `dir` (which exists) with the store's safe extractor, over what is
 * already there, as the next layer of an artifact would be applied. The tar goes to a fresh
 * directory beside `dir` first: the extractor only writes into empty directories.
 */
async function extractTarInto(data, dir) {
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), '.unpack-'));
    try {
        const layer = { mediaType: _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.layerTar, digest: 'a tar stream', size: 0 };
        await (0,_storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__.extractArtifact)({ read: async () => data }, { config: { id: { name: 'unpack', digest: '' }, provides: [], requires: {} }, layers: [layer] }, temp);
        await mergeInto(temp, dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Writes a deterministic tar of the directory `path` (its contents at the tar's root) to `writer`.
 * The writer is borrowed: it is left open for the caller to end.
 */
async function packPath(path, writer) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,_storage_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .packDirectory */ .j)(path), writer, { end: false });
}


/***/ }),

/***/ 1214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ScriptCommand),
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** Quotes a string for POSIX sh so it is passed through as one word. */
function shellQuote(value) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function assertEnvName(key) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
        throw new Error(`invalid environment variable name: ${key}`);
}
/**
 * The seed's `command` resource as a POSIX sh script, so every environment (local, Docker, a
 * plugin's) runs the same steps the same way: `sh -eu` semantics, one script per run.
 * `send(path)` marks a path whose contents the caller collects after the run.
 */
class ScriptCommand {
    lines = [];
    sent = [];
    depth = 0;
    set(key, value) {
        assertEnvName(key);
        this.lines.push(`export ${key}=${shellQuote(value)}`);
    }
    chdir(path) {
        this.lines.push(`cd ${shellQuote(path)}`);
    }
    pushd(path) {
        this.depth += 1;
        this.lines.push(`__edo_dir_${this.depth}="$PWD"`, `cd ${shellQuote(path)}`);
    }
    popd() {
        if (this.depth === 0)
            throw new Error('popd without pushd');
        this.lines.push(`cd "$__edo_dir_${this.depth}"`);
        this.depth -= 1;
    }
    createNamedDir(key, path) {
        assertEnvName(key);
        this.lines.push(`mkdir -p ${shellQuote(path)}`, `export ${key}="$(cd ${shellQuote(path)} && pwd)"`);
    }
    createDir(path) {
        this.lines.push(`mkdir -p ${shellQuote(path)}`);
    }
    removeDir(path) {
        this.lines.push(`rm -rf ${shellQuote(path)}`);
    }
    removeFile(path) {
        this.lines.push(`rm -f ${shellQuote(path)}`);
    }
    mv(source, target) {
        this.lines.push(`mv ${shellQuote(source)} ${shellQuote(target)}`);
    }
    copy(source, target) {
        this.lines.push(`cp -R ${shellQuote(source)} ${shellQuote(target)}`);
    }
    /** A user's command line, run as written by the shell. */
    run(cmd) {
        this.lines.push(cmd);
    }
    send(path) {
        this.sent.push(path);
    }
    /** Paths marked with `send`, in order. */
    sentPaths() {
        return this.sent;
    }
    /** The whole script, to run with `sh -eu`. */
    toScript() {
        return ['set -eu', ...this.lines, ''].join('\n');
    }
}


/***/ }),

/***/ 4505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3434);


/** A content digest as OCI writes it: `sha256:<64 lowercase hex>`. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function isSha256Digest(value) {
    return SHA256_DIGEST.test(value);
}
/** The hex part of a sha256 digest; throws on anything else so a digest never becomes a path trick. */
function digestHex(digest) {
    if (!isSha256Digest(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`not a sha256 digest: ${JSON.stringify(digest)}`);
    return digest.slice('sha256:'.length);
}
/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. The same value
 * always gives the same bytes, so digests of configs and manifests are stable across machines.
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const member = value[key];
            if (member !== undefined)
                sorted[key] = sortKeys(member);
        }
        return sorted;
    }
    return value;
}


/***/ }),

/***/ 3434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ EdoError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Errors are values with context. Every error a user can cause is an EdoError: it knows where it
 * happened (file position, target, plugin) and which exit code it maps to, and it is printed once,
 * without a JavaScript stack trace.
 */
/** Exit codes of the `edo` CLI. */
const ExitCode = {
    ok: 0,
    failed: 1,
    usage: 2,
};
class EdoError extends Error {
    context;
    exitCode;
    constructor(message, context = {}, exitCode = ExitCode.failed, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'EdoError';
        this.context = context;
        this.exitCode = exitCode;
    }
    /** The user-facing text: `file:line:col: error: message`, or with the target/plugin as prefix. */
    format() {
        const { position, target, plugin, details } = this.context;
        const where = [];
        if (position)
            where.push(`${position.file}:${position.line}:${position.col}:`);
        if (target)
            where.push(`${target}:`);
        if (plugin)
            where.push(`plugin ${plugin}:`);
        const head = [...where, 'error:', this.message].join(' ');
        return details && details.length > 0 ? [head, ...details].join('\n') : head;
    }
}
/** A mistake in how edo was called or configured (bad flag, bad build file setting): exit code 2. */
class UsageError extends EdoError {
    constructor(message, context = {}) {
        super(message, context, ExitCode.usage);
        this.name = 'UsageError';
    }
}


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   idFromString: () => (/* binding */ idFromString),
/* harmony export */   idToString: () => (/* binding */ idToString),
/* harmony export */   sameId: () => (/* binding */ sameId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3434);

/**
 * The string form of an `Id` (documented in docs/storage.md):
 *
 *     [<pkg>/]<name>[@<version>][+<arch>][:<digest>]
 *
 * e.g. `core/hello@1.2.0+x86_64:sha256:2c26…`. Inside each part the characters `% / @ + :`,
 * whitespace and control characters are percent-encoded, so every part may hold any text and the
 * form always round-trips. Names made of letters, digits and `._-` read as written.
 */
function idToString(id) {
    let text = id.pkg !== undefined ? `${encodePart(id.pkg)}/` : '';
    text += encodePart(id.name);
    if (id.version !== undefined)
        text += `@${encodePart(id.version)}`;
    if (id.arch !== undefined)
        text += `+${encodePart(id.arch)}`;
    // The digest is the last part and may itself contain `:` (`sha256:…`); it is not encoded.
    if (id.digest !== '')
        text += `:${id.digest}`;
    return text;
}
/** Parses the string form above; throws a UsageError naming the input when it is malformed. */
function idFromString(text) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid artifact id ${JSON.stringify(text)}: ${why}`);
    };
    const colon = text.indexOf(':');
    const head = colon === -1 ? text : text.slice(0, colon);
    const digest = colon === -1 ? '' : text.slice(colon + 1);
    if (colon !== -1 && digest === '')
        fail('empty digest after ":"');
    const slash = head.indexOf('/');
    const pkg = slash === -1 ? undefined : head.slice(0, slash);
    let rest = slash === -1 ? head : head.slice(slash + 1);
    let arch;
    const plus = rest.indexOf('+');
    if (plus !== -1) {
        arch = rest.slice(plus + 1);
        rest = rest.slice(0, plus);
    }
    let version;
    const at = rest.indexOf('@');
    if (at !== -1) {
        version = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    if (rest === '')
        fail('empty name');
    for (const part of [pkg, version, arch]) {
        if (part !== undefined && /[/@+]/.test(part))
            fail('parts out of order (expected [pkg/]name[@version][+arch][:digest])');
    }
    const decode = (part) => {
        try {
            return decodeURIComponent(part);
        }
        catch {
            return fail(`bad percent-encoding in ${JSON.stringify(part)}`);
        }
    };
    return {
        name: decode(rest),
        digest,
        ...(version !== undefined && { version: decode(version) }),
        ...(pkg !== undefined && { pkg: decode(pkg) }),
        ...(arch !== undefined && { arch: decode(arch) }),
    };
}
/** Parts that need no encoding (the common case, kept fast: has() formats an id per call). */
const PLAIN_PART = /^[A-Za-z0-9._-]*$/;
/** Two ids are the same artifact key when their string forms are equal. */
function sameId(a, b) {
    return idToString(a) === idToString(b);
}
function encodePart(part) {
    if (PLAIN_PART.test(part))
        return part;
    // eslint-disable-next-line no-control-regex
    return part.replace(/[%/@+:\s\x00-\x1f\x7f]/g, (c) => Array.from(Buffer.from(c, 'utf8'), (byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0')).join(''));
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R0: () => (/* binding */ PluginManager)
});

// UNUSED EXPORTS: Plugin, PluginRegistry, unprovidedImports

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(3434);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __nccwpck_require__(6906);
;// CONCATENATED MODULE: ./lib/plugin/host-objects.js
/**
 * Main-thread implementations of the resources a plugin imports (wit/common.wit, storage.wit,
 * host.wit). A guest sees them as handles; the worker forwards each method call here
 * (see instance.ts). Methods may be async: the worker blocks until they settle.
 *
 * Each class `implements Implements<Generated.X>`, so typecheck fails when the WIT (and the
 * bindings generated from it) gains a method the host does not provide.
 */




/** The `error` resource. Deliberately not a JS `Error`: jco lowers it as a resource value. */
class HostError {
    plugin;
    message;
    constructor(plugin, message) {
        this.plugin = plugin;
        this.message = message;
    }
    static from(error) {
        if (error instanceof HostError)
            return error;
        if (error instanceof errors/* EdoError */.bX)
            return new HostError(error.context.plugin ?? 'edo', error.message);
        return new HostError('edo', error instanceof Error ? error.message : String(error));
    }
    toString() {
        return `${this.plugin}: ${this.message}`;
    }
}
class HostId {
    value;
    constructor(name, digest, version, pkg, arch) {
        this.value = { name, digest, version, pkg, arch };
    }
    static of(id) {
        return new HostId(id.name, id.digest, id.version, id.pkg, id.arch);
    }
    static fromString(input) {
        return HostId.of((0,id_format.idFromString)(input));
    }
    toModel() {
        const { name, digest, version, pkg, arch } = this.value;
        return {
            name,
            digest,
            ...(version !== undefined && { version }),
            ...(pkg !== undefined && { pkg }),
            ...(arch !== undefined && { arch }),
        };
    }
    name() {
        return this.value.name;
    }
    digest() {
        return this.value.digest;
    }
    setDigest(digest) {
        this.value = { ...this.value, digest };
    }
    version() {
        return this.value.version;
    }
    setVersion(input) {
        this.value = { ...this.value, version: input };
    }
    clearVersion() {
        this.value = { ...this.value, version: undefined };
    }
    pkg() {
        return this.value.pkg;
    }
    arch() {
        return this.value.arch;
    }
    toString() {
        return (0,id_format.idToString)(this.toModel());
    }
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function jsonOf(value) {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? Number(item) : item));
}
/** The `node` resource: a declaration (kind, name, id, attributes) or one value inside one. */
class HostNode {
    value;
    declaration;
    constructor(value, declaration) {
        this.value = value;
        this.declaration = declaration;
    }
    static ofDeclaration(declaration) {
        return new HostNode(declaration.attrs, declaration);
    }
    static fromJson(json) {
        try {
            return new HostNode(JSON.parse(json));
        }
        catch (error) {
            throw new HostError('edo', `node.from-json: ${error.message}`);
        }
    }
    /** The declaration this node stands for, making one up for a plain table. */
    toDeclaration(addr) {
        if (this.declaration)
            return this.declaration;
        const attrs = isTable(this.value) ? this.value : {};
        const kind = typeof attrs.kind === 'string' ? attrs.kind : '';
        return { kind, name: addr, id: addr, attrs, position: { file: addr, line: 0, col: 0 } };
    }
    validateKeys(keys) {
        if (!isTable(this.value))
            return;
        const unknown = Object.keys(this.value).filter((key) => !keys.includes(key));
        if (unknown.length > 0) {
            const where = this.declaration ? `${this.declaration.kind} ${this.declaration.id}` : 'node';
            throw new HostError('edo', `${where}: unknown attribute(s) ${unknown.join(', ')} (allowed: ${keys.join(', ')})`);
        }
    }
    asBool() {
        return typeof this.value === 'boolean' ? this.value : undefined;
    }
    asInt() {
        if (typeof this.value === 'bigint')
            return this.value;
        return typeof this.value === 'number' && Number.isInteger(this.value) ? BigInt(this.value) : undefined;
    }
    asFloat() {
        if (typeof this.value === 'bigint')
            return Number(this.value);
        return typeof this.value === 'number' ? this.value : undefined;
    }
    asString() {
        return typeof this.value === 'string' ? this.value : undefined;
    }
    asVersion() {
        return this.asString();
    }
    asRequire() {
        return this.asString();
    }
    asList() {
        return Array.isArray(this.value) ? this.value.map((item) => new HostNode(item)) : undefined;
    }
    asTable() {
        return isTable(this.value)
            ? Object.entries(this.value).map(([key, item]) => [key, new HostNode(item)])
            : undefined;
    }
    getId() {
        return this.declaration?.id;
    }
    getKind() {
        return this.declaration?.kind;
    }
    getName() {
        return this.declaration?.name;
    }
    getTable() {
        return this.asTable();
    }
    toJson() {
        return jsonOf(this.value);
    }
}
/** The `reader` resource over bytes or a stream; `read` returns an empty list at the end. */
class HostReader {
    pending = Buffer.alloc(0);
    chunks;
    done = false;
    constructor(source) {
        if (source instanceof external_node_stream_.Readable)
            this.chunks = source[Symbol.asyncIterator]();
        else {
            this.pending = Buffer.from(source);
            this.done = true;
        }
    }
    async read(size) {
        const wanted = Number(size);
        while (this.pending.length < wanted && !this.done && this.chunks) {
            const next = await this.chunks.next();
            if (next.done)
                this.done = true;
            else
                this.pending = Buffer.concat([this.pending, Buffer.from(next.value)]);
        }
        const out = this.pending.subarray(0, wanted);
        this.pending = this.pending.subarray(out.length);
        return out;
    }
    /** What is left to read, as a stream for the engine. */
    toReadable() {
        return external_node_stream_.Readable.from(this.remaining());
    }
    async *remaining() {
        for (;;) {
            const chunk = await this.read(65536n);
            if (chunk.length === 0)
                return;
            yield chunk;
        }
    }
}
/** A writer that keeps what is written in memory (a guest-constructed `writer`). */
class MemoryWriter extends external_node_stream_.Writable {
    chunks = [];
    bytesWritten = 0;
    _write(chunk, _encoding, callback) {
        this.chunks.push(chunk);
        this.bytesWritten += chunk.length;
        callback();
    }
}
/** The `writer` resource: over a host stream (a layer being written), or in memory. */
class HostWriter {
    writable;
    constructor(writable) {
        this.writable = writable ?? new MemoryWriter();
    }
    async write(data) {
        if (!this.writable.write(Buffer.from(data)))
            await (0,external_node_events_.once)(this.writable, 'drain');
        return BigInt(data.length);
    }
    toReader() {
        if (!(this.writable instanceof MemoryWriter)) {
            throw new HostError('edo', 'writer.to-reader: only a writer the plugin constructed can be read back');
        }
        return new HostReader(Buffer.concat(this.writable.chunks));
    }
}
class HostLog {
    log;
    constructor(log) {
        this.log = log;
    }
    write(message) {
        this.log.write(message);
        return BigInt(message.length);
    }
}
class HostConfig {
    values;
    constructor(values) {
        this.values = values;
    }
    get(name) {
        return Object.hasOwn(this.values, name) ? new HostNode(this.values[name]) : undefined;
    }
}
class HostLayer {
    layer;
    constructor(mediaType, digest, size, platform) {
        this.layer = { mediaType, digest, size: Number(size), ...(platform !== undefined && { platform }) };
    }
    static of(layer) {
        return new HostLayer(layer.mediaType, layer.digest, BigInt(layer.size), layer.platform);
    }
    mediaType() {
        return this.layer.mediaType;
    }
    digest() {
        return this.layer.digest;
    }
    size() {
        return BigInt(this.layer.size);
    }
    platform() {
        return this.layer.platform;
    }
}
class HostArtifactConfig {
    provided;
    metadataJson;
    idValue;
    requirements = {};
    constructor(id, provided, metadataJson) {
        this.provided = provided;
        this.metadataJson = metadataJson;
        this.idValue = id.toModel();
    }
    static of(config) {
        const metadata = config.metadata === undefined ? undefined : JSON.stringify(config.metadata);
        const host = new HostArtifactConfig(HostId.of(config.id), [...config.provides], metadata);
        for (const [group, names] of Object.entries(config.requires)) {
            for (const [name, version] of Object.entries(names))
                host.addRequirement(group, name, version);
        }
        return host;
    }
    toModel() {
        let metadata;
        if (this.metadataJson !== undefined) {
            try {
                metadata = JSON.parse(this.metadataJson);
            }
            catch {
                throw new HostError('edo', `artifact-config metadata is not JSON: ${this.metadataJson.slice(0, 80)}`);
            }
        }
        return {
            id: this.idValue,
            provides: [...this.provided],
            requires: structuredClone(this.requirements),
            ...(metadata !== undefined && { metadata }),
        };
    }
    id() {
        return HostId.of(this.idValue);
    }
    provides() {
        return [...this.provided];
    }
    requires() {
        return Object.entries(this.requirements).map(([group, names]) => [group, Object.entries(names)]);
    }
    addRequirement(group, name, version) {
        (this.requirements[group] ??= {})[name] = version;
    }
    metadata() {
        return this.metadataJson;
    }
}
class HostArtifact {
    configValue;
    layerList = [];
    constructor(config) {
        this.configValue = config;
    }
    static of(artifact) {
        const host = new HostArtifact(HostArtifactConfig.of(artifact.config));
        for (const layer of artifact.layers)
            host.addLayer(HostLayer.of(layer));
        return host;
    }
    toModel() {
        return { config: this.configValue.toModel(), layers: this.layerList.map((layer) => layer.layer) };
    }
    config() {
        return this.configValue;
    }
    layers() {
        return [...this.layerList];
    }
    addLayer(layer) {
        this.layerList.push(layer);
    }
}
class HostStorageManager {
    manager;
    constructor(manager) {
        this.manager = manager;
    }
    async open(id) {
        return HostArtifact.of(await this.manager.open(id.toModel()));
    }
    has(id) {
        return this.manager.has(id.toModel());
    }
    async read(layer) {
        return new HostReader(await this.manager.read(layer.layer));
    }
    async startLayer() {
        return new HostWriter(await this.manager.startLayer());
    }
    async finishLayer(mediaType, platform, writer) {
        // The guest has no `end`: finishing a layer ends its writer (the engine's convention).
        if (!writer.writable.writableEnded)
            writer.writable.end();
        const layer = await this.manager.finishLayer(mediaType, platform, writer.writable);
        return HostLayer.of(layer);
    }
    save(artifact) {
        return this.manager.save(artifact.toModel());
    }
}
class HostCommand {
    command;
    constructor(command) {
        this.command = command;
    }
    set(key, value) {
        this.command.set(key, value);
    }
    chdir(path) {
        this.command.chdir(path);
    }
    pushd(path) {
        this.command.pushd(path);
    }
    popd() {
        this.command.popd();
    }
    createNamedDir(key, path) {
        this.command.createNamedDir(key, path);
    }
    createDir(path) {
        this.command.createDir(path);
    }
    removeDir(path) {
        this.command.removeDir(path);
    }
    removeFile(path) {
        this.command.removeFile(path);
    }
    mv(source, target) {
        this.command.mv(source, target);
    }
    copy(source, target) {
        this.command.copy(source, target);
    }
    run(cmd) {
        this.command.run(cmd);
    }
    send(path) {
        this.command.send(path);
    }
}
class HostEnvironment {
    environment;
    constructor(environment) {
        this.environment = environment;
    }
    deferCmd(log, id) {
        return new HostCommand(this.environment.deferCmd(log.log, id.toModel()));
    }
    expand(path) {
        return this.environment.expand(path);
    }
    createDir(path) {
        return this.environment.createDir(path);
    }
    setEnv(key, value) {
        return this.environment.setEnv(key, value);
    }
    getEnv(key) {
        return this.environment.getEnv(key);
    }
    setup(log, storage) {
        return this.environment.setup(log.log, storage.manager);
    }
    up(log) {
        return this.environment.up(log.log);
    }
    down(log) {
        return this.environment.down(log.log);
    }
    clean(log) {
        return this.environment.clean(log.log);
    }
    write(path, data) {
        return this.environment.write(path, data.toReadable());
    }
    unpack(path, data) {
        return this.environment.unpack(path, data.toReadable());
    }
    read(path, writer) {
        return this.environment.read(path, writer.writable);
    }
    cmd(log, id, path, command) {
        return this.environment.cmd(log.log, id.toModel(), path, command);
    }
    run(log, id, path, command) {
        return this.environment.run(log.log, id.toModel(), path, command.command);
    }
    shell(path) {
        return this.environment.shell(path);
    }
}
class HostFarm {
    farm;
    constructor(farm) {
        this.farm = farm;
    }
    setup(log, storage) {
        return this.farm.setup(log.log, storage.manager);
    }
    async create(log, path) {
        return new HostEnvironment(await this.farm.create(log.log, path));
    }
    async identity() {
        const identity = await this.farm.identity();
        return Object.entries(identity).map(([key, value]) => [
            key,
            typeof value === 'string' ? value : JSON.stringify(value),
        ]);
    }
}
class HostSource {
    source;
    constructor(source) {
        this.source = source;
    }
    async getUniqueId() {
        return HostId.of(await this.source.getUniqueId());
    }
    async fetch(log, storage) {
        return HostArtifact.of(await this.source.fetch(log.log, storage.manager));
    }
    stage(log, storage, env, path) {
        return this.source.stage(log.log, storage.manager, env.environment, path);
    }
}
class HostTransform {
    transform;
    constructor(transform) {
        this.transform = transform;
    }
    environment() {
        return this.transform.environment();
    }
    depends() {
        return this.transform.depends();
    }
    async getUniqueId(ctx) {
        return HostId.of(await this.transform.getUniqueId(ctx.handle));
    }
    prepare(log, ctx) {
        return this.transform.prepare(log.log, ctx.handle);
    }
    stage(log, ctx, env) {
        return this.transform.stage(log.log, ctx.handle, env.environment);
    }
    async execute(log, ctx, env) {
        const status = await this.transform.transform(log.log, ctx.handle, env.environment);
        if (status.kind === 'success')
            return { tag: 'success', val: HostArtifact.of(status.artifact) };
        return { tag: status.kind, val: [status.log, HostError.from(status.error)] };
    }
    canShell() {
        return this.transform.canShell();
    }
    shell(env) {
        return this.transform.shell(env.environment);
    }
}
class HostHandle {
    handle;
    constructor(handle) {
        this.handle = handle;
    }
    storage() {
        return new HostStorageManager(this.handle.storage());
    }
    get(addr) {
        const transform = this.handle.get(addr);
        return transform && new HostTransform(transform);
    }
}
class HostContext {
    context;
    configValues;
    constructor(context, configValues) {
        this.context = context;
        this.configValues = configValues;
    }
    getArg(name) {
        return this.context.getArg(name);
    }
    getHandle() {
        return new HostHandle(this.context.getHandle());
    }
    config() {
        return new HostConfig(this.configValues);
    }
    storage() {
        return new HostStorageManager(this.context.storage());
    }
    getTransform(addr) {
        const transform = this.context.getTransform(addr);
        return transform && new HostTransform(transform);
    }
    getFarm(addr) {
        const farm = this.context.getFarm(addr);
        return farm && new HostFarm(farm);
    }
    async addSource(addr, node) {
        return new HostSource(await this.context.addSource(addr, node.toDeclaration(addr)));
    }
}
/** The host classes by import interface (unversioned, as jco's generated code reads them) and WIT-derived class name. */
const HOST_CLASSES = {
    'edo:plugin/common': {
        Error: HostError,
        Id: HostId,
        Node: HostNode,
        Reader: HostReader,
        Writer: HostWriter,
        Log: HostLog,
        Config: HostConfig,
    },
    'edo:plugin/storage': {
        Layer: HostLayer,
        ArtifactConfig: HostArtifactConfig,
        Artifact: HostArtifact,
        StorageManager: HostStorageManager,
    },
    'edo:plugin/host': {
        Command: HostCommand,
        Environment: HostEnvironment,
        Farm: HostFarm,
        Source: HostSource,
        Transform: HostTransform,
        Handle: HostHandle,
        Context: HostContext,
    },
};
/** Constructors a guest may call (`constructor` in the WIT). Others are reachable only as handles. */
const GUEST_CONSTRUCTIBLE = new Set([
    HostError,
    HostId,
    HostReader,
    HostWriter,
    HostLayer,
    HostArtifactConfig,
    HostArtifact,
]);
/** Static functions a guest may call, per class. */
const GUEST_STATICS = new Map([
    [HostId, ['fromString']],
    [HostNode, ['fromJson']],
]);

// EXTERNAL MODULE: ./lib/storage/streams.js
var streams = __nccwpck_require__(6280);
;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./lib/plugin/wasi-stubs.js
/**
 * Deny-by-default `wasi:*` imports for guests built with WASI features (C with wasi-libc, a
 * default componentize-js build). Never preview2-shim, which gives a guest the whole host.
 * What they allow: stdout and stderr go to the build log; stdin is empty; there is no terminal,
 * no preopened directory (so no file access: use `edo:plugin/system` with an `fs:` grant), and no
 * outgoing HTTP (use `http-fetch` with a `net:` grant); clocks read zero and random is a fixed
 * seeded sequence, which keeps plugins deterministic.
 *
 * `makeWasiStubs` runs inside the worker (stringified like worker-main.ts): self-contained.
 */
/** The host function the stubs write stdout/stderr through. */
const WASI_OUTPUT = { iface: 'edo:wasi-output', fn: 'write' };
/** The wasi interfaces (unversioned) the stubs provide, any 0.2.x version. */
const WASI_STUBBED = [
    'wasi:cli/environment',
    'wasi:cli/exit',
    'wasi:cli/stderr',
    'wasi:cli/stdin',
    'wasi:cli/stdout',
    'wasi:cli/terminal-input',
    'wasi:cli/terminal-output',
    'wasi:cli/terminal-stderr',
    'wasi:cli/terminal-stdin',
    'wasi:cli/terminal-stdout',
    'wasi:clocks/monotonic-clock',
    'wasi:clocks/wall-clock',
    'wasi:filesystem/preopens',
    'wasi:filesystem/types',
    'wasi:http/outgoing-handler',
    'wasi:http/types',
    'wasi:io/error',
    'wasi:io/poll',
    'wasi:io/streams',
    'wasi:random/random',
    'wasi:random/insecure',
    'wasi:random/insecure-seed',
];
function makeWasiStubs(writeOutput) {
    const closed = { tag: 'closed' };
    const denied = (what, instead) => () => {
        throw new Error(`${what} is denied to plugins: ${instead}`);
    };
    class Pollable {
        ready() {
            return true;
        }
        block() { }
    }
    class InputStream {
        read() {
            throw closed;
        }
        blockingRead() {
            throw closed;
        }
        skip() {
            throw closed;
        }
        blockingSkip() {
            throw closed;
        }
        subscribe() {
            return new Pollable();
        }
    }
    class OutputStream {
        target;
        constructor(target) {
            this.target = target;
        }
        checkWrite() {
            if (!this.target)
                throw closed;
            return 65536n;
        }
        write(contents) {
            if (!this.target)
                throw closed;
            writeOutput(this.target, contents);
        }
        blockingWriteAndFlush(contents) {
            this.write(contents);
        }
        flush() { }
        blockingFlush() { }
        subscribe() {
            return new Pollable();
        }
        writeZeroes(length) {
            this.write(new Uint8Array(Number(length)));
        }
        blockingWriteZeroesAndFlush(length) {
            this.writeZeroes(length);
        }
        splice() {
            throw closed;
        }
        blockingSplice() {
            throw closed;
        }
    }
    class IoError {
        toDebugString() {
            return 'denied';
        }
    }
    class Terminal {
    }
    class Descriptor {
    }
    // xorshift64*, fixed seed: deterministic "random" for hash seeds and Math.random.
    let state = 0x9e3779b97f4a7c15n;
    const nextU64 = () => {
        state ^= state >> 12n;
        state ^= (state << 25n) & 0xffffffffffffffffn;
        state ^= state >> 27n;
        return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
    };
    const randomBytes = (length) => {
        const out = new Uint8Array(Number(length));
        for (let i = 0; i < out.length; i++)
            out[i] = Number(nextU64() & 0xffn);
        return out;
    };
    const random = { getRandomBytes: randomBytes, getRandomU64: nextU64 };
    const noHttp = denied('wasi:http', 'use edo:plugin/system http-fetch with a net: capability');
    const httpClass = (name) => {
        const cls = class {
            constructor() {
                noHttp();
            }
        };
        Object.defineProperty(cls, 'name', { value: name });
        return cls;
    };
    const httpTypes = {};
    for (const name of [
        'Fields',
        'FutureIncomingResponse',
        'FutureTrailers',
        'IncomingBody',
        'IncomingRequest',
        'IncomingResponse',
        'OutgoingBody',
        'OutgoingRequest',
        'OutgoingResponse',
        'RequestOptions',
        'ResponseOutparam',
    ]) {
        httpTypes[name] = httpClass(name);
    }
    httpTypes.httpErrorCode = () => undefined;
    return {
        'wasi:cli/environment': { getEnvironment: () => [], getArguments: () => [], initialCwd: () => undefined },
        'wasi:cli/exit': { exit: denied('wasi:cli/exit', 'return an error instead') },
        'wasi:cli/stdin': { getStdin: () => new InputStream() },
        'wasi:cli/stdout': { getStdout: () => new OutputStream('stdout') },
        'wasi:cli/stderr': { getStderr: () => new OutputStream('stderr') },
        'wasi:cli/terminal-input': { TerminalInput: Terminal },
        'wasi:cli/terminal-output': { TerminalOutput: Terminal },
        'wasi:cli/terminal-stdin': { getTerminalStdin: () => undefined },
        'wasi:cli/terminal-stdout': { getTerminalStdout: () => undefined },
        'wasi:cli/terminal-stderr': { getTerminalStderr: () => undefined },
        'wasi:clocks/monotonic-clock': {
            now: () => 0n,
            resolution: () => 1n,
            subscribeDuration: () => new Pollable(),
            subscribeInstant: () => new Pollable(),
        },
        'wasi:clocks/wall-clock': {
            now: () => ({ seconds: 0n, nanoseconds: 0 }),
            resolution: () => ({ seconds: 0n, nanoseconds: 1 }),
        },
        'wasi:filesystem/preopens': { getDirectories: () => [] },
        'wasi:filesystem/types': {
            Descriptor,
            DirectoryEntryStream: Descriptor,
            filesystemErrorCode: () => undefined,
        },
        'wasi:http/outgoing-handler': {
            handle: () => {
                throw { tag: 'HTTP-request-denied' };
            },
        },
        'wasi:http/types': httpTypes,
        'wasi:io/error': { Error: IoError },
        'wasi:io/poll': {
            Pollable,
            poll: (list) => Uint32Array.from(list.keys()),
        },
        'wasi:io/streams': { InputStream, OutputStream },
        'wasi:random/random': random,
        'wasi:random/insecure': { getInsecureRandomBytes: randomBytes, getInsecureRandomU64: nextU64 },
        'wasi:random/insecure-seed': { insecureSeed: () => [nextU64(), nextU64()] },
    };
}

;// CONCATENATED MODULE: ./lib/plugin/worker-main.js
async function workerMain(helpers) {
    const { workerData, receiveMessageOnPort } = await import("node:worker_threads");
    const { pathToFileURL } = await import("node:url");
    const { sab, port, jsPath, modules, classes, functions, refKey, wasiOutput } = workerData;
    const wasm = globalThis.WebAssembly;
    const wire = helpers.makeWire(refKey, { sab, port, receiveMessageOnPort, side: 1 });
    const { control } = wire;
    let seenFromMain = 0;
    /** Host handles the guest dropped, reported with the next message. */
    let dropped = [];
    const send = (message) => {
        if (dropped.length > 0) {
            message.d = dropped;
            dropped = [];
        }
        wire.write(message);
    };
    function receive() {
        // Loop: a wake-up is only a hint, the counter says whether a message arrived.
        while (Atomics.load(control, 0) === seenFromMain)
            Atomics.wait(control, 0, seenFromMain);
        seenFromMain = Atomics.load(control, 0);
        return wire.read();
    }
    // Host objects: proxies holding a main-thread handle id; guest objects: this thread's table.
    const hostIds = new WeakMap();
    const hostProxies = new Map();
    const proxyClasses = new Map();
    const guestObjects = new Map();
    const guestIds = new WeakMap();
    let nextGuestId = 1;
    function encode(value) {
        return wire.encode(value, (object) => {
            const hostId = hostIds.get(object);
            if (hostId !== undefined)
                return { kind: 'h', id: hostId };
            let id = guestIds.get(object);
            if (id === undefined) {
                id = nextGuestId++;
                guestIds.set(object, id);
                guestObjects.set(id, object);
            }
            return { kind: 'g', id };
        });
    }
    function decode(value) {
        return wire.decode(value, (ref) => {
            const id = ref.id;
            if (ref.kind === 'g')
                return guestObjects.get(id);
            let proxy = hostProxies.get(id);
            if (!proxy) {
                proxy = Object.create(proxyClasses.get(ref.c).prototype);
                hostIds.set(proxy, id);
                hostProxies.set(id, proxy);
            }
            return proxy;
        });
    }
    function callHost(message) {
        send({ ...message, a: encode(message.a) });
        const reply = receive();
        if (reply.k === 'hret')
            return decode(reply.v);
        if (reply.k === 'hthrow')
            throw decode(reply.v);
        throw new Error(`plugin worker: unexpected ${reply.k} during a host call (re-entrant call?)`);
    }
    const imports = {};
    for (const [iface, byName] of Object.entries(classes)) {
        const target = (imports[iface] ??= {});
        for (const [name, { methods, statics }] of Object.entries(byName)) {
            const proxyClass = class {
                constructor(...args) {
                    const ref = callHost({ k: 'new', i: iface, c: name, a: args });
                    hostIds.set(this, hostIds.get(ref));
                    hostProxies.set(hostIds.get(ref), this);
                }
            };
            Object.defineProperty(proxyClass, 'name', { value: name });
            Object.defineProperty(proxyClass.prototype, Symbol.dispose ?? Symbol.for('dispose'), {
                value: function () {
                    const id = hostIds.get(this);
                    if (id === undefined)
                        return;
                    hostIds.delete(this);
                    hostProxies.delete(id);
                    dropped.push(id);
                },
            });
            for (const method of methods) {
                Object.defineProperty(proxyClass.prototype, method, {
                    value: function (...args) {
                        return callHost({ k: 'host', h: hostIds.get(this), m: method, a: args });
                    },
                });
            }
            for (const method of statics) {
                Object.defineProperty(proxyClass, method, {
                    value: (...args) => callHost({ k: 'static', i: iface, c: name, m: method, a: args }),
                });
            }
            proxyClasses.set(name, proxyClass);
            target[name] = proxyClass;
        }
    }
    for (const [iface, names] of Object.entries(functions)) {
        const target = (imports[iface] ??= {});
        for (const name of names) {
            target[name] = (...args) => callHost({ k: 'fn', i: iface, m: name, a: args });
        }
    }
    const writeOutput = imports[wasiOutput.iface][wasiOutput.fn];
    Object.assign(imports, helpers.makeWasiStubs(writeOutput));
    // Node 20 lacks JSPI; jco probes WebAssembly.promising ~60 times per instantiation, and a
    // missing function makes V8 re-parse a huge function each time (~340 ms). Throwing is cheap.
    if (typeof wasm.promising !== 'function') {
        wasm.promising = () => {
            throw new TypeError('JSPI is not available');
        };
    }
    const memories = [];
    let exportsRoot;
    try {
        const generated = (await import(pathToFileURL(jsPath).href));
        exportsRoot = await generated.instantiate((path) => modules[path], imports, async (module, coreImports) => {
            const instance = await wasm.instantiate(module, coreImports);
            for (const item of Object.values(instance.exports)) {
                if (item instanceof wasm.Memory)
                    memories.push(item);
            }
            return instance;
        });
    }
    catch (error) {
        send({ k: 'trap', m: `instantiation failed: ${error?.message ?? String(error)}` });
        return;
    }
    send({ k: 'ready' });
    const memoryBytes = () => memories.reduce((total, memory) => total + memory.buffer.byteLength, 0);
    for (;;) {
        const message = receive();
        if (message.k === 'drop') {
            for (const id of message.ids)
                guestObjects.delete(id);
            continue;
        }
        try {
            const args = decode(message.a);
            let result;
            if (message.t === undefined) {
                const [iface, name] = message.f.split('.');
                result = exportsRoot[iface][name](...args);
            }
            else {
                const target = guestObjects.get(message.t);
                if (!target)
                    throw new Error(`guest object ${String(message.t)} no longer exists`);
                result = target[message.f](...args);
            }
            send({ k: 'ret', v: encode(result) });
        }
        catch (error) {
            const payload = error?.payload;
            if (payload !== undefined && typeof payload === 'object' && payload !== null && hostIds.has(payload)) {
                send({ k: 'err', v: encode(payload) });
            }
            else {
                const failure = error;
                send({
                    k: 'trap',
                    m: failure?.message ?? String(error),
                    n: failure?.name ?? typeof error,
                    memory: memoryBytes(),
                });
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/plugin/wire.js
const WIRE_HEADER_BYTES = 16;
function makeWire(refKey, ends) {
    const { sab, port, receiveMessageOnPort, side } = ends;
    const control = new Int32Array(sab, 0, 4);
    const bytes = Buffer.from(sab, 16);
    const ref = (value) => ({ [refKey]: value });
    const TYPED_ARRAYS = {
        Int8Array,
        Uint8Array,
        Int16Array,
        Uint16Array,
        Int32Array,
        Uint32Array,
        Float32Array,
        Float64Array,
        BigInt64Array,
        BigUint64Array,
    };
    function encode(value, resource) {
        if (value === undefined)
            return ref({ kind: 'u' });
        if (typeof value === 'bigint')
            return ref({ kind: 'n', v: value.toString() });
        if (typeof value !== 'object' || value === null)
            return value;
        if (ArrayBuffer.isView(value)) {
            const view = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
            return ref({ kind: 'b', t: value.constructor.name, v: view.toString('base64') });
        }
        if (Array.isArray(value))
            return value.map((item) => encode(item, resource));
        if (Object.getPrototypeOf(value) !== Object.prototype)
            return ref(resource(value));
        const out = {};
        for (const key of Object.keys(value))
            out[key] = encode(value[key], resource);
        return out;
    }
    function decode(value, resource) {
        if (typeof value !== 'object' || value === null)
            return value;
        if (Array.isArray(value))
            return value.map((item) => decode(item, resource));
        const tagged = value[refKey];
        if (tagged) {
            if (tagged.kind === 'u')
                return undefined;
            if (tagged.kind === 'n')
                return BigInt(tagged.v);
            if (tagged.kind === 'b') {
                const raw = Buffer.from(tagged.v, 'base64');
                const Typed = TYPED_ARRAYS[tagged.t] ?? Uint8Array;
                return new Typed(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
            }
            return resource(tagged);
        }
        const out = {};
        for (const key of Object.keys(value))
            out[key] = decode(value[key], resource);
        return out;
    }
    function write(message) {
        const text = JSON.stringify(message);
        const length = Buffer.byteLength(text);
        if (length <= bytes.length) {
            bytes.write(text, 0, 'utf8');
            Atomics.store(control, 2, length);
        }
        else {
            port.postMessage(text);
            Atomics.store(control, 2, -1);
        }
        Atomics.add(control, side, 1);
        Atomics.notify(control, side);
    }
    function read() {
        const length = Atomics.load(control, 2);
        const text = length < 0 ? receiveMessageOnPort(port).message : bytes.toString('utf8', 0, length);
        return JSON.parse(text);
    }
    return { control, encode, decode, write, read };
}

;// CONCATENATED MODULE: ./lib/plugin/instance.js







const DEFAULT_LIMITS = { timeMs: 60_000, memoryMb: 512, stackMb: 4 };
/**
 * A call on a guest object of a discarded worker generation. Callers that can re-create the object
 * (components, through `create-*`) do so and call again: the worker may have been discarded by
 * another call while this one waited in the queue.
 */
class StaleGuestObject extends errors/* EdoError */.bX {
}
/** A resource the guest implements (a transform, a farm...), valid in one worker generation. */
class GuestRef {
    instance;
    generation;
    id;
    constructor(instance, generation, id) {
        this.instance = instance;
        this.generation = generation;
        this.id = id;
    }
}
const REF_KEY = '\u0000edo-ref';
/** Messages up to this size go through shared memory; bigger ones through the MessagePort. */
const CHANNEL_BYTES = 1 << 20;
/**
 * How long the main thread blocks waiting for a guest reply before yielding to the event loop.
 * Most calls return within microseconds; blocking briefly avoids a trip through the event loop.
 */
const SPIN_MS = 0.2;
/**
 * Starting a worker (loading ~1 MB of generated JS, instantiating) is host work, not guest time:
 * it gets its own budget rather than the per-call limit.
 */
const START_BUDGET_MS = 120_000;
/** `table[key]` only for the table's own keys: guests name interfaces and functions. */
function ownEntry(table, key) {
    return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
const HOST_CLASS_NAMES = new Map();
/** Host-side helpers on the resource classes, never callable by a guest. */
const HELPER_METHODS = new Set(['constructor', 'toModel', 'toDeclaration', 'toReadable', 'remaining']);
function witMethods(cls) {
    return Object.getOwnPropertyNames(cls.prototype).filter((name) => !HELPER_METHODS.has(name) && typeof cls.prototype[name] === 'function');
}
const WORKER_CLASSES = {};
for (const [iface, byName] of Object.entries(HOST_CLASSES)) {
    WORKER_CLASSES[iface] = {};
    for (const [name, cls] of Object.entries(byName)) {
        HOST_CLASS_NAMES.set(cls, name);
        WORKER_CLASSES[iface][name] = { methods: witMethods(cls), statics: [...(GUEST_STATICS.get(cls) ?? [])] };
    }
}
const WORKER_SOURCE = `(${workerMain.toString()})({ makeWasiStubs: ${makeWasiStubs.toString()}, makeWire: ${makeWire.toString()} })`;
/** Instances inside a host call, per async context: a guest calling back into itself would deadlock. */
const activeHostCalls = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
/**
 * One plugin's guest, running in its own worker thread. Calls are serialized; a call that traps,
 * runs out of time or memory discards the worker, and the next call starts a new one (guest
 * resources from the old one are gone: callers re-create them, see adapters.ts).
 */
class PluginInstance {
    spec;
    worker;
    wire;
    port;
    seenFromWorker = 0;
    dead = false;
    starting;
    queue = Promise.resolve();
    /** Bumped whenever a worker is discarded: GuestRefs of older generations are stale. */
    generation = 0;
    handles = new Map();
    handleIds = new WeakMap();
    nextHandle = 1;
    /** Statistics for tests and benchmarks. */
    stats = { workersStarted: 0, calls: 0, hostCalls: 0 };
    /** The last host call of the current call that failed, for the message if the guest traps. */
    lastHostFailure;
    /** Handle ids created for the arguments of the call in progress. */
    callScope;
    /** Host objects the guest currently holds handles to. */
    get liveHandles() {
        return this.handles.size;
    }
    constructor(spec) {
        this.spec = spec;
    }
    /** Calls an `abi` export (`target` undefined, `fn` like `abi.createTransform`) or a guest resource method. */
    call(target, fn, args, site) {
        if (activeHostCalls.getStore()?.has(this)) {
            return Promise.reject(this.failure(site, 'the plugin called back into itself through the host (re-entrant calls are not supported)'));
        }
        const run = this.queue.then(() => this.callNow(target, fn, args, site));
        this.queue = run.catch(() => undefined);
        return run;
    }
    async close() {
        await this.queue;
        this.discard();
    }
    failure(site, message) {
        return new errors/* EdoError */.bX(`${site.component}: ${site.method}: ${message}`, { plugin: this.spec.plugin });
    }
    async callNow(target, fn, args, site) {
        if (target && target.generation !== this.generation) {
            throw new StaleGuestObject(`${site.component}: ${site.method}: the guest object was lost when its worker was discarded`, {
                plugin: this.spec.plugin,
            });
        }
        await this.start(site);
        this.stats.calls++;
        this.lastHostFailure = undefined;
        // Handles made for this call's arguments are borrows: the guest cannot keep them past the
        // call, so they are released after it (unless the guest also received them as own).
        const callScope = new Set();
        this.callScope = callScope;
        let reply;
        try {
            reply = await this.exchange({ k: 'call', t: target?.id, f: fn, a: this.encode(args, callScope) }, site);
        }
        finally {
            this.callScope = undefined;
            for (const id of callScope)
                this.handles.delete(id);
        }
        if (reply.k === 'ret')
            return this.decodeReturned(reply.v);
        if (reply.k === 'err') {
            const error = this.decodeReturned(reply.v);
            const message = error instanceof HostError ? error.toString() : String(error);
            throw this.failure(site, message);
        }
        this.discard();
        throw this.failure(site, this.describeTrap(reply));
    }
    describeTrap(reply) {
        const capBytes = this.spec.limits.memoryMb * 1024 * 1024;
        // Allocators grow in chunks: a trap with memory this close to the cap is the cap's doing.
        const nearCap = Math.max(8 * 1024 * 1024, capBytes / 8);
        if (typeof reply.memory === 'number' && capBytes - reply.memory < nearCap) {
            return `exceeded the memory limit of ${this.spec.limits.memoryMb} MiB (${String(reply.m)})`;
        }
        if (reply.n === 'RangeError' && /call stack/i.test(String(reply.m))) {
            return `exceeded the stack limit (${this.spec.limits.stackMb} MiB): ${String(reply.m)}`;
        }
        const after = this.lastHostFailure ? ` after the host call ${this.lastHostFailure}` : '';
        return `trapped (${String(reply.n)}: ${String(reply.m)})${after}; the plugin was restarted`;
    }
    /** Starts the worker (instantiating the guest) unless it runs. */
    start(site) {
        if (this.worker)
            return this.starting;
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        const sab = new SharedArrayBuffer(WIRE_HEADER_BYTES + CHANNEL_BYTES);
        this.wire = makeWire(REF_KEY, { sab, port: port1, receiveMessageOnPort: external_node_worker_threads_.receiveMessageOnPort, side: 0 });
        this.port = port1;
        this.seenFromWorker = 0;
        this.dead = false;
        const workerData = {
            sab,
            port: port2,
            jsPath: this.spec.jsPath,
            modules: this.spec.modules,
            classes: WORKER_CLASSES,
            functions: Object.fromEntries(Object.entries(this.spec.functions).map(([iface, fns]) => [iface, Object.keys(fns)])),
            refKey: REF_KEY,
            wasiOutput: WASI_OUTPUT,
        };
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData,
            transferList: [port2],
            // The JS heap of the worker (generated bindings, messages); wasm memory is capped in loader.ts.
            resourceLimits: {
                stackSizeMb: this.spec.limits.stackMb,
                maxOldGenerationSizeMb: Math.max(256, this.spec.limits.memoryMb),
            },
            stdout: true,
            stderr: true,
        });
        worker.unref();
        worker.on('error', () => this.markDead(worker));
        worker.on('exit', () => this.markDead(worker));
        this.worker = worker;
        this.stats.workersStarted++;
        const starting = { ...site, method: `${site.method} (starting the plugin)` };
        const budget = { ms: START_BUDGET_MS, name: 'start-up time limit' };
        this.starting = this.exchange(undefined, starting, budget).then((reply) => {
            if (reply.k !== 'ready') {
                this.discard();
                throw this.failure(site, String(reply.m));
            }
        });
        return this.starting;
    }
    markDead(worker) {
        if (worker !== this.worker || !this.wire)
            return;
        this.dead = true;
        Atomics.add(this.wire.control, 1, 1);
        Atomics.notify(this.wire.control, 1);
    }
    /** Terminates the worker; guest objects of this generation become stale. */
    discard() {
        if (!this.worker)
            return;
        const worker = this.worker;
        this.worker = undefined;
        this.starting = undefined;
        this.generation++;
        this.handles.clear();
        this.port?.close();
        void worker.terminate();
    }
    /** Sends `message` (if any) and serves the guest's host calls until it replies. */
    async exchange(message, site, budget = { ms: this.spec.limits.timeMs, name: 'time limit' }) {
        // Atomics.waitAsync does not keep the process alive: the worker does, while a call is on.
        const worker = this.worker;
        worker.ref();
        try {
            return await this.exchangeRefed(message, site, budget);
        }
        finally {
            worker.unref();
        }
    }
    async exchangeRefed(message, site, budget) {
        if (message)
            this.wire.write(message);
        let remaining = budget.ms;
        for (;;) {
            const started = performance.now();
            const state = await this.waitForWorker(remaining);
            remaining -= performance.now() - started;
            if (this.dead) {
                this.discard();
                throw this.failure(site, 'the plugin worker exited unexpectedly');
            }
            // A wake-up is only a hint: the counter says whether the worker wrote a message. A time-out
            // is one too: on a loaded machine the timer may fire late, after the worker has replied.
            if (Atomics.load(this.wire.control, 1) === this.seenFromWorker) {
                if (state !== 'timed-out')
                    continue;
                this.discard();
                throw this.failure(site, `exceeded the ${budget.name} of ${budget.ms} ms; the plugin was stopped`);
            }
            this.seenFromWorker = Atomics.load(this.wire.control, 1);
            const reply = this.wire.read();
            // Handles the guest dropped (jco disposes the worker's proxies), piggybacked on any message.
            for (const id of reply.d ?? [])
                this.handles.delete(id);
            if (!['host', 'new', 'static', 'fn'].includes(reply.k))
                return reply;
            this.wire.write(await this.serveHostCall(reply));
        }
    }
    async waitForWorker(budgetMs) {
        const { control } = this.wire;
        const seen = this.seenFromWorker;
        const quick = Atomics.wait(control, 1, seen, Math.min(SPIN_MS, Math.max(budgetMs, 0)));
        if (quick !== 'timed-out' || budgetMs <= SPIN_MS)
            return quick;
        const waiting = Atomics.waitAsync(control, 1, seen, budgetMs - SPIN_MS);
        return waiting.async ? await waiting.value : waiting.value;
    }
    async serveHostCall(request) {
        this.stats.hostCalls++;
        try {
            const args = this.decode(request.a);
            const busy = new Set(activeHostCalls.getStore() ?? []).add(this);
            const result = await activeHostCalls.run(busy, () => this.invokeHost(request, args));
            return { k: 'hret', v: this.encode(result) };
        }
        catch (error) {
            const failure = HostError.from(error);
            // Kept for the error message if the guest does not handle it and traps.
            this.lastHostFailure = `${String(request.m ?? request.c)}: ${failure.message}`;
            return { k: 'hthrow', v: this.encode(failure) };
        }
    }
    invokeHost(request, args) {
        const name = String(request.m ?? request.c);
        if (request.k === 'host') {
            const target = this.handles.get(request.h);
            const cls = target?.constructor;
            if (!cls || !witMethods(cls).includes(name))
                throw new HostError('edo', `no host method ${name} on this handle`);
            return target[name](...args);
        }
        if (request.k === 'fn') {
            const functions = ownEntry(this.spec.functions, request.i);
            const fn = (functions && ownEntry(functions, name));
            if (!fn)
                throw new HostError('edo', `no host function ${String(request.i)}#${name}`);
            return fn(...args);
        }
        const classes = ownEntry(HOST_CLASSES, request.i);
        const cls = (classes && ownEntry(classes, request.c));
        if (request.k === 'new' && GUEST_CONSTRUCTIBLE.has(cls))
            return new cls(...args);
        if (request.k === 'static' && GUEST_STATICS.get(cls)?.includes(name))
            return cls[name](...args);
        throw new HostError('edo', `the host provides no ${request.k} ${String(request.c)}.${name}`);
    }
    /** `argumentScope` collects the handles created for a call's arguments. */
    encode(value, argumentScope) {
        return this.wire.encode(value, (object) => {
            if (object instanceof GuestRef)
                return { kind: 'g', id: object.id };
            const className = HOST_CLASS_NAMES.get(object.constructor);
            if (!className)
                throw new errors/* EdoError */.bX(`cannot pass a ${object.constructor.name} to plugin ${this.spec.plugin}`);
            let id = this.handleIds.get(object);
            if (id === undefined || !this.handles.has(id)) {
                id = this.nextHandle++;
                this.handles.set(id, object);
                this.handleIds.set(object, id);
                argumentScope?.add(id);
            }
            // Handed over outside the call's arguments (a host call's result): the guest may own it.
            if (!argumentScope)
                this.callScope?.delete(id);
            return { kind: 'h', id, c: className };
        });
    }
    /** A call's result: host objects in it are owned by the host again, so their handles go. */
    decodeReturned(value) {
        const returned = new Set();
        const decoded = this.decode(value, returned);
        for (const id of returned)
            this.handles.delete(id);
        return decoded;
    }
    decode(value, hostIds) {
        return this.wire.decode(value, (ref) => {
            const id = ref.id;
            if (ref.kind === 'h')
                hostIds?.add(id);
            if (ref.kind === 'g')
                return new GuestRef(this, this.generation, id);
            const object = this.handles.get(id);
            if (!object)
                throw new errors/* EdoError */.bX(`plugin ${this.spec.plugin} used an unknown host handle ${id}`);
            return object;
        });
    }
}

;// CONCATENATED MODULE: ./lib/plugin/adapters.js




/**
 * A guest resource. When its worker was discarded (trap, time or memory limit), the next call
 * re-creates it through `recreate` (the plugin's `create-*` factory), if it has one.
 */
class GuestObject {
    instance;
    current;
    label;
    recreate;
    constructor(instance, current, 
    /** For errors: `transform //pkg:name`. */
    label, recreate) {
        this.instance = instance;
        this.current = current;
        this.label = label;
        this.recreate = recreate;
    }
    /** The guest's reference, to pass this object back to the guest as an argument. */
    get ref() {
        return this.current;
    }
    async call(method, ...args) {
        for (;;) {
            if (this.current.generation !== this.instance.generation && this.recreate) {
                this.current = await this.recreate();
            }
            try {
                return await this.instance.call(this.current, method, args, { component: this.label, method });
            }
            catch (err) {
                // Another call discarded the worker while this one was queued: re-create and call again.
                if (!(err instanceof StaleGuestObject) || !this.recreate)
                    throw err;
            }
        }
    }
    /** A resource this one returned (an environment from a farm...): not re-creatable on its own. */
    child(ref, label) {
        return new GuestObject(this.instance, ref, label);
    }
}
const idOf = (value) => value.toModel();
const wrapEnvironment = (env) => new HostEnvironment(env);
class PluginTransform {
    guest;
    farm;
    deps;
    shellable;
    constructor(guest, farm, deps, shellable) {
        this.guest = guest;
        this.farm = farm;
        this.deps = deps;
        this.shellable = shellable;
    }
    /** `environment`, `depends` and `can-shell` are synchronous in the engine: read them once here. */
    static async create(guest) {
        const farm = (await guest.call('environment'));
        const deps = (await guest.call('depends'));
        const shellable = (await guest.call('canShell'));
        return new PluginTransform(guest, farm, deps, shellable);
    }
    environment() {
        return this.farm;
    }
    depends() {
        return [...this.deps];
    }
    async getUniqueId(ctx) {
        return idOf(await this.guest.call('getUniqueId', new HostHandle(ctx)));
    }
    async prepare(log, ctx) {
        await this.guest.call('prepare', new HostLog(log), new HostHandle(ctx));
    }
    async stage(log, ctx, env) {
        await this.guest.call('stage', new HostLog(log), new HostHandle(ctx), wrapEnvironment(env));
    }
    async transform(log, ctx, env) {
        const status = (await this.guest.call('execute', new HostLog(log), new HostHandle(ctx), wrapEnvironment(env)));
        if (status.tag === 'success')
            return { kind: 'success', artifact: status.val.toModel() };
        const [output, error] = status.val;
        return {
            kind: status.tag,
            ...(output !== undefined && { log: output }),
            error: new errors/* EdoError */.bX(error.message, { plugin: error.plugin, target: this.guest.label }),
        };
    }
    canShell() {
        return this.shellable;
    }
    async shell(env) {
        await this.guest.call('shell', wrapEnvironment(env));
    }
}
/** The writers a plugin backend handed out, so `finishLayer` can give the guest its own writer back. */
const backendWriters = new WeakMap();
class PluginStorageBackend {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async ls() {
        return (await this.guest.call('ls')).map(idOf);
    }
    async has(id) {
        return (await this.guest.call('has', HostId.of(id)));
    }
    async open(id) {
        return (await this.guest.call('open', HostId.of(id))).toModel();
    }
    async save(artifact) {
        await this.guest.call('save', HostArtifact.of(artifact));
    }
    async del(id) {
        await this.guest.call('del', HostId.of(id));
    }
    async copy(source, target) {
        await this.guest.call('copy', HostId.of(source), HostId.of(target));
    }
    async prune(id) {
        await this.guest.call('prune', HostId.of(id));
    }
    async pruneAll() {
        await this.guest.call('pruneAll');
    }
    async read(layer) {
        return (await this.guest.call('read', HostLayer.of(layer))).toReadable();
    }
    async startLayer() {
        const writer = (await this.guest.call('startLayer'));
        backendWriters.set(writer.writable, writer);
        return writer.writable;
    }
    async finishLayer(mediaType, platform, writer) {
        const hostWriter = backendWriters.get(writer);
        if (!hostWriter)
            throw new errors/* EdoError */.bX('finishLayer got a writer this backend did not start');
        // Piping a layer in (a remote cache push) has already ended the writer.
        await (0,streams/* writerFinished */.w)(writer);
        return (await this.guest.call('finishLayer', mediaType, platform, hostWriter)).layer;
    }
}
class PluginFarm {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async setup(log, storage) {
        await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
    }
    async create(log, path) {
        const ref = await this.guest.call('create', new HostLog(log), path);
        return new PluginEnvironment(this.guest.child(ref, `environment of ${this.guest.label}`));
    }
    async identity() {
        return Object.fromEntries((await this.guest.call('identity')));
    }
}
/** `deferCmd` is synchronous in the engine: the steps are recorded and replayed into the guest's command on `run`. */
class RecordedCommand {
    log;
    id;
    steps = [];
    constructor(log, id) {
        this.log = log;
        this.id = id;
    }
    set(key, value) {
        this.steps.push(['set', [key, value]]);
    }
    chdir(path) {
        this.steps.push(['chdir', [path]]);
    }
    pushd(path) {
        this.steps.push(['pushd', [path]]);
    }
    popd() {
        this.steps.push(['popd', []]);
    }
    createNamedDir(key, path) {
        this.steps.push(['createNamedDir', [key, path]]);
    }
    createDir(path) {
        this.steps.push(['createDir', [path]]);
    }
    removeDir(path) {
        this.steps.push(['removeDir', [path]]);
    }
    removeFile(path) {
        this.steps.push(['removeFile', [path]]);
    }
    mv(source, target) {
        this.steps.push(['mv', [source, target]]);
    }
    copy(source, target) {
        this.steps.push(['copy', [source, target]]);
    }
    run(cmd) {
        this.steps.push(['run', [cmd]]);
    }
    send(path) {
        this.steps.push(['send', [path]]);
    }
}
class PluginEnvironment {
    guest;
    /** `getEnv` is synchronous in the engine: it answers from the values set through `setEnv`. */
    env = new Map();
    constructor(guest) {
        this.guest = guest;
    }
    deferCmd(log, id) {
        return new RecordedCommand(log, id);
    }
    async expand(path) {
        return (await this.guest.call('expand', path));
    }
    async createDir(path) {
        await this.guest.call('createDir', path);
    }
    async setEnv(key, value) {
        await this.guest.call('setEnv', key, value);
        this.env.set(key, value);
    }
    getEnv(key) {
        return this.env.get(key);
    }
    async setup(log, storage) {
        await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
    }
    async up(log) {
        await this.guest.call('up', new HostLog(log));
    }
    async down(log) {
        await this.guest.call('down', new HostLog(log));
    }
    async clean(log) {
        await this.guest.call('clean', new HostLog(log));
    }
    async write(path, data) {
        await this.guest.call('write', path, new HostReader(data));
    }
    async unpack(path, data) {
        await this.guest.call('unpack', path, new HostReader(data));
    }
    async read(path, writer) {
        await this.guest.call('read', path, new HostWriter(writer));
    }
    async cmd(log, id, path, command) {
        return (await this.guest.call('cmd', new HostLog(log), HostId.of(id), path, command));
    }
    async run(log, id, path, command) {
        if (!(command instanceof RecordedCommand))
            throw new errors/* EdoError */.bX('run got a command this environment did not defer');
        const guestCommand = this.guest.child(await this.guest.call('deferCmd', new HostLog(command.log), HostId.of(command.id)), `command of ${this.guest.label}`);
        for (const [method, args] of command.steps)
            await guestCommand.call(method, ...args);
        return (await this.guest.call('run', new HostLog(log), HostId.of(id), path, guestCommand.ref));
    }
    async shell(path) {
        await this.guest.call('shell', path);
    }
}
class PluginSource {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async getUniqueId() {
        return idOf(await this.guest.call('getUniqueId'));
    }
    async fetch(log, storage) {
        return (await this.guest.call('fetch', new HostLog(log), new HostStorageManager(storage))).toModel();
    }
    async stage(log, storage, env, path) {
        await this.guest.call('stage', new HostLog(log), new HostStorageManager(storage), wrapEnvironment(env), path);
    }
}
class PluginVendor {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async getOptions(name) {
        return (await this.guest.call('getOptions', name));
    }
    async resolve(name, version) {
        return (await this.guest.call('resolve', name, version)).value;
    }
    async getDependencies(name, version) {
        return (await this.guest.call('getDependencies', name, version));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/plugin/capabilities.js



function parseCapability(text, scope) {
    const [kind, ...rest] = text.split(':');
    if (kind === 'fs' && (rest[0] === 'read' || rest[0] === 'write') && rest.length >= 2) {
        return { kind: 'fs', access: rest[0], path: resolveGrantPath(rest.slice(1).join(':'), text, scope) };
    }
    if (kind === 'env' && rest.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest[0])) {
        return { kind: 'env', name: rest[0] };
    }
    if (kind === 'net' && rest.length === 2 && rest[0] !== '' && /^(\d+|\*)$/.test(rest[1])) {
        return { kind: 'net', host: rest[0].toLowerCase(), port: rest[1] };
    }
    throw new errors/* UsageError */.eb(`capability "${text}" is not one of fs:read:<dir>, fs:write:<dir>, env:<NAME>, net:<host>:<port>`);
}
function resolveGrantPath(raw, text, scope) {
    const expanded = raw.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name) => {
        const value = scope.vars?.[name];
        if (value === undefined)
            throw new errors/* UsageError */.eb(`capability "${text}" uses $${name}, which is not defined`);
        return value;
    });
    if (expanded.startsWith('//'))
        return (0,external_node_path_.resolve)(scope.workspaceRoot, expanded.slice(2));
    if (!(0,external_node_path_.isAbsolute)(expanded))
        throw new errors/* UsageError */.eb(`capability "${text}" needs an absolute or //workspace path`);
    return (0,external_node_path_.resolve)(expanded);
}
function within(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep);
}
/** Whether `granted` asks for no more than `requested`. */
function covers(requested, granted) {
    if (requested.kind === 'fs' && granted.kind === 'fs') {
        return ((requested.access === 'write' || granted.access === 'read') && within(granted.path, requested.path));
    }
    if (requested.kind === 'env' && granted.kind === 'env')
        return requested.name === granted.name;
    if (requested.kind === 'net' && granted.kind === 'net') {
        return requested.host === granted.host && (requested.port === '*' || requested.port === granted.port);
    }
    return false;
}
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(path);
        if (parent === path)
            return path;
        return (0,external_node_path_.join)(realPathOf(parent), path.slice(parent.length));
    }
}
/** The capabilities one plugin holds, and the checks its host calls go through. */
class CapabilitySet {
    plugin;
    granted;
    constructor(plugin, granted) {
        this.plugin = plugin;
        this.granted = granted;
    }
    /**
     * The grants of a `plugin(...)` declaration, each checked against what the manifest requests:
     * a grant can only narrow a request, never widen it.
     */
    static grant(plugin, requested, grants, scope) {
        const asked = requested.map((text) => parseCapability(text, scope));
        const given = grants.map((text) => {
            const capability = parseCapability(text, scope);
            if (!asked.some((request) => covers(request, capability))) {
                throw new errors/* UsageError */.eb(`grant "${text}" is not covered by the capabilities plugin ${plugin} requests` +
                    ` (${requested.length > 0 ? requested.join(', ') : 'none'})`, { plugin });
            }
            return capability;
        });
        return new CapabilitySet(plugin, given);
    }
    deny(what, needed) {
        throw new errors/* EdoError */.bX(`${what} denied: it was granted no capability ${needed}`, {
            plugin: this.plugin,
        });
    }
    /** The real path to use for a file access, when granted. */
    checkPath(path, access) {
        if (!(0,external_node_path_.isAbsolute)(path))
            this.deny(`${access} of relative path "${path}"`, `fs:${access}:<dir> (use absolute paths)`);
        const real = realPathOf((0,external_node_path_.resolve)(path));
        const allowed = this.granted.some((grant) => grant.kind === 'fs' &&
            (grant.access === 'write' || access === 'read') &&
            within(real, realPathOf(grant.path)));
        if (!allowed)
            this.deny(`${access} of ${path}`, `fs:${access}:${(0,external_node_path_.dirname)(real)} (or a parent)`);
        return real;
    }
    checkEnv(name) {
        if (!this.granted.some((grant) => grant.kind === 'env' && grant.name === name)) {
            this.deny(`reading environment variable ${name}`, `env:${name}`);
        }
    }
    checkNet(url) {
        const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
        const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            this.deny(`request to ${url.href}`, 'http(s) URLs only');
        const allowed = this.granted.some((grant) => grant.kind === 'net' && grant.host === host && (grant.port === '*' || grant.port === port));
        if (!allowed)
            this.deny(`connection to ${host}:${port}`, `net:${host}:${port}`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/plugin/wasm-binary.js
var wasm_binary = __nccwpck_require__(8241);
;// CONCATENATED MODULE: ./lib/plugin/loader.js





const wasm = globalThis.WebAssembly;
/**
 * Transpiling a component (jco) takes ~1 s for a 12 MB componentize-js guest; loading the
 * transpiled output takes tens of ms. The output (generated JS + core wasm modules) is cached on
 * disk by the component's sha256, so a new process starts warm; within one process the compiled
 * `WebAssembly.Module`s are reused, so re-creating a worker only instantiates.
 */
/** Bump when the transpile options or the cache layout change. */
const CACHE_FORMAT = 'jco-1.35.0-async-v1';
const GENERATED_JS = 'plugin.js';
const META_FILE = 'meta.json';
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The cache directory: `$EDO_PLUGIN_CACHE`, else `<workspace>/.edo/plugin-cache`. */
function defaultCacheDir(workspaceRoot, env = process.env) {
    return env.EDO_PLUGIN_CACHE || (0,external_node_path_.join)(workspaceRoot, '.edo', 'plugin-cache');
}
async function readMeta(dir) {
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, META_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The transpiled form of `component`, from the cache or made now. Safe with concurrent
 * processes: each writes a private temp dir and renames it into place; the first rename wins.
 */
async function transpileCached(component, digest, cacheDir, plugin) {
    const dir = (0,external_node_path_.join)(cacheDir, `${digest}-${CACHE_FORMAT}`);
    const cached = await readMeta(dir);
    if (cached)
        return { dir, jsPath: (0,external_node_path_.join)(dir, GENERATED_JS), ...cached, transpiled: false };
    const { transpile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1119));
    let output;
    try {
        output = await transpile(component, {
            name: 'plugin',
            instantiation: 'async',
            noTypescript: true,
            minify: false,
            quiet: true,
        });
    }
    catch (error) {
        throw new errors/* EdoError */.bX(`the component cannot be transpiled: ${error.message}`, { plugin });
    }
    const coreFiles = Object.keys(output.files).filter((name) => name.endsWith('.wasm'));
    const temp = (0,external_node_path_.join)(cacheDir, `.tmp-${digest.slice(0, 12)}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await (0,promises_.mkdir)(temp, { recursive: true });
    try {
        for (const name of [...coreFiles, GENERATED_JS]) {
            const data = output.files[name];
            if (!data)
                throw new errors/* EdoError */.bX(`jco produced no ${name}`, { plugin });
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(temp, name)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(temp, name), data, { flush: true });
        }
        const meta = { coreFiles, imports: output.imports };
        await (0,promises_.writeFile)((0,external_node_path_.join)(temp, META_FILE), JSON.stringify(meta), { flush: true });
        try {
            await (0,promises_.rename)(temp, dir);
        }
        catch (error) {
            // Another process cached the same component first; its copy is as good as ours.
            if (!['EEXIST', 'ENOTEMPTY'].includes(error.code ?? ''))
                throw error;
        }
        return { dir, jsPath: (0,external_node_path_.join)(dir, GENERATED_JS), ...meta, transpiled: true };
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/** Compiled core modules by (file digest, memory cap): shared by every instance in this process. */
const compiledModules = new Map();
/**
 * The core modules of a transpiled plugin, compiled with every defined memory capped at
 * `memoryMb` (so `memory.grow` fails at the cap: worker resource limits do not cover wasm memory).
 */
async function compileCoreModules(transpiled, memoryMb, plugin) {
    const maxPages = Math.floor((memoryMb * 1024 * 1024) / wasm_binary/* WASM_PAGE */.n$);
    const modules = {};
    for (const name of transpiled.coreFiles) {
        const key = `${transpiled.dir}/${name}#${maxPages}`;
        let compiled = compiledModules.get(key);
        if (!compiled) {
            compiled = (0,promises_.readFile)((0,external_node_path_.join)(transpiled.dir, name)).then((bytes) => {
                const capped = (0,wasm_binary/* capMemory */.kd)(bytes, maxPages);
                const tooBig = capped.minimumPages.find((pages) => pages > maxPages);
                if (tooBig !== undefined) {
                    throw new errors/* EdoError */.bX(`${name} needs ${Math.ceil((tooBig * wasm_binary/* WASM_PAGE */.n$) / 2 ** 20)} MiB of memory to start, over its limit of ${memoryMb} MiB`, { plugin });
                }
                return wasm.compile(capped.bytes);
            });
            compiledModules.set(key, compiled);
            compiled.catch(() => compiledModules.delete(key));
        }
        modules[name] = await compiled;
    }
    return modules;
}

// EXTERNAL MODULE: ./lib/plugin/manifest.js
var plugin_manifest = __nccwpck_require__(9242);
;// CONCATENATED MODULE: ./lib/plugin/system.js





/** The largest HTTP response body a plugin may receive in one call. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * The functions of `edo:plugin/common`, `edo:plugin/host` and `edo:plugin/system` for one
 * plugin: logging to `log` (with what a WASI guest prints), and file, environment and network
 * access checked against `caps`.
 * Denials and I/O failures are `err(error)` values for the guest, never host exceptions.
 */
function hostFunctions(plugin, caps, log) {
    const guarded = (fn) => async (...args) => {
        try {
            return await fn(...args);
        }
        catch (error) {
            throw HostError.from(error);
        }
    };
    const logging = {
        info: (message) => log.write(`[${plugin}] ${message}\n`),
        warn: (message) => log.write(`[${plugin}] warning: ${message}\n`),
        fatal: (message) => log.write(`[${plugin}] fatal: ${message}\n`),
    };
    return {
        'edo:plugin/common': logging,
        'edo:plugin/host': logging,
        // What guests built with WASI print (see wasi-stubs.ts).
        [WASI_OUTPUT.iface]: {
            [WASI_OUTPUT.fn]: (_stream, bytes) => log.write(bytes),
        },
        'edo:plugin/system': {
            readFile: guarded(async (path) => new Uint8Array(await (0,promises_.readFile)(caps.checkPath(path, 'read')))),
            readDir: guarded(async (path) => (await (0,promises_.readdir)(caps.checkPath(path, 'read'))).sort()),
            writeFile: guarded(async (path, data) => {
                const real = caps.checkPath(path, 'write');
                const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(real), `.${(0,external_node_path_.basename)(real)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
                try {
                    await (0,promises_.writeFile)(temp, data, { flush: true });
                    await (0,promises_.rename)(temp, real);
                }
                finally {
                    await (0,promises_.rm)(temp, { force: true });
                }
            }),
            getEnv: guarded((name) => {
                caps.checkEnv(name);
                return process.env[name];
            }),
            httpFetch: guarded(async (request) => {
                const url = new URL(request.url);
                caps.checkNet(url);
                // Redirects are not followed: each hop would need its own capability check.
                const response = await fetch(url, {
                    method: request.method,
                    headers: request.headers,
                    body: request.body,
                    redirect: 'manual',
                });
                const body = new Uint8Array(await response.arrayBuffer());
                if (body.length > MAX_RESPONSE_BYTES)
                    throw new HostError('edo', `response from ${url.host} is too large`);
                return { status: response.status, headers: [...response.headers.entries()], body };
            }),
        },
    };
}

;// CONCATENATED MODULE: ./lib/plugin/manager.js











const FACTORIES = {
    storage: 'abi.createStorage',
    farm: 'abi.createFarm',
    source: 'abi.createSource',
    transform: 'abi.createTransform',
    vendor: 'abi.createVendor',
};
/** A loaded plugin (seed 3.2.1): its manifest, its digest and its (worker) instance. */
class Plugin {
    name;
    manifest;
    digest;
    instance;
    cold;
    config;
    constructor(name, manifest, 
    /** sha256 hex of the component. */
    digest, instance, 
    /** True when this load had to transpile (nothing was cached). */
    cold, config) {
        this.name = name;
        this.manifest = manifest;
        this.digest = digest;
        this.instance = instance;
        this.cold = cold;
        this.config = config;
    }
    async createRef(kind, addr, node, ctx) {
        const args = [addr, HostNode.ofDeclaration(node), new HostContext(ctx, this.config)];
        const site = { component: `${kind} ${addr}`, method: `create-${kind}` };
        return (await this.instance.call(undefined, FACTORIES[kind], args, site));
    }
    async guest(kind, addr, node, ctx) {
        const recreate = () => this.createRef(kind, addr, node, ctx);
        return new GuestObject(this.instance, await recreate(), `${kind} ${addr}`, recreate);
    }
    async createStorage(addr, node, ctx) {
        return new PluginStorageBackend(await this.guest('storage', addr, node, ctx));
    }
    async createFarm(addr, node, ctx) {
        return new PluginFarm(await this.guest('farm', addr, node, ctx));
    }
    async createSource(addr, node, ctx) {
        return new PluginSource(await this.guest('source', addr, node, ctx));
    }
    async createTransform(addr, node, ctx) {
        return PluginTransform.create(await this.guest('transform', addr, node, ctx));
    }
    async createVendor(addr, node, ctx) {
        return new PluginVendor(await this.guest('vendor', addr, node, ctx));
    }
}
/** The catalog of loaded plugins (seed 3.2.3). */
class PluginRegistry {
    plugins = new Map();
    add(plugin) {
        if (this.plugins.has(plugin.name))
            throw new errors/* EdoError */.bX(`plugin ${plugin.name} is declared twice`);
        this.plugins.set(plugin.name, plugin);
    }
    get(name) {
        return this.plugins.get(name);
    }
    list() {
        return [...this.plugins.values()];
    }
}
/** The unversioned import interfaces the host provides. */
const PROVIDED_IMPORTS = new Set([...Object.keys(HOST_CLASSES), 'edo:plugin/system']);
const WASI_IMPORTS = new Set(WASI_STUBBED);
/** The imports (as jco lists them, possibly versioned) that the host cannot satisfy. */
function unprovidedImports(imports) {
    const hostMajor = plugin_manifest/* HOST_INTERFACE */.D6.version.split('.')[0];
    return imports.filter((name) => {
        const at = name.lastIndexOf('@');
        const base = at === -1 ? name : name.slice(0, at);
        const version = at === -1 ? undefined : name.slice(at + 1);
        if (PROVIDED_IMPORTS.has(base))
            return version !== undefined && version.split('.')[0] !== hostMajor;
        if (WASI_IMPORTS.has(base))
            return version !== undefined && !version.startsWith('0.2.');
        return true;
    });
}
/**
 * Loads plugins and registers their components (seed 3.2.2, lifecycle seed 7): load = digest
 * check, manifest and version check, capability grants, transpile (cached), compile (cached in
 * process), start the worker; initialisation = `create-*` per declaration, through the registry.
 */
class PluginManager {
    options;
    registry = new PluginRegistry();
    cacheDir;
    constructor(options) {
        this.options = options;
        this.cacheDir = options.cacheDir ?? defaultCacheDir(options.workspaceRoot);
    }
    async loadPlugin(options) {
        const { name } = options;
        const bytes = options.bytes ?? (options.wasmPath ? await (0,promises_.readFile)(options.wasmPath) : undefined);
        if (!bytes)
            throw new errors/* EdoError */.bX('no wasmPath or bytes given', { plugin: name });
        const what = options.wasmPath ?? name;
        const digest = sha256Hex(bytes);
        if (options.sha256 !== undefined) {
            const expected = options.sha256.replace(/^sha256:/, '').toLowerCase();
            if (expected !== digest) {
                throw new errors/* EdoError */.bX(`${what} has sha256 ${digest}, but the declaration pins ${expected}; refusing to load it`, {
                    plugin: name,
                });
            }
        }
        const manifest = (0,plugin_manifest/* readManifest */.WI)(bytes, name);
        (0,plugin_manifest/* checkInterfaceVersion */.UO)(manifest);
        if (options.version !== undefined && !semver.satisfies(manifest.version, options.version)) {
            throw new errors/* EdoError */.bX(`the declaration wants version ${options.version}, but ${what} is ${manifest.name}@${manifest.version}`, { plugin: name });
        }
        const capabilities = CapabilitySet.grant(name, manifest.capabilities, options.capabilities ?? [], {
            workspaceRoot: this.options.workspaceRoot,
            vars: this.options.vars,
        });
        const transpiled = await transpileCached(bytes, digest, this.cacheDir, name);
        const missing = unprovidedImports(transpiled.imports);
        if (missing.length > 0) {
            throw new errors/* EdoError */.bX(`it imports what the host does not provide: ${missing.join(', ')}`, {
                plugin: name,
            });
        }
        const limits = { ...DEFAULT_LIMITS, ...options.limits };
        const instance = new PluginInstance({
            plugin: name,
            jsPath: transpiled.jsPath,
            modules: await compileCoreModules(transpiled, limits.memoryMb, name),
            functions: hostFunctions(name, capabilities, this.options.log),
            limits,
        });
        await instance.start({ component: 'plugin', method: 'load' });
        const plugin = new Plugin(name, manifest, digest, instance, transpiled.transpiled, options.config ?? {});
        this.registry.add(plugin);
        return plugin;
    }
    /**
     * Registers every component the plugin's manifest provides, like a built-in: each under
     * `<plugin>:<component>`, the first of each kind also under `<plugin>` (what a declaration like
     * `environment_farm(name, plugin = "docker-env")` resolves to), and each rule kind under its name.
     */
    registerComponents(plugin, registry) {
        const { provides, rules } = plugin.manifest;
        const add = (kinds, names, create) => {
            names?.forEach((component, index) => {
                // The guest's factory sees the component name as the node's kind.
                const factory = (addr, node, ctx) => create.call(plugin, addr, { ...node, kind: component }, ctx);
                kinds.register(`${plugin.name}:${component}`, factory);
                if (index === 0)
                    kinds.register(plugin.name, factory);
            });
        };
        add(registry.storage, provides.storage, plugin.createStorage);
        add(registry.farms, provides.farm, plugin.createFarm);
        add(registry.sources, provides.source, plugin.createSource);
        add(registry.transforms, provides.transform, plugin.createTransform);
        add(registry.vendors, provides.vendor, plugin.createVendor);
        for (const [rule, schema] of Object.entries(rules)) {
            registry.transforms.register(rule, (addr, node, ctx) => plugin.createTransform(addr, { ...node, kind: schema.transform }, ctx));
        }
    }
    /** Makes the plugin's rule kinds callable in build files, like built-in rules. */
    registerRules(plugin, rules) {
        for (const [kind, schema] of Object.entries(plugin.manifest.rules)) {
            const attrs = Object.fromEntries(Object.entries(schema.attrs).map(([name, { doc, ...spec }]) => [name, { ...spec, doc: doc ?? '' }]));
            rules.register({
                kind,
                component: 'transform',
                doc: schema.doc ?? `provided by plugin ${plugin.name}`,
                attrs,
            });
        }
    }
    /** Unloading (seed 7.5): stops every plugin's worker. */
    async close() {
        await Promise.all(this.registry.list().map((plugin) => plugin.instance.close()));
    }
}


/***/ }),

/***/ 9242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ HOST_INTERFACE),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   UO: () => (/* binding */ checkInterfaceVersion),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   rw: () => (/* binding */ embedManifest)
/* harmony export */ });
/* unused harmony exports HOST_INTERFACE_ID, MANIFEST_SECTION, COMPONENT_KINDS */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3434);
/* harmony import */ var _wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8241);



/** The `edo:plugin` interface this host implements (wit/). */
const HOST_INTERFACE = { package: 'edo:plugin', version: '1.0.0' };
const HOST_INTERFACE_ID = `${HOST_INTERFACE.package}@${HOST_INTERFACE.version}`;
/** The custom section that carries a plugin's manifest, readable without instantiating. */
const MANIFEST_SECTION = 'edo:plugin-manifest';
/** Component kinds a plugin can provide, named after the `abi` factories (`create-<kind>`). */
const COMPONENT_KINDS = ['storage', 'farm', 'source', 'transform', 'vendor'];
const ATTR_TYPES = [
    'string',
    'bool',
    'int',
    'string_list',
    'string_dict',
    'label',
    'label_list',
    'files',
    'any',
];
function fail(what, message) {
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(message, { plugin: what });
}
function isStringList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
/** Validates manifest JSON; `what` names the plugin file in errors. */
function parseManifest(json, what) {
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (error) {
        fail(what, `its ${MANIFEST_SECTION} section is not JSON: ${error.message}`);
    }
    if (typeof raw !== 'object' || raw === null)
        fail(what, `its ${MANIFEST_SECTION} section is not an object`);
    const record = raw;
    const { name, version, interface: targeted } = record;
    if (typeof name !== 'string' || name === '')
        fail(what, 'its manifest has no "name"');
    if (typeof version !== 'string' || !semver__WEBPACK_IMPORTED_MODULE_0__.valid(version)) {
        fail(what, `its manifest "version" ${JSON.stringify(version)} is not a semver version`);
    }
    if (typeof targeted !== 'string' || !/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*@.+$/.test(targeted)) {
        fail(what, `its manifest "interface" ${JSON.stringify(targeted)} is not like "${HOST_INTERFACE_ID}"`);
    }
    const provides = {};
    const rawProvides = (record.provides ?? {});
    for (const [kind, names] of Object.entries(rawProvides)) {
        if (!COMPONENT_KINDS.includes(kind)) {
            fail(what, `its manifest provides unknown kind "${kind}" (kinds: ${COMPONENT_KINDS.join(', ')})`);
        }
        if (!isStringList(names))
            fail(what, `its manifest "provides.${kind}" is not a list of names`);
        provides[kind] = names;
    }
    const rules = (record.rules ?? {});
    for (const [rule, schema] of Object.entries(rules)) {
        if (!/^[a-z_][a-z0-9_]*$/.test(rule))
            fail(what, `its rule name "${rule}" is not a Starlark identifier`);
        if (typeof schema?.transform !== 'string' || !provides.transform?.includes(schema.transform)) {
            fail(what, `its rule "${rule}" names transform ${JSON.stringify(schema?.transform)}, which it does not provide`);
        }
        for (const [attr, spec] of Object.entries(schema.attrs ?? {})) {
            if (!ATTR_TYPES.includes(spec?.type)) {
                fail(what, `its rule "${rule}" attribute "${attr}" has type ${JSON.stringify(spec?.type)} (types: ${ATTR_TYPES.join(', ')})`);
            }
        }
    }
    const capabilities = record.capabilities ?? [];
    if (!isStringList(capabilities))
        fail(what, 'its manifest "capabilities" is not a list of strings');
    return { name, version, interface: targeted, provides, rules, capabilities };
}
/** The manifest inside a component, without instantiating it. */
function readManifest(bytes, what) {
    if (!(0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .isComponent */ .Wy)(bytes))
        fail(what, 'it is not a WebAssembly component');
    const found = (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(bytes, MANIFEST_SECTION);
    if (found.length === 0)
        fail(what, `it has no ${MANIFEST_SECTION} custom section (build it with edo's plugin tooling)`);
    if (found.length > 1)
        fail(what, `it has ${found.length} ${MANIFEST_SECTION} sections`);
    return parseManifest(Buffer.from(found[0]).toString('utf8'), what);
}
/** A component with `manifest` embedded (what `edo plugin build` writes). */
function embedManifest(component, manifest) {
    if ((0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(component, MANIFEST_SECTION).length > 0) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`the component already has a ${MANIFEST_SECTION} section`, { plugin: manifest.name });
    }
    return (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .appendCustomSection */ .RU)(component, MANIFEST_SECTION, Buffer.from(JSON.stringify(manifest), 'utf8'));
}
/** Refuses a plugin built against an interface version this host does not implement. */
function checkInterfaceVersion(manifest) {
    const at = manifest.interface.lastIndexOf('@');
    const pkg = manifest.interface.slice(0, at);
    const wanted = manifest.interface.slice(at + 1);
    const compatible = pkg === HOST_INTERFACE.package &&
        semver__WEBPACK_IMPORTED_MODULE_0__.valid(wanted) !== null &&
        semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(HOST_INTERFACE.version, `^${wanted}`);
    if (!compatible) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`plugin ${manifest.name}@${manifest.version} targets ${manifest.interface}, but this edo provides ${HOST_INTERFACE_ID}`, { plugin: manifest.name });
    }
}


/***/ }),

/***/ 8241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ appendCustomSection),
/* harmony export */   Wy: () => (/* binding */ isComponent),
/* harmony export */   kd: () => (/* binding */ capMemory),
/* harmony export */   n$: () => (/* binding */ WASM_PAGE),
/* harmony export */   yF: () => (/* binding */ customSections)
/* harmony export */ });
/* unused harmony exports isWasm, uleb, sections */
/**
 * Just enough of the WebAssembly binary format for the plugin host: top-level sections of a
 * component or core module, custom sections, and a core module's memory limits.
 * See https://webassembly.github.io/spec/core/binary/modules.html (core) and the component
 * model's Binary.md (components share the 8-byte preamble and the section framing).
 */
const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const CUSTOM_SECTION = 0;
const MEMORY_SECTION = 5;
/** 64 KiB: the wasm page size. */
const WASM_PAGE = 65536;
function isWasm(bytes) {
    return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}
/** True for a component (layer 1), false for a core module (layer 0). */
function isComponent(bytes) {
    return isWasm(bytes) && bytes[6] === 0x01;
}
function readUleb(bytes, offset) {
    let result = 0;
    let shift = 0;
    let pos = offset;
    for (;;) {
        if (pos >= bytes.length)
            throw new Error('truncated LEB128');
        const byte = bytes[pos++];
        result += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new Error('LEB128 too long');
    }
}
function uleb(value) {
    const out = [];
    let rest = value;
    do {
        let byte = rest % 128;
        rest = Math.floor(rest / 128);
        if (rest > 0)
            byte |= 0x80;
        out.push(byte);
    } while (rest > 0);
    return out;
}
function* sections(bytes) {
    if (!isWasm(bytes))
        throw new Error('not a WebAssembly binary (bad magic)');
    let pos = 8;
    while (pos < bytes.length) {
        const id = bytes[pos];
        const [size, start] = readUleb(bytes, pos + 1);
        const end = start + size;
        if (end > bytes.length)
            throw new Error(`section ${id} runs past the end of the binary`);
        yield { id, header: pos, start, end };
        pos = end;
    }
}
/** The contents of every top-level custom section called `name`. */
function customSections(bytes, name) {
    const found = [];
    for (const section of sections(bytes)) {
        if (section.id !== CUSTOM_SECTION)
            continue;
        const [nameLength, nameStart] = readUleb(bytes, section.start);
        const sectionName = Buffer.from(bytes.subarray(nameStart, nameStart + nameLength)).toString('utf8');
        if (sectionName === name)
            found.push(bytes.subarray(nameStart + nameLength, section.end));
    }
    return found;
}
/** `bytes` with a custom section appended (valid anywhere in modules and components). */
function appendCustomSection(bytes, name, data) {
    const encodedName = Buffer.from(name, 'utf8');
    const content = [...uleb(encodedName.length), ...encodedName];
    const size = uleb(content.length + data.length);
    return Buffer.concat([bytes, Uint8Array.of(CUSTOM_SECTION, ...size, ...content), data]);
}
/**
 * Gives every memory a core module defines a maximum of at most `maxPages`, so that
 * `memory.grow` fails at the cap instead of taking host memory. Imported memories are left
 * alone: their limits come from the module that defines them, which is rewritten too.
 * Only 32-bit, unshared memories are supported (what wasm32 guests produce); anything else
 * is refused rather than left uncapped.
 */
function capMemory(bytes, maxPages) {
    for (const section of sections(bytes)) {
        if (section.id !== MEMORY_SECTION)
            continue;
        let [count, pos] = readUleb(bytes, section.start);
        const limits = [...uleb(count)];
        const minimumPages = [];
        while (count-- > 0) {
            const flags = bytes[pos++];
            if (flags > 0x01)
                throw new Error(`memory limits flag 0x${flags.toString(16)} (shared or 64-bit) is not supported`);
            const [min, afterMin] = readUleb(bytes, pos);
            pos = afterMin;
            let max = maxPages;
            if (flags === 0x01) {
                const [declaredMax, afterMax] = readUleb(bytes, pos);
                pos = afterMax;
                max = Math.min(declaredMax, maxPages);
            }
            minimumPages.push(min);
            limits.push(0x01, ...uleb(min), ...uleb(Math.max(min, max)));
        }
        const rewritten = Buffer.concat([
            bytes.subarray(0, section.header),
            Uint8Array.of(MEMORY_SECTION, ...uleb(limits.length), ...limits),
            bytes.subarray(section.end),
        ]);
        return { bytes: rewritten, minimumPages };
    }
    return { bytes, minimumPages: [] };
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   checkout: () => (/* binding */ checkout),
/* harmony export */   extractArtifact: () => (/* binding */ extractArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6906);
/* harmony import */ var _fs_util_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7563);










/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer leaves no partial tree).
 */
async function checkout(backend, id, dir) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (existing && existing.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout: ${dir} exists and is not empty`);
    const artifact = await backend.open(id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,_fs_util_js__WEBPACK_IMPORTED_MODULE_9__/* .tempName */ .u8)('checkout')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
    try {
        await extractArtifact(backend, artifact, temp);
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
        if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout of ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_8__.idToString)(id)}: ${err.message}`);
        throw err;
    }
}
/**
 * Extracts the artifact's layers in order into `dir`, an existing empty directory. Later layers
 * replace earlier entries at the same path. Every entry is checked before anything is written.
 */
async function extractArtifact(backend, artifact, dir) {
    const tree = new Map();
    const directoryModes = new Map();
    for (const layer of artifact.layers) {
        await extractLayer(await layerTar(backend, layer), dir, tree, directoryModes, layer.digest);
    }
    // Directory modes last (deepest first), so a read-only directory does not block its own contents.
    // A directory a later layer replaced is no longer in the tree.
    const deepestFirst = [...directoryModes]
        .filter(([path]) => tree.get(path) === 'directory')
        .sort(([a], [b]) => b.split('/').length - a.split('/').length);
    for (const [path, mode] of deepestFirst)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path), mode);
}
/** The layer as an uncompressed tar stream: gzipped layers (from images) are decompressed. */
async function layerTar(backend, layer) {
    const stream = await backend.read(layer);
    if (/[+.]gzip$/.test(layer.mediaType))
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)(), () => undefined);
    if (/[+.]zstd$/.test(layer.mediaType)) {
        stream.destroy();
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`layer ${layer.digest} is zstd-compressed (${layer.mediaType}), which is not supported`);
    }
    return stream;
}
async function extractLayer(stream, root, tree, directoryModes, digest) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_6__.extract();
    const fed = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, extract);
    const seenInLayer = new Set();
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const unsafe = (why) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
            const path = safeRelativePath(header.name, unsafe);
            if (path === '') {
                if (header.type !== 'directory')
                    throw unsafe('only a directory may name the root');
                entry.resume();
                continue;
            }
            if (seenInLayer.has(path))
                throw unsafe('the path appears twice in the layer');
            seenInLayer.add(path);
            if (node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path).startsWith(WHITEOUT)) {
                await applyWhiteout(root, path, tree, seenInLayer, unsafe);
                entry.resume();
                continue;
            }
            await prepareParents(root, path, tree, unsafe);
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            const mode = header.mode & 0o777;
            if (header.type === 'directory') {
                if (tree.get(path) !== 'directory') {
                    await replace(full, path, tree);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(full, { mode: 0o755 });
                    tree.set(path, 'directory');
                }
                directoryModes.set(path, mode);
                entry.resume();
            }
            else if (header.type === 'file' || header.type === 'contiguous-file') {
                await replace(full, path, tree);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(full, { flags: 'wx', mode }));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(full, mode);
                tree.set(path, 'file');
            }
            else if (header.type === 'symlink') {
                checkSymlinkTarget(path, header.linkname ?? '', unsafe);
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(header.linkname, full);
                tree.set(path, 'symlink');
                entry.resume();
            }
            else if (header.type === 'link') {
                const source = safeRelativePath(header.linkname ?? '', (why) => unsafe(`hard link target ${why}`));
                if (tree.get(source) !== 'file') {
                    throw unsafe(`hard link to ${JSON.stringify(header.linkname)}, which is not a file extracted before it`);
                }
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, source), full);
                tree.set(path, 'file');
                entry.resume();
            }
            else {
                throw unsafe(`${header.type} entries are not allowed (only files, directories and links)`);
            }
        }
        await fed;
    }
    catch (err) {
        stream.destroy();
        await fed.catch(() => undefined);
        throw err;
    }
}
const WHITEOUT = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';
/**
 * OCI whiteouts (layers of images use them): `.wh.NAME` deletes NAME from the layers below;
 * `.wh..wh..opq` empties its directory of what the layers below put there. Nothing is followed
 * through a symlink: a whiteout under anything but directories extracted here has no effect.
 */
async function applyWhiteout(root, path, tree, seenInLayer, unsafe) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path);
    const hidden = name.slice(WHITEOUT.length);
    if (name !== OPAQUE_WHITEOUT && (hidden === '' || hidden === '.' || hidden === '..')) {
        throw unsafe('a whiteout must name an entry of its directory');
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path);
    const parts = parent === '' ? [] : parent.split('/');
    for (let i = 1; i <= parts.length; i++) {
        if (tree.get(parts.slice(0, i).join('/')) !== 'directory')
            return;
    }
    const targets = name === OPAQUE_WHITEOUT
        ? [...tree.keys()].filter((key) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(key) === (parent || '.') && !seenInLayer.has(key))
        : [parent === '' ? hidden : `${parent}/${hidden}`];
    for (const target of targets)
        await replace((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, target), target, tree);
}
/** The entry's path relative to the root, normalised; `..` anywhere or a leading `/` is refused. */
function safeRelativePath(name, unsafe) {
    if (name.includes('\0'))
        throw unsafe('the path contains a NUL byte');
    if (name.startsWith('/'))
        throw unsafe('absolute paths are not allowed');
    const parts = name.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw unsafe('".." is not allowed in paths');
    return parts.join('/');
}
/** Parent directories must be directories extracted here (never symlinks); missing ones are created. */
async function prepareParents(root, path, tree, unsafe) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const kind = tree.get(parent);
        if (kind === 'directory')
            continue;
        if (kind !== undefined)
            throw unsafe(`its parent ${parent} is a ${kind}, not a directory`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, parent), { mode: 0o755 });
        tree.set(parent, 'directory');
    }
}
/** A symlink must resolve inside the root: relative, and not climbing above it. */
function checkSymlinkTarget(path, target, unsafe) {
    if (target === '')
        throw unsafe('symlink with an empty target');
    if (target.startsWith('/'))
        throw unsafe(`symlink to the absolute path ${target} points outside the directory`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../')) {
        throw unsafe(`symlink to ${target} points outside the directory`);
    }
}
/** Removes whatever an earlier layer put at `path` (and forgets everything below it). */
async function replace(full, path, tree) {
    if (!tree.has(path))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(full, { recursive: true, force: true });
    tree.delete(path);
    const below = path + '/';
    for (const key of [...tree.keys()])
        if (key.startsWith(below))
            tree.delete(key);
}


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   hO: () => (/* binding */ fsyncDirectory),
/* harmony export */   u8: () => (/* binding */ tempName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);



/** A unique file name for a temporary file (pid + random), so concurrent writers never collide. */
function tempName(prefix) {
    return `${prefix}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
}
/** fsync a directory so a rename inside it survives a crash of the machine, not just of edo. */
async function fsyncDirectory(dir) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Writes `data` to `target` atomically: a temp file in `tempDir` (same file system), fsync,
 * rename over the target, fsync the target's directory. Readers see the old or the new file.
 */
async function writeFileAtomic(target, targetDir, tempDir, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tempDir, tempName('write'));
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
    try {
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw err;
    }
    await fsyncDirectory(targetDir);
}


/***/ }),

/***/ 5427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ DEFAULT_GC_GRACE_MS),
  V: () => (/* binding */ LocalStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./lib/model/digest.js
var model_digest = __nccwpck_require__(4505);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(3434);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __nccwpck_require__(6906);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/storage/file-layer-writer.js



/**
 * A layer writer that streams into a temp file while hashing: memory use is bounded by the
 * stream's high-water mark, whatever the layer's size. On `finish` the file is fsynced and closed
 * and `digest` is known; the owner then renames the file into place. Destroyed early, it deletes
 * its temp file.
 */
class FileLayerWriter extends external_node_stream_.Writable {
    tempPath;
    handle;
    hash = (0,external_node_crypto_.createHash)('sha256');
    written = 0;
    hexDigest;
    constructor(tempPath) {
        super({ highWaterMark: 1 << 20 });
        this.tempPath = tempPath;
    }
    get bytesWritten() {
        return this.written;
    }
    /** `sha256:<hex>` of everything written; only once the stream has finished. */
    get digest() {
        if (this.hexDigest === undefined)
            throw new Error('layer writer has not finished');
        return 'sha256:' + this.hexDigest;
    }
    _construct(callback) {
        (0,promises_.open)(this.tempPath, 'wx', 0o644).then((handle) => {
            this.handle = handle;
            callback();
        }, (err) => callback(err));
    }
    _writev(chunks, callback) {
        const buffers = chunks.map(({ chunk }) => chunk);
        for (const buffer of buffers)
            this.hash.update(buffer);
        this.writeAll(buffers).then(() => callback(), callback);
    }
    _final(callback) {
        const handle = this.handle;
        this.hexDigest = this.hash.digest('hex');
        handle
            .sync()
            .then(() => handle.close())
            .then(() => {
            this.handle = undefined;
            callback();
        }, callback);
    }
    _destroy(error, callback) {
        const handle = this.handle;
        this.handle = undefined;
        const cleanup = async () => {
            if (handle)
                await handle.close().catch(() => undefined);
            // A writer destroyed before finishing leaves nothing behind.
            if (this.hexDigest === undefined || error)
                await (0,promises_.unlink)(this.tempPath).catch(() => undefined);
        };
        cleanup().then(() => callback(error), () => callback(error));
    }
    async writeAll(buffers) {
        let pending = buffers;
        while (pending.length > 0) {
            const { bytesWritten } = await this.handle.writev(pending);
            this.written += bytesWritten;
            pending = dropBytes(pending, bytesWritten);
        }
    }
}
/** The buffers left after the first `count` bytes were written (writev may write partially). */
function dropBytes(buffers, count) {
    let left = count;
    const rest = [];
    for (const buffer of buffers) {
        if (left >= buffer.length) {
            left -= buffer.length;
        }
        else {
            rest.push(left > 0 ? buffer.subarray(left) : buffer);
            left = 0;
        }
    }
    return rest;
}

// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __nccwpck_require__(7563);
// EXTERNAL MODULE: ./lib/storage/lock.js + 1 modules
var lock = __nccwpck_require__(3649);
// EXTERNAL MODULE: ./lib/storage/oci.js
var oci = __nccwpck_require__(500);
// EXTERNAL MODULE: ./lib/storage/streams.js
var streams = __nccwpck_require__(6280);
// EXTERNAL MODULE: ./lib/storage/verify-stream.js
var verify_stream = __nccwpck_require__(6405);
;// CONCATENATED MODULE: ./lib/storage/local-store.js













const DEFAULT_GC_GRACE_MS = 10 * 60 * 1000;
/**
 * The local store: an OCI image layout in a directory.
 *
 *     oci-layout, index.json      the layout; index.json lists one manifest per artifact id
 *     blobs/sha256/<hex>          complete, verified blobs only
 *     ingest/                     temp files being written (renamed into blobs/ when complete)
 *     index.lock                  held while index.json is rewritten
 *
 * Every write goes to ingest/, is fsynced and renamed into place; index.json is only rewritten
 * under the lock, from its current content, so concurrent processes never lose an update.
 */
class LocalStore {
    root;
    blobsDir;
    ingestDir;
    indexPath;
    lockPath;
    view;
    viewCheckedThisTurn = false;
    constructor(root) {
        this.root = root;
        this.blobsDir = (0,external_node_path_.join)(root, 'blobs', 'sha256');
        this.ingestDir = (0,external_node_path_.join)(root, 'ingest');
        this.indexPath = (0,external_node_path_.join)(root, 'index.json');
        this.lockPath = (0,external_node_path_.join)(root, 'index.lock');
    }
    /** Opens the store at `root`, creating an empty layout if there is none. */
    static async open(root) {
        const store = new LocalStore(root);
        await (0,promises_.mkdir)(store.blobsDir, { recursive: true });
        await (0,promises_.mkdir)(store.ingestDir, { recursive: true });
        const layoutPath = (0,external_node_path_.join)(root, 'oci-layout');
        if (!(await exists(layoutPath))) {
            await (0,fs_util/* writeFileAtomic */.Zf)(layoutPath, root, store.ingestDir, '{"imageLayoutVersion":"1.0.0"}');
        }
        if (!(await exists(store.indexPath))) {
            await (0,lock/* withLock */.kK)(store.lockPath, store.ingestDir, async () => {
                if (!(await exists(store.indexPath)))
                    await store.writeIndex(new Map());
            });
        }
        return store;
    }
    async ls() {
        return [...this.entries(true).keys()].map(id_format.idFromString);
    }
    async has(id) {
        return this.lookup((0,id_format.idToString)(id)) !== undefined;
    }
    /** The manifest descriptor of an artifact, if the store has it. */
    manifestOf(id) {
        return this.lookup((0,id_format.idToString)(id));
    }
    async open(id) {
        const entry = this.manifestOf(id);
        if (!entry)
            throw new errors/* EdoError */.bX(`artifact ${(0,id_format.idToString)(id)} is not in the store ${this.root}`);
        const { artifact } = await this.readArtifact(entry.digest);
        return artifact;
    }
    async save(artifact) {
        await this.saveAll([artifact]);
    }
    /**
     * Saves several artifacts with one index update (cheaper than one save each: every update
     * rewrites index.json). Returns their manifest descriptors, whose digests are the artifacts'
     * content digests.
     */
    async saveAll(artifacts) {
        const created = new Date().toISOString();
        // Blob writes wait on fsync; running several at once lets the file system batch them.
        const entries = await mapConcurrently(artifacts, 16, async (artifact) => {
            const key = (0,id_format.idToString)(artifact.config.id);
            for (const layer of artifact.layers)
                await this.requireBlob(layer, key);
            const config = (0,oci/* encodeConfig */.dI)(artifact.config);
            await this.writeBlob(config.bytes, config.descriptor.digest);
            const manifest = (0,oci/* encodeManifest */.Gb)(config.descriptor, artifact.layers);
            await this.writeBlob(manifest.bytes, manifest.descriptor.digest);
            const annotations = {
                [oci/* Annotation */.YH.id]: key,
                [oci/* Annotation */.YH.refName]: (0,oci/* refNameFor */.Oc)(key),
                [oci/* Annotation */.YH.created]: created,
            };
            return [key, { ...manifest.descriptor, artifactType: oci/* MediaType */.zu.edoArtifact, annotations }];
        });
        // One fsync makes every blob renamed into blobs/ so far durable before the index names them.
        await (0,fs_util/* fsyncDirectory */.hO)(this.blobsDir);
        await this.updateIndex((index) => entries.forEach(([key, entry]) => index.set(key, entry)));
        return entries.map(([, entry]) => entry);
    }
    /** Removes the artifact's entry; its blobs stay until garbage collection. Absent ids are fine. */
    async del(id) {
        const key = (0,id_format.idToString)(id);
        await this.updateIndex((entries) => entries.delete(key));
    }
    /** Saves the artifact under another id (a new config and manifest; the layers are shared). */
    async copy(source, target) {
        const artifact = await this.open(source);
        await this.save({ config: { ...artifact.config, id: target }, layers: artifact.layers });
    }
    /**
     * Removes every other artifact with the same package, name and arch as `id` (older builds of the
     * same thing), then collects garbage.
     */
    async prune(id) {
        const keep = (0,id_format.idToString)(id);
        const group = (0,oci/* groupKey */.$6)(id);
        await this.updateIndex((entries) => {
            for (const key of [...entries.keys()]) {
                if (key !== keep && (0,oci/* groupKey */.$6)((0,id_format.idFromString)(key)) === group)
                    entries.delete(key);
            }
        });
        await this.gc();
    }
    /** Keeps only the most recently saved artifact of each package/name/arch, then collects garbage. */
    async pruneAll() {
        await this.updateIndex((entries) => {
            const newest = new Map();
            for (const [key, entry] of entries) {
                const group = (0,oci/* groupKey */.$6)((0,id_format.idFromString)(key));
                const created = entry.annotations?.[oci/* Annotation */.YH.created] ?? '';
                const best = newest.get(group);
                if (!best || created > best[1])
                    newest.set(group, [key, created]);
            }
            const keep = new Set([...newest.values()].map(([key]) => key));
            for (const key of [...entries.keys()])
                if (!keep.has(key))
                    entries.delete(key);
        });
        await this.gc();
    }
    async read(layer) {
        const path = await this.blobPath(layer.digest, layer.size);
        const verifier = new verify_stream/* DigestVerifier */.D(layer.digest, layer.size);
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }), verifier, () => undefined);
    }
    async startLayer() {
        return new FileLayerWriter((0,external_node_path_.join)(this.ingestDir, (0,fs_util/* tempName */.u8)('layer')));
    }
    async finishLayer(mediaType, platform, writer) {
        if (!(writer instanceof FileLayerWriter) || !writer.tempPath.startsWith(this.ingestDir)) {
            throw new errors/* EdoError */.bX('finishLayer: the writer was not started by this store');
        }
        await (0,streams/* writerFinished */.w)(writer);
        await this.commitTemp(writer.tempPath, writer.digest);
        return {
            mediaType,
            digest: writer.digest,
            size: writer.bytesWritten,
            ...(platform !== undefined && { platform }),
        };
    }
    async hasBlob(digest) {
        return exists((0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest)));
    }
    /** Reads a whole (small) blob and verifies it. */
    async readBlob(digest) {
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest));
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        const actual = (0,model_digest/* sha256Digest */.sI)(bytes);
        if (actual !== digest)
            throw (0,verify_stream/* corruptBlobError */.p)(digest, `its content hashes to ${actual}`);
        return bytes;
    }
    /** Writes a small blob whose digest is known (verified before it lands in blobs/). */
    async writeBlob(bytes, digest) {
        if ((0,model_digest/* sha256Digest */.sI)(bytes) !== digest)
            throw (0,verify_stream/* corruptBlobError */.p)(digest, 'refusing to write mismatched bytes');
        if (await this.touchIfPresent(digest))
            return;
        const temp = (0,external_node_path_.join)(this.ingestDir, (0,fs_util/* tempName */.u8)('blob'));
        await (0,promises_.writeFile)(temp, bytes, { flag: 'wx', flush: true });
        await this.commitTemp(temp, digest);
    }
    /** Reads and verifies a manifest and its config. */
    async readArtifact(manifestDigest) {
        const manifest = (0,oci/* parseManifest */.Ng)(await this.readBlob(manifestDigest), manifestDigest);
        const config = (0,oci/* parseConfig */.o4)(await this.readBlob(manifest.config.digest), manifest.config.digest);
        return { manifest, artifact: (0,oci/* artifactFromBlobs */.hA)(manifest, config) };
    }
    /**
     * Removes blobs that no artifact references and stale temp files. Runs under the index lock, so
     * no artifact can be added meanwhile; blobs younger than the grace period are kept because a
     * save in another process may be about to reference them.
     */
    async gc(options = {}) {
        const grace = options.graceMs ?? DEFAULT_GC_GRACE_MS;
        const cutoff = Date.now() - grace;
        return (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, async () => {
            const entries = await this.readIndex();
            const live = new Set();
            for (const entry of entries.values()) {
                const { manifest } = await this.readArtifact(entry.digest);
                for (const d of [entry, manifest.config, ...manifest.layers])
                    live.add((0,model_digest/* digestHex */.sU)(d.digest));
            }
            const report = { removedBlobs: 0, removedTempFiles: 0, freedBytes: 0, keptBlobs: 0 };
            for (const name of await (0,promises_.readdir)(this.blobsDir)) {
                if (live.has(name)) {
                    report.keptBlobs += 1;
                    continue;
                }
                const freed = await removeIfOlder((0,external_node_path_.join)(this.blobsDir, name), cutoff, options.dryRun);
                if (freed === undefined)
                    report.keptBlobs += 1;
                else {
                    report.removedBlobs += 1;
                    report.freedBytes += freed;
                }
            }
            for (const name of await (0,promises_.readdir)(this.ingestDir)) {
                // Temp files are named `<what>-<pid>-<random>`: those of a running process stay, whatever their age.
                if ((0,lock/* isProcessAlive */.jW)(Number(name.split('-').at(-2))))
                    continue;
                const freed = await removeIfOlder((0,external_node_path_.join)(this.ingestDir, name), cutoff, options.dryRun);
                if (freed !== undefined) {
                    report.removedTempFiles += 1;
                    report.freedBytes += freed;
                }
            }
            return report;
        });
    }
    /** Checks the whole store: index entries, every referenced blob's hash, and every blob's name. */
    async verify() {
        const report = { artifacts: 0, blobs: 0, problems: [] };
        let entries;
        try {
            entries = await this.readIndex();
        }
        catch (err) {
            report.problems.push(err.message);
            return report;
        }
        for (const [key, entry] of entries) {
            try {
                const { manifest, artifact } = await this.readArtifact(entry.digest);
                if ((0,id_format.idToString)(artifact.config.id) !== key) {
                    report.problems.push(`index entry ${key} points at the artifact ${(0,id_format.idToString)(artifact.config.id)}`);
                }
                for (const layer of manifest.layers)
                    await this.requireBlob(layer, key);
                report.artifacts += 1;
            }
            catch (err) {
                report.problems.push(`${key}: ${err.message}`);
            }
        }
        for (const name of await (0,promises_.readdir)(this.blobsDir)) {
            report.blobs += 1;
            try {
                const digest = `sha256:${name}`;
                const { size } = await (0,promises_.stat)((0,external_node_path_.join)(this.blobsDir, name));
                const stream = await this.read({ mediaType: 'application/octet-stream', digest, size });
                for await (const chunk of stream)
                    void chunk;
            }
            catch (err) {
                report.problems.push(err.message);
            }
        }
        return report;
    }
    /**
     * The index entry for a key. Hits are answered from the in-memory index, re-checked against
     * index.json (one stat) at most once per event-loop turn; a miss always re-checks, so an artifact
     * saved by another process or another LocalStore is never reported absent.
     */
    lookup(key) {
        return this.entries().get(key) ?? this.entries(true).get(key);
    }
    /** The in-memory index, reloaded when index.json changed since it was read. */
    entries(forceCheck = false) {
        if (this.view && this.viewCheckedThisTurn && !forceCheck)
            return this.view.entries;
        const info = (0,external_node_fs_.statSync)(this.indexPath);
        const stamp = indexStamp(info);
        if (!this.view || this.view.stamp !== stamp) {
            this.view = { stamp, entries: parseIndex((0,external_node_fs_.readFileSync)(this.indexPath), this.indexPath) };
        }
        if (!this.viewCheckedThisTurn) {
            this.viewCheckedThisTurn = true;
            setImmediate(() => (this.viewCheckedThisTurn = false));
        }
        return this.view.entries;
    }
    async readIndex() {
        return parseIndex(await (0,promises_.readFile)(this.indexPath), this.indexPath);
    }
    /** Re-reads index.json under the lock, applies `change` and writes it back atomically. */
    async updateIndex(change) {
        await (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, async () => {
            const entries = await this.readIndex();
            change(entries);
            await this.writeIndex(entries);
        });
    }
    async writeIndex(entries) {
        const index = {
            schemaVersion: 2,
            mediaType: oci/* MediaType */.zu.imageIndex,
            manifests: [...entries.keys()].sort().map((key) => entries.get(key)),
        };
        // Compact: a store of 10,000 artifacts has a ~5 MB index, parsed whenever it changed.
        await (0,fs_util/* writeFileAtomic */.Zf)(this.indexPath, this.root, this.ingestDir, JSON.stringify(index) + '\n');
        this.view = { stamp: indexStamp((0,external_node_fs_.statSync)(this.indexPath)), entries };
    }
    /** Moves a complete, hashed temp file to its blob path (or drops it if the blob is already there). */
    async commitTemp(tempPath, digest) {
        if (await this.touchIfPresent(digest)) {
            await (0,promises_.unlink)(tempPath);
            return;
        }
        // The rename is made durable by the fsync of blobs/ that precedes every index update.
        await (0,promises_.rename)(tempPath, (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest)));
    }
    /** Refreshes an existing blob's mtime so garbage collection's grace period protects its reuse. */
    async touchIfPresent(digest) {
        const now = new Date();
        try {
            await (0,promises_.utimes)((0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest)), now, now);
            return true;
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return false;
            throw err;
        }
    }
    async blobPath(digest, size) {
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest));
        let info;
        try {
            info = await (0,promises_.stat)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        if (info.size !== size)
            throw (0,verify_stream/* corruptBlobError */.p)(digest, `expected ${size} bytes, the blob has ${info.size}`);
        return path;
    }
    async requireBlob(layer, owner) {
        if (!(0,model_digest/* isSha256Digest */.q9)(layer.digest))
            throw new errors/* EdoError */.bX(`${owner}: layer digest ${layer.digest} is not sha256`);
        await this.blobPath(layer.digest, layer.size);
    }
}
function parseIndex(bytes, path) {
    let index;
    try {
        index = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* EdoError */.bX(`${path} is not valid JSON`);
    }
    if (!Array.isArray(index.manifests))
        throw new errors/* EdoError */.bX(`${path} is not an OCI image index`);
    const entries = new Map();
    for (const entry of index.manifests) {
        const key = entry.annotations?.[oci/* Annotation */.YH.id];
        // Entries without an Edo id (added by other OCI tools) are not artifacts; they are left alone.
        if (key !== undefined)
            entries.set(key, entry);
    }
    return entries;
}
function indexStamp(info) {
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
}
/** Maps with at most `limit` calls in flight; results keep the input order. */
async function mapConcurrently(items, limit, map) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await map(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function missingOr(err, digest) {
    if (err.code === 'ENOENT')
        return new errors/* EdoError */.bX(`blob ${digest} is missing from the store`);
    return err;
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw err;
    }
}
/** Removes a file last modified before `cutoff`; returns its size, or undefined when kept. */
async function removeIfOlder(path, cutoff, dryRun = false) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info || info.mtimeMs >= cutoff)
        return undefined;
    if (!dryRun)
        await (0,promises_.unlink)(path);
    return info.size;
}


/***/ }),

/***/ 3649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jW: () => (/* binding */ isProcessAlive),
  kK: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: acquireLock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __nccwpck_require__(7563);
;// CONCATENATED MODULE: ./lib/storage/lock.js






const HOST = (0,external_node_os_.hostname)();
/**
 * An exclusive lock between processes: a lock file holding `host pid start-time`, created with its
 * content in one step (written to a temp file in `tempDir`, on the same file system, then
 * hard-linked into place, which fails if it exists). A waiter polls (with a growing, jittered
 * delay) until the file is gone; it never gives up because another process holds the lock. A lock
 * left by a dead process on this host (kill -9) is broken; the start time tells a reused pid apart.
 */
async function acquireLock(lockPath, tempDir) {
    const claim = (0,external_node_path_.join)(tempDir, (0,fs_util/* tempName */.u8)('lock-claim'));
    const owner = `${HOST} ${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
    await (0,promises_.writeFile)(claim, owner, { mode: 0o644 });
    try {
        for (let attempt = 0;; attempt++) {
            try {
                await (0,promises_.link)(claim, lockPath);
                return () => (0,promises_.unlink)(lockPath);
            }
            catch (err) {
                const code = err.code;
                // Garbage collection with no grace period may have removed our claim while we waited.
                if (code === 'ENOENT')
                    await (0,promises_.writeFile)(claim, owner, { mode: 0o644 });
                else if (code !== 'EEXIST')
                    throw err;
            }
            await breakIfStale(lockPath, tempDir);
            const delay = Math.min(2 + attempt, 25);
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(delay / 2 + Math.random() * delay);
        }
    }
    finally {
        await (0,promises_.unlink)(claim).catch(() => undefined);
    }
}
/** Holds the lock while `body` runs. */
async function withLock(lockPath, tempDir, body) {
    const release = await acquireLock(lockPath, tempDir);
    try {
        return await body();
    }
    finally {
        await release();
    }
}
/**
 * False only when the process is known to be gone: no such pid, or the pid now belongs to a process
 * started at another time. A process on another host is assumed alive.
 */
function isProcessAlive(pid, startTime, host = HOST) {
    if (host !== HOST || !Number.isInteger(pid) || pid <= 0)
        return true;
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        return err.code !== 'ESRCH';
    }
    const current = processStartTime(pid);
    return startTime === undefined || startTime === '-' || current === undefined || current === startTime;
}
/** The process's start time in clock ticks since boot (Linux /proc), to tell reused pids apart. */
function processStartTime(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces); starttime is field 22.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
async function breakIfStale(lockPath, tempDir) {
    const seen = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
    if (seen === undefined)
        return;
    const [host, pid, startTime] = seen.trim().split(' ');
    if (isProcessAlive(Number(pid), startTime, host))
        return;
    // Move the stale file aside, then check it is still the one we judged dead: another waiter may
    // have broken it and taken the lock meanwhile, in which case we put that live lock back.
    const aside = (0,external_node_path_.join)(tempDir, (0,fs_util/* tempName */.u8)('stale-lock'));
    try {
        await (0,promises_.rename)(lockPath, aside);
    }
    catch {
        return;
    }
    const moved = await (0,promises_.readFile)(aside, 'utf8').catch(() => undefined);
    if (moved !== seen)
        await (0,promises_.link)(aside, lockPath).catch(() => undefined);
    await (0,promises_.unlink)(aside).catch(() => undefined);
}


/***/ }),

/***/ 8290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CacheManager)
/* harmony export */ });
/* unused harmony export transferArtifact */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6906);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6280);
/* harmony import */ var _verify_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6405);




/**
 * Copies an artifact from one backend to another: the layers the target lacks (streamed, and
 * checked to arrive with the same digest), then the artifact itself.
 */
async function transferArtifact(from, to, id) {
    const artifact = await from.open(id);
    const seen = new Set();
    for (const layer of artifact.layers) {
        if (seen.has(layer.digest))
            continue;
        seen.add(layer.digest);
        if (hasBlobPresence(to) && (await to.hasBlob(layer.digest)))
            continue;
        const writer = await to.startLayer();
        await (0,_streams_js__WEBPACK_IMPORTED_MODULE_2__/* .pipeIntoWriter */ ._)(await from.read(layer), writer);
        const copied = await to.finishLayer(layer.mediaType, layer.platform, writer);
        if (copied.digest !== layer.digest) {
            throw (0,_verify_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .corruptBlobError */ .p)(layer.digest, `copying ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} produced ${copied.digest}`);
        }
    }
    await to.save(artifact);
    return artifact;
}
function hasBlobPresence(backend) {
    return typeof backend.hasBlob === 'function';
}
/** The seed's storage-manager: the build cache with read-through (and optional write-back) remote caches. */
class CacheManager {
    policy;
    constructor(policy) {
        this.policy = policy;
    }
    async open(id) {
        const { buildCache, remoteCaches } = this.policy;
        if (await buildCache.has(id))
            return buildCache.open(id);
        for (const [index, remote] of remoteCaches.entries()) {
            const fetched = await this.tryRemote(index, 'fetch', id, async () => (await remote.has(id)) ? transferArtifact(remote, buildCache, id) : undefined);
            if (fetched)
                return fetched;
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX(`artifact ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} is not in the build cache or any remote cache`);
    }
    async has(id) {
        if (await this.policy.buildCache.has(id))
            return true;
        for (const [index, remote] of this.policy.remoteCaches.entries()) {
            if (await this.tryRemote(index, 'check', id, () => remote.has(id)))
                return true;
        }
        return false;
    }
    /** Layers of every artifact a build sees are in the build cache (open copies them there). */
    read(layer) {
        return this.policy.buildCache.read(layer);
    }
    startLayer() {
        return this.policy.buildCache.startLayer();
    }
    finishLayer(mediaType, platform, writer) {
        return this.policy.buildCache.finishLayer(mediaType, platform, writer);
    }
    async save(artifact) {
        const { buildCache, remoteCaches, writeBack } = this.policy;
        await buildCache.save(artifact);
        if (!writeBack)
            return;
        const { id } = artifact.config;
        for (const [index, remote] of remoteCaches.entries()) {
            await this.tryRemote(index, 'push', id, () => transferArtifact(buildCache, remote, id));
        }
    }
    async tryRemote(index, what, id, body) {
        try {
            return await body();
        }
        catch (err) {
            this.policy.warn?.(`remote cache ${index + 1}: cannot ${what} ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)}: ${err.message}`);
            return undefined;
        }
    }
}


/***/ }),

/***/ 500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ groupKey),
/* harmony export */   Br: () => (/* binding */ layerDescriptor),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   IT: () => (/* binding */ encodeBlob),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Oc: () => (/* binding */ refNameFor),
/* harmony export */   YH: () => (/* binding */ Annotation),
/* harmony export */   dI: () => (/* binding */ encodeConfig),
/* harmony export */   hA: () => (/* binding */ artifactFromBlobs),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export manifestLayers */
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4505);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6906);



/** Media types of the OCI image spec and of Edo's own artifacts. */
const MediaType = {
    imageIndex: 'application/vnd.oci.image.index.v1+json',
    imageManifest: 'application/vnd.oci.image.manifest.v1+json',
    imageConfig: 'application/vnd.oci.image.config.v1+json',
    layerTar: 'application/vnd.oci.image.layer.v1.tar',
    layerTarGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    /** `artifactType` of every manifest Edo writes. */
    edoArtifact: 'application/vnd.edo.artifact.v1',
    /** The config blob of an Edo artifact: its `ArtifactConfig` as canonical JSON. */
    edoConfig: 'application/vnd.edo.artifact.config.v1+json',
};
/** Annotation keys Edo writes. */
const Annotation = {
    /** On index.json entries: the artifact id's string form (src/model/id-format.ts). */
    id: 'dev.edo.id',
    /** On index.json entries: an OCI reference name derived from the id (for skopeo/umoci). */
    refName: 'org.opencontainers.image.ref.name',
    created: 'org.opencontainers.image.created',
    /** On layer descriptors: the layer's platform (the seed's `layer.platform`). */
    platform: 'dev.edo.layer.platform',
};
function encodeBlob(mediaType, value) {
    const bytes = Buffer.from((0,_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value), 'utf8');
    return { bytes, descriptor: { mediaType, digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), size: bytes.length } };
}
/** The config blob of an artifact: the ArtifactConfig, canonical. */
function encodeConfig(config) {
    return encodeBlob(MediaType.edoConfig, {
        id: config.id,
        provides: config.provides,
        requires: config.requires,
        metadata: config.metadata,
    });
}
function layerDescriptor(layer) {
    return {
        mediaType: layer.mediaType,
        digest: layer.digest,
        size: layer.size,
        ...(layer.platform !== undefined && { annotations: { [Annotation.platform]: layer.platform } }),
    };
}
/** An artifact's manifest; its digest is the artifact's content digest. */
function encodeManifest(config, layers) {
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.imageManifest,
        artifactType: MediaType.edoArtifact,
        config,
        layers: layers.map(layerDescriptor),
    };
    return encodeBlob(MediaType.imageManifest, manifest);
}
function parseManifest(bytes, digest) {
    const manifest = parseJson(bytes, `manifest ${digest}`);
    if (manifest.schemaVersion !== 2 ||
        !manifest.config ||
        !Array.isArray(manifest.layers) ||
        ![manifest.config, ...manifest.layers].every(isDescriptor)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`manifest ${digest} is not an OCI image manifest`);
    }
    return manifest;
}
function parseConfig(bytes, digest) {
    const config = parseJson(bytes, `config ${digest}`);
    const id = config.id;
    if (!id ||
        typeof id.name !== 'string' ||
        typeof id.digest !== 'string' ||
        !Array.isArray(config.provides) ||
        typeof config.requires !== 'object' ||
        config.requires === null) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`config ${digest} is not an Edo artifact config`);
    }
    return config;
}
function manifestLayers(manifest) {
    return manifest.layers.map((d) => {
        const platform = d.annotations?.[Annotation.platform];
        return {
            mediaType: d.mediaType,
            digest: d.digest,
            size: d.size,
            ...(platform !== undefined && { platform }),
        };
    });
}
function artifactFromBlobs(manifest, config) {
    return { config, layers: manifestLayers(manifest) };
}
function isDescriptor(value) {
    const d = value;
    return (d !== null &&
        typeof d === 'object' &&
        typeof d.mediaType === 'string' &&
        typeof d.digest === 'string' &&
        (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isSha256Digest */ .q9)(d.digest) &&
        typeof d.size === 'number' &&
        Number.isSafeInteger(d.size) &&
        d.size >= 0);
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`${what} is not valid JSON`);
    }
}
/**
 * An OCI reference name for the id string that skopeo and umoci accept
 * (components of `[A-Za-z0-9]` joined by `-._:@+`, separated by `/`). Ids already in that form
 * are used as is; others are sanitised and suffixed with a hash of the id so they stay unique.
 */
function refNameFor(idString) {
    const component = '[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*';
    if (new RegExp(`^${component}(?:/${component})*$`).test(idString))
        return idString;
    const sanitized = idString
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/[-._]{2,}/g, '-')
        .replace(/^[-._]+|[-._]+$/g, '');
    const suffix = (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(idString).slice('sha256:'.length, 'sha256:'.length + 16);
    return sanitized === '' ? `edo-${suffix}` : `${sanitized}-${suffix}`;
}
/** Artifacts in one group are builds of the same thing (same package, name and arch); `prune` keeps one per group. */
function groupKey(id) {
    return (0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_2__.idToString)({ name: id.name, digest: '', pkg: id.pkg, arch: id.arch });
}


/***/ }),

/***/ 6104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeDirectoryLayer),
/* harmony export */   j: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3434);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(500);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6280);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4739);








/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
function packDirectory(dir) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_3__.pack({ highWaterMark: 1 << 20 });
    packTree(pack, dir, '').then(() => pack.finalize(), (err) => pack.destroy(err));
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}
/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
async function writeDirectoryLayer(backend, dir, platform) {
    const writer = await backend.startLayer();
    await (0,_streams_js__WEBPACK_IMPORTED_MODULE_6__/* .pipeIntoWriter */ ._)(packDirectory(dir), writer);
    return backend.finishLayer(_oci_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.layerTar, platform, writer);
}
/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;
async function packTree(pack, root, prefix) {
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix)).sort(byCodeUnits);
    for (const name of names) {
        const relative = prefix + name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        if (info.isDirectory()) {
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative + '/', type: 'directory', mode: 0o755 });
            await packTree(pack, root, relative + '/');
        }
        else if (info.isFile()) {
            const mode = info.mode & 0o100 ? 0o755 : 0o644;
            const header = { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'file', mode, size: info.size };
            if (info.size <= SMALL_FILE) {
                const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
                if (content.length !== info.size)
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: it changed while being read`);
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, header, content);
            }
            else {
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addStreamEntry */ .ay)(pack, header, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }));
            }
        }
        else if (info.isSymbolicLink()) {
            const linkname = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'symlink', mode: 0o777, linkname });
        }
        else {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
        }
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 6280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pipeIntoWriter),
/* harmony export */   w: () => (/* binding */ writerFinished)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6466);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3434);


/** Ends the writer if needed and resolves once all its data is flushed (or rejects with its error). */
function writerFinished(writer) {
    if (writer.writableFinished)
        return Promise.resolve();
    if (writer.destroyed)
        return Promise.reject(writer.errored ?? new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX('the layer writer was destroyed'));
    return new Promise((resolve, reject) => {
        writer.once('finish', resolve);
        writer.once('error', reject);
        if (!writer.writableEnded)
            writer.end();
    });
}
/**
 * Pipes `source` into a layer writer. When that fails, waits until the writer has closed before
 * rejecting: its clean-up (removing its temp file, aborting its upload) is asynchronous, and a
 * caller that moves on at once would see it unfinished.
 */
async function pipeIntoWriter(source, writer) {
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, writer);
    }
    catch (err) {
        if (!writer.closed)
            await new Promise((resolve) => writer.once('close', resolve));
        throw err;
    }
}


/***/ }),

/***/ 4739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ addEntry),
/* harmony export */   ay: () => (/* binding */ addStreamEntry),
/* harmony export */   tr: () => (/* binding */ FIXED_TAR_HEADER)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6466);

/** Entries of deterministic tars have this mtime and owner, whatever the files on disk say. */
const FIXED_TAR_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
/** Adds an entry without a body (directory, symlink) or with a small in-memory body. */
function addEntry(pack, header, body) {
    return new Promise((resolve, reject) => {
        const done = (err) => (err ? reject(err) : resolve());
        if (body === undefined)
            pack.entry(header, done);
        else
            pack.entry(header, body, done);
    });
}
/** Adds an entry whose body streams from `source` (exactly `header.size` bytes), with backpressure. */
async function addStreamEntry(pack, header, source) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, pack.entry(header));
}


/***/ }),

/***/ 6405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DigestVerifier),
/* harmony export */   p: () => (/* binding */ corruptBlobError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3434);



/** The error for a blob whose bytes do not hash to its digest. It always names the digest. */
function corruptBlobError(digest, why) {
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`blob ${digest} is corrupt: ${why}`);
}
/**
 * Passes bytes through while hashing them; at the end, if the sha256 or the byte count differ from
 * what the descriptor says, the stream errors instead of ending, so a consumer never mistakes a
 * corrupt blob for a complete one.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    digest;
    size;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    bytes = 0;
    constructor(digest, size) {
        super({ highWaterMark: 1 << 20 });
        this.digest = digest;
        this.size = size;
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = 'sha256:' + this.hash.digest('hex');
        if (this.bytes !== this.size) {
            callback(corruptBlobError(this.digest, `expected ${this.size} bytes, read ${this.bytes}`));
        }
        else if (actual !== this.digest) {
            callback(corruptBlobError(this.digest, `its content hashes to ${actual}`));
        }
        else {
            callback();
        }
    }
}


/***/ }),

/***/ 1387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   cN: () => (/* binding */ vendorEntryKey),
/* harmony export */   gX: () => (/* binding */ LockFile),
/* harmony export */   hp: () => (/* binding */ lockedError)
/* harmony export */ });
/* unused harmony exports serializeLock, parseLock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3434);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7563);
/* harmony import */ var _storage_lock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3649);





/** The lock file's name, at the workspace root. */
const LOCK_FILE = 'edo.lock.json';
const FORMAT_VERSION = 1;
/** The key of an entry a vendor resolved: `<vendor label>#<package>`, e.g. `//:npm#pkg-a`. */
function vendorEntryKey(vendorLabel, pkg) {
    return `${vendorLabel}#${pkg}`;
}
/**
 * The workspace's `edo.lock.json`, loaded once per command. Sources and vendors ask it for pins;
 * it answers from the file or resolves upstream according to the mode, and remembers what it
 * added or changed so the command can print it and `save()` can write it.
 */
class LockFile {
    root;
    mode;
    entries;
    recorded = new Map();
    removed = new Set();
    touched = new Set();
    inFlight = new Map();
    updateNames;
    matchedUpdateNames = new Set();
    constructor(root, mode, entries, update) {
        this.root = root;
        this.mode = mode;
        this.entries = entries;
        this.updateNames = new Set(update);
    }
    get path() {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, LOCK_FILE);
    }
    /** Loads `edo.lock.json` under `root`; a missing file is an empty lock. */
    static async open(root, options) {
        if (options.mode !== 'update' && options.update && options.update.length > 0) {
            throw new Error('LockOptions.update is only meaningful in update mode');
        }
        return new LockFile(root, options.mode, await readEntries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, LOCK_FILE)), options.update ?? []);
    }
    /** An empty lock that is never saved anywhere: for evaluating without a workspace (tests, tools). */
    static inMemory(mode = 'build') {
        return new LockFile('', mode, new Map(), []);
    }
    get(key) {
        return this.entries.get(key);
    }
    keys() {
        return [...this.entries.keys()].sort();
    }
    /**
     * True when the command asked to re-resolve `key` (update mode naming it, or naming nothing).
     * `name` is what else the user may call it (the package name) when it has no entry yet.
     */
    wantsRefresh(key, name = this.entries.get(key)?.name) {
        if (this.mode !== 'update')
            return false;
        if (this.updateNames.size === 0)
            return true;
        for (const wanted of [key, name]) {
            if (wanted !== undefined && this.updateNames.has(wanted)) {
                this.matchedUpdateNames.add(wanted);
                return true;
            }
        }
        return false;
    }
    /** Marks `key` as still in use, so `pruneUntouched` keeps it. */
    touch(key) {
        this.touched.add(key);
    }
    /**
     * Records a fresh resolution of `key` (added, or changed from the locked entry). In `locked`
     * mode this is an error naming the entry: `requiredBy` says which declaration needed it.
     */
    record(key, entry, requiredBy) {
        this.touched.add(key);
        const before = this.entries.get(key);
        if (before !== undefined && sameEntry(before, entry))
            return;
        if (this.mode === 'locked')
            throw lockedError(key, before, requiredBy);
        this.entries.set(key, normalizeEntry(entry));
        this.removed.delete(key);
        const first = this.recorded.get(key)?.before ?? before;
        this.recorded.set(key, { key, ...(first && { before: first }), after: entry });
    }
    /**
     * The one call a source with a single pin makes (a git ref, an image tag, a plugin): the
     * locked entry when it satisfies and no update asks for it, else a fresh resolution recorded in
     * the lock. In `locked` mode a missing or unsatisfying entry throws, naming the key.
     * Concurrent calls for one key share one resolution.
     */
    pin(key, request) {
        const running = this.inFlight.get(key);
        if (running)
            return running;
        const result = this.pinNow(key, request);
        this.inFlight.set(key, result);
        return result;
    }
    async pinNow(key, request) {
        this.touched.add(key);
        const locked = this.entries.get(key);
        const usable = locked !== undefined && request.satisfies(locked);
        if (usable && !this.wantsRefresh(key))
            return locked;
        if (this.mode === 'locked')
            throw lockedError(key, locked, request.requiredBy);
        const fresh = await request.resolve();
        this.record(key, fresh, request.requiredBy);
        return this.entries.get(key);
    }
    /**
     * Drops entries nothing asked for during this command, among those `prunable` selects (the
     * kinds the command re-resolved): only after evaluating the whole workspace.
     */
    pruneUntouched(prunable = () => true) {
        if (this.mode === 'locked')
            return;
        for (const [key, entry] of this.entries) {
            if (this.touched.has(key) || !prunable(entry))
                continue;
            this.entries.delete(key);
            this.recorded.delete(key);
            this.removed.add(key);
        }
    }
    /** What this command added or changed, by key. */
    changes() {
        return [...this.recorded.values()].sort((a, b) => compareStrings(a.key, b.key));
    }
    /** Keys removed by `pruneUntouched`. */
    removals() {
        return [...this.removed].sort();
    }
    /** Names given to `edo update` that matched no entry: a typo the user should hear about. */
    unmatchedUpdateNames() {
        return [...this.updateNames].filter((name) => !this.matchedUpdateNames.has(name)).sort();
    }
    /** One line per change, for the command to print: `added …`, `updated …`, `removed …`. */
    describeChanges() {
        const lines = this.changes().map(({ key, before, after }) => before === undefined
            ? `added ${key} ${describePin(after)}`
            : `updated ${key} ${describePin(before)} -> ${describePin(after)}`);
        return [...lines, ...this.removals().map((key) => `removed ${key}`)];
    }
    /**
     * Writes what changed (never in `locked` mode; nothing when nothing changed). The file on disk
     * is re-read under an inter-process lock and our changes are applied to it, so two `edo`
     * processes adding different entries both keep theirs. Returns whether it wrote.
     */
    async save() {
        if (this.mode === 'locked' || this.root === '')
            return false;
        if (this.recorded.size === 0 && this.removed.size === 0)
            return false;
        const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, '.edo');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(stateDir, { recursive: true });
        return (0,_storage_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .withLock */ .kK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, `${LOCK_FILE}.lock`), stateDir, async () => {
            const current = await readEntries(this.path);
            for (const { key, after } of this.recorded.values())
                current.set(key, normalizeEntry(after));
            for (const key of this.removed)
                current.delete(key);
            const text = serializeLock(current);
            const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.path, 'utf8').catch(() => undefined);
            if (existing === text)
                return false;
            await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(this.path, this.root, stateDir, text);
            return true;
        });
    }
}
/** `1.3.0 (sha512-abc…)`, `main@0123abcd…`: a short human form of what an entry pins. */
function describePin(entry) {
    const digest = entry.digest.length > 19 ? entry.digest.slice(0, 19) + '…' : entry.digest;
    return entry.version !== undefined ? `${entry.version} (${digest})` : digest;
}
/** The `--locked` failure for `key`: missing (`locked` undefined) or no longer satisfying. */
function lockedError(key, locked, requiredBy) {
    const by = requiredBy ? ` (required by ${requiredBy})` : '';
    const problem = locked === undefined
        ? `${LOCK_FILE} has no entry for ${key}${by}`
        : `${LOCK_FILE} entry ${key} (${describePin(locked)}) no longer satisfies its declaration${by}`;
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`--locked: ${problem}; run \`edo update ${key}\` (or a build without --locked)`);
}
const ENTRY_KEY_ORDER = [
    'kind',
    'vendor',
    'name',
    'version',
    'requested',
    'source',
    'digest',
    'dependencies',
    'node',
];
/** The entry with its members in the documented order and nested objects key-sorted. */
function normalizeEntry(entry) {
    const out = {};
    for (const key of ENTRY_KEY_ORDER) {
        const value = entry[key];
        if (value !== undefined)
            out[key] = sortDeep(value);
    }
    return out;
}
function sortDeep(value) {
    if (Array.isArray(value))
        return value.map(sortDeep);
    if (value !== null && typeof value === 'object') {
        const sorted = {};
        for (const key of Object.keys(value).sort(compareStrings)) {
            sorted[key] = sortDeep(value[key]);
        }
        return sorted;
    }
    return value;
}
function sameEntry(a, b) {
    return JSON.stringify(normalizeEntry(a)) === JSON.stringify(normalizeEntry(b));
}
/** Code-unit order, independent of locale, so every machine writes the same bytes. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The file's text: entries sorted by key, two-space indent, trailing newline (diff-friendly). */
function serializeLock(entries) {
    const sorted = {};
    for (const key of [...entries.keys()].sort(compareStrings))
        sorted[key] = normalizeEntry(entries.get(key));
    return JSON.stringify({ version: FORMAT_VERSION, entries: sorted }, null, 2) + '\n';
}
async function readEntries(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return new Map();
        throw err;
    }
    return parseLock(text, path);
}
function parseLock(text, path) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: not valid JSON (${err.message}); fix or delete it`);
    }
    const file = parsed;
    if (file === null || typeof file !== 'object' || file.version !== FORMAT_VERSION) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: unsupported lock file (expected "version": ${FORMAT_VERSION})`);
    }
    const entries = new Map();
    if (file.entries === null || typeof file.entries !== 'object' || Array.isArray(file.entries)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: "entries" must be an object`);
    }
    for (const [key, value] of Object.entries(file.entries)) {
        const entry = value;
        if (entry === null ||
            typeof entry !== 'object' ||
            typeof entry.kind !== 'string' ||
            typeof entry.name !== 'string' ||
            typeof entry.source !== 'string' ||
            typeof entry.digest !== 'string') {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: entry ${key} needs string "kind", "name", "source" and "digest"`);
        }
        entries.set(key, entry);
    }
    return entries;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5187);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
