import { Readable } from 'node:stream';
import {
  HostArtifactConfig,
  HostError,
  HostId,
  HostReader,
  HostWriter,
} from '../../src/plugin/host-objects.js';

describe('host objects a guest fills in', () => {
  it('keeps guest-chosen requirement names as data, never as prototypes', () => {
    const config = new HostArtifactConfig(HostId.of({ name: '//x:y', digest: 'd' }), ['p'], undefined);
    config.addRequirement('__proto__', 'polluted', '1.0.0');
    config.addRequirement('lib', 'constructor', '2.0.0');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const model = config.toModel();
    expect(Object.keys(model.requires)).toEqual(['__proto__', 'lib']);
    expect(Object.getOwnPropertyDescriptor(model.requires, '__proto__')?.value).toEqual({
      polluted: '1.0.0',
    });
    expect(config.requires()).toEqual([
      ['__proto__', [['polluted', '1.0.0']]],
      ['lib', [['constructor', '2.0.0']]],
    ]);
    // The model is a copy: changing it leaves the host object as it was.
    model.requires.lib!.other = '3.0.0';
    expect(config.toModel().requires.lib).toEqual({ constructor: '2.0.0' });
  });
});

describe('host streams a guest drives', () => {
  it('reads a stream in bounded pieces, however much the guest asks for', async () => {
    const piece = Buffer.alloc(4 * 1024 * 1024, 7);
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 6; i++) yield piece;
      })(),
    );
    const reader = new HostReader(source);
    const sizes: number[] = [];
    for (;;) {
      const chunk = await reader.read(2n ** 64n - 1n);
      if (chunk.length === 0) break;
      sizes.push(chunk.length);
    }
    expect(sizes).toEqual([16 * 1024 * 1024, 8 * 1024 * 1024]);
    // Bytes at hand are returned without a promise (a promise costs the guest a wake-up).
    expect(new HostReader(Buffer.from('abc')).read(2n)).toEqual(Buffer.from('ab'));
  });

  it('refuses to keep more than 256 MiB in a writer the guest made', () => {
    const writer = new HostWriter();
    expect(writer.write(new Uint8Array(1024))).toBe(1024n);
    expect(() => writer.write(new Uint8Array(256 * 1024 * 1024))).toThrow(HostError);
    expect(() => writer.write(new Uint8Array(256 * 1024 * 1024))).toThrow(/at most 256 MiB/);
  });
});
