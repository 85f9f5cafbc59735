import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atDeclaration, EdoError, UsageError, type SourcePosition } from '../model/errors.js';
import type { NodeValue } from '../model/node.js';
import { writeFileAtomic } from '../storage/fs-util.js';
import { withLock } from '../storage/lock.js';

/** The lock file's name, at the workspace root. */
export const LOCK_FILE = 'edo.lock.json';
const FORMAT_VERSION = 1;

/**
 * One resolved thing: a vendor package at a version, a git ref at a commit, an image tag at a
 * manifest digest, a plugin at its digest. Written with its keys in a fixed order.
 */
export interface LockEntry {
  /** Who resolved it: a vendor kind (`npm`, `oci`) or a source kind (`git`, `image`, `plugin`). */
  kind: string;
  /** The vendor declaration's label, for entries a vendor resolved. */
  vendor?: string;
  /** Package, repository or image name. */
  name: string;
  /** The version chosen (vendors), or the tag (images). */
  version?: string;
  /** What the declaration asked for when it is a single request: a git ref, an image tag. */
  requested?: string;
  /** Where it comes from: a URL, or URL plus ref. */
  source: string;
  /** The pin: an integrity string (`sha512-…`), a manifest digest (`sha256:…`), a git commit. */
  digest: string;
  /** Vendor entries: the dependencies of this version (name → range), so `--locked` needs no registry. */
  dependencies?: Record<string, string>;
  /**
   * Vendor entries: the pinned source declaration the vendor resolved to. Plugin entries: what
   * pins a remote source beyond its text (the npm package version, the OCI manifest digest).
   */
  node?: NodeValue;
}

/**
 * How a command treats the lock file:
 * - `build`: keep every entry that still satisfies its declaration; resolve and add the rest.
 * - `locked`: never write; a missing or unsatisfying entry is an error naming it.
 * - `update`: re-resolve the entries named in `LockOptions.update` (all when empty) to the newest
 *   that satisfies; everything else as in `build`.
 */
export type LockMode = 'build' | 'locked' | 'update';

export interface LockOptions {
  mode: LockMode;
  /** For `update`: entry keys or names to re-resolve; empty or absent means every entry. */
  update?: readonly string[];
}

export interface LockChange {
  key: string;
  before?: LockEntry;
  after: LockEntry;
}

/** How to ask for one pinned thing through `LockFile.pin`. */
export interface PinRequest {
  /** Whether a locked entry still satisfies the declaration (same URL, same ref, range satisfied). */
  satisfies(entry: LockEntry): boolean;
  /** Resolves upstream now; called only when the lock cannot answer. */
  resolve(): Promise<LockEntry>;
  /** Who asked, for error messages: usually the declaring label. */
  requiredBy?: string;
  /**
   * Where the declaration is. Pins are taken before any build, so a resolution that fails (an
   * unreachable registry, a ref that is not there) or a refusal in locked mode is reported there.
   */
  declaredAt?: SourcePosition;
}

/** The key of an entry a vendor resolved: `<vendor label>#<package>`, e.g. `//:npm#pkg-a`. */
export function vendorEntryKey(vendorLabel: string, pkg: string): string {
  return `${vendorLabel}#${pkg}`;
}

/**
 * The workspace's `edo.lock.json`, loaded once per command. Sources and vendors ask it for pins;
 * it answers from the file or resolves upstream according to the mode, and remembers what it
 * added or changed so the command can print it and `save()` can write it.
 */
export class LockFile {
  private readonly entries: Map<string, LockEntry>;
  private readonly recorded = new Map<string, LockChange>();
  private readonly removed = new Set<string>();
  private readonly touched = new Set<string>();
  private readonly inFlight = new Map<string, Promise<LockEntry>>();
  private readonly updateNames: ReadonlySet<string>;
  private readonly matchedUpdateNames = new Set<string>();

  private constructor(
    readonly root: string,
    readonly mode: LockMode,
    entries: Map<string, LockEntry>,
    update: readonly string[],
  ) {
    this.entries = entries;
    this.updateNames = new Set(update);
  }

  get path(): string {
    return join(this.root, LOCK_FILE);
  }

  /** Loads `edo.lock.json` under `root`; a missing file is an empty lock. */
  static async open(root: string, options: LockOptions): Promise<LockFile> {
    if (options.mode !== 'update' && options.update && options.update.length > 0) {
      throw new Error('LockOptions.update is only meaningful in update mode');
    }
    return new LockFile(root, options.mode, await readEntries(join(root, LOCK_FILE)), options.update ?? []);
  }

  /** An empty lock that is never saved anywhere: for evaluating without a workspace (tests, tools). */
  static inMemory(mode: LockMode = 'build'): LockFile {
    return new LockFile('', mode, new Map(), []);
  }

  get(key: string): LockEntry | undefined {
    return this.entries.get(key);
  }

  keys(): string[] {
    return [...this.entries.keys()].sort();
  }

  /**
   * True when the command asked to re-resolve `key` (update mode naming it, or naming nothing).
   * `name` is what else the user may call it (the package name) when it has no entry yet.
   */
  wantsRefresh(key: string, name: string | undefined = this.entries.get(key)?.name): boolean {
    if (this.mode !== 'update') return false;
    if (this.updateNames.size === 0) return true;
    for (const wanted of [key, name]) {
      if (wanted !== undefined && this.updateNames.has(wanted)) {
        this.matchedUpdateNames.add(wanted);
        return true;
      }
    }
    return false;
  }

  /** Marks `key` as still in use, so `pruneUntouched` keeps it. */
  touch(key: string): void {
    this.touched.add(key);
  }

  /**
   * Records a fresh resolution of `key` (added, or changed from the locked entry). In `locked`
   * mode this is an error naming the entry: `requiredBy` says which declaration needed it.
   */
  record(key: string, entry: LockEntry, requiredBy?: string): void {
    this.touched.add(key);
    const before = this.entries.get(key);
    if (before !== undefined && sameEntry(before, entry)) return;
    if (this.mode === 'locked') throw lockedError(key, before, requiredBy);
    this.entries.set(key, normalizeEntry(entry));
    this.removed.delete(key);
    const first = this.recorded.get(key)?.before ?? before;
    this.recorded.set(key, { key, ...(first && { before: first }), after: entry });
  }

  /**
   * The one call a source with a single pin makes (a git ref, an image tag, a plugin): the
   * locked entry when it satisfies and no update asks for it, else a fresh resolution recorded in
   * the lock. In `locked` mode a missing or unsatisfying entry throws, naming the key.
   * Concurrent calls for one key share one resolution.
   */
  pin(key: string, request: PinRequest): Promise<LockEntry> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const result = this.pinNow(key, request);
    this.inFlight.set(key, result);
    return result;
  }

  private async pinNow(key: string, request: PinRequest): Promise<LockEntry> {
    this.touched.add(key);
    const locked = this.entries.get(key);
    const usable = locked !== undefined && request.satisfies(locked);
    if (usable && !this.wantsRefresh(key)) return locked;
    const { declaredAt, requiredBy } = request;
    const placed = (error: unknown, context = {}) =>
      declaredAt ? atDeclaration(error, declaredAt, context) : error;
    if (this.mode === 'locked') throw placed(lockedError(key, locked, requiredBy));
    const fresh = await request.resolve().catch((error: unknown) => {
      throw placed(error, requiredBy === undefined ? {} : { target: requiredBy });
    });
    this.record(key, fresh, request.requiredBy);
    return this.entries.get(key)!;
  }

  /**
   * Drops entries nothing asked for during this command, among those `prunable` selects (the
   * kinds the command re-resolved): only after evaluating the whole workspace.
   */
  pruneUntouched(prunable: (entry: LockEntry) => boolean = () => true): void {
    if (this.mode === 'locked') return;
    for (const [key, entry] of this.entries) {
      if (this.touched.has(key) || !prunable(entry)) continue;
      this.entries.delete(key);
      this.recorded.delete(key);
      this.removed.add(key);
    }
  }

  /** What this command added or changed, by key. */
  changes(): LockChange[] {
    return [...this.recorded.values()].sort((a, b) => compareStrings(a.key, b.key));
  }

  /** Keys removed by `pruneUntouched`. */
  removals(): string[] {
    return [...this.removed].sort();
  }

  /** Names given to `edo update` that matched no entry: a typo the user should hear about. */
  unmatchedUpdateNames(): string[] {
    return [...this.updateNames].filter((name) => !this.matchedUpdateNames.has(name)).sort();
  }

  /** One line per change, for the command to print: `added …`, `updated …`, `removed …`. */
  describeChanges(): string[] {
    const lines = this.changes().map(({ key, before, after }) => {
      if (before === undefined) return `added ${key} ${describePin(after)}`;
      const [from, to] = [describePin(before), describePin(after)];
      // The same pin from elsewhere (a mirror's URL): say what changed.
      if (from === to && before.source !== after.source)
        return `updated ${key} ${to}: source ${before.source} -> ${after.source}`;
      return `updated ${key} ${from} -> ${to}`;
    });
    return [...lines, ...this.removals().map((key) => `removed ${key}`)];
  }

  /**
   * Writes what changed (never in `locked` mode; nothing when nothing changed). The file on disk
   * is re-read under an inter-process lock and our changes are applied to it, so two `edo`
   * processes adding different entries both keep theirs. Returns whether it wrote.
   */
  async save(): Promise<boolean> {
    if (this.mode === 'locked' || this.root === '') return false;
    if (this.recorded.size === 0 && this.removed.size === 0) return false;
    const stateDir = join(this.root, '.edo');
    await mkdir(stateDir, { recursive: true });
    return withLock(join(stateDir, `${LOCK_FILE}.lock`), stateDir, async () => {
      const current = await readEntries(this.path);
      for (const { key, after } of this.recorded.values()) current.set(key, normalizeEntry(after));
      for (const key of this.removed) current.delete(key);
      const text = serializeLock(current);
      const existing = await readFile(this.path, 'utf8').catch(() => undefined);
      if (existing === text) return false;
      await writeFileAtomic(this.path, this.root, stateDir, text);
      return true;
    });
  }
}

/** `1.3.0 (sha512-abc…)`, `main@0123abcd…`: a short human form of what an entry pins. */
function describePin(entry: LockEntry): string {
  const digest = entry.digest.length > 19 ? entry.digest.slice(0, 19) + '…' : entry.digest;
  return entry.version !== undefined ? `${entry.version} (${digest})` : digest;
}

/** The `--locked` failure for `key`: missing (`locked` undefined) or no longer satisfying. */
export function lockedError(
  key: string,
  locked: LockEntry | undefined,
  requiredBy: string | undefined,
): EdoError {
  const by = requiredBy ? ` (required by ${requiredBy})` : '';
  const problem =
    locked === undefined
      ? `${LOCK_FILE} has no entry for ${key}${by}`
      : `${LOCK_FILE} entry ${key} (${describePin(locked)}) no longer satisfies its declaration${by}`;
  return new UsageError(`--locked: ${problem}; run \`edo update ${key}\` (or a build without --locked)`);
}

const ENTRY_KEY_ORDER: ReadonlyArray<keyof LockEntry> = [
  'kind',
  'vendor',
  'name',
  'version',
  'requested',
  'source',
  'digest',
  'dependencies',
  'node',
];

/** The entry with its members in the documented order and nested objects key-sorted. */
function normalizeEntry(entry: LockEntry): LockEntry {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_KEY_ORDER) {
    const value = entry[key];
    if (value !== undefined) out[key] = sortDeep(value);
  }
  return out as unknown as LockEntry;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareStrings)) {
      sorted[key] = sortDeep((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

function sameEntry(a: LockEntry, b: LockEntry): boolean {
  return JSON.stringify(normalizeEntry(a)) === JSON.stringify(normalizeEntry(b));
}

/** Code-unit order, independent of locale, so every machine writes the same bytes. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file's text: entries sorted by key, two-space indent, trailing newline (diff-friendly). */
export function serializeLock(entries: ReadonlyMap<string, LockEntry>): string {
  const sorted: Record<string, LockEntry> = {};
  for (const key of [...entries.keys()].sort(compareStrings)) sorted[key] = normalizeEntry(entries.get(key)!);
  return JSON.stringify({ version: FORMAT_VERSION, entries: sorted }, null, 2) + '\n';
}

async function readEntries(path: string): Promise<Map<string, LockEntry>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  return parseLock(text, path);
}

export function parseLock(text: string, path: string): Map<string, LockEntry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path}: not valid JSON (${(err as Error).message}); fix or delete it`);
  }
  const file = parsed as { version?: unknown; entries?: unknown };
  if (file === null || typeof file !== 'object' || file.version !== FORMAT_VERSION) {
    throw new UsageError(`${path}: unsupported lock file (expected "version": ${FORMAT_VERSION})`);
  }
  const entries = new Map<string, LockEntry>();
  if (file.entries === null || typeof file.entries !== 'object' || Array.isArray(file.entries)) {
    throw new UsageError(`${path}: "entries" must be an object`);
  }
  for (const [key, value] of Object.entries(file.entries as Record<string, unknown>)) {
    const entry = value as Partial<LockEntry> | null;
    if (
      entry === null ||
      typeof entry !== 'object' ||
      typeof entry.kind !== 'string' ||
      typeof entry.name !== 'string' ||
      typeof entry.source !== 'string' ||
      typeof entry.digest !== 'string'
    ) {
      throw new UsageError(`${path}: entry ${key} needs string "kind", "name", "source" and "digest"`);
    }
    entries.set(key, entry as LockEntry);
  }
  return entries;
}
