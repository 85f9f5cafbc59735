import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar-stream';
import type { Layer } from '../../src/model/artifact.js';
import { UsageError } from '../../src/model/errors.js';
import { checkout } from '../../src/storage/checkout.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { MediaType } from '../../src/storage/oci.js';
import { writeDirectoryLayer } from '../../src/storage/pack.js';
import { artifactOf, readAll, testId, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

type Entry = Partial<tar.Header> & { name: string; content?: string };

async function tarOf(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const done = readAll(Readable.from(pack));
  for (const { content, ...header } of entries) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ mode: 0o644, ...header }, content ?? '', (err) => (err ? reject(err) : resolve())),
    );
  }
  pack.finalize();
  return done;
}

async function layerOf(store: LocalStore, entries: Entry[]): Promise<Layer> {
  const writer = await store.startLayer();
  await pipeline(Readable.from([await tarOf(entries)]), writer);
  return store.finishLayer(MediaType.layerTar, undefined, writer);
}

async function setup() {
  const base = await tempDir('checkout');
  const store = await LocalStore.open(join(base, 'store'));
  return { base, store, out: join(base, 'out') };
}

/** Checks out a one-layer artifact made of `entries`; resolves to the error message, if any. */
async function checkoutEntries(entries: Entry[]): Promise<{ error?: string; out: string; base: string }> {
  const { base, store, out } = await setup();
  const id = testId('case');
  await store.save(artifactOf(id, [await layerOf(store, entries)]));
  try {
    await checkout(store, id, out);
    return { out, base };
  } catch (err) {
    return { error: (err as Error).message, out, base };
  }
}

describe('checkout', () => {
  test('a packed tree comes back with its files, modes and symlinks', async () => {
    const { base, store, out } = await setup();
    const tree = join(base, 'tree');
    await mkdir(join(tree, 'bin'), { recursive: true });
    await writeFile(join(tree, 'bin/run'), 'run', { mode: 0o755 });
    await writeFile(join(tree, 'data.txt'), 'data', { mode: 0o600 });
    await symlink('bin/run', join(tree, 'run-link'));
    const id = testId('tree');
    await store.save(artifactOf(id, [await writeDirectoryLayer(store, tree)]));
    await checkout(store, id, out);
    expect((await readdir(out)).sort()).toEqual(['bin', 'data.txt', 'run-link']);
    expect((await stat(join(out, 'bin/run'))).mode & 0o777).toBe(0o755);
    expect((await stat(join(out, 'data.txt'))).mode & 0o777).toBe(0o644);
    expect(await readlink(join(out, 'run-link'))).toBe('bin/run');
    expect(await readFile(join(out, 'run-link'), 'utf8')).toBe('run');
    expect(await readdir(base)).toEqual(['out', 'store', 'tree']);
  });

  test('files of every size come back whole, with exactly their modes whatever the umask', async () => {
    const { store, out } = await setup();
    // Over the size written from memory: that one streams.
    const big = 'b'.repeat(3 * 1024 * 1024 + 1);
    const layer = await layerOf(store, [
      { name: 'empty', content: '', mode: 0o600 },
      { name: 'small', content: 'small', mode: 0o777 },
      { name: 'big', content: big, mode: 0o666 },
    ]);
    const id = testId('sizes');
    await store.save(artifactOf(id, [layer]));
    const umask = process.umask(0o077);
    try {
      await checkout(store, id, out);
    } finally {
      process.umask(umask);
    }
    expect(await readFile(join(out, 'empty'), 'utf8')).toBe('');
    expect(await readFile(join(out, 'small'), 'utf8')).toBe('small');
    expect(await readFile(join(out, 'big'), 'utf8')).toBe(big);
    expect((await stat(join(out, 'empty'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(out, 'small'))).mode & 0o777).toBe(0o777);
    expect((await stat(join(out, 'big'))).mode & 0o777).toBe(0o666);
  });

  test('later layers replace earlier entries', async () => {
    const { store, out } = await setup();
    const first = await layerOf(store, [
      { name: 'a.txt', content: 'old' },
      { name: 'd/', type: 'directory', mode: 0o755 },
      { name: 'd/inner', content: 'x' },
    ]);
    const second = await layerOf(store, [
      { name: 'a.txt', content: 'new' },
      { name: 'd', type: 'symlink', linkname: 'a.txt' },
    ]);
    const id = testId('layers');
    await store.save(artifactOf(id, [first, second]));
    await checkout(store, id, out);
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('new');
    expect((await lstat(join(out, 'd'))).isSymbolicLink()).toBe(true);
  });

  test('whiteouts delete entries of lower layers; opaque whiteouts empty a directory of them', async () => {
    const { store, out } = await setup();
    const lower = await layerOf(store, [
      { name: 'gone.txt', content: 'x' },
      { name: 'kept.txt', content: 'x' },
      { name: 'etc/', type: 'directory' },
      { name: 'etc/old.conf', content: 'x' },
      { name: 'etc/sub/deep', content: 'x' },
    ]);
    const upper = await layerOf(store, [
      { name: '.wh.gone.txt', content: '' },
      { name: 'etc/.wh..wh..opq', content: '' },
      { name: 'etc/new.conf', content: 'new' },
      { name: '.wh.never-existed', content: '' },
    ]);
    const id = testId('whiteouts');
    await store.save(artifactOf(id, [lower, upper]));
    await checkout(store, id, out);
    expect((await readdir(out)).sort()).toEqual(['etc', 'kept.txt']);
    expect(await readdir(join(out, 'etc'))).toEqual(['new.conf']);
  });

  test('gzipped layers are decompressed', async () => {
    const { store, out } = await setup();
    const writer = await store.startLayer();
    await pipeline(
      Readable.from([await tarOf([{ name: 'hello', content: 'from gzip' }])]),
      createGzip(),
      writer,
    );
    const layer = await store.finishLayer(MediaType.layerTarGzip, undefined, writer);
    const id = testId('gzip');
    await store.save(artifactOf(id, [layer]));
    await checkout(store, id, out);
    expect(await readFile(join(out, 'hello'), 'utf8')).toBe('from gzip');
  });

  test('symlinks are kept as they are, wherever they point (a root filesystem has absolute ones)', async () => {
    const { error, out } = await checkoutEntries([
      { name: 'bin/', type: 'directory' },
      { name: 'bin/busybox', content: 'binary' },
      { name: 'bin/sh', type: 'symlink', linkname: '/bin/busybox' },
      { name: 'bin/up', type: 'symlink', linkname: '../../..' },
    ]);
    expect(error).toBeUndefined();
    expect(await readlink(join(out, 'bin/sh'))).toBe('/bin/busybox');
    expect(await readlink(join(out, 'bin/up'))).toBe('../../..');
  });

  test('hard links to files extracted earlier in the layer work', async () => {
    const { error, out } = await checkoutEntries([
      { name: 'f', content: 'shared' },
      { name: 'g', type: 'link', linkname: 'f' },
    ]);
    expect(error).toBeUndefined();
    expect((await stat(join(out, 'g'))).ino).toBe((await stat(join(out, 'f'))).ino);
  });

  test.each<[string, Entry[], RegExp]>([
    ['a .. path', [{ name: '../evil', content: 'x' }], /"\.\." is not allowed/],
    ['a .. path inside a longer path', [{ name: 'a/../../evil', content: 'x' }], /"\.\." is not allowed/],
    ['an absolute path', [{ name: '/tmp/evil', content: 'x' }], /absolute paths are not allowed/],
    [
      'a file written through a symlink to an absolute path',
      [
        { name: 'etc', type: 'symlink', linkname: '/etc' },
        { name: 'etc/passwd', content: 'x' },
      ],
      /parent etc is a symlink/,
    ],
    [
      'a file written through a symlink climbing out',
      [
        { name: 'up', type: 'symlink', linkname: '../..' },
        { name: 'up/evil', content: 'x' },
      ],
      /parent up is a symlink/,
    ],
    [
      'a file written through a symlink',
      [
        { name: 'real/', type: 'directory' },
        { name: 'alias', type: 'symlink', linkname: 'real' },
        { name: 'alias/file', content: 'x' },
      ],
      /parent alias is a symlink/,
    ],
    ['a hard link to an absolute path', [{ name: 'pw', type: 'link', linkname: '/etc/passwd' }], /absolute/],
    [
      'a hard link climbing out',
      [{ name: 'pw', type: 'link', linkname: '../outside' }],
      /"\.\." is not allowed/,
    ],
    [
      'a hard link to a symlink',
      [
        { name: 's', type: 'symlink', linkname: 'x' },
        { name: 'h', type: 'link', linkname: 's' },
      ],
      /not a file extracted before it/,
    ],
    ['a hard link to nothing yet', [{ name: 'h', type: 'link', linkname: 'later' }], /not a file extracted/],
    [
      'a character device',
      [{ name: 'null', type: 'character-device', devmajor: 1, devminor: 3 }],
      /not allowed/,
    ],
    ['a block device', [{ name: 'sda', type: 'block-device', devmajor: 8, devminor: 0 }], /not allowed/],
    ['a FIFO', [{ name: 'pipe', type: 'fifo' }], /not allowed/],
    ['a whiteout of the parent directory', [{ name: 'a/.wh...', content: '' }], /must name an entry/],
    [
      'a path given twice',
      [
        { name: 'same', content: 'one' },
        { name: 'same', content: 'two' },
      ],
      /appears twice/,
    ],
    [
      'a path given twice under different spellings',
      [
        { name: 'dir/', type: 'directory' },
        { name: './dir', type: 'symlink', linkname: '.' },
      ],
      /appears twice/,
    ],
    [
      'a symlink then a directory of the same name, then a file under it',
      [
        { name: 'x', type: 'symlink', linkname: '.' },
        { name: 'x/', type: 'directory' },
        { name: 'x/f', content: 'x' },
      ],
      /appears twice/,
    ],
  ])('rejects %s and leaves nothing behind', async (_what, entries, message) => {
    const { error, out, base } = await checkoutEntries(entries);
    expect(error).toMatch(message);
    await expect(stat(out)).rejects.toThrow('ENOENT');
    expect(await readdir(base)).toEqual(['store']);
  });

  test('a corrupt layer fails the checkout naming the digest, leaving nothing behind', async () => {
    const { base, store, out } = await setup();
    const layer = await layerOf(store, [{ name: 'big', content: 'z'.repeat(100_000) }]);
    const id = testId('corrupt');
    await store.save(artifactOf(id, [layer]));
    const blob = join(store.blobsDir, layer.digest.slice('sha256:'.length));
    const bytes = await readFile(blob);
    bytes[5000] ^= 0xff;
    await writeFile(blob, bytes);
    await expect(checkout(store, id, out)).rejects.toThrow(layer.digest);
    expect(await readdir(base)).toEqual(['store']);
  });

  test('a layer corrupt inside a tar header fails as a corrupt blob, not as a tar parser error', async () => {
    const { base, store, out } = await setup();
    // Two headers; the second one's name is changed (its checksum no longer matches) after a
    // file big enough that the parser fails well before the end of the blob.
    const layer = await layerOf(store, [
      { name: 'first', content: 'f'.repeat(2_000_000) },
      { name: 'second', content: 's' },
    ]);
    const id = testId('header-corrupt');
    await store.save(artifactOf(id, [layer]));
    const blob = join(store.blobsDir, layer.digest.slice('sha256:'.length));
    const bytes = await readFile(blob);
    const second = bytes.indexOf('second');
    bytes[second] ^= 1;
    await writeFile(blob, bytes);
    await expect(checkout(store, id, out)).rejects.toThrow(
      new RegExp(`^checkout of header-corrupt:sha256:0+: blob ${layer.digest} is corrupt: `),
    );
    expect(await readdir(base)).toEqual(['store']);
  });

  test('a layer that is not a tar fails naming its digest', async () => {
    const { base, store, out } = await setup();
    const writer = await store.startLayer();
    await pipeline(Readable.from([Buffer.alloc(1024, 'x')]), writer);
    const layer = await store.finishLayer(MediaType.layerTar, undefined, writer);
    const id = testId('not-tar');
    await store.save(artifactOf(id, [layer]));
    await expect(checkout(store, id, out)).rejects.toThrow(`: layer ${layer.digest} is not a valid tar: `);
    expect(await readdir(base)).toEqual(['store']);
  });

  test('an aborted signal stops the extraction and removes its temp directory', async () => {
    const { base, store, out } = await setup();
    const layers = [
      await layerOf(store, [{ name: 'one', content: '1' }]),
      await layerOf(store, [{ name: 'two', content: '2' }]),
    ];
    const id = testId('cancelled');
    await store.save(artifactOf(id, layers));
    const controller = new AbortController();
    // Aborted once the first layer is extracted (SIGINT in `edo checkout`).
    const backend = {
      open: store.open.bind(store),
      read: async (layer: Layer) => {
        if (layer.digest === layers[1]!.digest) controller.abort();
        return store.read(layer);
      },
    };
    await expect(checkout(backend, id, out, controller.signal)).rejects.toThrow(/^checkout cancelled$/);
    expect(await readdir(base)).toEqual(['store']);
  });

  test('temp directories of checkouts into DIR whose process is gone are removed', async () => {
    const { base, store, out } = await setup();
    const id = testId('reaped');
    await store.save(artifactOf(id, [await layerOf(store, [{ name: 'a', content: 'a' }])]));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const abandoned = join(base, `.out.checkout-${dead}-0123456789abcdef`);
    const running = join(base, `.out.checkout-${process.pid}-0123456789abcdef`);
    const other = join(base, `.other.checkout-${dead}-0123456789abcdef`);
    for (const dir of [abandoned, running, other]) {
      await mkdir(join(dir, 'sub'), { recursive: true });
      await writeFile(join(dir, 'sub', 'big'), 'x');
    }
    await checkout(store, id, out);
    expect((await readdir(base)).sort()).toEqual(
      [
        `.other.checkout-${dead}-0123456789abcdef`,
        `.out.checkout-${process.pid}-0123456789abcdef`,
        'out',
        'store',
      ].sort(),
    );
  });

  test('refuses a non-empty target directory', async () => {
    const { store, out } = await setup();
    const id = testId('x');
    await store.save(artifactOf(id));
    await mkdir(out);
    await writeFile(join(out, 'keep'), 'mine');
    await expect(checkout(store, id, out)).rejects.toThrow('not empty');
    expect(await readFile(join(out, 'keep'), 'utf8')).toBe('mine');
  });

  test('two checkouts into the same new directory: one wins, the other says it is not empty', async () => {
    const { base, store, out } = await setup();
    const id = testId('twice');
    await store.save(artifactOf(id, [await layerOf(store, [{ name: 'a', content: 'a' }])]));
    const results = await Promise.allSettled([checkout(store, id, out), checkout(store, id, out)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason;
    expect(refused).toBeInstanceOf(UsageError);
    expect((refused as UsageError).message).toBe(`${out} exists and is not empty`);
    expect((refused as UsageError).exitCode).toBe(2);
    expect(await readdir(out)).toEqual(['a']);
    expect((await readdir(base)).sort()).toEqual(['out', 'store']);
  });
});
