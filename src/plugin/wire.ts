import type { MessagePort } from 'node:worker_threads';

/**
 * The message channel between the main thread and a plugin worker: one SharedArrayBuffer,
 * used turn by turn. Control words: [0] bumped when the main thread wrote a message, [1] when
 * the worker did, [2] the message length (-1: the message went through the MessagePort, because
 * it did not fit). Messages are JSON: values are made JSON-safe here (bigint, undefined, byte
 * arrays), resources by the caller's hooks, all as `{ [refKey]: { kind, ... } }`.
 * JSON is several times faster than v8.serialize for the small messages most calls are.
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

export const WIRE_HEADER_BYTES = 16;

export function makeWire(refKey: string, ends: WireEnds) {
  const { sab, port, receiveMessageOnPort, side } = ends;
  const control = new Int32Array(sab, 0, 4);
  const bytes = Buffer.from(sab, 16);
  const ref = (value: WireRef) => ({ [refKey]: value });
  const TYPED_ARRAYS: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
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

  function encode(value: unknown, resource: (object: object) => WireRef): unknown {
    if (value === undefined) return ref({ kind: 'u' });
    if (typeof value === 'bigint') return ref({ kind: 'n', v: value.toString() });
    if (typeof value !== 'object' || value === null) return value;
    if (ArrayBuffer.isView(value)) {
      const view = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      return ref({ kind: 'b', t: value.constructor.name, v: view.toString('base64') });
    }
    if (Array.isArray(value)) return value.map((item) => encode(item, resource));
    if (Object.getPrototypeOf(value) !== Object.prototype) return ref(resource(value));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      out[key] = encode((value as Record<string, unknown>)[key], resource);
    return out;
  }

  function decode(value: unknown, resource: (ref: WireRef) => unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => decode(item, resource));
    const tagged = (value as Record<string, WireRef>)[refKey];
    if (tagged) {
      if (tagged.kind === 'u') return undefined;
      if (tagged.kind === 'n') return BigInt(tagged.v as string);
      if (tagged.kind === 'b') {
        const raw = Buffer.from(tagged.v as string, 'base64');
        const Typed = TYPED_ARRAYS[tagged.t as string] ?? Uint8Array;
        return new Typed(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
      }
      return resource(tagged);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      out[key] = decode((value as Record<string, unknown>)[key], resource);
    return out;
  }

  function write(message: WireMessage): void {
    const text = JSON.stringify(message);
    const length = Buffer.byteLength(text);
    if (length <= bytes.length) {
      bytes.write(text, 0, 'utf8');
      Atomics.store(control, 2, length);
    } else {
      port.postMessage(text);
      Atomics.store(control, 2, -1);
    }
    Atomics.add(control, side, 1);
    Atomics.notify(control, side);
  }

  function read(): WireMessage {
    const length = Atomics.load(control, 2);
    const text =
      length < 0 ? (receiveMessageOnPort(port)!.message as string) : bytes.toString('utf8', 0, length);
    return JSON.parse(text) as WireMessage;
  }

  return { control, encode, decode, write, read };
}
