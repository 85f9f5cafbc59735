import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar-stream';
import type { Layer } from '../../src/model/artifact.js';
import type { DeclarationNode } from '../../src/model/node.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { LockFile, type LockMode } from '../../src/vendor/lock.js';
import { NpmPackageSource, NpmVendor } from '../../src/vendor/npm.js';
import { VendorResolution } from '../../src/vendor/resolver.js';
import { type LocalNpmRegistry, startNpmRegistry } from './npm-registry.js';

const log = { write: () => undefined };

async function layerFiles(store: LocalStore, layer: Layer): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const extract = tar.extract();
  (await store.read(layer)).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    files[`${entry.header.name} ${entry.header.mode!.toString(8)}`] = Buffer.concat(chunks).toString('utf8');
  }
  return files;
}

function declaration(name: string, attrs: DeclarationNode['attrs'], kind = 'vendor_source'): DeclarationNode {
  return { kind, name, id: `//app:${name}`, attrs, position: { file: 'app/BUILD.edo', line: 1, col: 1 } };
}

describe('npm vendor against a local registry (verdaccio)', () => {
  let registry: LocalNpmRegistry;
  let workspace: string;
  let store: LocalStore;
  let tarballA: Buffer;

  beforeAll(async () => {
    registry = await startNpmRegistry();
    for (const version of ['2.1.0', '2.1.5', '2.2.0']) await registry.publish('pkg-b', version);
    tarballA = await registry.publish(
      'pkg-a',
      '1.3.0',
      { 'pkg-b': '~2.1' },
      { 'index.js': 'module.exports = 13;\n' },
    );
  });
  afterAll(() => registry.close());
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'edo-npm-'));
    store = await LocalStore.open(join(workspace, '.edo', 'store'));
  });
  afterEach(() => rm(workspace, { recursive: true, force: true }));

  test('lists versions and dependencies, and resolves to a tarball pinned by sha512', async () => {
    const vendor = new NpmVendor(registry.url, '//:npm');
    expect((await vendor.getOptions('pkg-b')).sort()).toEqual(['2.1.0', '2.1.5', '2.2.0']);
    expect(await vendor.getOptions('no-such-package')).toEqual([]);
    expect(await vendor.getDependencies('pkg-a', '1.3.0')).toEqual([['pkg-b', '~2.1']]);
    expect(await vendor.getDependencies('pkg-a', '9.9.9')).toBeUndefined();
    expect(await vendor.resolve('pkg-a', '1.3.0')).toEqual({
      kind: 'npm_package',
      package: 'pkg-a',
      version: '1.3.0',
      url: `${registry.url}/pkg-a/-/pkg-a-1.3.0.tgz`,
      digest: 'sha512-' + createHash('sha512').update(tarballA).digest('base64'),
    });
  });

  test('resolves, locks and fetches the graph; a new upstream version changes nothing until update', async () => {
    const deps = [declaration('dep', { vendor: '//:npm', package: 'pkg-a', version: '^1' })];
    const command = async (mode: LockMode) => {
      const lock = await LockFile.open(workspace, { mode });
      const vendor = new NpmVendor(registry.url, '//:npm');
      const resolution = new VendorResolution(lock, deps, async (label) => ({ label, kind: 'npm', vendor }));
      const pinned = await resolution.pinned(deps[0]!);
      await lock.save();
      return { pinned, changes: lock.describeChanges().map((line) => line.replace(/ \([^)]*\)/g, '')) };
    };

    const first = await command('build');
    expect(first.changes).toEqual(['added //:npm#pkg-a 1.3.0', 'added //:npm#pkg-b 2.1.5']);
    const source = new NpmPackageSource(first.pinned);
    const artifact = await source.fetch(log, store);
    expect(artifact.layers).toHaveLength(1);
    expect(await layerFiles(store, artifact.layers[0]!)).toEqual({
      'package.json 644': JSON.stringify(
        { name: 'pkg-a', version: '1.3.0', dependencies: { 'pkg-b': '~2.1' } },
        null,
        2,
      ),
      'index.js 644': 'module.exports = 13;\n',
    });

    await registry.publish('pkg-a', '1.4.0', { 'pkg-b': '~2.1' });
    expect((await command('locked')).pinned.attrs.version).toBe('1.3.0');
    expect((await command('build')).changes).toEqual([]);
    const update = await command('update');
    expect(update.pinned.attrs.version).toBe('1.4.0');
    expect(update.changes).toEqual(['updated //:npm#pkg-a 1.3.0 -> 1.4.0']);
  });

  test('a package already in the store is not downloaded again', async () => {
    const vendor = new NpmVendor(registry.url, '//:npm');
    const node = declaration(
      'dep',
      (await vendor.resolve('pkg-b', '2.1.0')) as DeclarationNode['attrs'],
      'npm_package',
    );
    const first = await new NpmPackageSource(node).fetch(log, store);
    // Same pin, an unreachable URL: only the store can answer.
    const offline = new NpmPackageSource({
      ...node,
      attrs: { ...node.attrs, url: 'http://127.0.0.1:9/nothing.tgz' },
    });
    expect(await offline.fetch(log, store)).toEqual(first);
  });

  test('a tarball whose sha512 differs from the pin is refused and leaves nothing behind', async () => {
    const vendor = new NpmVendor(registry.url, '//:npm');
    const real = (await vendor.resolve('pkg-b', '2.1.0')) as Record<string, string>;
    const wrong = 'sha512-' + createHash('sha512').update('something else').digest('base64');
    const source = new NpmPackageSource(declaration('dep', { ...real, digest: wrong }, 'npm_package'));
    await expect(source.fetch(log, store)).rejects.toThrow(
      `integrity mismatch for ${real.url}: expected ${wrong}, got ${real.digest}`,
    );
    expect(await store.ls()).toEqual([]);
    expect(await readdir(join(store.root, 'ingest'))).toEqual([]);
  });

  test('a private registry: the token comes from the variable token_env names, for packuments and tarballs', async () => {
    const secret = await startNpmRegistry({ private: true });
    try {
      await secret.publish('pkg-p', '1.0.0', {}, { 'index.js': 'private\n' });
      await expect(new NpmVendor(secret.url, 'npm').getOptions('pkg-p')).rejects.toThrow(/HTTP 401/);
      await expect(
        new NpmVendor(secret.url, 'npm', 'EDO_TEST_NPM_TOKEN', {}).getOptions('pkg-p'),
      ).rejects.toThrow('npm vendor npm: token_env names EDO_TEST_NPM_TOKEN, which is not set');
      const env = { EDO_TEST_NPM_TOKEN: secret.token };
      const vendor = new NpmVendor(secret.url, 'npm', 'EDO_TEST_NPM_TOKEN', env);
      expect(await vendor.getOptions('pkg-p')).toEqual(['1.0.0']);
      const pinned = await vendor.resolve('pkg-p', '1.0.0');
      expect(pinned).toMatchObject({ token_env: 'EDO_TEST_NPM_TOKEN' });
      expect(JSON.stringify(pinned)).not.toContain(secret.token);
      const source = new NpmPackageSource(
        declaration('p', pinned as DeclarationNode['attrs'], 'npm_package'),
        env,
      );
      const artifact = await source.fetch(log, store);
      expect(await layerFiles(store, artifact.layers[0]!)).toMatchObject({ 'index.js 644': 'private\n' });
    } finally {
      await secret.close();
    }
  });
});
