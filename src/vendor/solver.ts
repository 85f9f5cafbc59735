import semver from 'semver';
import { EdoError, UsageError } from '../model/errors.js';

/**
 * Dependency resolution for vendors.
 *
 * Policy (docs/vendors.md): one version per package and vendor; packages are decided in the order
 * they are first required (roots in declaration order, then breadth-first); for each, the
 * candidates are the vendor's options that satisfy every range placed on the package so far,
 * tried preferred version first (the locked one, unless it is being updated), then highest semver
 * first. A choice whose dependencies clash with a decision already made, or leave a package
 * without candidates, is undone and the next candidate tried. Backtracking is conflict-directed:
 * a failure carries the decisions that placed the ranges involved, and the search backs up to the
 * latest of them, skipping alternatives of decisions that play no part. The result is
 * deterministic: the same options and requirements always give the same set. When nothing works,
 * the first conflict met on the most preferred path is reported with every requirement chain that
 * constrains the clashing package.
 *
 * Ranges are node-semver ranges (`^1.2`, `~2.1`, `>=1 <3`, `1.x`); prereleases match only ranges
 * that name a prerelease of the same version. Short numeric tags count as versions (`1.36` is
 * 1.36.0). A requested version that is not a semver range
 * (an image tag such as `latest` or `bookworm`) matches the option spelled exactly like it.
 */

/** What the solver needs to know about packages: the vendor, or the lock for `--locked`. */
export interface PackageIndex {
  /** Every version of `name` (any order); empty when the package does not exist. */
  versions(name: string): Promise<string[]>;
  /** `name@version`'s dependencies as `[name, range]` pairs. */
  dependencies(name: string, version: string): Promise<Array<[name: string, range: string]>>;
}

export interface RootRequirement {
  name: string;
  range: string;
  /** The declaration asking for it, e.g. `//app:dep`. */
  requiredBy: string;
}

export interface ResolvedPackage {
  name: string;
  version: string;
  dependencies: Record<string, string>;
}

export interface SolveOptions {
  /** The version to try first for a package (its locked version), if any. */
  preferred?(name: string): string | undefined;
  /** Gives up after this many decisions (default 100 000) instead of searching forever. */
  maxSteps?: number;
}

/** One range on a package and how it came to be required: the chain from a declaration. */
interface Constraint {
  range: string;
  chain: readonly string[];
  /** The package whose chosen version placed it (undefined for a root requirement). */
  by?: string;
}

interface State {
  decided: ReadonlyMap<string, ResolvedPackage>;
  constraints: ReadonlyMap<string, readonly Constraint[]>;
  /** Packages in the order they were first required. */
  order: readonly string[];
}

interface Conflict {
  name: string;
  constraints: readonly Constraint[];
  /** The version decided earlier that a new range excludes, if that is the clash. */
  clashesWith?: string;
  /**
   * Decisions that together cause the conflict (conflict-directed backjumping): a decision not in
   * it cannot help, so the search skips its other candidates and backs up to the latest culprit.
   */
  culprits: ReadonlySet<string>;
}

/** The decisions that placed `constraints`. */
function introducers(constraints: readonly Constraint[]): Set<string> {
  return new Set(constraints.flatMap((c) => (c.by === undefined ? [] : [c.by])));
}

export class ResolutionConflict extends EdoError {
  constructor(
    readonly conflict: { name: string; chains: string[][]; available: string[]; clashesWith?: string },
    message: string,
    details: string[],
  ) {
    super(message, { details });
    this.name = 'ResolutionConflict';
  }
}

/** True when `version` satisfies the requested `range` under the policy above. */
export function satisfiesRange(version: string, range: string): boolean {
  const parsed = parsedRange(range);
  if (parsed === null) return version === range;
  const asSemver = semverOf(version);
  return asSemver !== null && parsed.test(asSemver);
}

/**
 * The semver a version or tag stands for: itself when valid (`1.2.3`, `v1.2.3`), or a short
 * numeric tag padded with zeros (`1.36` → `1.36.0`, `12` → `12.0.0`), as image tags often are.
 */
export function semverOf(version: string): string | null {
  const valid = semver.valid(version);
  if (valid !== null) return valid;
  const short = /^v?(\d+)(?:\.(\d+))?$/.exec(version);
  return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : null;
}

/** Parsed ranges, by text: parsing dominates solving time otherwise (measured: bench/vendor). */
const ranges = new Map<string, semver.Range | null>();

function parsedRange(range: string): semver.Range | null {
  let parsed = ranges.get(range);
  if (parsed === undefined) {
    parsed = semver.validRange(range) === null ? null : new semver.Range(range);
    ranges.set(range, parsed);
  }
  return parsed;
}

function checkRange(range: string, chain: readonly string[]): void {
  if (range.trim() === '') throw new UsageError(`empty version range (${chain.join(' → ')})`);
}

/** Solves `roots` against `index`; throws a ResolutionConflict explaining the clash. */
export async function solve(
  roots: readonly RootRequirement[],
  index: PackageIndex,
  options: SolveOptions = {},
): Promise<Map<string, ResolvedPackage>> {
  const maxSteps = options.maxSteps ?? 100_000;
  let steps = 0;
  const versionCache = new Map<string, Promise<string[]>>();
  const versionsOf = (name: string): Promise<string[]> => {
    let cached = versionCache.get(name);
    if (!cached) versionCache.set(name, (cached = index.versions(name)));
    return cached;
  };

  const constraints = new Map<string, Constraint[]>();
  const order: string[] = [];
  for (const root of roots) {
    const chain = [`${root.requiredBy} requires ${root.name}@${root.range}`];
    checkRange(root.range, chain);
    if (!constraints.has(root.name)) order.push(root.name);
    constraints.set(root.name, [...(constraints.get(root.name) ?? []), { range: root.range, chain }]);
  }

  const candidatesFor = async (name: string, ranges: readonly Constraint[]): Promise<string[]> => {
    const matching = (await versionsOf(name)).filter((v) => ranges.every((c) => satisfiesRange(v, c.range)));
    const preferred = options.preferred?.(name);
    return matching.sort((a, b) => {
      if (a === preferred) return -1;
      if (b === preferred) return 1;
      return compareVersionsDescending(a, b);
    });
  };

  const search = async (state: State): Promise<State | Conflict> => {
    const next = state.order.find((name) => !state.decided.has(name));
    if (next === undefined) return state;
    const ranges = state.constraints.get(next)!;
    const candidates = await candidatesFor(next, ranges);
    // Every version the constraints excluded is excluded because of who placed them.
    const culprits = introducers(ranges);
    if (candidates.length === 0) return { name: next, constraints: ranges, culprits };
    let firstConflict: Conflict | undefined;
    for (const version of candidates) {
      if (++steps > maxSteps) {
        throw new EdoError(`dependency resolution gave up after ${maxSteps} steps (at ${next}@${version})`);
      }
      const outcome = await choose(state, next, version, ranges[0]!.chain);
      const result = 'decided' in outcome ? await search(outcome) : outcome;
      if ('decided' in result) return result;
      firstConflict ??= result;
      if (!result.culprits.has(next)) return result; // another version of `next` would fail the same way
      for (const culprit of result.culprits) if (culprit !== next) culprits.add(culprit);
    }
    return { ...firstConflict!, culprits };
  };

  const choose = async (
    state: State,
    name: string,
    version: string,
    via: readonly string[],
  ): Promise<State | Conflict> => {
    const dependencies = await index.dependencies(name, version);
    const decided = new Map(state.decided);
    decided.set(name, { name, version, dependencies: Object.fromEntries(dependencies) });
    const nextConstraints = new Map(state.constraints);
    const nextOrder = [...state.order];
    for (const [dep, range] of dependencies) {
      const chain = [...via, `${name}@${version} requires ${dep}@${range}`];
      checkRange(range, chain);
      const existing = nextConstraints.get(dep) ?? [];
      const added = [...existing, { range, chain, by: name }];
      nextConstraints.set(dep, added);
      if (existing.length === 0 && !nextOrder.includes(dep)) nextOrder.push(dep);
      const already = decided.get(dep);
      if (already !== undefined && !satisfiesRange(already.version, range)) {
        return {
          name: dep,
          constraints: added,
          clashesWith: already.version,
          culprits: new Set([name, dep]),
        };
      }
      // Forward check: a dependency left without any version fails now, not decisions later.
      if (
        already === undefined &&
        !(await versionsOf(dep)).some((v) => added.every((c) => satisfiesRange(v, c.range)))
      ) {
        return { name: dep, constraints: added, culprits: introducers(added) };
      }
    }
    return { decided, constraints: nextConstraints, order: nextOrder };
  };

  const result = await search({ decided: new Map(), constraints, order });
  if ('decided' in result) {
    return new Map([...result.decided.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  throw await explain(result, versionsOf);
}

async function explain(
  conflict: Conflict,
  versionsOf: (name: string) => Promise<string[]>,
): Promise<ResolutionConflict> {
  const available = [...(await versionsOf(conflict.name))].sort(compareVersionsDescending);
  const chains = conflict.constraints.map((c) => [...c.chain]);
  const message =
    available.length === 0
      ? `cannot resolve ${conflict.name}: no versions of it exist`
      : conflict.clashesWith !== undefined
        ? `cannot resolve ${conflict.name}: ${conflict.name}@${conflict.clashesWith} was chosen, but another requirement excludes it`
        : `cannot resolve ${conflict.name}: no version satisfies every requirement`;
  const details = [
    'requirement chains:',
    ...chains.map((chain) => '  ' + chain.join(' → ')),
    available.length > 0 ? `available versions of ${conflict.name}: ${available.join(', ')}` : '',
  ].filter((line) => line !== '');
  return new ResolutionConflict(
    { name: conflict.name, chains, available, clashesWith: conflict.clashesWith },
    message,
    details,
  );
}

/** Highest semver first; versions that are not semver after all semver ones, in string order. */
export function compareVersionsDescending(a: string, b: string): number {
  const va = semverOf(a);
  const vb = semverOf(b);
  if (va !== null && vb !== null) return semver.rcompare(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
  if (va !== null) return -1;
  if (vb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
