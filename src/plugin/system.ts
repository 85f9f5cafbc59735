import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { networkReason } from '../model/errors.js';
import { tempBeside } from '../storage/fs-util.js';
import type { Log } from '../model/log.js';
import type { CapabilitySet } from './capabilities.js';
import { HostError, MAX_GUEST_BUFFER_BYTES } from './host-objects.js';
import type { HostFunctions } from './instance.js';
import { WASI_OUTPUT } from './wasi-stubs.js';

/** The largest HTTP response body a plugin may receive in one call. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

interface HttpRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: Uint8Array;
}

/**
 * A response's body, refused as soon as it passes MAX_RESPONSE_BYTES: the server is only as
 * trusted as the plugin that asked, and reading the whole body first would let it fill the host's
 * memory.
 */
async function boundedBody(response: Response, url: URL): Promise<Uint8Array> {
  const tooLarge = () =>
    new HostError('edo', `response from ${url.host} is larger than ${MAX_RESPONSE_BYTES >> 20} MiB`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    // Leaving the loop cancels the stream.
    if (total > MAX_RESPONSE_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The functions of `edo:plugin/common`, `edo:plugin/host` and `edo:plugin/system` for one
 * plugin: logging to `log` (with what a WASI guest prints), and file, environment and network
 * access checked against `caps`.
 * Denials and I/O failures are `err(error)` values for the guest, never host exceptions.
 */
export function hostFunctions(plugin: string, caps: CapabilitySet, log: Log): HostFunctions {
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R> | R) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        throw HostError.from(error);
      }
    };
  const logging = {
    info: (message: string) => log.write(`[${plugin}] ${message}\n`),
    warn: (message: string) => log.write(`[${plugin}] warning: ${message}\n`),
    fatal: (message: string) => log.write(`[${plugin}] fatal: ${message}\n`),
  };
  return {
    'edo:plugin/common': logging,
    'edo:plugin/host': logging,
    // What guests built with WASI print (see wasi-stubs.ts).
    [WASI_OUTPUT.iface]: {
      [WASI_OUTPUT.fn]: (_stream: string, bytes: Uint8Array) => log.write(bytes),
    },
    'edo:plugin/system': {
      readFile: guarded(async (path: string) => {
        const file = await open(caps.checkPath(path, 'read'), 'r');
        try {
          // Only regular files, and no larger than a guest could hold: a granted /dev/zero or
          // a huge file must not fill the host's memory.
          const info = await file.stat();
          if (!info.isFile()) throw new HostError('edo', `read of ${path}: not a regular file`);
          if (info.size > MAX_GUEST_BUFFER_BYTES)
            throw new HostError('edo', `read of ${path}: larger than ${MAX_GUEST_BUFFER_BYTES >> 20} MiB`);
          return new Uint8Array(await file.readFile());
        } finally {
          await file.close();
        }
      }),
      readDir: guarded(async (path: string) => (await readdir(caps.checkPath(path, 'read'))).sort()),
      writeFile: guarded(async (path: string, data: Uint8Array) => {
        const real = caps.checkPath(path, 'write');
        // The system interface has no mkdir: a write makes the directories leading to its file
        // (the path to the granted directory included), so a fresh cache directory just works.
        await mkdir(dirname(real), { recursive: true });
        const temp = tempBeside(real, 'write');
        try {
          await writeFile(temp, data, { flush: true });
          await rename(temp, real);
        } finally {
          await rm(temp, { force: true });
        }
      }),
      getEnv: guarded((name: string) => {
        caps.checkEnv(name);
        return process.env[name];
      }),
      httpFetch: guarded(async (request: HttpRequest) => {
        const url = new URL(request.url);
        caps.checkNet(url);
        // Redirects are not followed: each hop would need its own capability check.
        const response = await fetch(url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
        }).catch((error: unknown) => {
          throw new Error(`${request.method} ${url.href}: ${networkReason(error)}`);
        });
        const body = await boundedBody(response, url);
        return { status: response.status, headers: [...response.headers.entries()], body };
      }),
    },
  };
}
