import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chmod, lchown, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { idToString } from '../../src/model/id-format.js';
import { fileSignature } from '../../src/storage/fs-util.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { MediaType } from '../../src/storage/oci.js';
import { packDirectory, writeDirectoryLayer } from '../../src/storage/pack.js';
import { artifactOf, readAll, testId, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

async function writeBytes(store: LocalStore, bytes: Buffer) {
  const writer = await store.startLayer();
  await pipeline(Readable.from([bytes]), writer);
  return store.finishLayer(MediaType.layerTar, 'linux/amd64', writer);
}

async function makeTree(root: string, stamp: Date, owner: number): Promise<void> {
  await mkdir(join(root, 'bin'), { recursive: true });
  await mkdir(join(root, 'share/doc'), { recursive: true });
  await writeFile(join(root, 'bin/tool'), '#!/bin/sh\necho hi\n');
  await chmod(join(root, 'bin/tool'), 0o750);
  await writeFile(join(root, 'share/doc/README'), 'read me\n');
  await chmod(join(root, 'share/doc/README'), 0o600);
  await symlink('../bin/tool', join(root, 'share/tool'));
  for (const path of ['bin/tool', 'share/doc/README', 'share/doc', 'bin', 'share']) {
    await utimes(join(root, path), stamp, stamp);
  }
  // Owners only change as root; the layer must not record them either way.
  if (process.getuid?.() === 0) {
    for (const path of ['bin/tool', 'share/doc/README', 'share/tool', 'bin'])
      await lchown(join(root, path), owner, owner);
  }
}

describe('LocalStore', () => {
  test('round trip: layers and artifacts come back exactly as saved', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const layer = await writeBytes(store, Buffer.from('layer bytes'));
    expect(layer).toEqual({
      mediaType: MediaType.layerTar,
      digest:
        'sha256:' + (await import('node:crypto')).createHash('sha256').update('layer bytes').digest('hex'),
      size: 11,
      platform: 'linux/amd64',
    });
    const id = testId('hello', { version: '1.0.0', pkg: 'core', arch: 'x86_64' });
    const artifact = artifactOf(id, [layer], { built: { by: 'test' }, n: [1, 2] });
    await store.save(artifact);

    const reopened = await LocalStore.open(store.root);
    expect(await reopened.has(id)).toBe(true);
    expect(await reopened.has(testId('other'))).toBe(false);
    expect(await reopened.open(id)).toEqual(artifact);
    expect((await reopened.ls()).map(idToString)).toEqual([idToString(id)]);
    expect((await readAll(await reopened.read(layer))).toString()).toBe('layer bytes');
    expect((await reopened.verify()).problems).toEqual([]);
  });

  test('the layout is a valid OCI image layout', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    await store.save(artifactOf(testId('a')));
    expect(JSON.parse(await readFile(join(store.root, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    const index = JSON.parse(await readFile(store.indexPath, 'utf8'));
    expect(index.mediaType).toBe(MediaType.imageIndex);
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0].artifactType).toBe(MediaType.edoArtifact);
    const manifest = JSON.parse((await store.readBlob(index.manifests[0].digest)).toString());
    expect(manifest.config.mediaType).toBe(MediaType.edoConfig);
  });

  test('determinism: the same tree gives the same layer digest whatever its mtimes, owners and modes', async () => {
    const first = await tempDir('tree-a');
    const second = await tempDir('tree-b');
    await makeTree(first, new Date('2001-01-01T00:00:00Z'), 0);
    await makeTree(second, new Date('2024-06-15T12:34:56Z'), 4321);
    await chmod(join(second, 'bin/tool'), 0o700);
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const a = await writeDirectoryLayer(store, first);
    const b = await writeDirectoryLayer(store, second);
    expect(b.digest).toBe(a.digest);
    expect((await readAll(packDirectory(second))).equals(await readAll(packDirectory(first)))).toBe(true);
  });

  test('corruption: a flipped byte makes reads fail naming the digest', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const layer = await writeBytes(store, Buffer.alloc(300_000, 7));
    const id = testId('corrupt');
    await store.save(artifactOf(id, [layer]));
    const blob = join(store.blobsDir, layer.digest.slice('sha256:'.length));
    const bytes = await readFile(blob);
    bytes[123_456] ^= 1;
    await writeFile(blob, bytes);
    await expect(readAll(await store.read(layer))).rejects.toThrow(layer.digest);
    const report = await store.verify();
    expect(report.problems.join('\n')).toContain(layer.digest);
  });

  test('a layer is hashed once: unchanged blobs are read without re-hashing, changed ones re-verified', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const layer = await writeBytes(store, Buffer.alloc(300_000, 9));
    const hex = layer.digest.slice('sha256:'.length);
    const marker = join(store.root, 'verified', hex);
    // Hashed as it was written.
    const blob = join(store.blobsDir, hex);
    expect(await readFile(marker, 'utf8')).toBe((await fileSignature(blob))?.key);
    // Written again (the same output of another build): still recorded as the blob is now.
    await writeBytes(store, Buffer.alloc(300_000, 9));
    const signature = await readFile(marker, 'utf8');
    expect(signature).toBe((await fileSignature(blob))?.key);
    expect((await readAll(await store.read(layer))).length).toBe(300_000);
    const bytes = await readFile(blob);
    bytes[7] ^= 1;
    await writeFile(blob, bytes);
    // The write changed the blob's signature: the read hashes it again, fails, and removes the
    // blob and its record.
    await expect(readAll(await store.read(layer))).rejects.toThrow(layer.digest);
    await expect(readFile(marker)).rejects.toThrow('ENOENT');
    await expect(store.read(layer)).rejects.toThrow(`blob ${layer.digest} is missing`);
    bytes[7] ^= 1;
    await writeFile(blob, bytes);
    expect((await readAll(await store.read(layer))).length).toBe(300_000);
    expect(await readFile(marker, 'utf8')).toBe((await fileSignature(blob))?.key);
    // Unreferenced, the blob goes with garbage collection, and its record with it.
    await store.gc({ graceMs: 0 });
    await expect(readFile(marker)).rejects.toThrow('ENOENT');
  });

  test('a corrupted manifest or config makes open fail naming the digest', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const id = testId('manifest-corrupt');
    const [entry] = await store.saveAll([artifactOf(id)]);
    const path = join(store.blobsDir, entry.digest.slice('sha256:'.length));
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"schemaVersion":2', '"schemaVersion":3'));
    await expect(store.open(id)).rejects.toThrow(entry.digest);
  });

  test('a layer with changed bytes of the same size is removed when read, and gc drops its artifact', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const layer = await writeBytes(store, Buffer.alloc(300_000, 5));
    const id = testId('same-size');
    await store.save(artifactOf(id, [layer]));
    const blob = join(store.blobsDir, layer.digest.slice('sha256:'.length));
    const bytes = await readFile(blob);
    bytes[1000] ^= 1;
    await writeFile(blob, bytes);
    // gc hashes a blob whose verified/ signature is stale (the write changed it): the size matches.
    expect(await store.gc({ dryRun: true })).toMatchObject({ brokenArtifacts: [idToString(id)] });
    expect(await store.hasBlob(layer.digest)).toBe(true);
    expect(await store.gc()).toMatchObject({ brokenArtifacts: [idToString(id)] });
    expect(await store.has(id)).toBe(false);
    expect(await store.hasBlob(layer.digest)).toBe(false);
    expect((await store.verify()).problems).toEqual([]);
    // Written again, the layer is stored again.
    await store.save(artifactOf(id, [await writeBytes(store, Buffer.alloc(300_000, 5))]));
    expect((await readAll(await store.read(layer))).length).toBe(300_000);
  });

  test('a read finding a layer corrupt removes it and says what to do', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const layer = await writeBytes(store, Buffer.alloc(300_000, 6));
    await store.save(artifactOf(testId('read-corrupt'), [layer]));
    const blob = join(store.blobsDir, layer.digest.slice('sha256:'.length));
    const bytes = await readFile(blob);
    bytes[2000] ^= 1;
    await writeFile(blob, bytes);
    await expect(readAll(await store.read(layer))).rejects.toThrow(
      new RegExp(
        `^blob ${layer.digest} is corrupt: its content hashes to sha256:[0-9a-f]{64}; it was removed ` +
          'from the store: `edo prune` drops the artifacts that need it, which then build again$',
      ),
    );
    expect(await store.hasBlob(layer.digest)).toBe(false);
    await expect(store.read(layer)).rejects.toThrow(
      `blob ${layer.digest} is missing from the store (edo prune`,
    );
    // A descriptor with the wrong size fails the read, but the correct blob it names stays.
    const good = await writeBytes(store, Buffer.alloc(300_000, 6));
    await expect(store.read({ ...good, size: 5 })).rejects.toThrow('expected 5 bytes');
    expect((await readAll(await store.read(good))).length).toBe(300_000);
  });

  test('an artifact with a corrupt manifest dropped by gc is saved again for good', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const id = testId('manifest-rebuilt');
    const [entry] = await store.saveAll([artifactOf(id)]);
    const path = join(store.blobsDir, entry.digest.slice('sha256:'.length));
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"schemaVersion":2', '"schemaVersion":3'));
    // The default grace period: the blob is young, yet being corrupt it goes.
    expect(await store.gc()).toMatchObject({ brokenArtifacts: [idToString(id)] });
    // The rebuild saves the same manifest digest: the blob must be written, not found present.
    await store.save(artifactOf(id));
    expect(await store.open(id)).toEqual(artifactOf(id));
    expect((await store.verify()).problems).toEqual([]);
  });

  test('gc keeps referenced blobs and temp files of live processes, removes the rest', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const kept = await writeBytes(store, Buffer.from('kept'));
    const dropped = await writeBytes(store, Buffer.from('dropped'));
    await store.save(artifactOf(testId('kept'), [kept]));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(store.ingestDir, `layer-${process.pid}-0123456789abcdef`), 'in progress');
    await writeFile(join(store.ingestDir, `layer-${dead}-0123456789abcdef`), 'abandoned');
    expect(await store.gc()).toEqual({
      brokenArtifacts: [],
      removedBlobs: 0,
      removedTempFiles: 0,
      freedBytes: 0,
      keptBlobs: 4,
      keptYoungBlobs: 1,
    });
    expect(await store.gc({ graceMs: 0, dryRun: true })).toMatchObject({
      removedBlobs: 1,
      removedTempFiles: 1,
    });
    expect(await store.gc({ graceMs: 0 })).toEqual({
      brokenArtifacts: [],
      removedBlobs: 1,
      removedTempFiles: 1,
      freedBytes: 'dropped'.length + 'abandoned'.length,
      keptBlobs: 3,
      keptYoungBlobs: 0,
    });
    expect(await store.hasBlob(dropped.digest)).toBe(false);
    expect(await readdir(store.ingestDir)).toEqual([`layer-${process.pid}-0123456789abcdef`]);
    expect((await store.verify()).problems).toEqual([]);
  });

  test('an artifact saved through another LocalStore on the same directory is seen at once', async () => {
    const root = join(await tempDir(), 'store');
    const [first, second] = [await LocalStore.open(root), await LocalStore.open(root)];
    const id = testId('shared');
    expect(await second.has(id)).toBe(false);
    await first.save(artifactOf(id));
    expect(await second.has(id)).toBe(true);
    expect((await second.open(id)).config.id).toEqual(id);
    await second.del(id);
    expect((await first.ls()).map(idToString)).toEqual([]);
  });

  test('packing a tree with a FIFO fails naming it and leaves no temp file', async () => {
    const tree = await tempDir('fifo-tree');
    await writeFile(join(tree, 'a.txt'), 'a');
    execFileSync('mkfifo', [join(tree, 'pipe')]);
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    await expect(writeDirectoryLayer(store, tree)).rejects.toThrow(`cannot pack ${join(tree, 'pipe')}`);
    expect(await readdir(store.ingestDir)).toEqual([]);
  });

  test('packing a name that is not UTF-8 fails saying so; a valid U+FFFD in a name packs', async () => {
    const tree = await tempDir('names-tree');
    await writeFile(join(tree, 'replacement-\uFFFD.txt'), 'ok');
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    await expect(writeDirectoryLayer(store, tree)).resolves.toMatchObject({ digest: expect.any(String) });
    writeFileSync(Buffer.from(`${tree}/bad-\xff.txt`, 'latin1'), 'x');
    await expect(writeDirectoryLayer(store, tree)).rejects.toThrow(/its name is not valid UTF-8/);
  });
});
