import type { MessagePort } from 'node:worker_threads';

/**
 * The message channel between the main thread and a plugin worker: one SharedArrayBuffer,
 * used turn by turn. Control words: [0] bumped when the main thread wrote a message, [1] when
 * the worker did, [2] the message length (-1: the message went through the MessagePort, because
 * it did not fit), [3] 1 while the main thread does asynchronous work for a host call (its reply
 * will take a while: the worker blocks at once rather than spinning).
 *
 * Messages are encoded in one pass straight into the shared area, in a small binary format (a tag
 * byte per value; strings as UTF-8, byte arrays as raw bytes), so a call with small arguments
 * allocates nothing but its result. Resources go through the caller's hooks as `WireRef`s.
 *
 * Short strings (keys, message kinds, method and class names: a small vocabulary) are sent once
 * and then by number: each direction keeps a table, filled in the order the strings first appear.
 * Encoding or decoding a string otherwise crosses into C++, ≈ 0.3–0.5 µs each, and a call and
 * its reply carry about ten of them.
 *
 * Waiting spins briefly before blocking in `Atomics.wait`: waking a thread blocked on a futex
 * costs tens of µs here (measured: a wait/notify ping-pong between two threads takes 55–70 µs,
 * a spinning one ~1 µs), more than a small call itself.
 *
 * `makeWire` also runs inside the worker (stringified like worker-main.ts): self-contained.
 */
export type WireMessage = { k: string; [key: string]: unknown };
export type WireRef = { kind: string; [key: string]: unknown };

export interface WireEnds {
  sab: SharedArrayBuffer;
  port: MessagePort;
  receiveMessageOnPort: (port: MessagePort) => { message: unknown } | undefined;
  /** 0 on the main thread, 1 in the worker. */
  side: 0 | 1;
}

/**
 * The control words take the first 16 bytes; messages start on a later cache line. Sharing a line
 * made every store of a message contend with the other thread spinning on the control words
 * (measured, three runs each, interleaved: a call 2.24–3.11× the in-thread call, 1.72–2.33× apart).
 */
export const WIRE_HEADER_BYTES = 128;

export function makeWire(ends: WireEnds) {
  const { sab, port, receiveMessageOnPort, side } = ends;
  const control = new Int32Array(sab, 0, 4);
  // WIRE_HEADER_BYTES (this function is stringified into the worker: no outside names).
  const shared: Buffer = Buffer.from(sab, 128);
  const other = 1 - side;
  // Value tags.
  const UNDEFINED = 0,
    NULL = 1,
    FALSE = 2,
    TRUE = 3,
    INT32 = 4,
    FLOAT64 = 5,
    BIGINT64 = 6,
    BIGINT_TEXT = 7,
    STRING = 8,
    BYTES = 9,
    ARRAY = 10,
    OBJECT = 11,
    REF = 12,
    STRING_NEW = 13,
    STRING_REF = 14;
  /** Strings up to this many UTF-16 units go in the tables, until a table holds MAX_TABLED. */
  const MAX_TABLED_LENGTH = 40;
  const MAX_TABLED = 4096;
  /** Strings this side sent, by number (including those of the message being written). */
  const sentStrings = new Map<string, number>();
  /** The numbers in `sentStrings` from this many on belong to the message being written. */
  let committedStrings = 0;
  /** Strings the other side sent, by number. */
  const receivedStrings: string[] = [];
  const TYPED_ARRAYS = [
    Uint8Array,
    Int8Array,
    Uint16Array,
    Int16Array,
    Uint32Array,
    Int32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ] as const;
  const INT64_MIN = -(2n ** 63n);
  const INT64_MAX = 2n ** 63n - 1n;

  // The buffer being written: the shared area, or a private one once a message outgrows it.
  let out = shared;
  let at = 0;
  function reserve(bytes: number): void {
    if (at + bytes <= out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
    out.copy(grown, 0, 0, at);
    out = grown;
  }

  function put(value: unknown, resource: (object: object) => WireRef): void {
    reserve(9);
    switch (typeof value) {
      case 'undefined':
      case 'function':
      case 'symbol':
        out[at++] = UNDEFINED;
        return;
      case 'boolean':
        out[at++] = value ? TRUE : FALSE;
        return;
      case 'number':
        if ((value | 0) === value && !Object.is(value, -0)) {
          out[at++] = INT32;
          at = out.writeInt32LE(value, at);
        } else {
          out[at++] = FLOAT64;
          at = out.writeDoubleLE(value, at);
        }
        return;
      case 'bigint':
        if (value >= INT64_MIN && value <= INT64_MAX) {
          out[at++] = BIGINT64;
          at = out.writeBigInt64LE(value, at);
        } else {
          out[at++] = BIGINT_TEXT;
          putString(value.toString());
        }
        return;
      case 'string':
        putString(value);
        return;
    }
    if (value === null) {
      out[at++] = NULL;
      return;
    }
    const object = value as object;
    if (ArrayBuffer.isView(object)) {
      const kind = TYPED_ARRAYS.findIndex((Typed) => object instanceof Typed);
      out[at++] = BYTES;
      out[at++] = Math.max(kind, 0);
      at = out.writeUInt32LE(object.byteLength, at);
      reserve(object.byteLength);
      out.set(new Uint8Array(object.buffer, object.byteOffset, object.byteLength), at);
      at += object.byteLength;
      return;
    }
    if (Array.isArray(object)) {
      out[at++] = ARRAY;
      at = out.writeUInt32LE(object.length, at);
      for (const item of object) put(item, resource);
      return;
    }
    if (Object.getPrototypeOf(object) !== Object.prototype) {
      out[at++] = REF;
      put(resource(object), resource);
      return;
    }
    const keys = Object.keys(object);
    out[at++] = OBJECT;
    at = out.writeUInt32LE(keys.length, at);
    for (const key of keys) {
      putString(key);
      put((object as Record<string, unknown>)[key], resource);
    }
  }

  function putString(text: string): void {
    if (text.length <= MAX_TABLED_LENGTH) {
      const number = sentStrings.get(text);
      if (number !== undefined) {
        reserve(3);
        out[at++] = STRING_REF;
        at = out.writeUInt16LE(number, at);
        return;
      }
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit: write, then fill in the length.
    reserve(5 + text.length * 3);
    if (text.length <= MAX_TABLED_LENGTH && sentStrings.size < MAX_TABLED) {
      out[at++] = STRING_NEW;
      sentStrings.set(text, sentStrings.size);
    } else {
      out[at++] = STRING;
    }
    const length = out.write(text, at + 4, 'utf8');
    out.writeUInt32LE(length, at);
    at += 4 + length;
  }

  // The buffer being read.
  let input = shared;
  let from = 0;
  function take(resource: (ref: WireRef) => unknown): unknown {
    const tag = input[from++];
    switch (tag) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case INT32:
        from += 4;
        return input.readInt32LE(from - 4);
      case FLOAT64:
        from += 8;
        return input.readDoubleLE(from - 8);
      case BIGINT64:
        from += 8;
        return input.readBigInt64LE(from - 8);
      case BIGINT_TEXT:
        return BigInt(take(resource) as string);
      case STRING:
        return takeString();
      case STRING_NEW: {
        const text = takeString();
        receivedStrings.push(text);
        return text;
      }
      case STRING_REF:
        from += 2;
        return receivedStrings[input.readUInt16LE(from - 2)];
      case BYTES: {
        const Typed = TYPED_ARRAYS[input[from++]!] ?? Uint8Array;
        const length = input.readUInt32LE(from);
        from += 4;
        // A copy: the shared area is reused by the next message.
        const copy = new ArrayBuffer(length);
        new Uint8Array(copy).set(input.subarray(from, from + length));
        from += length;
        return new Typed(copy);
      }
      case ARRAY: {
        const length = input.readUInt32LE(from);
        from += 4;
        const items: unknown[] = new Array(length);
        for (let i = 0; i < length; i++) items[i] = take(resource);
        return items;
      }
      case OBJECT: {
        const count = input.readUInt32LE(from);
        from += 4;
        const object: Record<string, unknown> = {};
        for (let i = 0; i < count; i++) {
          const key = take(resource) as string;
          object[key] = take(resource);
        }
        return object;
      }
      case REF:
        return resource(take(resource) as WireRef);
      default:
        throw new Error(`plugin wire: bad value tag ${String(tag)} at ${from - 1}`);
    }
  }

  function takeString(): string {
    const length = input.readUInt32LE(from);
    from += 4 + length;
    return input.toString('utf8', from - length, from);
  }

  /** Encodes `message` (resources through `resource`) and hands it to the other side. */
  function write(message: WireMessage, resource: (object: object) => WireRef): void {
    out = shared;
    at = 0;
    try {
      put(message, resource);
    } catch (error) {
      out = shared;
      // The other side never sees this message: forget the strings it would have defined.
      for (const [text, number] of sentStrings) if (number >= committedStrings) sentStrings.delete(text);
      throw error;
    }
    committedStrings = sentStrings.size;
    if (out === shared) {
      Atomics.store(control, 2, at);
    } else {
      const overflow = (out.buffer as ArrayBuffer).slice(out.byteOffset, out.byteOffset + at);
      out = shared;
      port.postMessage(overflow, [overflow]);
      Atomics.store(control, 2, -1);
    }
    Atomics.add(control, side, 1);
    Atomics.notify(control, side);
  }

  /** Decodes the message the other side wrote (resources through `resource`). */
  function read(resource: (ref: WireRef) => unknown): WireMessage {
    const length = Atomics.load(control, 2);
    input = length < 0 ? Buffer.from(receiveMessageOnPort(port)!.message as ArrayBuffer) : shared;
    from = 0;
    try {
      return take(resource) as WireMessage;
    } finally {
      input = shared;
    }
  }

  /**
   * Tells the worker whether its next message is far off (main thread only): the reply to its host
   * call needs asynchronous work, or the host called another plugin after this one's last call.
   * It then sleeps rather than spins.
   */
  function setHostBusy(busy: boolean): void {
    Atomics.store(control, 3, busy ? 1 : 0);
  }

  // Spinning only pays when the other thread has a core to itself: on a busy machine a spinning
  // thread holds the core the other one needs (measured: 0.5–1 ms per call at a load of 8 on
  // 2 cores, spinning 0.2 ms each time). So spins that run out twice in a row make the next ones
  // skip spinning, for twice as many waits each time (up to 16), and a spin that succeeds resets
  // that. One miss alone is no sign of load: a transform's guest code between two host calls can
  // outlast a spin now and then, and skipping spins after it made every later crossing a
  // wake-up (measured: 14 host calls, ≈ 60 µs more each). Longer skips kept both sides blocking
  // long after a slow patch (a guest's first calls, before V8 optimizes its code).
  // A worker the host told it is busy (`setHostBusy`) does not spin at all.
  let spinFailures = 0;
  let waitsWithoutSpin = 0;
  /**
   * Waits until the other side's counter differs from `seen`: spins up to `spinMs` (see above),
   * then blocks in `Atomics.wait` up to `blockMs`. Returns the counter (still `seen` on a time-out).
   */
  function waitSync(seen: number, spinMs: number, blockMs: number): number {
    if (waitsWithoutSpin > 0) {
      waitsWithoutSpin--;
    } else {
      const until = performance.now() + spinMs;
      let hostBusy: boolean;
      do {
        for (let i = 0; i < 256; i++) {
          const now = Atomics.load(control, other);
          if (now !== seen) {
            spinFailures = 0;
            return now;
          }
        }
        hostBusy = side === 1 && Atomics.load(control, 3) === 1;
      } while (!hostBusy && performance.now() < until);
      if (!hostBusy) {
        spinFailures = Math.min(spinFailures + 1, 5);
        if (spinFailures > 1) waitsWithoutSpin = 2 ** (spinFailures - 1);
      }
    }
    if (blockMs > 0) Atomics.wait(control, other, seen, blockMs);
    return Atomics.load(control, other);
  }

  return { control, write, read, waitSync, setHostBusy };
}
