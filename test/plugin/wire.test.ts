import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { makeWire, WIRE_HEADER_BYTES, type WireRef } from '../../src/plugin/wire.js';

/** Both ends of a wire in this thread, over a shared area of `areaBytes`. */
function wirePair(areaBytes: number) {
  const sab = new SharedArrayBuffer(WIRE_HEADER_BYTES + areaBytes);
  const { port1, port2 } = new MessageChannel();
  const main = makeWire({ sab, port: port1, receiveMessageOnPort, side: 0 });
  const worker = makeWire({ sab, port: port2, receiveMessageOnPort, side: 1 });
  return { main, worker, close: () => port1.close() };
}

class Resource {
  constructor(readonly id: number) {}
}
const toRef = (object: object): WireRef => ({ kind: 'r', id: (object as Resource).id });
const fromRef = (ref: WireRef) => new Resource(ref.id as number);

describe('plugin wire', () => {
  it('carries every value kind the host and guests exchange', () => {
    const { main, worker, close } = wirePair(4096);
    const message = {
      k: 'call',
      a: [
        undefined,
        null,
        true,
        false,
        0,
        -1,
        2 ** 31,
        1.5,
        Number.NaN,
        -0,
        65536n,
        -(2n ** 63n),
        2n ** 64n - 1n,
        '',
        'héllo ✓ 😀',
        new Uint8Array([0, 1, 255]),
        new Float64Array([1.25, -2]),
        new BigUint64Array([2n ** 64n - 1n]),
        [1, [2, 'three']],
        { tag: 'success', val: new Resource(7), nested: { empty: {} } },
      ],
    };
    main.write(message, toRef);
    expect(Atomics.load(main.control, 0)).toBe(1);
    const received = worker.read(fromRef);
    expect(received).toEqual(message);
    const args = received.a as unknown[];
    expect(Object.is(args[9], -0)).toBe(true);
    expect(args[16]).toBeInstanceOf(Float64Array);
    expect((args[19] as { val: unknown }).val).toBeInstanceOf(Resource);
    close();
  });

  it('sends a message larger than the shared area through the port, and the next one through the area', () => {
    const { main, worker, close } = wirePair(64);
    const big = new Uint8Array(10_000).map((_, i) => i % 251);
    worker.write({ k: 'ret', v: big }, toRef);
    expect(Atomics.load(worker.control, 2)).toBe(-1);
    expect(main.read(fromRef)).toEqual({ k: 'ret', v: big });
    worker.write({ k: 'ret', v: 'small' }, toRef);
    expect(Atomics.load(worker.control, 2)).toBeGreaterThan(0);
    expect(main.read(fromRef)).toEqual({ k: 'ret', v: 'small' });
    close();
  });

  it('leaves the area unsent when a value cannot be encoded', () => {
    const { main, close } = wirePair(256);
    const refuse = () => {
      throw new Error('not passable');
    };
    expect(() => main.write({ k: 'call', a: [new Resource(1)] }, refuse)).toThrow('not passable');
    expect(Atomics.load(main.control, 0)).toBe(0);
    close();
  });

  it('sends a short string once, then by number, in either direction and through the port', () => {
    const { main, worker, close } = wirePair(64);
    const longText = 'x'.repeat(41);
    for (const text of ['canShell', 'canShell', longText, longText]) {
      const before = Atomics.load(main.control, 2);
      main.write({ k: 'call', f: text }, toRef);
      expect(worker.read(fromRef)).toEqual({ k: 'call', f: text });
      if (text === 'canShell' && before > 0) expect(Atomics.load(main.control, 2)).toBeLessThan(before);
    }
    // A first definition carried by the port, then a reference in the shared area.
    const bigFirst = { k: 'ret', v: [new Uint8Array(100), 'first seen here'] };
    worker.write(bigFirst, toRef);
    expect(Atomics.load(worker.control, 2)).toBe(-1);
    expect(main.read(fromRef)).toEqual(bigFirst);
    worker.write({ k: 'ret', v: 'first seen here' }, toRef);
    expect(Atomics.load(worker.control, 2)).toBeGreaterThan(0);
    expect(main.read(fromRef)).toEqual({ k: 'ret', v: 'first seen here' });
    close();
  });

  it('forgets the strings of a message that failed to encode', () => {
    const { main, worker, close } = wirePair(256);
    const refuse = () => {
      throw new Error('not passable');
    };
    expect(() => main.write({ k: 'never-sent', a: [new Resource(1)] }, refuse)).toThrow('not passable');
    // Were 'never-sent' still numbered, the worker would get a number it has no string for.
    main.write({ k: 'never-sent', n: 'after' }, toRef);
    expect(worker.read(fromRef)).toEqual({ k: 'never-sent', n: 'after' });
    close();
  });

  it('waits for the other side until a time-out, then reports no change', () => {
    const { main, worker, close } = wirePair(64);
    const started = performance.now();
    expect(main.waitSync(0, 0.05, 20)).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
    worker.write({ k: 'ready' }, toRef);
    expect(main.waitSync(0, 0.05, 20)).toBe(1);
    close();
  });
});
