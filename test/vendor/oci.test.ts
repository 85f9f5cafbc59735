import { mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import type { DeclarationNode } from '../../src/model/node.js';
import { ImageSource, parseImageReference } from '../../src/source/image.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { MediaType } from '../../src/storage/oci.js';
import { parseRegistryAddress, RegistryClient } from '../../src/storage/registry.js';
import { LockFile } from '../../src/vendor/lock.js';
import { OciVendor } from '../../src/vendor/oci.js';
import { VendorResolution } from '../../src/vendor/resolver.js';
import { runCli } from '../helpers/cli.js';
import { describeWithDocker, requireTestImage, TEST_IMAGE } from '../helpers/docker.js';
import { type LocalOciRegistry, startOciRegistry } from './oci-registry.js';

const log = { write: () => undefined };

function node(name: string, kind: string, attrs: DeclarationNode['attrs']): DeclarationNode {
  return { kind, name, id: `//app:${name}`, attrs, position: { file: 'app/BUILD.edo', line: 3, col: 1 } };
}

test('image references: registry port vs tag, digests, the docker daemon', () => {
  expect(parseImageReference('127.0.0.1:5000/lib/busybox:1.0')).toEqual({
    daemon: false,
    repository: '127.0.0.1:5000/lib/busybox',
    tag: '1.0',
  });
  const digest = 'sha256:' + 'a'.repeat(64);
  expect(parseImageReference(`127.0.0.1:5000/busybox@${digest}`)).toEqual({
    daemon: false,
    repository: '127.0.0.1:5000/busybox',
    digest,
  });
  expect(parseImageReference('docker-daemon:edo-test/busybox:1')).toEqual({
    daemon: true,
    repository: 'edo-test/busybox',
    tag: '1',
  });
  expect(() => parseImageReference('127.0.0.1:5000/busybox@sha256:nope')).toThrow(/not a sha256 digest/);
});

await describeWithDocker('OCI vendor and image source against docker-registry', (docker: Docker) => {
  let registry: LocalOciRegistry;
  let workspace: string;
  let store: LocalStore;

  beforeAll(async () => {
    await requireTestImage(docker);
    registry = await startOciRegistry();
    for (const tag of ['1.0.0', '1.1.0', 'latest'])
      await registry.pushFromDocker(TEST_IMAGE, `busybox:${tag}`);
  }, 120_000);
  afterAll(() => registry?.close());
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'edo-oci-'));
    store = await LocalStore.open(join(workspace, '.edo', 'store'));
  });
  afterEach(() => rm(workspace, { recursive: true, force: true }));

  const client = () => new RegistryClient(parseRegistryAddress(`${registry.host}/busybox`));

  test('tags are the options; a range resolves to an image pinned by manifest digest, locked', async () => {
    const vendor = new OciVendor(registry.host, '//:images');
    expect((await vendor.getOptions('busybox')).sort()).toEqual(['1.0.0', '1.1.0', 'latest']);
    expect(await vendor.getOptions('no-such-repo')).toEqual([]);
    const manifestDigest = await client().headManifest('1.1.0');

    const lock = await LockFile.open(workspace, { mode: 'build' });
    const dep = node('busybox', 'vendor_source', { vendor: '//:images', package: 'busybox', version: '^1' });
    const resolution = new VendorResolution(lock, [dep], async (label) => ({ label, kind: 'oci', vendor }));
    const pinned = await resolution.pinned(dep);
    expect(pinned).toMatchObject({
      kind: 'image',
      attrs: { ref: `${registry.host}/busybox:1.1.0`, digest: manifestDigest },
    });
    await lock.save();
    const saved = JSON.parse(await readFile(join(workspace, 'edo.lock.json'), 'utf8'));
    expect(saved.entries['//:images#busybox']).toMatchObject({
      kind: 'oci',
      version: '1.1.0',
      digest: manifestDigest,
    });

    // The pinned source fetches the image into the store, layers kept as the registry's blobs.
    const manifest = JSON.parse((await client().getManifest(manifestDigest!))!.bytes.toString('utf8'));
    const artifact = await new ImageSource(pinned, lock).fetch(log, store);
    // Layers are stored uncompressed: their digests are the image's diff_ids.
    const config = JSON.parse((await client().readSmallBlob(manifest.config.digest)).toString('utf8'));
    expect(artifact.layers.map((l) => l.digest)).toEqual(config.rootfs.diff_ids);
    expect(artifact.layers.every((l) => l.mediaType === MediaType.layerTar)).toBe(true);
    expect(await store.has(artifact.config.id)).toBe(true);
  });

  test('an image by tag is pinned to its digest in the lock and stays pinned when the tag moves', async () => {
    const ref = `${registry.host}/busybox:latest`;
    const before = await client().headManifest('latest');
    const first = await LockFile.open(workspace, { mode: 'build' });
    const source = new ImageSource(node('base', 'image', { ref }), first);
    expect(await source.digest()).toBe(before);
    expect(first.describeChanges()).toEqual([`added //app:base latest (${before!.slice(0, 19)}…)`]);
    await first.save();

    // Move the tag: the same manifest re-serialised is another manifest with another digest.
    const current = (await client().getManifest('latest'))!;
    const parsed = JSON.parse(current.bytes.toString('utf8'));
    await client().putManifest('latest', Buffer.from(JSON.stringify(parsed, null, 1)), parsed.mediaType);
    const after = await client().headManifest('latest');
    expect(after).not.toBe(before);
    const build = await LockFile.open(workspace, { mode: 'build' });
    expect(await new ImageSource(node('base', 'image', { ref }), build).digest()).toBe(before);
    const update = await LockFile.open(workspace, { mode: 'update', update: ['//app:base'] });
    expect(await new ImageSource(node('base', 'image', { ref }), update).digest()).toBe(after);
    expect(update.describeChanges()).toEqual([
      `updated //app:base latest (${before!.slice(0, 19)}…) -> latest (${after!.slice(0, 19)}…)`,
    ]);

    const locked = await LockFile.open(workspace, { mode: 'locked' });
    expect(await new ImageSource(node('base', 'image', { ref }), locked).digest()).toBe(before);
    const other = await LockFile.open(workspace, { mode: 'locked' });
    await expect(new ImageSource(node('other', 'image', { ref }), other).digest()).rejects.toThrow(
      '--locked: edo.lock.json has no entry for //app:other',
    );
  });

  test('a tampered blob in the registry is refused with its digest in the error', async () => {
    // A registry of its own: blobs are shared by digest across repositories, so tampering with
    // one in the shared registry would break the other tests.
    const own = await startOciRegistry();
    try {
      await own.pushFromDocker(TEST_IMAGE, 'busybox:1.0.0');
      const ownClient = new RegistryClient(parseRegistryAddress(`${own.host}/busybox`));
      const digest = (await ownClient.headManifest('1.0.0'))!;
      const manifest = JSON.parse((await ownClient.getManifest(digest))!.bytes.toString('utf8'));
      const layerDigest = manifest.layers[0].digest as string;
      const blob = await readFile(own.blobPath(layerDigest));
      blob[blob.length >> 1]! ^= 0xff; // same size, different bytes
      await writeFile(own.blobPath(layerDigest), blob);

      const lock = LockFile.inMemory();
      const source = new ImageSource(
        node('base', 'image', { ref: `${own.host}/busybox:1.0.0`, digest }),
        lock,
      );
      await expect(source.fetch(log, store)).rejects.toThrow(`blob ${layerDigest} is corrupt`);
      expect(await store.ls()).toEqual([]);
      expect(await readdir(store.ingestDir)).toEqual([]);
    } finally {
      await own.close();
    }
  });

  test('an image from the local Docker engine (docker save) is pinned to its image ID and verified', async () => {
    const imageId = (await docker.getImage(TEST_IMAGE).inspect()).Id;
    const lock = await LockFile.open(workspace, { mode: 'build' });
    const source = new ImageSource(node('local', 'image', { ref: `docker-daemon:${TEST_IMAGE}` }), lock);
    expect(await source.digest()).toBe(imageId);
    const artifact = await source.fetch(log, store);
    const config = (await docker.getImage(TEST_IMAGE).inspect()).RootFS.Layers;
    expect(artifact.layers.map((l) => l.digest)).toEqual(config);
    expect(artifact.layers[0]!.mediaType).toBe(MediaType.layerTar);

    const wrong = new ImageSource(
      node('wrong', 'image', { ref: `docker-daemon:${TEST_IMAGE}`, digest: 'sha256:' + '0'.repeat(64) }),
      lock,
    );
    await expect(wrong.fetch(log, store)).rejects.toThrow(`sha256:${'0'.repeat(64)}`);
  });

  test("an image's root filesystem, absolute symlinks and all, is staged for a script and checked out", async () => {
    // busybox's applets are absolute symlinks (bin/sh -> /bin/busybox), as in most images.
    await writeFile(join(workspace, 'WORKSPACE.edo'), '');
    await writeFile(
      join(workspace, 'BUILD.edo'),
      `image(name = "base", ref = "docker-daemon:${TEST_IMAGE}")\n` +
        'script(name = "rootfs", deps = [":base"], commands = ["cp -a base/. $OUT/", "readlink base/bin/sh > $OUT/sh-link"])\n',
    );
    const built = await runCli(['build'], workspace);
    expect(built.stderr).toContain('Build succeeded');
    const out = join(workspace, 'out');
    expect((await runCli(['checkout', '//:rootfs', out], workspace)).code).toBe(0);
    expect(await readFile(join(out, 'sh-link'), 'utf8')).toBe('/bin/busybox\n');
    expect(await readlink(join(out, 'bin/sh'))).toBe('/bin/busybox');
  });
});
