import {
  closeSync,
  fdatasync as fdatasyncCallback,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { EdoError } from '../model/errors.js';
import { fsyncDirectory, writeFileAtomic } from './fs-util.js';
import { withLock } from './lock.js';
import { Annotation, MediaType, type Descriptor, type ImageIndex } from './oci.js';

/** One change to the index: an artifact's manifest descriptor set under its id, or an id removed. */
export type IndexRecord = { set: Descriptor } | { del: string };

/** Reads the entries as they are and says what to change (runs under the store's lock). */
export type IndexPlan = (entries: ReadonlyMap<string, Descriptor>) => readonly IndexRecord[];

/** When the journal is folded into index.json. */
export interface CompactionPolicy {
  /** Up to this size (index.json plus journal), every update rewrites index.json at once. */
  smallIndexBytes: number;
  /** Otherwise index.json is rewritten once the journal reaches 1/`journalRatio` of its size. */
  journalRatio: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = { smallIndexBytes: 64 * 1024, journalRatio: 4 };

const JOURNAL = 'index.journal';
const fdatasync = promisify(fdatasyncCallback);

interface Pending {
  plan: IndexPlan;
  done: () => void;
  fail: (err: unknown) => void;
}

/**
 * The local store's index: the OCI layout's `index.json` plus `index.journal`, a file of
 * index records (one JSON object a line) not yet folded into it. Rewriting index.json for every
 * saved artifact made each save cost the whole index (92 ms a save with 10,000 artifacts), so a
 * large index takes changes as appended records, and is rewritten only when the journal has
 * grown to a fraction of it (amortised: a bounded cost per record), or on `compact()` (the end
 * of a command: other OCI tools read index.json alone). A small index is rewritten at once, as
 * before, so it always lists everything.
 *
 * Writers hold the store's lock; updates from one process are committed in batches (one append
 * and one fsync for all the saves that queued meanwhile). Readers take no lock: a record is
 * applied only once its line is complete, and replaying records that a concurrent compaction
 * already folded into index.json changes nothing.
 */
export class StoreIndex {
  readonly indexPath: string;
  readonly journalPath: string;
  private packed: PackedIndex | undefined;
  /** The journal file applied so far (`fileIdentity`; '' for none) and how many of its bytes. */
  private journal = { file: '', offset: 0 };
  private current: Map<string, Descriptor> | undefined;
  private checkedThisTurn = false;
  /** Set when a read found a damaged record or index.json: the error went to that reader. */
  private damaged = false;
  private queue: Pending[] = [];
  private committing = false;

  constructor(
    private readonly root: string,
    private readonly ingestDir: string,
    private readonly lockPath: string,
    private readonly policy: CompactionPolicy = DEFAULT_COMPACTION,
  ) {
    this.indexPath = join(root, 'index.json');
    this.journalPath = join(root, JOURNAL);
  }

  /**
   * The entries, by id. Answered from memory, re-checked against the files at most once per
   * event-loop turn, or now when `recheck` (a miss must re-check: another process may have just
   * saved the artifact).
   */
  entries(recheck = false): Map<string, Descriptor> {
    if (this.current && this.checkedThisTurn && !recheck) return this.current;
    const entries = this.refresh();
    if (!this.checkedThisTurn) {
      this.checkedThisTurn = true;
      setImmediate(() => (this.checkedThisTurn = false));
    }
    return entries;
  }

  /** Applies the records `plan` returns, durably, under the store's lock. */
  update(plan: IndexPlan): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ plan, done, fail });
      if (!this.committing) void this.commitQueued();
    });
  }

  /** Folds the journal into index.json, so it lists every artifact. */
  async compact(): Promise<void> {
    // A damaged journal cannot be folded in, and its error was already raised to a reader.
    if (this.damaged) return;
    this.refresh();
    if (this.journal.file === '') return;
    await withLock(this.lockPath, this.ingestDir, () => this.compactLocked());
  }

  /**
   * `compact` for a caller that holds the store's lock; returns the entries. Garbage collection
   * runs it first, so that no blob it removes stays named in index.json.
   */
  async compactLocked(): Promise<Map<string, Descriptor>> {
    this.refresh();
    if (this.journal.file !== '') await this.rewrite([]);
    return this.current!;
  }

  /** Removes entries; only for a caller that holds the store's lock. */
  async deleteLocked(keys: readonly string[]): Promise<void> {
    this.refresh();
    await this.rewrite(keys.map((key) => ({ del: key })));
  }

  /** The entries as the files say now; only for a caller that holds the store's lock. */
  lockedEntries(): Map<string, Descriptor> {
    return this.refresh();
  }

  /** Writes an empty index (a new store); only for a caller that holds the store's lock. */
  async create(): Promise<void> {
    await this.writeIndexFile(new Map(), []);
  }

  private async commitQueued(): Promise<void> {
    this.committing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        const refused = new Set<Pending>();
        try {
          await withLock(this.lockPath, this.ingestDir, async () => {
            const entries = this.refresh();
            const records: IndexRecord[] = [];
            for (const pending of batch) {
              try {
                const planned = pending.plan(entries);
                for (const record of planned) apply(entries, record);
                records.push(...planned);
              } catch (err) {
                refused.add(pending);
                pending.fail(err);
              }
            }
            await this.write(records);
          });
        } catch (err) {
          // Memory may now hold records that are not on disk: read the files again next time.
          this.forget();
          for (const pending of batch) if (!refused.has(pending)) pending.fail(err);
          continue;
        }
        for (const pending of batch) if (!refused.has(pending)) pending.done();
      }
    } finally {
      this.committing = false;
    }
  }

  /** Makes `records` (already applied in memory) durable: appended, or index.json rewritten. */
  private async write(records: readonly IndexRecord[]): Promise<void> {
    if (records.length === 0) return;
    const lines = records.map((record) => JSON.stringify(record) + '\n').join('');
    const journalBytes = this.journal.offset + Buffer.byteLength(lines);
    const packedBytes = this.packed?.size ?? 0;
    const { smallIndexBytes, journalRatio } = this.policy;
    if (packedBytes + journalBytes <= smallIndexBytes || journalBytes * journalRatio >= packedBytes) {
      await this.rewrite(records);
      return;
    }
    // Appended synchronously (a few µs), so that no reader runs between the file growing and the
    // entries in memory holding the records; only the fsync is waited for.
    const fd = openSync(this.journalPath, 'a');
    try {
      const info = fstatSync(fd);
      const file = fileIdentity(info);
      let start = info.size;
      // A writer killed mid-append leaves part of a line: readers never applied it; drop it.
      if (file === this.journal.file && info.size > this.journal.offset) {
        start = this.journal.offset;
        ftruncateSync(fd, start);
      }
      const bytes = Buffer.from(lines);
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      this.journal = { file, offset: start + bytes.length };
      await fdatasync(fd);
      // A journal made just now must be in the directory after a crash too.
      if (start === 0) await fsyncDirectory(this.root);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Rewrites index.json with what the files hold plus `records`, and removes the journal (whose
   * records it then holds). Read from the files rather than taken from memory, so that a rewrite
   * can never drop a record that is on disk, whatever memory holds.
   */
  private async rewrite(records: readonly IndexRecord[]): Promise<void> {
    this.forget();
    const entries = new Map(this.refresh());
    for (const record of records) apply(entries, record);
    // Entries other OCI tools added (without an Edo id) are written back as they were.
    await this.writeIndexFile(entries, this.packed!.foreign);
  }

  private async writeIndexFile(entries: Map<string, Descriptor>, foreign: Descriptor[]): Promise<void> {
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.imageIndex,
      manifests: [...foreign, ...[...entries.keys()].sort().map((key) => entries.get(key)!)],
    };
    const text = JSON.stringify(index) + '\n';
    await writeFileAtomic(this.indexPath, this.root, this.ingestDir, text);
    // A crash before the unlink leaves both: replaying the journal over the new index is a no-op.
    const removed = await unlink(this.journalPath).then(
      () => true,
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
        return false;
      },
    );
    if (removed) await fsyncDirectory(this.root);
    const stamp = indexStamp(statSync(this.indexPath));
    this.packed = { stamp, size: Buffer.byteLength(text), entries, foreign };
    this.current = new Map(entries);
    this.journal = { file: '', offset: 0 };
  }

  private forget(): void {
    this.packed = undefined;
    this.current = undefined;
    this.journal = { file: '', offset: 0 };
  }

  /**
   * Brings the entries up to date with the files. The journal is opened before index.json is
   * looked at: a compaction in between then only makes records replay over an index that already
   * holds them. Two compactions in between could make an older record win, so the read is tried
   * again when the journal was replaced meanwhile.
   */
  private refresh(): Map<string, Descriptor> {
    for (;;) {
      const fd = openIfPresent(this.journalPath);
      try {
        const journal = fd === undefined ? undefined : fstatSync(fd);
        const info = statSync(this.indexPath);
        const stamp = indexStamp(info);
        if (!this.packed || this.packed.stamp !== stamp) {
          let parsed: Pick<PackedIndex, 'entries' | 'foreign'>;
          try {
            parsed = parseIndex(readFileSync(this.indexPath), this.indexPath);
          } catch (err) {
            // The reader reports it; the compaction at the command's end need not say it again.
            this.damaged = true;
            throw err;
          }
          this.packed = { stamp, size: info.size, ...parsed };
          this.current = undefined;
        }
        const file = journal ? fileIdentity(journal) : '';
        if (!this.current || this.journal.file !== file || (journal?.size ?? 0) < this.journal.offset) {
          this.current = new Map(this.packed.entries);
          this.journal = { file, offset: 0 };
        }
        if (fd !== undefined && journal!.size > this.journal.offset) {
          this.journal.offset += this.applyJournal(fd, this.journal.offset, journal!.size, this.current);
        }
        if (journalIdentity(this.journalPath) === file) return this.current;
        this.current = undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    }
  }

  /** Applies the complete lines of the journal between `from` and `to`; returns the bytes used. */
  private applyJournal(fd: number, from: number, to: number, entries: Map<string, Descriptor>): number {
    const bytes = Buffer.allocUnsafe(to - from);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    const complete = bytes.lastIndexOf(0x0a, read - 1) + 1;
    let at = from;
    for (const line of bytes.toString('utf8', 0, complete).split('\n')) {
      if (line !== '' && !apply(entries, parseRecord(line))) {
        this.damaged = true;
        throw new EdoError(
          `${this.journalPath}: the record at byte ${at} is damaged (${line.slice(0, 60)}...). Removing ` +
            `the file drops the artifacts saved since index.json was last written: they are built again.`,
        );
      }
      at += Buffer.byteLength(line) + 1;
    }
    return complete;
  }
}

/** Applies a record to the entries; false when it is not a well-formed record. */
function apply(entries: Map<string, Descriptor>, record: IndexRecord | undefined): boolean {
  if (record && 'del' in record && typeof record.del === 'string') {
    entries.delete(record.del);
    return true;
  }
  const key = record && 'set' in record ? record.set?.annotations?.[Annotation.id] : undefined;
  if (typeof key !== 'string') return false;
  entries.set(key, (record as { set: Descriptor }).set);
  return true;
}

function parseRecord(line: string): IndexRecord | undefined {
  try {
    return JSON.parse(line) as IndexRecord;
  } catch {
    return undefined;
  }
}

interface PackedIndex {
  stamp: string;
  size: number;
  /** The artifacts' manifest descriptors, by id. */
  entries: Map<string, Descriptor>;
  /** Descriptors without an Edo id (added by other OCI tools): not artifacts, kept as they are. */
  foreign: Descriptor[];
}

/** index.json cannot be read: what to do about it, since every command that uses the store fails. */
function damagedIndex(path: string, what: string): EdoError {
  return new EdoError(
    `${path} ${what}: the store's index is damaged. Remove that file to start an empty index ` +
      '(every target then builds again, and `edo prune` frees the blobs no artifact uses any more)',
  );
}

/** The entries of an index.json. */
function parseIndex(bytes: Buffer, path: string): Pick<PackedIndex, 'entries' | 'foreign'> {
  let index: Partial<ImageIndex>;
  try {
    index = JSON.parse(bytes.toString('utf8')) as Partial<ImageIndex>;
  } catch {
    throw damagedIndex(path, 'is not valid JSON');
  }
  if (!Array.isArray(index?.manifests)) throw damagedIndex(path, 'is not an OCI image index');
  const entries = new Map<string, Descriptor>();
  const foreign: Descriptor[] = [];
  for (const entry of index.manifests) {
    const key = entry.annotations?.[Annotation.id];
    if (key === undefined) foreign.push(entry);
    else entries.set(key, entry);
  }
  return { entries, foreign };
}

function indexStamp(info: Stats): string {
  return `${fileIdentity(info)}:${info.size}:${info.mtimeMs}`;
}

/**
 * Opens the journal if there is one. Most stores have none most of the time, and this runs at
 * every check of the index: a stat that answers "absent" costs no thrown error.
 */
function openIfPresent(path: string): number | undefined {
  if (!statSync(path, { throwIfNoEntry: false })) return undefined;
  try {
    return openSync(path, 'r');
  } catch (err) {
    // Removed by a compaction since the stat.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Which file this is: its inode and birth time. A file system reuses a removed file's inode number
 * at once, and a journal made anew must not pass for the one read before.
 */
function fileIdentity(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.birthtimeMs}`;
}

function journalIdentity(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? fileIdentity(info) : '';
}
