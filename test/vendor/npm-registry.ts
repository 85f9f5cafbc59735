import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { runServer } from 'verdaccio';

/** A real npm registry (verdaccio) on 127.0.0.1, with its own temp storage and no uplinks. */
export interface LocalNpmRegistry {
  url: string;
  storage: string;
  /** With `{ private: true }`: a token of a registered user (anonymous requests are refused). */
  token: string;
  /** Publishes `name@version` with `dependencies` and the given files; returns the tarball bytes. */
  publish(
    name: string,
    version: string,
    dependencies?: Record<string, string>,
    files?: Record<string, string | Buffer>,
  ): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startNpmRegistry(options: { private?: boolean } = {}): Promise<LocalNpmRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'edo-verdaccio-'));
  const storage = join(dir, 'storage');
  const server = (await runServer({
    self_path: dir,
    storage,
    uplinks: {},
    packages: {
      '**': options.private
        ? { access: ['$authenticated'], publish: ['$authenticated'] }
        : { access: ['$all'], publish: ['$all'] },
    },
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 10 } },
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
    web: { enable: false },
  } as never)) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Any token publishes to an open registry; a private one needs a user's.
  let token = 'any-token-publishes';
  if (options.private) {
    const response = await fetch(`${url}/-/user/org.couchdb.user:edo`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'edo', password: 'edo-test-password' }),
    });
    if (!response.ok)
      throw new Error(`adding a registry user: HTTP ${response.status} ${await response.text()}`);
    token = ((await response.json()) as { token: string }).token;
  }

  return {
    url,
    storage,
    token,
    async publish(name, version, dependencies = {}, files = {}) {
      const manifest = { name, version, dependencies };
      const tarball = await packageTarball({ 'package.json': JSON.stringify(manifest, null, 2), ...files });
      const filename = `${name}-${version}.tgz`;
      const body = {
        _id: name,
        name,
        'dist-tags': { latest: version },
        versions: {
          [version]: {
            ...manifest,
            _id: `${name}@${version}`,
            dist: {
              tarball: `${url}/${name}/-/${filename}`,
              integrity: 'sha512-' + createHash('sha512').update(tarball).digest('base64'),
              shasum: createHash('sha1').update(tarball).digest('hex'),
            },
          },
        },
        _attachments: {
          [filename]: {
            content_type: 'application/octet-stream',
            data: tarball.toString('base64'),
            length: tarball.length,
          },
        },
      };
      const response = await fetch(`${url}/${name}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`publish ${name}@${version}: HTTP ${response.status} ${await response.text()}`);
      return tarball;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An npm-style tarball: gzip of a tar whose entries live under `package/`. */
async function packageTarball(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files))
    pack.entry({ name: `package/${name}`, mode: 0o644 }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}
