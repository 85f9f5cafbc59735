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

/***/ 73057:
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

/***/ 29580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(24434)


/***/ }),

/***/ 13587:
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

/***/ 83867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(13587)

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

/***/ 36204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(29580)
const FIFO = __nccwpck_require__(83867)
const TextDecoder = __nccwpck_require__(97934)

const StreamError = __nccwpck_require__(45657)

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

/***/ 45657:
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

/***/ 20775:
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
  module.exports = (__nccwpck_require__(79896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 35763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(36204)
const FIFO = __nccwpck_require__(83867)
const b4a = __nccwpck_require__(73057)
const headers = __nccwpck_require__(88428)

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

/***/ 88428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 56118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(35763)
exports.pack = __nccwpck_require__(80861)


/***/ }),

/***/ 80861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(36204)
const b4a = __nccwpck_require__(73057)

const constants = __nccwpck_require__(20775)
const headers = __nccwpck_require__(88428)

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

/***/ 97934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(47256)
const UTF8Decoder = __nccwpck_require__(86414)

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

/***/ 47256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 86414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(73057)

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

/***/ 87638:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["componentize"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_componentize_js_a7e85369__.componentize) });

/***/ }),

/***/ 61119:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
module.exports = x({ ["componentEmbed"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentEmbed), ["componentNew"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentNew), ["componentWit"]: () => (__WEBPACK_EXTERNAL_MODULE__bytecodealliance_jco_f0be1b85__.componentWit) });

/***/ }),

/***/ 53730:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("../build/Release/cpufeatures.node");

/***/ }),

/***/ 40406:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./crypto/build/Release/sshcrypto.node");

/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 38321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 18909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(49154);
const { Command } = __nccwpck_require__(34348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(41135);
const { Help } = __nccwpck_require__(79754);
const { Option } = __nccwpck_require__(45240);

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

/***/ 49154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

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

/***/ 34348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(78474).EventEmitter);
const childProcess = __nccwpck_require__(31421);
const path = __nccwpck_require__(76760);
const fs = __nccwpck_require__(73024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(49154);
const { CommanderError } = __nccwpck_require__(41135);
const { Help, stripColor } = __nccwpck_require__(79754);
const { Option, DualOptions } = __nccwpck_require__(45240);
const { suggestSimilar } = __nccwpck_require__(65030);

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

/***/ 41135:
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

/***/ 79754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(49154);

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

/***/ 45240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

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

/***/ 65030:
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

/***/ 46366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main),
  R3: () => (/* binding */ runProcess)
});

// UNUSED EXPORTS: buildProgram

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(18909);
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
var errors = __nccwpck_require__(73434);
;// CONCATENATED MODULE: ./lib/cli/commands/engine-options.js


function addWorkspaceOptions(command) {
    return (command
        .option('--config <name>', 'the build_config to use (default: "default" when declared)')
        // One value each, repeated (as Bazel's --define): a variadic option took the targets after it.
        .option('--arg <key=value>', 'a value components read with context.getArg (repeat for more)', (pair, earlier = []) => [...earlier, pair])
        .option('--locked', 'never write edo.lock.json; fail when an entry is missing or stale'));
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
/**
 * Opens the workspace for a command (the engine is imported only then: `edo --help` and
 * `edo starlark` stay fast). `inspectOnly`: the command only reads the model (targets,
 * graph, logs), so plugins are not started unless something calls one.
 */
async function openEngine(ctx, flags, use = {}) {
    const { Engine } = await Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(806), __nccwpck_require__.e(218), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4753));
    return Engine.open(ctx.cwd, {
        env: ctx.io.env,
        config: flags.config,
        args: parseArgs(flags.arg ?? []),
        lockMode: flags.locked ? 'locked' : 'build',
        diagnostics: ctx.io.stderr,
        inspectOnly: use.inspectOnly,
    });
}
/** `--jobs N`: a positive integer. */
function jobsOption() {
    return new Option('-j, --jobs <n>', 'targets run at once (default: the number of cores plus 2)').argParser((value) => {
        const jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new errors/* UsageError */.eb(`--jobs ${value}: expected a positive integer`);
        return jobs;
    });
}
/** The one target a command such as `edo checkout` works on; a pattern must match exactly one. */
function oneTarget(engine, pattern, cwd, command) {
    const labels = engine.resolvePatterns([pattern], cwd);
    if (labels.length === 1)
        return labels[0];
    // As in Bazel, ":all" is the package's every target, even where one of them is named "all".
    const all = /:all$/.test(pattern) ? '; ":all" means every target of its package' : '';
    throw new errors/* UsageError */.eb(`${command} takes one target, but ${pattern} matches ${labels.length}: ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ', ...' : ''}${all}`);
}

;// CONCATENATED MODULE: ./lib/cli/commands/build.js



/**
 * Runs a build of `labels` with SIGINT/SIGTERM cancelling it: running targets are stopped, their
 * environments torn down, and the command fails once everything has settled.
 */
async function buildWithSignals(engine, labels, ctx, flags) {
    const [{ runBuild }, { chooseReporter }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 85).then(__nccwpck_require__.bind(__nccwpck_require__, 19085)),
        __nccwpck_require__.e(/* import() */ 61).then(__nccwpck_require__.bind(__nccwpck_require__, 29061)),
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
                // With --keep-going, build files with errors are reported and the rest is built.
                const { labels, broken } = flags.keepGoing
                    ? engine.resolvePatternsKeepingGoing(targets, ctx.cwd)
                    : { labels: engine.resolvePatterns(targets, ctx.cwd), broken: [] };
                for (const error of broken)
                    ctx.io.stderr.write(`${error.format()}\n`);
                // A workspace with no targets builds nothing, successfully: say so, since a CI job run
                // from the wrong directory would otherwise pass without having built anything.
                if (labels.length === 0 && broken.length === 0) {
                    const patterns = targets.length > 0 ? targets.join(' ') : '//...';
                    engine.warn(`${patterns} matches no target (no BUILD.edo under ${engine.paths.root} declares one)`);
                }
                await buildWithSignals(engine, labels, ctx, flags);
                if (broken.length > 0) {
                    throw new errors/* UsageError */.eb(`${broken.length} build file(s) with errors, whose targets were not built: ${broken.map(errors/* placeOf */.$t).join(', ')}`);
                }
            }
            finally {
                await engine.close();
            }
        });
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __nccwpck_require__(87563);
;// CONCATENATED MODULE: ./lib/cli/commands/checkout.js






/** DIR, or the nearest of its parents that exists, must be a directory (before anything is built). */
function refuseNonDirectory(full, dir) {
    for (let at = full;; at = (0,external_node_path_.dirname)(at)) {
        const info = (0,fs_util/* statIfPresent */.Nn)(at);
        if (info) {
            if (info.isDirectory())
                return;
            throw new errors/* UsageError */.eb(at === full ? `${dir} exists and is not a directory` : `${dir}: ${at} is not a directory`);
        }
        if (at === (0,external_node_path_.dirname)(at))
            return;
    }
}
/**
 * DIR must not hold the workspace (replacing its contents would delete the sources and the store)
 * nor lie in edo's own state (the store, logs), whichever way it is spelt (`.`, `..`, a path).
 */
function refuseEdoOwnDirectories(dir, full, paths) {
    // Through symbolic links too: a link to the workspace's parent is its parent.
    const real = (0,fs_util/* realPathOf */.dN)(full);
    if (real !== full)
        refuseEdoOwnDirectories(dir, real, realPaths(paths));
    for (const [kept, what] of [
        [paths.root, 'the workspace'],
        [paths.store, "edo's store"],
    ]) {
        if ((0,fs_util/* isWithin */.UO)(kept, full))
            throw new errors/* UsageError */.eb(`${dir} holds ${what} (${kept}): check out elsewhere`);
    }
    for (const inside of [paths.state, paths.store]) {
        if ((0,fs_util/* isWithin */.UO)(full, inside))
            throw new errors/* UsageError */.eb(`${dir} is inside edo's own files (${inside}): check out elsewhere`);
    }
}
function realPaths(paths) {
    return {
        ...paths,
        root: (0,fs_util/* realPathOf */.dN)(paths.root),
        state: (0,fs_util/* realPathOf */.dN)(paths.state),
        store: (0,fs_util/* realPathOf */.dN)(paths.store),
    };
}
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
            const label = oneTarget(engine, target, ctx.cwd, 'checkout');
            const full = (0,external_node_path_.resolve)(ctx.cwd, dir);
            refuseNonDirectory(full, dir);
            refuseEdoOwnDirectories(dir, full, engine.paths);
            const existing = await (0,promises_.readdir)(full).catch(() => []);
            if (existing.length > 0) {
                if (!flags.force)
                    throw new errors/* UsageError */.eb(`${dir} is not empty (use --force to replace its contents)`);
            }
            // SIGINT/SIGTERM after the build stop the extraction, whose temp directory (it can be large)
            // is then removed: buildWithSignals only handles them while it builds. Installed before the
            // build, so no signal falls between the two and kills edo with the temp directory left.
            const controller = new AbortController();
            const cancel = () => controller.abort();
            process.once('SIGINT', cancel);
            process.once('SIGTERM', cancel);
            try {
                const summary = await buildWithSignals(engine, [label], ctx, flags);
                const report = summary.targets.find((t) => t.label === label);
                if (existing.length > 0)
                    await (0,promises_.rm)(full, { recursive: true, force: true });
                const [{ checkout }, { idFromString }] = await Promise.all([
                    Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 29465)),
                    Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 26906)),
                ]);
                await checkout(await engine.storage(), idFromString(report.id), full, controller.signal);
                ctx.io.stderr.write(`${report.label} checked out in ${dir}\n`);
            }
            finally {
                process.off('SIGINT', cancel);
                process.off('SIGTERM', cancel);
            }
        });
    },
};

// EXTERNAL MODULE: ./lib/engine/activity.js
var activity = __nccwpck_require__(55689);
// EXTERNAL MODULE: ./lib/engine/workspace.js
var workspace = __nccwpck_require__(13091);
// EXTERNAL MODULE: ./lib/environment/local/farm.js + 2 modules
var farm = __nccwpck_require__(28665);
// EXTERNAL MODULE: ./lib/environment/scratch-dirs.js
var scratch_dirs = __nccwpck_require__(22636);
;// CONCATENATED MODULE: ./lib/cli/commands/clean.js






const cleanCommand = {
    register(program, ctx) {
        program
            .command('clean')
            .description("remove the workspace's .edo/ directory: local store, logs, temp files")
            .option('--containers', 'instead, force-remove the containers and volumes crashed builds of this workspace left, ' +
            'and the environment directories of edo processes that are gone')
            .action(async (flags) => {
            const paths = (0,workspace.findWorkspace)(ctx.cwd, ctx.io.env);
            if (flags.containers) {
                // The Docker client is loaded only here: it costs more start-up time than the rest of edo.
                const { connectEngine, reapContainers, WORK_ROOT_PREFIX } = await Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(40), __nccwpck_require__.e(707), __nccwpck_require__.e(338)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57707));
                const docker = connectEngine(undefined, ctx.io.env);
                const removed = await reapContainers(docker, { workspace: paths.root });
                // A killed edo could not delete its environments' directories (the temp directory's).
                const directories = await (0,scratch_dirs/* reapScratchDirs */.p)([WORK_ROOT_PREFIX, farm/* LOCAL_ENV_PREFIX */.HD]);
                ctx.io.stderr.write(`removed ${removed.containers} container(s), ${removed.volumes} volume(s) and ` +
                    `${directories} environment director${directories === 1 ? 'y' : 'ies'}\n`);
                return;
            }
            const others = (0,activity/* otherActiveProcesses */.S)(paths.state);
            if (others.length > 0) {
                throw new errors/* UsageError */.eb(`edo (pid ${others.join(', ')}) is using this workspace: removing ${paths.state} now would ` +
                    'fail its build; wait for it to end, or stop it');
            }
            await (0,promises_.rm)(paths.state, { recursive: true, force: true, maxRetries: 3 });
            ctx.io.stderr.write(`removed ${paths.state}\n`);
        });
    },
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(46466);
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
            const label = oneTarget(engine, target, ctx.cwd, 'export');
            // Opened before the build, so a path that cannot be written is said at once.
            const output = flags.output && (await openOutput((0,external_node_path_.resolve)(ctx.cwd, flags.output), flags.output));
            try {
                const summary = await buildWithSignals(engine, [label], ctx, {});
                const [{ exportImage }, { idFromString }] = await Promise.all([
                    __nccwpck_require__.e(/* import() */ 551).then(__nccwpck_require__.bind(__nccwpck_require__, 23551)),
                    Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 26906)),
                ]);
                const id = idFromString(summary.targets.find((t) => t.label === label).id);
                const storage = await engine.storage();
                const options = flags.tag === undefined ? {} : { tag: flags.tag };
                if (output) {
                    await exportImage(storage, id, flags.format, output.stream, options);
                    await output.commit();
                    return;
                }
                // stdout stays open for the rest of the process: pipe into it without ending it.
                const out = new external_node_stream_.PassThrough();
                const copied = (0,external_node_stream_promises_.pipeline)(out, ctx.io.stdout, { end: false });
                await exportImage(storage, id, flags.format, out, options);
                await copied;
            }
            catch (error) {
                if (output)
                    await output.discard();
                throw error;
            }
        });
    },
};
/**
 * The tar goes to a temp file beside FILE, renamed over it once complete: a failed export leaves
 * FILE as it was, not half-written.
 */
async function openOutput(file, given) {
    const temp = (0,fs_util/* tempBeside */.p8)(file, 'export');
    let handle;
    try {
        handle = await (0,promises_.open)(temp, 'wx');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`--output ${given}: cannot write there (${error.code})`);
    }
    return {
        stream: handle.createWriteStream(),
        commit: () => (0,promises_.rename)(temp, file),
        discard: async () => {
            await handle.close().catch(() => undefined);
            await (0,promises_.rm)(temp, { force: true });
        },
    };
}

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
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./lib/cli/commands/fmt.js








/** The buildifier binary shipped in the `@bazel/buildifier` package, for this platform. */
function buildifierPath() {
    const require = (0,external_node_module_.createRequire)(import.meta.url);
    const dir = (0,external_node_path_.dirname)(require.resolve('@bazel/buildifier/package.json'));
    const cpu = { x64: 'amd64', arm64: 'arm64', riscv64: 'riscv64' }[(0,external_node_os_.arch)()];
    const os = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[(0,external_node_os_.platform)()];
    if (!cpu || !os)
        throw new errors/* EdoError */.bX(`buildifier has no binary for ${(0,external_node_os_.platform)()}/${(0,external_node_os_.arch)()}`);
    return (0,external_node_path_.join)(dir, `buildifier-${os}_${cpu}${os === 'windows' ? '.exe' : ''}`);
}
function isStarlarkFile(name) {
    return name === workspace.BUILD_FILE || name === workspace.WORKSPACE_FILE || name.endsWith('.star');
}
/** Every build file and `.star` file of the workspace, in the directories the engine searches. */
async function workspaceFiles(root) {
    const ignored = (0,workspace.ignoredDirectories)(root);
    const found = [];
    const walk = async (dir, rel) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const sub = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!(0,workspace.neverSearched)(entry.name) && !ignored.has(sub))
                    await walk((0,external_node_path_.join)(dir, entry.name), sub);
            }
            else if (entry.isFile() && isStarlarkFile(entry.name)) {
                found.push((0,external_node_path_.join)(dir, entry.name));
            }
        }
    };
    await walk(root, '');
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
                : await workspaceFiles((0,workspace.findWorkspace)(ctx.cwd, ctx.io.env).root);
            if (targets.length === 0)
                throw new errors/* UsageError */.eb('no build files to format');
            const missing = targets.filter((file) => !(0,fs_util/* statIfPresent */.Nn)(file)?.isFile());
            if (missing.length > 0) {
                throw new errors/* UsageError */.eb(`no such file: ${missing.map((file) => (0,external_node_path_.relative)(ctx.cwd, file)).join(', ')}`);
            }
            const unformatted = [];
            for (const type of ['build', 'bzl']) {
                const group = targets.filter((f) => (type === 'bzl') === f.endsWith('.star'));
                if (group.length === 0)
                    continue;
                const mode = flags.check ? 'check' : 'fix';
                // No list sorting: in edo the order of deps is meaning (a compose's later dep wins, and
                // it is part of the key), where Bazel's BUILD mode takes it as noise.
                const result = await buildifier([
                    `-mode=${mode}`,
                    '-lint=off',
                    '-buildifier_disable=listsort',
                    `-type=${type}`,
                    ...group,
                ]);
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
            const engine = await openEngine(ctx, flags, { inspectOnly: true });
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
            const engine = await openEngine(ctx, flags, { inspectOnly: true });
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
            const engine = await openEngine(ctx, flags, { inspectOnly: true });
            const label = oneTarget(engine, target, ctx.cwd, 'log');
            const { TargetLogs } = await __nccwpck_require__.e(/* import() */ 19).then(__nccwpck_require__.bind(__nccwpck_require__, 71019));
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
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./lib/cli/commands/plugin.js




// The plugin build code pulls in jco: it is loaded only when a plugin command runs.
const projectApi = () => Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(60), __nccwpck_require__.e(893), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35011));
/** The example plugins `edo plugin new` starts from (plugins/ of this edo). */
const TEMPLATES = { c: 'c-upper', js: 'js-text', rust: 'rust-wasm' };
const PLUGINS_DIR = (__nccwpck_require__.ab + "plugins");
function languageOf(value) {
    if (!(value in TEMPLATES))
        throw new errors/* UsageError */.eb(`--lang ${value}: one of ${Object.keys(TEMPLATES).join(', ')}`);
    return value;
}
/**
 * A new project from the example plugin of `lang`: its sources (the JS SDK copied in), and its
 * project file renamed, with its rules and tests under the new plugin's name.
 */
async function createProject(target, name, lang) {
    const { PROJECT_FILE } = await projectApi();
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
    // What the template's tests build from (the Rust rule's test crate).
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(template, 'tests')))
        (0,external_node_fs_.cpSync)((0,external_node_path_.join)(template, 'tests'), (0,external_node_path_.join)(target, 'tests'), { recursive: true });
    // The name the plugin's errors carry (Rust's comes from the manifest at build time).
    const renameIn = (file, quote, more = (text) => text) => {
        const entry = (0,external_node_path_.join)(target, 'src', file);
        const text = (0,external_node_fs_.readFileSync)(entry, 'utf8').replace(`${quote}${oldName}${quote}`, `${quote}${name}${quote}`);
        (0,external_node_fs_.writeFileSync)(entry, more(text));
    };
    if (lang === 'js') {
        (0,external_node_fs_.cpSync)((0,external_node_path_.join)(PLUGINS_DIR, 'sdk-js', 'index.js'), (0,external_node_path_.join)(target, 'src', 'sdk.js'));
        renameIn('index.js', "'", (text) => text.replace("'../../sdk-js/index.js'", "'./sdk.js'"));
    }
    else if (lang === 'c') {
        renameIn('upper.c', '"');
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(target, PROJECT_FILE), `${JSON.stringify(project, null, 2)}\n`);
}
/**
 * Runs a plugin build, whose tools (jco, componentize-js) are npm packages the bundle leaves out:
 * the action and the runner image run plugins, they do not build them.
 */
async function withBuildTools(build) {
    try {
        return await build();
    }
    catch (error) {
        const missing = /Cannot find (?:package|module) '(@bytecodealliance\/[^'/]+)/.exec(error.message);
        if (error.code !== 'ERR_MODULE_NOT_FOUND' || !missing)
            throw error;
        throw new errors/* UsageError */.eb(`building a plugin needs ${missing[1]}, which this installation of edo does not include ` +
            `(the action and the runner image run plugins, they do not build them): ` +
            `run edo plugin build where edo's npm dependencies are installed`);
    }
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
            const { inspectPlugin } = await projectApi();
            const info = await inspectPlugin((0,external_node_fs_.readFileSync)(path), (0,external_node_path_.basename)(path));
            const { manifest } = info;
            out(`plugin    ${manifest.name}@${manifest.version}\n`);
            const { interfaceProblem } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(242)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79242));
            const refused = interfaceProblem(manifest);
            out(`interface ${manifest.interface}${refused ? ` (not loadable: ${refused})` : ''}\n`);
            out(`digest    ${info.digest}\n`);
            out(`size      ${info.size} bytes\n`);
            for (const [kind, names] of Object.entries(manifest.provides)) {
                if (names.length > 0)
                    out(`provides  ${kind}: ${names.join(', ')}\n`);
            }
            for (const [rule, schema] of Object.entries(manifest.rules)) {
                // `name?` for an attribute a call may leave out.
                const attrs = Object.entries(schema.attrs).map(([name, spec]) => spec.required ? name : `${name}?`);
                out(`rule      ${rule}(${attrs.join(', ')}) -> transform ${schema.transform}\n`);
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
            .command('list')
            .description('list the plugins the workspace declares: sources, digest, version and what each provides')
            .option('--json', 'print them as JSON')
            .action(async (flags) => {
            const [{ findWorkspace }, { listWorkspacePlugins }] = await Promise.all([
                Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 13091)),
                Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(445), __nccwpck_require__.e(188), __nccwpck_require__.e(643), __nccwpck_require__.e(793), __nccwpck_require__.e(806), __nccwpck_require__.e(218), __nccwpck_require__.e(200)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49200)),
            ]);
            const listed = await listWorkspacePlugins(findWorkspace(ctx.cwd, ctx.io.env));
            if (flags.json) {
                out(`${JSON.stringify(listed, null, 2)}\n`);
                return;
            }
            if (listed.length === 0)
                out('no plugins declared\n');
            for (const [index, plugin] of listed.entries()) {
                if (index > 0)
                    out('\n');
                out(`plugin    ${plugin.name}  ${plugin.label}  (${plugin.declaredAt})\n`);
                out(`sources   ${plugin.sources.join(', ')}\n`);
                out(`resolved  ${plugin.resolved ?? '(none)'}\n`);
                const pinned = plugin.locked ? 'edo.lock.json' : 'file, not locked yet';
                out(`digest    ${plugin.digest ? `${plugin.digest} (${pinned})` : '(unknown)'}\n`);
                const { manifest } = plugin;
                if (manifest) {
                    out(`version   ${manifest.version} (${manifest.interface})\n`);
                    for (const [kind, names] of Object.entries(manifest.provides)) {
                        if (names.length > 0)
                            out(`provides  ${kind}: ${names.join(', ')}\n`);
                    }
                    if (manifest.rules.length > 0)
                        out(`rules     ${manifest.rules.join(', ')}\n`);
                }
                for (const problem of plugin.problems)
                    out(`problem   ${problem}\n`);
            }
        });
        plugin
            .command('push')
            .argument('<file>', 'a plugin component (.wasm)')
            .argument('<ref>', 'oci://host[:port]/repository:tag')
            .description('publish a plugin component to an OCI registry, as an artifact plugin(source = ...) can name')
            .action(async (file, ref) => {
            const path = (0,external_node_path_.resolve)(ctx.cwd, file);
            if (!(0,external_node_fs_.existsSync)(path))
                throw new errors/* UsageError */.eb(`${file}: no such file`);
            const [{ pushPlugin }, { readManifest }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(445), __nccwpck_require__.e(793), __nccwpck_require__.e(806)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9174)),
                Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(242)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79242)),
            ]);
            const bytes = (0,external_node_fs_.readFileSync)(path);
            const manifest = readManifest(bytes, (0,external_node_path_.basename)(path));
            const digest = await pushPlugin(bytes, ref, manifest, ctx.io.env);
            out(`pushed ${manifest.name}@${manifest.version} to ${ref} (${digest})\n`);
        });
        plugin
            .command('build')
            .argument('[dir]', 'the plugin project (with an edo-plugin.json)', '.')
            .description('build a plugin project (C with clang-19, JS with componentize-js, Rust with rustc) into dist/<name>.wasm')
            .action(async (dir) => {
            const { readPluginProject, buildPluginProject } = await projectApi();
            const project = readPluginProject((0,external_node_path_.resolve)(ctx.cwd, dir));
            const built = await withBuildTools(() => buildPluginProject(project));
            out(`${built.path}: ${built.bytes.length} bytes in ${built.buildMs.toFixed(0)} ms\n`);
        });
        plugin
            .command('test')
            .argument('[dir]', 'the plugin project (built with `edo plugin build`)', '.')
            .description('load the built plugin in the plugin host and run the tests of its edo-plugin.json')
            .action(async (dir) => {
            const { readPluginProject, builtComponentPath, PROJECT_FILE } = await projectApi();
            const { runPluginTests } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(643), __nccwpck_require__.e(265)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57265));
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
            .option('--lang <lang>', 'c, js or rust', 'js')
            .action(async (name, flags) => {
            const target = (0,external_node_path_.resolve)(ctx.cwd, name);
            await createProject(target, name, languageOf(flags.lang));
            out(`created ${target}: cd ${name} && edo plugin build && edo plugin test\n`);
        });
        plugin
            .command('bindgen')
            .description('generate guest bindings from the edo:plugin WIT package')
            .option('--lang <lang>', 'the guest language: c (edo.h, edo.c) or rust (edo.rs, the crate edo)', 'c')
            .option('-o, --out <dir>', 'where to write them', '.')
            .action(async (flags) => {
            if (flags.lang !== 'c' && flags.lang !== 'rust')
                throw new errors/* UsageError */.eb(`--lang ${flags.lang}: bindings are generated for c and rust (JS guests use jco's types)`);
            const outDir = (0,external_node_path_.resolve)(ctx.cwd, flags.out);
            (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
            const { WIT_DIR } = await projectApi();
            const files = flags.lang === 'c'
                ? (await __nccwpck_require__.e(/* import() */ 60).then(__nccwpck_require__.bind(__nccwpck_require__, 89060))).writeCBindings(WIT_DIR, outDir)
                : (await Promise.all(/* import() */[__nccwpck_require__.e(60), __nccwpck_require__.e(893)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46893))).writeRustBindings(WIT_DIR, outDir);
            for (const file of files)
                out(`${file}\n`);
        });
    },
};

// EXTERNAL MODULE: ./lib/plugin/cache-policy.js
var cache_policy = __nccwpck_require__(79552);
// EXTERNAL MODULE: ./lib/storage/local-store.js + 3 modules
var local_store = __nccwpck_require__(12149);
;// CONCATENATED MODULE: ./lib/cli/commands/prune.js





const pruneCommand = {
    register(program, ctx) {
        program
            .command('prune')
            .description(`remove blobs of the local store that no artifact references, stale temp files and compiled plugins ${cache_policy/* PRUNED_PLUGINS */.s} (with --keep-newest, older builds of each target first)`)
            .option('-n, --dry-run', 'report what would be removed, remove nothing')
            .option('--keep-newest', 'first drop every artifact but the newest of each target (package, name and arch), as the GitHub Action does before caching the store')
            .option('--grace <seconds>', `keep unreferenced blobs younger than this: a build in another process may be saving them (default ${local_store/* DEFAULT_GC_GRACE_MS */.H / 1000})`, parseSeconds)
            .action(async (flags) => {
            const paths = (0,workspace.findWorkspace)(ctx.cwd, ctx.io.env);
            const { defaultCacheDir, prunePluginCache } = await __nccwpck_require__.e(/* import() */ 140).then(__nccwpck_require__.bind(__nccwpck_require__, 1140));
            const dropped = await prunePluginCache(defaultCacheDir(paths.root, ctx.io.env), {
                dryRun: flags.dryRun,
            });
            if (dropped.length > 0) {
                ctx.io.stdout.write(`${flags.dryRun ? 'would drop' : 'dropped'} ${plural(dropped.length, 'compiled plugin')} ${cache_policy/* PRUNED_PLUGINS */.s}\n`);
            }
            const { store: root } = paths;
            if (!(await (0,promises_.stat)(root).catch(() => undefined))) {
                ctx.io.stdout.write(`nothing to prune: no store at ${root}\n`);
                return;
            }
            const store = await local_store/* LocalStore */.V.open(root);
            const options = {
                dryRun: flags.dryRun,
                ...(flags.grace !== undefined && { graceMs: flags.grace * 1000 }),
            };
            let report;
            if (flags.keepNewest) {
                const pruned = await store.keepNewest(options);
                report = pruned.gc;
                const dropped = plural(pruned.droppedArtifacts, 'older artifact');
                ctx.io.stdout.write(`${flags.dryRun ? 'would drop' : 'dropped'} ${dropped}\n`);
            }
            else {
                report = await store.gc(options);
            }
            const verb = flags.dryRun ? 'would remove' : 'removed';
            if (report.brokenArtifacts.length > 0) {
                ctx.io.stdout.write(`${flags.dryRun ? 'would drop' : 'dropped'} ${plural(report.brokenArtifacts.length, 'artifact')} ` +
                    `whose blobs are missing or corrupt (their targets build again): ${report.brokenArtifacts.join(', ')}\n`);
            }
            // Blobs an artifact just dropped (--keep-newest) are among the young ones: say why they stay.
            const young = report.keptYoungBlobs > 0
                ? ` (${report.keptYoungBlobs} of them unreferenced but newer than the grace period of ` +
                    `${(options.graceMs ?? local_store/* DEFAULT_GC_GRACE_MS */.H) / 1000} s, for builds in other processes; ` +
                    '--grace 0 removes them when no other edo uses this store)'
                : '';
            ctx.io.stdout.write(`${verb} ${plural(report.removedBlobs, 'blob')} and ${plural(report.removedTempFiles, 'temp file')}, ` +
                `${flags.dryRun ? 'freeing' : 'freed'} ${formatBytes(report.freedBytes)}; ` +
                `kept ${plural(report.keptBlobs, 'blob')}${young}\n`);
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
            const label = oneTarget(engine, target, ctx.cwd, 'shell');
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
                // The transform opens the shell (a plugin's through WIT, which carries no status): the
                // environment it is given records the shell's exit status, which edo then exits with.
                await view.shell(new Proxy(env, {
                    get(target, key) {
                        if (key === 'shell')
                            return async (path) => (ctx.exitStatus = await target.shell(path));
                        const value = Reflect.get(target, key, target);
                        return typeof value === 'function' ? value.bind(target) : value;
                    },
                }));
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
const actions = () => Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(879)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75879));
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
            .description('execute FILE in test mode (load("assert.star", "assert", "freeze") is available), then call each of its test_* functions')
            .action(async (file) => (await actions()).runFile(ctx, file, true));
        cmd
            .command('repl')
            .description('an interactive Starlark prompt')
            .action(async () => (await actions()).repl(ctx));
    },
};

// EXTERNAL MODULE: ./lib/vendor/lock.js
var vendor_lock = __nccwpck_require__(11387);
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
            const { Engine } = await Promise.all(/* import() */[__nccwpck_require__.e(188), __nccwpck_require__.e(806), __nccwpck_require__.e(218), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4753));
            const engine = await Engine.open(ctx.cwd, {
                env: ctx.io.env,
                lockMode: 'update',
                lockUpdate: names,
                diagnostics: ctx.io.stderr,
            });
            const handle = engine.handle(await engine.storage());
            const sources = [...engine.model.targets.values()]
                .filter((target) => target.schema.component === 'source')
                .map((target) => target.node.id)
                .sort();
            await Promise.all(sources.map(async (label) => (await engine.target(label)).getUniqueId(handle)));
            const lock = engine.lock;
            const unknown = lock.unmatchedUpdateNames();
            // A target that exists but pins nothing (a script, a local source) is a different mistake.
            const unpinned = unknown.filter((name) => engine.model.targets.has(name));
            if (unpinned.length > 0) {
                const kinds = unpinned.map((label) => `${label} (${engine.model.targets.get(label).node.kind})`);
                throw new errors/* UsageError */.eb(`edo update: ${kinds.join(', ')} pins nothing: ${vendor_lock/* LOCK_FILE */.FI} holds git refs, image tags, vendor packages and plugins`);
            }
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
    /** The status a command that succeeded exits with, when not 0 (`edo shell`: the shell's). */
    exitStatus = 0;
    constructor(io, startDir) {
        this.io = io;
        this.startDir = startDir;
    }
    /** Set from `-C DIR`; relative to the directory edo was started in. */
    setDirectory(dir) {
        if (dir === undefined)
            return;
        const full = (0,external_node_path_.resolve)(this.startDir, dir);
        if (!(0,fs_util/* statIfPresent */.Nn)(full)?.isDirectory())
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
/**
 * System errors the machine causes rather than edo (a permission, a full disk, too many open files,
 * a file where a directory must be), as one line without a stack trace; undefined for anything else.
 */
function machineError(err) {
    // Duck-typed: errors from Node's own realm are not `instanceof Error` in every context (jest).
    const failure = (err ?? {});
    if (typeof failure.syscall !== 'string' || typeof failure.message !== 'string')
        return undefined;
    switch (failure.code) {
        case 'EACCES':
        case 'EPERM':
            // A .edo/ made by root in a container, then used by a developer, is the common case.
            return `${failure.message} (edo runs as uid ${process.getuid?.() ?? '?'}: is it owned by another user?)`;
        case 'ENOTDIR':
        case 'EISDIR':
        case 'EROFS':
        case 'ENOSPC':
        case 'EDQUOT':
        case 'EMFILE':
        case 'ENFILE':
            return failure.message;
        default:
            return undefined;
    }
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
        return ctx.exitStatus;
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
        const machine = machineError(err);
        if (machine) {
            io.stderr.write(`error: ${machine}\n`);
            return errors/* ExitCode */.yU.failed;
        }
        // Not a user mistake: a bug in edo. Show everything so it can be reported.
        io.stderr.write(`edo: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return errors/* ExitCode */.yU.failed;
    }
}
/** Runs the CLI as this process: its arguments, standard streams, environment and directory. */
async function runProcess() {
    // `edo list | head`: once the reader is gone, what is left to print is dropped and the command
    // finishes as it would have (a build still ends cleanly), rather than crashing on EPIPE.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
        });
    }
    process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, process.cwd());
}


/***/ }),

/***/ 55689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ otherActiveProcesses),
/* harmony export */   y: () => (/* binding */ markActive)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _storage_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(43649);



/**
 * Which edo processes use a workspace's state: each command that opens the workspace leaves a
 * file under `.edo/active/` while it runs, so `edo clean` does not pull the store from under a
 * build. A killed process leaves its file; it is ignored (and removed) once the process is gone.
 */
const ACTIVE_DIR = 'active';
/** Marks this process as using `stateDir`; the returned function unmarks it. */
function markActive(stateDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, ACTIVE_DIR);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, String(process.pid));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_storage_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .ownerLine */ .oE)());
    }
    catch {
        // A read-only workspace: commands that only read it still run, unmarked.
        return () => undefined;
    }
    return () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
}
/** The pids of other live edo processes using `stateDir`. */
function otherActiveProcesses(stateDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, ACTIVE_DIR);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const others = [];
    for (const name of names) {
        if (name === String(process.pid))
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        let owner;
        try {
            owner = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch {
            continue; // removed by its process meanwhile
        }
        if ((0,_storage_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .isOwnerAlive */ .Jc)(owner))
            others.push(Number(name));
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    }
    return others;
}


/***/ }),

/***/ 13091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_FILE: () => (/* binding */ BUILD_FILE),
/* harmony export */   IGNORE_FILE: () => (/* binding */ IGNORE_FILE),
/* harmony export */   STATE_DIR: () => (/* binding */ STATE_DIR),
/* harmony export */   WORKSPACE_FILE: () => (/* binding */ WORKSPACE_FILE),
/* harmony export */   findWorkspace: () => (/* binding */ findWorkspace),
/* harmony export */   ignoredDirectories: () => (/* binding */ ignoredDirectories),
/* harmony export */   neverSearched: () => (/* binding */ neverSearched),
/* harmony export */   workspacePaths: () => (/* binding */ workspacePaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73434);



const WORKSPACE_FILE = 'WORKSPACE.edo';
const BUILD_FILE = 'BUILD.edo';
/** Edo's own state (store, logs, locks) in a workspace. */
const STATE_DIR = '.edo';
/** The workspace's list of directories that are never searched (Bazel's `.bazelignore`). */
const IGNORE_FILE = '.edoignore';
/** Directories never searched, wherever they are: for packages, by glob, by `edo fmt`. */
function neverSearched(name) {
    return name === STATE_DIR || name === '.git' || name === 'node_modules';
}
/**
 * The directories `.edoignore` names: one workspace-relative path a line, `#` starting a comment.
 * They are never searched either (a large build-output tree of another tool, say): files in them
 * can still be named one by one.
 */
function ignoredDirectories(root) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, IGNORE_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile())
        return new Set();
    const ignored = new Set();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
        .split('\n')
        .forEach((raw, index) => {
        const line = raw.replace(/#.*/, '').trim();
        if (line === '')
            return;
        const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(line).replace(/^\.\/|\/$/g, '');
        if (path.startsWith('/') || path === '..' || path.startsWith('../') || path === '.') {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${IGNORE_FILE}: "${line}" is not a directory inside the workspace`, {
                position: { file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), file) || IGNORE_FILE, line: index + 1, col: 1 },
            });
        }
        ignored.add(path);
    });
    return ignored;
}
/** Finds the workspace that contains `dir` by walking up to the nearest WORKSPACE.edo. */
function findWorkspace(dir, env = process.env) {
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(current, WORKSPACE_FILE), { throwIfNoEntry: false })?.isFile()) {
            return workspacePaths(current, env);
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
        if (parent === current) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`not inside an edo workspace: no ${WORKSPACE_FILE} in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir)} or above (an empty ${WORKSPACE_FILE} at the root of the repository makes one)`);
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

/***/ 28665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HD: () => (/* binding */ LOCAL_ENV_PREFIX),
  AV: () => (/* binding */ LocalFarm)
});

// UNUSED EXPORTS: DEFAULT_PASS_ENV

// EXTERNAL MODULE: ./lib/model/declaration-attributes.js + 1 modules
var declaration_attributes = __nccwpck_require__(46222);
// EXTERNAL MODULE: ./lib/environment/scratch-dirs.js
var scratch_dirs = __nccwpck_require__(22636);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(46466);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(73434);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __nccwpck_require__(51214);
;// CONCATENATED MODULE: ./lib/environment/local/spawner.js

/** The helper's code, run as `node -e` (so the same from sources, lib/ and the bundle). */
function spawnerMain() {
    const { spawn: start } = process.getBuiltinModule('node:child_process');
    const { rmSync } = process.getBuiltinModule('node:fs');
    const children = new Map();
    /** Environments' directories in use: deleted if edo goes without deleting them. */
    const directories = new Set();
    // Once edo has gone, 'disconnect' is on its way: nothing is left to tell.
    const send = (message) => {
        if (process.connected)
            process.send(message);
    };
    const signalGroup = (child, signal) => {
        if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
            return;
        try {
            process.kill(-child.pid, signal);
        }
        catch {
            // Gone already.
        }
    };
    process.on('message', (message) => {
        if (message.t === 'kill') {
            const child = children.get(message.id);
            if (child)
                signalGroup(child, message.signal);
            return;
        }
        if (message.t === 'hold') {
            directories.add(message.dir);
            return;
        }
        if (message.t === 'release') {
            directories.delete(message.dir);
            return;
        }
        const { id, file, args, cwd, env } = message;
        const child = start(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        children.set(id, child);
        if (child.pid !== undefined)
            send({ t: 'pid', id, pid: child.pid });
        child.stdout.on('data', (data) => send({ t: 'out', id, data }));
        child.stderr.on('data', (data) => send({ t: 'out', id, data }));
        child.once('error', (error) => {
            children.delete(id);
            send({ t: 'error', id, message: error.message });
        });
        // The command is over when its shell exits: what it left running in its process group is
        // killed then (as Bazel's process-wrapper does). Left alone, a stray would outlive the target,
        // and one holding the output pipes would keep the command waiting until it ended.
        child.once('exit', () => {
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Nothing left in the group.
            }
        });
        child.once('close', (code, signal) => {
            children.delete(id);
            send({ t: 'close', id, code, signal });
        });
    });
    process.on('disconnect', () => {
        for (const child of children.values())
            signalGroup(child, 'SIGKILL');
        const removeDirectories = () => {
            for (const dir of directories) {
                try {
                    rmSync(dir, { recursive: true, force: true });
                }
                catch {
                    // What cannot be deleted stays for `edo clean --containers`.
                }
            }
        };
        removeDirectories();
        // A second pass takes what a dying command still wrote during the first.
        removeDirectories();
        process.exit(0);
    });
}
const HELPER_SOURCE = `(${spawnerMain.toString()})()`;
class Spawner {
    helper;
    jobs = new Map();
    nextId = 1;
    run(file, args, options, onOutput) {
        const helper = this.start();
        const id = this.nextId++;
        const exit = new Promise((exited, failed) => this.jobs.set(id, { onOutput, exited, failed }));
        this.holdOpen(true);
        helper.send({ t: 'spawn', id, file, args, cwd: options.cwd, env: options.env });
        let done = false;
        const settled = exit.finally(() => {
            done = true;
        });
        settled.catch(() => undefined);
        return {
            exit: settled,
            // A helper that is gone took its commands with it (see `lost`).
            kill: (signal) => {
                if (!done && this.helper === helper)
                    helper.send({ t: 'kill', id, signal });
            },
        };
    }
    /** An environment's directory in use: the helper deletes it should edo go first. */
    hold(dir) {
        this.start().send({ t: 'hold', dir });
    }
    /** The directory is gone (or going): the helper forgets it. */
    release(dir) {
        this.helper?.send({ t: 'release', dir });
    }
    start() {
        if (this.helper)
            return this.helper;
        // An empty environment: nothing of the user's (NODE_OPTIONS above all) applies to the helper.
        const helper = (0,external_node_child_process_.spawn)(process.execPath, ['-e', HELPER_SOURCE], {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
            serialization: 'advanced',
            env: {},
            // Its own process group: a Ctrl-C in the terminal goes to edo, which cancels through the
            // helper; had it reached the helper too, the commands would have lost the one that kills them.
            detached: true,
        });
        helper.on('message', (message) => {
            const job = this.jobs.get(message.id);
            if (!job)
                return;
            if (message.t === 'pid') {
                job.pid = message.pid;
                return;
            }
            if (message.t === 'out') {
                job.onOutput(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
                return;
            }
            this.jobs.delete(message.id);
            if (message.t === 'close')
                job.exited({ code: message.code, signal: message.signal });
            else
                job.failed(new Error(message.message));
            this.holdOpen(this.jobs.size > 0);
        });
        // Its commands fail with it (the next command starts a new helper).
        const lost = (why) => {
            if (this.helper !== helper)
                return;
            this.helper = undefined;
            const failure = new Error(`the helper that starts commands ${why}`);
            for (const job of this.jobs.values()) {
                killGroup(job.pid, 'SIGKILL');
                job.failed(failure);
            }
            this.jobs.clear();
        };
        helper.once('exit', (code, signal) => lost(`exited (${signal ?? `code ${code}`})`));
        helper.on('error', (error) => lost(`failed: ${error.message}`));
        this.helper = helper;
        this.holdOpen(false);
        return helper;
    }
    /** The helper keeps this process alive only while commands run. */
    holdOpen(running) {
        const helper = this.helper;
        if (!helper)
            return;
        const channel = helper.channel;
        if (running) {
            helper.ref();
            channel?.ref();
        }
        else {
            helper.unref();
            channel?.unref();
        }
    }
}
/** Sends `signal` to a process group that may be gone already. */
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // Gone already.
    }
}
let spawner;
const theSpawner = () => (spawner ??= new Spawner());
/**
 * Puts an environment's directory in the helper's care until `releaseDirectory`: if edo goes
 * without deleting it (SIGKILL, a crash), the helper does. Starts the helper, so that it is ready
 * by the environment's first command.
 */
function holdDirectory(dir) {
    theSpawner().hold(dir);
}
/** The environment's directory is gone (or going): the helper forgets it. */
function releaseDirectory(dir) {
    spawner?.release(dir);
}
/** Starts `file args` detached (its own process group) from the helper; output goes to `onOutput`. */
function spawnDetached(file, args, options, onOutput) {
    return theSpawner().run(file, args, options, onOutput);
}

// EXTERNAL MODULE: ./lib/environment/local/tar.js
var tar = __nccwpck_require__(18394);
;// CONCATENATED MODULE: ./lib/environment/local/environment.js










/**
 * One local environment: a temp directory on the host. Paths given to its methods are relative to
 * that directory (absolute paths are taken as inside it too) and may not leave it.
 */
class LocalEnvironment {
    root;
    variables;
    running = new Set();
    scripts = 0;
    closed = false;
    constructor(root, farmVariables) {
        this.root = root;
        this.variables = { ...farmVariables, HOME: (0,external_node_path_.join)(root, 'home'), TMPDIR: (0,external_node_path_.join)(root, 'tmp') };
        // Deleted by the command helper should edo go without `clean` (SIGKILL, a crash).
        holdDirectory(root);
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
        const exits = [...this.running].map((command) => {
            command.kill('SIGKILL');
            return command.exit.catch(() => undefined);
        });
        await Promise.all(exits);
    }
    async clean(_log) {
        await (0,promises_.rm)(this.root, { recursive: true, force: true, maxRetries: 3 });
        releaseDirectory(this.root);
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
        // Its own process group, so `down` can kill whatever the script started.
        const command = spawnDetached('/bin/sh', ['-eu', scriptPath], { cwd, env: this.variables }, (chunk) => log.write(chunk));
        this.running.add(command);
        try {
            const { code, signal } = await command.exit;
            // The shell itself killed (its EXIT trap cannot run): only the exit tells why.
            if (signal)
                log.write(`\nedo: killed by signal ${signal}\n`);
            return code === 0;
        }
        catch (err) {
            throw new errors/* EdoError */.bX(`cannot start /bin/sh: ${err.message}`);
        }
        finally {
            this.running.delete(command);
        }
    }
    async shell(path) {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-i'], {
            cwd: this.hostPath(path),
            env: { ...this.variables, PS1: `edo:${(0,external_node_path_.relative)(this.root, this.hostPath(path)) || '.'}$ ` },
            stdio: 'inherit',
        });
        return new Promise((done, fail) => {
            child.once('error', fail);
            child.once('close', (code, signal) => done(code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0)));
        });
    }
}

;// CONCATENATED MODULE: ./lib/environment/local/farm.js



/** Host variables a local environment sees by default; everything else is cleared. */
const DEFAULT_PASS_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'];
/** What a `local` farm's declaration may set. */
const LOCAL_FARM_ATTRS = ['env', 'pass_env'];
/** Prefix of every local environment's temp directory, so leftovers of a crash are recognisable. */
const LOCAL_ENV_PREFIX = 'edo-env-';
/**
 * The `local` farm: each environment is a fresh temp directory on the host, commands run with
 * `/bin/sh` and a cleared environment (an allowlist of host variables plus the farm's `env`),
 * `HOME` and `TMPDIR` inside the temp dir. Not hermetic: the host's tools and files are reachable.
 */
class LocalFarm {
    variables;
    constructor(node, hostEnv = process.env) {
        const { strList, strDict } = (0,declaration_attributes/* declarationAttributes */.g)(node, 'environment_farm', LOCAL_FARM_ATTRS);
        const passEnv = strList('pass_env') ?? [...DEFAULT_PASS_ENV];
        const passed = {};
        for (const name of passEnv) {
            const value = hostEnv[name];
            if (value !== undefined)
                passed[name] = value;
        }
        this.variables = { ...passed, ...strDict('env') };
    }
    async setup(_log, _storage) { }
    async create(_log, path) {
        const root = await (0,scratch_dirs/* makeScratchDir */.K)(LOCAL_ENV_PREFIX, path);
        return new LocalEnvironment(root, this.variables);
    }
    async identity() {
        return { kind: 'local', platform: process.platform, arch: process.arch, env: this.variables };
    }
}


/***/ }),

/***/ 18394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ extractTarInto),
/* harmony export */   x: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(46466);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(29465);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(10500);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(96104);






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

/***/ 22636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeScratchDir),
/* harmony export */   p: () => (/* binding */ reapScratchDirs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);



/**
 * A fresh directory in the temp directory for an environment's files, named
 * `<prefix><pid>-<hint>-XXXXXX` after the process that owns it: one left behind by a process that
 * was killed outright (SIGKILL, a crash) can then be told from one still in use and deleted
 * (`edo clean --containers`). `hint` is made safe for a file name and shortened.
 */
function makeScratchDir(prefix, hint) {
    const safeHint = hint.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(-40);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `${prefix}${process.pid}-${safeHint}-`));
}
/**
 * Deletes the scratch directories with one of `prefixes` whose owning process is gone (on this
 * machine: the temp directory is local). Directories of live processes, and ones not named after
 * a process, are left alone. Returns how many were deleted.
 */
async function reapScratchDirs(prefixes) {
    const dir = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    let reaped = 0;
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        const prefix = prefixes.find((p) => name.startsWith(p));
        const pid = prefix === undefined ? undefined : /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
        if (pid === undefined || isRunning(Number(pid)))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { recursive: true, force: true });
        reaped += 1;
    }
    return reaped;
}
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: it runs, as another user.
        return err.code === 'EPERM';
    }
}


/***/ }),

/***/ 51214:
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

/***/ 46222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ declarationAttributes),
  Z: () => (/* binding */ isDict)
});

// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(73434);
// EXTERNAL MODULE: ./lib/model/names.js
var names = __nccwpck_require__(71133);
;// CONCATENATED MODULE: ./lib/model/node.js


/**
 * Refuses the attributes a built-in kind does not take (`environment_farm(kind = "local",
 * pas_env = ...)` would otherwise be ignored), suggesting the one meant. `declaration` is the
 * function that declared it (`environment_farm`, `storage_backend`, `vendor`).
 */
function refuseUnknownAttributes(node, declaration, known) {
    for (const key of Object.keys(node.attrs)) {
        if (known.includes(key))
            continue;
        throw new errors/* UsageError */.eb(`${declaration} "${node.name}": unknown attribute "${key}" for kind "${node.kind}"${(0,names/* didYouMean */.a)(key, known)}`, { position: node.position });
    }
}

;// CONCATENATED MODULE: ./lib/model/declaration-attributes.js


function isDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Readers of a workspace declaration's attributes (`environment_farm`, `vendor`...), shared by the
 * built-in kinds. An attribute not in `known` is refused at once; each reader refuses a value of
 * the wrong shape, naming the declaration and what was expected. An attribute left out (or None)
 * reads as undefined.
 */
function declarationAttributes(node, declaration, known) {
    refuseUnknownAttributes(node, declaration, known);
    const fail = (message) => {
        throw new errors/* UsageError */.eb(`${declaration} "${node.name}": ${message}`, { position: node.position });
    };
    const given = (key) => {
        const value = node.attrs[key];
        return value === null ? undefined : value;
    };
    return {
        fail,
        given,
        str(key) {
            const value = given(key);
            if (value !== undefined && (typeof value !== 'string' || value === ''))
                fail(`"${key}" must be a non-empty string`);
            return value;
        },
        strList(key) {
            const value = given(key);
            if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string')))
                fail(`"${key}" must be a list of strings`);
            return value;
        },
        strDict(key) {
            const value = given(key);
            if (value === undefined)
                return {};
            if (!isDict(value) || Object.values(value).some((v) => typeof v !== 'string'))
                fail(`"${key}" must be a dict of strings to strings`);
            return { ...value };
        },
        positive(key) {
            const value = given(key);
            if (value === undefined)
                return undefined;
            const n = typeof value === 'bigint' ? Number(value) : value;
            if (typeof n !== 'number' || !(n > 0))
                fail(`"${key}" must be a positive number`);
            return n;
        },
    };
}


/***/ }),

/***/ 64505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73434);


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

/***/ 73434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   FE: () => (/* binding */ withDetails),
/* harmony export */   Jk: () => (/* binding */ UnreachableError),
/* harmony export */   _q: () => (/* binding */ atDeclaration),
/* harmony export */   bX: () => (/* binding */ EdoError),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   dg: () => (/* binding */ pathForMessages),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   tj: () => (/* binding */ WritesRefusedError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
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
/** The error with more lines under it (a log's excerpt, its path, other places that failed). */
function withDetails(error, more) {
    if (more.length === 0)
        return error;
    const details = [...(error.context.details ?? []), ...more];
    return new EdoError(error.message, { ...error.context, details }, error.exitCode, error);
}
/** Where an error happened, as `FILE:LINE:COL`, or its message when it has no position. */
function placeOf(error) {
    const at = error.context.position;
    return at ? `${at.file}:${at.line}:${at.col}` : error.message;
}
/** A path as messages show it: relative to the current directory when it lies under it. */
function pathForMessages(path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), path);
    return rel === '' || rel.startsWith('..') ? path : rel;
}
/**
 * The error placed at the declaration it arose from (`WORKSPACE.edo:2:1: plugin p: error: ...`),
 * unless it has a position already; anything but an EdoError is returned as it is.
 */
function atDeclaration(error, position, context = {}) {
    if (!(error instanceof EdoError) || error.context.position !== undefined)
        return error;
    const placed = { ...context, ...error.context, position };
    return error instanceof UsageError
        ? new UsageError(error.message, placed)
        : new EdoError(error.message, placed, error.exitCode, error.cause);
}
/** A service could not be reached at all (no connection), as opposed to one that answered an error. */
class UnreachableError extends EdoError {
    constructor(message, context = {}) {
        super(message, context);
        this.name = 'UnreachableError';
    }
}
/**
 * A storage backend refuses every write (a read-only registry, no push permission): a remote
 * cache that throws it is not written to again for the rest of the command.
 */
class WritesRefusedError extends EdoError {
    constructor(message, context = {}) {
        super(message, context);
        this.name = 'WritesRefusedError';
    }
}
/** Why a network request failed: fetch says only "fetch failed" and puts the reason in `cause`. */
function networkReason(err) {
    const cause = err.cause;
    return (cause ?? err).message;
}


/***/ }),

/***/ 26906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   idFromString: () => (/* binding */ idFromString),
/* harmony export */   idToString: () => (/* binding */ idToString),
/* harmony export */   sameId: () => (/* binding */ sameId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73434);

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

/***/ 71133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/* harmony import */ var _starlark_spell_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(39806);

/** The candidates closest to `wanted` (at most three, within a distance that scales with length). */
function closestNames(wanted, candidates) {
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return [...candidates]
        .map((name) => ({ name, distance: (0,_starlark_spell_js__WEBPACK_IMPORTED_MODULE_0__/* .editDistance */ .Y)(wanted, name) }))
        .filter((c) => c.distance <= limit)
        .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
        .slice(0, 3)
        .map((c) => c.name);
}
/** ` (did you mean a, b?)` for the candidates closest to `wanted`, or nothing. */
function didYouMean(wanted, candidates) {
    const suggestions = closestNames(wanted, candidates);
    return suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
}


/***/ }),

/***/ 79552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ PLUGIN_CACHE_UNUSED_MS),
/* harmony export */   s: () => (/* binding */ PRUNED_PLUGINS)
/* harmony export */ });
// How long the plugin cache keeps what it compiled. A module of its own, without the loader's
// imports, so that `edo prune --help` (registered at start-up) can state it.
/** How long a transpiled plugin may go unloaded before `prunePluginCache` drops it. */
const PLUGIN_CACHE_UNUSED_DAYS = 7;
const PLUGIN_CACHE_UNUSED_MS = PLUGIN_CACHE_UNUSED_DAYS * 24 * 3600 * 1000;
/** What `prunePluginCache` drops, as its callers report it. */
const PRUNED_PLUGINS = `not loaded for ${PLUGIN_CACHE_UNUSED_DAYS} days or made by another edo`;


/***/ }),

/***/ 39806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
// Spelling suggestions for names, as starlark-go's internal/spell: for the resolver, at run time
// and for the engine's labels and attributes.
/** Levenshtein-based spelling suggestion, as go.starlark.net's spell.Nearest. */
function nearest(x, candidates) {
    const fold = (s) => s.replace(/_/g, '').toLowerCase();
    const fx = fold(x);
    let best;
    let bestD = Math.floor((fx.length + 1) / 2);
    for (const c of candidates) {
        const d = editDistance(fx, fold(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best;
}
/** Levenshtein distance (also the engine's "did you mean" for labels and attributes). */
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


/***/ }),

/***/ 29465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   checkout: () => (/* binding */ checkout),
/* harmony export */   extractArtifact: () => (/* binding */ extractArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(46466);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(26906);
/* harmony import */ var _fs_util_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(87563);
/* harmony import */ var _layer_files_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(25330);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(43649);










/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer, or `signal`, leaves no partial
 * tree). Temp directories of earlier checkouts into `dir` whose process is gone are removed.
 */
async function checkout(backend, id, dir, signal) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    const notEmpty = () => new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .pathForMessages */ .dg)(target)} exists and is not empty`);
    if (existing && existing.length > 0)
        throw notEmpty();
    const artifact = await backend.open(id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    await removeAbandonedTemps(target);
    const temp = (0,_fs_util_js__WEBPACK_IMPORTED_MODULE_7__/* .tempBeside */ .p8)(target, 'checkout');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
    try {
        try {
            await extractArtifact(backend, artifact, temp, signal);
        }
        catch (err) {
            if (signal?.aborted)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX('checkout cancelled');
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`checkout of ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_6__.idToString)(id)}: ${err.message}`);
            throw err;
        }
        // Another checkout (another edo) may have filled `dir` since it was found empty or absent.
        try {
            if (existing)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                throw notEmpty();
            throw err;
        }
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
        throw err;
    }
}
/**
 * The temp directories (`tempBeside(target, 'checkout')`) of checkouts into `target` whose process
 * is gone: killed outright, or by a signal before it could remove them.
 */
async function removeAbandonedTemps(target) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.checkout-`;
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(parent).catch(() => [])) {
        if (!name.startsWith(prefix))
            continue;
        if ((0,_lock_js__WEBPACK_IMPORTED_MODULE_9__/* .isProcessAlive */ .jW)(Number(name.slice(prefix.length).split('-')[0])))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, name), { recursive: true, force: true });
    }
}
/**
 * Extracts the artifact's layers in order into `dir`, an existing empty directory. Later layers
 * replace earlier entries at the same path. Every entry is checked before anything is written.
 * An aborted `signal` stops the extraction (with an error), leaving what was written so far.
 */
async function extractArtifact(backend, artifact, dir, signal) {
    const tree = new Map();
    const directoryModes = new Map();
    for (const layer of artifact.layers) {
        signal?.throwIfAborted();
        await extractLayer(await (0,_layer_files_js__WEBPACK_IMPORTED_MODULE_8__/* .layerAsTar */ .h)(backend, layer), dir, tree, directoryModes, layer.digest, signal);
    }
    // Directory modes last (deepest first), so a read-only directory does not block its own contents.
    // A directory a later layer replaced is no longer in the tree.
    const deepestFirst = [...directoryModes]
        .filter(([path]) => tree.get(path) === 'directory')
        .sort(([a], [b]) => b.split('/').length - a.split('/').length);
    for (const [path, mode] of deepestFirst)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path), mode);
}
async function extractLayer(stream, root, tree, directoryModes, digest, signal) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_4__.extract();
    // Stops a file being written as well as the loop.
    const stop = () => {
        extract.destroy(new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX('extraction cancelled'));
    };
    signal?.addEventListener('abort', stop);
    // Piped rather than through pipeline(), which would destroy the source when the tar parser
    // fails: a corrupt blob usually breaks the tar before its end, where the store's verifying stream
    // tells what is wrong (the digest), so the rest is still read for that verdict (see below).
    let sourceFailed = false;
    stream.on('error', (err) => {
        sourceFailed = true;
        extract.destroy(err);
    });
    stream.pipe(extract);
    const seenInLayer = new Set();
    let entries = 0;
    try {
        for await (const entry of extract) {
            // Entries already buffered come without an event-loop turn, and small files are written synchronously.
            if (++entries % _fs_util_js__WEBPACK_IMPORTED_MODULE_7__/* .FILES_PER_TURN */ .aJ === 0)
                await (0,_fs_util_js__WEBPACK_IMPORTED_MODULE_7__/* .nextTurn */ .tJ)();
            if (signal?.aborted)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX('extraction cancelled');
            const { header } = entry;
            const unsafe = (why) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
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
            prepareParents(root, path, tree, unsafe);
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            const mode = header.mode & 0o777;
            if (header.type === 'directory') {
                if (tree.get(path) !== 'directory') {
                    await replace(full, path, tree);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(full, { mode: 0o755 });
                    tree.set(path, 'directory');
                }
                directoryModes.set(path, mode);
                entry.resume();
            }
            else if (header.type === 'file' || header.type === 'contiguous-file') {
                await replace(full, path, tree);
                await writeEntry(entry, header.size ?? 0, full, mode);
                tree.set(path, 'file');
            }
            else if (header.type === 'symlink') {
                checkSymlinkTarget(header.linkname ?? '', unsafe);
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
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(stream);
    }
    catch (err) {
        if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX || sourceFailed || signal?.aborted) {
            stream.destroy();
            throw err;
        }
        // The tar parser (or a decompressor) failed: the source's own error, if it has one, says more.
        stream.unpipe(extract);
        stream.resume();
        const verdict = await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(stream).then(() => undefined, (sourceError) => sourceError);
        if (verdict instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX)
            throw verdict;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`layer ${digest} is not a valid tar: ${(verdict ?? err).message}`);
    }
    finally {
        signal?.removeEventListener('abort', stop);
    }
}
/**
 * Files up to this size are gathered in memory and written with synchronous calls (as pack.ts
 * reads them). Most files of a layer are small, and each asynchronous call is a trip through
 * libuv's thread pool that costs more than the system call: 5,000 small files took 1.8 s to
 * extract on tmpfs that way, 0.13 s now, `tar -x` 0.04 s (bench/storage.bench.mjs).
 */
const SMALL_FILE_BYTES = 1024 * 1024;
/** Writes a file entry's bytes to `full`, a path that must not exist yet, with exactly `mode`. */
async function writeEntry(entry, size, full, mode) {
    if (size > SMALL_FILE_BYTES) {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(full, { flags: 'wx', mode }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(full, mode);
        return;
    }
    const chunks = [];
    for await (const chunk of entry)
        chunks.push(chunk);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, 'wx', mode);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
        // The mode given to open is masked by the umask.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
function prepareParents(root, path, tree, unsafe) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const kind = tree.get(parent);
        if (kind === 'directory')
            continue;
        if (kind !== undefined)
            throw unsafe(`its parent ${parent} is a ${kind}, not a directory`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, parent), { mode: 0o755 });
        tree.set(parent, 'directory');
    }
}
/**
 * A symlink is kept as it is, wherever it points: root filesystems are full of absolute ones
 * (`bin/sh -> /bin/busybox`). It is never followed here: no entry is written through one (see
 * `prepareParents`), and whiteouts never remove through one.
 */
function checkSymlinkTarget(target, unsafe) {
    if (target === '')
        throw unsafe('symlink with an empty target');
    if (target.includes('\0'))
        throw unsafe('the symlink target contains a NUL byte');
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

/***/ 87563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ fileSignature),
/* harmony export */   G_: () => (/* binding */ fileSha256Digest),
/* harmony export */   Nn: () => (/* binding */ statIfPresent),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   aJ: () => (/* binding */ FILES_PER_TURN),
/* harmony export */   c7: () => (/* binding */ writeTempFile),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   fR: () => (/* binding */ replaceFile),
/* harmony export */   hO: () => (/* binding */ fsyncDirectory),
/* harmony export */   p8: () => (/* binding */ tempBeside),
/* harmony export */   tJ: () => (/* binding */ nextTurn),
/* harmony export */   u8: () => (/* binding */ tempName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);




/** A unique file name for a temporary file (pid + random), so concurrent writers never collide. */
function tempName(prefix) {
    return `${prefix}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`;
}
/** A temp file name beside `path` (same directory, so a rename over `path` is atomic), hidden. */
function tempBeside(path, prefix) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${tempName(prefix)}`);
}
/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
    }
    catch {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path);
        if (parent === path)
            return path;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(realPathOf(parent), path.slice(parent.length));
    }
}
/** Whether the absolute path `path` is `dir` or lies under it. */
function isWithin(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_3__.sep) ? dir : dir + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
}
/**
 * `statSync` (or `lstatSync`), or undefined where nothing is, including where a parent is a file (ENOTDIR), which
 * `throwIfNoEntry: false` still throws for: `//lib/defs.star` looks under the file lib/defs.star.
 */
function statIfPresent(path, stat = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync) {
    try {
        return stat(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/**
 * Loops that make synchronous file system calls (faster than a thread-pool round trip each for
 * small files) give the event loop a turn every this many files, with `nextTurn()`.
 */
const FILES_PER_TURN = 256;
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** fsync a directory so a rename inside it survives a crash of the machine, not just of edo. */
async function fsyncDirectory(dir) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Creates the new file `temp` holding `data` (fsynced when `sync`), removing it again if anything
 * fails: a full or read-only disk otherwise leaves an empty temp file behind for good.
 */
async function writeTempFile(temp, data, { sync = false, mode = 0o644 } = {}) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', mode);
    try {
        try {
            await handle.writeFile(data);
            if (sync)
                await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw err;
    }
}
/**
 * Writes `data` to `target` atomically: a temp file in `tempDir` (same file system), fsync,
 * rename over the target, fsync the target's directory. Readers see the old or the new file.
 */
async function writeFileAtomic(target, targetDir, tempDir, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, tempName('write'));
    await writeTempFile(temp, data, { sync: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw err;
    }
    await fsyncDirectory(targetDir);
}
/**
 * Replaces `target` with `data` through a temp file in `tempDir`, without fsync: for records whose
 * loss costs only recomputation (readers see the old or the new file, never part of one).
 */
async function replaceFile(target, tempDir, data) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempDir, tempName('replace'));
    await writeTempFile(temp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp));
}
/**
 * What a file looks like on disk. Any write to the file, or its replacement, changes the key (the
 * change time cannot be set by hand), so an unchanged key means unchanged bytes. Undefined when
 * there is no file.
 */
async function fileSignature(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path, { bigint: true }).catch(() => undefined);
    if (!info)
        return undefined;
    return {
        key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(':'),
        modifiedMs: Number(info.mtimeMs),
    };
}
/** `sha256:<hex>` of a file's bytes, streamed in 1 MiB chunks: a large file costs no more memory than a small one. */
async function fileSha256Digest(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }))
        hash.update(chunk);
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 25330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ layerAsTar)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(73434);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(24739);





/**
 * Layers are usually tars of files, but a plugin may store any blob (`finish-layer` takes a media
 * type). Wherever layers become files (checkout, staging into an environment), such a blob is one
 * file, named as in an OCI image layout: `blobs/sha256/<hex>`.
 */
/** Whether the media type is a tar, compressed or not (OCI and Docker layers, `application/x-tar`). */
function isTarLayer(mediaType) {
    return /(^|[./+])(x-)?tar([./+]|$)/.test(mediaType);
}
/** Where a layer that is not a tar appears among its artifact's files. */
function blobLayerPath(layer) {
    if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EdoError */ .bX(`layer digest ${JSON.stringify(layer.digest)} is not a sha256 digest`);
    }
    return `blobs/sha256/${layer.digest.slice('sha256:'.length)}`;
}
/**
 * The layer as an uncompressed tar of files: a gzipped tar is decompressed, a blob that is not a
 * tar is wrapped as the one file `blobLayerPath(layer)`; zstd is refused.
 */
async function layerAsTar(store, layer) {
    if (!isTarLayer(layer.mediaType)) {
        const path = blobLayerPath(layer);
        const archive = tar_stream__WEBPACK_IMPORTED_MODULE_2__.pack();
        const blob = await store.read(layer);
        (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_4__/* .addStreamEntry */ .ay)(archive, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_4__/* .FIXED_TAR_HEADER */ .tr, name: path, mode: 0o644, size: layer.size }, blob).then(() => archive.finalize(), (err) => archive.destroy(err));
        return archive;
    }
    if (/[+.]zstd$/.test(layer.mediaType)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EdoError */ .bX(`layer ${layer.digest} is zstd-compressed (${layer.mediaType}), which is not supported`);
    }
    const stream = await store.read(layer);
    if (/[+.]gzip$/.test(layer.mediaType))
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(stream, (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)(), () => undefined);
    return stream;
}


/***/ }),

/***/ 12149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ DEFAULT_GC_GRACE_MS),
  V: () => (/* binding */ LocalStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ./lib/model/digest.js
var model_digest = __nccwpck_require__(64505);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __nccwpck_require__(73434);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __nccwpck_require__(26906);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./lib/storage/file-layer-writer.js



/**
 * A layer writer that streams into a temp file while hashing: memory use is bounded by the
 * stream's high-water mark, whatever the layer's size. On `finish` the file is fsynced and closed
 * and `digest` is known; the owner then renames the file into place. Destroyed early, it deletes
 * its temp file.
 *
 * A big layer is flushed to disk while it is written (`fdatasync` every few MiB, in the
 * background): the fsync at the end then has little left to do, rather than the whole layer
 * (measured: 50 MiB, 25 ms for one fsync at the end against 1–2 ms after flushing along the way).
 */
class FileLayerWriter extends external_node_stream_.Writable {
    tempPath;
    handle;
    hash = (0,external_node_crypto_.createHash)('sha256');
    written = 0;
    hexDigest;
    /** The background flush in progress, and how much had been written when it started. */
    flushing;
    flushedUpTo = 0;
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
        this.writeAll(buffers).then(() => {
            this.flushInBackground();
            callback();
        }, callback);
    }
    flushInBackground() {
        if (this.flushing || this.written - this.flushedUpTo < FLUSH_EVERY)
            return;
        this.flushedUpTo = this.written;
        // A failed flush is not an error yet: the fsync in _final reports what matters.
        this.flushing = this.handle.datasync().then(() => {
            this.flushing = undefined;
        }, () => {
            this.flushing = undefined;
        });
    }
    _final(callback) {
        const handle = this.handle;
        this.hexDigest = this.hash.digest('hex');
        Promise.resolve(this.flushing)
            .then(() => handle.sync())
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
            await this.flushing;
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
/** Bytes written between background flushes: big enough that small layers never flush early. */
const FLUSH_EVERY = 8 << 20;
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
var fs_util = __nccwpck_require__(87563);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./lib/storage/lock.js + 1 modules
var lock = __nccwpck_require__(43649);
// EXTERNAL MODULE: ./lib/storage/oci.js
var oci = __nccwpck_require__(10500);
;// CONCATENATED MODULE: ./lib/storage/store-index.js








const DEFAULT_COMPACTION = { smallIndexBytes: 64 * 1024, journalRatio: 4 };
const JOURNAL = 'index.journal';
const fdatasync = (0,external_node_util_.promisify)(external_node_fs_.fdatasync);
/**
 * The local store's index: the OCI layout's `index.json` plus `index.journal`, a file of
 * index records (one JSON object a line) not yet folded into it. Rewriting index.json for every
 * saved artifact made each save cost the whole index (92 ms a save with 10,000 artifacts), so a
 * large index takes changes as appended records, and is rewritten only when the journal has
 * grown to a fraction of it (amortised: a bounded cost per record), or on `compact()` (the end
 * of a command: other OCI tools read index.json alone). A small index is rewritten at once, as
 * before, so it always lists everything.
 *
 * Writers hold the store's lock; updates from one process are committed in batches (one append
 * and one fsync for all the saves that queued meanwhile). Readers take no lock: a record is
 * applied only once its line is complete, and replaying records that a concurrent compaction
 * already folded into index.json changes nothing.
 */
class StoreIndex {
    root;
    ingestDir;
    lockPath;
    policy;
    indexPath;
    journalPath;
    packed;
    /** The journal file applied so far (`fileIdentity`; '' for none) and how many of its bytes. */
    journal = { file: '', offset: 0 };
    current;
    checkedThisTurn = false;
    /** Set when a read found a damaged record or index.json: the error went to that reader. */
    damaged = false;
    queue = [];
    committing = false;
    constructor(root, ingestDir, lockPath, policy = DEFAULT_COMPACTION) {
        this.root = root;
        this.ingestDir = ingestDir;
        this.lockPath = lockPath;
        this.policy = policy;
        this.indexPath = (0,external_node_path_.join)(root, 'index.json');
        this.journalPath = (0,external_node_path_.join)(root, JOURNAL);
    }
    /**
     * The entries, by id. Answered from memory, re-checked against the files at most once per
     * event-loop turn, or now when `recheck` (a miss must re-check: another process may have just
     * saved the artifact).
     */
    entries(recheck = false) {
        if (this.current && this.checkedThisTurn && !recheck)
            return this.current;
        const entries = this.refresh();
        if (!this.checkedThisTurn) {
            this.checkedThisTurn = true;
            setImmediate(() => (this.checkedThisTurn = false));
        }
        return entries;
    }
    /** Applies the records `plan` returns, durably, under the store's lock. */
    update(plan) {
        return new Promise((done, fail) => {
            this.queue.push({ plan, done, fail });
            if (!this.committing)
                void this.commitQueued();
        });
    }
    /** Folds the journal into index.json, so it lists every artifact. */
    async compact() {
        // A damaged journal cannot be folded in, and its error was already raised to a reader.
        if (this.damaged)
            return;
        this.refresh();
        if (this.journal.file === '')
            return;
        await (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, () => this.compactLocked());
    }
    /**
     * `compact` for a caller that holds the store's lock; returns the entries. Garbage collection
     * runs it first, so that no blob it removes stays named in index.json.
     */
    async compactLocked() {
        this.refresh();
        if (this.journal.file !== '')
            await this.rewrite([]);
        return this.current;
    }
    /** Removes entries; only for a caller that holds the store's lock. */
    async deleteLocked(keys) {
        this.refresh();
        await this.rewrite(keys.map((key) => ({ del: key })));
    }
    /** The entries as the files say now; only for a caller that holds the store's lock. */
    lockedEntries() {
        return this.refresh();
    }
    /** Writes an empty index (a new store); only for a caller that holds the store's lock. */
    async create() {
        await this.writeIndexFile(new Map(), []);
    }
    async commitQueued() {
        this.committing = true;
        try {
            while (this.queue.length > 0) {
                const batch = this.queue.splice(0);
                const refused = new Set();
                try {
                    await (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, async () => {
                        const entries = this.refresh();
                        const records = [];
                        for (const pending of batch) {
                            try {
                                const planned = pending.plan(entries);
                                for (const record of planned)
                                    apply(entries, record);
                                records.push(...planned);
                            }
                            catch (err) {
                                refused.add(pending);
                                pending.fail(err);
                            }
                        }
                        await this.write(records);
                    });
                }
                catch (err) {
                    // Memory may now hold records that are not on disk: read the files again next time.
                    this.forget();
                    for (const pending of batch)
                        if (!refused.has(pending))
                            pending.fail(err);
                    continue;
                }
                for (const pending of batch)
                    if (!refused.has(pending))
                        pending.done();
            }
        }
        finally {
            this.committing = false;
        }
    }
    /** Makes `records` (already applied in memory) durable: appended, or index.json rewritten. */
    async write(records) {
        if (records.length === 0)
            return;
        const lines = records.map((record) => JSON.stringify(record) + '\n').join('');
        const journalBytes = this.journal.offset + Buffer.byteLength(lines);
        const packedBytes = this.packed?.size ?? 0;
        const { smallIndexBytes, journalRatio } = this.policy;
        if (packedBytes + journalBytes <= smallIndexBytes || journalBytes * journalRatio >= packedBytes) {
            await this.rewrite(records);
            return;
        }
        // Appended synchronously (a few µs), so that no reader runs between the file growing and the
        // entries in memory holding the records; only the fsync is waited for.
        const fd = (0,external_node_fs_.openSync)(this.journalPath, 'a');
        try {
            const info = (0,external_node_fs_.fstatSync)(fd);
            const file = fileIdentity(info);
            let start = info.size;
            // A writer killed mid-append leaves part of a line: readers never applied it; drop it.
            if (file === this.journal.file && info.size > this.journal.offset) {
                start = this.journal.offset;
                (0,external_node_fs_.ftruncateSync)(fd, start);
            }
            const bytes = Buffer.from(lines);
            for (let written = 0; written < bytes.length;)
                written += (0,external_node_fs_.writeSync)(fd, bytes, written);
            this.journal = { file, offset: start + bytes.length };
            await fdatasync(fd);
            // A journal made just now must be in the directory after a crash too.
            if (start === 0)
                await (0,fs_util/* fsyncDirectory */.hO)(this.root);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /**
     * Rewrites index.json with what the files hold plus `records`, and removes the journal (whose
     * records it then holds). Read from the files rather than taken from memory, so that a rewrite
     * can never drop a record that is on disk, whatever memory holds.
     */
    async rewrite(records) {
        this.forget();
        const entries = new Map(this.refresh());
        for (const record of records)
            apply(entries, record);
        // Entries other OCI tools added (without an Edo id) are written back as they were.
        await this.writeIndexFile(entries, this.packed.foreign);
    }
    async writeIndexFile(entries, foreign) {
        const index = {
            schemaVersion: 2,
            mediaType: oci/* MediaType */.zu.imageIndex,
            manifests: [...foreign, ...[...entries.keys()].sort().map((key) => entries.get(key))],
        };
        const text = JSON.stringify(index) + '\n';
        await (0,fs_util/* writeFileAtomic */.Zf)(this.indexPath, this.root, this.ingestDir, text);
        // A crash before the unlink leaves both: replaying the journal over the new index is a no-op.
        const removed = await (0,promises_.unlink)(this.journalPath).then(() => true, (err) => {
            if (err.code !== 'ENOENT')
                throw err;
            return false;
        });
        if (removed)
            await (0,fs_util/* fsyncDirectory */.hO)(this.root);
        const stamp = indexStamp((0,external_node_fs_.statSync)(this.indexPath));
        this.packed = { stamp, size: Buffer.byteLength(text), entries, foreign };
        this.current = new Map(entries);
        this.journal = { file: '', offset: 0 };
    }
    forget() {
        this.packed = undefined;
        this.current = undefined;
        this.journal = { file: '', offset: 0 };
    }
    /**
     * Brings the entries up to date with the files. The journal is opened before index.json is
     * looked at: a compaction in between then only makes records replay over an index that already
     * holds them. Two compactions in between could make an older record win, so the read is tried
     * again when the journal was replaced meanwhile.
     */
    refresh() {
        for (;;) {
            const fd = openIfPresent(this.journalPath);
            try {
                const journal = fd === undefined ? undefined : (0,external_node_fs_.fstatSync)(fd);
                const info = (0,external_node_fs_.statSync)(this.indexPath);
                const stamp = indexStamp(info);
                if (!this.packed || this.packed.stamp !== stamp) {
                    let parsed;
                    try {
                        parsed = parseIndex((0,external_node_fs_.readFileSync)(this.indexPath), this.indexPath);
                    }
                    catch (err) {
                        // The reader reports it; the compaction at the command's end need not say it again.
                        this.damaged = true;
                        throw err;
                    }
                    this.packed = { stamp, size: info.size, ...parsed };
                    this.current = undefined;
                }
                const file = journal ? fileIdentity(journal) : '';
                if (!this.current || this.journal.file !== file || (journal?.size ?? 0) < this.journal.offset) {
                    this.current = new Map(this.packed.entries);
                    this.journal = { file, offset: 0 };
                }
                if (fd !== undefined && journal.size > this.journal.offset) {
                    this.journal.offset += this.applyJournal(fd, this.journal.offset, journal.size, this.current);
                }
                if (journalIdentity(this.journalPath) === file)
                    return this.current;
                this.current = undefined;
            }
            finally {
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            }
        }
    }
    /** Applies the complete lines of the journal between `from` and `to`; returns the bytes used. */
    applyJournal(fd, from, to, entries) {
        const bytes = Buffer.allocUnsafe(to - from);
        let read = 0;
        while (read < bytes.length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, bytes.length - read, from + read);
            if (n === 0)
                break;
            read += n;
        }
        const complete = bytes.lastIndexOf(0x0a, read - 1) + 1;
        let at = from;
        for (const line of bytes.toString('utf8', 0, complete).split('\n')) {
            if (line !== '' && !apply(entries, parseRecord(line))) {
                this.damaged = true;
                throw new errors/* EdoError */.bX(`${this.journalPath}: the record at byte ${at} is damaged (${line.slice(0, 60)}...). Removing ` +
                    `the file drops the artifacts saved since index.json was last written: they are built again.`);
            }
            at += Buffer.byteLength(line) + 1;
        }
        return complete;
    }
}
/** Applies a record to the entries; false when it is not a well-formed record. */
function apply(entries, record) {
    if (record && 'del' in record && typeof record.del === 'string') {
        entries.delete(record.del);
        return true;
    }
    const key = record && 'set' in record ? record.set?.annotations?.[oci/* Annotation */.YH.id] : undefined;
    if (typeof key !== 'string')
        return false;
    entries.set(key, record.set);
    return true;
}
function parseRecord(line) {
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
/** index.json cannot be read: what to do about it, since every command that uses the store fails. */
function damagedIndex(path, what) {
    return new errors/* EdoError */.bX(`${path} ${what}: the store's index is damaged. Remove that file to start an empty index ` +
        '(every target then builds again, and `edo prune` frees the blobs no artifact uses any more)');
}
/** The entries of an index.json. */
function parseIndex(bytes, path) {
    let index;
    try {
        index = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw damagedIndex(path, 'is not valid JSON');
    }
    if (!Array.isArray(index?.manifests))
        throw damagedIndex(path, 'is not an OCI image index');
    const entries = new Map();
    const foreign = [];
    for (const entry of index.manifests) {
        const key = entry.annotations?.[oci/* Annotation */.YH.id];
        if (key === undefined)
            foreign.push(entry);
        else
            entries.set(key, entry);
    }
    return { entries, foreign };
}
function indexStamp(info) {
    return `${fileIdentity(info)}:${info.size}:${info.mtimeMs}`;
}
/**
 * Opens the journal if there is one. Most stores have none most of the time, and this runs at
 * every check of the index: a stat that answers "absent" costs no thrown error.
 */
function openIfPresent(path) {
    if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false }))
        return undefined;
    try {
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (err) {
        // Removed by a compaction since the stat.
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/**
 * Which file this is: its inode and birth time. A file system reuses a removed file's inode number
 * at once, and a journal made anew must not pass for the one read before.
 */
function fileIdentity(info) {
    return `${info.dev}:${info.ino}:${info.birthtimeMs}`;
}
function journalIdentity(path) {
    const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    return info ? fileIdentity(info) : '';
}

// EXTERNAL MODULE: ./lib/storage/streams.js
var streams = __nccwpck_require__(6280);
;// CONCATENATED MODULE: ./lib/storage/verified-blobs.js



/**
 * Which blobs' bytes were hashed and matched their digest, and each blob file's signature then
 * (`fileSignature`): a blob whose signature still matches holds the bytes that were verified, and
 * reading it again need not hash it. One small file per blob under `verified/`; losing one costs a re-verification only, so
 * they are written atomically but not fsynced.
 */
class VerifiedBlobs {
    dir;
    tempDir;
    constructor(dir, tempDir) {
        this.dir = dir;
        this.tempDir = tempDir;
    }
    /** Whether the blob at `path` is unchanged since it was last verified. */
    async has(hex, path) {
        const [recorded, current] = await Promise.all([
            (0,promises_.readFile)((0,external_node_path_.join)(this.dir, hex), 'utf8').catch(() => undefined),
            (0,fs_util/* fileSignature */.$)(path),
        ]);
        return recorded !== undefined && recorded === current?.key;
    }
    /** Notes that the blob at `path` was verified as it is now. */
    async record(hex, path) {
        const signature = await (0,fs_util/* fileSignature */.$)(path);
        if (signature === undefined)
            return;
        await (0,fs_util/* replaceFile */.fR)((0,external_node_path_.join)(this.dir, hex), this.tempDir, signature.key);
    }
    /** Drops the record of one blob (removed as corrupt). */
    async forget(hex) {
        await (0,promises_.unlink)((0,external_node_path_.join)(this.dir, hex)).catch(() => undefined);
    }
    /** Drops the records of blobs that no longer exist. */
    async prune(blobs) {
        for (const hex of await (0,promises_.readdir)(this.dir)) {
            if (!blobs.has(hex))
                await (0,promises_.unlink)((0,external_node_path_.join)(this.dir, hex)).catch(() => undefined);
        }
    }
}

// EXTERNAL MODULE: ./lib/storage/verify-stream.js
var verify_stream = __nccwpck_require__(96405);
;// CONCATENATED MODULE: ./lib/storage/local-store.js















const DEFAULT_GC_GRACE_MS = 10 * 60 * 1000;
/**
 * The local store: an OCI image layout in a directory.
 *
 *     oci-layout, index.json      the layout; index.json lists one manifest per artifact id
 *     index.journal               index changes not yet written into index.json (store-index.ts)
 *     blobs/sha256/<hex>          complete, verified blobs only
 *     verified/<hex>              what a layer blob looked like when its bytes were last hashed
 *     ingest/                     temp files being written (renamed into blobs/ when complete)
 *     index.lock                  held while the index changes
 *
 * Every write goes to ingest/, is fsynced and renamed into place; the index only changes under
 * the lock, from its current content, so concurrent processes never lose an update.
 */
class LocalStore {
    root;
    blobsDir;
    ingestDir;
    indexPath;
    lockPath;
    verified;
    index;
    constructor(root, compaction) {
        this.root = root;
        this.blobsDir = (0,external_node_path_.join)(root, 'blobs', 'sha256');
        this.ingestDir = (0,external_node_path_.join)(root, 'ingest');
        this.lockPath = (0,external_node_path_.join)(root, 'index.lock');
        this.index = new StoreIndex(root, this.ingestDir, this.lockPath, compaction);
        this.indexPath = this.index.indexPath;
        this.verified = new VerifiedBlobs((0,external_node_path_.join)(root, 'verified'), this.ingestDir);
    }
    /** Opens the store at `root`, creating an empty layout if there is none. */
    static async open(root, compaction = DEFAULT_COMPACTION) {
        const store = new LocalStore(root, compaction);
        await (0,promises_.mkdir)(store.blobsDir, { recursive: true });
        await (0,promises_.mkdir)(store.ingestDir, { recursive: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'verified'), { recursive: true });
        const layoutPath = (0,external_node_path_.join)(root, 'oci-layout');
        if (!(await exists(layoutPath))) {
            await (0,fs_util/* writeFileAtomic */.Zf)(layoutPath, root, store.ingestDir, '{"imageLayoutVersion":"1.0.0"}');
        }
        if (!(await exists(store.indexPath))) {
            await (0,lock/* withLock */.kK)(store.lockPath, store.ingestDir, async () => {
                if (!(await exists(store.indexPath)))
                    await store.index.create();
            });
        }
        return store;
    }
    async ls() {
        return [...this.index.entries(true).keys()].map(id_format.idFromString);
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
        await this.index.update(() => entries.map(([, entry]) => ({ set: entry })));
        return entries.map(([, entry]) => entry);
    }
    /** Removes the artifact's entry; its blobs stay until garbage collection. Absent ids are fine. */
    async del(id) {
        const key = (0,id_format.idToString)(id);
        await this.index.update(() => [{ del: key }]);
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
        await this.index.update((entries) => [...entries.keys()]
            .filter((key) => key !== keep && (0,oci/* groupKey */.$6)((0,id_format.idFromString)(key)) === group)
            .map((key) => ({ del: key })));
        await this.gc();
    }
    /** Keeps only the most recently saved artifact of each package/name/arch, then collects garbage. */
    async pruneAll() {
        await this.keepNewest();
    }
    /**
     * `pruneAll`, reporting what it removed: the artifacts dropped (older saves of the same
     * package, name and arch) and what garbage collection then freed. A dry run changes nothing and
     * reports what would go.
     */
    async keepNewest(options = {}) {
        if (options.dryRun) {
            return (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, async () => {
                const entries = new Map(this.index.lockedEntries());
                const dropped = olderSaves(entries);
                for (const key of dropped)
                    entries.delete(key);
                return { droppedArtifacts: dropped.length, gc: await this.collectGarbage(entries, options) };
            });
        }
        let droppedArtifacts = 0;
        await this.index.update((entries) => {
            const dropped = olderSaves(entries);
            droppedArtifacts = dropped.length;
            return dropped.map((key) => ({ del: key }));
        });
        return { droppedArtifacts, gc: await this.gc(options) };
    }
    /**
     * Writes pending index changes into index.json, so that other OCI tools (which read only
     * index.json) see every artifact. The end of every command does it; saves need not.
     */
    async compact() {
        await this.index.compact();
    }
    /**
     * A layer's bytes. They are hashed as they are read unless the blob is unchanged since its bytes
     * were last hashed (`VerifiedBlobs`): then its digest is already known to match.
     */
    async read(layer) {
        const path = await this.blobPath(layer.digest, layer.size);
        const hex = (0,model_digest/* digestHex */.sU)(layer.digest);
        // Each read allocates a buffer of the high-water mark, however few bytes it returns: 1 MiB for
        // a 1-byte blob made V8 count 2 MiB of external memory, and a cold build of 1,000 small targets
        // ran ≈ 140 full collections for it.
        const bytes = (0,external_node_fs_.createReadStream)(path, { highWaterMark: Math.min(1 << 20, Math.max(layer.size, 1 << 14)) });
        if (await this.verified.has(hex, path))
            return bytes;
        const verifier = new verify_stream/* DigestVerifier */.Do(layer.digest, layer.size, () => this.verified.record(hex, path), (error) => this.dropCorrupt(layer.digest, error));
        return (0,external_node_stream_.pipeline)(bytes, verifier, () => undefined);
    }
    async startLayer() {
        return new FileLayerWriter((0,external_node_path_.join)(this.ingestDir, (0,fs_util/* tempName */.u8)('layer')));
    }
    async finishLayer(mediaType, platform, writer) {
        if (!(writer instanceof FileLayerWriter) || !writer.tempPath.startsWith(this.ingestDir)) {
            throw new errors/* EdoError */.bX('finishLayer: the writer was not started by this store');
        }
        await (0,streams/* writerFinished */.w)(writer);
        // Hashed as it was written, so verified: it replaces a blob of the same digest rather than
        // touching it, which keeps the blob's verified record valid (and refreshes its mtime for GC).
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(writer.digest));
        // The rename is made durable by the fsync of blobs/ that precedes every index update.
        await (0,promises_.rename)(writer.tempPath, path);
        await this.verified.record((0,model_digest/* digestHex */.sU)(writer.digest), path);
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
    /**
     * Reads a whole (small) blob and verifies it. A corrupt blob is removed from the store unless
     * `repair` is false (a dry run).
     */
    async readBlob(digest, repair = true) {
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest));
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        const actual = (0,model_digest/* sha256Digest */.sI)(bytes);
        const error = (0,verify_stream/* corruptBlobError */.pS)(digest, `its content hashes to ${actual}`);
        if (actual !== digest)
            throw repair ? await this.dropCorrupt(digest, error) : error;
        return bytes;
    }
    /** Writes a small blob whose digest is known (verified before it lands in blobs/). */
    async writeBlob(bytes, digest) {
        // A blob already stored is not written again, so the bytes need no hashing (≈ 11 ms for a
        // 14 MB plugin on every build that declares it).
        if (await this.touchIfPresent(digest))
            return;
        if ((0,model_digest/* sha256Digest */.sI)(bytes) !== digest)
            throw (0,verify_stream/* corruptBlobError */.pS)(digest, 'refusing to write mismatched bytes');
        const temp = (0,external_node_path_.join)(this.ingestDir, (0,fs_util/* tempName */.u8)('blob'));
        await (0,fs_util/* writeTempFile */.c7)(temp, bytes, { sync: true });
        await this.commitTemp(temp, digest);
    }
    /** Reads and verifies a manifest and its config (`repair`: as for `readBlob`). */
    async readArtifact(manifestDigest, repair = true) {
        const manifest = (0,oci/* parseManifest */.Ng)(await this.readBlob(manifestDigest, repair), manifestDigest);
        const config = (0,oci/* parseConfig */.o4)(await this.readBlob(manifest.config.digest, repair), manifest.config.digest);
        return { manifest, artifact: (0,oci/* artifactFromBlobs */.hA)(manifest, config) };
    }
    /**
     * Removes blobs that no artifact references and stale temp files. Runs under the index lock, so
     * no artifact can be added meanwhile; blobs younger than the grace period are kept because a
     * save in another process may be about to reference them.
     */
    async gc(options = {}) {
        return (0,lock/* withLock */.kK)(this.lockPath, this.ingestDir, async () => {
            // A dry run writes nothing; otherwise index.json must not name what is about to go.
            const entries = options.dryRun ? this.index.lockedEntries() : await this.index.compactLocked();
            return this.collectGarbage(entries, options);
        });
    }
    /** `gc` with `entries` as the artifacts to keep (the caller holds the lock). */
    async collectGarbage(entries, options) {
        const cutoff = Date.now() - (options.graceMs ?? DEFAULT_GC_GRACE_MS);
        const live = new Set();
        const brokenArtifacts = [];
        const repair = !options.dryRun;
        // Layers shared by several artifacts are checked once.
        const checked = new Map();
        for (const [key, entry] of entries) {
            try {
                const { manifest } = await this.readArtifact(entry.digest, repair);
                for (const layer of manifest.layers) {
                    if (!checked.has(layer.digest))
                        checked.set(layer.digest, this.checkLayerBlob(layer, key, repair));
                    await checked.get(layer.digest);
                }
                for (const d of [entry, manifest.config, ...manifest.layers])
                    live.add((0,model_digest/* digestHex */.sU)(d.digest));
            }
            catch (err) {
                if (!(err instanceof verify_stream/* BrokenBlobError */.FB))
                    throw err;
                // Deleted by hand or by a prune racing a build: the entry goes, so its target builds again.
                brokenArtifacts.push(key);
            }
        }
        if (brokenArtifacts.length > 0 && !options.dryRun)
            await this.index.deleteLocked(brokenArtifacts);
        const report = {
            brokenArtifacts,
            removedBlobs: 0,
            removedTempFiles: 0,
            freedBytes: 0,
            keptBlobs: 0,
            keptYoungBlobs: 0,
        };
        for (const name of await (0,promises_.readdir)(this.blobsDir)) {
            if (live.has(name)) {
                report.keptBlobs += 1;
                continue;
            }
            const freed = await removeIfOlder((0,external_node_path_.join)(this.blobsDir, name), cutoff, options.dryRun);
            if (freed === undefined) {
                report.keptBlobs += 1;
                report.keptYoungBlobs += 1;
            }
            else {
                report.removedBlobs += 1;
                report.freedBytes += freed;
            }
        }
        if (!options.dryRun)
            await this.verified.prune(new Set(await (0,promises_.readdir)(this.blobsDir)));
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
    }
    /** Checks the whole store: index entries, every referenced blob's hash, and every blob's name. */
    async verify() {
        const report = { artifacts: 0, blobs: 0, problems: [] };
        let entries;
        try {
            entries = this.index.entries(true);
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
     * the index files (two stats) at most once per event-loop turn; a miss always re-checks, so an
     * artifact saved by another process or another LocalStore is never reported absent.
     */
    lookup(key) {
        return this.index.entries().get(key) ?? this.index.entries(true).get(key);
    }
    /** Moves a complete, hashed temp file to its blob path (or drops it if the blob is already there). */
    async commitTemp(tempPath, digest) {
        if (await this.touchIfPresent(digest)) {
            await (0,promises_.unlink)(tempPath);
            return;
        }
        // The rename is made durable by the fsync of blobs/ that precedes every index update.
        await (0,promises_.rename)(tempPath, (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest))).catch(async (err) => {
            await (0,promises_.unlink)(tempPath).catch(() => undefined);
            throw err;
        });
    }
    /**
     * Removes a blob found corrupt, so that the next write of its digest stores it again (writes skip
     * blobs that are present) and `edo prune` sees it missing and drops the artifacts that need it.
     * Returns `error` with that advice. The blob is moved aside and hashed again before it goes: if
     * another process has meanwhile renamed a correct copy into place, that copy is put back.
     */
    async dropCorrupt(digest, error) {
        const advice = 'it was removed from the store: `edo prune` drops the artifacts that need it, which then build again';
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest));
        const aside = (0,external_node_path_.join)(this.ingestDir, (0,fs_util/* tempName */.u8)('corrupt'));
        try {
            await (0,promises_.rename)(path, aside);
        }
        catch (err) {
            // Already removed (by another reader): the advice holds.
            if (err.code === 'ENOENT')
                return new verify_stream/* BrokenBlobError */.FB(`${error.message}; ${advice}`);
            return error;
        }
        try {
            if ((await (0,fs_util/* fileSha256Digest */.G_)(aside)) === digest) {
                await (0,promises_.link)(aside, path).catch(() => undefined);
                return error;
            }
            await this.verified.forget((0,model_digest/* digestHex */.sU)(digest));
            return new verify_stream/* BrokenBlobError */.FB(`${error.message}; ${advice}`);
        }
        finally {
            await (0,promises_.unlink)(aside).catch(() => undefined);
        }
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
    /**
     * Checks a layer blob for garbage collection: present, of its size, and, unless its bytes are
     * known to be unchanged since they were last hashed (`VerifiedBlobs`), hashing to its digest.
     * Size checks alone kept a blob with changed bytes forever, failing every build that read it.
     */
    async checkLayerBlob(layer, owner, repair) {
        if (!(0,model_digest/* isSha256Digest */.q9)(layer.digest))
            throw new errors/* EdoError */.bX(`${owner}: layer digest ${layer.digest} is not sha256`);
        const path = await this.blobPath(layer.digest, layer.size, repair);
        const hex = (0,model_digest/* digestHex */.sU)(layer.digest);
        if (await this.verified.has(hex, path))
            return;
        const actual = await (0,fs_util/* fileSha256Digest */.G_)(path);
        if (actual === layer.digest)
            return this.verified.record(hex, path);
        const error = (0,verify_stream/* corruptBlobError */.pS)(layer.digest, `its content hashes to ${actual}`);
        throw repair ? await this.dropCorrupt(layer.digest, error) : error;
    }
    async blobPath(digest, size, repair = true) {
        const path = (0,external_node_path_.join)(this.blobsDir, (0,model_digest/* digestHex */.sU)(digest));
        let info;
        try {
            info = await (0,promises_.stat)(path);
        }
        catch (err) {
            throw missingOr(err, digest);
        }
        if (info.size !== size) {
            const error = (0,verify_stream/* corruptBlobError */.pS)(digest, `expected ${size} bytes, the blob has ${info.size}`);
            throw repair ? await this.dropCorrupt(digest, error) : error;
        }
        return path;
    }
    async requireBlob(layer, owner) {
        if (!(0,model_digest/* isSha256Digest */.q9)(layer.digest))
            throw new errors/* EdoError */.bX(`${owner}: layer digest ${layer.digest} is not sha256`);
        await this.blobPath(layer.digest, layer.size);
    }
}
/** The keys of artifacts saved before another of the same package, name and arch. */
function olderSaves(entries) {
    const newest = new Map();
    for (const [key, entry] of entries) {
        const group = (0,oci/* groupKey */.$6)((0,id_format.idFromString)(key));
        const created = entry.annotations?.[oci/* Annotation */.YH.created] ?? '';
        const best = newest.get(group);
        if (!best || created > best[1])
            newest.set(group, [key, created]);
    }
    const keep = new Set([...newest.values()].map(([key]) => key));
    return [...entries.keys()].filter((key) => !keep.has(key));
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
    if (err.code === 'ENOENT') {
        return new verify_stream/* BrokenBlobError */.FB(`blob ${digest} is missing from the store (edo prune drops the artifacts that need it, which then build again)`);
    }
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

/***/ 43649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Jc: () => (/* binding */ isOwnerAlive),
  jW: () => (/* binding */ isProcessAlive),
  oE: () => (/* binding */ ownerLine),
  kK: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: acquireLock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __nccwpck_require__(87563);
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
    const owner = ownerLine();
    // A failed write (a full or read-only disk) removes the claim it created.
    await (0,fs_util/* writeTempFile */.c7)(claim, owner);
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
                    await (0,fs_util/* writeTempFile */.c7)(claim, owner);
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
/** This process, as lock files name their owner: `host pid start-time`. */
function ownerLine() {
    return `${HOST} ${process.pid} ${processStartTime(process.pid) ?? '-'}\n`;
}
/** Whether the process an `ownerLine` names may still run (see `isProcessAlive`). */
function isOwnerAlive(line) {
    const [host, pid, startTime] = line.trim().split(' ');
    return isProcessAlive(Number(pid), startTime, host);
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
    if (isOwnerAlive(seen))
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

/***/ 10500:
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
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64505);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(26906);



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

/***/ 96104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeDirectoryLayer),
/* harmony export */   j: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4573);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(57075);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(73434);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(10500);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6280);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(24739);









/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
function packDirectory(dir) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_4__.pack({ highWaterMark: 1 << 20 });
    packTree(pack, dir, '').then(() => pack.finalize(), (err) => pack.destroy(err));
    return node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}
/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
async function writeDirectoryLayer(backend, dir, platform) {
    const writer = await backend.startLayer();
    await (0,_streams_js__WEBPACK_IMPORTED_MODULE_7__/* .pipeIntoWriter */ ._)(packDirectory(dir), writer);
    return backend.finishLayer(_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.layerTar, platform, writer);
}
/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;
async function packTree(pack, root, prefix) {
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix)).sort(byCodeUnits);
    // Node decodes names as UTF-8: one that is not comes back with U+FFFD and names no file.
    if (names.some((name) => name.includes('\uFFFD')))
        refuseNonUtf8Names((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix));
    for (const name of names) {
        const relative = prefix + name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        if (info.isDirectory()) {
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name: relative + '/', type: 'directory', mode: 0o755 });
            await packTree(pack, root, relative + '/');
        }
        else if (info.isFile()) {
            const mode = info.mode & 0o100 ? 0o755 : 0o644;
            const header = { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'file', mode, size: info.size };
            if (info.size <= SMALL_FILE) {
                const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
                if (content.length !== info.size)
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`cannot pack ${path}: it changed while being read`);
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, header, content);
            }
            else {
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addStreamEntry */ .ay)(pack, header, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }));
            }
        }
        else if (info.isSymbolicLink()) {
            const linkname = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'symlink', mode: 0o777, linkname });
        }
        else {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
        }
    }
}
function refuseNonUtf8Names(dir) {
    for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { encoding: 'buffer' })) {
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isUtf8)(raw)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`cannot pack ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, raw.toString('latin1'))}: its name is not valid UTF-8, and layers hold UTF-8 names`);
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
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46466);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73434);


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

/***/ 24739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ addEntry),
/* harmony export */   ay: () => (/* binding */ addStreamEntry),
/* harmony export */   tr: () => (/* binding */ FIXED_TAR_HEADER)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46466);

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

/***/ 96405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   FB: () => (/* binding */ BrokenBlobError),
/* harmony export */   pS: () => (/* binding */ corruptBlobError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73434);



/** A blob the store should hold is missing or does not hold what its digest says. */
class BrokenBlobError extends _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX {
    constructor(message) {
        super(message);
        this.name = 'BrokenBlobError';
    }
}
/** The error for a blob whose bytes do not hash to its digest. It always names the digest. */
function corruptBlobError(digest, why) {
    return new BrokenBlobError(`blob ${digest} is corrupt: ${why}`);
}
/**
 * Passes bytes through while hashing them; at the end, if the sha256 or the byte count differ from
 * what the descriptor says, the stream errors instead of ending, so a consumer never mistakes a
 * corrupt blob for a complete one.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    digest;
    size;
    verified;
    corrupt;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    bytes = 0;
    /**
     * `verified` runs when the bytes matched, before the stream ends; its failure is ignored.
     * `corrupt` runs when they did not, before the stream errors, and gives the error to emit.
     */
    constructor(digest, size, verified, corrupt) {
        super({ highWaterMark: 1 << 20 });
        this.digest = digest;
        this.size = size;
        this.verified = verified;
        this.corrupt = corrupt;
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = 'sha256:' + this.hash.digest('hex');
        const error = this.bytes !== this.size
            ? corruptBlobError(this.digest, `expected ${this.size} bytes, read ${this.bytes}`)
            : actual !== this.digest
                ? corruptBlobError(this.digest, `its content hashes to ${actual}`)
                : undefined;
        if (error && this.corrupt) {
            this.corrupt(error).then(callback, () => callback(error));
        }
        else if (error) {
            callback(error);
        }
        else if (this.verified) {
            this.verified().then(() => callback(), () => callback());
        }
        else {
            callback();
        }
    }
}


/***/ }),

/***/ 11387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   cN: () => (/* binding */ vendorEntryKey),
/* harmony export */   gX: () => (/* binding */ LockFile),
/* harmony export */   hp: () => (/* binding */ lockedError)
/* harmony export */ });
/* unused harmony exports serializeLock, parseLock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73434);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(87563);
/* harmony import */ var _storage_lock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(43649);





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
        const { declaredAt, requiredBy } = request;
        const placed = (error, context = {}) => declaredAt ? (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .atDeclaration */ ._q)(error, declaredAt, context) : error;
        if (this.mode === 'locked')
            throw placed(lockedError(key, locked, requiredBy));
        const fresh = await request.resolve().catch((error) => {
            throw placed(error, requiredBy === undefined ? {} : { target: requiredBy });
        });
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
        const lines = this.changes().map(({ key, before, after }) => {
            if (before === undefined)
                return `added ${key} ${describePin(after)}`;
            const [from, to] = [describePin(before), describePin(after)];
            // The same pin from elsewhere (a mirror's URL): say what changed.
            if (from === to && before.source !== after.source)
                return `updated ${key} ${to}: source ${before.source} -> ${after.source}`;
            return `updated ${key} ${from} -> ${to}`;
        });
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
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--locked: ${problem}; run \`edo update ${key}\` (or a build without --locked)`);
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   a: () => (/* reexport safe */ _cli_main_js__WEBPACK_IMPORTED_MODULE_0__.R3)
/* harmony export */ });
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46366);
/**
 * The entry point of dist/edo.js, the one ncc bundle the action and the CLI share
 * (scripts/bundle.mjs writes it and the two files that start it): dist/index.js, the action, calls
 * runAction; dist/cli.js, the runner image's `edo`, calls runCli. Nothing runs on import.
 */

/**
 * The action's main or post phase. Its modules (@actions/*) become a chunk of their own, loaded
 * here only, so the CLI does not load them when it starts.
 */
async function runAction() {
    const action = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(839), __nccwpck_require__.e(580), __nccwpck_require__.e(327)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10327));
    await action.runAction();
}

var __webpack_exports__runAction = __webpack_exports__.C;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
