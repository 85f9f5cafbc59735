import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import type { Layer } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import { MediaType } from './oci.js';
import type { StorageBackend } from './types.js';

/** Every entry of a deterministic layer has this mtime and owner, whatever the files on disk say. */
const FIXED_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' } as const;

/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
export function packDirectory(dir: string): Readable {
  const pack = tar.pack({ highWaterMark: 1 << 20 });
  packTree(pack, dir, '').then(
    () => pack.finalize(),
    (err: Error) => pack.destroy(err),
  );
  return Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}

/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
export async function writeDirectoryLayer(
  backend: Pick<StorageBackend, 'startLayer' | 'finishLayer'>,
  dir: string,
  platform?: string,
): Promise<Layer> {
  const writer = await backend.startLayer();
  await pipeline(packDirectory(dir), writer);
  return backend.finishLayer(MediaType.layerTar, platform, writer);
}

async function packTree(pack: tar.Pack, root: string, prefix: string): Promise<void> {
  const names = (await readdir(join(root, prefix))).sort(byCodeUnits);
  for (const name of names) {
    const relative = prefix + name;
    const path = join(root, relative);
    const info = await lstat(path);
    if (info.isDirectory()) {
      await addEntry(pack, { ...FIXED_HEADER, name: relative + '/', type: 'directory', mode: 0o755 });
      await packTree(pack, root, relative + '/');
    } else if (info.isFile()) {
      const mode = info.mode & 0o100 ? 0o755 : 0o644;
      const entry = pack.entry({ ...FIXED_HEADER, name: relative, type: 'file', mode, size: info.size });
      await copyInto(createReadStream(path, { highWaterMark: 1 << 20 }), entry);
    } else if (info.isSymbolicLink()) {
      const linkname = await readlink(path);
      await addEntry(pack, { ...FIXED_HEADER, name: relative, type: 'symlink', mode: 0o777, linkname });
    } else {
      throw new EdoError(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
    }
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addEntry(pack: tar.Pack, header: Partial<tar.Header> & { name: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(header, (err) => (err ? reject(err) : resolve()));
  });
}

/** Copies a file into a tar entry, honouring the entry's backpressure. */
async function copyInto(source: Readable, entry: ReturnType<tar.Pack['entry']>): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    entry.on('finish', () => resolve());
    entry.on('error', (err: Error) => reject(err));
  });
  for await (const chunk of source) {
    if (!entry.write(chunk as Buffer))
      await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
  }
  entry.end(undefined);
  await done;
}
