import { lstat, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extractArtifact } from '../../storage/checkout.js';
import { MediaType } from '../../storage/oci.js';
import { packDirectory } from '../../storage/pack.js';

/** Moves everything in `from` into `to`; entries of `from` replace those of `to`, directories merge. */
async function mergeInto(from: string, to: string): Promise<void> {
  for (const name of await readdir(from)) {
    const source = join(from, name);
    const target = join(to, name);
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isDirectory() && (await lstat(source)).isDirectory()) {
      await mergeInto(source, target);
      continue;
    }
    if (existing) await rm(target, { recursive: true, force: true });
    await rename(source, target);
  }
}

/**
 * Extracts one tar stream into `dir` (which exists) with the store's safe extractor, over what is
 * already there, as the next layer of an artifact would be applied. The tar goes to a fresh
 * directory beside `dir` first: the extractor only writes into empty directories.
 */
export async function extractTarInto(data: Readable, dir: string): Promise<void> {
  const temp = await mkdtemp(join(dirname(dir), '.unpack-'));
  try {
    const layer = { mediaType: MediaType.layerTar, digest: 'a tar stream', size: 0 };
    await extractArtifact(
      { read: async () => data },
      { config: { id: { name: 'unpack', digest: '' }, provides: [], requires: {} }, layers: [layer] },
      temp,
    );
    await mergeInto(temp, dir);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * Writes a deterministic tar of the directory `path` (its contents at the tar's root) to `writer`.
 * The writer is borrowed: it is left open for the caller to end.
 */
export async function packPath(path: string, writer: Writable): Promise<void> {
  await pipeline(packDirectory(path), writer, { end: false });
}
