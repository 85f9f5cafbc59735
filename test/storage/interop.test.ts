import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink } from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { idToString } from '../../src/model/id-format.js';
import type { Id } from '../../src/model/id.js';
import { exportImage, type ImageFormat } from '../../src/storage/export.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { Annotation } from '../../src/storage/oci.js';
import { writeDirectoryLayer } from '../../src/storage/pack.js';
import { describeWithDocker } from '../helpers/docker.js';
import { artifactOf, readAll, useTempDirs } from './helpers.js';

const run = promisify(execFile);
const tempDir = useTempDirs();

/** A store holding one artifact whose single layer is a busybox root filesystem. */
async function busyboxStore(): Promise<{ base: string; store: LocalStore; id: Id }> {
  const base = await tempDir('interop');
  const root = join(base, 'rootfs');
  await mkdir(join(root, 'bin'), { recursive: true });
  await copyFile('/bin/busybox', join(root, 'bin/busybox'));
  await symlink('busybox', join(root, 'bin/sh'));
  const store = await LocalStore.open(join(base, 'store'));
  const layer = await writeDirectoryLayer(store, root, 'linux/amd64');
  const id: Id = { name: 'busybox-root', version: '1.0', digest: layer.digest };
  await store.save(artifactOf(id, [layer]));
  return { base, store, id };
}

async function exportTo(store: LocalStore, id: Id, format: ImageFormat, path: string, tag: string) {
  await exportImage(store, id, format, createWriteStream(path), { tag });
}

describe('standard OCI tools read the store and the exports', () => {
  test('skopeo reads an artifact of the store by its reference name and copies it', async () => {
    const { base, store, id } = await busyboxStore();
    const entry = store.manifestOf(id)!;
    const ref = entry.annotations![Annotation.refName]!;
    expect(ref).toBe(idToString(id));
    const { stdout } = await run('skopeo', ['inspect', '--raw', `oci:${store.root}:${ref}`]);
    expect(stdout).toBe((await store.readBlob(entry.digest)).toString());
    await run('skopeo', ['copy', '--quiet', `oci:${store.root}:${ref}`, `oci:${join(base, 'copy')}:copied`]);
    const copied = JSON.parse(await readFile(join(base, 'copy/index.json'), 'utf8'));
    expect(copied.manifests[0].digest).toBe(entry.digest);
  });

  test('umoci lists the store', async () => {
    const { store, id } = await busyboxStore();
    const { stdout } = await run('umoci', ['ls', '--layout', store.root]);
    expect(stdout.trim()).toBe(idToString(id));
  });

  test('the OCI export is an image skopeo inspects and umoci stats (history has created)', async () => {
    const { base, store, id } = await busyboxStore();
    const archive = join(base, 'image.tar');
    await exportTo(store, id, 'oci', archive, 'busybox-root:1.0');
    const { stdout } = await run('skopeo', ['inspect', `oci-archive:${archive}:busybox-root:1.0`]);
    const info = JSON.parse(stdout);
    expect(info).toMatchObject({ Architecture: 'amd64', Os: 'linux', Layers: [id.digest] });
    const layout = join(base, 'layout');
    await mkdir(layout);
    await run('tar', ['-xf', archive, '-C', layout]);
    const stat = await run('umoci', ['stat', '--image', `${layout}:busybox-root:1.0`]);
    expect(stat.stdout).toContain(`edo layer ${id.digest}`);
  });

  test('exports are reproducible', async () => {
    const { base, store, id } = await busyboxStore();
    for (const format of ['docker', 'oci'] as const) {
      await exportTo(store, id, format, join(base, 'a.tar'), 'x:1');
      await exportTo(store, id, format, join(base, 'b.tar'), 'x:1');
      const [a, b] = await Promise.all(['a.tar', 'b.tar'].map((f) => readFile(join(base, f))));
      expect(a!.equals(b!)).toBe(true);
    }
  });
});

await describeWithDocker('docker load of an exported artifact', (docker) => {
  test('the docker-archive export loads and runs on the real engine', async () => {
    const { base, store, id } = await busyboxStore();
    const tag = `edo-test-export-${process.pid}:1`;
    const archive = join(base, 'docker.tar');
    await exportTo(store, id, 'docker', archive, tag);
    await readAll((await docker.loadImage(createReadStream(archive))) as PassThrough);
    try {
      const output = new PassThrough();
      const text = readAll(output);
      const [result, container] = (await docker.run(
        tag,
        ['/bin/sh', '-c', 'echo hello from $(busybox basename /bin/sh)'],
        output,
        {
          Tty: true,
          HostConfig: { NetworkMode: 'none', AutoRemove: false },
        },
      )) as [{ StatusCode: number }, { remove: () => Promise<unknown> }];
      await container.remove();
      output.end();
      expect(result.StatusCode).toBe(0);
      expect((await text).toString().trim()).toBe('hello from sh');
    } finally {
      await docker.getImage(tag).remove();
    }
  });
});
