import { rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../storage/registry-server.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from './helpers.js';

/** A workspace whose default build_config reads through and writes back the registry at `address`. */
function workspaceWithTeamCache(address: string, build: string, files: Record<string, string> = {}): string {
  return makeWorkspace({
    'WORKSPACE.edo': `
storage_backend(name = "team", kind = "registry", address = "${address}")
build_config(name = "default", remote_caches = ["team"], write_back = True)
`,
    'BUILD.edo': build,
    ...files,
  });
}

describe('remote caches from build_config', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry.stop());

  it('writes results back to a registry and reads them through on a machine without them', async () => {
    const root = workspaceWithTeamCache(
      `${registry.host}/edo-cache`,
      `
local_source(name = "src", srcs = ["a.txt"])
script(name = "out", deps = [":src"], commands = ["cp src/a.txt $OUT/"])
`,
      { 'a.txt': 'a\n' },
    );
    try {
      const first = await buildJson(root);
      expect(first.result.code).toBe(0);
      expect(builtLabels(first.targets)).toEqual(['//:out', '//:src']);
      // A fresh local store: everything comes from the registry.
      rmSync(join(root, '.edo'), { recursive: true, force: true });
      const second = await buildJson(root);
      expect(second.result.code).toBe(0);
      expect(builtLabels(second.targets)).toEqual([]);
    } finally {
      removeWorkspace(root);
    }
  });

  it('warns once about a remote cache it cannot reach, names it, and builds without it', async () => {
    // A port nothing listens on: taken, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const root = workspaceWithTeamCache(
      `127.0.0.1:${port}/edo-cache`,
      `
script(name = "a", commands = ["echo a > $OUT/a"])
script(name = "b", deps = [":a"], commands = ["cp a/a $OUT/b"])
`,
    );
    try {
      const build = await buildJson(root);
      expect(build.result.code).toBe(0);
      expect(builtLabels(build.targets)).toEqual(['//:a', '//:b']);
      expect(build.result.stderr).toBe(
        `edo: warning: remote cache team: registry 127.0.0.1:${port} unreachable: connect ECONNREFUSED 127.0.0.1:${port}; not used for the rest of this command\n`,
      );
    } finally {
      removeWorkspace(root);
    }
  });

  it('builds, warning, when the remote cache refuses uploads (a read-only registry)', async () => {
    // Nothing is in it, and every upload is refused as a read-only registry refuses it.
    const server = createHttpServer((request, response) => {
      const refused = request.method === 'POST';
      response.writeHead(refused ? 405 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ code: refused ? 'UNSUPPORTED' : 'MANIFEST_UNKNOWN' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const root = workspaceWithTeamCache(
      `127.0.0.1:${port}/edo-cache`,
      names.map((name) => `script(name = "${name}", commands = ["echo ${name} > $OUT/${name}"])`).join('\n'),
    );
    try {
      const build = await buildJson(root);
      expect(build.result.stderr).toBe(
        `edo: warning: remote cache team: registry 127.0.0.1:${port}: POST /v2/edo-cache/blobs/uploads/ answered 405: {"errors":[{"code":"UNSUPPORTED"}]}; nothing more is pushed to it in this command\n`,
      );
      expect(builtLabels(build.targets)).toEqual(names.map((name) => `//:${name}`));
      expect(build.result.code).toBe(0);
    } finally {
      removeWorkspace(root);
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
