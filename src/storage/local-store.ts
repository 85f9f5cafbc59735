import { createReadStream, type Stats } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import type { Artifact, Layer } from '../model/artifact.js';
import { digestHex, isSha256Digest, sha256Digest } from '../model/digest.js';
import { EdoError } from '../model/errors.js';
import { idFromString, idToString } from '../model/id-format.js';
import type { Id } from '../model/id.js';
import { FileLayerWriter } from './file-layer-writer.js';
import { fileSha256Digest, fsyncDirectory, tempName, writeFileAtomic, writeTempFile } from './fs-util.js';
import { DEFAULT_COMPACTION, StoreIndex, type CompactionPolicy } from './store-index.js';
import { isProcessAlive, withLock } from './lock.js';
import {
  Annotation,
  artifactFromBlobs,
  encodeConfig,
  encodeManifest,
  groupKey,
  MediaType,
  parseConfig,
  parseManifest,
  refNameFor,
  type Descriptor,
  type ImageManifest,
} from './oci.js';
import type { LayerWriter, StorageBackend } from './types.js';
import { writerFinished } from './streams.js';
import { VerifiedBlobs } from './verified-blobs.js';
import { BrokenBlobError, corruptBlobError, DigestVerifier } from './verify-stream.js';

/** A backend that can say whether it holds a blob, so copies skip what is already there. */
export interface BlobPresence {
  hasBlob(digest: string): Promise<boolean>;
}

/** A backend that defers part of its index writes; `compact` writes them out (a command's end). */
export interface DeferredIndex {
  compact(): Promise<void>;
}

export interface GcOptions {
  /** Report what would be removed without removing it. */
  dryRun?: boolean;
  /**
   * Blobs and temp files younger than this are kept even when unreferenced: they may belong to a
   * save in progress in another process. Default 10 minutes.
   */
  graceMs?: number;
}

export interface GcReport {
  /** Artifacts (index keys) whose blobs are missing or corrupt, dropped unless a dry run. */
  brokenArtifacts: string[];
  removedBlobs: number;
  removedTempFiles: number;
  freedBytes: number;
  keptBlobs: number;
  /** Of `keptBlobs`, those no artifact references, kept for being younger than the grace period. */
  keptYoungBlobs: number;
}

export interface VerifyReport {
  artifacts: number;
  blobs: number;
  /** One line per problem found; empty when the store is clean. */
  problems: string[];
}

export const DEFAULT_GC_GRACE_MS = 10 * 60 * 1000;

/**
 * The local store: an OCI image layout in a directory.
 *
 *     oci-layout, index.json      the layout; index.json lists one manifest per artifact id
 *     index.journal               index changes not yet written into index.json (store-index.ts)
 *     blobs/sha256/<hex>          complete, verified blobs only
 *     verified/<hex>              what a layer blob looked like when its bytes were last hashed
 *     ingest/                     temp files being written (renamed into blobs/ when complete)
 *     index.lock                  held while the index changes
 *
 * Every write goes to ingest/, is fsynced and renamed into place; the index only changes under
 * the lock, from its current content, so concurrent processes never lose an update.
 */
export class LocalStore implements StorageBackend, BlobPresence, DeferredIndex {
  readonly blobsDir: string;
  readonly ingestDir: string;
  readonly indexPath: string;
  readonly lockPath: string;
  private readonly verified: VerifiedBlobs;
  private readonly index: StoreIndex;

  private constructor(
    readonly root: string,
    compaction: CompactionPolicy,
  ) {
    this.blobsDir = join(root, 'blobs', 'sha256');
    this.ingestDir = join(root, 'ingest');
    this.lockPath = join(root, 'index.lock');
    this.index = new StoreIndex(root, this.ingestDir, this.lockPath, compaction);
    this.indexPath = this.index.indexPath;
    this.verified = new VerifiedBlobs(join(root, 'verified'), this.ingestDir);
  }

  /** Opens the store at `root`, creating an empty layout if there is none. */
  static async open(root: string, compaction: CompactionPolicy = DEFAULT_COMPACTION): Promise<LocalStore> {
    const store = new LocalStore(root, compaction);
    await mkdir(store.blobsDir, { recursive: true });
    await mkdir(store.ingestDir, { recursive: true });
    await mkdir(join(root, 'verified'), { recursive: true });
    const layoutPath = join(root, 'oci-layout');
    if (!(await exists(layoutPath))) {
      await writeFileAtomic(layoutPath, root, store.ingestDir, '{"imageLayoutVersion":"1.0.0"}');
    }
    if (!(await exists(store.indexPath))) {
      await withLock(store.lockPath, store.ingestDir, async () => {
        if (!(await exists(store.indexPath))) await store.index.create();
      });
    }
    return store;
  }

  async ls(): Promise<Id[]> {
    return [...this.index.entries(true).keys()].map(idFromString);
  }

  async has(id: Id): Promise<boolean> {
    return this.lookup(idToString(id)) !== undefined;
  }

  /** The manifest descriptor of an artifact, if the store has it. */
  manifestOf(id: Id): Descriptor | undefined {
    return this.lookup(idToString(id));
  }

  async open(id: Id): Promise<Artifact> {
    const entry = this.manifestOf(id);
    if (!entry) throw new EdoError(`artifact ${idToString(id)} is not in the store ${this.root}`);
    const { artifact } = await this.readArtifact(entry.digest);
    return artifact;
  }

  async save(artifact: Artifact): Promise<void> {
    await this.saveAll([artifact]);
  }

  /**
   * Saves several artifacts with one index update (cheaper than one save each: every update
   * rewrites index.json). Returns their manifest descriptors, whose digests are the artifacts'
   * content digests.
   */
  async saveAll(artifacts: readonly Artifact[]): Promise<Descriptor[]> {
    const created = new Date().toISOString();
    // Blob writes wait on fsync; running several at once lets the file system batch them.
    const entries = await mapConcurrently(artifacts, 16, async (artifact): Promise<[string, Descriptor]> => {
      const key = idToString(artifact.config.id);
      for (const layer of artifact.layers) await this.requireBlob(layer, key);
      const config = encodeConfig(artifact.config);
      await this.writeBlob(config.bytes, config.descriptor.digest);
      const manifest = encodeManifest(config.descriptor, artifact.layers);
      await this.writeBlob(manifest.bytes, manifest.descriptor.digest);
      const annotations = {
        [Annotation.id]: key,
        [Annotation.refName]: refNameFor(key),
        [Annotation.created]: created,
      };
      return [key, { ...manifest.descriptor, artifactType: MediaType.edoArtifact, annotations }];
    });
    // One fsync makes every blob renamed into blobs/ so far durable before the index names them.
    await fsyncDirectory(this.blobsDir);
    await this.index.update(() => entries.map(([, entry]) => ({ set: entry })));
    return entries.map(([, entry]) => entry);
  }

  /** Removes the artifact's entry; its blobs stay until garbage collection. Absent ids are fine. */
  async del(id: Id): Promise<void> {
    const key = idToString(id);
    await this.index.update(() => [{ del: key }]);
  }

  /** Saves the artifact under another id (a new config and manifest; the layers are shared). */
  async copy(source: Id, target: Id): Promise<void> {
    const artifact = await this.open(source);
    await this.save({ config: { ...artifact.config, id: target }, layers: artifact.layers });
  }

  /**
   * Removes every other artifact with the same package, name and arch as `id` (older builds of the
   * same thing), then collects garbage.
   */
  async prune(id: Id): Promise<void> {
    const keep = idToString(id);
    const group = groupKey(id);
    await this.index.update((entries) =>
      [...entries.keys()]
        .filter((key) => key !== keep && groupKey(idFromString(key)) === group)
        .map((key) => ({ del: key })),
    );
    await this.gc();
  }

  /** Keeps only the most recently saved artifact of each package/name/arch, then collects garbage. */
  async pruneAll(): Promise<void> {
    await this.keepNewest();
  }

  /**
   * `pruneAll`, reporting what it removed: the artifacts dropped (older saves of the same
   * package, name and arch) and what garbage collection then freed. A dry run changes nothing and
   * reports what would go.
   */
  async keepNewest(options: GcOptions = {}): Promise<{ droppedArtifacts: number; gc: GcReport }> {
    if (options.dryRun) {
      return withLock(this.lockPath, this.ingestDir, async () => {
        const entries = new Map(this.index.lockedEntries());
        const dropped = olderSaves(entries);
        for (const key of dropped) entries.delete(key);
        return { droppedArtifacts: dropped.length, gc: await this.collectGarbage(entries, options) };
      });
    }
    let droppedArtifacts = 0;
    await this.index.update((entries) => {
      const dropped = olderSaves(entries);
      droppedArtifacts = dropped.length;
      return dropped.map((key) => ({ del: key }));
    });
    return { droppedArtifacts, gc: await this.gc(options) };
  }

  /**
   * Writes pending index changes into index.json, so that other OCI tools (which read only
   * index.json) see every artifact. The end of every command does it; saves need not.
   */
  async compact(): Promise<void> {
    await this.index.compact();
  }

  /**
   * A layer's bytes. They are hashed as they are read unless the blob is unchanged since its bytes
   * were last hashed (`VerifiedBlobs`): then its digest is already known to match.
   */
  async read(layer: Layer): Promise<Readable> {
    const path = await this.blobPath(layer.digest, layer.size);
    const hex = digestHex(layer.digest);
    // Each read allocates a buffer of the high-water mark, however few bytes it returns: 1 MiB for
    // a 1-byte blob made V8 count 2 MiB of external memory, and a cold build of 1,000 small targets
    // ran ≈ 140 full collections for it.
    const bytes = createReadStream(path, { highWaterMark: Math.min(1 << 20, Math.max(layer.size, 1 << 14)) });
    if (await this.verified.has(hex, path)) return bytes;
    const verifier = new DigestVerifier(
      layer.digest,
      layer.size,
      () => this.verified.record(hex, path),
      (error) => this.dropCorrupt(layer.digest, error),
    );
    return pipeline(bytes, verifier, () => undefined);
  }

  async startLayer(): Promise<LayerWriter> {
    return new FileLayerWriter(join(this.ingestDir, tempName('layer')));
  }

  async finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer> {
    if (!(writer instanceof FileLayerWriter) || !writer.tempPath.startsWith(this.ingestDir)) {
      throw new EdoError('finishLayer: the writer was not started by this store');
    }
    await writerFinished(writer);
    // Hashed as it was written, so verified: it replaces a blob of the same digest rather than
    // touching it, which keeps the blob's verified record valid (and refreshes its mtime for GC).
    const path = join(this.blobsDir, digestHex(writer.digest));
    // The rename is made durable by the fsync of blobs/ that precedes every index update.
    await rename(writer.tempPath, path);
    await this.verified.record(digestHex(writer.digest), path);
    return {
      mediaType,
      digest: writer.digest,
      size: writer.bytesWritten,
      ...(platform !== undefined && { platform }),
    };
  }

  async hasBlob(digest: string): Promise<boolean> {
    return exists(join(this.blobsDir, digestHex(digest)));
  }

  /**
   * Reads a whole (small) blob and verifies it. A corrupt blob is removed from the store unless
   * `repair` is false (a dry run).
   */
  async readBlob(digest: string, repair = true): Promise<Buffer> {
    const path = join(this.blobsDir, digestHex(digest));
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw missingOr(err, digest);
    }
    const actual = sha256Digest(bytes);
    const error = corruptBlobError(digest, `its content hashes to ${actual}`);
    if (actual !== digest) throw repair ? await this.dropCorrupt(digest, error) : error;
    return bytes;
  }

  /** Writes a small blob whose digest is known (verified before it lands in blobs/). */
  async writeBlob(bytes: Buffer, digest: string): Promise<void> {
    // A blob already stored is not written again, so the bytes need no hashing (≈ 11 ms for a
    // 14 MB plugin on every build that declares it).
    if (await this.touchIfPresent(digest)) return;
    if (sha256Digest(bytes) !== digest) throw corruptBlobError(digest, 'refusing to write mismatched bytes');
    const temp = join(this.ingestDir, tempName('blob'));
    await writeTempFile(temp, bytes, { sync: true });
    await this.commitTemp(temp, digest);
  }

  /** Reads and verifies a manifest and its config (`repair`: as for `readBlob`). */
  async readArtifact(
    manifestDigest: string,
    repair = true,
  ): Promise<{ manifest: ImageManifest; artifact: Artifact }> {
    const manifest = parseManifest(await this.readBlob(manifestDigest, repair), manifestDigest);
    const config = parseConfig(await this.readBlob(manifest.config.digest, repair), manifest.config.digest);
    return { manifest, artifact: artifactFromBlobs(manifest, config) };
  }

  /**
   * Removes blobs that no artifact references and stale temp files. Runs under the index lock, so
   * no artifact can be added meanwhile; blobs younger than the grace period are kept because a
   * save in another process may be about to reference them.
   */
  async gc(options: GcOptions = {}): Promise<GcReport> {
    return withLock(this.lockPath, this.ingestDir, async () => {
      // A dry run writes nothing; otherwise index.json must not name what is about to go.
      const entries = options.dryRun ? this.index.lockedEntries() : await this.index.compactLocked();
      return this.collectGarbage(entries, options);
    });
  }

  /** `gc` with `entries` as the artifacts to keep (the caller holds the lock). */
  private async collectGarbage(
    entries: ReadonlyMap<string, Descriptor>,
    options: GcOptions,
  ): Promise<GcReport> {
    const cutoff = Date.now() - (options.graceMs ?? DEFAULT_GC_GRACE_MS);
    const live = new Set<string>();
    const brokenArtifacts: string[] = [];
    const repair = !options.dryRun;
    // Layers shared by several artifacts are checked once.
    const checked = new Map<string, Promise<void>>();
    for (const [key, entry] of entries) {
      try {
        const { manifest } = await this.readArtifact(entry.digest, repair);
        for (const layer of manifest.layers) {
          if (!checked.has(layer.digest)) checked.set(layer.digest, this.checkLayerBlob(layer, key, repair));
          await checked.get(layer.digest);
        }
        for (const d of [entry, manifest.config, ...manifest.layers]) live.add(digestHex(d.digest));
      } catch (err) {
        if (!(err instanceof BrokenBlobError)) throw err;
        // Deleted by hand or by a prune racing a build: the entry goes, so its target builds again.
        brokenArtifacts.push(key);
      }
    }
    if (brokenArtifacts.length > 0 && !options.dryRun) await this.index.deleteLocked(brokenArtifacts);
    const report: GcReport = {
      brokenArtifacts,
      removedBlobs: 0,
      removedTempFiles: 0,
      freedBytes: 0,
      keptBlobs: 0,
      keptYoungBlobs: 0,
    };
    for (const name of await readdir(this.blobsDir)) {
      if (live.has(name)) {
        report.keptBlobs += 1;
        continue;
      }
      const freed = await removeIfOlder(join(this.blobsDir, name), cutoff, options.dryRun);
      if (freed === undefined) {
        report.keptBlobs += 1;
        report.keptYoungBlobs += 1;
      } else {
        report.removedBlobs += 1;
        report.freedBytes += freed;
      }
    }
    if (!options.dryRun) await this.verified.prune(new Set(await readdir(this.blobsDir)));
    for (const name of await readdir(this.ingestDir)) {
      // Temp files are named `<what>-<pid>-<random>`: those of a running process stay, whatever their age.
      if (isProcessAlive(Number(name.split('-').at(-2)))) continue;
      const freed = await removeIfOlder(join(this.ingestDir, name), cutoff, options.dryRun);
      if (freed !== undefined) {
        report.removedTempFiles += 1;
        report.freedBytes += freed;
      }
    }
    return report;
  }

  /** Checks the whole store: index entries, every referenced blob's hash, and every blob's name. */
  async verify(): Promise<VerifyReport> {
    const report: VerifyReport = { artifacts: 0, blobs: 0, problems: [] };
    let entries: Map<string, Descriptor>;
    try {
      entries = this.index.entries(true);
    } catch (err) {
      report.problems.push((err as Error).message);
      return report;
    }
    for (const [key, entry] of entries) {
      try {
        const { manifest, artifact } = await this.readArtifact(entry.digest);
        if (idToString(artifact.config.id) !== key) {
          report.problems.push(`index entry ${key} points at the artifact ${idToString(artifact.config.id)}`);
        }
        for (const layer of manifest.layers) await this.requireBlob(layer, key);
        report.artifacts += 1;
      } catch (err) {
        report.problems.push(`${key}: ${(err as Error).message}`);
      }
    }
    for (const name of await readdir(this.blobsDir)) {
      report.blobs += 1;
      try {
        const digest = `sha256:${name}`;
        const { size } = await stat(join(this.blobsDir, name));
        const stream = await this.read({ mediaType: 'application/octet-stream', digest, size });
        for await (const chunk of stream) void chunk;
      } catch (err) {
        report.problems.push((err as Error).message);
      }
    }
    return report;
  }

  /**
   * The index entry for a key. Hits are answered from the in-memory index, re-checked against
   * the index files (two stats) at most once per event-loop turn; a miss always re-checks, so an
   * artifact saved by another process or another LocalStore is never reported absent.
   */
  private lookup(key: string): Descriptor | undefined {
    return this.index.entries().get(key) ?? this.index.entries(true).get(key);
  }

  /** Moves a complete, hashed temp file to its blob path (or drops it if the blob is already there). */
  private async commitTemp(tempPath: string, digest: string): Promise<void> {
    if (await this.touchIfPresent(digest)) {
      await unlink(tempPath);
      return;
    }
    // The rename is made durable by the fsync of blobs/ that precedes every index update.
    await rename(tempPath, join(this.blobsDir, digestHex(digest))).catch(async (err: unknown) => {
      await unlink(tempPath).catch(() => undefined);
      throw err;
    });
  }

  /**
   * Removes a blob found corrupt, so that the next write of its digest stores it again (writes skip
   * blobs that are present) and `edo prune` sees it missing and drops the artifacts that need it.
   * Returns `error` with that advice. The blob is moved aside and hashed again before it goes: if
   * another process has meanwhile renamed a correct copy into place, that copy is put back.
   */
  private async dropCorrupt(digest: string, error: EdoError): Promise<EdoError> {
    const advice =
      'it was removed from the store: `edo prune` drops the artifacts that need it, which then build again';
    const path = join(this.blobsDir, digestHex(digest));
    const aside = join(this.ingestDir, tempName('corrupt'));
    try {
      await rename(path, aside);
    } catch (err) {
      // Already removed (by another reader): the advice holds.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        return new BrokenBlobError(`${error.message}; ${advice}`);
      return error;
    }
    try {
      if ((await fileSha256Digest(aside)) === digest) {
        await link(aside, path).catch(() => undefined);
        return error;
      }
      await this.verified.forget(digestHex(digest));
      return new BrokenBlobError(`${error.message}; ${advice}`);
    } finally {
      await unlink(aside).catch(() => undefined);
    }
  }

  /** Refreshes an existing blob's mtime so garbage collection's grace period protects its reuse. */
  private async touchIfPresent(digest: string): Promise<boolean> {
    const now = new Date();
    try {
      await utimes(join(this.blobsDir, digestHex(digest)), now, now);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  /**
   * Checks a layer blob for garbage collection: present, of its size, and, unless its bytes are
   * known to be unchanged since they were last hashed (`VerifiedBlobs`), hashing to its digest.
   * Size checks alone kept a blob with changed bytes forever, failing every build that read it.
   */
  private async checkLayerBlob(layer: Layer, owner: string, repair: boolean): Promise<void> {
    if (!isSha256Digest(layer.digest))
      throw new EdoError(`${owner}: layer digest ${layer.digest} is not sha256`);
    const path = await this.blobPath(layer.digest, layer.size, repair);
    const hex = digestHex(layer.digest);
    if (await this.verified.has(hex, path)) return;
    const actual = await fileSha256Digest(path);
    if (actual === layer.digest) return this.verified.record(hex, path);
    const error = corruptBlobError(layer.digest, `its content hashes to ${actual}`);
    throw repair ? await this.dropCorrupt(layer.digest, error) : error;
  }

  private async blobPath(digest: string, size: number, repair = true): Promise<string> {
    const path = join(this.blobsDir, digestHex(digest));
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      throw missingOr(err, digest);
    }
    if (info.size !== size) {
      const error = corruptBlobError(digest, `expected ${size} bytes, the blob has ${info.size}`);
      throw repair ? await this.dropCorrupt(digest, error) : error;
    }
    return path;
  }

  private async requireBlob(layer: Pick<Layer, 'digest' | 'size'>, owner: string): Promise<void> {
    if (!isSha256Digest(layer.digest))
      throw new EdoError(`${owner}: layer digest ${layer.digest} is not sha256`);
    await this.blobPath(layer.digest, layer.size);
  }
}

/** The keys of artifacts saved before another of the same package, name and arch. */
function olderSaves(entries: ReadonlyMap<string, Descriptor>): string[] {
  const newest = new Map<string, [string, string]>();
  for (const [key, entry] of entries) {
    const group = groupKey(idFromString(key));
    const created = entry.annotations?.[Annotation.created] ?? '';
    const best = newest.get(group);
    if (!best || created > best[1]) newest.set(group, [key, created]);
  }
  const keep = new Set([...newest.values()].map(([key]) => key));
  return [...entries.keys()].filter((key) => !keep.has(key));
}

/** Maps with at most `limit` calls in flight; results keep the input order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function missingOr(err: unknown, digest: string): Error {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    return new BrokenBlobError(
      `blob ${digest} is missing from the store (edo prune drops the artifacts that need it, which then build again)`,
    );
  }
  return err as Error;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** Removes a file last modified before `cutoff`; returns its size, or undefined when kept. */
async function removeIfOlder(path: string, cutoff: number, dryRun = false): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info || info.mtimeMs >= cutoff) return undefined;
  if (!dryRun) await unlink(path);
  return info.size;
}
