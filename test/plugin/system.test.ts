import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CapabilitySet } from '../../src/plugin/capabilities.js';
import { HostError } from '../../src/plugin/host-objects.js';
import { hostFunctions } from '../../src/plugin/system.js';

describe('host functions a guest calls', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // Serves `size` bytes at /<size>, without a content-length when the query says so.
    server = createServer((request, response) => {
      const url = new URL(request.url!, 'http://x');
      const size = Number(url.pathname.slice(1));
      if (url.searchParams.has('chunked')) response.setHeader('transfer-encoding', 'chunked');
      else response.setHeader('content-length', size);
      const piece = Buffer.alloc(1024 * 1024, 1);
      let left = size;
      const more = () => {
        while (left > 0) {
          const part = piece.subarray(0, Math.min(left, piece.length));
          left -= part.length;
          if (!response.write(part)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('error', () => undefined);
      more();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const fetchOf = () => {
    const caps = CapabilitySet.grant('p', [`net:127.0.0.1:${port}`], [`net:127.0.0.1:${port}`], {
      workspaceRoot: '/tmp',
      vars: {},
    });
    const system = hostFunctions('p', caps, { write() {} })['edo:plugin/system']!;
    return system.httpFetch as unknown as (request: object) => Promise<{ status: number; body: Uint8Array }>;
  };

  it('refuses a response body over 64 MiB, announced or not, without reading it all', async () => {
    const fetch = fetchOf();
    const small = await fetch({ method: 'GET', url: `http://127.0.0.1:${port}/1000`, headers: [] });
    expect(small.body.length).toBe(1000);
    const request = (query: string) => ({
      method: 'GET',
      url: `http://127.0.0.1:${port}/${1024 * 1024 * 1024}${query}`,
      headers: [],
    });
    for (const query of ['', '?chunked']) {
      const rss = process.memoryUsage().rss;
      const refused = await fetch(request(query)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(HostError);
      expect((refused as HostError).message).toMatch(/larger than 64 MiB/);
      // The 1 GiB body was never held: at most about the limit.
      expect(process.memoryUsage().rss - rss).toBeLessThan(256 * 1024 * 1024);
    }
  }, 60_000);

  it('reads only regular files, and none larger than a guest could hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edo-system-test-'));
    try {
      writeFileSync(join(dir, 'small'), 'hello');
      // Sparse: 300 MiB by its size, nothing written.
      writeFileSync(join(dir, 'huge'), '');
      truncateSync(join(dir, 'huge'), 300 * 1024 * 1024);
      const grants = [`fs:read:${dir}`, 'fs:read:/dev'];
      const caps = CapabilitySet.grant('p', grants, grants, { workspaceRoot: '/tmp', vars: {} });
      const readFile = hostFunctions('p', caps, { write() {} })['edo:plugin/system']!.readFile as unknown as (
        path: string,
      ) => Promise<Uint8Array>;
      expect(Buffer.from(await readFile(join(dir, 'small'))).toString()).toBe('hello');
      // HostError is not a JS Error (see host-objects.ts): compare its message.
      const failure = (path: string) => readFile(path).then(String, (error: HostError) => error.message);
      expect(await failure(join(dir, 'huge'))).toMatch(/larger than 256 MiB/);
      expect(await failure('/dev/zero')).toMatch(/not a regular file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
