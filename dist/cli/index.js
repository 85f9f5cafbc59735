import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6467);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, process.cwd());
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: buildProgram

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
;// CONCATENATED MODULE: ./lib/engine/reporter.js
function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}
function targets(count) {
    return `${count} target${count === 1 ? '' : 's'}`;
}
function summaryLine(summary) {
    const parts = [targets(summary.targets.length), `${summary.built} built`, `${summary.cached} cached`];
    if (summary.failed > 0)
        parts.push(`${summary.failed} failed`);
    if (summary.skipped > 0)
        parts.push(`${summary.skipped} skipped`);
    if (summary.cancelled > 0)
        parts.push(`${summary.cancelled} cancelled`);
    const verdict = { success: 'Build succeeded', failed: 'Build FAILED', cancelled: 'Build cancelled' }[summary.status];
    return `${verdict}: ${parts.join(', ')} in ${seconds(summary.durationMs)}`;
}
function failureText(report) {
    return report.error ? report.error.format() : `${report.label}: ${report.status}`;
}
/**
 * `--json`: JSON Lines on stdout, one object per target of the build (sources included, cached or
 * not) as it finishes, then one summary object without a `label`. Nothing else goes to stdout.
 */
class JsonReporter {
    out;
    /** Lines not written yet: targets found cached are reported together, in one write. */
    pending = [];
    constructor(out) {
        this.out = out;
    }
    begin() { }
    started() {
        this.flush();
    }
    retrying() { }
    flush() {
        if (this.pending.length === 0)
            return;
        this.out.write(this.pending.join(''));
        this.pending = [];
    }
    finished(report) {
        const line = {
            label: report.label,
            id: report.id,
            digest: report.digest,
            cached: report.cached,
            status: report.status,
            duration_ms: report.durationMs,
            ...(report.error && { error: report.error.format() }),
        };
        this.pending.push(JSON.stringify(line) + '\n');
        if (!report.cached)
            this.flush();
    }
    end(summary) {
        const line = {
            status: summary.status,
            targets: summary.targets.length,
            built: summary.built,
            cached: summary.cached,
            failed: summary.failed,
            skipped: summary.skipped,
            cancelled: summary.cancelled,
            duration_ms: summary.durationMs,
        };
        this.pending.push(JSON.stringify(line) + '\n');
        this.flush();
    }
}
/** Plain lines (not a TTY, or CI): one per target that ran, failures in full, then a summary. */
class PlainReporter {
    err;
    constructor(err) {
        this.err = err;
    }
    begin(total, cached) {
        this.err.write(`edo: ${targets(total)}, ${cached} cached, ${total - cached} to build\n`);
    }
    started() { }
    retrying(label, attempt, error, delayMs) {
        this.err.write(`RETRY ${label} (attempt ${attempt} failed: ${error.message}; again in ${delayMs} ms)\n`);
    }
    finished(report) {
        if (report.cached)
            return;
        if (report.status === 'success')
            this.err.write(`DONE  ${report.label} (${seconds(report.durationMs)})\n`);
        else if (report.status === 'failed')
            this.err.write(`FAIL  ${failureText(report)}\n`);
        else if (report.status === 'skipped')
            this.err.write(`SKIP  ${report.label} (a dependency failed)\n`);
    }
    end(summary) {
        this.err.write(summaryLine(summary) + '\n');
    }
}
const CLEAR_LINE = '\r\x1b[2K';
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const REDRAW_MS = 100;
/**
 * The live TTY view: finished targets scroll by as lines; one status line at the bottom is redrawn
 * in place (plain ANSI escapes) with done/total, cache hits and the targets running now.
 */
class TtyReporter {
    err;
    total = 0;
    done = 0;
    cached = 0;
    running = new Map();
    timer;
    frame = 0;
    constructor(err) {
        this.err = err;
    }
    begin(total, cached) {
        this.total = total;
        this.cached = cached;
        this.timer = setInterval(() => this.draw(), REDRAW_MS);
        this.timer.unref();
    }
    started(label) {
        this.running.set(label, performance.now());
        this.draw();
    }
    retrying(label, attempt, error, delayMs) {
        this.print(`\x1b[33mRETRY\x1b[0m ${label} (attempt ${attempt}: ${error.message}; again in ${delayMs} ms)`);
    }
    finished(report) {
        this.done += 1;
        this.running.delete(report.label);
        if (report.cached)
            return;
        if (report.status === 'success') {
            this.print(`\x1b[32mDONE\x1b[0m  ${report.label} \x1b[2m(${seconds(report.durationMs)})\x1b[0m`);
        }
        else if (report.status === 'failed') {
            this.print(`\x1b[31mFAIL\x1b[0m  ${failureText(report)}`);
        }
        else if (report.status === 'skipped') {
            this.print(`\x1b[2mSKIP  ${report.label} (a dependency failed)\x1b[0m`);
        }
    }
    end(summary) {
        if (this.timer)
            clearInterval(this.timer);
        const colour = summary.status === 'success' ? '\x1b[32m' : '\x1b[31m';
        this.err.write(`${CLEAR_LINE}${colour}${summaryLine(summary)}\x1b[0m\n`);
    }
    print(line) {
        this.err.write(`${CLEAR_LINE}${line}\n`);
        this.draw();
    }
    draw() {
        if (this.running.size === 0 && this.done === this.total)
            return;
        this.frame = (this.frame + 1) % SPINNER.length;
        const now = performance.now();
        const running = [...this.running].map(([label, since]) => `${label} ${seconds(now - since)}`).join(', ');
        const width = Math.max(40, (this.err.columns ?? 100) - 1);
        const line = `${SPINNER[this.frame]} [${this.done}/${this.total}] ${this.cached} cached, ${this.running.size} running: ${running}`;
        this.err.write(CLEAR_LINE + (line.length > width ? line.slice(0, width - 1) + '…' : line));
    }
}
/** The reporter for a command: `--json`, else live on a TTY outside CI, else plain lines. */
function chooseReporter(json, out, err, env) {
    if (json)
        return new JsonReporter(out);
    const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
    return err.isTTY && !ci ? new TtyReporter(err) : new PlainReporter(err);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/model/id-format.js

/**
 * The string form of an `Id` (documented in docs/storage.md):
 *
 *     [<pkg>/]<name>[@<version>][+<arch>][:<digest>]
 *
 * e.g. `core/hello@1.2.0+x86_64:sha256:2c26…`. Inside each part the characters `% / @ + :`,
 * whitespace and control characters are percent-encoded, so every part may hold any text and the
 * form always round-trips. Names made of letters, digits and `._-` read as written.
 */
function id_format_idToString(id) {
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
        throw new errors/* UsageError */.eb(`invalid artifact id ${JSON.stringify(text)}: ${why}`);
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
    return id_format_idToString(a) === id_format_idToString(b);
}
function encodePart(part) {
    if (PLAIN_PART.test(part))
        return part;
    // eslint-disable-next-line no-control-regex
    return part.replace(/[%/@+:\s\x00-\x1f\x7f]/g, (c) => Array.from(Buffer.from(c, 'utf8'), (byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0')).join(''));
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/model/digest.js


/** A content digest as OCI writes it: `sha256:<64 lowercase hex>`. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function digest_sha256Digest(data) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function isSha256Digest(value) {
    return SHA256_DIGEST.test(value);
}
/** The hex part of a sha256 digest; throws on anything else so a digest never becomes a path trick. */
function digestHex(digest) {
    if (!isSha256Digest(digest))
        throw new errors/* EdoError */.bX(`not a sha256 digest: ${JSON.stringify(digest)}`);
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

;// CONCATENATED MODULE: ./lib/storage/oci.js



/** Media types of the OCI image spec and of Edo's own artifacts. */
const oci_MediaType = {
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
    const bytes = Buffer.from(canonicalJson(value), 'utf8');
    return { bytes, descriptor: { mediaType, digest: digest_sha256Digest(bytes), size: bytes.length } };
}
/** The config blob of an artifact: the ArtifactConfig, canonical. */
function oci_encodeConfig(config) {
    return encodeBlob(oci_MediaType.edoConfig, {
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
function oci_encodeManifest(config, layers) {
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_MediaType.imageManifest,
        artifactType: oci_MediaType.edoArtifact,
        config,
        layers: layers.map(layerDescriptor),
    };
    return encodeBlob(oci_MediaType.imageManifest, manifest);
}
function oci_parseManifest(bytes, digest) {
    const manifest = parseJson(bytes, `manifest ${digest}`);
    if (manifest.schemaVersion !== 2 ||
        !manifest.config ||
        !Array.isArray(manifest.layers) ||
        ![manifest.config, ...manifest.layers].every(isDescriptor)) {
        throw new errors/* EdoError */.bX(`manifest ${digest} is not an OCI image manifest`);
    }
    return manifest;
}
function oci_parseConfig(bytes, digest) {
    const config = parseJson(bytes, `config ${digest}`);
    const id = config.id;
    if (!id ||
        typeof id.name !== 'string' ||
        typeof id.digest !== 'string' ||
        !Array.isArray(config.provides) ||
        typeof config.requires !== 'object' ||
        config.requires === null) {
        throw new errors/* EdoError */.bX(`config ${digest} is not an Edo artifact config`);
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
function oci_artifactFromBlobs(manifest, config) {
    return { config, layers: manifestLayers(manifest) };
}
function isDescriptor(value) {
    const d = value;
    return (d !== null &&
        typeof d === 'object' &&
        typeof d.mediaType === 'string' &&
        typeof d.digest === 'string' &&
        isSha256Digest(d.digest) &&
        typeof d.size === 'number' &&
        Number.isSafeInteger(d.size) &&
        d.size >= 0);
}
function parseJson(bytes, what) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* EdoError */.bX(`${what} is not valid JSON`);
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
    const suffix = digest_sha256Digest(idString).slice('sha256:'.length, 'sha256:'.length + 16);
    return sanitized === '' ? `edo-${suffix}` : `${sanitized}-${suffix}`;
}
/** Artifacts in one group are builds of the same thing (same package, name and arch); `prune` keeps one per group. */
function oci_groupKey(id) {
    return id_format_idToString({ name: id.name, digest: '', pkg: id.pkg, arch: id.arch });
}

;// CONCATENATED MODULE: ./lib/transform/artifacts.js


/** Unpacks every layer of `artifact`, in order, under `path` in `env`. */
async function stageArtifact(storage, env, path, artifact) {
    await env.createDir(path);
    for (const layer of artifact.layers)
        await env.unpack(path, await storage.read(layer));
}
/**
 * Packs `path` of `env` into a new layer. Environments treat the writer as borrowed (they do not
 * end it), so it is ended here; on failure it is destroyed, which removes its temp file.
 */
async function layerFromEnvironment(storage, env, path) {
    const writer = await storage.startLayer();
    try {
        await env.read(path, writer);
        writer.end();
        return await storage.finishLayer(oci_MediaType.layerTar, undefined, writer);
    }
    catch (err) {
        writer.destroy();
        throw err;
    }
}
/** A new artifact with the same layers under another id (nothing is copied: layers are shared blobs). */
function relabel(artifact, id) {
    return { config: { ...artifact.config, id }, layers: artifact.layers };
}
/** The entries of a layer, read from the store as a stream (contents are skipped, not buffered). */
async function listLayer(storage, layer) {
    const entries = [];
    const extract = tar_stream.extract();
    const stream = await storage.read(layer);
    await new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            entries.push({
                path: header.name.replace(/^\.\//, '').replace(/\/$/, ''),
                type: header.type ?? 'file',
            });
            body.on('end', next);
            body.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
        stream.on('error', reject);
        stream.pipe(extract);
    });
    return entries;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./lib/engine/logs.js



/** How many logs per target are kept. */
const LOGS_KEPT = 5;
/** The directory of a target's logs: one directory per label, percent-encoded so any label fits. */
function targetDir(root, label) {
    return (0,external_node_path_.join)(root, encodeURIComponent(label.replace(/^\/\//, '')));
}
/** A log file that is written as output arrives (synchronously: a crash keeps what was written). */
class FileLog {
    path;
    fd;
    constructor(path) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'a', 0o644);
    }
    write(data) {
        if (this.fd === undefined)
            return;
        if (typeof data === 'string')
            (0,external_node_fs_.writeSync)(this.fd, data);
        else
            (0,external_node_fs_.writeSync)(this.fd, data);
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Per-target logs under `.edo/logs/`: one file for each time a target actually ran, named so they
 * sort by time; only the newest `LOGS_KEPT` per target are kept.
 */
class TargetLogs {
    root;
    constructor(root) {
        this.root = root;
    }
    async open(label) {
        const dir = targetDir(this.root, label);
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const log = new FileLog((0,external_node_path_.join)(dir, `${stamp}-${process.pid}.log`));
        await this.prune(dir);
        return log;
    }
    async prune(dir) {
        const files = (await (0,promises_namespaceObject.readdir)(dir)).filter((f) => f.endsWith('.log')).sort();
        for (const old of files.slice(0, Math.max(0, files.length - LOGS_KEPT))) {
            await (0,promises_namespaceObject.unlink)((0,external_node_path_.join)(dir, old)).catch(() => undefined);
        }
    }
    /** The newest log of a target, if it ever ran. */
    async latest(label) {
        const dir = targetDir(this.root, label);
        const files = (await (0,promises_namespaceObject.readdir)(dir).catch(() => [])).filter((f) => f.endsWith('.log')).sort();
        return files.length > 0 ? (0,external_node_path_.join)(dir, files[files.length - 1]) : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/engine/no-environment.js

function refuse() {
    throw new errors/* EdoError */.bX('this target declares no environment: it cannot run commands or stage files');
}
/**
 * What transforms with an empty `environment()` (compose, import_artifact, sources) receive: they
 * work in the store only, so no temp dir or container is made for them. Every use is an error.
 */
const NO_ENVIRONMENT = {
    deferCmd: (_log, _id) => refuse(),
    expand: async (_path) => refuse(),
    createDir: async (_path) => refuse(),
    setEnv: async (_key, _value) => refuse(),
    getEnv: (_key) => undefined,
    setup: async (_log, _storage) => undefined,
    up: async (_log) => undefined,
    down: async (_log) => undefined,
    clean: async (_log) => undefined,
    write: async (_path, _data) => refuse(),
    unpack: async (_path, _data) => refuse(),
    read: async (_path, _writer) => refuse(),
    cmd: async (_log, _id, _path, _command) => refuse(),
    run: async (_log, _id, _path, _command) => refuse(),
    shell: async (_path) => refuse(),
};

;// CONCATENATED MODULE: ./lib/engine/scheduler.js

/** Anything thrown, as an EdoError (the original kept as its cause). */
function asEdoError(err, target) {
    if (err instanceof errors/* EdoError */.bX)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new errors/* EdoError */.bX(message, target === undefined ? {} : { target }, 1, err);
}
/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/**
 * Runs tasks in dependency order with at most `jobs` at a time. Returns once every running task
 * has settled, so callers can rely on all environments being torn down when it returns.
 */
async function schedule(tasks, options, hooks) {
    const jobs = Math.max(1, options.jobs);
    const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    const backoffMs = options.backoffMs ?? 500;
    const stop = new AbortController();
    const onOuterAbort = () => stop.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (options.signal?.aborted)
        stop.abort();
    const results = new Map();
    const waitingOn = new Map();
    const dependents = new Map();
    const ready = [];
    const known = new Set(tasks.map((t) => t.label));
    for (const task of tasks) {
        const deps = [...new Set(task.deps)].filter((d) => known.has(d));
        waitingOn.set(task.label, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(task.label);
            else
                dependents.set(dep, [task.label]);
        }
        if (deps.length === 0)
            ready.push(task.label);
    }
    const finish = (label, result) => {
        results.set(label, result);
        hooks.onFinish?.(label, result);
    };
    /** Marks everything that (transitively) depends on a failed task as skipped. */
    const skipDependents = (label) => {
        const pending = [...(dependents.get(label) ?? [])];
        while (pending.length > 0) {
            const next = pending.pop();
            if (results.has(next))
                continue;
            finish(next, { status: 'skipped', attempts: 0 });
            pending.push(...(dependents.get(next) ?? []));
        }
    };
    const runTask = async (label) => {
        for (let attempt = 1;; attempt++) {
            if (stop.signal.aborted)
                return { status: 'cancelled', attempts: attempt - 1 };
            hooks.onStart?.(label, attempt);
            let outcome;
            try {
                outcome = await hooks.run(label, attempt, stop.signal);
            }
            catch (err) {
                outcome = { status: 'failed', error: asEdoError(err) };
            }
            if (stop.signal.aborted && outcome.status !== 'success')
                return { status: 'cancelled', attempts: attempt };
            if (outcome.status === 'success')
                return { status: 'success', attempts: attempt };
            if (outcome.status === 'failed' || attempt >= maxAttempts) {
                return { status: 'failed', error: outcome.error, attempts: attempt };
            }
            const delay = backoffMs * 2 ** (attempt - 1);
            hooks.onRetry?.(label, attempt, outcome.error, delay);
            await sleep(delay, stop.signal);
        }
    };
    const running = new Set();
    const start = (label) => {
        const promise = runTask(label).then((result) => {
            running.delete(promise);
            finish(label, result);
            if (result.status === 'success') {
                for (const dependent of dependents.get(label) ?? []) {
                    const left = waitingOn.get(dependent) - 1;
                    waitingOn.set(dependent, left);
                    if (left === 0)
                        ready.push(dependent);
                }
            }
            else if (result.status === 'failed') {
                skipDependents(label);
                if (!options.keepGoing)
                    stop.abort();
            }
        });
        running.add(promise);
    };
    try {
        while (true) {
            while (!stop.signal.aborted && running.size < jobs && ready.length > 0) {
                const label = ready.shift();
                if (!results.has(label))
                    start(label);
            }
            if (running.size === 0)
                break;
            await Promise.race(running);
        }
    }
    finally {
        options.signal?.removeEventListener('abort', onOuterAbort);
    }
    for (const task of tasks) {
        if (!results.has(task.label))
            finish(task.label, { status: 'cancelled', attempts: 0 });
    }
    return results;
}

;// CONCATENATED MODULE: ./lib/engine/run.js








function defaultJobs() {
    return (0,external_node_os_.availableParallelism)();
}
/**
 * Builds `labels` and everything they depend on: computes every cache key, takes what any store
 * has, and runs the rest through the scheduler, each target in a fresh environment of its farm
 * that is torn down whatever happens (success, failure, cancellation).
 */
async function runBuild(engine, labels, options) {
    const started = performance.now();
    const order = engine.graph.closure(labels);
    const storage = await engine.storage();
    const handle = engine.handle(storage);
    const logs = new TargetLogs(engine.paths.logs);
    const reports = new Map();
    const views = new Map();
    const ids = new Map();
    // Dependencies first, so each key is computed from keys already known.
    for (const node of order) {
        const view = await engine.target(node.label);
        views.set(node.label, view);
        try {
            ids.set(node.label, await view.getUniqueId(handle));
        }
        catch (err) {
            throw asEdoError(err, node.label);
        }
    }
    const present = await Promise.all(order.map((node) => storage.has(ids.get(node.label))));
    const toRun = order.filter((_, i) => !present[i]);
    const report = (label, fields) => {
        const id = ids.get(label);
        const entry = { label, kind: views.get(label).kind, id: id_format_idToString(id), digest: id.digest, ...fields };
        reports.set(label, entry);
        options.reporter.finished(entry);
        return entry;
    };
    options.reporter.begin(order.length, order.length - toRun.length);
    order.forEach((node, i) => {
        if (present[i])
            report(node.label, { cached: true, status: 'success', durationMs: 0, attempts: 0 });
    });
    const startedAt = new Map();
    const logPaths = new Map();
    const runOne = async (label, signal) => {
        const view = views.get(label);
        const id = ids.get(label);
        const log = await logs.open(label);
        logPaths.set(label, log.path);
        let env = NO_ENVIRONMENT;
        const stopEnvironment = () => void env.down(log).catch(() => undefined);
        try {
            const farmName = view.environment();
            if (farmName !== '') {
                const farm = await engine.farm(farmName);
                env = await farm.create(log, label);
                signal.addEventListener('abort', stopEnvironment, { once: true });
                await env.setup(log, storage);
                await env.up(log);
            }
            await view.prepare(log, handle);
            await view.stage(log, handle, env);
            if (signal.aborted)
                return { status: 'failed', error: new errors/* EdoError */.bX('cancelled', { target: label }) };
            const status = await view.transform(log, handle, env);
            if (status.kind === 'success') {
                await storage.save(relabel(status.artifact, id));
                return { status: 'success' };
            }
            return { status: status.kind, error: withTarget(status.error, label) };
        }
        catch (err) {
            return { status: 'failed', error: withTarget(asEdoError(err, label), label) };
        }
        finally {
            signal.removeEventListener('abort', stopEnvironment);
            await closeEnvironment(env, log);
            log.close();
        }
    };
    const results = await schedule(toRun.map((node) => ({ label: node.label, deps: node.deps })), {
        jobs: options.jobs ?? engine.config.jobs ?? defaultJobs(),
        keepGoing: options.keepGoing,
        maxAttempts: options.maxAttempts,
        backoffMs: options.backoffMs,
        signal: options.signal,
    }, {
        run: (label, _attempt, signal) => runOne(label, signal),
        onStart: (label, attempt) => {
            if (attempt === 1)
                startedAt.set(label, performance.now());
            options.reporter.started(label, attempt);
        },
        onRetry: (label, attempt, error, delay) => options.reporter.retrying(label, attempt, error, delay),
        onFinish: (label, result) => {
            const began = startedAt.get(label);
            const logPath = logPaths.get(label);
            report(label, {
                cached: false,
                status: result.status,
                durationMs: began === undefined ? 0 : Math.round(performance.now() - began),
                attempts: result.attempts,
                ...(result.error && { error: withLog(result.error, logPath) }),
                ...(logPath !== undefined && { log: logPath }),
            });
        },
    });
    const targets = order.map((node) => reports.get(node.label));
    const count = (status) => [...results.values()].filter((r) => r.status === status).length;
    const summary = {
        status: count('failed') > 0 ? 'failed' : count('cancelled') > 0 ? 'cancelled' : 'success',
        targets,
        durationMs: Math.round(performance.now() - started),
        built: count('success'),
        cached: order.length - toRun.length,
        failed: count('failed'),
        skipped: count('skipped'),
        cancelled: count('cancelled'),
    };
    options.reporter.end(summary);
    return summary;
}
/** Tears an environment down and removes it; problems here must not hide the target's own result. */
async function closeEnvironment(env, log) {
    await env
        .down(log)
        .catch((err) => log.write(`edo: stopping the environment failed: ${err.message}\n`));
    await env
        .clean(log)
        .catch((err) => log.write(`edo: removing the environment failed: ${err.message}\n`));
}
function withTarget(error, label) {
    if (error.context.target !== undefined)
        return error;
    return new errors/* EdoError */.bX(error.message, { ...error.context, target: label }, error.exitCode, error);
}
/** Adds the log's path under the error, so the whole output is one command away. */
function withLog(error, logPath) {
    if (logPath === undefined)
        return error;
    const rel = (0,external_node_path_.relative)(process.cwd(), logPath);
    const details = [...(error.context.details ?? []), `  log: ${rel.startsWith('..') ? logPath : rel}`];
    return new errors/* EdoError */.bX(error.message, { ...error.context, details }, error.exitCode, error);
}

;// CONCATENATED MODULE: ./lib/model/label.js
/**
 * Labels name targets and files of a workspace: `//pkg/path:name`, `:name` (in the current package),
 * `//pkg` (= `//pkg:pkg`), `//:name` (the root package). Patterns name sets of them: `//...`,
 * `//pkg/...`, `//pkg:all`, `//pkg:*` and globs over names such as `//src:*.cpp`.
 */
/** Thrown for a malformed label; callers add the position and rethrow as a user error. */
class LabelSyntaxError extends Error {
    text;
    constructor(text, reason) {
        super(`invalid label "${text}": ${reason}`);
        this.text = text;
        this.name = 'LabelSyntaxError';
    }
}
const SEGMENT = /^[A-Za-z0-9_@+=,.~-][A-Za-z0-9_@+=,.~ -]*$/;
function checkPath(text, path, what, allowEmpty) {
    if (path === '') {
        if (allowEmpty)
            return;
        throw new LabelSyntaxError(text, `empty ${what}`);
    }
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
            throw new LabelSyntaxError(text, `bad ${what} "${path}"`);
        }
    }
}
/**
 * Parses a label, resolving relative forms (`:name`, `name`, `sub/file.c`) against `currentPkg`.
 */
function parseLabel(text, currentPkg) {
    if (text.startsWith('//')) {
        const body = text.slice(2);
        const colon = body.indexOf(':');
        if (colon < 0) {
            checkPath(text, body, 'package', false);
            return { pkg: body, name: body.slice(body.lastIndexOf('/') + 1) };
        }
        const pkg = body.slice(0, colon);
        const name = body.slice(colon + 1);
        checkPath(text, pkg, 'package', true);
        checkPath(text, name, 'name', false);
        return { pkg, name };
    }
    const name = text.startsWith(':') ? text.slice(1) : text;
    if (name.includes(':'))
        throw new LabelSyntaxError(text, 'more than one ":"');
    checkPath(text, name, 'name', false);
    return { pkg: currentPkg, name };
}
function formatLabel(label) {
    return `//${label.pkg}:${label.name}`;
}
/** Parses and formats in one step: the canonical string of a label. */
function canonicalLabel(text, currentPkg) {
    return formatLabel(parseLabel(text, currentPkg));
}
/** Whether `text` has glob metacharacters (`*`, `?`, `[`). */
function hasGlob(text) {
    return /[*?[]/.test(text);
}
/**
 * Converts a glob to a regular expression over `/`-separated paths: `*` and `?` stay inside one
 * path segment, `**` spans segments (and `**\/` also matches nothing), `[...]` is a character class.
 */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i += 1;
                if (glob[i + 1] === '/') {
                    i += 1;
                    out += '(?:.*/)?';
                }
                else {
                    out += '.*';
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0) {
                out += '\\[';
            }
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
                out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
                i = end;
            }
        }
        else {
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${out}$`);
}
/** Parses a target pattern; anything that is not a pattern is a single label. */
function parsePattern(text, currentPkg) {
    const absolute = text.startsWith('//');
    const body = absolute ? text.slice(2) : text;
    if (body === '...' || body.endsWith('/...')) {
        const rel = body === '...' ? '' : body.slice(0, -4);
        checkPath(text, rel, 'package', true);
        const pkg = absolute ? rel : [currentPkg, rel].filter((p) => p !== '').join('/');
        return { kind: 'recursive', pkg };
    }
    const colon = body.indexOf(':');
    const name = colon < 0 ? undefined : body.slice(colon + 1);
    if (name !== undefined && (name === 'all' || hasGlob(name))) {
        const pkgText = body.slice(0, colon);
        if (absolute)
            checkPath(text, pkgText, 'package', true);
        else if (pkgText !== '')
            throw new LabelSyntaxError(text, 'a relative pattern must start with ":"');
        const pkg = absolute ? pkgText : currentPkg;
        const glob = name === 'all' ? '*' : name;
        return { kind: 'glob', pkg, glob, regexp: globToRegExp(glob === '*' ? '**' : glob) };
    }
    return { kind: 'label', label: parseLabel(text, currentPkg) };
}
/** Whether a package path equals `pkg` or lies below it. */
function isUnderPackage(candidate, pkg) {
    return pkg === '' || candidate === pkg || candidate.startsWith(pkg + '/');
}
function matchesPattern(pattern, label) {
    switch (pattern.kind) {
        case 'label':
            return pattern.label.pkg === label.pkg && pattern.label.name === label.name;
        case 'recursive':
            return isUnderPackage(label.pkg, pattern.pkg);
        case 'glob':
            return pattern.pkg === label.pkg && pattern.regexp.test(label.name);
    }
}

;// CONCATENATED MODULE: ./lib/storage/fs-util.js



/** A unique file name for a temporary file (pid + random), so concurrent writers never collide. */
function tempName(prefix) {
    return `${prefix}-${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
}
/** fsync a directory so a rename inside it survives a crash of the machine, not just of edo. */
async function fsyncDirectory(dir) {
    const handle = await (0,promises_namespaceObject.open)(dir, 'r');
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
    const temp = (0,external_node_path_.join)(tempDir, tempName('write'));
    const handle = await (0,promises_namespaceObject.open)(temp, 'wx', 0o644);
    try {
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_namespaceObject.rename)(temp, target);
    }
    catch (err) {
        await (0,promises_namespaceObject.unlink)(temp).catch(() => undefined);
        throw err;
    }
    await fsyncDirectory(targetDir);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
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
    const claim = (0,external_node_path_.join)(tempDir, tempName('lock-claim'));
    const owner = `${HOST} ${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
    await (0,promises_namespaceObject.writeFile)(claim, owner, { mode: 0o644 });
    try {
        for (let attempt = 0;; attempt++) {
            try {
                await (0,promises_namespaceObject.link)(claim, lockPath);
                return () => (0,promises_namespaceObject.unlink)(lockPath);
            }
            catch (err) {
                const code = err.code;
                // Garbage collection with no grace period may have removed our claim while we waited.
                if (code === 'ENOENT')
                    await (0,promises_namespaceObject.writeFile)(claim, owner, { mode: 0o644 });
                else if (code !== 'EEXIST')
                    throw err;
            }
            await breakIfStale(lockPath, tempDir);
            const delay = Math.min(2 + attempt, 25);
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(delay / 2 + Math.random() * delay);
        }
    }
    finally {
        await (0,promises_namespaceObject.unlink)(claim).catch(() => undefined);
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
    const seen = await (0,promises_namespaceObject.readFile)(lockPath, 'utf8').catch(() => undefined);
    if (seen === undefined)
        return;
    const [host, pid, startTime] = seen.trim().split(' ');
    if (isProcessAlive(Number(pid), startTime, host))
        return;
    // Move the stale file aside, then check it is still the one we judged dead: another waiter may
    // have broken it and taken the lock meanwhile, in which case we put that live lock back.
    const aside = (0,external_node_path_.join)(tempDir, tempName('stale-lock'));
    try {
        await (0,promises_namespaceObject.rename)(lockPath, aside);
    }
    catch {
        return;
    }
    const moved = await (0,promises_namespaceObject.readFile)(aside, 'utf8').catch(() => undefined);
    if (moved !== seen)
        await (0,promises_namespaceObject.link)(aside, lockPath).catch(() => undefined);
    await (0,promises_namespaceObject.unlink)(aside).catch(() => undefined);
}

;// CONCATENATED MODULE: ./lib/vendor/lock.js





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
        return (0,external_node_path_.join)(this.root, LOCK_FILE);
    }
    /** Loads `edo.lock.json` under `root`; a missing file is an empty lock. */
    static async open(root, options) {
        if (options.mode !== 'update' && options.update && options.update.length > 0) {
            throw new Error('LockOptions.update is only meaningful in update mode');
        }
        return new LockFile(root, options.mode, await readEntries((0,external_node_path_.join)(root, LOCK_FILE)), options.update ?? []);
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
        const stateDir = (0,external_node_path_.join)(this.root, '.edo');
        await (0,promises_namespaceObject.mkdir)(stateDir, { recursive: true });
        return withLock((0,external_node_path_.join)(stateDir, `${LOCK_FILE}.lock`), stateDir, async () => {
            const current = await readEntries(this.path);
            for (const { key, after } of this.recorded.values())
                current.set(key, normalizeEntry(after));
            for (const key of this.removed)
                current.delete(key);
            const text = serializeLock(current);
            const existing = await (0,promises_namespaceObject.readFile)(this.path, 'utf8').catch(() => undefined);
            if (existing === text)
                return false;
            await writeFileAtomic(this.path, this.root, stateDir, text);
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
    return new errors/* EdoError */.bX(`--locked: ${problem}; run \`edo update ${key}\` (or a build without --locked)`);
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
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
        throw new errors/* UsageError */.eb(`${path}: not valid JSON (${err.message}); fix or delete it`);
    }
    const file = parsed;
    if (file === null || typeof file !== 'object' || file.version !== FORMAT_VERSION) {
        throw new errors/* UsageError */.eb(`${path}: unsupported lock file (expected "version": ${FORMAT_VERSION})`);
    }
    const entries = new Map();
    if (file.entries === null || typeof file.entries !== 'object' || Array.isArray(file.entries)) {
        throw new errors/* UsageError */.eb(`${path}: "entries" must be an object`);
    }
    for (const [key, value] of Object.entries(file.entries)) {
        const entry = value;
        if (entry === null ||
            typeof entry !== 'object' ||
            typeof entry.kind !== 'string' ||
            typeof entry.name !== 'string' ||
            typeof entry.source !== 'string' ||
            typeof entry.digest !== 'string') {
            throw new errors/* UsageError */.eb(`${path}: entry ${key} needs string "kind", "name", "source" and "digest"`);
        }
        entries.set(key, entry);
    }
    return entries;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __nccwpck_require__(1214);
;// CONCATENATED MODULE: ./lib/storage/checkout.js








/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer leaves no partial tree).
 */
async function checkout(backend, id, dir) {
    const target = (0,external_node_path_.resolve)(dir);
    const existing = await (0,promises_namespaceObject.readdir)(target).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (existing && existing.length > 0)
        throw new errors/* EdoError */.bX(`checkout: ${dir} exists and is not empty`);
    const artifact = await backend.open(id);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${tempName('checkout')}`);
    await (0,promises_namespaceObject.mkdir)(temp);
    try {
        await extractArtifact(backend, artifact, temp);
        if (existing)
            await (0,promises_namespaceObject.rmdir)(target);
        await (0,promises_namespaceObject.rename)(temp, target);
    }
    catch (err) {
        await (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true });
        if (err instanceof errors/* EdoError */.bX)
            throw new errors/* EdoError */.bX(`checkout of ${id_format_idToString(id)}: ${err.message}`);
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
        await extractLayer(await backend.read(layer), dir, tree, directoryModes, layer.digest);
    }
    // Directory modes last (deepest first), so a read-only directory does not block its own contents.
    // A directory a later layer replaced is no longer in the tree.
    const deepestFirst = [...directoryModes]
        .filter(([path]) => tree.get(path) === 'directory')
        .sort(([a], [b]) => b.split('/').length - a.split('/').length);
    for (const [path, mode] of deepestFirst)
        await (0,promises_namespaceObject.chmod)((0,external_node_path_.join)(dir, path), mode);
}
async function extractLayer(stream, root, tree, directoryModes, digest) {
    const extract = tar_stream.extract();
    const fed = (0,promises_.pipeline)(stream, extract);
    const seenInLayer = new Set();
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const unsafe = (why) => new errors/* EdoError */.bX(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
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
            await prepareParents(root, path, tree, unsafe);
            const full = (0,external_node_path_.join)(root, path);
            const mode = header.mode & 0o777;
            if (header.type === 'directory') {
                if (tree.get(path) !== 'directory') {
                    await replace(full, path, tree);
                    await (0,promises_namespaceObject.mkdir)(full, { mode: 0o755 });
                    tree.set(path, 'directory');
                }
                directoryModes.set(path, mode);
                entry.resume();
            }
            else if (header.type === 'file' || header.type === 'contiguous-file') {
                await replace(full, path, tree);
                await (0,promises_.pipeline)(entry, (0,external_node_fs_.createWriteStream)(full, { flags: 'wx', mode }));
                await (0,promises_namespaceObject.chmod)(full, mode);
                tree.set(path, 'file');
            }
            else if (header.type === 'symlink') {
                checkSymlinkTarget(path, header.linkname ?? '', unsafe);
                await replace(full, path, tree);
                await (0,promises_namespaceObject.symlink)(header.linkname, full);
                tree.set(path, 'symlink');
                entry.resume();
            }
            else if (header.type === 'link') {
                const source = safeRelativePath(header.linkname ?? '', (why) => unsafe(`hard link target ${why}`));
                if (tree.get(source) !== 'file') {
                    throw unsafe(`hard link to ${JSON.stringify(header.linkname)}, which is not a file extracted before it`);
                }
                await replace(full, path, tree);
                await (0,promises_namespaceObject.link)((0,external_node_path_.join)(root, source), full);
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
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(root, parent), { mode: 0o755 });
        tree.set(parent, 'directory');
    }
}
/** A symlink must resolve inside the root: relative, and not climbing above it. */
function checkSymlinkTarget(path, target, unsafe) {
    if (target === '')
        throw unsafe('symlink with an empty target');
    if (target.startsWith('/'))
        throw unsafe(`symlink to the absolute path ${target} points outside the directory`);
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../')) {
        throw unsafe(`symlink to ${target} points outside the directory`);
    }
}
/** Removes whatever an earlier layer put at `path` (and forgets everything below it). */
async function replace(full, path, tree) {
    if (!tree.has(path))
        return;
    await (0,promises_namespaceObject.rm)(full, { recursive: true, force: true });
    tree.delete(path);
    const below = path + '/';
    for (const key of [...tree.keys()])
        if (key.startsWith(below))
            tree.delete(key);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./lib/storage/tar-entries.js

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
    await (0,promises_.pipeline)(source, pack.entry(header));
}

;// CONCATENATED MODULE: ./lib/storage/pack.js








/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
function packDirectory(dir) {
    const pack = tar_stream.pack({ highWaterMark: 1 << 20 });
    packTree(pack, dir, '').then(() => pack.finalize(), (err) => pack.destroy(err));
    return external_node_stream_.Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}
/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
async function writeDirectoryLayer(backend, dir, platform) {
    const writer = await backend.startLayer();
    await (0,promises_.pipeline)(packDirectory(dir), writer);
    return backend.finishLayer(oci_MediaType.layerTar, platform, writer);
}
/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;
async function packTree(pack, root, prefix) {
    const names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, prefix)).sort(byCodeUnits);
    for (const name of names) {
        const relative = prefix + name;
        const path = (0,external_node_path_.join)(root, relative);
        const info = (0,external_node_fs_.lstatSync)(path);
        if (info.isDirectory()) {
            await addEntry(pack, { ...FIXED_TAR_HEADER, name: relative + '/', type: 'directory', mode: 0o755 });
            await packTree(pack, root, relative + '/');
        }
        else if (info.isFile()) {
            const mode = info.mode & 0o100 ? 0o755 : 0o644;
            const header = { ...FIXED_TAR_HEADER, name: relative, type: 'file', mode, size: info.size };
            if (info.size <= SMALL_FILE) {
                const content = (0,external_node_fs_.readFileSync)(path);
                if (content.length !== info.size)
                    throw new errors/* EdoError */.bX(`cannot pack ${path}: it changed while being read`);
                await addEntry(pack, header, content);
            }
            else {
                await addStreamEntry(pack, header, (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }));
            }
        }
        else if (info.isSymbolicLink()) {
            const linkname = (0,external_node_fs_.readlinkSync)(path);
            await addEntry(pack, { ...FIXED_TAR_HEADER, name: relative, type: 'symlink', mode: 0o777, linkname });
        }
        else {
            throw new errors/* EdoError */.bX(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
        }
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/environment/local/tar.js






/** Moves everything in `from` into `to`; entries of `from` replace those of `to`, directories merge. */
async function mergeInto(from, to) {
    for (const name of await (0,promises_namespaceObject.readdir)(from)) {
        const source = (0,external_node_path_.join)(from, name);
        const target = (0,external_node_path_.join)(to, name);
        const existing = await (0,promises_namespaceObject.lstat)(target).catch(() => undefined);
        if (existing?.isDirectory() && (await (0,promises_namespaceObject.lstat)(source)).isDirectory()) {
            await mergeInto(source, target);
            continue;
        }
        if (existing)
            await (0,promises_namespaceObject.rm)(target, { recursive: true, force: true });
        await (0,promises_namespaceObject.rename)(source, target);
    }
}
/**
 * Extracts one tar stream into `dir` (which exists) with the store's safe extractor, over what is
 * already there, as the next layer of an artifact would be applied. The tar goes to a fresh
 * directory beside `dir` first: the extractor only writes into empty directories.
 */
async function extractTarInto(data, dir) {
    const temp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(dir), '.unpack-'));
    try {
        const layer = { mediaType: oci_MediaType.layerTar, digest: 'a tar stream', size: 0 };
        await extractArtifact({ read: async () => data }, { config: { id: { name: 'unpack', digest: '' }, provides: [], requires: {} }, layers: [layer] }, temp);
        await mergeInto(temp, dir);
    }
    finally {
        await (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Writes a deterministic tar of the directory `path` (its contents at the tar's root) to `writer`.
 * The writer is borrowed: it is left open for the caller to end.
 */
async function packPath(path, writer) {
    await (0,promises_.pipeline)(packDirectory(path), writer, { end: false });
}

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
        await (0,promises_namespaceObject.mkdir)(this.hostPath(path), { recursive: true });
    }
    async setEnv(key, value) {
        this.variables[key] = value;
    }
    getEnv(key) {
        return this.variables[key];
    }
    async setup(_log, _storage) { }
    async up(_log) {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(this.root, 'home'), { recursive: true });
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(this.root, 'tmp'), { recursive: true });
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
        await (0,promises_namespaceObject.rm)(this.root, { recursive: true, force: true, maxRetries: 3 });
    }
    async write(path, data) {
        const target = this.hostPath(path);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(target, { mode: 0o644 }));
    }
    async unpack(path, data) {
        const target = this.hostPath(path);
        await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
        await extractTarInto(data, target);
    }
    async read(path, writer) {
        await packPath(this.hostPath(path), writer);
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
        await (0,promises_namespaceObject.writeFile)(scriptPath, script, { mode: 0o644 });
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
        const root = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${LOCAL_ENV_PREFIX}${hint}-`));
        return new LocalEnvironment(root, this.variables);
    }
    async identity() {
        return { kind: 'local', platform: process.platform, arch: process.arch, env: this.variables };
    }
}

;// CONCATENATED MODULE: ./lib/engine/cache-key.js

/**
 * Bumped whenever what the engine stores for a target, or how it derives keys, changes: every
 * cache key includes it, so old entries are simply never hit again.
 */
const ENGINE_CACHE_VERSION = 1;
/** A copy of `value` with object keys sorted, bigints as `{"$bigint": "123"}`, `undefined` members dropped. */
function canonicalForm(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'bigint')
            return { $bigint: value.toString() };
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error(`cannot encode ${value} canonically`);
        if (typeof value === 'function' || typeof value === 'symbol') {
            throw new Error(`cannot encode a ${typeof value} canonically`);
        }
        return value;
    }
    if (Array.isArray(value))
        return value.map(canonicalForm);
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            sorted[key] = canonicalForm(member);
    }
    return sorted;
}
/**
 * A canonical JSON encoding: object keys sorted, no whitespace, bigints as `{"$bigint": "123"}`,
 * `undefined` members dropped. Equal data always gives equal bytes, whatever the key order.
 */
function cache_key_canonicalJson(value) {
    return JSON.stringify(canonicalForm(value)) ?? 'null';
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<hex>` of the canonical encoding of `value`. */
function digestOf(value) {
    return `sha256:${sha256Hex(cache_key_canonicalJson(value))}`;
}
const farmDigests = new WeakMap();
/** The digest of a farm's identity (kind, image, setup, variables), computed once per farm. */
function environmentDigest(farm) {
    let digest = farmDigests.get(farm);
    if (!digest) {
        digest = farm.identity().then(digestOf);
        farmDigests.set(farm, digest);
    }
    return digest;
}
/** The digest a transform's `getUniqueId` reports: its cache key before the engine adds its own parts. */
function transformDigest(inputs) {
    return digestOf(inputs);
}
/**
 * The key a target's artifact is stored under: the component's own id digest, the plugin that
 * implements it (if any) and the engine's cache format.
 */
function targetDigest(componentDigest, pluginDigest) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, component: componentDigest, plugin: pluginDigest ?? null });
}

;// CONCATENATED MODULE: ./lib/source/directory.js



/**
 * Fills a fresh temp directory under `tempRoot` with `fill`, packs it into one deterministic layer
 * and returns the artifact `id` of that layer. The directory is removed whatever happens.
 */
async function artifactFromDirectory(storage, tempRoot, id, fill) {
    await (0,promises_namespaceObject.mkdir)(tempRoot, { recursive: true });
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(tempRoot, 'source-'));
    try {
        await fill(dir);
        const layer = await writeDirectoryLayer(storage, dir);
        return { config: { id, provides: [], requires: {} }, layers: [layer] };
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/source/local.js








/** What identifies one file's content: regular files by bytes and executable bit, symlinks by target. */
async function fileIdentity(file, label) {
    const info = await (0,promises_namespaceObject.lstat)(file.hostPath).catch(() => undefined);
    if (!info)
        throw new errors/* EdoError */.bX(`source file ${file.path} does not exist`, { target: label });
    if (info.isSymbolicLink())
        return { path: file.path, symlink: await (0,promises_namespaceObject.readlink)(file.hostPath) };
    if (!info.isFile())
        throw new errors/* EdoError */.bX(`source ${file.path} is not a file`, { target: label });
    const sha256 = (0,external_node_crypto_.createHash)('sha256')
        .update(await (0,promises_namespaceObject.readFile)(file.hostPath))
        .digest('hex');
    return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}
/**
 * `local_source(name, srcs)`: files of the workspace. `srcs` holds canonical file labels (the
 * engine expands globs and patterns when the build file is evaluated); each file keeps its path
 * relative to its package. The id is derived from the files' bytes, so touching a file without
 * changing it changes nothing.
 */
class LocalSource {
    node;
    tempRoot;
    files;
    id;
    constructor(node, workspaceRoot, 
    /** A directory on the workspace's file system for staging files before they are packed. */
    tempRoot) {
        this.node = node;
        this.tempRoot = tempRoot;
        const byPath = new Map();
        this.files = (node.attrs.srcs ?? []).map((text) => {
            const label = parseLabel(text, '');
            const other = byPath.get(label.name);
            if (other !== undefined && other !== text) {
                throw new errors/* EdoError */.bX(`srcs ${other} and ${text} both become ${label.name} in the artifact`, {
                    target: node.id,
                    position: node.position,
                });
            }
            byPath.set(label.name, text);
            return { hostPath: (0,external_node_path_.join)(workspaceRoot, label.pkg, label.name), path: label.name };
        });
    }
    getUniqueId() {
        this.id ??= (async () => {
            const files = await Promise.all(this.files.map((file) => fileIdentity(file, this.node.id)));
            files.sort((a, b) => (a.path < b.path ? -1 : 1));
            return { name: this.node.name, digest: digestOf({ kind: this.node.kind, files }) };
        })();
        return this.id;
    }
    async fetch(_log, storage) {
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (const file of this.files) {
                const target = (0,external_node_path_.join)(dir, file.path);
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                // A hard link costs nothing; across file systems, copy.
                await (0,promises_namespaceObject.link)(file.hostPath, target).catch(() => (0,promises_namespaceObject.copyFile)(file.hostPath, target));
            }
        });
    }
    async stage(log, storage, env, path) {
        await stageArtifact(storage, env, path, await this.fetch(log, storage));
    }
}

;// CONCATENATED MODULE: ./lib/source/url.js









const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;
/** Thrown for answers that will not get better by asking again (4xx, a checksum mismatch). */
class PermanentFailure extends errors/* EdoError */.bX {
}
/**
 * `url_source(name, url, sha256, filename = <last URL segment>)`: an http(s) download, retried
 * with backoff, verified against `sha256` as it streams. The artifact holds the file as
 * `filename`. Its id comes from the checksum, so a cached download is never fetched again.
 */
class UrlSource {
    node;
    tempRoot;
    url;
    sha256;
    filename;
    constructor(node, tempRoot) {
        this.node = node;
        this.tempRoot = tempRoot;
        const where = { position: node.position, target: node.id };
        try {
            this.url = new URL(node.attrs.url);
        }
        catch {
            throw new errors/* UsageError */.eb(`url ${JSON.stringify(node.attrs.url)} is not a URL`, where);
        }
        if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
            throw new errors/* UsageError */.eb(`url must be http or https, not ${this.url.protocol}`, where);
        }
        this.sha256 = String(node.attrs.sha256).toLowerCase();
        if (!/^[0-9a-f]{64}$/.test(this.sha256))
            throw new errors/* UsageError */.eb('sha256 must be 64 hex digits', where);
        const last = decodeURIComponent(this.url.pathname.split('/').pop() ?? '');
        this.filename = node.attrs.filename ?? (last || 'download');
        if (this.filename.includes('/') || this.filename === '.' || this.filename === '..') {
            throw new errors/* UsageError */.eb(`filename ${JSON.stringify(this.filename)} must be a plain file name`, where);
        }
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: digestOf({ kind: 'url_source', sha256: this.sha256, filename: this.filename }),
        };
    }
    async fetch(log, storage) {
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (let attempt = 1;; attempt++) {
                try {
                    await this.download((0,external_node_path_.join)(dir, this.filename));
                    break;
                }
                catch (err) {
                    if (err instanceof PermanentFailure || attempt >= ATTEMPTS)
                        throw err;
                    const delay = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
                    log.write(`download of ${this.url} failed (${err.message}); retrying in ${delay} ms\n`);
                    await new Promise((resolve) => setTimeout(resolve, delay));
                }
            }
            log.write(`downloaded ${this.url} (sha256 ${this.sha256})\n`);
        });
    }
    async download(target) {
        const response = await fetch(this.url, { redirect: 'follow' });
        if (!response.ok || !response.body) {
            const message = `GET ${this.url}: HTTP ${response.status}`;
            await response.body?.cancel();
            if (response.status >= 400 && response.status < 500 && response.status !== 429) {
                throw new PermanentFailure(message, { target: this.node.id });
            }
            throw new errors/* EdoError */.bX(message, { target: this.node.id });
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const hasher = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        });
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hasher, (0,external_node_fs_.createWriteStream)(target));
        const actual = hash.digest('hex');
        if (actual !== this.sha256) {
            throw new PermanentFailure(`checksum mismatch for ${this.url}: expected sha256 ${this.sha256}, got ${actual}`, {
                target: this.node.id,
            });
        }
    }
    async stage(log, storage, env, path) {
        await stageArtifact(storage, env, path, await this.fetch(log, storage));
    }
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./lib/source/git.js








const exec = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Runs the real `git` CLI, never prompting; a failure is an EdoError with git's own message. */
async function git(args, cwd, what, target) {
    try {
        const { stdout } = await exec('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' },
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new errors/* EdoError */.bX('git_source needs the `git` command, which is not installed', { target });
        const stderr = (e.stderr ?? '').trim().split('\n').slice(-3).join('; ');
        throw new errors/* EdoError */.bX(`${what}: ${stderr || e.message}`, { target });
    }
}
/**
 * `git_source(name, url, commit = None, ref = None)`: the repository's tree at one commit, at the
 * artifact's root, without `.git`. A `ref` is resolved to a commit once (`git ls-remote`) and
 * recorded in `edo.lock.json`; after that the lock answers.
 */
class GitSource {
    node;
    lock;
    tempRoot;
    url;
    commit;
    ref;
    resolved;
    constructor(node, lock, tempRoot) {
        this.node = node;
        this.lock = lock;
        this.tempRoot = tempRoot;
        const where = { position: node.position, target: node.id };
        this.url = node.attrs.url;
        this.commit = node.attrs.commit;
        this.ref = node.attrs.ref;
        if ((this.commit === undefined) === (this.ref === undefined)) {
            throw new errors/* UsageError */.eb('git_source needs exactly one of commit and ref', where);
        }
        if (this.commit !== undefined && !COMMIT.test(this.commit)) {
            throw new errors/* UsageError */.eb(`commit must be a full hexadecimal commit hash, not ${JSON.stringify(this.commit)}`, where);
        }
    }
    /** The commit: as declared, or the lock's pin of the ref (resolved upstream when not locked yet). */
    commitHash() {
        this.resolved ??= (async () => {
            if (this.commit !== undefined)
                return this.commit;
            const ref = this.ref;
            const entry = await this.lock.pin(this.node.id, {
                requiredBy: this.node.id,
                satisfies: (e) => e.kind === 'git' && e.source === this.url && e.requested === ref,
                resolve: async () => ({
                    kind: 'git',
                    name: this.url,
                    requested: ref,
                    source: this.url,
                    digest: await this.lsRemote(ref),
                }),
            });
            return entry.digest;
        })();
        return this.resolved;
    }
    async lsRemote(ref) {
        const out = await git(['ls-remote', '--', this.url, ref], undefined, `git ls-remote ${this.url} ${ref}`, this.node.id);
        const lines = out.split('\n').filter((line) => line.trim() !== '');
        // Prefer an exact match, and a peeled tag (`^{}`) over the tag object.
        const wanted = [`${ref}^{}`, `refs/tags/${ref}^{}`, ref, `refs/heads/${ref}`, `refs/tags/${ref}`];
        for (const name of wanted) {
            const line = lines.find((l) => l.split('\t')[1] === name);
            if (line)
                return line.split('\t')[0];
        }
        if (lines.length > 0)
            return lines[0].split('\t')[0];
        throw new errors/* EdoError */.bX(`ref ${ref} not found in ${this.url}`, {
            target: this.node.id,
            position: this.node.position,
        });
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: digestOf({ kind: 'git_source', commit: await this.commitHash() }),
        };
    }
    async fetch(log, storage) {
        const commit = await this.commitHash();
        const target = this.node.id;
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            await git(['init', '-q', dir], undefined, 'git init', target);
            log.write(`fetching ${commit} from ${this.url}\n`);
            try {
                await git(['fetch', '-q', '--depth', '1', '--', this.url, commit], dir, 'git fetch', target);
            }
            catch {
                // Servers that refuse to serve an unadvertised commit: fetch everything, then look for it.
                await git(['fetch', '-q', '--', this.url, '+refs/*:refs/remotes/edo/*'], dir, 'git fetch', target);
            }
            try {
                await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', commit], dir, 'git checkout', target);
            }
            catch {
                throw new errors/* EdoError */.bX(`commit ${commit} not found in ${this.url}`, {
                    target,
                    position: this.node.position,
                });
            }
            await (0,promises_namespaceObject.rm)((0,external_node_path_.join)(dir, '.git'), { recursive: true, force: true });
        });
    }
    async stage(log, storage, env, path) {
        await stageArtifact(storage, env, path, await this.fetch(log, storage));
    }
}

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
        (0,promises_namespaceObject.open)(this.tempPath, 'wx', 0o644).then((handle) => {
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
                await (0,promises_namespaceObject.unlink)(this.tempPath).catch(() => undefined);
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

;// CONCATENATED MODULE: ./lib/storage/streams.js

/** Ends the writer if needed and resolves once all its data is flushed (or rejects with its error). */
function streams_writerFinished(writer) {
    if (writer.writableFinished)
        return Promise.resolve();
    if (writer.destroyed)
        return Promise.reject(writer.errored ?? new errors/* EdoError */.bX('the layer writer was destroyed'));
    return new Promise((resolve, reject) => {
        writer.once('finish', resolve);
        writer.once('error', reject);
        if (!writer.writableEnded)
            writer.end();
    });
}

;// CONCATENATED MODULE: ./lib/storage/verify-stream.js



/** The error for a blob whose bytes do not hash to its digest. It always names the digest. */
function corruptBlobError(digest, why) {
    return new errors/* EdoError */.bX(`blob ${digest} is corrupt: ${why}`);
}
/**
 * Passes bytes through while hashing them; at the end, if the sha256 or the byte count differ from
 * what the descriptor says, the stream errors instead of ending, so a consumer never mistakes a
 * corrupt blob for a complete one.
 */
class DigestVerifier extends external_node_stream_.Transform {
    digest;
    size;
    hash = (0,external_node_crypto_.createHash)('sha256');
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
        await (0,promises_namespaceObject.mkdir)(store.blobsDir, { recursive: true });
        await (0,promises_namespaceObject.mkdir)(store.ingestDir, { recursive: true });
        const layoutPath = (0,external_node_path_.join)(root, 'oci-layout');
        if (!(await exists(layoutPath))) {
            await writeFileAtomic(layoutPath, root, store.ingestDir, '{"imageLayoutVersion":"1.0.0"}');
        }
        if (!(await exists(store.indexPath))) {
            await withLock(store.lockPath, store.ingestDir, async () => {
                if (!(await exists(store.indexPath)))
                    await store.writeIndex(new Map());
            });
        }
        return store;
    }
    async ls() {
        return [...this.entries().keys()].map(idFromString);
    }
    async has(id) {
        return this.entries().has(id_format_idToString(id));
    }
    /** The manifest descriptor of an artifact, if the store has it. */
    manifestOf(id) {
        return this.entries().get(id_format_idToString(id));
    }
    async open(id) {
        const entry = this.manifestOf(id);
        if (!entry)
            throw new errors/* EdoError */.bX(`artifact ${id_format_idToString(id)} is not in the store ${this.root}`);
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
            const key = id_format_idToString(artifact.config.id);
            for (const layer of artifact.layers)
                await this.requireBlob(layer, key);
            const config = oci_encodeConfig(artifact.config);
            await this.writeBlob(config.bytes, config.descriptor.digest);
            const manifest = oci_encodeManifest(config.descriptor, artifact.layers);
            await this.writeBlob(manifest.bytes, manifest.descriptor.digest);
            const annotations = {
                [Annotation.id]: key,
                [Annotation.refName]: refNameFor(key),
                [Annotation.created]: created,
            };
            return [key, { ...manifest.descriptor, artifactType: oci_MediaType.edoArtifact, annotations }];
        });
        // One fsync makes every blob renamed into blobs/ so far durable before the index names them.
        await fsyncDirectory(this.blobsDir);
        await this.updateIndex((index) => entries.forEach(([key, entry]) => index.set(key, entry)));
        return entries.map(([, entry]) => entry);
    }
    /** Removes the artifact's entry; its blobs stay until garbage collection. Absent ids are fine. */
    async del(id) {
        const key = id_format_idToString(id);
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
        const keep = id_format_idToString(id);
        const group = oci_groupKey(id);
        await this.updateIndex((entries) => {
            for (const key of [...entries.keys()]) {
                if (key !== keep && oci_groupKey(idFromString(key)) === group)
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
                const group = oci_groupKey(idFromString(key));
                const created = entry.annotations?.[Annotation.created] ?? '';
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
        const verifier = new DigestVerifier(layer.digest, layer.size);
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }), verifier, () => undefined);
    }
    async startLayer() {
        return new FileLayerWriter((0,external_node_path_.join)(this.ingestDir, tempName('layer')));
    }
    async finishLayer(mediaType, platform, writer) {
        if (!(writer instanceof FileLayerWriter) || !writer.tempPath.startsWith(this.ingestDir)) {
            throw new errors/* EdoError */.bX('finishLayer: the writer was not started by this store');
        }
        await streams_writerFinished(writer);
        await this.commitTemp(writer.tempPath, writer.digest);
        return {
            mediaType,
            digest: writer.digest,
            size: writer.bytesWritten,
            ...(platform !== undefined && { platform }),
        };
    }
    async hasBlob(digest) {
        return exists((0,external_node_path_.join)(this.blobsDir, digestHex(digest)));
    }
    /** Reads a whole (small) blob and verifies it. */
    async readBlob(digest) {
        const path = (0,external_node_path_.join)(this.blobsDir, digestHex(digest));
        let bytes;
        try {
            bytes = await (0,promises_namespaceObject.readFile)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        const actual = digest_sha256Digest(bytes);
        if (actual !== digest)
            throw corruptBlobError(digest, `its content hashes to ${actual}`);
        return bytes;
    }
    /** Writes a small blob whose digest is known (verified before it lands in blobs/). */
    async writeBlob(bytes, digest) {
        if (digest_sha256Digest(bytes) !== digest)
            throw corruptBlobError(digest, 'refusing to write mismatched bytes');
        if (await this.touchIfPresent(digest))
            return;
        const temp = (0,external_node_path_.join)(this.ingestDir, tempName('blob'));
        await (0,promises_namespaceObject.writeFile)(temp, bytes, { flag: 'wx', flush: true });
        await this.commitTemp(temp, digest);
    }
    /** Reads and verifies a manifest and its config. */
    async readArtifact(manifestDigest) {
        const manifest = oci_parseManifest(await this.readBlob(manifestDigest), manifestDigest);
        const config = oci_parseConfig(await this.readBlob(manifest.config.digest), manifest.config.digest);
        return { manifest, artifact: oci_artifactFromBlobs(manifest, config) };
    }
    /**
     * Removes blobs that no artifact references and stale temp files. Runs under the index lock, so
     * no artifact can be added meanwhile; blobs younger than the grace period are kept because a
     * save in another process may be about to reference them.
     */
    async gc(options = {}) {
        const grace = options.graceMs ?? DEFAULT_GC_GRACE_MS;
        const cutoff = Date.now() - grace;
        return withLock(this.lockPath, this.ingestDir, async () => {
            const entries = await this.readIndex();
            const live = new Set();
            for (const entry of entries.values()) {
                const { manifest } = await this.readArtifact(entry.digest);
                for (const d of [entry, manifest.config, ...manifest.layers])
                    live.add(digestHex(d.digest));
            }
            const report = { removedBlobs: 0, removedTempFiles: 0, freedBytes: 0, keptBlobs: 0 };
            for (const name of await (0,promises_namespaceObject.readdir)(this.blobsDir)) {
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
            for (const name of await (0,promises_namespaceObject.readdir)(this.ingestDir)) {
                // Temp files are named `<what>-<pid>-<random>`: those of a running process stay, whatever their age.
                if (isProcessAlive(Number(name.split('-').at(-2))))
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
                if (id_format_idToString(artifact.config.id) !== key) {
                    report.problems.push(`index entry ${key} points at the artifact ${id_format_idToString(artifact.config.id)}`);
                }
                for (const layer of manifest.layers)
                    await this.requireBlob(layer, key);
                report.artifacts += 1;
            }
            catch (err) {
                report.problems.push(`${key}: ${err.message}`);
            }
        }
        for (const name of await (0,promises_namespaceObject.readdir)(this.blobsDir)) {
            report.blobs += 1;
            try {
                const digest = `sha256:${name}`;
                const { size } = await (0,promises_namespaceObject.stat)((0,external_node_path_.join)(this.blobsDir, name));
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
    /** The index as of the last check; index.json is re-checked (one stat) at most once per event-loop turn. */
    entries() {
        if (this.view && this.viewCheckedThisTurn)
            return this.view.entries;
        const info = (0,external_node_fs_.statSync)(this.indexPath);
        const stamp = indexStamp(info);
        if (!this.view || this.view.stamp !== stamp) {
            this.view = { stamp, entries: parseIndex((0,external_node_fs_.readFileSync)(this.indexPath), this.indexPath) };
        }
        this.viewCheckedThisTurn = true;
        setImmediate(() => (this.viewCheckedThisTurn = false));
        return this.view.entries;
    }
    async readIndex() {
        return parseIndex(await (0,promises_namespaceObject.readFile)(this.indexPath), this.indexPath);
    }
    /** Re-reads index.json under the lock, applies `change` and writes it back atomically. */
    async updateIndex(change) {
        await withLock(this.lockPath, this.ingestDir, async () => {
            const entries = await this.readIndex();
            change(entries);
            await this.writeIndex(entries);
        });
    }
    async writeIndex(entries) {
        const index = {
            schemaVersion: 2,
            mediaType: oci_MediaType.imageIndex,
            manifests: [...entries.keys()].sort().map((key) => entries.get(key)),
        };
        await writeFileAtomic(this.indexPath, this.root, this.ingestDir, JSON.stringify(index, null, 1) + '\n');
        this.view = { stamp: indexStamp((0,external_node_fs_.statSync)(this.indexPath)), entries };
    }
    /** Moves a complete, hashed temp file to its blob path (or drops it if the blob is already there). */
    async commitTemp(tempPath, digest) {
        if (await this.touchIfPresent(digest)) {
            await (0,promises_namespaceObject.unlink)(tempPath);
            return;
        }
        // The rename is made durable by the fsync of blobs/ that precedes every index update.
        await (0,promises_namespaceObject.rename)(tempPath, (0,external_node_path_.join)(this.blobsDir, digestHex(digest)));
    }
    /** Refreshes an existing blob's mtime so garbage collection's grace period protects its reuse. */
    async touchIfPresent(digest) {
        const now = new Date();
        try {
            await (0,promises_namespaceObject.utimes)((0,external_node_path_.join)(this.blobsDir, digestHex(digest)), now, now);
            return true;
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return false;
            throw err;
        }
    }
    async blobPath(digest, size) {
        const path = (0,external_node_path_.join)(this.blobsDir, digestHex(digest));
        let info;
        try {
            info = await (0,promises_namespaceObject.stat)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        if (info.size !== size)
            throw corruptBlobError(digest, `expected ${size} bytes, the blob has ${info.size}`);
        return path;
    }
    async requireBlob(layer, owner) {
        if (!isSha256Digest(layer.digest))
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
        const key = entry.annotations?.[Annotation.id];
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
        await (0,promises_namespaceObject.stat)(path);
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
    const info = await (0,promises_namespaceObject.stat)(path).catch(() => undefined);
    if (!info || info.mtimeMs >= cutoff)
        return undefined;
    if (!dryRun)
        await (0,promises_namespaceObject.unlink)(path);
    return info.size;
}

;// CONCATENATED MODULE: ./lib/transform/inputs.js

/** The transform of a dependency; a missing one is an engine bug, since the graph is checked first. */
function dependency(handle, label) {
    const transform = handle.get(label);
    if (!transform)
        throw new errors/* EdoError */.bX(`dependency ${label} is not part of this build`);
    return transform;
}
/** Dependency label → that dependency's cache digest: the inputs part of a cache key. */
async function inputDigests(handle, labels) {
    const digests = {};
    for (const label of labels)
        digests[label] = (await dependency(handle, label).getUniqueId(handle)).digest;
    return digests;
}
/** The artifact a dependency produced (or that a cache holds for it). */
async function inputArtifact(handle, label) {
    const id = await dependency(handle, label).getUniqueId(handle);
    return handle.storage().open(id);
}
/** The last part of a label: the directory a dependency is staged in. */
function labelName(label) {
    return label.slice(label.lastIndexOf(':') + 1);
}
/** Attributes that go into a cache key: everything but the name, which does not change the work. */
function keyAttributes(attrs, omit = []) {
    const copy = {};
    for (const [key, value] of Object.entries(attrs))
        if (key !== 'name' && !omit.includes(key))
            copy[key] = value;
    return copy;
}

;// CONCATENATED MODULE: ./lib/transform/in-process.js



/**
 * A transform that only rearranges artifacts in the store and runs no commands: it needs no
 * environment (`environment()` is empty), stages nothing and has no shell.
 */
class InProcessTransform {
    node;
    constructor(node) {
        this.node = node;
    }
    environment() {
        return '';
    }
    async getUniqueId(handle) {
        const digest = transformDigest({
            kind: this.node.kind,
            attrs: keyAttributes(this.node.attrs),
            inputs: await inputDigests(handle, this.depends()),
            environment: null,
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX(`${this.node.id} runs no commands: there is no shell to open`, {
            target: this.node.id,
        });
    }
}

;// CONCATENATED MODULE: ./lib/transform/compose.js




/**
 * `compose(name, deps, overrides = False)`: one artifact whose layers are the deps' layers in
 * order, so applying them gives the merged tree without copying any bytes. A path that two deps
 * both provide is an error naming both, unless `overrides` lets the later dep win.
 */
class ComposeTransform extends InProcessTransform {
    depends() {
        return (this.node.attrs.deps ?? []);
    }
    async transform(log, handle, _env) {
        const overrides = this.node.attrs.overrides === true;
        const layers = [];
        const seenLayers = new Set();
        /** path → the dep that provides it, and whether it is a directory (directories merge). */
        const owners = new Map();
        const conflicts = [];
        for (const dep of this.depends()) {
            const artifact = await inputArtifact(handle, dep);
            const provided = new Map();
            for (const layer of artifact.layers) {
                // The same blob in two deps (e.g. one source imported twice) holds the same bytes: no conflict.
                if (seenLayers.has(layer.digest))
                    continue;
                seenLayers.add(layer.digest);
                layers.push(layer);
                for (const entry of await listLayer(handle.storage(), layer)) {
                    provided.set(entry.path, entry.type === 'directory');
                }
            }
            for (const [path, directory] of provided) {
                const owner = owners.get(path);
                if (owner && !(owner.directory && directory) && !overrides) {
                    conflicts.push(`${path} (from ${owner.dep} and ${dep})`);
                }
                owners.set(path, { dep, directory });
            }
        }
        if (conflicts.length > 0) {
            const shown = conflicts.slice(0, 10).map((c) => `  ${c}`);
            if (conflicts.length > 10)
                shown.push(`  ... and ${conflicts.length - 10} more`);
            log.write(`conflicting paths:\n${shown.join('\n')}\n`);
            const error = new errors/* EdoError */.bX(`${conflicts.length} path(s) provided by more than one dep; set overrides = True to let later deps win`, { target: this.node.id, position: this.node.position, details: shown });
            return { kind: 'failed', error };
        }
        const id = await this.getUniqueId(handle);
        return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers } };
    }
}

;// CONCATENATED MODULE: ./lib/transform/import-artifact.js



/** `import_artifact(name, source)`: a source's contents as an artifact, unchanged (same layers). */
class ImportArtifactTransform extends InProcessTransform {
    depends() {
        return [this.node.attrs.source];
    }
    async transform(_log, handle, _env) {
        const artifact = await inputArtifact(handle, this.depends()[0]);
        return { kind: 'success', artifact: relabel(artifact, await this.getUniqueId(handle)) };
    }
}

;// CONCATENATED MODULE: ./lib/transform/script.js





/** Where things are inside the environment: deps are staged in the working directory, `$OUT` beside it. */
const WORK_DIR = 'work';
const OUT_DIR = 'out';
/** Printed on stderr by the script's exit trap when a command fails: step number and exit status. */
const FAILURE_MARKER = '@@edo-failed-step';
const TAIL_LINES = 20;
const TAIL_BYTES = 64 * 1024;
/** A log that forwards everything and keeps the last bytes, to find the failure marker and show a tail. */
class TailLog {
    inner;
    chunks = [];
    size = 0;
    constructor(inner) {
        this.inner = inner;
    }
    write(data) {
        this.inner.write(data);
        const chunk = Buffer.from(data);
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length > TAIL_BYTES)
            this.size -= this.chunks.shift().length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** The failing step and exit status from the marker, and the log's last lines without it. */
function parseFailure(logText) {
    const lines = logText.split('\n');
    const markerAt = lines.findLastIndex((line) => line.startsWith(FAILURE_MARKER + ' '));
    if (markerAt < 0)
        return undefined;
    const [, step, status] = lines[markerAt].split(' ');
    const tail = lines
        .filter((_, i) => i !== markerAt)
        .join('\n')
        .trimEnd()
        .split('\n')
        .slice(-TAIL_LINES);
    return { step: Number(step), status: Number(status), tail };
}
/**
 * `script(name, deps, commands, environment, env)`: runs `commands` with `sh -eu` semantics in a
 * fresh working directory where each dependency is staged under its target name; what the
 * commands put in `$OUT` becomes the artifact (one layer).
 */
class ScriptTransform {
    node;
    ctx;
    deps;
    commands;
    variables;
    constructor(node, ctx) {
        this.node = node;
        this.ctx = ctx;
        this.deps = (node.attrs.deps ?? []);
        this.commands = (node.attrs.commands ?? []);
        this.variables = (node.attrs.env ?? {});
        const names = new Map();
        for (const dep of this.deps) {
            const name = labelName(dep);
            const other = names.get(name);
            if (other !== undefined) {
                throw new errors/* EdoError */.bX(`deps ${other} and ${dep} would both be staged in ${name}/; rename one`, {
                    position: node.position,
                    target: node.id,
                });
            }
            names.set(name, dep);
        }
    }
    environment() {
        return this.node.attrs.environment;
    }
    depends() {
        return this.deps;
    }
    async getUniqueId(handle) {
        const farm = this.ctx.getFarm(this.environment());
        if (!farm)
            throw new errors/* EdoError */.bX(`no environment farm named "${this.environment()}"`, { target: this.node.id });
        const digest = transformDigest({
            kind: this.node.kind,
            // The farm's identity stands for the environment, so renaming a farm invalidates nothing.
            attrs: keyAttributes(this.node.attrs, ['environment']),
            inputs: await inputDigests(handle, this.deps),
            environment: await environmentDigest(farm),
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, handle, env) {
        await env.createDir(WORK_DIR);
        await env.createDir(OUT_DIR);
        for (const dep of this.deps) {
            await stageArtifact(handle.storage(), env, `${WORK_DIR}/${labelName(dep)}`, await inputArtifact(handle, dep));
        }
    }
    async transform(log, handle, env) {
        const id = await this.getUniqueId(handle);
        const tail = new TailLog(log);
        const command = env.deferCmd(tail, id);
        command.createNamedDir('OUT', `../${OUT_DIR}`);
        for (const [key, value] of Object.entries(this.variables))
            command.set(key, value);
        command.run('__edo_step=0');
        command.run(`trap '__edo_status=$?; if [ "$__edo_status" -ne 0 ]; then ` +
            `printf "\\n%s %s %s\\n" ${(0,script_command/* shellQuote */.Z)(FAILURE_MARKER)} "$__edo_step" "$__edo_status" >&2; fi' EXIT`);
        this.commands.forEach((line, i) => {
            command.run(`__edo_step=${i + 1}`);
            command.run(line);
        });
        if (await env.run(tail, id, WORK_DIR, command)) {
            const layer = await layerFromEnvironment(handle.storage(), env, OUT_DIR);
            return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers: [layer] } };
        }
        return { kind: 'failed', log: tail.text(), error: this.failure(tail.text()) };
    }
    failure(logText) {
        const failure = parseFailure(logText);
        const step = failure ? this.commands[failure.step - 1] : undefined;
        if (!failure || step === undefined) {
            const lines = logText.trimEnd().split('\n').slice(-TAIL_LINES);
            return new errors/* EdoError */.bX('script failed', { target: this.node.id, details: lines.map((l) => `  | ${l}`) });
        }
        return new errors/* EdoError */.bX(`command failed with exit code ${failure.status}: ${step}`, {
            target: this.node.id,
            details: failure.tail.map((l) => `  | ${l}`),
        });
    }
    canShell() {
        return true;
    }
    /** A shell where the commands would run: deps staged, `$OUT` and `env` set as for the commands. */
    async shell(env) {
        await env.setEnv('OUT', await env.expand(OUT_DIR));
        for (const [key, value] of Object.entries(this.variables))
            await env.setEnv(key, value);
        await env.shell(WORK_DIR);
    }
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./lib/storage/registry-auth.js




/**
 * Credentials for a registry host, from (first match wins):
 * `EDO_REGISTRY_USERNAME` + `EDO_REGISTRY_PASSWORD`, then `auths[host]` of the Docker config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: `auth` base64 `user:password`, or
 * `username`/`password`, or `identitytoken`). Credential helpers are not consulted.
 */
function registryCredentials(host, env = process.env) {
    if (env.EDO_REGISTRY_USERNAME && env.EDO_REGISTRY_PASSWORD !== undefined) {
        return { username: env.EDO_REGISTRY_USERNAME, password: env.EDO_REGISTRY_PASSWORD };
    }
    const path = (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* EdoError */.bX(`cannot read registry credentials from ${path}: ${err.message}`);
    }
    const auths = config.auths ?? {};
    const entry = Object.entries(auths).find(([key]) => hostOf(key) === host)?.[1];
    if (!entry)
        return undefined;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password !== undefined)
        return { username: entry.username, password: entry.password };
    // An identity token is a refresh token: Docker sends it as the password of the user `<token>`.
    if (entry.identitytoken)
        return { username: '<token>', password: entry.identitytoken };
    return undefined;
}
/** `https://index.docker.io/v1/` and `ghcr.io` both name a host; compare by host[:port]. */
function hostOf(key) {
    return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
function parseChallenge(header) {
    const space = header.indexOf(' ');
    const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
    const params = {};
    const pattern = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const match of (space === -1 ? '' : header.slice(space + 1)).matchAll(pattern)) {
        params[match[1].toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return { scheme, params };
}
function basicAuthorization(credentials) {
    return 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}

;// CONCATENATED MODULE: ./lib/storage/registry.js









/** Reads must list the OCI types, else distribution answers 404 or converts the manifest. */
const MANIFEST_ACCEPT = [
    oci_MediaType.imageManifest,
    oci_MediaType.imageIndex,
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');
/**
 * `http://host:port/repo`, `https://host/repo`, or `host[:port]/repo` (https, except plain http
 * for localhost and 127.0.0.1, as Docker does).
 */
function parseRegistryAddress(address) {
    const match = /^(?:(https?):\/\/)?([^/]+)\/(.+?)\/?$/.exec(address);
    if (!match)
        throw new errors/* UsageError */.eb(`invalid registry address ${JSON.stringify(address)}: expected host[:port]/repository`);
    const [, scheme, host, repository] = match;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
        throw new errors/* UsageError */.eb(`invalid registry repository ${JSON.stringify(repository)} in ${address}`);
    }
    const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
    return { origin: `${scheme ?? (local ? 'http' : 'https')}://${host}`, host, repository };
}
/**
 * A client of the OCI distribution HTTP API for one repository, with basic and bearer-token
 * authentication (credentials from registryCredentials). Uses Node's built-in fetch.
 */
class RegistryClient {
    address;
    env;
    authorization;
    constructor(address, env = process.env) {
        this.address = address;
        this.env = env;
    }
    get base() {
        return `${this.address.origin}/v2/${this.address.repository}`;
    }
    async hasBlob(digest) {
        const response = await this.request('HEAD', `/blobs/${digest}`, { ok: [200, 404] });
        return response.status === 200;
    }
    /** The blob's bytes as a stream, verified against the digest as they arrive. */
    async readBlob(digest, size) {
        const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
        const body = external_node_stream_.Readable.fromWeb(response.body);
        // pipeline also cancels the download when the consumer stops early.
        return (0,external_node_stream_.pipeline)(body, new DigestVerifier(digest, size), () => undefined);
    }
    async readSmallBlob(digest) {
        const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
        const bytes = Buffer.from(await response.arrayBuffer());
        const actual = digest_sha256Digest(bytes);
        if (actual !== digest)
            throw corruptBlobError(digest, `the registry sent bytes hashing to ${actual}`);
        return bytes;
    }
    /** Uploads a small blob in one PUT after the POST that opens the upload (no single-POST uploads). */
    async putSmallBlob(bytes, digest) {
        if (await this.hasBlob(digest))
            return;
        const location = await this.startUpload();
        await this.request('PUT', withDigest(location, digest), {
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            ok: [201],
        });
    }
    /** Opens an upload session and returns its URL. Also settles authentication before streaming. */
    async startUpload() {
        const response = await this.request('POST', '/blobs/uploads/', { ok: [202] });
        return this.location(response);
    }
    /** Completes an upload whose bytes were all sent, naming the digest they must have. */
    async completeUpload(location, digest) {
        await this.request('PUT', withDigest(location, digest), { ok: [201] });
    }
    /** Streams `body` into an open upload (one chunked PATCH); returns the next upload URL. */
    async patchUpload(location, body, signal) {
        const response = await this.request('PATCH', location, {
            headers: { 'Content-Type': 'application/octet-stream' },
            body,
            ok: [202],
            signal,
        });
        return this.location(response);
    }
    /** The manifest's bytes and digest, or undefined when the reference is unknown. */
    async getManifest(reference) {
        const response = await this.request('GET', `/manifests/${reference}`, {
            headers: { Accept: MANIFEST_ACCEPT },
            ok: [200, 404],
        });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = digest_sha256Digest(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
            throw corruptBlobError(claimed ?? reference, `the registry sent a manifest hashing to ${digest}`);
        }
        return { bytes, digest };
    }
    /** The digest a reference points at, or undefined. */
    async headManifest(reference) {
        const response = await this.request('HEAD', `/manifests/${reference}`, {
            headers: { Accept: MANIFEST_ACCEPT },
            ok: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference))?.digest;
    }
    async putManifest(reference, bytes, mediaType) {
        // Distribution checks that the Content-Type matches the manifest's mediaType.
        await this.request('PUT', `/manifests/${reference}`, {
            headers: { 'Content-Type': mediaType },
            body: bytes,
            ok: [201],
        });
    }
    async deleteManifest(digest) {
        await this.request('DELETE', `/manifests/${digest}`, { ok: [202, 404] });
    }
    /** All tags of the repository, following pagination. */
    async listTags() {
        const tags = [];
        let next = '/tags/list?n=1000';
        while (next) {
            const response = await this.request('GET', next, { ok: [200, 404] });
            if (response.status === 404)
                return tags;
            const page = (await response.json());
            tags.push(...(page.tags ?? []));
            const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '');
            next = link ? new URL(link[1], this.address.origin).toString() : undefined;
        }
        return tags;
    }
    /** One request; on a 401 it authenticates from the challenge and retries once (not for streams). */
    async request(method, path, init) {
        const url = /^https?:\/\//.test(path) ? path : this.base + path;
        let response = await this.send(method, url, init);
        if (response.status === 401 && !(init.body instanceof external_node_stream_.Readable)) {
            await response.body?.cancel();
            await this.authenticate(response.headers.get('www-authenticate') ?? '');
            response = await this.send(method, url, init);
        }
        if (!init.ok.includes(response.status)) {
            const text = method === 'HEAD' ? '' : (await response.text()).slice(0, 500).trim();
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: ${method} ${new URL(url).pathname} answered ${response.status}` +
                (text ? `: ${text}` : ''));
        }
        return response;
    }
    async send(method, url, init) {
        const headers = { ...init.headers };
        if (this.authorization)
            headers.Authorization = this.authorization;
        try {
            // A stream body needs `duplex: 'half'` (undici streams it with chunked encoding).
            const options = { method, headers, body: init.body, signal: init.signal, duplex: 'half' };
            return await fetch(url, options);
        }
        catch (err) {
            const cause = err.cause;
            throw new errors/* EdoError */.bX(`registry ${this.address.host} unreachable: ${(cause ?? err).message}`);
        }
    }
    async authenticate(header) {
        const challenge = parseChallenge(header);
        const credentials = registryCredentials(this.address.host, this.env);
        if (challenge.scheme === 'basic') {
            if (!credentials) {
                throw new errors/* EdoError */.bX(`registry ${this.address.host} needs credentials: set EDO_REGISTRY_USERNAME/EDO_REGISTRY_PASSWORD or log in with docker`);
            }
            this.authorization = basicAuthorization(credentials);
            return;
        }
        if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: unsupported authentication challenge ${JSON.stringify(header)}`);
        }
        const tokenUrl = new URL(challenge.params.realm);
        for (const key of ['service', 'scope']) {
            if (challenge.params[key])
                tokenUrl.searchParams.set(key, challenge.params[key]);
        }
        const response = await fetch(tokenUrl, {
            headers: credentials ? { Authorization: basicAuthorization(credentials) } : {},
        }).catch((err) => {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service ${tokenUrl.host} unreachable: ${err.message}`);
        });
        if (!response.ok) {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service answered ${response.status}`);
        }
        const { token, access_token } = (await response.json());
        if (!token && !access_token)
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service sent no token`);
        this.authorization = `Bearer ${token ?? access_token}`;
    }
    location(response) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: upload answer without a Location`);
        return new URL(location, this.address.origin).toString();
    }
}
function withDigest(location, digest) {
    return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}
/**
 * A layer writer that streams straight into a registry upload: one chunked PATCH carries the
 * bytes as they come (hashed on the way), `finishLayer` then completes the upload with the digest.
 */
class RegistryLayerWriter extends external_node_stream_.Writable {
    client;
    hash = (0,external_node_crypto_.createHash)('sha256');
    written = 0;
    body = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    abort = new AbortController();
    patched;
    location;
    digest;
    constructor(client) {
        super({ highWaterMark: 1 << 20 });
        this.client = client;
    }
    get bytesWritten() {
        return this.written;
    }
    _construct(callback) {
        this.client.startUpload().then((location) => {
            this.patched = this.client.patchUpload(location, this.body, this.abort.signal);
            // Surface a failed PATCH while writing rather than only at the end.
            this.patched.catch((err) => this.destroy(err));
            callback();
        }, callback);
    }
    _write(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.written += chunk.length;
        if (this.body.write(chunk))
            callback();
        else
            this.body.once('drain', () => callback());
    }
    _final(callback) {
        this.digest = 'sha256:' + this.hash.digest('hex');
        this.body.end();
        this.patched.then((location) => {
            this.location = location;
            callback();
        }, callback);
    }
    _destroy(error, callback) {
        if (!this.location)
            this.abort.abort();
        this.body.destroy();
        callback(error);
    }
}
/**
 * A storage backend in one repository of an OCI distribution registry. Artifacts are OCI image
 * manifests (the same bytes as in the local store, so the same digests) tagged
 * `edo-<sha256 of the id string>`; layers and configs are blobs.
 */
class RegistryBackend {
    client;
    constructor(client) {
        this.client = client;
    }
    static fromAddress(address, env = process.env) {
        return new RegistryBackend(new RegistryClient(parseRegistryAddress(address), env));
    }
    /** The tag of an artifact: ids contain characters tags cannot, so it is a hash of the id string. */
    static tagFor(id) {
        return 'edo-' + sha256Digest(idToString(id)).slice('sha256:'.length);
    }
    async ls() {
        const ids = [];
        for (const tag of await this.client.listTags()) {
            if (!tag.startsWith('edo-'))
                continue;
            const found = await this.fetchArtifact(tag);
            if (found)
                ids.push(found.artifact.config.id);
        }
        return ids;
    }
    async has(id) {
        return (await this.client.headManifest(RegistryBackend.tagFor(id))) !== undefined;
    }
    async open(id) {
        const found = await this.fetchArtifact(RegistryBackend.tagFor(id));
        if (!found)
            throw new EdoError(`artifact ${idToString(id)} is not in registry ${this.describe()}`);
        return found.artifact;
    }
    /** Pushes the config and manifest; the layers must already be in the repository. */
    async save(artifact) {
        for (const layer of artifact.layers) {
            if (!(await this.client.hasBlob(layer.digest))) {
                throw new EdoError(`cannot save ${idToString(artifact.config.id)}: layer ${layer.digest} is not in ${this.describe()}`);
            }
        }
        const config = encodeConfig(artifact.config);
        await this.client.putSmallBlob(config.bytes, config.descriptor.digest);
        const manifest = encodeManifest(config.descriptor, artifact.layers);
        await this.client.putManifest(RegistryBackend.tagFor(artifact.config.id), manifest.bytes, MediaType.imageManifest);
    }
    /** Deletes the artifact's manifest (the registry's own garbage collection frees the blobs). */
    async del(id) {
        const digest = await this.client.headManifest(RegistryBackend.tagFor(id));
        if (digest)
            await this.client.deleteManifest(digest);
    }
    async copy(source, target) {
        const artifact = await this.open(source);
        await this.save({ config: { ...artifact.config, id: target }, layers: artifact.layers });
    }
    async prune(id) {
        const keep = idToString(id);
        for (const other of await this.ls()) {
            if (groupKey(other) === groupKey(id) && idToString(other) !== keep)
                await this.del(other);
        }
    }
    /** Without save times in a registry, "newest" cannot be told apart: keeps the last id per group by order. */
    async pruneAll() {
        const ids = await this.ls();
        const keep = new Map(ids.map((id) => [groupKey(id), idToString(id)]));
        for (const id of ids)
            if (keep.get(groupKey(id)) !== idToString(id))
                await this.del(id);
    }
    async read(layer) {
        return this.client.readBlob(layer.digest, layer.size);
    }
    async startLayer() {
        return new RegistryLayerWriter(this.client);
    }
    async finishLayer(mediaType, platform, writer) {
        if (!(writer instanceof RegistryLayerWriter))
            throw new EdoError('finishLayer: the writer was not started by this registry');
        await writerFinished(writer);
        await this.client.completeUpload(writer.location, writer.digest);
        return {
            mediaType,
            digest: writer.digest,
            size: writer.bytesWritten,
            ...(platform !== undefined && { platform }),
        };
    }
    hasBlob(digest) {
        return this.client.hasBlob(digest);
    }
    describe() {
        return `${this.client.address.host}/${this.client.address.repository}`;
    }
    async fetchArtifact(tag) {
        const found = await this.client.getManifest(tag);
        if (!found)
            return undefined;
        const manifest = parseManifest(found.bytes, found.digest);
        const config = parseConfig(await this.client.readSmallBlob(manifest.config.digest), manifest.config.digest);
        return { manifest, artifact: artifactFromBlobs(manifest, config) };
    }
}

;// CONCATENATED MODULE: ./lib/source/image.js









/** `ref` prefix that reads the image from the local Docker engine (`docker save`), as skopeo names it. */
const DOCKER_DAEMON_PREFIX = 'docker-daemon:';
function parseImageReference(ref) {
    const daemon = ref.startsWith(DOCKER_DAEMON_PREFIX);
    let rest = daemon ? ref.slice(DOCKER_DAEMON_PREFIX.length) : ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isSha256Digest(digest))
            throw new errors/* UsageError */.eb(`image reference ${ref}: ${digest} is not a sha256 digest`);
    }
    // A tag is a `:` after the last `/` (a `:` before it is a registry port).
    const colon = rest.lastIndexOf(':');
    const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
    const repository = tag === undefined ? rest : rest.slice(0, colon);
    if (repository === '' || tag === '')
        throw new errors/* UsageError */.eb(`image reference ${JSON.stringify(ref)} is incomplete`);
    if (!daemon)
        parseRegistryAddress(repository);
    return { daemon, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Layer media types whose blobs are gzip-compressed tars (OCI's and Docker's). */
const GZIP_LAYERS = new Set([
    oci_MediaType.layerTarGzip,
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const PLAIN_LAYERS = new Set([oci_MediaType.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);
/** Node's `process.arch` in OCI's `architecture` spelling. */
function ociArchitecture() {
    const names = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
    return names[(0,external_node_os_.arch)()] ?? (0,external_node_os_.arch)();
}
/**
 * `image(ref = ..., digest = None)`: an OCI/Docker image as an artifact, its layers kept as
 * layers (same blobs, same digests). `ref` is a registry reference (`host[:port]/repo:tag`) or
 * `docker-daemon:name:tag` for the local Docker engine's image store (read with `docker save`).
 * The pin is `digest` when given (manifest digest for registries, image ID for the daemon), else
 * the tag is resolved once and recorded in `edo.lock.json`. Every byte is verified: the manifest
 * against the pin, each blob against the manifest (daemon: the config against the image ID, each
 * layer against the config's diff_ids); a mismatch is an error naming the digest.
 */
class ImageSource {
    node;
    lock;
    env;
    ref;
    pin;
    constructor(node, lock, env = process.env) {
        this.node = node;
        this.lock = lock;
        this.env = env;
        const where = { position: node.position, target: node.id };
        const { ref, digest } = node.attrs;
        if (typeof ref !== 'string' || ref === '')
            throw new errors/* UsageError */.eb('image: ref must be a non-empty string', where);
        if (digest !== undefined && (typeof digest !== 'string' || !isSha256Digest(digest))) {
            throw new errors/* UsageError */.eb('image: digest must be a sha256 digest (sha256:<64 hex>)', where);
        }
        this.ref = parseImageReference(ref);
        if (this.ref.digest !== undefined && digest !== undefined && this.ref.digest !== digest) {
            throw new errors/* UsageError */.eb(`image: ref says ${this.ref.digest} but digest says ${digest}`, where);
        }
        if (this.ref.tag === undefined && this.ref.digest === undefined && digest === undefined) {
            throw new errors/* UsageError */.eb('image: ref needs a tag or a digest (or give digest = ...)', where);
        }
    }
    /** The manifest digest (registry) or image ID (daemon) this source stands for. */
    digest() {
        this.pin ??= this.resolvePin();
        return this.pin;
    }
    async resolvePin() {
        const declared = this.node.attrs.digest ?? this.ref.digest;
        if (declared !== undefined)
            return declared;
        const ref = this.node.attrs.ref;
        const tag = this.ref.tag;
        const entry = await this.lock.pin(this.node.id, {
            satisfies: (locked) => locked.source === ref,
            resolve: async () => ({
                kind: 'image',
                name: this.ref.repository,
                version: tag,
                source: ref,
                digest: await this.digestOfTag(tag),
            }),
            requiredBy: this.node.id,
        });
        return entry.digest;
    }
    async digestOfTag(tag) {
        if (this.ref.daemon) {
            const info = await (await this.docker())
                .getImage(`${this.ref.repository}:${tag}`)
                .inspect()
                .catch((err) => {
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}:${tag} is not in the local Docker engine (${err.message})`, {
                    target: this.node.id,
                });
            });
            return info.Id;
        }
        const digest = await this.registry().headManifest(tag);
        if (digest === undefined)
            throw new errors/* EdoError */.bX(`image ${this.ref.repository}:${tag} not found`, { target: this.node.id });
        return digest;
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: digest_sha256Digest(canonicalJson({ kind: 'image', digest: await this.digest() })),
        };
    }
    async fetch(log, storage) {
        const id = await this.getUniqueId();
        if (await storage.has(id))
            return storage.open(id);
        const digest = await this.digest();
        try {
            const { layers, metadata } = this.ref.daemon
                ? await this.fetchFromDaemon(storage, digest)
                : await this.fetchFromRegistry(storage, digest);
            const artifact = { config: { id, provides: [], requires: {}, metadata }, layers };
            await storage.save(artifact);
            log.write(`fetched image ${this.node.attrs.ref} (${digest}, ${layers.length} layers)\n`);
            return artifact;
        }
        catch (err) {
            if (err instanceof errors/* EdoError */.bX)
                throw new errors/* EdoError */.bX(err.message, { ...err.context, target: this.node.id });
            throw err;
        }
    }
    async fetchFromRegistry(storage, digest) {
        const client = this.registry();
        let manifest = await this.manifest(client, digest);
        if (manifest.manifests !== undefined) {
            const wanted = ociArchitecture();
            const match = manifest.manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === wanted);
            if (!match)
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest} has no linux/${wanted} manifest`);
            manifest = await this.manifest(client, match.digest);
        }
        if (manifest.config === undefined || manifest.layers === undefined) {
            throw new errors/* EdoError */.bX(`manifest ${digest} of ${this.ref.repository} is not an image manifest`);
        }
        const imageConfig = JSON.parse((await client.readSmallBlob(manifest.config.digest)).toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        if (diffIds.length !== manifest.layers.length) {
            throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest}: its config lists ${diffIds.length} layers, its manifest ${manifest.layers.length}`);
        }
        const layers = [];
        for (const [index, descriptor] of manifest.layers.entries()) {
            const gzip = GZIP_LAYERS.has(descriptor.mediaType);
            if (!gzip && !PLAIN_LAYERS.has(descriptor.mediaType)) {
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest}: unsupported layer type ${descriptor.mediaType}`);
            }
            // The blob is verified against its digest as it streams (on a mismatch the stream fails
            // before it ends), and stored uncompressed: the layer's digest is the image's diff_id, as
            // from the Docker engine, and every consumer of layers reads plain tars.
            const blob = await client.readBlob(descriptor.digest, descriptor.size);
            const layer = await copyIntoLayer(storage, gzip ? [blob, (0,external_node_zlib_namespaceObject.createGunzip)()] : [blob]).catch((err) => {
                // zlib may notice a tampered blob before the digest check at its end does.
                throw err instanceof errors/* EdoError */.bX
                    ? err
                    : corruptBlobError(descriptor.digest, `it does not decompress (${err.message})`);
            });
            if (layer.digest !== diffIds[index]) {
                throw corruptBlobError(descriptor.digest, `it uncompresses to ${layer.digest}, not to the image's ${diffIds[index]}`);
            }
            layers.push(layer);
        }
        return {
            layers,
            metadata: { ref: this.node.attrs.ref, digest, image: imageConfig },
        };
    }
    async manifest(client, digest) {
        const found = await client.getManifest(digest); // verifies the bytes against `digest`
        if (found === undefined)
            throw new errors/* EdoError */.bX(`manifest ${digest} of ${this.ref.repository} not found`);
        return JSON.parse(found.bytes.toString('utf8'));
    }
    /**
     * `docker save` of the image: a tar with `manifest.json`, the config (named by the image ID) and
     * one uncompressed tar per layer. Layers stream into the store as they come; once
     * `manifest.json` is read, the config must hash to the image ID and the layers, in order, to
     * the config's `rootfs.diff_ids`.
     */
    async fetchFromDaemon(storage, imageId) {
        const saved = await (await this.docker()).getImage(imageId).get();
        const small = new Map();
        const blobs = new Map();
        const extract = tar_stream.extract();
        const reading = (async () => {
            for await (const entry of extract) {
                const name = entry.header.name;
                if (entry.header.type !== 'file') {
                    entry.resume();
                }
                else if (name.endsWith('.json') || !name.includes('/')) {
                    const chunks = [];
                    for await (const chunk of entry)
                        chunks.push(chunk);
                    small.set(name, Buffer.concat(chunks));
                }
                else {
                    blobs.set(name, await copyIntoLayer(storage, [entry]));
                }
            }
        })();
        // A failed layer copy must also stop the `docker save` stream, or its socket stays open.
        const stopOnFailure = reading.catch((err) => {
            extract.destroy(err);
            throw err;
        });
        await Promise.all([(0,promises_.pipeline)(saved, extract), stopOnFailure]);
        const [manifest] = JSON.parse(small.get('manifest.json')?.toString('utf8') ?? '[]');
        if (manifest === undefined)
            throw new errors/* EdoError */.bX(`docker save of ${imageId} has no manifest.json`);
        const configBytes = small.get(manifest.Config) ?? (await readAll(storage, blobs.get(manifest.Config)));
        if (digest_sha256Digest(configBytes) !== imageId) {
            throw corruptBlobError(imageId, `the engine's image config hashes to ${digest_sha256Digest(configBytes)}`);
        }
        const imageConfig = JSON.parse(configBytes.toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        const layers = manifest.Layers.map((path, index) => {
            const layer = blobs.get(path);
            const expected = diffIds[index];
            if (layer === undefined || expected === undefined)
                throw new errors/* EdoError */.bX(`docker save of ${imageId}: layer ${path} is missing`);
            if (layer.digest !== expected)
                throw corruptBlobError(expected, `docker save gave a layer hashing to ${layer.digest}`);
            return layer;
        });
        if (layers.length !== diffIds.length)
            throw new errors/* EdoError */.bX(`docker save of ${imageId}: layer count differs from its config`);
        return {
            layers,
            metadata: { ref: this.node.attrs.ref, digest: imageId, image: imageConfig },
        };
    }
    async stage(log, storage, env, path) {
        const artifact = await this.fetch(log, storage);
        await env.createDir(path);
        for (const layer of artifact.layers)
            await env.unpack(path, await storage.read(layer));
    }
    registry() {
        return new RegistryClient(parseRegistryAddress(this.ref.repository), this.env);
    }
    /** Loaded on first use: the Docker client library costs more start-up time than the rest of edo. */
    async docker() {
        const { default: DockerClient } = await __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9040, 19));
        return new DockerClient();
    }
}
/**
 * Streams a source through `transforms` into a new uncompressed layer; on failure the writer is
 * destroyed, and its temp file with it.
 */
async function copyIntoLayer(storage, stages) {
    const writer = await storage.startLayer();
    try {
        await (0,promises_.pipeline)([...stages, writer]);
    }
    catch (err) {
        await (0,promises_.finished)(writer.destroy()).catch(() => undefined);
        throw err;
    }
    return storage.finishLayer(oci_MediaType.layerTar, undefined, writer);
}
async function readAll(storage, layer) {
    if (layer === undefined)
        throw new errors/* EdoError */.bX('docker save: the image config is missing');
    const chunks = [];
    for await (const chunk of await storage.read(layer))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./lib/vendor/attrs.js

/** A string attribute of a declaration, or `fallback` when absent. */
function stringAttr(node, attr, fallback) {
    const value = node.attrs[attr] ?? fallback;
    if (typeof value !== 'string' || value === '') {
        throw new errors/* UsageError */.eb(`${node.kind}: attribute ${attr} must be a non-empty string`, {
            position: node.position,
            target: node.id,
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./lib/vendor/npm.js









const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The source kind an npm vendor resolves packages to. */
const NPM_PACKAGE_KIND = 'npm_package';
/**
 * The `Authorization` header for a registry whose token is in the environment variable named
 * `tokenEnv` (the name, never the token, is what build files and the lock hold).
 */
function authorization(tokenEnv, env, who) {
    if (tokenEnv === undefined)
        return {};
    const token = env[tokenEnv];
    if (!token)
        throw new errors/* EdoError */.bX(`${who}: token_env names ${tokenEnv}, which is not set`);
    return { authorization: `Bearer ${token}` };
}
/**
 * `vendor(name, kind = "npm", registry = "https://registry.npmjs.org", token_env = None)`:
 * packages of an npm-compatible registry, with a bearer token from the environment variable
 * `token_env` names, if any. Options are a package's published versions; dependencies are its
 * `dependencies` (not dev or peer); a version resolves to an `npm_package` source pinned by the
 * tarball's sha512 `integrity`.
 */
class NpmVendor {
    registry;
    label;
    tokenEnv;
    env;
    packuments = new Map();
    constructor(registry, label, tokenEnv, env = process.env) {
        this.registry = registry;
        this.label = label;
        this.tokenEnv = tokenEnv;
        this.env = env;
    }
    async getOptions(name) {
        return Object.keys((await this.packument(name))?.versions ?? {});
    }
    async getDependencies(name, version) {
        const entry = (await this.packument(name))?.versions?.[version];
        return entry === undefined ? undefined : Object.entries(entry.dependencies ?? {});
    }
    async resolve(name, version) {
        const dist = (await this.packument(name))?.versions?.[version]?.dist;
        if (dist?.tarball === undefined)
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: ${name}@${version} has no tarball`);
        const integrity = sha512Integrity(dist.integrity);
        if (integrity === undefined) {
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: ${name}@${version} has no sha512 integrity; refusing an unverifiable tarball`);
        }
        return {
            kind: NPM_PACKAGE_KIND,
            package: name,
            version,
            url: dist.tarball,
            digest: integrity,
            ...(this.tokenEnv !== undefined && { token_env: this.tokenEnv }),
        };
    }
    packument(name) {
        let answer = this.packuments.get(name);
        if (!answer)
            this.packuments.set(name, (answer = this.fetchPackument(name)));
        return answer;
    }
    async fetchPackument(name) {
        // Scoped names keep their `@` but escape the slash: `@scope%2fname`.
        const url = `${this.registry.replace(/\/+$/, '')}/${encodeURIComponent(name).replace(/^%40/, '@')}`;
        let response;
        try {
            response = await fetch(url, {
                // The abbreviated ("corgi") document: versions, dependencies and dist, much smaller.
                headers: {
                    accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
                    ...authorization(this.tokenEnv, this.env, `npm vendor ${this.label}`),
                },
            });
        }
        catch (err) {
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: GET ${url}: ${networkReason(err)}`, {}, undefined, err);
        }
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: GET ${url}: HTTP ${response.status}`);
        }
        return (await response.json());
    }
}
/** Why a fetch failed: undici says only "fetch failed" and puts the reason (ECONNREFUSED …) in `cause`. */
function networkReason(err) {
    const cause = err.cause;
    return (cause ?? err).message;
}
/** The sha512 member of an SRI `integrity` string (it may list several hashes). */
function sha512Integrity(integrity) {
    return integrity?.split(/\s+/).find((hash) => /^sha512-[A-Za-z0-9+/]+={0,2}$/.test(hash));
}
/**
 * `npm_package(package, version, url, digest, token_env = None)`: one npm tarball, verified against its sha512
 * `digest` (SRI form) as it streams, stored as one uncompressed layer holding the package's files
 * at the root (the tarball's top directory, `package/`, stripped). Its id comes from the
 * integrity, so a package already in the store is never downloaded again.
 */
class NpmPackageSource {
    node;
    env;
    url;
    integrity;
    constructor(node, env = process.env) {
        this.node = node;
        this.env = env;
        const { url, digest } = node.attrs;
        const integrity = typeof digest === 'string' ? sha512Integrity(digest) : undefined;
        if (typeof url !== 'string' || integrity === undefined) {
            throw new errors/* UsageError */.eb(`${NPM_PACKAGE_KIND} needs "url" and a sha512 "digest" (sha512-<base64>)`, {
                position: node.position,
                target: node.id,
            });
        }
        this.url = url;
        this.integrity = integrity;
    }
    async getUniqueId() {
        const version = this.node.attrs.version;
        return {
            name: this.node.name,
            digest: digest_sha256Digest(canonicalJson({ kind: NPM_PACKAGE_KIND, integrity: this.integrity })),
            ...(typeof version === 'string' && { version }),
        };
    }
    async fetch(log, storage) {
        const id = await this.getUniqueId();
        if (await storage.has(id))
            return storage.open(id);
        const tokenEnv = this.node.attrs.token_env;
        const headers = authorization(typeof tokenEnv === 'string' ? tokenEnv : undefined, this.env, this.node.id);
        const response = await fetch(this.url, { headers }).catch((err) => {
            throw new errors/* EdoError */.bX(`GET ${this.url}: ${networkReason(err)}`, { target: this.node.id }, undefined, err);
        });
        if (!response.ok || !response.body) {
            await response.body?.cancel();
            throw new errors/* EdoError */.bX(`GET ${this.url}: HTTP ${response.status}`, { target: this.node.id });
        }
        const writer = await storage.startLayer();
        const repack = tar_stream.pack();
        try {
            await Promise.all([
                (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), verifyIntegrity(this.integrity, this.url), (0,external_node_zlib_namespaceObject.createGunzip)(), stripTopDirectory(repack)),
                (0,promises_.pipeline)(repack, writer),
            ]);
        }
        catch (err) {
            repack.destroy();
            // Destroying the writer deletes its temp file; wait so nothing is left behind when we throw.
            await (0,promises_.finished)(writer.destroy()).catch(() => undefined);
            if (err instanceof errors/* EdoError */.bX)
                throw new errors/* EdoError */.bX(err.message, { target: this.node.id });
            throw new errors/* EdoError */.bX(`${this.url}: ${err.message}`, { target: this.node.id }, undefined, err);
        }
        const layer = await storage.finishLayer(oci_MediaType.layerTar, undefined, writer);
        log.write(`fetched ${this.url} (${this.integrity.slice(0, 20)}…)\n`);
        const artifact = {
            config: { id, provides: [], requires: {}, metadata: { url: this.url, integrity: this.integrity } },
            layers: [layer],
        };
        await storage.save(artifact);
        return artifact;
    }
    async stage(log, storage, env, path) {
        const artifact = await this.fetch(log, storage);
        await env.createDir(path);
        for (const layer of artifact.layers)
            await env.unpack(path, await storage.read(layer));
    }
}
/** Passes bytes through; at the end, fails unless their sha512 is `integrity`. */
function verifyIntegrity(integrity, url) {
    const hash = (0,external_node_crypto_.createHash)('sha512');
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        },
        flush(done) {
            const actual = 'sha512-' + hash.digest('base64');
            done(actual === integrity
                ? null
                : new errors/* EdoError */.bX(`integrity mismatch for ${url}: expected ${integrity}, got ${actual}`));
        },
    });
}
/**
 * A writable taking the package's tar and adding each entry to `pack` without its first path
 * component, with the fixed owner/mtime and normalised modes of Edo's own layers.
 */
function stripTopDirectory(pack) {
    const extract = tar_stream.extract();
    extract.on('entry', (header, body, next) => {
        const name = header.name.replace(/^[^/]*\/?/, '');
        const copy = async () => {
            if (name === '' || (header.type !== 'file' && header.type !== 'directory')) {
                body.resume(); // the top directory itself, or links npm would not install either
                return;
            }
            if (header.type === 'directory') {
                await addEntry(pack, { ...FIXED_TAR_HEADER, name, type: 'directory', mode: 0o755 });
                body.resume();
                return;
            }
            const mode = (header.mode ?? 0) & 0o100 ? 0o755 : 0o644;
            await addStreamEntry(pack, { ...FIXED_TAR_HEADER, name, type: 'file', mode, size: header.size }, body);
        };
        copy().then(() => next(), next);
    });
    extract.on('finish', () => pack.finalize());
    return extract;
}

;// CONCATENATED MODULE: ./lib/vendor/oci.js


/**
 * `vendor(name, kind = "oci", registry = "host[:port]")`: images of an OCI distribution registry.
 * A package is a repository (`library/debian`), its options are the repository's tags, and a tag
 * resolves to an `image` source pinned by the manifest digest the tag points at now. Images have
 * no dependencies. Semver ranges select among tags that are versions (`^1.2` → `1.4.0`, and short
 * numeric tags such as `1.36`); any other request (`latest`, `bookworm`) must be a tag exactly.
 */
class OciVendor {
    registry;
    label;
    env;
    constructor(registry, label, env = process.env) {
        this.registry = registry;
        this.label = label;
        this.env = env;
    }
    getOptions(name) {
        return this.client(name).listTags();
    }
    async getDependencies() {
        return [];
    }
    async resolve(name, version) {
        const ref = `${this.repository(name)}:${version}`;
        const digest = await this.client(name).headManifest(version);
        if (digest === undefined)
            throw new errors/* EdoError */.bX(`oci vendor ${this.label}: ${ref} not found`);
        return { kind: 'image', ref, digest };
    }
    repository(name) {
        return `${this.registry.replace(/\/+$/, '')}/${name}`;
    }
    client(name) {
        return new RegistryClient(parseRegistryAddress(this.repository(name)), this.env);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./lib/vendor/solver.js


/** The decisions that placed `constraints`. */
function introducers(constraints) {
    return new Set(constraints.flatMap((c) => (c.by === undefined ? [] : [c.by])));
}
class ResolutionConflict extends errors/* EdoError */.bX {
    conflict;
    constructor(conflict, message, details) {
        super(message, { details });
        this.conflict = conflict;
        this.name = 'ResolutionConflict';
    }
}
/** True when `version` satisfies the requested `range` under the policy above. */
function satisfiesRange(version, range) {
    const parsed = parsedRange(range);
    if (parsed === null)
        return version === range;
    const asSemver = semverOf(version);
    return asSemver !== null && parsed.test(asSemver);
}
/**
 * The semver a version or tag stands for: itself when valid (`1.2.3`, `v1.2.3`), or a short
 * numeric tag padded with zeros (`1.36` → `1.36.0`, `12` → `12.0.0`), as image tags often are.
 */
function semverOf(version) {
    const valid = semver.valid(version);
    if (valid !== null)
        return valid;
    const short = /^v?(\d+)(?:\.(\d+))?$/.exec(version);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : null;
}
/** Parsed ranges, by text: parsing dominates solving time otherwise (measured: bench/vendor). */
const ranges = new Map();
function parsedRange(range) {
    let parsed = ranges.get(range);
    if (parsed === undefined) {
        parsed = semver.validRange(range) === null ? null : new semver.Range(range);
        ranges.set(range, parsed);
    }
    return parsed;
}
function checkRange(range, chain) {
    if (range.trim() === '')
        throw new errors/* UsageError */.eb(`empty version range (${chain.join(' → ')})`);
}
/** Solves `roots` against `index`; throws a ResolutionConflict explaining the clash. */
async function solve(roots, index, options = {}) {
    const maxSteps = options.maxSteps ?? 100_000;
    let steps = 0;
    const versionCache = new Map();
    const versionsOf = (name) => {
        let cached = versionCache.get(name);
        if (!cached)
            versionCache.set(name, (cached = index.versions(name)));
        return cached;
    };
    const constraints = new Map();
    const order = [];
    for (const root of roots) {
        const chain = [`${root.requiredBy} requires ${root.name}@${root.range}`];
        checkRange(root.range, chain);
        if (!constraints.has(root.name))
            order.push(root.name);
        constraints.set(root.name, [...(constraints.get(root.name) ?? []), { range: root.range, chain }]);
    }
    const candidatesFor = async (name, ranges) => {
        const matching = (await versionsOf(name)).filter((v) => ranges.every((c) => satisfiesRange(v, c.range)));
        const preferred = options.preferred?.(name);
        return matching.sort((a, b) => {
            if (a === preferred)
                return -1;
            if (b === preferred)
                return 1;
            return compareVersionsDescending(a, b);
        });
    };
    const search = async (state) => {
        const next = state.order.find((name) => !state.decided.has(name));
        if (next === undefined)
            return state;
        const ranges = state.constraints.get(next);
        const candidates = await candidatesFor(next, ranges);
        // Every version the constraints excluded is excluded because of who placed them.
        const culprits = introducers(ranges);
        if (candidates.length === 0)
            return { name: next, constraints: ranges, culprits };
        let firstConflict;
        for (const version of candidates) {
            if (++steps > maxSteps) {
                throw new errors/* EdoError */.bX(`dependency resolution gave up after ${maxSteps} steps (at ${next}@${version})`);
            }
            const outcome = await choose(state, next, version, ranges[0].chain);
            const result = 'decided' in outcome ? await search(outcome) : outcome;
            if ('decided' in result)
                return result;
            firstConflict ??= result;
            if (!result.culprits.has(next))
                return result; // another version of `next` would fail the same way
            for (const culprit of result.culprits)
                if (culprit !== next)
                    culprits.add(culprit);
        }
        return { ...firstConflict, culprits };
    };
    const choose = async (state, name, version, via) => {
        const dependencies = await index.dependencies(name, version);
        const decided = new Map(state.decided);
        decided.set(name, { name, version, dependencies: Object.fromEntries(dependencies) });
        const nextConstraints = new Map(state.constraints);
        const nextOrder = [...state.order];
        for (const [dep, range] of dependencies) {
            const chain = [...via, `${name}@${version} requires ${dep}@${range}`];
            checkRange(range, chain);
            const existing = nextConstraints.get(dep) ?? [];
            const added = [...existing, { range, chain, by: name }];
            nextConstraints.set(dep, added);
            if (existing.length === 0 && !nextOrder.includes(dep))
                nextOrder.push(dep);
            const already = decided.get(dep);
            if (already !== undefined && !satisfiesRange(already.version, range)) {
                return {
                    name: dep,
                    constraints: added,
                    clashesWith: already.version,
                    culprits: new Set([name, dep]),
                };
            }
            // Forward check: a dependency left without any version fails now, not decisions later.
            if (already === undefined &&
                !(await versionsOf(dep)).some((v) => added.every((c) => satisfiesRange(v, c.range)))) {
                return { name: dep, constraints: added, culprits: introducers(added) };
            }
        }
        return { decided, constraints: nextConstraints, order: nextOrder };
    };
    const result = await search({ decided: new Map(), constraints, order });
    if ('decided' in result) {
        return new Map([...result.decided.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    throw await explain(result, versionsOf);
}
async function explain(conflict, versionsOf) {
    const available = [...(await versionsOf(conflict.name))].sort(compareVersionsDescending);
    const chains = conflict.constraints.map((c) => [...c.chain]);
    const message = available.length === 0
        ? `cannot resolve ${conflict.name}: no versions of it exist`
        : conflict.clashesWith !== undefined
            ? `cannot resolve ${conflict.name}: ${conflict.name}@${conflict.clashesWith} was chosen, but another requirement excludes it`
            : `cannot resolve ${conflict.name}: no version satisfies every requirement`;
    const details = [
        'requirement chains:',
        ...chains.map((chain) => '  ' + chain.join(' → ')),
        available.length > 0 ? `available versions of ${conflict.name}: ${available.join(', ')}` : '',
    ].filter((line) => line !== '');
    return new ResolutionConflict({ name: conflict.name, chains, available, clashesWith: conflict.clashesWith }, message, details);
}
/** Highest semver first; versions that are not semver after all semver ones, in string order. */
function compareVersionsDescending(a, b) {
    const va = semverOf(a);
    const vb = semverOf(b);
    if (va !== null && vb !== null)
        return semver.rcompare(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (va !== null)
        return -1;
    if (vb !== null)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/vendor/resolver.js




/** Asks a vendor, remembering each answer for the rest of the command. */
function vendorIndex(vendor) {
    const versions = new Map();
    const dependencies = new Map();
    return {
        versions(name) {
            let answer = versions.get(name);
            if (!answer)
                versions.set(name, (answer = vendor.getOptions(name)));
            return answer;
        },
        dependencies(name, version) {
            const key = `${name}@${version}`;
            let answer = dependencies.get(key);
            if (!answer)
                dependencies.set(key, (answer = vendor.getDependencies(name, version).then((d) => d ?? [])));
            return answer;
        },
    };
}
/** The lock's view of one vendor's packages: each has exactly its locked version. No network. */
function lockedIndex(lock, vendorLabel) {
    return {
        async versions(name) {
            const entry = lock.get(vendorEntryKey(vendorLabel, name));
            return entry?.version === undefined ? [] : [entry.version];
        },
        async dependencies(name) {
            return Object.entries(lock.get(vendorEntryKey(vendorLabel, name))?.dependencies ?? {});
        },
    };
}
/**
 * Resolves the packages one vendor must provide for a set of root requirements, through the lock:
 * - `locked`: the locked versions must form a consistent set for the roots, else an error naming
 *   the entry (missing, or which requirement it no longer satisfies); nothing is asked upstream.
 * - `build`: when the locked versions already satisfy every root, they are used as they are (no
 *   registry round trip); otherwise the vendor is asked and the solver prefers locked versions,
 *   so only what is missing or no longer satisfied changes.
 * - `update`: packages the update names (all when none) are re-resolved to the newest that
 *   satisfies; others keep their locked version when they can.
 * Returns the lock entry of every package in the solution, by package name.
 */
async function resolveVendorPackages(lock, handle, roots) {
    const keyOf = (name) => vendorEntryKey(handle.label, name);
    const fromLock = await solveFromLock(lock, handle.label, roots);
    // In `locked` mode solveFromLock either succeeded or threw.
    if (fromLock !== undefined && !wantsAnyRefresh(lock, fromLock))
        return entriesOf(lock, handle.label, fromLock);
    const solution = await solve(roots, vendorIndex(handle.vendor), {
        preferred: (name) => (lock.wantsRefresh(keyOf(name), name) ? undefined : lock.get(keyOf(name))?.version),
    });
    const requiredBy = new Map(roots.map((root) => [root.name, root.requiredBy]));
    const entries = new Map();
    await Promise.all([...solution.values()].map(async (pkg) => {
        const key = keyOf(pkg.name);
        const locked = lock.get(key);
        const entry = locked?.version === pkg.version && locked.node !== undefined
            ? locked
            : entryFor(handle, pkg, await handle.vendor.resolve(pkg.name, pkg.version));
        lock.record(key, entry, requiredBy.get(pkg.name));
        entries.set(pkg.name, lock.get(key));
    }));
    return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Solves with the locked versions only. In `locked` mode a failure becomes the `--locked` error
 * naming the entry; otherwise a failure means "ask the vendor" and gives undefined.
 */
async function solveFromLock(lock, vendorLabel, roots) {
    try {
        return await solve(roots, lockedIndex(lock, vendorLabel));
    }
    catch (err) {
        if (!(err instanceof ResolutionConflict))
            throw err;
        if (lock.mode !== 'locked')
            return undefined;
        const { name, chains } = err.conflict;
        const key = vendorEntryKey(vendorLabel, name);
        const failure = lockedError(key, lock.get(key), chains.map((chain) => chain.join(' → ')).join('; '));
        throw new errors/* EdoError */.bX(failure.message, { details: err.context.details });
    }
}
function wantsAnyRefresh(lock, solution) {
    // Every key is asked (no short-circuit) so `edo update NAME` knows NAME matched something.
    const keys = lock.keys().filter((key) => solution.has(lock.get(key).name));
    return keys.map((key) => lock.wantsRefresh(key)).some(Boolean);
}
function entriesOf(lock, vendorLabel, solution) {
    const entries = new Map();
    for (const name of solution.keys()) {
        const key = vendorEntryKey(vendorLabel, name);
        lock.touch(key);
        entries.set(name, lock.get(key));
    }
    return entries;
}
/**
 * The lock entry for a resolved package. A vendor's `resolve` returns a source declaration node:
 * `kind` (a source kind), that kind's attributes, and by convention `digest` (the pin) and `url`
 * or `ref` (where it comes from).
 */
function entryFor(handle, pkg, node) {
    const attrs = nodeAttrs(node, `vendor ${handle.label} resolved ${pkg.name}@${pkg.version} to`);
    const source = attrs.url ?? attrs.ref;
    if (typeof attrs.digest !== 'string' || typeof source !== 'string') {
        throw new errors/* EdoError */.bX(`vendor ${handle.label}: resolve(${pkg.name}, ${pkg.version}) gave no "digest" and "url"/"ref"`);
    }
    return {
        kind: handle.kind,
        vendor: handle.label,
        name: pkg.name,
        version: pkg.version,
        source,
        digest: attrs.digest,
        dependencies: pkg.dependencies,
        node,
    };
}
function nodeAttrs(node, what) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.kind !== 'string') {
        throw new errors/* EdoError */.bX(`${what} a value that is not a source declaration (an object with a "kind")`);
    }
    return node;
}
function vendorSourceRequest(node) {
    return {
        vendor: stringAttr(node, 'vendor'),
        package: stringAttr(node, 'package'),
        version: stringAttr(node, 'version'),
    };
}
/**
 * Every `vendor_source` of a workspace, resolved jointly per vendor (once per command, on first
 * use): all declarations naming one vendor are the roots of one solve, so they share one
 * consistent set of versions. `pinned(node)` is the source declaration a `vendor_source` stands
 * for; the `vendor_source` factory hands it to `ctx.addSource`.
 */
class VendorResolution {
    lock;
    declarations;
    vendorFor;
    solved = new Map();
    constructor(lock, declarations, vendorFor) {
        this.lock = lock;
        this.declarations = declarations;
        this.vendorFor = vendorFor;
    }
    /** The source declaration (`kind` + attributes) `node`, a `vendor_source`, resolves to. */
    async pinned(node) {
        const request = vendorSourceRequest(node);
        const packages = await this.packagesOf(request.vendor, node);
        const entry = packages.get(request.package);
        const attrs = nodeAttrs(entry.node, `lock entry ${vendorEntryKey(request.vendor, request.package)} holds`);
        const { kind, ...rest } = attrs;
        return { kind, name: node.name, id: node.id, attrs: rest, position: node.position };
    }
    packagesOf(vendorLabel, asking) {
        let running = this.solved.get(vendorLabel);
        if (!running) {
            const roots = this.declarations
                .filter((d) => d.kind === 'vendor_source' && d.attrs.vendor === vendorLabel)
                .map((d) => {
                const request = vendorSourceRequest(d);
                return { name: request.package, range: request.version, requiredBy: d.id };
            });
            running = this.vendorFor(vendorLabel, asking).then((handle) => resolveVendorPackages(this.lock, handle, roots));
            this.solved.set(vendorLabel, running);
        }
        return running;
    }
}

;// CONCATENATED MODULE: ./lib/vendor/builtins.js






/** The rules of this module: their names and attributes are a contract (docs/vendors.md). */
const VENDOR_RULES = [
    {
        kind: 'vendor_source',
        component: 'source',
        doc: 'A package a vendor resolves from a version range; the pin is recorded in edo.lock.json.',
        attrs: {
            vendor: { type: 'string', required: true, doc: 'name of a vendor(...) declaration' },
            package: { type: 'string', required: true, doc: 'package (npm) or repository (oci) name' },
            version: { type: 'string', required: true, doc: 'semver range such as "^1.2", or an exact tag' },
        },
    },
    {
        kind: 'image',
        component: 'source',
        doc: 'An OCI/Docker image from a registry or the local Docker engine, its layers kept as layers.',
        attrs: {
            ref: {
                type: 'string',
                required: true,
                doc: 'host[:port]/repo:tag, host/repo@sha256:..., or docker-daemon:name:tag',
            },
            digest: {
                type: 'string',
                doc: 'manifest digest (image ID for docker-daemon:); else the tag is locked',
            },
        },
    },
];
/**
 * Registers the built-in vendors (`npm`, `oci`), the sources they resolve to (`npm_package`,
 * `image`) and the `vendor_source` and `image` rules. One VendorResolution per command (per
 * `lock`): all `vendor_source` targets of a vendor share one solve.
 */
function registerVendorBuiltins(components, rules, lock, workspace) {
    for (const rule of VENDOR_RULES)
        rules.register(rule);
    components.vendors.register('npm', async (addr, node) => new NpmVendor(stringAttr(node, 'registry', DEFAULT_NPM_REGISTRY), addr, node.attrs.token_env === undefined ? undefined : stringAttr(node, 'token_env')));
    components.vendors.register('oci', async (addr, node) => new OciVendor(stringAttr(node, 'registry'), addr));
    components.sources.register(NPM_PACKAGE_KIND, async (_addr, node) => new NpmPackageSource(node));
    components.sources.register('image', async (_addr, node) => new ImageSource(node, lock));
    let resolution;
    const vendors = new Map();
    const vendorNamed = (name, asking, ctx) => {
        let handle = vendors.get(name);
        if (!handle) {
            handle = (async () => {
                const declaration = workspace.vendorDeclaration(name);
                if (!declaration)
                    throw new errors/* UsageError */.eb(`no vendor named "${name}"`, { position: asking.position, target: asking.id });
                const factory = components.vendors.get(declaration.kind);
                if (!factory) {
                    throw new errors/* UsageError */.eb(`unknown vendor kind "${declaration.kind}" (known: ${components.vendors.kinds().join(', ')})`, {
                        position: declaration.position,
                    });
                }
                return { label: name, kind: declaration.kind, vendor: await factory(name, declaration, ctx) };
            })();
            vendors.set(name, handle);
        }
        return handle;
    };
    components.sources.register('vendor_source', async (addr, node, ctx) => {
        resolution ??= new VendorResolution(lock, workspace.vendorSources(), (name, asking) => vendorNamed(name, asking, ctx));
        return ctx.addSource(addr, await resolution.pinned(node));
    });
}

;// CONCATENATED MODULE: ./lib/engine/builtins.js











/** The built-in rules: their names and attributes are a contract (docs/rules.md documents each). */
const BUILTIN_RULES = [
    {
        kind: 'local_source',
        component: 'source',
        doc: 'Files of the workspace; paths are kept relative to their package.',
        attrs: {
            srcs: { type: 'files', required: true, doc: 'file labels, patterns such as "//src:*.c", or glob(...)' },
        },
    },
    {
        kind: 'url_source',
        component: 'source',
        doc: 'An http(s) download, verified against its sha256, cached by digest.',
        attrs: {
            url: { type: 'string', required: true, doc: 'http:// or https:// URL' },
            sha256: { type: 'string', required: true, doc: 'expected sha256 of the downloaded bytes (hex)' },
            filename: { type: 'string', doc: 'name of the file in the artifact (default: the last URL segment)' },
        },
    },
    {
        kind: 'git_source',
        component: 'source',
        doc: "A git repository's tree at one commit, without .git.",
        attrs: {
            url: { type: 'string', required: true, doc: 'anything `git fetch` accepts' },
            commit: { type: 'string', doc: 'full commit hash' },
            ref: { type: 'string', doc: 'branch or tag, resolved once and recorded in edo.lock.json' },
        },
    },
    {
        kind: 'script',
        component: 'transform',
        doc: 'Runs commands with sh -eu semantics; what they write to $OUT is the artifact.',
        attrs: {
            deps: {
                type: 'label_list',
                default: [],
                doc: 'targets staged in the working directory as <dep name>/',
            },
            commands: { type: 'string_list', default: [], doc: 'shell commands, run in order in one shell' },
            environment: {
                type: 'string',
                farm: true,
                doc: 'name of an environment_farm (default: the config default)',
            },
            env: { type: 'string_dict', default: {}, doc: 'environment variables for the commands' },
        },
    },
    {
        kind: 'compose',
        component: 'transform',
        doc: 'Merges artifacts into one; a path provided twice is an error unless overrides = True.',
        attrs: {
            deps: { type: 'label_list', required: true, doc: 'targets to merge, in order' },
            overrides: { type: 'bool', default: false, doc: 'let later deps replace paths of earlier ones' },
        },
    },
    {
        kind: 'import_artifact',
        component: 'transform',
        doc: "A source's contents as an artifact, unchanged.",
        attrs: {
            source: { type: 'label', required: true, doc: 'a source target' },
        },
    },
];
/**
 * Registers every built-in component kind and rule: the single place where built-ins enter the
 * registries, exactly as a plugin's components do.
 */
function registerBuiltins(components, rules, paths, lock, workspace) {
    for (const rule of BUILTIN_RULES)
        rules.register(rule);
    const tempRoot = (0,external_node_path_.join)(paths.state, 'tmp');
    components.farms.register('local', async (_addr, node) => new LocalFarm(node));
    // Loaded on first use: the Docker client library costs more start-up time than the rest of edo.
    components.farms.register('docker', async (addr, node, ctx) => {
        const { createDockerFarm } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(395)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5395));
        return createDockerFarm(addr, node, ctx);
    });
    components.storage.register('local', async (_addr, node) => {
        const path = node.attrs.path;
        if (path !== undefined && typeof path !== 'string') {
            throw new errors/* UsageError */.eb('storage_backend: path must be a string', { position: node.position });
        }
        return LocalStore.open(path === undefined ? paths.store : (0,external_node_path_.join)(paths.root, path));
    });
    components.sources.register('local_source', async (_addr, node) => new LocalSource(node, paths.root, tempRoot));
    components.sources.register('url_source', async (_addr, node) => new UrlSource(node, tempRoot));
    components.sources.register('git_source', async (_addr, node) => new GitSource(node, lock, tempRoot));
    // Vendors, the sources they resolve to, and the vendor_source and image rules (docs/vendors.md).
    registerVendorBuiltins(components, rules, lock, {
        vendorSources: () => [...workspace().targets.values()].filter((t) => t.node.kind === 'vendor_source').map((t) => t.node),
        vendorDeclaration: (name) => workspace().vendors.get(name),
    });
    components.transforms.register('script', async (_addr, node, ctx) => new ScriptTransform(node, ctx));
    components.transforms.register('compose', async (_addr, node) => new ComposeTransform(node));
    components.transforms.register('import_artifact', async (_addr, node) => new ImportArtifactTransform(node));
}

;// CONCATENATED MODULE: ./lib/engine/components.js
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

;// CONCATENATED MODULE: ./lib/engine/eval-cache.js




/** Bumped whenever evaluation or the cached form changes meaning. */
const EVAL_CACHE_VERSION = 1;
const CACHE_FILE = 'evaluation.json';
function listingDigest(files) {
    return sha256Hex(files.join('\n'));
}
/**
 * The model of the last evaluation, kept in `.edo/evaluation.json` with everything it was made
 * from: the bytes of each build and `.star` file read, the file listings globs looked at, the
 * package list, the rule schemas and the directory edo runs in (positions are relative to it).
 * When all of them are unchanged the model is reused and no Starlark runs; a null build of a
 * large workspace is then mostly hashing. `print()` in build files only prints when they run.
 */
class EvaluationCache {
    paths;
    rules;
    packages;
    path;
    key;
    constructor(paths, rules, packages) {
        this.paths = paths;
        this.rules = rules;
        this.packages = packages;
        this.path = (0,external_node_path_.join)(paths.state, CACHE_FILE);
        this.key = digestOf({ version: EVAL_CACHE_VERSION, cwd: process.cwd(), rules: rules.all(), packages });
    }
    /** The cached model when still valid; `listing(pkg)` lists a package's files as evaluation would. */
    load(listing) {
        let cached;
        try {
            cached = JSON.parse((0,external_node_fs_.readFileSync)(this.path, 'utf8'));
        }
        catch {
            return undefined;
        }
        if (cached.key !== this.key)
            return undefined;
        for (const [file, digest] of Object.entries(cached.files)) {
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.paths.root, file));
            }
            catch {
                return undefined;
            }
            if (sha256Hex(bytes) !== digest)
                return undefined;
        }
        for (const [pkg, digest] of Object.entries(cached.listings)) {
            if (listingDigest(listing(pkg)) !== digest)
                return undefined;
        }
        const targets = new Map();
        for (const { node, deps } of cached.targets) {
            const schema = this.rules.get(node.kind);
            if (!schema)
                return undefined;
            targets.set(node.id, { node, schema, deps });
        }
        const byName = (nodes) => new Map(nodes.map((n) => [n.name, n]));
        return {
            paths: this.paths,
            packages: this.packages,
            targets,
            farms: byName(cached.farms),
            backends: byName(cached.backends),
            configs: byName(cached.configs),
            vendors: byName(cached.vendors),
            files: Object.keys(cached.files),
        };
    }
    /** Records a fresh evaluation (atomically; a cache that cannot be written is simply not kept). */
    async save(model, files, listings) {
        const entry = {
            key: this.key,
            files: Object.fromEntries(files),
            listings: Object.fromEntries([...listings].map(([pkg, list]) => [pkg, listingDigest(list)])),
            targets: [...model.targets.values()].map((t) => ({ node: t.node, deps: [...t.deps] })),
            farms: [...model.farms.values()],
            backends: [...model.backends.values()],
            configs: [...model.configs.values()],
            vendors: [...model.vendors.values()],
        };
        let text;
        try {
            text = JSON.stringify(entry);
        }
        catch {
            return; // attributes that JSON cannot hold (a bigint): evaluate every time
        }
        const temp = `${this.path}.${process.pid}.tmp`;
        try {
            await (0,promises_namespaceObject.mkdir)(this.paths.state, { recursive: true });
            const handle = await (0,promises_namespaceObject.open)(temp, 'w', 0o644);
            try {
                await handle.writeFile(text);
            }
            finally {
                await handle.close();
            }
            await (0,promises_namespaceObject.rename)(temp, this.path);
        }
        catch {
            await (0,promises_namespaceObject.unlink)(temp).catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./lib/engine/graph.js

/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The candidates closest to `wanted` (at most three, within a distance that scales with length). */
function closestNames(wanted, candidates) {
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return [...candidates]
        .map((name) => ({ name, distance: editDistance(wanted, name) }))
        .filter((c) => c.distance <= limit)
        .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
        .slice(0, 3)
        .map((c) => c.name);
}
/** Targets and their dependency edges; dependencies must name nodes of the same graph. */
class BuildGraph {
    nodes = new Map();
    add(node) {
        if (this.nodes.has(node.label)) {
            throw new errors/* UsageError */.eb(`target ${node.label} is declared twice`, { position: node.position });
        }
        this.nodes.set(node.label, node);
    }
    has(label) {
        return this.nodes.has(label);
    }
    labels() {
        return [...this.nodes.keys()];
    }
    /** The node for `label`; an unknown label is a usage error that suggests the closest names. */
    get(label, from) {
        const node = this.nodes.get(label);
        if (node)
            return node;
        const suggestions = closestNames(label, this.nodes.keys());
        const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
        const where = from ? ` (a dependency of ${from.label})` : '';
        throw new errors/* UsageError */.eb(`no such target ${label}${where}${hint}`, { position: from?.position });
    }
    /**
     * The requested targets and everything they depend on, dependencies first. Unknown labels and
     * cycles are reported here, before anything runs; a cycle error lists the whole cycle.
     */
    closure(roots) {
        const order = [];
        const state = new Map();
        const stack = [];
        const visit = (label, from) => {
            const seen = state.get(label);
            if (seen === 'done')
                return;
            if (seen === 'visiting') {
                const cycle = [...stack.slice(stack.indexOf(label)), label];
                throw new errors/* UsageError */.eb(`dependency cycle: ${cycle.join(' -> ')}`, {
                    position: this.nodes.get(label)?.position,
                });
            }
            const node = this.get(label, from);
            state.set(label, 'visiting');
            stack.push(label);
            for (const dep of node.deps)
                visit(dep, node);
            stack.pop();
            state.set(label, 'done');
            order.push(node);
        };
        for (const root of roots)
            visit(root);
        return order;
    }
}

;// CONCATENATED MODULE: ./lib/engine/rules.js



/** Rule kinds callable in build files. Built-ins and plugins register theirs alike. */
class RuleRegistry {
    schemas = new Map();
    register(schema) {
        if (this.schemas.has(schema.kind))
            throw new Error(`rule kind "${schema.kind}" is registered twice`);
        this.schemas.set(schema.kind, schema);
    }
    get(kind) {
        return this.schemas.get(kind);
    }
    all() {
        return [...this.schemas.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
    }
}
function describeValue(value) {
    if (value === null)
        return 'None';
    if (Array.isArray(value))
        return 'list';
    switch (typeof value) {
        case 'boolean':
            return 'bool';
        case 'number':
        case 'bigint':
            return 'int';
        case 'string':
            return 'string';
        default:
            return 'dict';
    }
}
const TYPE_NAMES = {
    string: 'a string',
    bool: 'a bool',
    int: 'an int',
    string_list: 'a list of strings',
    string_dict: 'a dict of strings',
    label: 'a label string',
    label_list: 'a list of label strings',
    files: 'a list of file labels (or a glob())',
    any: 'any value',
};
function isStringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
/** Checks one attribute value against its type; returns it normalised (labels canonical). */
function checkAttr(kind, attr, spec, value, site) {
    const wrong = () => {
        throw new errors/* UsageError */.eb(`${kind}: attribute ${attr} must be ${TYPE_NAMES[spec.type]}, got ${describeValue(value)}`, {
            position: site.position,
        });
    };
    const label = (text) => {
        try {
            return canonicalLabel(text, site.pkg);
        }
        catch (err) {
            if (err instanceof LabelSyntaxError)
                throw new errors/* UsageError */.eb(`${kind}: ${attr}: ${err.message}`, { position: site.position });
            throw err;
        }
    };
    switch (spec.type) {
        case 'string':
            return typeof value === 'string' ? value : wrong();
        case 'bool':
            return typeof value === 'boolean' ? value : wrong();
        case 'int':
            return typeof value === 'number' || typeof value === 'bigint' ? value : wrong();
        case 'string_list':
            return isStringList(value) ? value : wrong();
        case 'string_dict':
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return wrong();
            return Object.values(value).every((v) => typeof v === 'string') ? value : wrong();
        case 'label':
            return typeof value === 'string' ? label(value) : wrong();
        case 'label_list':
            return isStringList(value) ? [...new Set(value.map(label))] : wrong();
        case 'files': {
            if (!isStringList(value))
                return wrong();
            const files = new Set();
            for (const text of value)
                for (const file of site.expandFiles(text))
                    files.add(file);
            return [...files];
        }
        case 'any':
            return value;
    }
}
/**
 * Validates the keyword arguments of a rule call against its schema: every attribute known, of
 * the right type, the required ones present. Errors are at the call's position.
 */
function checkRuleCall(schema, kwargs, site) {
    const name = kwargs.name;
    if (typeof name !== 'string' || name === '') {
        throw new errors/* UsageError */.eb(`${schema.kind}: attribute name is required and must be a non-empty string`, {
            position: site.position,
        });
    }
    const attrs = {};
    for (const [attr, value] of Object.entries(kwargs)) {
        if (attr === 'name')
            continue;
        const spec = schema.attrs[attr];
        if (!spec) {
            const suggestions = closestNames(attr, Object.keys(schema.attrs));
            const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
            throw new errors/* UsageError */.eb(`${schema.kind}: unknown attribute ${attr}${hint}`, { position: site.position });
        }
        if (value === null && !spec.required)
            continue;
        attrs[attr] = checkAttr(schema.kind, attr, spec, value, site);
    }
    for (const [attr, spec] of Object.entries(schema.attrs)) {
        if (attr in attrs)
            continue;
        if (spec.required) {
            throw new errors/* UsageError */.eb(`${schema.kind}: missing required attribute ${attr}`, { position: site.position });
        }
        if (spec.default !== undefined && spec.default !== null)
            attrs[attr] = spec.default;
    }
    return { name, attrs };
}
/** The labels a target depends on: every label and label_list attribute. */
function dependencyLabels(schema, attrs) {
    const deps = [];
    for (const [attr, spec] of Object.entries(schema.attrs)) {
        const value = attrs[attr];
        if (spec.type === 'label' && typeof value === 'string')
            deps.push(value);
        if (spec.type === 'label_list' && Array.isArray(value))
            deps.push(...value);
    }
    return [...new Set(deps)];
}

;// CONCATENATED MODULE: ./lib/starlark/errors.js

/**
 * A Starlark error: static (scan, parse, resolve) or dynamic (evaluation). `message` is the bare
 * message, as `assert.fails` matches it; `format()` gives `FILE:LINE:COL: message` and, for dynamic
 * errors, the Starlark traceback on further lines.
 */
class StarlarkError extends errors/* EdoError */.bX {
    /** Innermost frame last, like Python's "most recent call last". Empty for static errors. */
    traceback = [];
    constructor(message, position) {
        super(message, position ? { position } : {});
        this.name = 'StarlarkError';
    }
    get position() {
        return this.context.position;
    }
    /** Sets the position unless one is already known (the innermost position wins). */
    at(position) {
        if (!this.context.position)
            this.context.position = position;
        return this;
    }
    format() {
        const p = this.context.position;
        const head = p ? `${p.file}:${p.line}:${p.col}: ${this.message}` : this.message;
        if (this.traceback.length === 0)
            return head;
        const lines = this.traceback.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
        return [head, 'Traceback (most recent call last):', ...lines].join('\n');
    }
}
/** Raises a dynamic error whose position the enclosing operation or call site fills in. */
function fail(message) {
    throw new StarlarkError(message);
}

;// CONCATENATED MODULE: ./lib/starlark/strings.js
/**
 * Starlark strings are sequences of bytes (the spec's UTF-K with K=8, as in go.starlark.net). They are
 * held as JS "byte strings": one JS char per byte, each char code < 0x100. An ASCII string is therefore
 * the same JS string in both representations, which keeps the common case free of conversions; text
 * crosses the boundary (source literals, print, host conversions) through encodeUtf8/decodeUtf8.
 */
const NON_ASCII = /[\u0080-\uffff]/;
function isAscii(s) {
    return !NON_ASCII.test(s);
}
/** JS (UTF-16) text to a byte string. */
function encodeUtf8(s) {
    return isAscii(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}
/** A byte string to JS text; invalid sequences become U+FFFD. */
function decodeUtf8(b) {
    return isAscii(b) ? b : Buffer.from(b, 'latin1').toString('utf8');
}
function encodeUtf8Char(cp) {
    if (cp < 0x80)
        return String.fromCharCode(cp);
    if (cp < 0x800)
        return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    if (cp < 0x10000)
        return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}
/**
 * Decodes the UTF-8 sequence at byte offset i: [code point, length]. An invalid byte decodes as
 * U+FFFD with length 1, like Go's utf8.DecodeRuneInString.
 */
function decodeRuneAt(s, i) {
    const b0 = s.charCodeAt(i);
    if (b0 < 0x80)
        return [b0, 1];
    const cont = (k) => {
        const b = s.charCodeAt(i + k);
        return b >= 0x80 && b < 0xc0 ? b & 63 : -1;
    };
    if (b0 >= 0xc2 && b0 < 0xe0) {
        const c1 = cont(1);
        if (c1 >= 0)
            return [((b0 & 31) << 6) | c1, 2];
    }
    else if (b0 >= 0xe0 && b0 < 0xf0) {
        const c1 = cont(1);
        const c2 = cont(2);
        if (c1 >= 0 && c2 >= 0) {
            const cp = ((b0 & 15) << 12) | (c1 << 6) | c2;
            if (cp >= 0x800 && (cp < 0xd800 || cp >= 0xe000))
                return [cp, 3];
        }
    }
    else if (b0 >= 0xf0 && b0 < 0xf5) {
        const c1 = cont(1);
        const c2 = cont(2);
        const c3 = cont(3);
        if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
            const cp = ((b0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3;
            if (cp >= 0x10000 && cp <= 0x10ffff)
                return [cp, 4];
        }
    }
    return [0xfffd, 1];
}
/** The code points of a byte string, with the byte offset and length of each. */
function* runes(s) {
    for (let i = 0; i < s.length;) {
        const [cp, n] = decodeRuneAt(s, i);
        yield [cp, i, n];
        i += n;
    }
}
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
/** Go-style quoting, as go.starlark.net's repr: printable text kept, other bytes escaped. */
function quote(s, q = '"') {
    let out = q;
    for (let i = 0; i < s.length;) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            i++;
            const ch = s[i - 1];
            if (ch === q || ch === '\\')
                out += '\\' + ch;
            else if (c >= 0x20 && c < 0x7f)
                out += ch;
            else if (c === 7)
                out += '\\a';
            else if (c === 8)
                out += '\\b';
            else if (c === 12)
                out += '\\f';
            else if (c === 10)
                out += '\\n';
            else if (c === 13)
                out += '\\r';
            else if (c === 9)
                out += '\\t';
            else if (c === 11)
                out += '\\v';
            else
                out += '\\x' + c.toString(16).padStart(2, '0');
            continue;
        }
        const [cp, n] = decodeRuneAt(s, i);
        if (cp === 0xfffd && n === 1) {
            out += '\\x' + c.toString(16).padStart(2, '0');
        }
        else if (printable.test(String.fromCodePoint(cp)) && cp !== 0xa0 && cp !== 0xad) {
            out += s.slice(i, i + n);
        }
        else if (cp < 0x10000)
            out += '\\u' + cp.toString(16).padStart(4, '0');
        else
            out += '\\U' + cp.toString(16).padStart(8, '0');
        i += n;
    }
    return out + q;
}

;// CONCATENATED MODULE: ./lib/starlark/values.js
/**
 * Starlark values and their core operations (truth, equality, ordering, hashing, repr).
 *
 * Representation: None = null, bool = boolean, int = number while it is a safe integer and bigint
 * beyond (never a bigint in the safe range), string = byte string (./strings.ts), float = Float, and
 * classes for the rest. Keeping small ints and strings as JS primitives keeps the hot paths free of
 * allocation.
 */


class Float {
    v;
    constructor(v) {
        this.v = v;
    }
}
class Bytes {
    s;
    constructor(s) {
        this.s = s;
    }
}
class Tuple {
    elems;
    constructor(elems) {
        this.elems = elems;
    }
}
/** Shared by list, dict and set: freezing and the mutation-during-iteration guard. */
class Mutable {
    frozen = false;
    itercount = 0;
    checkMutable(verb) {
        if (this.frozen)
            fail(`cannot ${verb} frozen ${this.kindName}`);
        if (this.itercount > 0)
            fail(`cannot ${verb} ${this.kindName} during iteration`);
    }
}
class List extends Mutable {
    elems;
    get kindName() {
        return 'list';
    }
    constructor(elems = []) {
        super();
        this.elems = elems;
    }
}
/**
 * Insertion-ordered hash table keyed by hashKey(k). `keys` holds the original key only for entries
 * whose hash key differs from the key itself (tuples, floats, bytes…), so string- and int-keyed
 * dicts are a plain Map.
 */
class Dict extends Mutable {
    get kindName() {
        return 'hash table';
    }
    map = new Map();
    keys = null;
    get(k) {
        return this.map.get(typeof k === 'string' ? k : hashKey(k));
    }
    set(k, v) {
        this.checkMutable('insert into');
        this.setUnchecked(k, v);
    }
    setUnchecked(k, v) {
        if (typeof k === 'string') {
            this.map.set(k, v);
            return;
        }
        const h = hashKey(k);
        if (h !== k)
            (this.keys ??= new Map()).set(h, k);
        this.map.set(h, v);
    }
    delete(k) {
        this.checkMutable('delete from');
        const h = hashKey(k);
        const v = this.map.get(h);
        if (v !== undefined) {
            this.map.delete(h);
            this.keys?.delete(h);
        }
        return v;
    }
    clear() {
        this.checkMutable('clear');
        this.map.clear();
        this.keys = null;
    }
    keyOf(h) {
        const k = this.keys?.get(h);
        return k === undefined ? h : k;
    }
    keyList() {
        if (!this.keys)
            return [...this.map.keys()];
        return [...this.map.keys()].map((h) => this.keyOf(h));
    }
    get size() {
        return this.map.size;
    }
}
/** A set: hash key to element. */
class StarSet extends Mutable {
    get kindName() {
        return 'hash table';
    }
    map = new Map();
    has(v) {
        return this.map.has(hashKey(v));
    }
    add(v) {
        this.checkMutable('insert into');
        this.map.set(hashKey(v), v);
    }
    addUnchecked(v) {
        this.map.set(hashKey(v), v);
    }
    get size() {
        return this.map.size;
    }
    values() {
        return [...this.map.values()];
    }
}
class Range {
    start;
    stop;
    step;
    len;
    constructor(start, stop, step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
        this.len = Math.max(0, n);
    }
    at(i) {
        return this.start + i * this.step;
    }
}
/** The iterable views `s.elems()`, `s.elem_ords()`, `s.codepoints()`, `s.codepoint_ords()`, `b.elems()`. */
class StringView {
    s;
    method;
    bytes;
    constructor(s, method, bytes = false) {
        this.s = s;
        this.method = method;
        this.bytes = bytes;
    }
    get type() {
        if (this.bytes)
            return 'bytes.elems';
        return this.method.startsWith('elem') ? 'elems' : 'codepoints';
    }
    /** Byte views are indexable and have a length; code point views are only iterable. */
    get indexable() {
        return this.method.startsWith('elem');
    }
    at(i) {
        return this.method === 'elems' && !this.bytes ? this.s[i] : this.s.charCodeAt(i);
    }
    items() {
        if (this.indexable)
            return Array.from({ length: this.s.length }, (_, i) => this.at(i));
        const out = [];
        for (let i = 0; i < this.s.length;) {
            const [cp, n] = decodeRuneAt(this.s, i);
            out.push(this.method === 'codepoints' ? this.s.slice(i, i + n) : cp);
            i += n;
        }
        return out;
    }
}
/** A variable shared between a function and the closures that capture it. */
class Cell {
    v = undefined;
}
/** A function implemented in JS: a universal builtin, a method bound to its receiver, or a host builtin. */
class Builtin {
    name;
    impl;
    recv;
    constructor(name, impl, recv = undefined) {
        this.name = name;
        this.impl = impl;
        this.recv = recv;
    }
}
/**
 * A value type defined by the host (Edo's rule results, providers…). Subclasses name their type and
 * expose attributes; the interpreter freezes, compares and prints them through these hooks.
 */
class values_HostValue {
    frozen = false;
    /** The attribute, or undefined if there is none. */
    attr(_name) {
        return undefined;
    }
    attrNames() {
        return [];
    }
    /** Values reachable from this one, so freezing reaches them. */
    children() {
        return [];
    }
    repr() {
        return `<${this.type}>`;
    }
    equals(other) {
        return this === other;
    }
    truth() {
        return true;
    }
}
/** `struct(**kwargs)`: an immutable record of named fields. */
class Struct extends values_HostValue {
    fields;
    constructorName;
    type = 'struct';
    constructor(fields, constructorName = 'struct') {
        super();
        this.fields = fields;
        this.constructorName = constructorName;
    }
    attr(name) {
        return this.fields.get(name);
    }
    attrNames() {
        return [...this.fields.keys()].sort();
    }
    children() {
        return [...this.fields.values()];
    }
    repr() {
        const parts = this.attrNames().map((k) => `${k} = ${repr(this.fields.get(k))}`);
        return `${this.constructorName}(${parts.join(', ')})`;
    }
    equals(other) {
        if (!(other instanceof Struct) || other.fields.size !== this.fields.size)
            return false;
        for (const [k, v] of this.fields) {
            if (!other.fields.has(k) || !equals(v, other.fields.get(k)))
                return false;
        }
        return true;
    }
}
/** A `def` or `lambda` value; `code` and `freevars` are the compiler's (./eval.ts). */
class StarFunction {
    name;
    code;
    defaults;
    freevars;
    module;
    frozen = false;
    constructor(name, code, defaults, freevars, module) {
        this.name = name;
        this.code = code;
        this.defaults = defaults;
        this.freevars = freevars;
        this.module = module;
    }
}
function typeName(v) {
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'number':
        case 'bigint':
            return 'int';
        case 'boolean':
            return 'bool';
        case 'object':
            if (v === null)
                return 'NoneType';
            if (v instanceof List)
                return 'list';
            if (v instanceof Dict)
                return 'dict';
            if (v instanceof Tuple)
                return 'tuple';
            if (v instanceof Float)
                return 'float';
            if (v instanceof StarSet)
                return 'set';
            if (v instanceof Bytes)
                return 'bytes';
            if (v instanceof Range)
                return 'range';
            if (v instanceof StarFunction)
                return 'function';
            if (v instanceof Builtin)
                return 'builtin_function_or_method';
            if (v instanceof values_HostValue)
                return v.type;
            if (v instanceof StringView)
                return v.type;
    }
    return typeof v;
}
function isInt(v) {
    return typeof v === 'number' || typeof v === 'bigint';
}
function truth(v) {
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
    if (v === null)
        return false;
    if (v instanceof List || v instanceof Tuple)
        return v.elems.length > 0;
    if (v instanceof Dict || v instanceof StarSet)
        return v.size > 0;
    if (v instanceof Float)
        return v.v !== 0;
    if (v instanceof Bytes)
        return v.s.length > 0;
    if (v instanceof Range)
        return v.len > 0;
    if (v instanceof values_HostValue)
        return v.truth();
    return true;
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** A bigint result, as a number when it fits. */
function normInt(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function bigOf(v) {
    return typeof v === 'bigint' ? v : BigInt(v);
}
/** The int or float value as a JS number (ints may lose precision). */
function toNumber(v) {
    return v instanceof Float ? v.v : Number(v);
}
// ---- hashing ----
let nextId = 1;
const identities = new WeakMap();
function identity(o) {
    let id = identities.get(o);
    if (id === undefined)
        identities.set(o, (id = nextId++));
    return id;
}
/** The Map key of a hashable value: equal values have identical keys. */
function hashKey(v) {
    switch (typeof v) {
        case 'string':
        case 'number':
        case 'bigint':
        case 'boolean':
            return v;
    }
    if (v === null)
        return null;
    if (v instanceof Float) {
        const x = v.v;
        if (Number.isInteger(x) && !Number.isSafeInteger(x))
            return BigInt(x);
        return x === 0 ? 0 : x;
    }
    if (v instanceof Tuple)
        return '\u0100' + v.elems.map(nestedKey).join(',');
    if (v instanceof Bytes)
        return '\u0101' + v.s;
    if (v instanceof List || v instanceof Dict || v instanceof StarSet)
        fail(`unhashable type: ${typeName(v)}`);
    if (v instanceof Range)
        fail('unhashable: range');
    if (v instanceof StringView)
        fail(`unhashable: ${v.type}`);
    if (v instanceof Struct)
        return ('\u0103' +
            v
                .attrNames()
                .map((k) => `${k}=${nestedKey(v.fields.get(k))}`)
                .join(','));
    return v; // functions and host values hash by identity
}
function nestedKey(v) {
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
    if (k === null)
        return 'N';
    return `o${identity(k)}`;
}
/** The `hash()` builtin: Java's String.hashCode for strings, as go.starlark.net. */
function hashValue(v) {
    if (typeof v === 'string' || v instanceof Bytes) {
        const text = Buffer.from(typeof v === 'string' ? v : v.s, 'latin1').toString('utf8');
        let h = 0;
        for (let i = 0; i < text.length; i++)
            h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
        return h;
    }
    const k = hashKey(v);
    const s = typeof k === 'object' || typeof k === 'function' ? `o${identity(k)}` : `${typeof k}:${String(k)}`;
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
}
// ---- equality and ordering ----
function equals(x, y) {
    if (x === y)
        return !(x instanceof Float) || x.v === x.v;
    const tx = typeof x;
    const ty = typeof y;
    if (tx !== 'object' && ty !== 'object')
        return false;
    if (x === null || y === null)
        return false;
    if (x instanceof Float)
        return (y instanceof Float || isInt(y)) && numCompare(x, y) === 0;
    if (y instanceof Float)
        return isInt(x) && numCompare(x, y) === 0;
    if (x instanceof List)
        return y instanceof List && seqEquals(x.elems, y.elems);
    if (x instanceof Tuple)
        return y instanceof Tuple && seqEquals(x.elems, y.elems);
    if (x instanceof Dict) {
        if (!(y instanceof Dict) || x.size !== y.size)
            return false;
        for (const [h, v] of x.map) {
            const w = y.map.get(h);
            if (w === undefined || !equals(v, w))
                return false;
        }
        return true;
    }
    if (x instanceof StarSet) {
        if (!(y instanceof StarSet) || x.size !== y.size)
            return false;
        for (const h of x.map.keys())
            if (!y.map.has(h))
                return false;
        return true;
    }
    if (x instanceof Bytes)
        return y instanceof Bytes && x.s === y.s;
    if (x instanceof Range) {
        if (!(y instanceof Range) || x.len !== y.len)
            return false;
        return x.len === 0 || (x.start === y.start && (x.len === 1 || x.step === y.step));
    }
    if (x instanceof values_HostValue)
        return x.equals(y);
    return false;
}
function seqEquals(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (!equals(a[i], b[i]))
            return false;
    return true;
}
/** -1, 0, 1 for two numbers (int or float); NaN compares as NaN. */
function numCompare(x, y) {
    if (typeof x === 'bigint' || typeof y === 'bigint') {
        if (isInt(x) && isInt(y)) {
            const a = bigOf(x);
            const b = bigOf(y);
            return a < b ? -1 : a > b ? 1 : 0;
        }
        // int vs float: compare exactly when the float is integral.
        const f = x instanceof Float ? x.v : y.v;
        const i = x instanceof Float ? y : x;
        if (!Number.isFinite(f)) {
            const r = Number.isNaN(f) ? NaN : f > 0 ? -1 : 1;
            return x instanceof Float ? -r : r;
        }
        const fi = BigInt(Math.floor(f));
        const ib = bigOf(i);
        let r = ib < fi ? -1 : ib > fi ? 1 : f > Math.floor(f) ? -1 : 0;
        if (x instanceof Float)
            r = -r;
        return r;
    }
    const a = toNumber(x);
    const b = toNumber(y);
    return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
}
const opName = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
/** Three-way comparison for ordered operators and sorting; errors for unordered or unlike types. */
function compare(op, x, y) {
    const tx = typeof x;
    if (tx === typeof y) {
        if (tx === 'string' || tx === 'number')
            return x < y ? -1 : x > y ? 1 : 0;
        if (tx === 'boolean')
            return Number(x) - Number(y);
    }
    if ((isInt(x) || x instanceof Float) && (isInt(y) || y instanceof Float))
        return numCompare(x, y);
    if (x instanceof List && y instanceof List)
        return seqCompare(op, x.elems, y.elems);
    if (x instanceof Tuple && y instanceof Tuple)
        return seqCompare(op, x.elems, y.elems);
    if (x instanceof Bytes && y instanceof Bytes)
        return x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
    fail(`${typeName(x)} ${opName[op] ?? op} ${typeName(y)} not implemented`);
}
function seqCompare(op, a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!equals(a[i], b[i]))
            return compare(op, a[i], b[i]);
    }
    return a.length - b.length;
}
/** Evaluates an ordered comparison operator. */
function compareOp(op, x, y) {
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
function formatFloat(x, conv = 'g') {
    if (!Number.isFinite(x))
        return Number.isNaN(x) ? 'nan' : x > 0 ? '+inf' : '-inf';
    if (conv === 'g' || conv === 'G') {
        const s = shortestG(x, conv === 'G');
        return /[.eEn]/.test(s) ? s : s + '.0';
    }
    if (conv === 'f' || conv === 'F')
        return x.toFixed(6);
    const e = x.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');
    return conv === 'E' ? e.toUpperCase() : e;
}
function shortestG(x, upper) {
    if (x === 0)
        return Object.is(x, -0) ? '-0' : '0';
    const exp = x.toExponential(); // shortest round-trip digits
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp);
    const digits = m[2] + (m[3] ?? '');
    const e = parseInt(m[4], 10);
    if (e < -4 || e >= 6) {
        const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
        return `${m[1]}${mant}${upper ? 'E' : 'e'}${e < 0 ? '-' : '+'}${es}`;
    }
    let s;
    if (e < 0)
        s = '0.' + '0'.repeat(-e - 1) + digits;
    else if (digits.length <= e + 1)
        s = digits + '0'.repeat(e + 1 - digits.length);
    else
        s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
    return m[1] + s;
}
function str(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    return repr(v);
}
function repr(v, seen) {
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
        case 'bigint':
            return String(v);
        case 'boolean':
            return v ? 'True' : 'False';
    }
    if (v === null)
        return 'None';
    if (v instanceof Float)
        return formatFloat(v.v);
    if (v instanceof List || v instanceof Dict || v instanceof Tuple || v instanceof StarSet) {
        seen ??= [];
        if (seen.includes(v))
            return v instanceof List ? '[...]' : v instanceof Dict ? '{...}' : '(...)';
        seen.push(v);
        let out;
        if (v instanceof List)
            out = '[' + v.elems.map((e) => repr(e, seen)).join(', ') + ']';
        else if (v instanceof Tuple)
            out = '(' + v.elems.map((e) => repr(e, seen)).join(', ') + (v.elems.length === 1 ? ',)' : ')');
        else if (v instanceof Dict) {
            const parts = [];
            for (const [h, val] of v.map)
                parts.push(`${repr(v.keyOf(h), seen)}: ${repr(val, seen)}`);
            out = '{' + parts.join(', ') + '}';
        }
        else
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
    if (v instanceof Bytes)
        return 'b' + quoteBytes(v.s);
    if (v instanceof Range)
        return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
    if (v instanceof StarFunction)
        return `<function ${v.name}>`;
    if (v instanceof Builtin) {
        return v.recv === undefined
            ? `<built-in function ${v.name}>`
            : `<built-in method ${v.name} of ${typeName(v.recv)} value>`;
    }
    if (v instanceof values_HostValue)
        return v.repr();
    if (v instanceof StringView)
        return `${v.bytes ? 'b' + quoteBytes(v.s) : quote(v.s)}.${v.method}()`;
    return String(v);
}
function quoteBytes(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80)
            out += '\\x' + c.toString(16).padStart(2, '0');
        else
            out += quote(s[i]).slice(1, -1);
    }
    return out + '"';
}
// ---- freezing ----
function freeze(v) {
    if (v === null || typeof v !== 'object')
        return;
    if (v instanceof List) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.elems.forEach(freeze);
    }
    else if (v instanceof Tuple)
        v.elems.forEach(freeze);
    else if (v instanceof Dict) {
        if (v.frozen)
            return;
        v.frozen = true;
        for (const [h, val] of v.map) {
            freeze(v.keyOf(h));
            freeze(val);
        }
    }
    else if (v instanceof StarSet) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.values().forEach(freeze);
    }
    else if (v instanceof StarFunction) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.defaults.forEach(freeze);
        v.freevars.forEach((c) => freeze(c.v));
    }
    else if (v instanceof values_HostValue) {
        if (v.frozen)
            return;
        v.frozen = true;
        v.children().forEach(freeze);
    }
    else if (v instanceof Builtin)
        freeze(v.recv);
}

;// CONCATENATED MODULE: ./lib/starlark/ops.js
/**
 * Operators, indexing, slicing, iteration and attribute access on Starlark values: the slow paths
 * the compiled closures fall back to when their inline fast paths (int arithmetic, string
 * concatenation, list/dict indexing) do not apply. Errors use go.starlark.net's wordings.
 */




// Limits on what one operation may allocate (go.starlark.net uses 1<<30; V8 strings and arrays
// cannot grow that far without aborting the process).
const MAX_ELEMS = 1 << 25;
const MAX_STRING = 1 << 28;
function toFloat(v) {
    if (v instanceof Float)
        return v.v;
    const f = Number(v);
    if (!Number.isFinite(f))
        fail('int too large to convert to float');
    return f;
}
function isNum(v) {
    return typeof v === 'number' || typeof v === 'bigint' || v instanceof Float;
}
/** An int as a JS number within int32-ish bounds, or an error in go's words. */
function asIndexInt(v, what) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        fail(`${what ? what + ': ' : ''}${v} out of range`);
    fail(`${what ? what + ': ' : ''}got ${typeName(v)}, want int`);
}
function intOp(op, x, y) {
    if (typeof x === 'number' && typeof y === 'number') {
        let r;
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
        if (Number.isSafeInteger(r))
            return r === 0 ? 0 : r;
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
            if (b === 0n)
                fail('floored division by zero');
            let q = a / b;
            if (a % b !== 0n && a < 0n !== b < 0n)
                q -= 1n;
            return normInt(q);
        }
        case '%': {
            if (b === 0n)
                fail('integer modulo by zero');
            let r = a % b;
            if (r !== 0n && r < 0n !== b < 0n)
                r += b;
            return normInt(r);
        }
        case '&':
            return normInt(a & b);
        case '|':
            return normInt(a | b);
        case '^':
            return normInt(a ^ b);
        case '<<': {
            if (b < 0n)
                fail(`negative shift count: ${b}`);
            if (b >= 512n)
                fail(`shift count too large: ${b}`);
            return normInt(a << b);
        }
        case '>>':
            if (b < 0n)
                fail(`negative shift count: ${b}`);
            return normInt(a >> b);
    }
    fail(`unknown binary op: int ${op} int`);
}
/** Python-style float modulo: the result has the sign of the divisor. */
function floatMod(x, y) {
    let r = x % y;
    if (r !== 0 && r < 0 !== y < 0)
        r += y;
    return r;
}
function floatOp(op, x, y) {
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
            if (b === 0)
                fail('floating-point division by zero');
            return new Float(a / b);
        case '//':
            if (b === 0)
                fail('floored division by zero');
            return new Float(Math.floor(a / b));
        case '%':
            if (b === 0)
                fail('floating-point modulo by zero');
            return new Float(floatMod(a, b));
    }
    return undefined;
}
function repeat(elems, n) {
    if (elems.length === 0)
        return [];
    if (typeof n === 'bigint')
        fail(`repeat count ${n} too large`);
    if (n < 1)
        return [];
    if (elems.length * n >= MAX_ELEMS)
        fail(`excessive repeat (${elems.length} * ${n} elements)`);
    if (elems.length === 1)
        return new Array(n).fill(elems[0]);
    const out = new Array(elems.length * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < elems.length; j++)
            out[i * elems.length + j] = elems[j];
    return out;
}
function repeatString(s, n) {
    if (s === '')
        return '';
    if (typeof n === 'bigint')
        fail(`repeat count ${n} too large`);
    if (n < 1)
        return '';
    if (s.length * n >= MAX_STRING)
        fail(`excessive repeat (${s.length} * ${n} elements)`);
    return s.repeat(n);
}
/** Any binary operator except `and`, `or` and the comparisons handled by the compiler inline. */
function binary(op, x, y) {
    switch (op) {
        case '+':
            if (typeof x === 'string' && typeof y === 'string')
                return x + y;
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (x instanceof List && y instanceof List)
                return new List(x.elems.concat(y.elems));
            if (x instanceof Tuple && y instanceof Tuple)
                return new Tuple(x.elems.concat(y.elems));
            if (x instanceof Bytes && y instanceof Bytes)
                return new Bytes(x.s + y.s);
            break;
        case '-':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (x instanceof StarSet && y instanceof StarSet) {
                const out = new StarSet();
                for (const [h, v] of x.map)
                    if (!y.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '*':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (typeof x === 'string' && isInt(y))
                return repeatString(x, y);
            if (typeof y === 'string' && isInt(x))
                return repeatString(y, x);
            if (x instanceof Bytes && isInt(y))
                return new Bytes(repeatString(x.s, y));
            if (y instanceof Bytes && isInt(x))
                return new Bytes(repeatString(y.s, x));
            if (x instanceof List && isInt(y))
                return new List(repeat(x.elems, y));
            if (y instanceof List && isInt(x))
                return new List(repeat(y.elems, x));
            if (x instanceof Tuple && isInt(y))
                return new Tuple(repeat(x.elems, y));
            if (y instanceof Tuple && isInt(x))
                return new Tuple(repeat(y.elems, x));
            break;
        case '/':
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            break;
        case '//':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            break;
        case '%':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (isNum(x) && isNum(y))
                return floatOp(op, x, y);
            if (typeof x === 'string')
                return interpolate(x, y);
            break;
        case '|':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (x instanceof Dict && y instanceof Dict) {
                const out = new Dict();
                for (const d of [x, y])
                    for (const [h, v] of d.map)
                        out.setUnchecked(d.keyOf(h), v);
                return out;
            }
            if (x instanceof StarSet && y instanceof StarSet) {
                const out = new StarSet();
                for (const s of [x, y])
                    for (const [h, v] of s.map)
                        out.map.set(h, v);
                return out;
            }
            break;
        case '&':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (x instanceof StarSet && y instanceof StarSet) {
                const out = new StarSet();
                for (const [h, v] of x.map)
                    if (y.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '^':
            if (isInt(x) && isInt(y))
                return intOp(op, x, y);
            if (x instanceof StarSet && y instanceof StarSet) {
                const out = new StarSet();
                for (const [h, v] of x.map)
                    if (!y.map.has(h))
                        out.map.set(h, v);
                for (const [h, v] of y.map)
                    if (!x.map.has(h))
                        out.map.set(h, v);
                return out;
            }
            break;
        case '<<':
        case '>>':
            if (isInt(x)) {
                if (!isInt(y))
                    fail(`unknown binary op: ${typeName(x)} ${op} ${typeName(y)}`);
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
function contains(coll, x) {
    if (coll instanceof Dict) {
        try {
            return coll.get(x) !== undefined;
        }
        catch (e) {
            if (e instanceof StarlarkError)
                return false;
            throw e;
        }
    }
    if (coll instanceof List || coll instanceof Tuple) {
        for (const e of coll.elems)
            if (equals(e, x))
                return true;
        return false;
    }
    if (typeof coll === 'string') {
        if (typeof x !== 'string')
            fail(`'in <string>' requires string as left operand, not ${typeName(x)}`);
        return coll.includes(x);
    }
    if (coll instanceof StarSet)
        return coll.has(x);
    if (coll instanceof Bytes) {
        if (x instanceof Bytes)
            return coll.s.includes(x.s);
        if (isInt(x)) {
            if (typeof x !== 'number' || x < 0 || x > 255)
                fail(`int in bytes: ${x} out of range`);
            return coll.s.includes(String.fromCharCode(x));
        }
        fail(`'in bytes' requires bytes or int as left operand, not ${typeName(x)}`);
    }
    if (coll instanceof Range) {
        if (!isInt(x) && !(x instanceof Float))
            fail(`'in <range>' requires integer as left operand, not ${typeName(x)}`);
        const n = x instanceof Float ? x.v : Number(x);
        if (!Number.isInteger(n))
            return false;
        const k = (n - coll.start) / coll.step;
        return Number.isInteger(k) && k >= 0 && k < coll.len;
    }
    fail(`unknown binary op: ${typeName(x)} in ${typeName(coll)}`);
}
function unary(op, x) {
    if (op === '-') {
        if (typeof x === 'number')
            return 0 - x;
        if (typeof x === 'bigint')
            return normInt(-x);
        if (x instanceof Float)
            return new Float(-x.v);
    }
    else if (op === '+') {
        if (isInt(x))
            return x;
        if (x instanceof Float)
            return x;
    }
    else if (op === '~') {
        if (typeof x === 'number')
            return -x - 1;
        if (typeof x === 'bigint')
            return normInt(~x);
    }
    fail(`unknown unary op: ${op} ${typeName(x)}`);
}
// ---- % formatting ----
function interpolate(format, x) {
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
        let arg;
        if (format[i] === '(') {
            const k = format.indexOf(')', i);
            if (k < 0)
                fail('incomplete format key');
            const key = format.slice(i + 1, k);
            if (!(x instanceof Dict))
                fail('format requires a mapping');
            arg = x.get(key);
            if (arg === undefined)
                fail(`key not found: ${key}`);
            i = k + 1;
        }
        else {
            if (index >= nargs)
                fail('not enough arguments for format string');
            arg = x instanceof Tuple ? x.elems[index] : x;
        }
        if (i >= format.length)
            fail('incomplete format');
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
                let n = arg;
                if (arg instanceof Float) {
                    if (!Number.isFinite(arg.v))
                        fail(`%${c} format requires integer: cannot convert float ${formatFloat(arg.v)} to int`);
                    n = normInt(BigInt(Math.trunc(arg.v)));
                }
                else if (!isInt(arg))
                    fail(`%${c} format requires integer: cannot convert ${typeName(arg)} to int`);
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
                if (!isNum(arg))
                    fail(`%${c} format requires float, not ${typeName(arg)}`);
                out += formatFloat(toFloat(arg), c);
                break;
            case 'c':
                if (isInt(arg)) {
                    if (typeof arg !== 'number' || arg < 0 || arg > 0x10ffff)
                        fail(`%c format requires a valid Unicode code point, got ${arg}`);
                    out += encodeUtf8Char(arg);
                }
                else if (typeof arg === 'string') {
                    const [, n] = arg.length ? decodeRuneAt(arg, 0) : [0, 0];
                    if (arg.length === 0 || n !== arg.length)
                        fail('%c format requires a single-character string');
                    out += arg;
                }
                else
                    fail(`%c format requires int or single-character string, not ${typeName(arg)}`);
                break;
            default:
                fail(`unknown conversion %${c}`);
        }
        i++;
        index++;
    }
    if (index < nargs && !(x instanceof Dict))
        fail('too many arguments for format string');
    return out;
}
// ---- indexing and slicing ----
function outOfRange(i, n, x) {
    if (n === 0)
        fail(`index ${i} out of range: empty ${typeName(x)}`);
    fail(`${typeName(x)} index ${i} out of range [${-n}:${n - 1}]`);
}
function indexOf(x, y, n) {
    if (!isInt(y))
        fail(`${typeName(x)} index: got ${typeName(y)}, want int`);
    if (typeof y === 'bigint')
        outOfRange(Number(y), n, x);
    const i = y < 0 ? y + n : y;
    if (i < 0 || i >= n)
        outOfRange(y, n, x);
    return i;
}
function getIndex(x, y) {
    if (x instanceof Dict) {
        const v = x.get(y);
        if (v === undefined)
            fail(`key ${repr(y)} not in dict`);
        return v;
    }
    if (x instanceof List || x instanceof Tuple)
        return x.elems[indexOf(x, y, x.elems.length)];
    if (typeof x === 'string')
        return x[indexOf(x, y, x.length)];
    if (x instanceof Bytes)
        return x.s.charCodeAt(indexOf(x, y, x.s.length));
    if (x instanceof Range)
        return x.at(indexOf(x, y, x.len));
    if (x instanceof StringView && x.indexable)
        return x.at(indexOf(x, y, x.s.length));
    fail(`unhandled index operation ${typeName(x)}[${typeName(y)}]`);
}
function setIndex(x, y, z) {
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
function sliceIndex(v, n, what) {
    if (v === undefined || v === null)
        return undefined;
    if (!isInt(v))
        fail(`invalid ${what} index: got ${typeName(v)}, want int`);
    const i = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
    return i < 0 ? i + n : i;
}
function slice(x, lo, hi, stepV) {
    let n;
    if (typeof x === 'string')
        n = x.length;
    else if (x instanceof List || x instanceof Tuple)
        n = x.elems.length;
    else if (x instanceof Bytes)
        n = x.s.length;
    else if (x instanceof Range)
        n = x.len;
    else
        fail(`invalid slice operand ${typeName(x)}`);
    let step = 1;
    if (stepV !== undefined && stepV !== null) {
        if (!isInt(stepV))
            fail(`got ${typeName(stepV)} for slice step, want int`);
        step = Number(stepV);
        if (step === 0)
            fail('zero is not a valid slice step');
    }
    let start;
    let end;
    if (step > 0) {
        start = Math.min(Math.max(sliceIndex(lo, n, 'start') ?? 0, 0), n);
        end = Math.min(Math.max(sliceIndex(hi, n, 'end') ?? n, 0), n);
        if (end < start)
            end = start;
    }
    else {
        start = Math.min(sliceIndex(lo, n, 'start') ?? n - 1, n - 1);
        end = Math.max(sliceIndex(hi, n, 'end') ?? -1, -1);
        if (start < end)
            start = end;
    }
    const pick = (get) => {
        const out = [];
        if (step > 0)
            for (let i = start; i < end; i += step)
                out.push(get(i));
        else
            for (let i = start; i > end; i += step)
                out.push(get(i));
        return out;
    };
    if (typeof x === 'string')
        return step === 1 ? x.slice(start, end) : pick((i) => x[i]).join('');
    if (x instanceof Bytes)
        return new Bytes(step === 1 ? x.s.slice(start, end) : pick((i) => x.s[i]).join(''));
    if (x instanceof List)
        return new List(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
    if (x instanceof Tuple)
        return new Tuple(step === 1 ? x.elems.slice(start, end) : pick((i) => x.elems[i]));
    const r = x;
    const count = step > 0 ? Math.max(0, Math.ceil((end - start) / step)) : Math.max(0, Math.ceil((start - end) / -step));
    const first = r.at(start);
    return new Range(first, first + count * r.step * step, r.step * step);
}
// ---- iteration ----
/** The elements of an iterable value, as an array snapshot; `what` names the context for errors. */
function iterate(x, what) {
    if (x instanceof List || x instanceof Tuple)
        return x.elems.slice();
    if (x instanceof Dict)
        return x.keyList();
    if (x instanceof StarSet)
        return x.values();
    if (x instanceof Range) {
        if (x.len > MAX_ELEMS)
            fail(`range with ${x.len} elements is too large to materialize`);
        const out = new Array(x.len);
        for (let i = 0; i < x.len; i++)
            out[i] = x.at(i);
        return out;
    }
    if (x instanceof StringView)
        return x.items();
    fail(what ? `${what}: got ${typeName(x)}, want iterable` : `${typeName(x)} value is not iterable`);
}
function isIterable(x) {
    return (x instanceof List ||
        x instanceof Tuple ||
        x instanceof Dict ||
        x instanceof StarSet ||
        x instanceof Range ||
        x instanceof StringView);
}
function ops_length(x) {
    if (typeof x === 'string')
        return x.length;
    if (x instanceof List || x instanceof Tuple)
        return x.elems.length;
    if (x instanceof Dict || x instanceof StarSet)
        return x.size;
    if (x instanceof Range)
        return x.len;
    if (x instanceof Bytes)
        return x.s.length;
    if (x instanceof StringView && x.indexable)
        return x.s.length;
    return -1;
}
function unpack(x, n) {
    if (!isIterable(x))
        fail(`got ${typeName(x)} in sequence assignment`);
    const elems = x instanceof List || x instanceof Tuple ? x.elems : iterate(x);
    if (elems.length > n)
        fail(`too many values to unpack (got ${elems.length}, want ${n})`);
    if (elems.length < n)
        fail(`too few values to unpack (got ${elems.length}, want ${n})`);
    return elems;
}
// ---- attributes ----
/** Levenshtein-based spelling suggestion, as go.starlark.net's spell.Nearest. */
function nearest(x, candidates) {
    const fold = (s) => s.replace(/_/g, '').toLowerCase();
    const fx = fold(x);
    let best;
    let bestD = Math.floor((fx.length + 1) / 2);
    for (const c of candidates) {
        const d = levenshtein(fx, fold(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best;
}
function levenshtein(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
function noSuchAttr(x, name, names) {
    const hint = nearest(name, names);
    const msg = x instanceof values_HostValue && x.type === 'struct'
        ? `struct has no .${name} attribute`
        : `${typeName(x)} has no .${name} field or method`;
    fail(hint ? `${msg} (did you mean .${hint}?)` : msg);
}

;// CONCATENATED MODULE: ./lib/starlark/library.js
/**
 * The universal builtins and the methods of the built-in types, with go.starlark.net's semantics and
 * error wordings.
 */




// ---- argument unpacking ----
/**
 * Binds positional and keyword arguments to the named parameters of a builtin (`name?` marks an
 * optional one), as go.starlark.net's UnpackArgs. Absent optional parameters are undefined.
 */
function unpackArgs(fname, args, kw, params) {
    if (args.length > params.length)
        fail(`${fname}: got ${args.length} arguments, want at most ${params.length}`);
    const out = new Array(params.length);
    for (let i = 0; i < args.length; i++)
        out[i] = args[i];
    if (kw) {
        for (const [k, v] of kw) {
            const i = params.findIndex((p) => p === k || p === k + '?');
            if (i < 0) {
                const hint = nearest(k, params.map((p) => p.replace(/\?$/, '')));
                fail(`${fname}: unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
            if (out[i] !== undefined)
                fail(`${fname}: got multiple values for keyword argument ${quote(k)}`);
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
function positional(fname, args, kw, min, max) {
    if (kw && kw.length > 0)
        fail(`${fname}: unexpected keyword arguments`);
    if (args.length < min) {
        if (min === max)
            fail(`${fname}: got ${args.length} arguments, want ${min}`);
        fail(`${fname}: got ${args.length} arguments, want at least ${min}`);
    }
    if (args.length > max) {
        if (min === max)
            fail(`${fname}: got ${args.length} arguments, want ${max}`);
        fail(`${fname}: got ${args.length} arguments, want at most ${max}`);
    }
    return args;
}
function wantString(fname, param, v) {
    if (typeof v !== 'string')
        fail(`${fname}: for parameter ${param}: got ${typeName(v)}, want string`);
    return v;
}
function wantInt(fname, param, v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        fail(`${fname}: for parameter ${param}: ${v} out of range`);
    fail(`${fname}: for parameter ${param}: got ${typeName(v)}, want int`);
}
/** The elements of an iterable argument (a List's or Tuple's own array: callers must not mutate it). */
function iterableArg(fname, v) {
    if (v instanceof List || v instanceof Tuple)
        return v.elems;
    if (!isIterable(v))
        fail(`${fname}: for parameter 1: got ${typeName(v)}, want iterable`);
    return iterate(v);
}
// ---- universal builtins ----
function strConcat(args, sep) {
    return args.map(str).join(sep);
}
function toInt(x, baseV) {
    if (typeof x === 'string') {
        let base = baseV === undefined ? 10 : wantInt('int', 'base', baseV);
        if (base !== 0 && (base < 2 || base > 36))
            fail('int: base must be an integer >= 2 && <= 36');
        let s = x;
        let neg = false;
        if (s.startsWith('+') || s.startsWith('-')) {
            neg = s[0] === '-';
            s = s.slice(1);
        }
        const prefix = /^0([xob])/i.exec(s);
        if (prefix) {
            const pb = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase()];
            if (base === 0)
                base = pb;
            if (base === pb)
                s = s.slice(2);
        }
        else if (base === 0) {
            if (s.length > 1 && s[0] === '0' && !/^0+$/.test(s))
                fail(`int: invalid literal with base 0: ${x}`);
            base = 10;
        }
        const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
        if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c)))
            fail(`int: invalid literal with base ${baseV === undefined ? 10 : Number(baseV)}: ${x}`);
        let v = 0n;
        const b = BigInt(base);
        for (const c of s.toLowerCase())
            v = v * b + BigInt(digits.indexOf(c));
        return normInt(neg ? -v : v);
    }
    if (baseV !== undefined)
        fail(`int: can't convert non-string with explicit base`);
    if (typeof x === 'boolean')
        return x ? 1 : 0;
    if (isInt(x))
        return x;
    if (x instanceof Float) {
        if (!Number.isFinite(x.v))
            fail(`int: cannot convert float ${repr(x)} to integer`);
        return normInt(BigInt(Math.trunc(x.v)));
    }
    fail(`int: got ${typeName(x)}, want int, float, bool, or string`);
}
function toFloatValue(x) {
    if (x instanceof Float)
        return x;
    if (typeof x === 'boolean')
        return new Float(x ? 1 : 0);
    if (isInt(x))
        return new Float(toFloat(x));
    if (typeof x === 'string') {
        const s = x.trim().toLowerCase();
        if (/^[+-]?(inf|infinity)$/.test(s))
            return new Float(s.startsWith('-') ? -Infinity : Infinity);
        if (/^[+-]?nan$/.test(s))
            return new Float(NaN);
        if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) {
            const v = Number(s);
            if (!Number.isFinite(v))
                fail(`floating-point number too large`);
            return new Float(v);
        }
        fail(`float: invalid float literal: ${x}`);
    }
    fail(`float: got ${typeName(x)}, want number or string`);
}
function minMax(th, fname, args, kw, sign) {
    if (kw === null && args.length === 2 && typeof args[0] === 'number' && typeof args[1] === 'number')
        return sign < 0 ? Math.max(args[0], args[1]) : Math.min(args[0], args[1]);
    let key = null;
    let dflt = undefined;
    for (const [k, v] of kw ?? []) {
        if (k === 'key')
            key = v;
        else if (k === 'default')
            dflt = v;
        else {
            const hint = nearest(k, ['key', 'default']);
            fail(`${fname}: unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
        }
    }
    if (args.length === 0)
        fail(`${fname} requires at least one positional argument`);
    if (args.length === 1 && !isIterable(args[0]))
        fail(`${fname}: ${typeName(args[0])} value is not iterable`);
    const items = args.length === 1 ? iterableArg(fname, args[0]) : args;
    if (items.length === 0) {
        if (dflt !== undefined)
            return dflt;
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
function dictUpdate(fname, d, args, kw) {
    if (args.length > 1)
        fail(`${fname}: got ${args.length} arguments, want at most 1`);
    if (args.length === 1) {
        const src = args[0];
        if (src instanceof Dict) {
            for (const [h, v] of src.map)
                d.set(src.keyOf(h), v);
        }
        else {
            if (!isIterable(src))
                fail(`${fname}: got ${typeName(src)}, want iterable`);
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
        const seen = new Set();
        for (const [k, v] of kw) {
            if (seen.has(k))
                fail(`${fname}: duplicate keyword arg: ${repr(k)}`);
            seen.add(k);
            d.set(k, v);
        }
    }
}
function sorted(th, args, kw) {
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
function builtin(name, impl) {
    return [name, new Builtin(name, impl)];
}
/** The universal names of the language: visible in every module. */
const universe = new Map([
    ['None', null],
    ['True', true],
    ['False', false],
    builtin('abs', (_th, args, kw) => {
        const [x] = positional('abs', args, kw, 1, 1);
        if (x instanceof Float)
            return new Float(Math.abs(x.v));
        if (typeof x === 'number')
            return Math.abs(x);
        if (typeof x === 'bigint')
            return x < 0n ? -x : x;
        fail(`abs: got ${typeName(x)}, want int or float`);
    }),
    builtin('all', (_th, args, kw) => iterableArg('all', positional('all', args, kw, 1, 1)[0]).every(truth)),
    builtin('any', (_th, args, kw) => iterableArg('any', positional('any', args, kw, 1, 1)[0]).some(truth)),
    builtin('bool', (_th, args, kw) => (args.length ? truth(positional('bool', args, kw, 0, 1)[0]) : false)),
    builtin('bytes', (_th, args, kw) => {
        const [x] = positional('bytes', args, kw, 1, 1);
        if (x instanceof Bytes)
            return x;
        if (typeof x === 'string')
            return new Bytes(x);
        if (isIterable(x)) {
            return new Bytes(iterate(x)
                .map((b) => {
                if (typeof b !== 'number' || b < 0 || b > 255)
                    fail(`bytes: at index 0, ${repr(b)} out of range (want value in unsigned 8-bit range)`);
                return String.fromCharCode(b);
            })
                .join(''));
        }
        fail(`bytes: got ${typeName(x)}, want string, bytes, or iterable of ints`);
    }),
    builtin('chr', (_th, args, kw) => {
        const [x] = positional('chr', args, kw, 1, 1);
        if (!isInt(x))
            fail(`chr: got ${typeName(x)}, want int`);
        if (x < 0)
            fail(`chr: Unicode code point ${x} out of range (<0)`);
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
        const methods = library_methodsOf(x);
        const names = methods ? Object.keys(methods) : x instanceof values_HostValue ? x.attrNames() : [];
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
            if (k !== 'sep')
                fail(`fail: unexpected keyword argument ${k}`);
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
            return getAttrValue(x, n);
        }
        catch (e) {
            if (dflt !== undefined)
                return dflt;
            throw e;
        }
    }),
    builtin('hasattr', (_th, args, kw) => {
        const [x, name] = positional('hasattr', args, kw, 2, 2);
        const n = wantString('hasattr', 'name', name);
        const methods = library_methodsOf(x);
        if (methods)
            return n in methods;
        return x instanceof values_HostValue && x.attr(n) !== undefined;
    }),
    builtin('hash', (_th, args, kw) => {
        const [x] = positional('hash', args, kw, 1, 1);
        if (typeof x !== 'string' && !(x instanceof Bytes))
            hashKey(x);
        return hashValue(x);
    }),
    builtin('int', (_th, args, kw) => {
        const [x, base] = unpackArgs('int', args, kw, ['x', 'base?']);
        return toInt(x, base);
    }),
    builtin('len', (_th, args, kw) => {
        const [x] = positional('len', args, kw, 1, 1);
        const n = ops_length(x);
        if (n < 0)
            fail(`len: value of type ${typeName(x)} has no len`);
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
            if (x.s.length !== 1)
                fail(`ord: bytes has length ${x.s.length}, want 1`);
            return x.s.charCodeAt(0);
        }
        if (typeof x !== 'string')
            fail(`ord: got ${typeName(x)}, want string`);
        const [cp, n] = x.length > 0 ? decodeRuneAt(x, 0) : [0, 0];
        if (x.length === 0 || n !== x.length)
            fail(`ord: string encodes ${[...runes(x)].length} Unicode code points, want 1`);
        return cp;
    }),
    builtin('print', (th, args, kw) => {
        let sep = ' ';
        for (const [k, v] of kw ?? []) {
            if (k !== 'sep')
                fail(`print: unexpected keyword argument ${k}`);
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
            if (n > 0x7fffffff || n < -0x80000000)
                fail(`range: ${n} out of range`);
            return n;
        });
        const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0], ints[1], ints[2] ?? 1];
        if (step === 0)
            fail('range: step argument must not be zero');
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
        if (x !== undefined)
            for (const v of iterableArg('set', x))
                s.addUnchecked(v);
        return s;
    }),
    builtin('sorted', (th, args, kw) => sorted(th, args, kw)),
    builtin('str', (_th, args, kw) => {
        const [x] = positional('str', args, kw, 1, 1);
        if (x instanceof Bytes)
            return encodeUtf8(decodeUtf8(x.s));
        return str(x);
    }),
    builtin('tuple', (_th, args, kw) => {
        const [x] = positional('tuple', args, kw, 0, 1);
        if (x instanceof Tuple)
            return x;
        return new Tuple(x === undefined ? [] : iterableArg('tuple', x).slice());
    }),
    builtin('type', (_th, args, kw) => typeName(positional('type', args, kw, 1, 1)[0])),
    builtin('zip', (_th, args, kw) => {
        if (kw && kw.length)
            fail('zip: unexpected keyword arguments');
        const seqs = args.map((a, i) => {
            if (!isIterable(a))
                fail(`zip: argument #${i + 1} is not iterable: ${typeName(a)}`);
            return iterate(a);
        });
        const n = seqs.length === 0 ? 0 : Math.min(...seqs.map((s) => s.length));
        const out = [];
        for (let i = 0; i < n; i++)
            out.push(new Tuple(seqs.map((s) => s[i])));
        return new List(out);
    }),
]);
/** `struct(**kwargs)`, for hosts that predeclare it. */
const structBuiltin = new Builtin('struct', (_th, args, kw) => {
    if (args.length > 0)
        fail(`struct: unexpected positional arguments`);
    return new Struct(new Map(kw ?? []));
});
function getAttrValue(x, name) {
    const methods = library_methodsOf(x);
    if (methods) {
        const m = methods[name];
        if (m)
            return new Builtin(name, m, x);
    }
    else if (x instanceof values_HostValue) {
        const v = x.attr(name);
        if (v !== undefined)
            return v;
    }
    fail(`${typeName(x)} has no .${name} field or method`);
}
// ---- string methods ----
const WS = ' \t\n\v\f\r';
function stripChars(s, chars, left, right) {
    let i = 0;
    let j = s.length;
    if (left)
        while (i < j && chars.includes(s[i]))
            i++;
    if (right)
        while (j > i && chars.includes(s[j - 1]))
            j--;
    return s.slice(i, j);
}
/** Applies a JS text transformation to a byte string, with an ASCII fast path. */
function mapText(s, f) {
    return isAscii(s) ? f(s) : encodeUtf8(f(decodeUtf8(s)));
}
function testText(s, re) {
    const t = decodeUtf8(s);
    return t.length > 0 && re.test(t);
}
function subRange(fname, s, start, end) {
    const n = s.length;
    const idx = (v, dflt, what) => {
        if (v === undefined || v === null)
            return dflt;
        const i = wantInt(fname, what, v);
        return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
    };
    return [idx(start, 0, 'start'), idx(end, n, 'end')];
}
function find(fname, s, args, kw, last, strict) {
    const [sub, start, end] = unpackArgs(fname, args, kw, ['sub', 'start?', 'end?']);
    wantString(fname, 'sub', sub);
    const [i, j] = subRange(fname, s, start, end);
    const region = s.slice(i, j);
    const k = last ? region.lastIndexOf(sub) : region.indexOf(sub);
    if (j < i || k < 0) {
        if (strict)
            fail(`${fname}: substring not found`);
        return -1;
    }
    return i + k;
}
function split(fname, s, args, kw, fromRight) {
    const [sepV, maxV] = unpackArgs(fname, args, kw, ['sep?', 'maxsplit?']);
    const max = maxV === undefined || maxV === null ? -1 : wantInt(fname, 'maxsplit', maxV);
    if (sepV === undefined || sepV === null) {
        const words = s.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '');
        if (max < 0 || words.length <= max + 1)
            return new List(words);
        // Split at most `max` times on whitespace runs, keeping the rest intact.
        const out = [];
        let rest = fromRight ? stripChars(s, WS, false, true) : stripChars(s, WS, true, false);
        for (let n = 0; n < max; n++) {
            if (fromRight) {
                const m = /[ \t\n\v\f\r]+([^ \t\n\v\f\r]*)$/.exec(rest);
                if (!m)
                    break;
                out.unshift(m[1]);
                rest = rest.slice(0, m.index);
            }
            else {
                const m = /^([^ \t\n\v\f\r]*)[ \t\n\v\f\r]+/.exec(rest);
                if (!m)
                    break;
                out.push(m[1]);
                rest = rest.slice(m[0].length);
            }
        }
        if (rest !== '') {
            if (fromRight)
                out.unshift(rest);
            else
                out.push(rest);
        }
        return new List(out);
    }
    const sep = wantString(fname, 'sep', sepV);
    if (sep === '')
        fail(`${fname}: empty separator`);
    const parts = s.split(sep);
    if (max < 0 || parts.length <= max + 1)
        return new List(parts);
    if (fromRight)
        return new List([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
    return new List([...parts.slice(0, max), parts.slice(max).join(sep)]);
}
function formatString(s, args, kw) {
    let out = '';
    let auto = 0;
    let mode;
    let i = 0;
    for (;;) {
        const open = s.indexOf('{', i);
        const closeBrace = s.indexOf('}', i);
        if (closeBrace >= 0 && (open < 0 || closeBrace < open)) {
            if (s[closeBrace + 1] !== '}')
                fail("format: single '}' in format");
            out += s.slice(i, closeBrace + 1);
            i = closeBrace + 2;
            continue;
        }
        if (open < 0)
            return out + s.slice(i);
        out += s.slice(i, open);
        if (s[open + 1] === '{') {
            out += '{';
            i = open + 2;
            continue;
        }
        const close = s.indexOf('}', open);
        if (close < 0)
            fail("format: unmatched '{' in format");
        let field = s.slice(open + 1, close);
        i = close + 1;
        let conv = 's';
        const bang = field.indexOf('!');
        if (bang >= 0) {
            conv = field.slice(bang + 1);
            field = field.slice(0, bang);
            if (conv !== 's' && conv !== 'r')
                fail(`format: unknown conversion "${conv}"`);
        }
        if (field.includes(':'))
            fail('format: format spec features not supported in replacement fields');
        let arg;
        if (field === '') {
            if (mode === 'manual')
                fail('format: cannot switch from manual field specification to automatic field numbering');
            mode = 'auto';
            if (auto >= args.length)
                fail('format: tuple index out of range');
            arg = args[auto++];
        }
        else if (/^\d+$/.test(field)) {
            if (mode === 'auto')
                fail('format: cannot switch from automatic field numbering to manual field specification');
            mode = 'manual';
            const n = Number(field);
            if (n >= args.length)
                fail('format: tuple index out of range');
            arg = args[n];
        }
        else {
            if (field.includes('{'))
                fail('format: nested replacement fields not supported');
            if (field.includes('.'))
                fail(`format: attribute syntax x.y is not supported in replacement fields: ${field}`);
            if (field.includes('['))
                fail(`format: element syntax a[i] is not supported in replacement fields: ${field}`);
            arg = kw?.find(([k]) => k === field)?.[1];
            if (arg === undefined)
                fail(`format: keyword ${field} not found`);
        }
        out += conv === 'r' ? repr(arg) : str(arg);
    }
}
/** A method table without a prototype, so names like `constructor` are not methods. */
function methodTable(methods) {
    return Object.assign(Object.create(null), methods);
}
function noArgs(fname, args, kw) {
    positional(fname, args, kw, 0, 0);
}
const stringMethods = methodTable({
    capitalize: (_th, a, kw, s) => {
        noArgs('capitalize', a, kw);
        return mapText(s, (t) => (t.length ? t[0].toUpperCase() + t.slice(1).toLowerCase() : t));
    },
    codepoint_ords: (_th, a, kw, s) => {
        noArgs('codepoint_ords', a, kw);
        return new StringView(s, 'codepoint_ords');
    },
    codepoints: (_th, a, kw, s) => {
        noArgs('codepoints', a, kw);
        return new StringView(s, 'codepoints');
    },
    count: (_th, a, kw, s) => {
        const [sub, start, end] = unpackArgs('count', a, kw, ['sub', 'start?', 'end?']);
        wantString('count', 'sub', sub);
        const [i, j] = subRange('count', s, start, end);
        const region = s.slice(i, Math.max(i, j));
        if (sub === '')
            return region.length + 1;
        return region.split(sub).length - 1;
    },
    elem_ords: (_th, a, kw, s) => {
        noArgs('elem_ords', a, kw);
        return new StringView(s, 'elem_ords');
    },
    elems: (_th, a, kw, s) => {
        noArgs('elems', a, kw);
        return new StringView(s, 'elems');
    },
    endswith: (_th, a, kw, s) => affix('endswith', s, a, kw, (r, x) => r.endsWith(x)),
    find: (_th, a, kw, s) => find('find', s, a, kw, false, false),
    format: (_th, a, kw, s) => formatString(s, a, kw),
    index: (_th, a, kw, s) => find('index', s, a, kw, false, true),
    isalnum: (_th, a, kw, s) => (noArgs('isalnum', a, kw), testText(s, /^[\p{L}\p{N}]+$/u)),
    isalpha: (_th, a, kw, s) => (noArgs('isalpha', a, kw), testText(s, /^\p{L}+$/u)),
    isdigit: (_th, a, kw, s) => (noArgs('isdigit', a, kw), testText(s, /^\p{Nd}+$/u)),
    islower: (_th, a, kw, s) => {
        noArgs('islower', a, kw);
        const t = decodeUtf8(s);
        return t !== t.toUpperCase() && t === t.toLowerCase();
    },
    isspace: (_th, a, kw, s) => (noArgs('isspace', a, kw), testText(s, /^\s+$/u)),
    istitle: (_th, a, kw, s) => {
        noArgs('istitle', a, kw);
        // Uppercase may only follow uncased characters, lowercase only cased ones (as Python).
        let cased = false;
        let prevCased = false;
        for (const ch of decodeUtf8(s)) {
            if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
                if (prevCased)
                    return false;
                prevCased = cased = true;
            }
            else if (/\p{Ll}/u.test(ch)) {
                if (!prevCased)
                    return false;
                prevCased = cased = true;
            }
            else
                prevCased = false;
        }
        return cased;
    },
    isupper: (_th, a, kw, s) => {
        noArgs('isupper', a, kw);
        const t = decodeUtf8(s);
        return t !== t.toLowerCase() && t === t.toUpperCase();
    },
    join: (_th, a, kw, s) => {
        const [x] = positional('join', a, kw, 1, 1);
        const items = iterableArg('join', x);
        for (const it of items)
            if (typeof it !== 'string')
                fail(`join: in list, want string, got ${typeName(it)}`);
        return items.join(s);
    },
    lower: (_th, a, kw, s) => (noArgs('lower', a, kw), mapText(s, (t) => t.toLowerCase())),
    lstrip: (_th, a, kw, s) => strip('lstrip', s, a, kw, true, false),
    partition: (_th, a, kw, s) => partition('partition', s, a, kw, false),
    removeprefix: (_th, a, kw, s) => {
        const [p] = positional('removeprefix', a, kw, 1, 1);
        wantString('removeprefix', 'prefix', p);
        return s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (_th, a, kw, s) => {
        const [p] = positional('removesuffix', a, kw, 1, 1);
        wantString('removesuffix', 'suffix', p);
        return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    replace: (_th, a, kw, s) => {
        if (kw === null && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string' && a[0] !== '')
            return replaceAll(s, a[0], a[1]);
        const [old, nw, countV] = unpackArgs('replace', a, kw, ['old', 'new', 'count?']);
        wantString('replace', 'old', old);
        wantString('replace', 'new', nw);
        const count = countV === undefined ? -1 : wantInt('replace', 'count', countV);
        if (count < 0 && old !== '')
            return replaceAll(s, old, nw);
        if (count < 0)
            return s.split(old).join(nw);
        let out = '';
        let i = 0;
        for (let n = 0; n < count; n++) {
            const j = old === '' ? (i <= s.length ? i : -1) : s.indexOf(old, i);
            if (j < 0)
                break;
            out += s.slice(i, j) + nw;
            if (old === '') {
                if (j < s.length)
                    out += s[j];
                i = j + 1;
            }
            else
                i = j + old.length;
        }
        return out + s.slice(i);
    },
    rfind: (_th, a, kw, s) => find('rfind', s, a, kw, true, false),
    rindex: (_th, a, kw, s) => find('rindex', s, a, kw, true, true),
    rpartition: (_th, a, kw, s) => partition('rpartition', s, a, kw, true),
    rsplit: (_th, a, kw, s) => split('rsplit', s, a, kw, true),
    rstrip: (_th, a, kw, s) => strip('rstrip', s, a, kw, false, true),
    split: (_th, a, kw, s) => split('split', s, a, kw, false),
    splitlines: (_th, a, kw, s) => {
        const [keep] = unpackArgs('splitlines', a, kw, ['keepends?']);
        const lines = [];
        const re = /\r\n|\r|\n/g;
        let i = 0;
        for (let m = re.exec(s); m; m = re.exec(s)) {
            lines.push(s.slice(i, keep !== undefined && truth(keep) ? m.index + m[0].length : m.index));
            i = m.index + m[0].length;
        }
        if (i < s.length)
            lines.push(s.slice(i));
        return new List(lines);
    },
    startswith: (_th, a, kw, s) => affix('startswith', s, a, kw, (r, x) => r.startsWith(x)),
    strip: (_th, a, kw, s) => strip('strip', s, a, kw, true, true),
    title: (_th, a, kw, s) => (noArgs('title', a, kw), mapText(s, titleCase)),
    upper: (_th, a, kw, s) => (noArgs('upper', a, kw), mapText(s, (t) => t.toUpperCase())),
});
/** Replaces every occurrence of a non-empty `old` (faster than split/join or replaceAll in V8). */
function replaceAll(s, old, nw) {
    let j = s.indexOf(old);
    if (j < 0)
        return s;
    let out = '';
    let i = 0;
    while (j >= 0) {
        out += s.slice(i, j) + nw;
        i = j + old.length;
        j = s.indexOf(old, i);
    }
    return out + s.slice(i);
}
function titleCase(t) {
    let out = '';
    let prevLetter = false;
    for (const ch of t) {
        const letter = /\p{L}/u.test(ch);
        out += letter ? (prevLetter ? ch.toLowerCase() : ch.toUpperCase()) : ch;
        prevLetter = letter;
    }
    return out;
}
function affix(fname, s, a, kw, test) {
    const [x, start, end] = unpackArgs(fname, a, kw, ['prefix', 'start?', 'end?']);
    const [i, j] = subRange(fname, s, start, end);
    const region = s.slice(i, Math.max(i, j));
    if (x instanceof Tuple) {
        return x.elems.some((e, i) => {
            if (typeof e !== 'string')
                fail(`${fname}: got ${typeName(e)}, for element ${i}, want string`);
            return test(region, e);
        });
    }
    if (typeof x !== 'string')
        fail(`${fname}: got ${typeName(x)}, want string or tuple of strings`);
    return test(region, x);
}
function strip(fname, s, a, kw, left, right) {
    const [chars] = positional(fname, a, kw, 0, 1);
    if (chars === undefined || chars === null || chars === '')
        return stripChars(s, WS, left, right);
    wantString(fname, 'chars', chars);
    if (isAscii(chars))
        return stripChars(s, chars, left, right);
    const cps = new Set([...runes(chars)].map(([cp]) => cp));
    const rs = [...runes(s)];
    let i = 0;
    let j = rs.length;
    if (left)
        while (i < j && cps.has(rs[i][0]))
            i++;
    if (right)
        while (j > i && cps.has(rs[j - 1][0]))
            j--;
    if (i >= j)
        return '';
    return s.slice(rs[i][1], rs[j - 1][1] + rs[j - 1][2]);
}
function partition(fname, s, a, kw, last) {
    const [sep] = positional(fname, a, kw, 1, 1);
    wantString(fname, 'sep', sep);
    if (sep === '')
        fail(`${fname}: empty separator`);
    const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0)
        return new Tuple(last ? ['', '', s] : [s, '', '']);
    return new Tuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}
// ---- bytes, list, dict, set methods ----
const bytesMethods = methodTable({
    elems: (_th, a, kw, b) => {
        noArgs('elems', a, kw);
        return new StringView(b.s, 'elems', true);
    },
});
const listMethods = methodTable({
    append: (_th, a, kw, l) => {
        const [x] = positional('append', a, kw, 1, 1);
        l.checkMutable('append to');
        l.elems.push(x);
        return null;
    },
    clear: (_th, a, kw, l) => {
        noArgs('clear', a, kw);
        l.checkMutable('clear');
        l.elems.length = 0;
        return null;
    },
    extend: (_th, a, kw, l) => {
        const [x] = positional('extend', a, kw, 1, 1);
        const items = iterableArg('extend', x);
        l.checkMutable('extend');
        l.elems.push(...items);
        return null;
    },
    index: (_th, a, kw, l) => {
        const [x, start, end] = positional('index', a, kw, 1, 3);
        const n = l.elems.length;
        const norm = (v, d) => {
            if (v === undefined || v === null)
                return d;
            const i = wantInt('index', 'start', v);
            return Math.min(Math.max(i < 0 ? i + n : i, 0), n);
        };
        for (let i = norm(start, 0); i < norm(end, n); i++)
            if (equals(l.elems[i], x))
                return i;
        fail('index: value not in list');
    },
    insert: (_th, a, kw, l) => {
        const [iV, x] = positional('insert', a, kw, 2, 2);
        let i = asIndexInt(iV, 'insert');
        l.checkMutable('insert into');
        const n = l.elems.length;
        if (i < 0)
            i += n;
        l.elems.splice(Math.min(Math.max(i, 0), n), 0, x);
        return null;
    },
    pop: (_th, a, kw, l) => {
        const [iV] = positional('pop', a, kw, 0, 1);
        const n = l.elems.length;
        let i = iV === undefined ? n - 1 : asIndexInt(iV, 'pop');
        const orig = iV === undefined ? -1 : i;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            if (n === 0)
                fail(`pop: index ${orig} out of range: empty list`);
            fail(`pop: index ${orig} out of range [${-n}:${n - 1}]`);
        }
        l.checkMutable('pop from');
        return l.elems.splice(i, 1)[0];
    },
    remove: (_th, a, kw, l) => {
        const [x] = positional('remove', a, kw, 1, 1);
        l.checkMutable('remove from');
        const i = l.elems.findIndex((e) => equals(e, x));
        if (i < 0)
            fail('remove: element not found');
        l.elems.splice(i, 1);
        return null;
    },
});
const dictMethods = methodTable({
    clear: (_th, a, kw, d) => {
        noArgs('clear', a, kw);
        d.clear();
        return null;
    },
    get: (_th, a, kw, d) => {
        const [k, dflt] = positional('get', a, kw, 1, 2);
        const v = d.get(k);
        return v !== undefined ? v : dflt === undefined ? null : dflt;
    },
    items: (_th, a, kw, d) => {
        noArgs('items', a, kw);
        return new List([...d.map].map(([h, v]) => new Tuple([d.keyOf(h), v])));
    },
    keys: (_th, a, kw, d) => {
        noArgs('keys', a, kw);
        return new List(d.keyList());
    },
    pop: (_th, a, kw, d) => {
        const [k, dflt] = positional('pop', a, kw, 1, 2);
        const v = d.delete(k);
        if (v !== undefined)
            return v;
        if (dflt !== undefined)
            return dflt;
        fail(`pop: missing key ${repr(k)}`);
    },
    popitem: (_th, a, kw, d) => {
        noArgs('popitem', a, kw);
        if (d.size === 0)
            fail('popitem: empty dict');
        const h = d.map.keys().next().value;
        const k = d.keyOf(h);
        return new Tuple([k, d.delete(k)]);
    },
    setdefault: (_th, a, kw, d) => {
        const [k, dflt] = unpackArgs('setdefault', a, kw, ['key', 'default?']);
        const v = d.get(k);
        if (v !== undefined)
            return v;
        const nv = dflt === undefined ? null : dflt;
        d.set(k, nv);
        return nv;
    },
    update: (_th, a, kw, d) => {
        dictUpdate('update', d, a, kw);
        return null;
    },
    values: (_th, a, kw, d) => {
        noArgs('values', a, kw);
        return new List([...d.map.values()]);
    },
});
function setArgItems(fname, a) {
    return a.map((x) => iterableArg(fname, x));
}
const setMethods = methodTable({
    add: (_th, a, kw, s) => {
        const [x] = positional('add', a, kw, 1, 1);
        if (s.has(x)) {
            s.checkMutable('insert into');
            return null;
        }
        s.add(x);
        return null;
    },
    clear: (_th, a, kw, s) => {
        noArgs('clear', a, kw);
        s.checkMutable('clear');
        s.map.clear();
        return null;
    },
    difference: (_th, a, kw, s) => {
        if (kw?.length)
            fail('difference: unexpected keyword arguments');
        const out = new StarSet();
        const drop = new Set(setArgItems('difference', a).flat().map(hashKey));
        for (const [h, v] of s.map)
            if (!drop.has(h))
                out.map.set(h, v);
        return out;
    },
    discard: (_th, a, kw, s) => {
        const [x] = positional('discard', a, kw, 1, 1);
        const h = hashKey(x);
        if (s.map.has(h)) {
            s.checkMutable('delete from');
            s.map.delete(h);
        }
        return null;
    },
    intersection: (_th, a, kw, s) => {
        if (kw?.length)
            fail('intersection: unexpected keyword arguments');
        let cur = new Map(s.map);
        for (const items of setArgItems('intersection', a)) {
            const keep = new Set(items.map(hashKey));
            cur = new Map([...cur].filter(([h]) => keep.has(h)));
        }
        const out = new StarSet();
        out.map = cur;
        return out;
    },
    isdisjoint: (_th, a, kw, s) => {
        const [x] = positional('isdisjoint', a, kw, 1, 1);
        return iterableArg('isdisjoint', x).every((v) => !s.has(v));
    },
    issubset: (_th, a, kw, s) => {
        const [x] = positional('issubset', a, kw, 1, 1);
        const other = new Set(iterableArg('issubset', x).map(hashKey));
        return [...s.map.keys()].every((h) => other.has(h));
    },
    issuperset: (_th, a, kw, s) => {
        const [x] = positional('issuperset', a, kw, 1, 1);
        return iterableArg('issuperset', x).every((v) => s.has(v));
    },
    pop: (_th, a, kw, s) => {
        noArgs('pop', a, kw);
        if (s.size === 0)
            fail('pop: empty set');
        s.checkMutable('delete from');
        const [h, v] = s.map.entries().next().value;
        s.map.delete(h);
        return v;
    },
    remove: (_th, a, kw, s) => {
        const [x] = positional('remove', a, kw, 1, 1);
        const h = hashKey(x);
        if (!s.map.has(h))
            fail(`remove: missing key ${repr(x)}`);
        s.checkMutable('delete from');
        s.map.delete(h);
        return null;
    },
    symmetric_difference: (_th, a, kw, s) => {
        const [x] = positional('symmetric_difference', a, kw, 1, 1);
        const out = new StarSet();
        out.map = new Map(s.map);
        for (const v of iterableArg('symmetric_difference', x)) {
            const h = hashKey(v);
            if (s.map.has(h))
                out.map.delete(h);
            else
                out.map.set(h, v);
        }
        return out;
    },
    union: (_th, a, kw, s) => {
        if (kw?.length)
            fail('union: unexpected keyword arguments');
        const out = new StarSet();
        out.map = new Map(s.map);
        for (const v of setArgItems('union', a).flat())
            out.addUnchecked(v);
        return out;
    },
    update: (_th, a, kw, s) => {
        if (kw?.length)
            fail('update: unexpected keyword arguments');
        const items = setArgItems('update', a).flat();
        for (const v of items)
            s.add(v);
        if (items.length === 0)
            s.checkMutable('insert into');
        return null;
    },
});
/**
 * The method `name` of each built-in type, resolved once per call site: returns the receiver's
 * implementation (undefined if the receiver's type has no such method or is not a built-in type).
 */
function methodResolver(name) {
    const s = stringMethods[name];
    const l = listMethods[name];
    const d = dictMethods[name];
    const st = setMethods[name];
    const b = bytesMethods[name];
    return (x) => typeof x === 'string'
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
function library_methodsOf(x) {
    if (typeof x === 'string')
        return stringMethods;
    if (x instanceof List)
        return listMethods;
    if (x instanceof Dict)
        return dictMethods;
    if (x instanceof StarSet)
        return setMethods;
    if (x instanceof Bytes)
        return bytesMethods;
    return undefined;
}

;// CONCATENATED MODULE: ./lib/starlark/eval.js





const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
/** A Starlark thread: the call stack, the step budget, and the host's hooks. */
class Thread {
    printHandler;
    loader;
    steps = 0;
    maxSteps = Infinity;
    frame = null;
    /** Host data, e.g. the package whose BUILD file is being evaluated. */
    locals = new Map();
    constructor(printHandler = (msg) => process.stdout.write(msg + '\n'), loader) {
        this.printHandler = printHandler;
        this.loader = loader;
    }
    print(msg) {
        this.printHandler(msg, this);
    }
    /** Calls a Starlark callable from a builtin; errors are positioned at the builtin's call site. */
    callValue(fn, args, kwargs = null) {
        return eval_callValue(this, fn, args, kwargs, this.frame?.callPos ?? null);
    }
    /** The position of the innermost Starlark call in progress: where a builtin was called from. */
    callerPosition() {
        return this.frame?.callPos ?? undefined;
    }
    /** The Starlark call stack, outermost first. */
    callStack() {
        const out = [];
        for (let f = this.frame; f; f = f.parent)
            out.unshift({ name: f.name, pos: f.callPos ?? undefined });
        return out;
    }
    step() {
        if (++this.steps > this.maxSteps)
            fail(`Starlark computation cancelled: too many steps`);
    }
}
class Frame {
    locals;
    free;
    th;
    name;
    parent;
    callPos = null;
    ret = null;
    constructor(locals, free, th, name, parent) {
        this.locals = locals;
        this.free = free;
        this.th = th;
        this.name = name;
        this.parent = parent;
    }
}
/** A module being executed: its global slots and the values of predeclared names. */
class Module {
    file;
    globalNames;
    predeclared;
    universe;
    allowRecursion;
    globals;
    constructor(file, globalNames, predeclared, universe, allowRecursion) {
        this.file = file;
        this.globalNames = globalNames;
        this.predeclared = predeclared;
        this.universe = universe;
        this.allowRecursion = allowRecursion;
        this.globals = new Array(globalNames.length);
    }
    /** The module's bound globals, by name. */
    exports() {
        const out = new Map();
        this.globalNames.forEach((g, i) => {
            if (this.globals[i] !== undefined)
                out.set(g.name, this.globals[i]);
        });
        return out;
    }
}
/** Attaches a position to an error raised without one. */
function withPos(e, pos) {
    if (e instanceof StarlarkError) {
        if (pos)
            e.at(pos);
        return e;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
        const err = new StarlarkError('Starlark stack overflow');
        if (pos)
            err.at(pos);
        return err;
    }
    return e;
}
function stepOverflow(pos) {
    throw new StarlarkError('Starlark computation cancelled: too many steps', pos);
}
function eval_callValue(th, fn, args, kw, pos) {
    if (fn instanceof StarFunction)
        return callFunction(th, fn, args, kw, pos);
    if (fn instanceof Builtin) {
        try {
            return fn.impl(th, args, kw, fn.recv);
        }
        catch (e) {
            throw withPos(e, pos);
        }
    }
    throw withPos(new StarlarkError(`invalid call of non-function (${typeName(fn)})`), pos);
}
function callFunction(th, fn, args, kw, pos) {
    const code = fn.code;
    const locals = new Array(code.nlocals);
    const sc = code.scope;
    if (kw === null &&
        !sc.hasVarargs &&
        !sc.hasKwargs &&
        args.length === sc.paramNames.length &&
        sc.numKwonly === 0) {
        for (let i = 0; i < args.length; i++)
            locals[i] = args[i];
    }
    else {
        try {
            bindArgs(fn, code, locals, args, kw);
        }
        catch (e) {
            throw withPos(e, pos);
        }
    }
    return enterFunction(th, fn, code, locals, pos);
}
/**
 * The parameter slots that a call with `np` positional arguments and these keyword names fills, or
 * null if the call needs the general binding (varargs, kwargs, unknown or duplicate names).
 */
function bindingPlan(sc, np, kwNames) {
    if (sc.hasVarargs || sc.hasKwargs || np > sc.paramNames.length - sc.numKwonly)
        return null;
    const plan = [];
    for (const k of kwNames) {
        const i = sc.paramNames.indexOf(k);
        if (i < np || plan.includes(i))
            return null;
        plan.push(i);
    }
    return plan;
}
/** Runs a Starlark function whose parameters are already bound in `locals`. */
function enterFunction(th, fn, code, locals, pos) {
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
    }
    catch (e) {
        throw addTraceFrame(e, fr);
    }
    finally {
        code.active--;
        th.frame = fr.parent;
    }
}
function addTraceFrame(e, fr) {
    const err = withPos(e, fr.callPos);
    if (err instanceof StarlarkError) {
        const pos = err.traceback.length === 0 ? err.position : fr.callPos;
        if (pos)
            err.traceback.unshift({ name: fr.name, pos });
    }
    return err;
}
function bindArgs(fn, code, locals, args, kw) {
    const sc = code.scope;
    const name = fn.name;
    const nparams = sc.paramNames.length;
    if (nparams === 0 && !sc.hasVarargs && !sc.hasKwargs) {
        const n = args.length + (kw?.length ?? 0);
        if (n > 0)
            fail(`function ${name} accepts no arguments (${n} given)`);
        return;
    }
    let kwdict = null;
    if (sc.hasKwargs) {
        kwdict = new Dict();
        locals[nparams + (sc.hasVarargs ? 1 : 0)] = kwdict;
    }
    const nonkwonly = nparams - sc.numKwonly;
    let n = args.length;
    if (n > nonkwonly) {
        if (!sc.hasVarargs) {
            const atMost = code.optionalPositional ? 'at most ' : '';
            fail(`function ${name} accepts ${atMost}${nonkwonly} positional argument${nonkwonly === 1 ? '' : 's'} (${args.length} given)`);
        }
        n = nonkwonly;
    }
    for (let i = 0; i < n; i++)
        locals[i] = args[i];
    if (sc.hasVarargs)
        locals[nparams] = new Tuple(args.slice(n));
    if (kw) {
        for (const [k, v] of kw) {
            const i = sc.paramNames.indexOf(k);
            if (i >= 0) {
                if (locals[i] !== undefined)
                    fail(`function ${name} got multiple values for parameter ${quote(k)}`);
                locals[i] = v;
                continue;
            }
            if (!kwdict) {
                const hint = nearest(k, sc.paramNames);
                fail(`function ${name} got an unexpected keyword argument ${quote(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
            if (kwdict.map.has(k))
                fail(`function ${name} got multiple values for parameter ${quote(k)}`);
            kwdict.setUnchecked(k, v);
        }
    }
    if (n < nparams) {
        const missing = [];
        for (let i = n; i < nparams; i++) {
            if (locals[i] !== undefined)
                continue;
            const d = fn.defaults[i];
            if (d === undefined)
                missing.push(sc.paramNames[i]);
            else
                locals[i] = d;
        }
        if (missing.length > 0)
            fail(`function ${name} missing ${missing.length} argument${missing.length > 1 ? 's' : ''} (${missing.join(', ')})`);
    }
}
/** x.name for any value: a bound method, a host attribute, or an error with a spelling hint. */
function getAttr(x, name) {
    const methods = library_methodsOf(x);
    if (methods) {
        const m = methods[name];
        if (m)
            return new Builtin(name, m, x);
        noSuchAttr(x, name, Object.keys(methods));
    }
    if (x instanceof values_HostValue) {
        const v = x.attr(name);
        if (v !== undefined)
            return v;
        noSuchAttr(x, name, x.attrNames());
    }
    noSuchAttr(x, name, []);
}
/** The attribute names of x, for dir(). */
function attrNames(x) {
    const methods = methodsOf(x);
    if (methods)
        return Object.keys(methods).sort();
    if (x instanceof HostValue)
        return x.attrNames().slice().sort();
    return [];
}
function isTruthy(v) {
    return v === true || (v !== false && truth(v));
}
/** Compiles one resolved module. */
class Compiler {
    module;
    dialect;
    file;
    constructor(module, dialect) {
        this.module = module;
        this.dialect = dialect;
        this.file = module.file;
    }
    at(p) {
        return { file: this.file, line: p.line, col: p.col };
    }
    /** Compiles the module body; returns a function that runs it on a thread. */
    compileFile(file) {
        const scope = file.toplevel;
        const code = this.funcCode(scope, () => this.block(file.stmts), false);
        return (th) => {
            const fn = new StarFunction('<toplevel>', code, [], [], this.module);
            const locals = new Array(code.nlocals);
            for (const i of code.cells)
                locals[i] = new Cell();
            const fr = new Frame(locals, fn.freevars, th, '<toplevel>', th.frame);
            th.frame = fr;
            try {
                code.body(fr);
            }
            catch (e) {
                throw addTraceFrame(e, fr);
            }
            finally {
                th.frame = fr.parent;
            }
        };
    }
    funcCode(scope, body, optionalPositional) {
        const code = {
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
    block(stmts) {
        const cs = stmts.map((s) => this.stmt(s));
        if (cs.length === 0)
            return () => 0;
        if (cs.length === 1)
            return cs[0];
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
                if (r !== 0)
                    return r;
            }
            return 0;
        };
    }
    stmt(s) {
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
                        if (++th.steps > th.maxSteps)
                            stepOverflow(pos);
                        const r = body(f);
                        if (r === BREAK)
                            break;
                        if (r === RETURN)
                            return RETURN;
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
                const make = this.makeFunction(s.name.name, s.fn, s.params, () => this.block(s.body));
                const set = this.assigner(s.name);
                return (f) => (set(f, make(f)), 0);
            }
            case 'Load': {
                const pos = this.at(s);
                const setters = s.to.map((id) => this.assigner(id));
                const module = s.module;
                return (f) => {
                    const th = f.th;
                    if (!th.loader)
                        throw withPos(new StarlarkError(`load not implemented by this application`), pos);
                    let exports;
                    try {
                        exports = th.loader(module, this.file, th);
                    }
                    catch (e) {
                        if (e instanceof StarlarkError && e.position)
                            throw e;
                        const msg = e instanceof Error ? e.message : String(e);
                        throw withPos(e instanceof StarlarkError ? e : new StarlarkError(`cannot load ${module}: ${msg}`), pos);
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
    assignStmt(lhs, rhs) {
        if (lhs.kind === 'Ident') {
            const b = lhs.binding;
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
        const set = this.assigner(lhs);
        return (f) => (set(f, rhs(f)), 0);
    }
    assigner(lhs) {
        switch (lhs.kind) {
            case 'Ident': {
                const b = lhs.binding;
                if (b.scope === 'local') {
                    const i = b.local.index;
                    return b.local.cell
                        ? (f, v) => {
                            f.locals[i].v = v;
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
                    let vs;
                    try {
                        vs = unpack(v, n);
                    }
                    catch (e) {
                        throw withPos(e, pos);
                    }
                    for (let i = 0; i < n; i++)
                        subs[i](f, vs[i]);
                };
            }
            case 'Index': {
                const x = this.expr(lhs.x);
                const y = this.expr(lhs.y);
                const pos = this.at(lhs.lbrack);
                return (f, v) => {
                    const o = x(f);
                    const k = y(f);
                    if (typeof k === 'number') {
                        if (o instanceof List && !o.frozen && o.itercount === 0) {
                            const i = k < 0 ? k + o.elems.length : k;
                            if (i >= 0 && i < o.elems.length) {
                                o.elems[i] = v;
                                return;
                            }
                        }
                    }
                    else if (typeof k === 'string' && o instanceof Dict && !o.frozen && o.itercount === 0) {
                        o.map.set(k, v);
                        return;
                    }
                    try {
                        setIndex(o, k, v);
                    }
                    catch (e) {
                        throw withPos(e, pos);
                    }
                };
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
    augmented(op, lhs, rhsE, opPos) {
        const rhs = this.expr(rhsE);
        const pos = this.at(opPos);
        const apply = (x, y) => {
            if (typeof x === 'number' && typeof y === 'number' && op === '+') {
                const r = x + y;
                if (Number.isSafeInteger(r))
                    return r;
            }
            if (op === '+' && x instanceof List) {
                try {
                    if (!isIterable(y))
                        fail(`unknown binary op: list + ${typeName(y)}`);
                    x.checkMutable('apply += to');
                    x.elems.push(...iterate(y));
                }
                catch (e) {
                    throw withPos(e, pos);
                }
                return x;
            }
            if (op === '|' && x instanceof Dict && y instanceof Dict) {
                try {
                    for (const [h, v] of y.map)
                        x.set(y.keyOf(h), v);
                }
                catch (e) {
                    throw withPos(e, pos);
                }
                return x;
            }
            try {
                return binary(op, x, y);
            }
            catch (e) {
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
                }
                catch (e) {
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
                }
                catch (e) {
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
    forStmt(vars, iterE, body, pos) {
        const iter = this.expr(iterE);
        const b = vars.kind === 'Ident' ? vars.binding : undefined;
        const simple = b?.scope === 'local' && !b.local.cell ? b.local.index : -1;
        const set = this.assigner(vars);
        return (f) => {
            const it = iter(f);
            const th = f.th;
            if (it instanceof Range) {
                const { start, step, len } = it;
                for (let i = 0; i < len; i++) {
                    if (++th.steps > th.maxSteps)
                        stepOverflow(pos);
                    if (simple >= 0)
                        f.locals[simple] = start + i * step;
                    else
                        set(f, start + i * step);
                    const r = body(f);
                    if (r === BREAK)
                        break;
                    if (r === RETURN)
                        return RETURN;
                }
                return 0;
            }
            let elems;
            let guard = null;
            if (it instanceof List) {
                elems = it.elems;
                guard = it;
            }
            else if (it instanceof Tuple)
                elems = it.elems;
            else {
                try {
                    elems = iterate(it);
                }
                catch (e) {
                    throw withPos(e, pos);
                }
                if (it instanceof Dict)
                    guard = it;
            }
            if (guard)
                guard.itercount++;
            try {
                for (let i = 0; i < elems.length; i++) {
                    if (++th.steps > th.maxSteps)
                        stepOverflow(pos);
                    if (simple >= 0)
                        f.locals[simple] = elems[i];
                    else
                        set(f, elems[i]);
                    const r = body(f);
                    if (r === BREAK)
                        break;
                    if (r === RETURN)
                        return RETURN;
                }
            }
            finally {
                if (guard)
                    guard.itercount--;
            }
            return 0;
        };
    }
    // ---- functions ----
    makeFunction(name, scope, params, body) {
        const nparams = scope.paramNames.length;
        const defaultExprs = [];
        let optionalPositional = false;
        let i = 0;
        for (const p of params) {
            if (p.kind === 'plain' || p.kind === 'default') {
                if (p.kind === 'default') {
                    defaultExprs[i] = this.expr(p.default);
                    if (i < nparams - scope.numKwonly)
                        optionalPositional = true;
                }
                i++;
            }
        }
        const code = this.funcCode(scope, body, optionalPositional);
        const free = scope.freevars.map((fv) => fv.outer);
        const hasDefaults = defaultExprs.length > 0;
        return (f) => {
            const defaults = [];
            if (hasDefaults)
                for (let j = 0; j < nparams; j++)
                    defaults[j] = defaultExprs[j]?.(f);
            const cells = free.map((b) => captureCell(f, b));
            return new StarFunction(name, code, defaults, cells, this.module);
        };
    }
    // ---- expressions ----
    expr(e) {
        switch (e.kind) {
            case 'Literal': {
                const v = e.value;
                const c = typeof v === 'object' ? ('float' in v ? new Float(v.float) : new Bytes(v.bytes)) : v;
                return () => c;
            }
            case 'Ident':
                return this.ident(e.name, e.binding, this.at(e));
            case 'Paren':
                return this.expr(e.x);
            case 'List': {
                const xs = e.elems.map((x) => this.expr(x));
                return (f) => {
                    const out = new Array(xs.length);
                    for (let i = 0; i < xs.length; i++)
                        out[i] = xs[i](f);
                    return new List(out);
                };
            }
            case 'Tuple': {
                const xs = e.elems.map((x) => this.expr(x));
                return (f) => {
                    const out = new Array(xs.length);
                    for (let i = 0; i < xs.length; i++)
                        out[i] = xs[i](f);
                    return new Tuple(out);
                };
            }
            case 'Dict': {
                const entries = e.entries.map(([k, v]) => [this.expr(k), this.expr(v)]);
                const keyPos = e.entries.map(([k]) => this.at(k));
                return (f) => {
                    const d = new Dict();
                    for (let i = 0; i < entries.length; i++) {
                        const key = entries[i][0](f);
                        const val = entries[i][1](f);
                        try {
                            if (d.get(key) !== undefined)
                                fail(`duplicate key: ${repr(key)}`);
                            d.setUnchecked(key, val);
                        }
                        catch (err) {
                            throw withPos(err, keyPos[i]);
                        }
                    }
                    return d;
                };
            }
            case 'Unary': {
                const x = this.expr(e.x);
                const pos = this.at(e);
                if (e.op === 'not')
                    return (f) => !isTruthy(x(f));
                const op = e.op;
                if (op === '-') {
                    return (f) => {
                        const v = x(f);
                        if (typeof v === 'number' && v !== 0)
                            return -v;
                        try {
                            return unary(op, v);
                        }
                        catch (err) {
                            throw withPos(err, pos);
                        }
                    };
                }
                return (f) => {
                    try {
                        return unary(op, x(f));
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Binary':
                return this.binaryExpr(e.op, this.expr(e.x), this.expr(e.y), this.at(e.opPos));
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
                            if (i >= 0 && i < n)
                                return o.elems[i];
                        }
                    }
                    else if (typeof k === 'string' && o instanceof Dict) {
                        const v = o.map.get(k);
                        if (v !== undefined)
                            return v;
                    }
                    try {
                        return getIndex(o, k);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Slice': {
                const x = this.expr(e.x);
                const none = () => null;
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
                    }
                    catch (err) {
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
                    if (o instanceof values_HostValue) {
                        const v = o.attr(name);
                        if (v !== undefined)
                            return v;
                    }
                    try {
                        return getAttr(o, name);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            }
            case 'Call':
                return this.call(e);
            case 'Comp':
                return this.comprehension(e);
            case 'Lambda':
                return this.makeFunction('lambda', e.fn, e.params, () => {
                    const body = this.expr(e.body);
                    return (f) => {
                        f.ret = body(f);
                        return RETURN;
                    };
                });
        }
    }
    ident(name, b, pos) {
        switch (b.scope) {
            case 'local': {
                const i = b.local.index;
                if (b.local.cell) {
                    return (f) => {
                        const v = f.locals[i].v;
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
                const v = b.scope === 'predeclared' ? this.module.predeclared.get(name) : this.module.universe.get(name);
                return () => v;
            }
            case 'undefined':
                return () => {
                    throw new StarlarkError(`undefined: ${name}`, pos);
                };
        }
    }
    binaryExpr(op, x, y, pos) {
        const slow = (a, b) => {
            try {
                return binary(op, a, b);
            }
            catch (err) {
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
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r;
                    }
                    else if (typeof a === 'string' && typeof b === 'string')
                        return a + b;
                    return slow(a, b);
                };
            case '-':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number') {
                        const r = a - b;
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r;
                    }
                    return slow(a, b);
                };
            case '*':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number') {
                        const r = a * b;
                        if (r <= 9007199254740991 && r >= -9007199254740991)
                            return r + 0;
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
                    if (typeof a === 'number' && typeof b === 'number')
                        return a < b;
                    return cmpSlow(op, a, b, pos);
                };
            case '<=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a <= b;
                    return cmpSlow(op, a, b, pos);
                };
            case '>':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a > b;
                    return cmpSlow(op, a, b, pos);
                };
            case '>=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'number' && typeof b === 'number')
                        return a >= b;
                    return cmpSlow(op, a, b, pos);
                };
            case '==':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (a === b && !(a instanceof Float))
                        return true;
                    const ta = typeof a;
                    if ((ta === 'string' || ta === 'number') && ta === typeof b)
                        return false;
                    return eqSlow(a, b, pos);
                };
            case '!=':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (a === b && !(a instanceof Float))
                        return false;
                    const ta = typeof a;
                    if ((ta === 'string' || ta === 'number') && ta === typeof b)
                        return true;
                    return !eqSlow(a, b, pos);
                };
            case 'in':
                return (f) => {
                    const a = x(f);
                    const b = y(f);
                    if (typeof a === 'string') {
                        if (typeof b === 'string')
                            return b.includes(a);
                        if (b instanceof Dict)
                            return b.map.has(a);
                    }
                    try {
                        return contains(b, a);
                    }
                    catch (err) {
                        throw withPos(err, pos);
                    }
                };
            default:
                return (f) => slow(x(f), y(f));
        }
    }
    call(e) {
        const pos = this.at(e.lparen);
        const simple = e.args.every((a) => a.kind === 'positional' || a.kind === 'named');
        const posArgs = e.args.filter((a) => a.kind === 'positional').map((a) => this.expr(a.value));
        const named = e.args.filter((a) => a.kind === 'named');
        const kwNames = named.map((a) => a.name);
        const kwVals = named.map((a) => this.expr(a.value));
        const np = posArgs.length;
        const nk = kwNames.length;
        let argsOf;
        let kwOf;
        if (simple) {
            argsOf = (f) => {
                const args = new Array(np);
                for (let i = 0; i < np; i++)
                    args[i] = posArgs[i](f);
                return args;
            };
            kwOf =
                nk === 0
                    ? () => null
                    : (f) => {
                        const kw = new Array(nk);
                        for (let i = 0; i < nk; i++)
                            kw[i] = [kwNames[i], kwVals[i](f)];
                        return kw;
                    };
        }
        else {
            // With *args/**kwargs, arguments are evaluated together, in source order.
            const general = this.generalArgs(e, pos);
            let pendingKw = null;
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
        if (e.fn.kind === 'Ident' &&
            e.fn.binding?.scope === 'universal' &&
            e.fn.name === 'len' &&
            np === 1 &&
            nk === 0) {
            const a0 = posArgs[0];
            const lenBuiltin = this.module.universe.get('len');
            return (f) => {
                const v = a0(f);
                if (typeof v === 'string')
                    return v.length;
                if (v instanceof List || v instanceof Tuple)
                    return v.elems.length;
                if (v instanceof Dict)
                    return v.map.size;
                f.callPos = pos;
                return eval_callValue(f.th, lenBuiltin, [v], null, pos);
            };
        }
        if (!simple) {
            return (f) => {
                const fn = fnE(f);
                const args = argsOf(f);
                f.callPos = pos;
                return eval_callValue(f.th, fn, args, kwOf(f), pos);
            };
        }
        // Calls of Starlark functions bind arguments straight into the callee's locals when the call
        // site's shape (positional count, keyword names) maps onto the parameters; `plan` caches that
        // mapping for the last function code seen here.
        let planCode = null;
        let plan = null;
        return (f) => {
            const fn = fnE(f);
            if (fn instanceof StarFunction) {
                const code = fn.code;
                if (code !== planCode) {
                    planCode = code;
                    plan = bindingPlan(code.scope, np, kwNames);
                }
                if (plan !== null) {
                    const locals = new Array(code.nlocals);
                    for (let i = 0; i < np; i++)
                        locals[i] = posArgs[i](f);
                    for (let i = 0; i < nk; i++)
                        locals[plan[i]] = kwVals[i](f);
                    const nparams = code.scope.paramNames.length;
                    const defaults = fn.defaults;
                    for (let i = np; i < nparams; i++) {
                        if (locals[i] === undefined) {
                            const d = defaults[i];
                            if (d === undefined) {
                                // A required parameter is missing: let the general path report it.
                                const kw = kwNames.map((k, j) => [k, locals[plan[j]]]);
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
            return eval_callValue(f.th, fn, args, kw, pos);
        };
    }
    methodCall(f, recv, m, name, args, kw, pos, namePos) {
        f.callPos = pos;
        if (m) {
            try {
                return m(f.th, args, kw, recv);
            }
            catch (err) {
                throw withPos(err, pos);
            }
        }
        let fn;
        try {
            fn = getAttr(recv, name);
        }
        catch (err) {
            throw withPos(err, namePos);
        }
        return eval_callValue(f.th, fn, args, kw, pos);
    }
    /** Arguments with *args / **kwargs. */
    generalArgs(e, pos) {
        const parts = e.args.map((a) => ({ kind: a.kind, name: a.name, value: this.expr(a.value) }));
        return (f) => {
            const args = [];
            const kw = [];
            for (const p of parts) {
                const v = p.value(f);
                if (p.kind === 'positional')
                    args.push(v);
                else if (p.kind === 'named')
                    kw.push([p.name, v]);
                else if (p.kind === 'star') {
                    if (!isIterable(v))
                        throw new StarlarkError(`argument after * must be iterable, not ${typeName(v)}`, pos);
                    args.push(...iterate(v));
                }
                else {
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
    comprehension(e) {
        const pos = this.at(e.body);
        let step;
        if (e.dict) {
            const k = this.expr(e.body);
            const v = this.expr(e.value);
            step = (f, acc) => {
                const key = k(f);
                const val = v(f);
                try {
                    acc.setUnchecked(key, val);
                }
                catch (err) {
                    throw withPos(err, pos);
                }
            };
        }
        else {
            const body = this.expr(e.body);
            step = (f, acc) => {
                acc.elems.push(body(f));
            };
        }
        for (let i = e.clauses.length - 1; i >= 0; i--) {
            const clause = e.clauses[i];
            const next = step;
            if (clause.kind === 'if') {
                const cond = this.expr(clause.cond);
                step = (f, acc) => {
                    if (isTruthy(cond(f)))
                        next(f, acc);
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
                        if (++th.steps > th.maxSteps)
                            stepOverflow(cpos);
                        set(f, it.start + j * it.step);
                        next(f, acc);
                    }
                    return;
                }
                let elems;
                let guard = null;
                if (it instanceof List) {
                    elems = it.elems;
                    guard = it;
                }
                else if (it instanceof Tuple)
                    elems = it.elems;
                else {
                    try {
                        elems = iterate(it);
                    }
                    catch (err) {
                        throw withPos(err, cpos);
                    }
                    if (it instanceof Dict)
                        guard = it;
                }
                if (guard)
                    guard.itercount++;
                try {
                    for (let j = 0; j < elems.length; j++) {
                        if (++th.steps > th.maxSteps)
                            stepOverflow(cpos);
                        set(f, elems[j]);
                        next(f, acc);
                    }
                }
                finally {
                    if (guard)
                        guard.itercount--;
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
function captureCell(f, b) {
    if (b.scope === 'local')
        return f.locals[b.local.index];
    return f.free[b.index];
}
function cmpSlow(op, a, b, pos) {
    if (typeof a === 'string' && typeof b === 'string') {
        return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    try {
        return compareOp(op, a, b);
    }
    catch (err) {
        throw withPos(err, pos);
    }
}
function eqSlow(a, b, pos) {
    try {
        return equals(a, b);
    }
    catch (err) {
        throw withPos(err, pos);
    }
}

;// CONCATENATED MODULE: ./lib/starlark/ast.js
/** Calls `visit` on every expression and statement under `node`, parents first. */
function walk(node, visit) {
    if (Array.isArray(node)) {
        for (const s of node)
            walk(s, visit);
        return;
    }
    visit(node);
    const sub = (e) => {
        if (e)
            walk(e, visit);
    };
    const params = (ps) => ps.forEach((p) => sub(p.default));
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
                }
                else
                    sub(c.cond);
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
function topLevelCalls(file, name) {
    const calls = [];
    for (const s of file.stmts) {
        if (s.kind !== 'ExprStmt' || s.x.kind !== 'Call')
            continue;
        if (name === undefined || (s.x.fn.kind === 'Ident' && s.x.fn.name === name))
            calls.push(s.x);
    }
    return calls;
}

;// CONCATENATED MODULE: ./lib/starlark/resolve.js


class Block {
    parent;
    fn;
    names = new Map();
    constructor(parent, fn) {
        this.parent = parent;
        this.fn = fn;
    }
}
const doesnt = 'this Starlark dialect does not ';
function newScope(name, pos) {
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
function boundNames(stmts, out) {
    const targets = (e) => {
        if (e.kind === 'Ident')
            out.push(e);
        else if (e.kind === 'Tuple' || e.kind === 'List')
            e.elems.forEach(targets);
        else if (e.kind === 'Paren')
            targets(e.x);
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
const exprKindName = {
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
    file;
    opts;
    isPredeclared;
    isUniversal;
    errors = [];
    globals = [];
    globalIndex = new Map();
    /** First binding of each global seen so far in source order (for re-binding errors). */
    globalBound = new Map();
    loops = 0;
    block;
    toplevel;
    constructor(file, opts, isPredeclared, isUniversal) {
        this.file = file;
        this.opts = opts;
        this.isPredeclared = isPredeclared;
        this.isUniversal = isUniversal;
        this.toplevel = newScope('<toplevel>', { line: 1, col: 1 });
        this.block = new Block(null, this.toplevel);
    }
    error(pos, msg) {
        this.errors.push(new StarlarkError(msg, { file: this.file.path, line: pos.line, col: pos.col }));
    }
    fmtPos(p) {
        return `${this.file.path}:${p.line}:${p.col}`;
    }
    inFunction() {
        return this.block.fn !== this.toplevel;
    }
    resolveFile() {
        const names = [];
        boundNames(this.file.stmts, names);
        for (const id of names) {
            if (!this.globalIndex.has(id.name)) {
                this.globalIndex.set(id.name, this.globals.length);
                this.globals.push({ name: id.name, pos: { line: id.line, col: id.col } });
            }
        }
        this.stmts(this.file.stmts);
    }
    stmts(stmts) {
        for (const s of stmts)
            this.stmt(s);
    }
    stmt(s) {
        const topControl = !this.inFunction() && !this.opts.toplevelControl;
        switch (s.kind) {
            case 'ExprStmt':
                this.expr(s.x);
                break;
            case 'Branch':
                if (s.token !== 'pass' && this.loops === 0)
                    this.error(s, `${s.token} not in a loop`);
                break;
            case 'If':
                if (topControl)
                    this.error(s, 'if statement not within a function');
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
                if (topControl)
                    this.error(s, 'for loop not within a function');
                this.expr(s.iter);
                this.assign(s.vars, false);
                this.loops++;
                this.stmts(s.body);
                this.loops--;
                break;
            case 'While':
                if (!this.opts.while)
                    this.error(s, doesnt + 'support while loops');
                if (topControl)
                    this.error(s, 'while loop not within a function');
                this.expr(s.cond);
                this.loops++;
                this.stmts(s.body);
                this.loops--;
                break;
            case 'Return':
                if (!this.inFunction())
                    this.error(s, 'return statement not within a function');
                if (s.value)
                    this.expr(s.value);
                break;
            case 'Load':
                if (this.inFunction())
                    this.error(s, 'load statement within a function');
                s.from.forEach((from, i) => {
                    if (from.name === '')
                        this.error(from.pos, 'load: empty identifier');
                    else if (from.name.startsWith('_'))
                        this.error(from.pos, `load: names with leading underscores are not exported: ${from.name}`);
                    this.bind(s.to[i], false);
                });
                break;
        }
    }
    assign(lhs, augmented) {
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
                if (lhs.elems.length === 0 && lhs.kind === 'Tuple')
                    this.error(lhs, `can't assign to ()`);
                if (augmented)
                    this.error(lhs, `can't use ${what} expression in augmented assignment`);
                for (const e of lhs.elems)
                    this.assign(e, augmented);
                break;
            }
            default:
                this.error(lhs, `can't assign to ${exprKindName[lhs.kind] ?? lhs.kind.toLowerCase()}`);
        }
    }
    /** A binding occurrence of id in the current block. */
    bind(id, allowRebind) {
        if (this.block.parent === null) {
            const prev = this.globalBound.get(id.name);
            if (prev && !allowRebind && !this.opts.globalReassign)
                this.error(id, `cannot reassign global ${id.name} declared at ${this.fmtPos(prev)}`);
            if (!prev)
                this.globalBound.set(id.name, { line: id.line, col: id.col });
        }
        this.use(id);
    }
    use(id) {
        id.binding = this.lookup(this.block, id.name) ?? this.nonLocal(id);
    }
    /** Looks a name up in the local blocks of the function of `b` and, through closures, its parents. */
    lookup(b, name) {
        let blk = b;
        while (blk && blk.fn === b.fn) {
            const local = blk.names.get(name);
            if (local)
                return { scope: 'local', local };
            blk = blk.parent;
        }
        if (!blk)
            return undefined;
        const outer = this.lookup(blk, name);
        if (!outer)
            return undefined;
        if (outer.scope === 'local')
            outer.local.cell = true;
        const fn = b.fn;
        let index = fn.freevars.findIndex((f) => f.name === name);
        if (index < 0) {
            index = fn.freevars.length;
            fn.freevars.push({ name, outer });
        }
        return { scope: 'free', index };
    }
    nonLocal(id) {
        const g = this.globalIndex.get(id.name);
        if (g !== undefined)
            return { scope: 'global', index: g };
        if (this.isPredeclared(id.name))
            return { scope: 'predeclared', name: id.name };
        if (this.isUniversal(id.name)) {
            if (id.name === 'set' && this.opts.set === false)
                this.error(id, doesnt + 'support sets');
            return { scope: 'universal', name: id.name };
        }
        this.error(id, `undefined: ${id.name}`);
        return { scope: 'undefined', name: id.name };
    }
    declareLocal(b, id) {
        const existing = b.names.get(id.name);
        if (existing)
            return existing;
        const local = { name: id.name, index: b.fn.locals.length, cell: false };
        b.fn.locals.push(local);
        b.names.set(id.name, local);
        return local;
    }
    func(node, name, params, body) {
        // Defaults are evaluated in the enclosing scope.
        for (const p of params)
            if (p.default)
                this.expr(p.default);
        const fn = newScope(name, { line: node.line, col: node.col });
        node.fn = fn;
        const block = new Block(this.block, fn);
        let star;
        let starStar;
        let seenOptional = false;
        const seen = new Set();
        const bindParam = (id, at) => {
            if (seen.has(id.name))
                this.error(at, `duplicate parameter: ${id.name}`);
            seen.add(id.name);
            id.binding = { scope: 'local', local: this.declareLocal(block, id) };
        };
        for (const p of params) {
            if (p.kind === 'plain' || p.kind === 'default') {
                const kind = p.kind === 'plain' ? 'required' : 'optional';
                if (starStar)
                    this.error(p.kind === 'plain' ? p.name : p, `${kind} parameter may not follow **${starStar.name.name}`);
                else if (star)
                    fn.numKwonly++;
                else if (p.kind === 'plain' && seenOptional)
                    this.error(p.name, 'required parameter may not follow optional');
                if (p.kind === 'default')
                    seenOptional = true;
                bindParam(p.name, p.kind === 'plain' ? p.name : p);
                fn.paramNames.push(p.name.name);
            }
            else if (p.kind === 'star') {
                if (starStar)
                    this.error(p, `* parameter may not follow **${starStar.name.name}`);
                else if (star)
                    this.error(p, 'multiple * parameters not allowed');
                else
                    star = p;
            }
            else {
                if (starStar)
                    this.error(p, 'multiple ** parameters not allowed');
                starStar = p;
            }
        }
        if (star) {
            if (star.name) {
                bindParam(star.name, star.name);
                fn.hasVarargs = true;
            }
            else if (fn.numKwonly === 0)
                this.error(star, 'bare * must be followed by keyword-only parameters');
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
            const names = [];
            boundNames(body, names);
            for (const id of names)
                this.declareLocal(block, id);
            this.stmts(body);
        }
        else
            this.expr(body);
        this.block = saved;
        this.loops = savedLoops;
    }
    comprehension(c) {
        const first = c.clauses[0];
        if (first.kind === 'for')
            this.expr(first.iter);
        const block = new Block(this.block, this.block.fn);
        const saved = this.block;
        this.block = block;
        const vars = [];
        for (const clause of c.clauses) {
            if (clause.kind === 'for') {
                walk(clause.vars, (n) => {
                    if (n.kind === 'Ident')
                        vars.push(n);
                });
            }
        }
        for (const id of vars)
            this.declareLocal(block, id);
        c.clauses.forEach((clause, i) => {
            if (clause.kind === 'for') {
                this.assign(clause.vars, false);
                if (i > 0)
                    this.expr(clause.iter);
            }
            else
                this.expr(clause.cond);
        });
        this.expr(c.body);
        if (c.value)
            this.expr(c.value);
        this.block = saved;
    }
    expr(e) {
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
                if (e.lo)
                    this.expr(e.lo);
                if (e.hi)
                    this.expr(e.hi);
                if (e.step)
                    this.expr(e.step);
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
                const names = new Set();
                for (const a of e.args) {
                    if (a.kind === 'starstar') {
                        if (seenKwargs)
                            this.error(a, 'multiple **kwargs not allowed');
                        seenKwargs = true;
                    }
                    else if (a.kind === 'star') {
                        if (seenKwargs)
                            this.error(a, '*args may not follow **kwargs');
                        else if (seenVarargs)
                            this.error(a, 'multiple *args not allowed');
                        seenVarargs = true;
                    }
                    else if (a.kind === 'named') {
                        if (seenKwargs)
                            this.error(a, 'keyword argument may not follow **kwargs');
                        else if (seenVarargs)
                            this.error(a, 'keyword argument may not follow *args');
                        if (names.has(a.name))
                            this.error(a, `keyword argument "${a.name}" is repeated`);
                        names.add(a.name);
                        seenNamed = true;
                    }
                    else {
                        if (seenVarargs)
                            this.error(a, 'positional argument may not follow *args');
                        else if (seenKwargs)
                            this.error(a, 'positional argument may not follow **kwargs');
                        else if (seenNamed)
                            this.error(a, 'positional argument may not follow named');
                    }
                    this.expr(a.value);
                }
                break;
            }
        }
    }
}
/**
 * Resolves a parsed file in place. Throws the first static error in source order.
 * `isPredeclared` names the host's builtins for this module, `isUniversal` the language's.
 */
function resolveFile(file, opts, isPredeclared, isUniversal) {
    const r = new Resolver(file, opts, isPredeclared, isUniversal);
    r.resolveFile();
    if (r.errors.length > 0) {
        const pos = (e) => e.position.line * 1e6 + e.position.col;
        throw r.errors.sort((a, b) => pos(a) - pos(b))[0];
    }
    file.toplevel = r.toplevel;
    return { globals: r.globals, toplevel: r.toplevel };
}

;// CONCATENATED MODULE: ./lib/starlark/syntax.js


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
const isIdentStart = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f';
const isDigit = (c) => c >= '0' && c <= '9';
class Scanner {
    src;
    file;
    i = 0;
    line = 1;
    lineStart = 0;
    depth = 0;
    tokens = [];
    options = new Set();
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    error(msg, line = this.line, col = this.i - this.lineStart + 1) {
        throw new StarlarkError(msg, { file: this.file, line, col });
    }
    emit(k, line, col, v) {
        this.tokens.push({ k, v, line, col });
    }
    comment() {
        const start = this.i;
        while (this.i < this.src.length && this.src[this.i] !== '\n')
            this.i++;
        for (const m of this.src.slice(start, this.i).matchAll(/option:(\w+)/g))
            this.options.add(m[1]);
    }
    newline() {
        this.i++;
        this.line++;
        this.lineStart = this.i;
    }
    scan() {
        const src = this.src;
        const indents = [0];
        let atLineStart = true;
        for (;;) {
            if (atLineStart && this.depth === 0) {
                let col = 0;
                while (this.i < src.length) {
                    const c = src[this.i];
                    if (c === ' ')
                        col++;
                    else if (c === '\t')
                        col += 8 - (col % 8);
                    else if (c !== '\r' && c !== '\f')
                        break;
                    this.i++;
                }
                const c = src[this.i];
                if (this.i >= src.length)
                    break;
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
                }
                else if (col < indents[indents.length - 1]) {
                    while (col < indents[indents.length - 1]) {
                        indents.pop();
                        this.emit('OUTDENT', line, tokCol);
                    }
                    if (col !== indents[indents.length - 1])
                        this.error('unindent does not match any outer indentation level', line, tokCol);
                }
            }
            if (this.i >= src.length)
                break;
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
        if (last && last.k !== 'NEWLINE' && last.k !== 'OUTDENT')
            this.emit('NEWLINE', line, col);
        while (indents.length > 1) {
            indents.pop();
            this.emit('OUTDENT', line, col);
        }
        this.emit('EOF', line, col);
        return this.tokens;
    }
    token() {
        const src = this.src;
        const line = this.line;
        const col = this.i - this.lineStart + 1;
        const c = src[this.i];
        // String prefixes: r, b, rb, br.
        const m = /^(r|b|rb|br)?('|")/.exec(src.slice(this.i, this.i + 3));
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
            while (this.i < src.length && (isIdentStart(src[this.i]) || isDigit(src[this.i])))
                this.i++;
            const word = src.slice(start, this.i);
            if (KEYWORDS.has(word))
                this.emit(word, line, col);
            else
                this.emit('IDENT', line, col, word);
            return;
        }
        if (isDigit(c) || (c === '.' && isDigit(src[this.i + 1] ?? ''))) {
            this.number(line, col);
            return;
        }
        for (const op of OPERATORS) {
            if (src.startsWith(op, this.i)) {
                this.i += op.length;
                if (op === '(' || op === '[' || op === '{')
                    this.depth++;
                else if (op === ')' || op === ']' || op === '}')
                    this.depth = Math.max(0, this.depth - 1);
                this.emit(op, line, col);
                return;
            }
        }
        this.error(`invalid character '${c}' in expression`);
    }
    number(line, col) {
        const src = this.src;
        const rest = src.slice(this.i);
        const radix = /^0([xXoObB])([0-9a-zA-Z_]*)/.exec(rest);
        if (radix) {
            this.i += radix[0].length;
            const base = { x: 16, o: 8, b: 2 }[radix[1].toLowerCase()];
            const digits = radix[2];
            const valid = { 16: /^[0-9a-fA-F]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ }[base];
            if (!valid.test(digits))
                this.error(`invalid int literal`, line, col);
            const prefix = { 16: '0x', 8: '0o', 2: '0b' }[base];
            this.emit('INT', line, col, normalizeBig(BigInt(prefix + digits)));
            return;
        }
        const dec = /^(\d*\.\d*(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+)/.exec(rest);
        const text = dec[0];
        this.i += text.length;
        if (isIdentStart(src[this.i] ?? ''))
            this.error(`invalid numeric literal`, line, col);
        if (/^\d+$/.test(text)) {
            if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text))
                this.error(`obsolete form of octal literal; use 0o${text.slice(1)}`, line, col);
            this.emit('INT', line, col, normalizeBig(BigInt(text)));
            return;
        }
        this.emit('FLOAT', line, col, { float: Number(text) });
    }
    /** Scans a quoted literal at this.i and returns its decoded byte string. */
    string(raw, line, col) {
        const src = this.src;
        const quote = src[this.i];
        const triple = src.startsWith(quote.repeat(3), this.i);
        this.i += triple ? 3 : 1;
        let out = '';
        for (;;) {
            if (this.i >= src.length)
                this.error('unexpected EOF in string', line, col);
            const c = src[this.i];
            if (c === quote && (!triple || src.startsWith(quote.repeat(3), this.i))) {
                this.i += triple ? 3 : 1;
                return out;
            }
            if (c === '\n') {
                if (!triple)
                    this.error('unexpected newline in string', line, col);
                out += '\n';
                this.newline();
                continue;
            }
            if (c !== '\\') {
                const cp = src.codePointAt(this.i);
                out += cp < 0x80 ? c : encodeUtf8Char(cp);
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
                }
                else if (e !== undefined) {
                    out += '\\' + (e.codePointAt(0) < 0x80 ? e : encodeUtf8Char(src.codePointAt(this.i + 1)));
                    this.i += 2;
                }
                else
                    this.i++;
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
                    if (!h)
                        this.error(`invalid escape sequence \\x`, this.line, escCol);
                    this.i += 2;
                    out += String.fromCharCode(parseInt(h[0], 16));
                    break;
                }
                case 'u':
                case 'U': {
                    const n = e === 'u' ? 4 : 8;
                    const h = new RegExp(`^[0-9a-fA-F]{${n}}`).exec(src.slice(this.i, this.i + n));
                    if (!h)
                        this.error(`truncated escape sequence \\${e}`, this.line, escCol);
                    this.i += n;
                    const cp = parseInt(h[0], 16);
                    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
                        this.error(`invalid Unicode code point U+${cp.toString(16).toUpperCase()}`, this.line, escCol);
                    out += encodeUtf8Char(cp);
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        const o = /^[0-7]{1,3}/.exec(src.slice(this.i - 1, this.i + 2))[0];
                        this.i += o.length - 1;
                        const v = parseInt(o, 8);
                        if (v > 255)
                            this.error(`invalid escape sequence \\${o}`, this.line, escCol);
                        out += String.fromCharCode(v);
                        break;
                    }
                    this.error(`invalid escape sequence \\${e ?? ''}`, this.line, escCol);
            }
        }
    }
}
/** Ints are JS numbers while they are safe integers, bigints beyond. */
function normalizeBig(b) {
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
// Binary operator precedence, lowest first (as in go.starlark.net's parser).
const PREC = {
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
const NOT_PREC = 3;
const CMP_PREC = 4;
const MAX_PREC = 11;
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>=']);
function describe(t) {
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
    tokens;
    file;
    p = 0;
    tok;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
        this.tok = tokens[0];
    }
    error(msg, at = this.tok) {
        throw new StarlarkError(msg, { file: this.file, line: at.line, col: at.col });
    }
    /** The current token's kind (a method, so TypeScript does not narrow it across next()). */
    kind() {
        return this.tok.k;
    }
    next() {
        const t = this.tok;
        if (this.p < this.tokens.length - 1)
            this.p++;
        this.tok = this.tokens[this.p];
        return t;
    }
    peek() {
        return this.tokens[Math.min(this.p + 1, this.tokens.length - 1)];
    }
    expect(k) {
        if (this.kind() !== k)
            this.error(`got ${describe(this.tok)}, want '${k}'`);
        return this.next();
    }
    ident() {
        if (this.kind() !== 'IDENT')
            this.error(`got ${describe(this.tok)}, want identifier`);
        const t = this.next();
        return { kind: 'Ident', name: t.v, line: t.line, col: t.col };
    }
    parseFile() {
        const stmts = [];
        while (this.kind() !== 'EOF') {
            if (this.kind() === 'NEWLINE') {
                this.next();
                continue;
            }
            this.statement(stmts);
        }
        return stmts;
    }
    statement(out) {
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
    def() {
        const t = this.next();
        const name = this.ident();
        this.expect('(');
        const params = this.params(')');
        this.expect(')');
        this.expect(':');
        return { kind: 'Def', name, params, body: this.suite(), line: t.line, col: t.col };
    }
    params(end) {
        const params = [];
        while (this.kind() !== end) {
            const t = this.tok;
            if (t.k === '*' || t.k === '**') {
                this.next();
                const name = t.k === '*' && this.kind() !== 'IDENT' ? undefined : this.ident();
                params.push({ kind: t.k === '*' ? 'star' : 'starstar', name, line: t.line, col: t.col });
            }
            else {
                const name = this.ident();
                if (this.kind() === '=') {
                    const eq = this.next();
                    params.push({ kind: 'default', name, default: this.test(), line: eq.line, col: eq.col });
                }
                else
                    params.push({ kind: 'plain', name, line: name.line, col: name.col });
            }
            if (this.kind() !== ',')
                break;
            this.next();
        }
        return params;
    }
    ifStmt() {
        const t = this.next();
        const cond = this.test();
        this.expect(':');
        const body = this.suite();
        let elseBody = [];
        if (this.kind() === 'elif')
            elseBody = [this.ifStmt()];
        else if (this.kind() === 'else') {
            this.next();
            this.expect(':');
            elseBody = this.suite();
        }
        return { kind: 'If', cond, body, else: elseBody, line: t.line, col: t.col };
    }
    suite() {
        const stmts = [];
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
    simpleStatement(out) {
        for (;;) {
            out.push(this.smallStatement());
            if (this.kind() !== ';')
                break;
            this.next();
            if (this.kind() === 'NEWLINE' || this.kind() === 'EOF')
                break;
        }
        if (this.kind() === 'EOF')
            return;
        this.expect('NEWLINE');
    }
    smallStatement() {
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
    load() {
        const t = this.next();
        this.expect('(');
        if (this.kind() !== 'STRING')
            this.error(`first operand of load statement must be a string literal`);
        const m = this.next();
        const from = [];
        const to = [];
        while (this.kind() !== ')') {
            this.expect(',');
            if (this.kind() === ')')
                break;
            if (this.kind() === 'STRING') {
                const s = this.next();
                const name = s.v;
                from.push({ name, pos: { line: s.line, col: s.col } });
                to.push({ kind: 'Ident', name, line: s.line, col: s.col });
            }
            else if (this.kind() === 'IDENT') {
                const alias = this.ident();
                this.expect('=');
                if (this.kind() !== 'STRING')
                    this.error(`load operand must be "name" or localname="name"`);
                const s = this.next();
                from.push({ name: s.v, pos: { line: s.line, col: s.col } });
                to.push(alias);
            }
            else
                this.error(`load operand must be "name" or localname="name"`);
        }
        const close = this.expect(')');
        if (from.length === 0)
            this.error('load statement must import at least 1 symbol', close);
        return {
            kind: 'Load',
            module: m.v,
            modulePos: { line: m.line, col: m.col },
            from,
            to,
            line: t.line,
            col: t.col,
        };
    }
    loopVariables() {
        const first = this.primaryWithSuffix();
        if (this.kind() !== ',')
            return first;
        const elems = [first];
        while (this.kind() === ',') {
            this.next();
            if (this.kind() === 'in')
                break;
            elems.push(this.primaryWithSuffix());
        }
        return { kind: 'Tuple', elems, parens: false, line: first.line, col: first.col };
    }
    /** Expression = Test {',' Test} [','], a tuple when there is a comma. */
    expr(inParens = false) {
        const first = this.test();
        if (this.kind() !== ',')
            return first;
        const elems = [first];
        while (this.kind() === ',') {
            this.next();
            if (this.terminatesList())
                break;
            elems.push(this.test());
        }
        return { kind: 'Tuple', elems, parens: inParens, line: first.line, col: first.col };
    }
    terminatesList() {
        return ([')', ']', '}', '=', 'NEWLINE', 'EOF', ';', ':', 'in'].includes(this.kind()) ||
            AUGMENTED.has(this.kind()));
    }
    test() {
        if (this.kind() === 'lambda')
            return this.lambda(true);
        const x = this.binary(1);
        if (this.kind() !== 'if')
            return x;
        this.next();
        const cond = this.binary(1);
        if (this.kind() !== 'else')
            this.error(`got ${describe(this.tok)}, want 'else'`);
        this.next();
        const elseX = this.test();
        return { kind: 'Cond', cond, then: x, else: elseX, line: x.line, col: x.col };
    }
    testNoCond() {
        return this.kind() === 'lambda' ? this.lambda(false) : this.binary(1);
    }
    lambda(allowCond) {
        const t = this.next();
        const params = this.params(':');
        this.expect(':');
        const body = allowCond ? this.test() : this.testNoCond();
        return { kind: 'Lambda', params, body, line: t.line, col: t.col };
    }
    binary(prec) {
        if (prec >= MAX_PREC)
            return this.primaryWithSuffix();
        if (prec === NOT_PREC && this.kind() === 'not') {
            const t = this.next();
            const x = this.binary(prec);
            return { kind: 'Unary', op: 'not', x, line: t.line, col: t.col };
        }
        let x = this.binary(prec + 1);
        for (let first = true;; first = false) {
            let op = this.kind();
            if (op === 'not') {
                // Only `not in` can continue an expression here.
                if (this.peek().k !== 'in')
                    this.error(`got ${describe(this.peek())}, want 'in'`, this.peek());
                op = 'not in';
            }
            const opPrec = PREC[op];
            if (opPrec === undefined || opPrec < prec)
                return x;
            if (!first && opPrec === CMP_PREC)
                this.error(`${x.op} does not associate with ${op} (use parens)`);
            const t = this.next();
            if (op === 'not in')
                this.next();
            const y = this.binary(opPrec + 1);
            x = { kind: 'Binary', op, x, y, opPos: { line: t.line, col: t.col }, line: x.line, col: x.col };
        }
    }
    primaryWithSuffix() {
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
            }
            else if (s.k === '[') {
                x = this.indexOrSlice(x);
            }
            else if (s.k === '(') {
                x = this.call(x);
            }
            else
                return x;
        }
    }
    indexOrSlice(x) {
        const lb = this.next();
        const lbrack = { line: lb.line, col: lb.col };
        let lo;
        if (this.kind() !== ':') {
            lo = this.expr();
            if (this.kind() === ']') {
                this.next();
                return { kind: 'Index', x, y: lo, lbrack, line: x.line, col: x.col };
            }
        }
        this.expect(':');
        let hi;
        let step;
        if (this.kind() !== ':' && this.kind() !== ']')
            hi = this.test();
        if (this.kind() === ':') {
            this.next();
            if (this.kind() !== ']')
                step = this.test();
        }
        this.expect(']');
        return { kind: 'Slice', x, lo, hi, step, lbrack, line: x.line, col: x.col };
    }
    call(fn) {
        const lp = this.next();
        const args = [];
        while (this.kind() !== ')') {
            const t = this.tok;
            if (t.k === '*' || t.k === '**') {
                this.next();
                args.push({ kind: t.k === '*' ? 'star' : 'starstar', value: this.test(), line: t.line, col: t.col });
            }
            else if (t.k === 'IDENT' && this.peek().k === '=') {
                const name = this.ident();
                this.next();
                args.push({ kind: 'named', name: name.name, value: this.test(), line: t.line, col: t.col });
            }
            else {
                args.push({ kind: 'positional', value: this.test(), line: t.line, col: t.col });
            }
            if (this.kind() !== ',')
                break;
            this.next();
        }
        this.expect(')');
        return { kind: 'Call', fn, args, lparen: { line: lp.line, col: lp.col }, line: fn.line, col: fn.col };
    }
    operand() {
        const t = this.tok;
        switch (t.k) {
            case 'IDENT':
                return this.ident();
            case 'INT':
            case 'FLOAT':
            case 'STRING':
            case 'BYTES':
                this.next();
                return { kind: 'Literal', value: t.v, line: t.line, col: t.col };
            case '(': {
                this.next();
                if (this.kind() === ')') {
                    this.next();
                    return { kind: 'Tuple', elems: [], parens: true, line: t.line, col: t.col };
                }
                const x = this.expr(true);
                this.expect(')');
                if (x.kind === 'Tuple' && x.parens)
                    return { ...x, line: t.line, col: t.col };
                return { kind: 'Paren', x, line: t.line, col: t.col };
            }
            case '[': {
                this.next();
                if (this.kind() === ']') {
                    this.next();
                    return { kind: 'List', elems: [], line: t.line, col: t.col };
                }
                const first = this.test();
                if (this.kind() === 'for')
                    return this.comprehension(t, false, first, undefined, ']');
                const elems = [first];
                while (this.kind() === ',') {
                    this.next();
                    if (this.kind() === ']')
                        break;
                    elems.push(this.test());
                }
                this.expect(']');
                return { kind: 'List', elems, line: t.line, col: t.col };
            }
            case '{': {
                this.next();
                const entries = [];
                if (this.kind() === '}') {
                    this.next();
                    return { kind: 'Dict', entries, line: t.line, col: t.col };
                }
                const k = this.test();
                this.expect(':');
                const v = this.test();
                if (this.kind() === 'for')
                    return this.comprehension(t, true, k, v, '}');
                entries.push([k, v]);
                while (this.kind() === ',') {
                    this.next();
                    if (this.kind() === '}')
                        break;
                    const k2 = this.test();
                    this.expect(':');
                    entries.push([k2, this.test()]);
                }
                this.expect('}');
                return { kind: 'Dict', entries, line: t.line, col: t.col };
            }
        }
        this.error(`got ${describe(t)}, want primary expression`);
    }
    comprehension(open, dict, body, value, close) {
        const clauses = [];
        for (;;) {
            const t = this.tok;
            if (t.k === 'for') {
                this.next();
                const vars = this.loopVariables();
                this.expect('in');
                const iter = this.testNoCond();
                clauses.push({ kind: 'for', vars, iter, line: t.line, col: t.col });
            }
            else if (t.k === 'if') {
                this.next();
                clauses.push({ kind: 'if', cond: this.testNoCond(), line: t.line, col: t.col });
            }
            else
                break;
        }
        this.expect(close);
        return { kind: 'Comp', dict, body, value, clauses, line: open.line, col: open.col };
    }
}
/** Parses a file; throws StarlarkError at the first scan or syntax error. */
function syntax_parse(path, src) {
    const scanner = new Scanner(src, path);
    const tokens = scanner.scan();
    try {
        const stmts = new Parser(tokens, path).parseFile();
        return { path, stmts, options: scanner.options };
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new StarlarkError('expression too deeply nested', { file: path, line: 1, col: 1 });
        throw e;
    }
}
/** Parses a single expression (for the REPL and hosts). */
function parseExpr(path, src) {
    const tokens = new Scanner(src, path).scan();
    const parser = new Parser(tokens, path);
    return parser.expr();
}

;// CONCATENATED MODULE: ./lib/starlark/index.js














/** Named dialects. Comments `# option:NAME` in a file switch further options on. */
const dialects = {
    /** The language spec plus float, bytes and set: `edo starlark run` and `test`. */
    spec: { set: true },
    /** BUILD.edo / WORKSPACE.edo: no top-level `for`/`if`, `def` allowed, no while, no recursion. */
    build: { set: true },
    /** Everything allowed: `edo starlark check`, so real-world files only fail on real mistakes. */
    permissive: {
        set: true,
        toplevelControl: true,
        globalReassign: true,
        while: true,
        recursion: true,
    },
};
const OPTION_NAMES = {
    set: 'set',
    globalreassign: 'globalReassign',
    recursion: 'recursion',
    while: 'while',
    toplevelcontrol: 'toplevelControl',
};
function effectiveDialect(base, file) {
    const d = { ...base };
    for (const opt of file.options) {
        const key = OPTION_NAMES[opt];
        if (key)
            d[key] = true;
    }
    return d;
}
function predeclaredMap(p) {
    if (!p)
        return new Map();
    return p instanceof Map ? p : new Map(Object.entries(p));
}
/** Parses a file; throws StarlarkError on a syntax error. */
function parseFile(file, source) {
    return parse(file, source);
}
/**
 * Parses and resolves without executing: the static errors only (`edo starlark check`). `load`ed names
 * are bound without following the load. `predeclared` lists the host's predeclared names.
 */
function checkFile(file, source, opts = {}) {
    const ast = syntax_parse(file, source);
    const names = new Set(opts.predeclared ?? []);
    resolveFile(ast, effectiveDialect(opts.dialect ?? dialects.spec, ast), (n) => names.has(n), (n) => universe.has(n));
    return ast;
}
function newThread(opts) {
    const print = opts.print;
    const th = new Thread(print
        ? (msg, t) => print(decodeUtf8(msg), t)
        : (msg) => process.stdout.write(Buffer.from(msg + '\n', 'latin1')), opts.load);
    if (opts.maxSteps !== undefined)
        th.maxSteps = opts.maxSteps;
    return th;
}
/** Creates a thread for several modules to share (one step budget, one print handler). */
function createThread(opts = {}) {
    return newThread({ ...opts, file: '', source: '' });
}
/**
 * Executes a file as a module and returns its globals, frozen. Throws StarlarkError (static or
 * dynamic; `format()` prints `FILE:LINE:COL: message` and the traceback).
 */
function execModule(opts) {
    const ast = syntax_parse(opts.file, opts.source);
    const predeclared = predeclaredMap(opts.predeclared);
    const dialect = effectiveDialect(opts.dialect ?? dialects.spec, ast);
    const resolved = resolveFile(ast, dialect, (n) => predeclared.has(n), (n) => universe.has(n));
    const module = new Module(opts.file, resolved.globals, predeclared, universe, !!dialect.recursion);
    const run = new Compiler(module, dialect).compileFile(ast);
    const thread = opts.thread ?? newThread(opts);
    try {
        run(thread);
    }
    catch (e) {
        throw asStarlarkError(e);
    }
    const globals = module.exports();
    for (const v of globals.values())
        freeze(v);
    return globals;
}
/** Any failure as a StarlarkError: a JS exception that escaped is an interpreter bug, reported as such. */
function asStarlarkError(e) {
    if (e instanceof StarlarkError)
        return e;
    const msg = e instanceof Error ? e.message : String(e);
    return new StarlarkError(`internal error: ${msg}`);
}
/** Calls a Starlark callable from the host. */
function call(thread, fn, args = [], kwargs = {}) {
    const kw = Object.entries(kwargs);
    try {
        return callValue(thread, fn, args, kw.length ? kw : null, thread.callerPosition() ?? null);
    }
    catch (e) {
        throw asStarlarkError(e);
    }
}
/**
 * Defines a builtin function for `predeclared`. Throwing `new StarlarkError(msg)` (no position) from
 * `impl` reports msg at the caller's position with a traceback.
 */
function defineBuiltin(name, impl) {
    return new Builtin(name, (th, args, kwargs) => {
        const thread = th;
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
class OpaqueValue extends values_HostValue {
    type;
    attrs;
    payload;
    constructor(type, attrs, payload) {
        super();
        this.type = type;
        this.attrs = attrs;
        this.payload = payload;
    }
    attr(name) {
        return this.attrs.get(name);
    }
    attrNames() {
        return [...this.attrs.keys()];
    }
    children() {
        return [...this.attrs.values()];
    }
}
// ---- conversions ----
/**
 * A Starlark value as plain JS data: None→null, int→number (bigint beyond 2^53), float→number,
 * string→string, bytes→Uint8Array, list/tuple/set→array, dict→object (Map if a key is not a string),
 * struct→object. Functions and host values are returned as they are.
 */
function toJS(v) {
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint')
        return v;
    if (typeof v === 'string')
        return decodeUtf8(v);
    if (v instanceof Float)
        return v.v;
    if (v instanceof Bytes)
        return Uint8Array.from(Buffer.from(v.s, 'latin1'));
    if (v instanceof List || v instanceof Tuple)
        return v.elems.map(toJS);
    if (v instanceof StarSet)
        return v.values().map(toJS);
    if (v instanceof Dict) {
        const keys = v.keyList();
        if (keys.every((k) => typeof k === 'string')) {
            const out = {};
            for (const k of keys)
                out[decodeUtf8(k)] = toJS(v.get(k));
            return out;
        }
        return new Map(keys.map((k) => [toJS(k), toJS(v.get(k))]));
    }
    if (v instanceof Struct) {
        const out = {};
        for (const [k, x] of v.fields)
            out[k] = toJS(x);
        return out;
    }
    return v;
}
/** Plain JS data as a Starlark value (the inverse of toJS; Starlark values pass through). */
function fromJS(x) {
    if (x === null || x === undefined)
        return null;
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
    if (Array.isArray(x))
        return new List(x.map(fromJS));
    if (x instanceof Uint8Array)
        return new Bytes(Buffer.from(x).toString('latin1'));
    if (x instanceof Map) {
        const d = new Dict();
        for (const [k, v] of x)
            d.setUnchecked(fromJS(k), fromJS(v));
        return d;
    }
    if (x instanceof List ||
        x instanceof Tuple ||
        x instanceof Dict ||
        x instanceof StarSet ||
        x instanceof Float ||
        x instanceof Bytes ||
        x instanceof values_HostValue ||
        x instanceof Builtin ||
        typeof x !== 'object')
        return x;
    if (Object.getPrototypeOf(x) === Object.prototype) {
        const d = new Dict();
        for (const [k, v] of Object.entries(x))
            d.setUnchecked(encodeUtf8(k), fromJS(v));
        return d;
    }
    return x;
}
/**
 * A Loader that evaluates each module once per cache, reports load cycles as
 * `cycle in load graph: a -> b -> a`, and lets `builtinModules` (e.g. assert.star) be loaded by name.
 * `resolve(module, fromFile)` maps a load() argument to the file to evaluate. Calling the loader
 * with the root file (and any fromFile) evaluates it too, so cycles through the root are named.
 */
function createLoader(resolve, builtinModules = new Map()) {
    const cache = new Map();
    const inProgress = [];
    const loader = (module, fromFile, thread) => {
        const builtin = builtinModules.get(module);
        if (builtin)
            return builtin;
        const target = resolve(module, fromFile);
        const cached = cache.get(target.key);
        if (cached)
            return cached;
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
        }
        finally {
            inProgress.pop();
        }
    };
    return loader;
}

;// CONCATENATED MODULE: ./lib/engine/starlark-host.js


/**
 * A builtin whose implementation receives the caller's position. Edo errors it throws become
 * Starlark errors at their position, so the interpreter adds the traceback.
 */
function hostFunction(name, fn) {
    return defineBuiltin(name, (call) => {
        const position = call.position ?? { file: '<unknown>', line: 0, col: 0 };
        try {
            return fn({
                args: call.args,
                kwargs: call.kwargs.map(([k, v]) => [toJS(k), v]),
                position,
            });
        }
        catch (err) {
            if (err instanceof StarlarkError || !(err instanceof errors/* EdoError */.bX))
                throw err;
            const converted = new StarlarkError(err.message, err.context.position ?? position);
            throw converted;
        }
    });
}
/**
 * Evaluates build files with the build dialect. Loaded modules are evaluated once per evaluator
 * and shared; a load cycle is an error naming the cycle.
 */
class BuildFileRunner {
    options;
    loader;
    constructor(options) {
        this.options = options;
        this.loader = createLoader((module, fromFile) => {
            const target = options.resolveLoad(module, fromFile);
            return { ...target, predeclared: new Map(options.predeclared), dialect: dialects.build };
        });
    }
    /** Runs one build file; a Starlark error becomes a usage error at its position, with its traceback. */
    run(file, source) {
        try {
            execModule({
                file,
                source,
                dialect: dialects.build,
                predeclared: new Map(this.options.predeclared),
                load: this.loader,
                print: (line) => this.options.print(line),
                maxSteps: this.options.maxSteps,
            });
        }
        catch (err) {
            if (!(err instanceof StarlarkError))
                throw err;
            const details = err.traceback.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
            throw new errors/* UsageError */.eb(err.message, {
                position: err.position,
                ...(details.length > 0 && { details: ['Traceback (most recent call last):', ...details] }),
            });
        }
    }
}
/** A Starlark value as configuration data; functions and other non-data values are an error. */
function toNodeValue(value, what, position) {
    const check = (js) => {
        if (js === null || ['boolean', 'number', 'bigint', 'string'].includes(typeof js))
            return js;
        if (Array.isArray(js))
            return js.map(check);
        if (js !== null && typeof js === 'object' && Object.getPrototypeOf(js) === Object.prototype) {
            return Object.fromEntries(Object.entries(js).map(([k, v]) => [k, check(v)]));
        }
        const type = js instanceof Map ? 'dict with non-string keys' : typeName(js);
        throw new errors/* UsageError */.eb(`${what}: a ${type} cannot be used as configuration`, { position });
    };
    return check(toJS(value));
}
/** Plain data as a Starlark value. */
function toStarlark(value) {
    return fromJS(value);
}

;// CONCATENATED MODULE: ./lib/engine/workspace.js



const WORKSPACE_FILE = 'WORKSPACE.edo';
const BUILD_FILE = 'BUILD.edo';
/** Edo's own state (store, logs, locks) in a workspace. */
const STATE_DIR = '.edo';
/** Finds the workspace that contains `dir` by walking up to the nearest WORKSPACE.edo. */
function findWorkspace(dir, env = process.env) {
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        if ((0,external_node_fs_.statSync)((0,external_node_path_.join)(current, WORKSPACE_FILE), { throwIfNoEntry: false })?.isFile()) {
            return workspacePaths(current, env);
        }
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current) {
            throw new errors/* UsageError */.eb(`not inside an edo workspace: no ${WORKSPACE_FILE} in ${(0,external_node_path_.resolve)(dir)} or above`);
        }
        current = parent;
    }
}
function workspacePaths(root, env = process.env) {
    const state = (0,external_node_path_.join)(root, STATE_DIR);
    return {
        root,
        state,
        store: env.EDO_STORE ? (0,external_node_path_.resolve)(root, env.EDO_STORE) : (0,external_node_path_.join)(state, 'store'),
        logs: (0,external_node_path_.join)(state, 'logs'),
    };
}

;// CONCATENATED MODULE: ./lib/engine/evaluate.js









/** Steps one build or `.star` file may take: generous for real files, a stop for runaway ones. */
const MAX_STEPS_PER_FILE = 10_000_000;
/** Directories never searched for packages or files. */
function skipDirectory(name) {
    return name === STATE_DIR || name === '.git' || name === 'node_modules';
}
/** Every package (a directory with BUILD.edo) under `root`, as package paths, sorted. */
function findPackages(root) {
    const packages = [];
    const walk = (dir, pkg) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        if (entries.some((e) => e.name === BUILD_FILE && e.isFile()))
            packages.push(pkg);
        for (const entry of entries) {
            if (entry.isDirectory() && !skipDirectory(entry.name)) {
                walk((0,external_node_path_.join)(dir, entry.name), pkg === '' ? entry.name : `${pkg}/${entry.name}`);
            }
        }
    };
    walk(root, '');
    return packages.sort();
}
/**
 * The files of a package (relative paths, sorted) for glob and file patterns: subpackages, hidden
 * state and node_modules excluded.
 */
function listPackageFiles(root, pkg, packages) {
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const rel = prefix + entry.name;
            if (entry.isDirectory()) {
                const sub = pkg === '' ? rel : `${pkg}/${rel}`;
                if (skipDirectory(entry.name) || packages.has(sub))
                    continue;
                walk((0,external_node_path_.join)(dir, entry.name), rel + '/');
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                files.push(rel);
            }
        }
    };
    walk((0,external_node_path_.join)(root, pkg), '');
    return files.sort();
}
/** Workspace-level declarations: global names, usable in any build file. */
const WORKSPACE_DECLARATIONS = {
    storage_backend: 'backends',
    environment_farm: 'farms',
    build_config: 'configs',
    vendor: 'vendors',
};
const BUILD_CONFIG_ATTRS = {
    build_cache: { type: 'string', doc: 'storage_backend for local results (default: the local store)' },
    remote_caches: { type: 'string_list', default: [], doc: 'storage_backends read through, in order' },
    write_back: { type: 'bool', default: false, doc: 'push new results to the remote caches' },
    default_farm: { type: 'string', default: 'local', doc: 'environment_farm of targets that name none' },
    jobs: { type: 'int', doc: 'default for --jobs' },
};
/**
 * Evaluates every build file of a workspace into its model: WORKSPACE.edo first, then each
 * package's BUILD.edo. Rule calls record targets; declarations record farms, backends and configs.
 * Evaluation is synchronous: build files cannot do I/O except through `load` and `glob`.
 */
class WorkspaceEvaluator {
    paths;
    packages;
    targets = new Map();
    declarations = {
        backends: new Map(),
        farms: new Map(),
        configs: new Map(),
        vendors: new Map(),
    };
    /** Every file read (workspace-relative path → sha256 of its bytes). */
    fileDigests = new Map();
    runner;
    /** The package of each file evaluated (by display path), for relative labels in its loads. */
    packageOfFile = new Map();
    predeclared = new Map();
    packageSet;
    /** The package whose build file is being evaluated: rule calls in loaded macros belong to it. */
    pkg = '';
    /** Package listings read by glob and file patterns: what else an evaluation depends on. */
    listings = new Map();
    constructor(paths, rules, packages) {
        this.paths = paths;
        this.packages = packages;
        this.packageSet = new Set(packages);
        for (const schema of rules.all()) {
            this.predeclared.set(schema.kind, hostFunction(schema.kind, (call) => this.ruleCall(schema, call)));
        }
        for (const kind of Object.keys(WORKSPACE_DECLARATIONS)) {
            this.predeclared.set(kind, hostFunction(kind, (call) => this.declaration(kind, call)));
        }
        this.predeclared.set('glob', hostFunction('glob', (call) => this.glob(call)));
        this.predeclared.set('package_name', hostFunction('package_name', () => this.pkg));
        this.runner = new BuildFileRunner({
            predeclared: this.predeclared,
            resolveLoad: (module, fromFile) => this.resolveLoad(module, fromFile),
            maxSteps: MAX_STEPS_PER_FILE,
            print: (line) => process.stderr.write(`${line}\n`),
        });
    }
    /** How a position's file reads in messages: relative to where edo was started. */
    displayPath(file) {
        return (0,external_node_path_.relative)(process.cwd(), file) || file;
    }
    evaluateFile(path, pkg) {
        this.pkg = pkg;
        const file = this.displayPath(path);
        this.packageOfFile.set(file, pkg);
        this.runner.run(file, this.read(path));
    }
    read(path) {
        const bytes = (0,external_node_fs_.readFileSync)(path);
        this.fileDigests.set((0,external_node_path_.relative)(this.paths.root, path).split(external_node_path_.sep).join('/'), sha256Hex(bytes));
        return bytes.toString('utf8');
    }
    /** `load("//pkg:file.star", ...)`: a label, relative ones resolved in the loading file's package. */
    resolveLoad(module, fromFile) {
        let label;
        try {
            label = parseLabel(module, this.packageOfFile.get(fromFile) ?? this.pkg);
        }
        catch (err) {
            if (err instanceof LabelSyntaxError)
                throw new errors/* UsageError */.eb(err.message);
            throw err;
        }
        const path = (0,external_node_path_.join)(this.paths.root, label.pkg, label.name);
        if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile()) {
            throw new errors/* UsageError */.eb(`no such file ${this.displayPath(path)}`);
        }
        const file = this.displayPath(path);
        this.packageOfFile.set(file, label.pkg);
        return { key: formatLabel(label), file, source: this.read(path) };
    }
    site(position) {
        return { pkg: this.pkg, position, expandFiles: (text) => this.expandFiles(text, position) };
    }
    kwargs(kind, call) {
        if (call.args.length > 0) {
            throw new errors/* UsageError */.eb(`${kind}: takes keyword arguments only (name = ..., ...)`, {
                position: call.position,
            });
        }
        const out = {};
        for (const [key, value] of call.kwargs)
            out[key] = toNodeValue(value, `${kind}: attribute ${key}`, call.position);
        return out;
    }
    ruleCall(schema, call) {
        const { name, attrs } = checkRuleCall(schema, this.kwargs(schema.kind, call), this.site(call.position));
        let label;
        try {
            label = formatLabel(parseLabel(`:${name}`, this.pkg));
        }
        catch (err) {
            if (err instanceof LabelSyntaxError)
                throw new errors/* UsageError */.eb(`${schema.kind}: ${err.message}`, { position: call.position });
            throw err;
        }
        const existing = this.targets.get(label);
        if (existing) {
            const at = existing.node.position;
            throw new errors/* UsageError */.eb(`target ${label} is already declared at ${at.file}:${at.line}:${at.col}`, {
                position: call.position,
            });
        }
        const node = { kind: schema.kind, name, id: label, attrs, position: call.position };
        this.targets.set(label, { node, schema, deps: dependencyLabels(schema, attrs) });
        return null;
    }
    /**
     * `storage_backend(name, kind = "local", plugin = None, **config)`; `environment_farm(...)` and
     * `vendor(...)` alike,
     * `build_config(...)` with its fixed attributes. The node's kind is the component kind: `kind`,
     * else the plugin's name (a plugin registers its components under it), else `local`.
     */
    declaration(kind, call) {
        const kwargs = this.kwargs(kind, call);
        let name;
        let attrs;
        let componentKind;
        if (kind === 'build_config') {
            ({ name, attrs } = checkRuleCall({ kind, attrs: BUILD_CONFIG_ATTRS }, kwargs, this.site(call.position)));
            componentKind = kind;
        }
        else {
            const { name: n, kind: k, ...rest } = kwargs;
            if (typeof n !== 'string' || n === '') {
                throw new errors/* UsageError */.eb(`${kind}: attribute name is required and must be a non-empty string`, {
                    position: call.position,
                });
            }
            if (k !== undefined && typeof k !== 'string') {
                throw new errors/* UsageError */.eb(`${kind}: attribute kind must be a string`, { position: call.position });
            }
            name = n;
            attrs = rest;
            componentKind = k ?? (typeof rest.plugin === 'string' ? rest.plugin : 'local');
        }
        const table = this.declarations[WORKSPACE_DECLARATIONS[kind]];
        const existing = table.get(name);
        if (existing) {
            const at = existing.position;
            throw new errors/* UsageError */.eb(`${kind} "${name}" is already declared at ${at.file}:${at.line}:${at.col}`, {
                position: call.position,
            });
        }
        table.set(name, { kind: componentKind, name, id: name, attrs, position: call.position });
        return null;
    }
    /** The files of a package, listed once per evaluation (glob and file patterns read it). */
    packageFiles(pkg) {
        let files = this.listings.get(pkg);
        if (!files) {
            files = listPackageFiles(this.paths.root, pkg, this.packageSet);
            this.listings.set(pkg, files);
        }
        return files;
    }
    matchFiles(pkg, include, exclude) {
        const inc = include.map(globToRegExp);
        const exc = exclude.map(globToRegExp);
        return this.packageFiles(pkg).filter((f) => inc.some((r) => r.test(f)) && !exc.some((r) => r.test(f)));
    }
    /** `glob(include, exclude = [])`: files of the current package, as names relative to it, sorted. */
    glob(call) {
        const params = new Map(call.kwargs);
        const include = call.args[0] ?? params.get('include');
        const exclude = call.args[1] ?? params.get('exclude');
        const asList = (value, what) => {
            const node = toNodeValue(value, `glob: ${what}`, call.position);
            if (!Array.isArray(node) || node.some((v) => typeof v !== 'string')) {
                throw new errors/* UsageError */.eb(`glob: ${what} must be a list of strings`, { position: call.position });
            }
            return node;
        };
        if (include === undefined)
            throw new errors/* UsageError */.eb('glob: missing include patterns', { position: call.position });
        const excluded = exclude === undefined ? [] : asList(exclude, 'exclude');
        return toStarlark(this.matchFiles(this.pkg, asList(include, 'include'), excluded));
    }
    /** A `files` attribute entry: a file label, or a pattern such as `//src:*.cpp` or `*.txt`. */
    expandFiles(text, position) {
        try {
            const colon = text.lastIndexOf(':');
            const name = colon < 0 ? text : text.slice(colon + 1);
            if (!hasGlob(name))
                return [formatLabel(parseLabel(text, this.pkg))];
            const pkg = text.startsWith('//') ? text.slice(2, colon) : this.pkg;
            if (!text.startsWith('//') && colon > 0)
                throw new LabelSyntaxError(text, 'a relative pattern must start with ":"');
            parseLabel(`//${pkg}:x`, '');
            if (!this.packageSet.has(pkg) && pkg !== '') {
                throw new errors/* UsageError */.eb(`${text}: no package ${pkg} (no ${pkg}/${BUILD_FILE})`, { position });
            }
            return this.matchFiles(pkg, [name], []).map((file) => formatLabel({ pkg, name: file }));
        }
        catch (err) {
            if (err instanceof LabelSyntaxError)
                throw new errors/* UsageError */.eb(err.message, { position });
            throw err;
        }
    }
}
/**
 * Evaluates the workspace's build files into its model, or takes the model from the evaluation
 * cache when nothing it was made from has changed (see eval-cache.ts).
 */
async function evaluateWorkspace(paths, rules) {
    const packages = findPackages(paths.root);
    const packageSet = new Set(packages);
    const cache = new EvaluationCache(paths, rules, packages);
    const cached = cache.load((pkg) => listPackageFiles(paths.root, pkg, packageSet));
    if (cached)
        return cached;
    const evaluator = new WorkspaceEvaluator(paths, rules, packages);
    evaluator.evaluateFile((0,external_node_path_.join)(paths.root, WORKSPACE_FILE), '');
    for (const pkg of packages)
        evaluator.evaluateFile((0,external_node_path_.join)(paths.root, pkg, BUILD_FILE), pkg);
    const model = {
        paths,
        packages,
        targets: evaluator.targets,
        farms: evaluator.declarations.farms,
        backends: evaluator.declarations.backends,
        configs: evaluator.declarations.configs,
        vendors: evaluator.declarations.vendors,
        files: [...evaluator.fileDigests.keys()],
    };
    await cache.save(model, evaluator.fileDigests, evaluator.listings);
    return model;
}

;// CONCATENATED MODULE: ./lib/engine/model.js

const DEFAULT_CONFIG = {
    name: 'default',
    remoteCaches: [],
    writeBack: false,
    defaultFarm: 'local',
};
/** The build config: `--config NAME`, else `default` when declared, else the defaults. */
function selectConfig(model, name) {
    const node = model.configs.get(name ?? 'default');
    if (!node) {
        if (name === undefined || name === 'default')
            return DEFAULT_CONFIG;
        const known = [...model.configs.keys()].sort().join(', ') || 'none declared';
        throw new errors/* UsageError */.eb(`no build_config named "${name}" (known: ${known})`);
    }
    const attrs = node.attrs;
    const jobs = attrs.jobs;
    return {
        name: node.name,
        buildCache: attrs.build_cache ?? undefined,
        remoteCaches: attrs.remote_caches ?? [],
        writeBack: attrs.write_back === true,
        defaultFarm: attrs.default_farm ?? DEFAULT_CONFIG.defaultFarm,
        jobs: typeof jobs === 'number' ? jobs : typeof jobs === 'bigint' ? Number(jobs) : undefined,
    };
}

;// CONCATENATED MODULE: ./lib/storage/manager.js




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
        await (0,promises_.pipeline)(await from.read(layer), writer);
        const copied = await to.finishLayer(layer.mediaType, layer.platform, writer);
        if (copied.digest !== layer.digest) {
            throw corruptBlobError(layer.digest, `copying ${id_format_idToString(id)} produced ${copied.digest}`);
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
        throw new errors/* EdoError */.bX(`artifact ${id_format_idToString(id)} is not in the build cache or any remote cache`);
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
            this.policy.warn?.(`remote cache ${index + 1}: cannot ${what} ${id_format_idToString(id)}: ${err.message}`);
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./lib/engine/storage.js


/**
 * The storage manager a build config describes: its build cache (a named storage_backend, else
 * the workspace's local store) with its remote caches read through, in order.
 */
async function openStorageManager(config, backend, paths, warn) {
    const buildCache = config.buildCache !== undefined ? await backend(config.buildCache) : await LocalStore.open(paths.store);
    const remoteCaches = await Promise.all(config.remoteCaches.map(backend));
    return new CacheManager({ buildCache, remoteCaches, writeBack: config.writeBack, warn });
}

;// CONCATENATED MODULE: ./lib/engine/target-view.js



/**
 * A source seen as a transform, so every target is driven the same way: its id is the source's,
 * building it is fetching it, and it needs no environment.
 */
class SourceTransform {
    source;
    storage;
    constructor(source, storage) {
        this.source = source;
        this.storage = storage;
    }
    environment() {
        return '';
    }
    depends() {
        return [];
    }
    getUniqueId(_handle) {
        return this.source.getUniqueId();
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    async transform(log, _handle, _env) {
        return { kind: 'success', artifact: await this.source.fetch(log, this.storage) };
    }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX('a source has no shell');
    }
}
/**
 * A target as transforms see it through the handle: the component, with the id the engine stores
 * its artifact under (the component's id digest combined with the plugin digest and the engine's
 * cache format, named after the target's package and name). The id is computed once per build.
 */
class TargetView {
    label;
    kind;
    component;
    pluginDigest;
    id;
    constructor(label, kind, component, pluginDigest) {
        this.label = label;
        this.kind = kind;
        this.component = component;
        this.pluginDigest = pluginDigest;
    }
    getUniqueId(handle) {
        this.id ??= this.component.getUniqueId(handle).then((own) => {
            const { pkg, name } = parseLabel(this.label, '');
            return { ...(pkg !== '' && { pkg }), name, digest: targetDigest(own.digest, this.pluginDigest) };
        });
        return this.id;
    }
    environment() {
        return this.component.environment();
    }
    depends() {
        return this.component.depends();
    }
    prepare(log, handle) {
        return this.component.prepare(log, handle);
    }
    stage(log, handle, env) {
        return this.component.stage(log, handle, env);
    }
    transform(log, handle, env) {
        return this.component.transform(log, handle, env);
    }
    canShell() {
        return this.component.canShell();
    }
    shell(env) {
        return this.component.shell(env);
    }
}

;// CONCATENATED MODULE: ./lib/engine/engine.js















/** The farm every workspace has without declaring it. */
function implicitLocalFarm(paths) {
    return {
        kind: 'local',
        name: 'local',
        id: 'local',
        attrs: {},
        position: { file: (0,external_node_path_.join)(paths.root, WORKSPACE_FILE), line: 1, col: 1 },
    };
}
/**
 * A loaded workspace: its build files evaluated, the component registries filled, components
 * created on demand. One per command.
 */
class Engine {
    paths;
    model;
    components;
    rules;
    lock;
    pluginDigests;
    graph = new BuildGraph();
    views = new Map();
    farms = new Map();
    farmsSetUp = new Map();
    storageManager;
    args;
    config;
    /** Where warnings go (a remote cache that fails, ...); the CLI points it at stderr. */
    warn = (message) => process.stderr.write(`edo: warning: ${message}\n`);
    constructor(paths, model, components, rules, lock, 
    /**
     * Rule kind → digest of the plugin that implements it, filled when a plugin's rules are
     * registered (before evaluation, in `open`); part of those targets' cache keys.
     */
    pluginDigests, options) {
        this.paths = paths;
        this.model = model;
        this.components = components;
        this.rules = rules;
        this.lock = lock;
        this.pluginDigests = pluginDigests;
        this.config = selectConfig(model, options.config);
        // Components may label what they create with the workspace and this build (the docker farm does).
        this.args = { workspace: paths.root, build: (0,external_node_crypto_.randomBytes)(6).toString('hex'), ...options.args };
        for (const target of model.targets.values()) {
            this.graph.add({
                label: target.node.id,
                deps: target.deps,
                data: target,
                position: target.node.position,
            });
        }
    }
    static async open(cwd, options = {}) {
        const paths = findWorkspace(cwd, options.env);
        const components = new ComponentRegistry();
        const rules = new RuleRegistry();
        const lock = await LockFile.open(paths.root, {
            mode: options.lockMode ?? 'build',
            update: options.lockUpdate,
        });
        // Some built-ins (vendor_source) read the evaluated workspace when they are used.
        const evaluated = {};
        registerBuiltins(components, rules, paths, lock, () => evaluated.model);
        // Plugins declared with plugin(...) register their components and rule kinds here, next to
        // the built-ins and before evaluation, recording each rule kind's plugin digest.
        const pluginDigests = new Map();
        const model = (evaluated.model = await evaluateWorkspace(paths, rules));
        return new Engine(paths, model, components, rules, lock, pluginDigests, options);
    }
    /** The package `dir` is in, relative to the root (`''` for the root), for relative labels. */
    packageOf(dir) {
        const rel = (0,external_node_path_.relative)(this.paths.root, dir);
        if (rel.startsWith('..'))
            return '';
        return rel.split(external_node_path_.sep).join('/');
    }
    /**
     * Target labels matching the patterns (`//...` when none), sorted. A pattern that matches no
     * target is a usage error; a plain unknown label suggests the closest names.
     */
    resolvePatterns(patterns, cwd) {
        const pkg = this.packageOf(cwd);
        const wanted = patterns.length > 0 ? patterns : ['//...'];
        const all = [...this.model.targets.keys()];
        const selected = new Set();
        for (const text of wanted) {
            let pattern;
            try {
                pattern = parsePattern(text, pkg);
            }
            catch (err) {
                if (err instanceof LabelSyntaxError)
                    throw new errors/* UsageError */.eb(err.message);
                throw err;
            }
            if (pattern.kind === 'label') {
                selected.add(this.graph.get(formatLabel(pattern.label)).label);
                continue;
            }
            const matches = all.filter((label) => matchesPattern(pattern, parseLabel(label, '')));
            if (matches.length === 0 && text !== '//...')
                throw new errors/* UsageError */.eb(`pattern ${text} matches no target`);
            for (const label of matches)
                selected.add(label);
        }
        return [...selected].sort();
    }
    /** The storage manager of the selected build config (build cache plus remote caches). */
    storage() {
        this.storageManager ??= openStorageManager(this.config, (name) => this.backend(name), this.paths, (message) => this.warn(message));
        return this.storageManager;
    }
    async backend(name) {
        const node = this.model.backends.get(name);
        if (!node)
            throw new errors/* UsageError */.eb(`no storage_backend named "${name}" (build_config ${this.config.name})`);
        return this.create(this.components.storage, node);
    }
    async create(registry, node) {
        const factory = registry.get(node.kind);
        if (!factory) {
            const known = registry.kinds().join(', ') || 'none';
            throw new errors/* UsageError */.eb(`unknown ${registry.what} kind "${node.kind}" (known: ${known})`, {
                position: node.position,
            });
        }
        return (await factory(node.id, node, await this.context()));
    }
    async context() {
        const storage = await this.storage();
        return {
            getArg: (name) => this.args[name],
            getHandle: () => this.handle(storage),
            storage: () => storage,
            getTransform: (addr) => this.views.get(addr),
            getFarm: (addr) => this.readyFarms.get(addr),
            addSource: (addr, node) => this.create(this.components.sources, { ...node, id: addr }),
        };
    }
    /** Farms already set up, by name, for `context.getFarm` (which is synchronous). */
    readyFarms = new Map();
    /** The farm named `name`, created and set up once per command. */
    farm(name) {
        let ready = this.farmsSetUp.get(name);
        if (!ready) {
            ready = (async () => {
                const node = this.model.farms.get(name) ?? (name === 'local' ? implicitLocalFarm(this.paths) : undefined);
                if (!node) {
                    const known = ['local', ...this.model.farms.keys()].filter((v, i, a) => a.indexOf(v) === i).sort();
                    throw new errors/* UsageError */.eb(`no environment_farm named "${name}" (known: ${known.join(', ')})`);
                }
                let created = this.farms.get(name);
                if (!created) {
                    created = this.create(this.components.farms, node);
                    this.farms.set(name, created);
                }
                const farm = await created;
                // What a farm's setup says (an image built from setup steps) is kept as a log of its own;
                // a setup with nothing to say (the usual, cached case) writes none.
                const output = [];
                try {
                    await farm.setup({ write: (data) => output.push(data) }, await this.storage());
                }
                finally {
                    if (output.length > 0) {
                        const log = await new TargetLogs(this.paths.logs).open(`farm ${name}`);
                        output.forEach((chunk) => log.write(chunk));
                        log.close();
                    }
                }
                this.readyFarms.set(name, farm);
                return farm;
            })();
            this.farmsSetUp.set(name, ready);
        }
        return ready;
    }
    /** The handle transforms get: the storage manager and every target's view. */
    handle(storage) {
        return { storage: () => storage, get: (addr) => this.views.get(addr) };
    }
    /**
     * The view of a target, its component created on first use; the farm it runs in is set up first,
     * since the farm's identity is part of the target's cache key.
     */
    async target(label) {
        const existing = this.views.get(label);
        if (existing)
            return existing;
        const { node: declared, schema } = this.graph.get(label).data;
        const node = this.withDefaultFarm(declared, schema);
        let component;
        if (schema.component === 'source') {
            component = new SourceTransform(await this.create(this.components.sources, node), await this.storage());
        }
        else {
            component = await this.create(this.components.transforms, node);
        }
        const environment = component.environment();
        if (environment !== '')
            await this.farm(environment);
        const view = new TargetView(label, node.kind, component, this.pluginDigests.get(node.kind));
        if (this.views.has(label))
            return this.views.get(label);
        this.views.set(label, view);
        return view;
    }
    /** Fills farm-naming attributes the call left out with the build config's default farm. */
    withDefaultFarm(node, schema) {
        const missing = Object.entries(schema.attrs).filter(([attr, spec]) => spec.farm && node.attrs[attr] === undefined);
        if (missing.length === 0)
            return node;
        const attrs = { ...node.attrs };
        for (const [attr] of missing)
            attrs[attr] = this.config.defaultFarm;
        return { ...node, attrs };
    }
    /** Writes the lock file when this command pinned something new; returns what changed, for printing. */
    async saveLock() {
        if (this.lock.mode === 'locked')
            return [];
        const changes = this.lock.describeChanges();
        if (changes.length > 0)
            await this.lock.save();
        return changes;
    }
}

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
function openEngine(ctx, flags) {
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
            await buildWithSignals(engine, engine.resolvePatterns(targets, ctx.cwd), ctx, flags);
        });
    },
};

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
            const existing = await (0,promises_namespaceObject.readdir)(full).catch(() => []);
            if (existing.length > 0) {
                if (!flags.force)
                    throw new errors/* UsageError */.eb(`${dir} is not empty (use --force to replace its contents)`);
            }
            const summary = await buildWithSignals(engine, labels, ctx, flags);
            const report = summary.targets.find((t) => t.label === labels[0]);
            if (existing.length > 0)
                await (0,promises_namespaceObject.rm)(full, { recursive: true, force: true });
            await checkout(await engine.storage(), idFromString(report.id), full);
            ctx.io.stderr.write(`${report.label} checked out in ${dir}\n`);
        });
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/clean.js


const cleanCommand = {
    register(program, ctx) {
        program
            .command('clean')
            .description("remove the workspace's .edo/ directory: local store, logs, temp files")
            .option('--containers', 'instead, force-remove the containers and volumes crashed builds of this workspace left')
            .action(async (flags) => {
            const paths = findWorkspace(ctx.cwd, ctx.io.env);
            if (flags.containers) {
                // The Docker client is loaded only here: it costs more start-up time than the rest of edo.
                const { connectEngine, reapContainers } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(395)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5395));
                const docker = connectEngine(undefined, ctx.io.env);
                const removed = await reapContainers(docker, { workspace: paths.root });
                ctx.io.stderr.write(`removed ${removed.containers} container(s) and ${removed.volumes} volume(s)\n`);
                return;
            }
            await (0,promises_namespaceObject.rm)(paths.state, { recursive: true, force: true, maxRetries: 3 });
            ctx.io.stderr.write(`removed ${paths.state}\n`);
        });
    },
};

;// CONCATENATED MODULE: ./lib/storage/export.js









/** Image exports are reproducible: every timestamp is this one. */
const EPOCH = '1970-01-01T00:00:00Z';
const GZIP_LAYER_TYPES = new Set([
    oci_MediaType.layerTarGzip,
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const TAR_LAYER_TYPES = new Set([oci_MediaType.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);
/**
 * Writes an artifact whose layers form a root filesystem as an image archive on `out`:
 * `docker` is the docker-archive format `docker load` reads (manifest.json, config, layer tars);
 * `oci` is an OCI image layout as a tar (skopeo's `oci-archive:`). Both carry a full image config
 * (architecture, os, rootfs diff_ids, history with `created`). Layers stream through, verified.
 */
async function exportImage(backend, id, format, out, options = {}) {
    const artifact = await backend.open(id);
    const layers = uniqueLayers(artifact.layers);
    for (const layer of layers) {
        if (!TAR_LAYER_TYPES.has(layer.mediaType) && !GZIP_LAYER_TYPES.has(layer.mediaType)) {
            throw new errors/* EdoError */.bX(`cannot export ${id_format_idToString(id)} as an image: layer ${layer.digest} is ${layer.mediaType}, not a tar`);
        }
    }
    const config = encodeBlob(oci_MediaType.imageConfig, await imageConfig(backend, artifact));
    const tag = options.tag ?? defaultTag(id);
    const pack = tar_stream.pack();
    const written = (0,promises_.pipeline)(external_node_stream_.Readable.from(pack), out);
    try {
        if (format === 'docker')
            await writeDockerArchive(pack, backend, artifact, config, tag);
        else
            await writeOciArchive(pack, backend, artifact, config, tag);
        pack.finalize();
        await written;
    }
    catch (err) {
        pack.destroy(err);
        await written.catch(() => undefined);
        throw err;
    }
}
async function writeDockerArchive(pack, backend, artifact, config, tag) {
    const configName = `${hex(config.descriptor.digest)}.json`;
    const layerName = (layer) => `${hex(layer.digest)}/layer.tar`;
    const manifest = [{ Config: configName, RepoTags: [tag], Layers: artifact.layers.map(layerName) }];
    await addFile(pack, 'manifest.json', Buffer.from(JSON.stringify(manifest)));
    await addFile(pack, configName, config.bytes);
    for (const layer of uniqueLayers(artifact.layers)) {
        await addDirectory(pack, `${hex(layer.digest)}/`);
        await addStream(pack, layerName(layer), layer.size, await backend.read(layer));
    }
}
async function writeOciArchive(pack, backend, artifact, config, tag) {
    const manifest = encodeBlob(oci_MediaType.imageManifest, {
        schemaVersion: 2,
        mediaType: oci_MediaType.imageManifest,
        config: config.descriptor,
        layers: artifact.layers.map(layerDescriptor),
    });
    const index = {
        schemaVersion: 2,
        mediaType: oci_MediaType.imageIndex,
        manifests: [{ ...manifest.descriptor, annotations: { [Annotation.refName]: tag } }],
    };
    await addFile(pack, 'oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    await addFile(pack, 'index.json', Buffer.from(JSON.stringify(index)));
    for (const dir of ['blobs/', 'blobs/sha256/'])
        await addDirectory(pack, dir);
    await addFile(pack, `blobs/sha256/${hex(manifest.descriptor.digest)}`, manifest.bytes);
    await addFile(pack, `blobs/sha256/${hex(config.descriptor.digest)}`, config.bytes);
    for (const layer of uniqueLayers(artifact.layers)) {
        await addStream(pack, `blobs/sha256/${hex(layer.digest)}`, layer.size, await backend.read(layer));
    }
}
/** The OCI image config: what Docker, skopeo and umoci need to treat the layers as an image. */
async function imageConfig(backend, artifact) {
    const { id } = artifact.config;
    const diffIds = [];
    for (const layer of artifact.layers)
        diffIds.push(await diffId(backend, layer));
    const platform = artifact.layers.find((layer) => layer.platform)?.platform;
    const [os, platformArch] = platform ? platform.split('/') : ['linux', undefined];
    return {
        created: EPOCH,
        architecture: goArch(platformArch ?? id.arch ?? process.arch),
        os,
        config: {
            Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
            Labels: { [Annotation.id]: id_format_idToString(id) },
        },
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: artifact.layers.map((layer) => ({ created: EPOCH, created_by: `edo layer ${layer.digest}` })),
    };
}
/** The digest of the layer's uncompressed tar: the layer digest itself unless it is gzipped. */
async function diffId(backend, layer) {
    if (!GZIP_LAYER_TYPES.has(layer.mediaType))
        return layer.digest;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,promises_.pipeline)(await backend.read(layer), (0,external_node_zlib_namespaceObject.createGunzip)(), async (chunks) => {
        for await (const chunk of chunks)
            hash.update(chunk);
    });
    return 'sha256:' + hash.digest('hex');
}
function goArch(arch) {
    const names = { x86_64: 'amd64', x64: 'amd64', aarch64: 'arm64', ia32: '386' };
    return names[arch] ?? arch;
}
/** `name:version` made valid for Docker (lowercase repository, tag characters only). */
function defaultTag(id) {
    const repository = id.name
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/^[-._/]+|[-._/]+$/g, '');
    const tag = (id.version ?? 'latest').replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 128);
    return `${repository || 'edo-artifact'}:${tag}`;
}
function uniqueLayers(layers) {
    const seen = new Set();
    return layers.filter((layer) => !seen.has(layer.digest) && seen.add(layer.digest));
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
function addFile(pack, name, bytes) {
    return addEntry(pack, { ...FIXED_TAR_HEADER, name, mode: 0o644 }, bytes);
}
function addDirectory(pack, name) {
    return addEntry(pack, { ...FIXED_TAR_HEADER, name, type: 'directory', mode: 0o755 });
}
function addStream(pack, name, size, source) {
    return addStreamEntry(pack, { ...FIXED_TAR_HEADER, name, mode: 0o644, size }, source);
}

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
            const id = idFromString(summary.targets.find((t) => t.label === labels[0]).id);
            const storage = await engine.storage();
            const options = flags.tag === undefined ? {} : { tag: flags.tag };
            if (flags.output) {
                await exportImage(storage, id, flags.format, (0,external_node_fs_.createWriteStream)((0,external_node_path_.resolve)(ctx.cwd, flags.output)), options);
                return;
            }
            // stdout stays open for the rest of the process: pipe into it without ending it.
            const out = new external_node_stream_.PassThrough();
            const copied = (0,promises_.pipeline)(out, ctx.io.stdout, { end: false });
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

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
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
    return name === BUILD_FILE || name === WORKSPACE_FILE || name.endsWith('.star');
}
/** Every build file and `.star` file of the workspace (hidden directories and node_modules skipped). */
async function workspaceFiles(dir) {
    const found = [];
    for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === STATE_DIR)
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
                : await workspaceFiles(findWorkspace(ctx.cwd, ctx.io.env).root);
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
            for (const label of engine.resolvePatterns(patterns, ctx.cwd)) {
                const kind = engine.model.targets.get(label).node.kind;
                ctx.io.stdout.write(flags.kind ? `${kind.padEnd(16)} ${label}\n` : `${label}\n`);
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
            const path = await new TargetLogs(engine.paths.logs).latest(label);
            if (!path)
                throw new errors/* UsageError */.eb(`${label} has no log: it has not run here (cached targets write none)`);
            if (flags.path)
                ctx.io.stdout.write(path + '\n');
            else
                await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), ctx.io.stdout, { end: false });
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
            .option('--grace <seconds>', `keep unreferenced blobs younger than this: a build in another process may be saving them (default ${DEFAULT_GC_GRACE_MS / 1000})`, parseSeconds)
            .action(async (flags) => {
            const { store: root } = findWorkspace(ctx.cwd, ctx.io.env);
            if (!(await (0,promises_namespaceObject.stat)(root).catch(() => undefined))) {
                ctx.io.stdout.write(`nothing to prune: no store at ${root}\n`);
                return;
            }
            const store = await LocalStore.open(root);
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

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./lib/starlark/assert.js
/**
 * The built-in `assert.star` module of `edo starlark test`: exports exactly `assert` and `freeze`.
 * A failed assertion raises an error at the caller's position, like `fail`.
 */






function ulp(x) {
    const a = Math.abs(x);
    if (a === 0)
        return Number.MIN_VALUE;
    return Math.pow(2, Math.floor(Math.log2(a)) - 52);
}
/** Equality for assert.eq: floats (or float vs int) within one ULP of each other count as equal. */
function nearlyEqual(x, y) {
    if (equals(x, y))
        return true;
    if (x instanceof Float || y instanceof Float) {
        const a = x instanceof Float ? x.v : typeof x === 'number' || typeof x === 'bigint' ? Number(x) : NaN;
        const b = y instanceof Float ? y.v : typeof y === 'number' || typeof y === 'bigint' ? Number(y) : NaN;
        if (Number.isFinite(a) && Number.isFinite(b))
            return Math.abs(a - b) <= ulp(Math.max(Math.abs(a), Math.abs(b)));
    }
    return false;
}
const methods = [
    [
        'eq',
        (_th, args, kw) => {
            const [x, y] = positional('assert.eq', args, kw, 2, 2);
            if (!nearlyEqual(x, y))
                fail(`${repr(x)} != ${repr(y)}`);
            return null;
        },
    ],
    [
        'ne',
        (_th, args, kw) => {
            const [x, y] = positional('assert.ne', args, kw, 2, 2);
            if (equals(x, y))
                fail(`${repr(x)} == ${repr(y)}`);
            return null;
        },
    ],
    [
        'true',
        (_th, args, kw) => {
            const [cond, msg] = unpackArgs('assert.true', args, kw, ['cond', 'msg?']);
            if (!truth(cond))
                fail(msg === undefined ? 'assertion failed' : str(msg));
            return null;
        },
    ],
    [
        'lt',
        (_th, args, kw) => {
            const [x, y] = positional('assert.lt', args, kw, 2, 2);
            if (!(compare('<', x, y) < 0))
                fail(`${str(x)} is not less than ${str(y)}`);
            return null;
        },
    ],
    [
        'contains',
        (_th, args, kw) => {
            const [coll, x] = positional('assert.contains', args, kw, 2, 2);
            if (!contains(coll, x))
                fail(`${str(coll)} does not contain ${str(x)}`);
            return null;
        },
    ],
    [
        'fails',
        (th, args, kw) => {
            const [fn, pattern] = positional('assert.fails', args, kw, 2, 2);
            if (typeof pattern !== 'string')
                fail(`assert.fails: got ${typeof pattern}, want string pattern`);
            let re;
            try {
                re = new RegExp(decodeUtf8(pattern));
            }
            catch {
                fail(`assert.fails: invalid regular expression: ${pattern}`);
            }
            const saved = th.frame;
            try {
                eval_callValue(th, fn, [], null, th.callerPosition() ?? null);
            }
            catch (e) {
                th.frame = saved;
                if (!(e instanceof StarlarkError))
                    throw e;
                if (/too many steps/.test(e.message))
                    throw e;
                const msg = decodeUtf8(e.message);
                if (!re.test(msg))
                    fail(`regular expression (${pattern}) did not match error (${e.message})`);
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
function assertModule() {
    const fields = new Map(methods.map(([name, impl]) => [name, new Builtin(name, (th, args, kw) => impl(th, args, kw))]));
    const freezeBuiltin = new Builtin('freeze', (_th, args, kw) => {
        const [x] = positional('freeze', args, kw, 1, 1);
        freeze(x);
        return x;
    });
    return new Map([
        ['assert', new Struct(fields, 'assert')],
        ['freeze', freezeBuiltin],
    ]);
}

;// CONCATENATED MODULE: ./lib/cli/commands/starlark.js






function readSource(ctx, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, file), 'utf8');
    }
    catch (e) {
        throw new errors/* EdoError */.bX(`${file}: cannot read: ${e.code ?? String(e)}`);
    }
}
/** Runs FILE as a module; load() paths are relative to the loading file, `assert.star` is built in when testing. */
function runFile(ctx, file, testing) {
    const out = ctx.io.stdout;
    const builtinModules = new Map();
    if (testing)
        builtinModules.set('assert.star', assertModule());
    const load = createLoader((module, fromFile) => {
        // The root is named exactly as given on the command line; loaded files relative to their loader.
        const path = fromFile === ROOT ? module : (0,external_node_path_.join)((0,external_node_path_.dirname)(fromFile), module);
        return { key: (0,external_node_path_.resolve)(ctx.cwd, path), file: path, source: readSource(ctx, path), dialect: dialects.spec };
    }, builtinModules);
    const thread = createThread({ load, print: (msg) => out.write(msg + '\n') });
    load(file, ROOT, thread);
}
const ROOT = '';
function repl(ctx) {
    const rl = (0,external_node_readline_namespaceObject.createInterface)({ input: process.stdin, output: process.stdout, prompt: '>>> ' });
    const thread = createThread({ print: (msg) => ctx.io.stdout.write(msg + '\n') });
    let globals = new Map();
    let chunk = 0;
    rl.prompt();
    rl.on('line', (line) => {
        const file = `<stdin:${++chunk}>`;
        try {
            const isExpr = !/^\s*(def|if|for|while|load|return)\b|=/.test(line) || /==/.test(line);
            const source = isExpr && line.trim() !== '' ? `__repl_value__ = (${line})\n` : line + '\n';
            const result = execModule({ file, source, dialect: dialects.permissive, predeclared: globals, thread });
            const value = result.get('__repl_value__');
            result.delete('__repl_value__');
            globals = new Map([...globals, ...result]);
            if (value !== undefined && value !== null)
                ctx.io.stdout.write(repr(value) + '\n');
        }
        catch (e) {
            if (!(e instanceof StarlarkError))
                throw e;
            ctx.io.stderr.write(e.format() + '\n');
        }
        rl.prompt();
    });
    return new Promise((done) => rl.on('close', done));
}
const starlarkCommand = {
    register(program, ctx) {
        const cmd = program.command('starlark').description('run, check or test Starlark files');
        cmd
            .command('run <file>')
            .description('execute FILE as a Starlark module; print() goes to stdout')
            .action((file) => runFile(ctx, file, false));
        cmd
            .command('check <file>')
            .description('parse and resolve FILE without running it; report the first static error')
            .action((file) => {
            checkFile(file, readSource(ctx, file), { dialect: dialects.permissive });
        });
        cmd
            .command('test <file>')
            .description('execute FILE in test mode: load("assert.star", "assert", "freeze") is available')
            .action((file) => runFile(ctx, file, true));
        cmd
            .command('repl')
            .description('an interactive Starlark prompt')
            .action(() => repl(ctx));
    },
};

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
            .description(`re-resolve ${LOCK_FILE} entries (all, or the NAMES given) to the newest that satisfies`)
            .argument('[names...]', 'entry keys (npm#pkg-a, //app:src) or package names')
            .action(async (names) => {
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
                throw new errors/* UsageError */.eb(`edo update: nothing in ${LOCK_FILE} or the build files is named ${unknown.join(', ')}`);
            }
            // Plugins pin their digests when they are loaded, which update does not do: keep theirs.
            if (names.length === 0)
                lock.pruneUntouched((entry) => entry.kind !== 'plugin');
            const changes = lock.describeChanges();
            await lock.save();
            for (const line of changes)
                ctx.io.stdout.write(`${line}\n`);
            if (changes.length === 0)
                ctx.io.stdout.write(`${LOCK_FILE} is up to date\n`);
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
