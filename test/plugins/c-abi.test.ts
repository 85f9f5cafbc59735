import { transpile } from '@bytecodealliance/jco';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCComponent } from '../../src/plugin/build/c.js';
import { buildRustComponent } from '../../src/plugin/build/rust.js';
import type { WasmApi, WasmModule } from '../../src/plugin/wasm-api.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Point {
  x: number;
  y: bigint;
  name: string;
}
type Shape =
  | { tag: 'none' }
  | { tag: 'circle'; val: number }
  | { tag: 'label'; val: string }
  | { tag: 'big'; val: bigint }
  | { tag: 'pair'; val: [number, number] };
interface GuestSide {
  roundtripShape(shape: Shape): Shape;
  roundtripPoint(point: Point): Point;
  describe(point: Point, color: string, perms: Record<string, boolean>): [number, string];
  sum17(...values: number[]): number;
  names(points: Point[] | undefined): string[];
}

const WIT = join(FIXTURES, 'abi-wit');
const GUESTS: [string, () => Promise<{ component: Uint8Array }>][] = [
  ['C', () => buildCComponent([join(FIXTURES, 'abi-probe.c')], WIT, 'probe')],
  ['Rust', () => buildRustComponent(join(FIXTURES, 'abi-probe.rs'), WIT, 'abi-probe', 'probe')],
];

/**
 * The generated C and Rust bindings against a WIT package that uses what wit/ does not: variants
 * whose payloads join f32/i64/f64 slots, records, enums, flags, tuples, more than 16 flat
 * parameters. The guest passes every value through the host (this test, via jco's transpiled
 * component).
 */
describe.each(GUESTS)('%s bindings: canonical ABI round trips', (language, build) => {
  let work: string;
  let guest: GuestSide;
  const seen: unknown[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), `edo-${language.toLowerCase()}-abi-`));
    const { component } = await build();
    const { files } = await transpile(component, {
      name: 'probe',
      instantiation: 'async',
      noTypescript: true,
      quiet: true,
    });
    // The core modules and the JS (as .mjs: /tmp is outside any "type": "module" package).
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.wasm')) writeFileSync(join(work, name), bytes);
      if (name === 'probe.js') writeFileSync(join(work, 'probe.mjs'), bytes);
    }
    const generated = (await import(pathToFileURL(join(work, 'probe.mjs')).href)) as {
      instantiate(
        getCoreModule: (path: string) => Promise<WasmModule>,
        imports: Record<string, unknown>,
      ): Promise<Record<string, GuestSide>>;
    };
    const hostSide = {
      echoShape: (shape: Shape) => (seen.push(shape), shape),
      echoPoint: (point: Point) => (seen.push(point), point),
      sum17: (...values: number[]) => values.reduce((sum, value) => sum + value, 0),
    };
    const exports = await generated.instantiate(
      async (path) => wasm.compile(readFileSync(join(work, path))),
      { 'test:abi/host-side': hostSide },
    );
    guest = exports['guestSide']!;
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('variants: each case, payloads joined into shared slots', () => {
    const shapes: Shape[] = [
      { tag: 'none' },
      { tag: 'circle', val: 1.5 },
      { tag: 'label', val: 'héllo' },
      { tag: 'big', val: 2n ** 63n + 5n },
      { tag: 'pair', val: [255, -0.125] },
    ];
    for (const shape of shapes) expect(guest.roundtripShape(shape)).toEqual(shape);
    expect(seen).toEqual(shapes);
  });

  it('records, enums, flags and tuples', () => {
    const point = { x: 2.5, y: -(2n ** 40n), name: 'p' };
    expect(guest.roundtripPoint(point)).toEqual(point);
    const unnamed = { x: 0, y: 0n, name: '' };
    expect(guest.roundtripPoint(unnamed)).toEqual(unnamed);
    expect(
      guest.describe({ x: 0.5, y: 2n, name: 'q' }, 'blue', { read: true, write: false, exec: true }),
    ).toEqual([2.5, 'q:b:rx']);
  });

  it('more than 16 flat parameters go through memory', () => {
    const values = Array.from({ length: 17 }, (_, index) => index + 1);
    expect(guest.sum17(...values)).toBe(154);
  });

  it('options of lists of records, results with string errors', () => {
    expect(
      guest.names([
        { x: 1, y: 1n, name: 'a' },
        { x: 2, y: 2n, name: 'bb' },
      ]),
    ).toEqual(['a', 'bb']);
    expect(guest.names([])).toEqual([]);
    expect(guest.names([{ x: 0, y: 0n, name: '' }])).toEqual(['']);
    expect(() => guest.names(undefined)).toThrow(expect.objectContaining({ payload: 'no points' }));
  });
});
