import { EdoError, UsageError } from '../model/errors.js';
import { stringAttr } from './attrs.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { Vendor } from '../source/types.js';
import { LOCK_FILE, type LockEntry, type LockFile, lockedError, vendorEntryKey } from './lock.js';
import {
  type PackageIndex,
  type ResolvedPackage,
  type RootRequirement,
  ResolutionConflict,
  solve,
} from './solver.js';

/** A vendor instance with the declaration it came from (`vendor(name = ..., kind = ...)`). */
export interface VendorHandle {
  /** The vendor declaration's label, e.g. `//:npm`. */
  label: string;
  kind: string;
  vendor: Vendor;
}

/** Asks a vendor, remembering each answer for the rest of the command. */
export function vendorIndex(vendor: Vendor): PackageIndex {
  const versions = new Map<string, Promise<string[]>>();
  const dependencies = new Map<string, Promise<Array<[string, string]>>>();
  return {
    versions(name) {
      let answer = versions.get(name);
      if (!answer) versions.set(name, (answer = vendor.getOptions(name)));
      return answer;
    },
    dependencies(name, version) {
      const key = `${name}@${version}`;
      let answer = dependencies.get(key);
      if (!answer)
        dependencies.set(key, (answer = vendor.getDependencies(name, version).then((d) => d ?? [])));
      return answer;
    },
  };
}

/** The lock's view of one vendor's packages: each has exactly its locked version. No network. */
function lockedIndex(lock: LockFile, vendorLabel: string): PackageIndex {
  return {
    async versions(name) {
      const entry = lock.get(vendorEntryKey(vendorLabel, name));
      return entry?.version === undefined ? [] : [entry.version];
    },
    async dependencies(name) {
      return Object.entries(lock.get(vendorEntryKey(vendorLabel, name))?.dependencies ?? {});
    },
  };
}

/**
 * Resolves the packages one vendor must provide for a set of root requirements, through the lock:
 * - `locked`: the locked versions must form a consistent set for the roots, else an error naming
 *   the entry (missing, or which requirement it no longer satisfies); nothing is asked upstream.
 * - `build`: when the locked versions already satisfy every root, they are used as they are (no
 *   registry round trip); otherwise the vendor is asked and the solver prefers locked versions,
 *   so only what is missing or no longer satisfied changes.
 * - `update`: packages the update names (all when none) are re-resolved to the newest that
 *   satisfies; others keep their locked version when they can.
 * Returns the lock entry of every package in the solution, by package name.
 */
export async function resolveVendorPackages(
  lock: LockFile,
  handle: VendorHandle,
  roots: readonly RootRequirement[],
): Promise<Map<string, LockEntry>> {
  const keyOf = (name: string) => vendorEntryKey(handle.label, name);
  const fromLock = await solveFromLock(lock, handle.label, roots);
  // In `locked` mode solveFromLock either succeeded or threw.
  if (fromLock !== undefined && !wantsAnyRefresh(lock, fromLock))
    return entriesOf(lock, handle.label, fromLock);

  const solution = await solve(roots, vendorIndex(handle.vendor), {
    preferred: (name) => (lock.wantsRefresh(keyOf(name), name) ? undefined : lock.get(keyOf(name))?.version),
  });
  const requiredBy = new Map(roots.map((root) => [root.name, root.requiredBy]));
  const entries = new Map<string, LockEntry>();
  await Promise.all(
    [...solution.values()].map(async (pkg) => {
      const key = keyOf(pkg.name);
      const locked = lock.get(key);
      const entry =
        locked?.version === pkg.version && locked.node !== undefined
          ? locked
          : entryFor(handle, pkg, await handle.vendor.resolve(pkg.name, pkg.version));
      lock.record(key, entry, requiredBy.get(pkg.name));
      entries.set(pkg.name, lock.get(key)!);
    }),
  );
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Solves with the locked versions only. In `locked` mode a failure becomes the `--locked` error
 * naming the entry; otherwise a failure means "ask the vendor" and gives undefined.
 */
async function solveFromLock(
  lock: LockFile,
  vendorLabel: string,
  roots: readonly RootRequirement[],
): Promise<Map<string, ResolvedPackage> | undefined> {
  try {
    return await solve(roots, lockedIndex(lock, vendorLabel));
  } catch (err) {
    if (!(err instanceof ResolutionConflict)) throw err;
    if (lock.mode !== 'locked') return undefined;
    const { name, chains } = err.conflict;
    const key = vendorEntryKey(vendorLabel, name);
    const failure = lockedError(key, lock.get(key), chains.map((chain) => chain.join(' → ')).join('; '));
    // What the lock holds, not what exists: --locked asks no registry.
    const available = `available versions of ${name}:`;
    const details = (err.context.details ?? []).map((line) =>
      line.startsWith(available)
        ? line.replace(available, `versions of ${name} in ${LOCK_FILE} (--locked asks no registry):`)
        : line,
    );
    throw new UsageError(failure.message, { details });
  }
}

function wantsAnyRefresh(lock: LockFile, solution: ReadonlyMap<string, ResolvedPackage>): boolean {
  // Every key is asked (no short-circuit) so `edo update NAME` knows NAME matched something.
  const keys = lock.keys().filter((key) => solution.has(lock.get(key)!.name));
  return keys.map((key) => lock.wantsRefresh(key)).some(Boolean);
}

function entriesOf(
  lock: LockFile,
  vendorLabel: string,
  solution: ReadonlyMap<string, ResolvedPackage>,
): Map<string, LockEntry> {
  const entries = new Map<string, LockEntry>();
  for (const name of solution.keys()) {
    const key = vendorEntryKey(vendorLabel, name);
    lock.touch(key);
    entries.set(name, lock.get(key)!);
  }
  return entries;
}

/**
 * The lock entry for a resolved package. A vendor's `resolve` returns a source declaration node:
 * `kind` (a source kind), that kind's attributes, and by convention `digest` (the pin) and `url`
 * or `ref` (where it comes from).
 */
function entryFor(handle: VendorHandle, pkg: ResolvedPackage, node: NodeValue): LockEntry {
  const attrs = nodeAttrs(node, `vendor ${handle.label} resolved ${pkg.name}@${pkg.version} to`);
  const source = attrs.url ?? attrs.ref;
  if (typeof attrs.digest !== 'string' || typeof source !== 'string') {
    throw new EdoError(
      `vendor ${handle.label}: resolve(${pkg.name}, ${pkg.version}) gave no "digest" and "url"/"ref"`,
    );
  }
  return {
    kind: handle.kind,
    vendor: handle.label,
    name: pkg.name,
    version: pkg.version,
    source,
    digest: attrs.digest,
    dependencies: pkg.dependencies,
    node,
  };
}

function nodeAttrs(node: NodeValue | undefined, what: string): { kind: string } & Record<string, NodeValue> {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.kind !== 'string') {
    throw new EdoError(`${what} a value that is not a source declaration (an object with a "kind")`);
  }
  return node as { kind: string } & Record<string, NodeValue>;
}

/** Attributes of `vendor_source(name, vendor, package, version)`. */
export interface VendorSourceRequest {
  vendor: string;
  package: string;
  version: string;
}

export function vendorSourceRequest(node: DeclarationNode): VendorSourceRequest {
  return {
    vendor: stringAttr(node, 'vendor'),
    package: stringAttr(node, 'package'),
    version: stringAttr(node, 'version'),
  };
}

/**
 * Every `vendor_source` of a workspace, resolved jointly per vendor (once per command, on first
 * use): all declarations naming one vendor are the roots of one solve, so they share one
 * consistent set of versions. `pinned(node)` is the source declaration a `vendor_source` stands
 * for; the `vendor_source` factory hands it to `ctx.addSource`.
 */
export class VendorResolution {
  private readonly solved = new Map<string, Promise<Map<string, LockEntry>>>();

  constructor(
    private readonly lock: LockFile,
    private readonly declarations: readonly DeclarationNode[],
    private readonly vendorFor: (label: string, requiredBy: DeclarationNode) => Promise<VendorHandle>,
  ) {}

  /** The source declaration (`kind` + attributes) `node`, a `vendor_source`, resolves to. */
  async pinned(node: DeclarationNode): Promise<DeclarationNode> {
    const request = vendorSourceRequest(node);
    const packages = await this.packagesOf(request.vendor, node);
    const entry = packages.get(request.package)!;
    const attrs = nodeAttrs(
      entry.node,
      `lock entry ${vendorEntryKey(request.vendor, request.package)} holds`,
    );
    const { kind, ...rest } = attrs;
    return { kind, name: node.name, id: node.id, attrs: rest, position: node.position };
  }

  private packagesOf(vendorLabel: string, asking: DeclarationNode): Promise<Map<string, LockEntry>> {
    let running = this.solved.get(vendorLabel);
    if (!running) {
      const roots = this.declarations
        .filter((d) => d.kind === 'vendor_source' && d.attrs.vendor === vendorLabel)
        .map((d) => {
          const request = vendorSourceRequest(d);
          return { name: request.package, range: request.version, requiredBy: d.id };
        });
      running = this.vendorFor(vendorLabel, asking).then((handle) =>
        resolveVendorPackages(this.lock, handle, roots),
      );
      this.solved.set(vendorLabel, running);
    }
    return running;
  }
}
