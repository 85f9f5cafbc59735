import { closeSync, createWriteStream, fchmodSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { chmod, link, mkdir, readdir, rename, rm, rmdir, symlink } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import type { Artifact } from '../model/artifact.js';
import { EdoError, pathForMessages, UsageError } from '../model/errors.js';
import { idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import { FILES_PER_TURN, nextTurn, tempBeside } from './fs-util.js';
import { layerAsTar } from './layer-files.js';
import { isProcessAlive } from './lock.js';
import type { StorageBackend } from './types.js';

type EntryKind = 'directory' | 'file' | 'symlink';

/** What extraction has created so far: relative path → kind. Nothing else exists under the root. */
type Tree = Map<string, EntryKind>;

/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer, or `signal`, leaves no partial
 * tree). Temp directories of earlier checkouts into `dir` whose process is gone are removed.
 */
export async function checkout(
  backend: Pick<StorageBackend, 'open' | 'read'>,
  id: Id,
  dir: string,
  signal?: AbortSignal,
): Promise<void> {
  const target = resolve(dir);
  const existing = await readdir(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  const notEmpty = (): UsageError => new UsageError(`${pathForMessages(target)} exists and is not empty`);
  if (existing && existing.length > 0) throw notEmpty();
  const artifact = await backend.open(id);
  await mkdir(dirname(target), { recursive: true });
  await removeAbandonedTemps(target);
  const temp = tempBeside(target, 'checkout');
  await mkdir(temp);
  try {
    try {
      await extractArtifact(backend, artifact, temp, signal);
    } catch (err) {
      if (signal?.aborted) throw new EdoError('checkout cancelled');
      if (err instanceof EdoError) throw new EdoError(`checkout of ${idToString(id)}: ${err.message}`);
      throw err;
    }
    // Another checkout (another edo) may have filled `dir` since it was found empty or absent.
    try {
      if (existing) await rmdir(target);
      await rename(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw notEmpty();
      throw err;
    }
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}

/**
 * The temp directories (`tempBeside(target, 'checkout')`) of checkouts into `target` whose process
 * is gone: killed outright, or by a signal before it could remove them.
 */
async function removeAbandonedTemps(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.checkout-`;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    if (isProcessAlive(Number(name.slice(prefix.length).split('-')[0]))) continue;
    await rm(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Extracts the artifact's layers in order into `dir`, an existing empty directory. Later layers
 * replace earlier entries at the same path. Every entry is checked before anything is written.
 * An aborted `signal` stops the extraction (with an error), leaving what was written so far.
 */
export async function extractArtifact(
  backend: Pick<StorageBackend, 'read'>,
  artifact: Artifact,
  dir: string,
  signal?: AbortSignal,
): Promise<void> {
  const tree: Tree = new Map();
  const directoryModes = new Map<string, number>();
  for (const layer of artifact.layers) {
    signal?.throwIfAborted();
    await extractLayer(await layerAsTar(backend, layer), dir, tree, directoryModes, layer.digest, signal);
  }
  // Directory modes last (deepest first), so a read-only directory does not block its own contents.
  // A directory a later layer replaced is no longer in the tree.
  const deepestFirst = [...directoryModes]
    .filter(([path]) => tree.get(path) === 'directory')
    .sort(([a], [b]) => b.split('/').length - a.split('/').length);
  for (const [path, mode] of deepestFirst) await chmod(join(dir, path), mode);
}

async function extractLayer(
  stream: Readable,
  root: string,
  tree: Tree,
  directoryModes: Map<string, number>,
  digest: string,
  signal?: AbortSignal,
): Promise<void> {
  const extract = tar.extract();
  // Stops a file being written as well as the loop.
  const stop = (): void => {
    extract.destroy(new EdoError('extraction cancelled'));
  };
  signal?.addEventListener('abort', stop);
  // Piped rather than through pipeline(), which would destroy the source when the tar parser
  // fails: a corrupt blob usually breaks the tar before its end, where the store's verifying stream
  // tells what is wrong (the digest), so the rest is still read for that verdict (see below).
  let sourceFailed = false;
  stream.on('error', (err) => {
    sourceFailed = true;
    extract.destroy(err);
  });
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  const seenInLayer = new Set<string>();
  let entries = 0;
  try {
    for await (const entry of extract) {
      // Entries already buffered come without an event-loop turn, and small files are written synchronously.
      if (++entries % FILES_PER_TURN === 0) await nextTurn();
      if (signal?.aborted) throw new EdoError('extraction cancelled');
      const { header } = entry;
      const unsafe = (why: string): EdoError =>
        new EdoError(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
      const path = safeRelativePath(header.name, unsafe);
      if (path === '') {
        if (header.type !== 'directory') throw unsafe('only a directory may name the root');
        entry.resume();
        continue;
      }
      if (seenInLayer.has(path)) throw unsafe('the path appears twice in the layer');
      seenInLayer.add(path);
      if (posix.basename(path).startsWith(WHITEOUT)) {
        await applyWhiteout(root, path, tree, seenInLayer, unsafe);
        entry.resume();
        continue;
      }
      prepareParents(root, path, tree, unsafe);
      const full = join(root, path);
      const mode = header.mode & 0o777;
      if (header.type === 'directory') {
        if (tree.get(path) !== 'directory') {
          await replace(full, path, tree);
          mkdirSync(full, { mode: 0o755 });
          tree.set(path, 'directory');
        }
        directoryModes.set(path, mode);
        entry.resume();
      } else if (header.type === 'file' || header.type === 'contiguous-file') {
        await replace(full, path, tree);
        await writeEntry(entry as unknown as Readable, header.size ?? 0, full, mode);
        tree.set(path, 'file');
      } else if (header.type === 'symlink') {
        checkSymlinkTarget(header.linkname ?? '', unsafe);
        await replace(full, path, tree);
        await symlink(header.linkname!, full);
        tree.set(path, 'symlink');
        entry.resume();
      } else if (header.type === 'link') {
        const source = safeRelativePath(header.linkname ?? '', (why) => unsafe(`hard link target ${why}`));
        if (tree.get(source) !== 'file') {
          throw unsafe(
            `hard link to ${JSON.stringify(header.linkname)}, which is not a file extracted before it`,
          );
        }
        await replace(full, path, tree);
        await link(join(root, source), full);
        tree.set(path, 'file');
        entry.resume();
      } else {
        throw unsafe(`${header.type} entries are not allowed (only files, directories and links)`);
      }
    }
    await finished(stream);
  } catch (err) {
    if (err instanceof EdoError || sourceFailed || signal?.aborted) {
      stream.destroy();
      throw err;
    }
    // The tar parser (or a decompressor) failed: the source's own error, if it has one, says more.
    stream.unpipe(extract as unknown as NodeJS.WritableStream);
    stream.resume();
    const verdict: unknown = await finished(stream).then(
      () => undefined,
      (sourceError: unknown) => sourceError,
    );
    if (verdict instanceof EdoError) throw verdict;
    throw new EdoError(`layer ${digest} is not a valid tar: ${((verdict ?? err) as Error).message}`);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Files up to this size are gathered in memory and written with synchronous calls (as pack.ts
 * reads them). Most files of a layer are small, and each asynchronous call is a trip through
 * libuv's thread pool that costs more than the system call: 5,000 small files took 1.8 s to
 * extract on tmpfs that way, 0.13 s now, `tar -x` 0.04 s (bench/storage.bench.mjs).
 */
const SMALL_FILE_BYTES = 1024 * 1024;

/** Writes a file entry's bytes to `full`, a path that must not exist yet, with exactly `mode`. */
async function writeEntry(entry: Readable, size: number, full: string, mode: number): Promise<void> {
  if (size > SMALL_FILE_BYTES) {
    await pipeline(entry, createWriteStream(full, { flags: 'wx', mode }));
    await chmod(full, mode);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  const fd = openSync(full, 'wx', mode);
  try {
    writeFileSync(fd, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    // The mode given to open is masked by the umask.
    fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

const WHITEOUT = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';

/**
 * OCI whiteouts (layers of images use them): `.wh.NAME` deletes NAME from the layers below;
 * `.wh..wh..opq` empties its directory of what the layers below put there. Nothing is followed
 * through a symlink: a whiteout under anything but directories extracted here has no effect.
 */
async function applyWhiteout(
  root: string,
  path: string,
  tree: Tree,
  seenInLayer: Set<string>,
  unsafe: (why: string) => EdoError,
): Promise<void> {
  const name = posix.basename(path);
  const hidden = name.slice(WHITEOUT.length);
  if (name !== OPAQUE_WHITEOUT && (hidden === '' || hidden === '.' || hidden === '..')) {
    throw unsafe('a whiteout must name an entry of its directory');
  }
  const parent = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const parts = parent === '' ? [] : parent.split('/');
  for (let i = 1; i <= parts.length; i++) {
    if (tree.get(parts.slice(0, i).join('/')) !== 'directory') return;
  }
  const targets =
    name === OPAQUE_WHITEOUT
      ? [...tree.keys()].filter((key) => posix.dirname(key) === (parent || '.') && !seenInLayer.has(key))
      : [parent === '' ? hidden : `${parent}/${hidden}`];
  for (const target of targets) await replace(join(root, target), target, tree);
}

/** The entry's path relative to the root, normalised; `..` anywhere or a leading `/` is refused. */
function safeRelativePath(name: string, unsafe: (why: string) => EdoError): string {
  if (name.includes('\0')) throw unsafe('the path contains a NUL byte');
  if (name.startsWith('/')) throw unsafe('absolute paths are not allowed');
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw unsafe('".." is not allowed in paths');
  return parts.join('/');
}

/** Parent directories must be directories extracted here (never symlinks); missing ones are created. */
function prepareParents(root: string, path: string, tree: Tree, unsafe: (why: string) => EdoError): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = parts.slice(0, i).join('/');
    const kind = tree.get(parent);
    if (kind === 'directory') continue;
    if (kind !== undefined) throw unsafe(`its parent ${parent} is a ${kind}, not a directory`);
    mkdirSync(join(root, parent), { mode: 0o755 });
    tree.set(parent, 'directory');
  }
}

/**
 * A symlink is kept as it is, wherever it points: root filesystems are full of absolute ones
 * (`bin/sh -> /bin/busybox`). It is never followed here: no entry is written through one (see
 * `prepareParents`), and whiteouts never remove through one.
 */
function checkSymlinkTarget(target: string, unsafe: (why: string) => EdoError): void {
  if (target === '') throw unsafe('symlink with an empty target');
  if (target.includes('\0')) throw unsafe('the symlink target contains a NUL byte');
}

/** Removes whatever an earlier layer put at `path` (and forgets everything below it). */
async function replace(full: string, path: string, tree: Tree): Promise<void> {
  if (!tree.has(path)) return;
  await rm(full, { recursive: true, force: true });
  tree.delete(path);
  const below = path + '/';
  for (const key of [...tree.keys()]) if (key.startsWith(below)) tree.delete(key);
}
