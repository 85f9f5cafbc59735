import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import type { Layer } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import { MediaType } from './oci.js';
import { pipeIntoWriter } from './streams.js';
import { addEntry, addStreamEntry, FIXED_TAR_HEADER } from './tar-entries.js';
import type { StorageBackend } from './types.js';

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
  await pipeIntoWriter(packDirectory(dir), writer);
  return backend.finishLayer(MediaType.layerTar, platform, writer);
}

/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;

async function packTree(pack: tar.Pack, root: string, prefix: string): Promise<void> {
  const names = readdirSync(join(root, prefix)).sort(byCodeUnits);
  // Node decodes names as UTF-8: one that is not comes back with U+FFFD and names no file.
  if (names.some((name) => name.includes('\uFFFD'))) refuseNonUtf8Names(join(root, prefix));
  for (const name of names) {
    const relative = prefix + name;
    const path = join(root, relative);
    const info = lstatSync(path);
    if (info.isDirectory()) {
      await addEntry(pack, { ...FIXED_TAR_HEADER, name: relative + '/', type: 'directory', mode: 0o755 });
      await packTree(pack, root, relative + '/');
    } else if (info.isFile()) {
      const mode = info.mode & 0o100 ? 0o755 : 0o644;
      const header = { ...FIXED_TAR_HEADER, name: relative, type: 'file' as const, mode, size: info.size };
      if (info.size <= SMALL_FILE) {
        const content = readFileSync(path);
        if (content.length !== info.size)
          throw new EdoError(`cannot pack ${path}: it changed while being read`);
        await addEntry(pack, header, content);
      } else {
        await addStreamEntry(pack, header, createReadStream(path, { highWaterMark: 1 << 20 }));
      }
    } else if (info.isSymbolicLink()) {
      const linkname = readlinkSync(path);
      await addEntry(pack, { ...FIXED_TAR_HEADER, name: relative, type: 'symlink', mode: 0o777, linkname });
    } else {
      throw new EdoError(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
    }
  }
}

function refuseNonUtf8Names(dir: string): void {
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    if (!isUtf8(raw)) {
      throw new EdoError(
        `cannot pack ${join(dir, raw.toString('latin1'))}: its name is not valid UTF-8, and layers hold UTF-8 names`,
      );
    }
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
