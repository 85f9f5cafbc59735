import { makeWasiStubs } from '../../src/plugin/wasi-stubs.js';

describe('the wasi stubs guests built with WASI get', () => {
  const written: Array<[string, number]> = [];
  const stubs = makeWasiStubs((stream, bytes) => written.push([stream, bytes.length]));
  const stdout = (
    stubs['wasi:cli/stdout']!.getStdout as () => {
      checkWrite(): bigint;
      write(contents: Uint8Array): void;
      writeZeroes(length: bigint): void;
    }
  )();
  const random = stubs['wasi:random/random'] as { getRandomBytes(length: bigint): Uint8Array };

  it('passes writes within the permit to the log, and traps on larger ones', () => {
    expect(stdout.checkWrite()).toBe(65536n);
    stdout.write(new Uint8Array(10));
    stdout.writeZeroes(65536n);
    expect(written).toEqual([
      ['stdout', 10],
      ['stdout', 65536],
    ]);
    expect(() => stdout.write(new Uint8Array(65537))).toThrow(
      'wasi: a write of 65537 bytes (at most 65536 at once)',
    );
    // Nothing is allocated for a guest asking to write 8 GiB of zeroes.
    expect(() => stdout.writeZeroes(2n ** 33n)).toThrow('at most 65536');
    expect(written).toHaveLength(2);
  });

  it('gives random bytes in pieces a guest could ask for, never gigabytes', () => {
    const bytes = random.getRandomBytes(32n);
    expect(bytes).toHaveLength(32);
    expect(new Set(bytes).size).toBeGreaterThan(1);
    expect(() => random.getRandomBytes(2n ** 31n)).toThrow('wasi: a random read of 2147483648 bytes');
  });
});
