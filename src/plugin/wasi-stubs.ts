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
export const WASI_OUTPUT = { iface: 'edo:wasi-output', fn: 'write' } as const;

/** The wasi interfaces (unversioned) the stubs provide, any 0.2.x version. */
export const WASI_STUBBED = [
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
] as const;

export function makeWasiStubs(
  writeOutput: (stream: 'stdout' | 'stderr', bytes: Uint8Array) => void,
): Record<string, Record<string, unknown>> {
  const closed = { tag: 'closed' };
  const denied = (what: string, instead: string) => () => {
    throw new Error(`${what} is denied to plugins: ${instead}`);
  };
  // What `check-write` permits per write. A guest asking for more (or for that many random
  // bytes at once) breaks the WASI contract: it traps rather than make the host allocate, fill
  // and log gigabytes.
  const PERMIT = 65536;
  const permitted = (what: string, length: number | bigint): number => {
    if (length > PERMIT)
      throw new Error(`wasi: ${what} of ${String(length)} bytes (at most ${PERMIT} at once)`);
    return Number(length);
  };

  class Pollable {
    ready(): boolean {
      return true;
    }
    block(): void {}
  }
  class InputStream {
    read(): Uint8Array {
      throw closed;
    }
    blockingRead(): Uint8Array {
      throw closed;
    }
    skip(): bigint {
      throw closed;
    }
    blockingSkip(): bigint {
      throw closed;
    }
    subscribe(): Pollable {
      return new Pollable();
    }
  }
  class OutputStream {
    constructor(private readonly target?: 'stdout' | 'stderr') {}
    checkWrite(): bigint {
      if (!this.target) throw closed;
      return BigInt(PERMIT);
    }
    write(contents: Uint8Array): void {
      if (!this.target) throw closed;
      permitted('a write', contents.length);
      writeOutput(this.target, contents);
    }
    blockingWriteAndFlush(contents: Uint8Array): void {
      this.write(contents);
    }
    flush(): void {}
    blockingFlush(): void {}
    subscribe(): Pollable {
      return new Pollable();
    }
    writeZeroes(length: bigint): void {
      this.write(new Uint8Array(permitted('a write', length)));
    }
    blockingWriteZeroesAndFlush(length: bigint): void {
      this.writeZeroes(length);
    }
    splice(): bigint {
      throw closed;
    }
    blockingSplice(): bigint {
      throw closed;
    }
  }
  class IoError {
    toDebugString(): string {
      return 'denied';
    }
  }
  class Terminal {}
  class Descriptor {}

  // xorshift64*, fixed seed: deterministic "random" for hash seeds and Math.random.
  let state = 0x9e3779b97f4a7c15n;
  const nextU64 = (): bigint => {
    state ^= state >> 12n;
    state ^= (state << 25n) & 0xffffffffffffffffn;
    state ^= state >> 27n;
    return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
  const randomBytes = (length: bigint): Uint8Array => {
    const out = new Uint8Array(permitted('a random read', length));
    for (let i = 0; i < out.length; i++) out[i] = Number(nextU64() & 0xffn);
    return out;
  };
  const random = { getRandomBytes: randomBytes, getRandomU64: nextU64 };

  const noHttp = denied('wasi:http', 'use edo:plugin/system http-fetch with a net: capability');
  const httpClass = (name: string) => {
    const cls = class {
      constructor() {
        noHttp();
      }
    };
    Object.defineProperty(cls, 'name', { value: name });
    return cls;
  };
  const httpTypes: Record<string, unknown> = {};
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
      poll: (list: unknown[]) => Uint32Array.from(list.keys()),
    },
    'wasi:io/streams': { InputStream, OutputStream },
    'wasi:random/random': random,
    'wasi:random/insecure': { getInsecureRandomBytes: randomBytes, getInsecureRandomU64: nextU64 },
    'wasi:random/insecure-seed': { insecureSeed: () => [nextU64(), nextU64()] },
  };
}
