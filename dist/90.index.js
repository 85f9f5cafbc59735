import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 90;
export const ids = [90];
export const modules = {

/***/ 93090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VendorResolution: () => (/* binding */ VendorResolution)
});

// UNUSED EXPORTS: resolveVendorPackages, vendorIndex, vendorSourceRequest

// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
;// CONCATENATED MODULE: ./lib/vendor/attrs.js

/** A string attribute of a declaration, or `fallback` when absent. */
function stringAttr(node, attr, fallback) {
    const value = node.attrs[attr] ?? fallback;
    if (typeof value !== 'string' || value === '') {
        throw new errors/* UsageError */.eb(`${node.kind}: attribute ${attr} must be a non-empty string`, {
            position: node.position,
            target: node.id,
        });
    }
    return value;
}

// EXTERNAL MODULE: ./lib/vendor/lock.js
var vendor_lock = __webpack_require__(11387);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/vendor/solver.js


/** The decisions that placed `constraints`. */
function introducers(constraints) {
    return new Set(constraints.flatMap((c) => (c.by === undefined ? [] : [c.by])));
}
class ResolutionConflict extends errors/* EdoError */.bX {
    conflict;
    constructor(conflict, message, details) {
        super(message, { details });
        this.conflict = conflict;
        this.name = 'ResolutionConflict';
    }
}
/** True when `version` satisfies the requested `range` under the policy above. */
function satisfiesRange(version, range) {
    const parsed = parsedRange(range);
    if (parsed === null)
        return version === range;
    const asSemver = semverOf(version);
    return asSemver !== null && parsed.test(asSemver);
}
/**
 * The semver a version or tag stands for: itself when valid (`1.2.3`, `v1.2.3`), or a short
 * numeric tag padded with zeros (`1.36` → `1.36.0`, `12` → `12.0.0`), as image tags often are.
 */
function semverOf(version) {
    const valid = semver.valid(version);
    if (valid !== null)
        return valid;
    const short = /^v?(\d+)(?:\.(\d+))?$/.exec(version);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : null;
}
/** Parsed ranges, by text: parsing dominates solving time otherwise (measured: bench/vendor). */
const ranges = new Map();
function parsedRange(range) {
    let parsed = ranges.get(range);
    if (parsed === undefined) {
        parsed = semver.validRange(range) === null ? null : new semver.Range(range);
        ranges.set(range, parsed);
    }
    return parsed;
}
function checkRange(range, chain) {
    if (range.trim() === '')
        throw new errors/* UsageError */.eb(`empty version range (${chain.join(' → ')})`);
}
/** Solves `roots` against `index`; throws a ResolutionConflict explaining the clash. */
async function solve(roots, index, options = {}) {
    const maxSteps = options.maxSteps ?? 100_000;
    let steps = 0;
    const versionCache = new Map();
    const versionsOf = (name) => {
        let cached = versionCache.get(name);
        if (!cached)
            versionCache.set(name, (cached = index.versions(name)));
        return cached;
    };
    const constraints = new Map();
    const order = [];
    for (const root of roots) {
        const chain = [`${root.requiredBy} requires ${root.name}@${root.range}`];
        checkRange(root.range, chain);
        if (!constraints.has(root.name))
            order.push(root.name);
        constraints.set(root.name, [...(constraints.get(root.name) ?? []), { range: root.range, chain }]);
    }
    const candidatesFor = async (name, ranges) => {
        const matching = (await versionsOf(name)).filter((v) => ranges.every((c) => satisfiesRange(v, c.range)));
        const preferred = options.preferred?.(name);
        return matching.sort((a, b) => {
            if (a === preferred)
                return -1;
            if (b === preferred)
                return 1;
            return compareVersionsDescending(a, b);
        });
    };
    const search = async (state) => {
        const next = state.order.find((name) => !state.decided.has(name));
        if (next === undefined)
            return state;
        const ranges = state.constraints.get(next);
        const candidates = await candidatesFor(next, ranges);
        // Every version the constraints excluded is excluded because of who placed them.
        const culprits = introducers(ranges);
        if (candidates.length === 0)
            return { name: next, constraints: ranges, culprits };
        let firstConflict;
        for (const version of candidates) {
            if (++steps > maxSteps) {
                throw new errors/* EdoError */.bX(`dependency resolution gave up after ${maxSteps} steps (at ${next}@${version})`);
            }
            const outcome = await choose(state, next, version, ranges[0].chain);
            const result = 'decided' in outcome ? await search(outcome) : outcome;
            if ('decided' in result)
                return result;
            firstConflict ??= result;
            if (!result.culprits.has(next))
                return result; // another version of `next` would fail the same way
            for (const culprit of result.culprits)
                if (culprit !== next)
                    culprits.add(culprit);
        }
        return { ...firstConflict, culprits };
    };
    const choose = async (state, name, version, via) => {
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
            if (existing.length === 0 && !nextOrder.includes(dep))
                nextOrder.push(dep);
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
            if (already === undefined &&
                !(await versionsOf(dep)).some((v) => added.every((c) => satisfiesRange(v, c.range)))) {
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
async function explain(conflict, versionsOf) {
    const available = [...(await versionsOf(conflict.name))].sort(compareVersionsDescending);
    const chains = conflict.constraints.map((c) => [...c.chain]);
    const message = available.length === 0
        ? `cannot resolve ${conflict.name}: no versions of it exist`
        : conflict.clashesWith !== undefined
            ? `cannot resolve ${conflict.name}: ${conflict.name}@${conflict.clashesWith} was chosen, but another requirement excludes it`
            : `cannot resolve ${conflict.name}: no version satisfies every requirement`;
    const details = [
        'requirement chains:',
        ...chains.map((chain) => '  ' + chain.join(' → ')),
        available.length > 0 ? `available versions of ${conflict.name}: ${available.join(', ')}` : '',
    ].filter((line) => line !== '');
    return new ResolutionConflict({ name: conflict.name, chains, available, clashesWith: conflict.clashesWith }, message, details);
}
/** Highest semver first; versions that are not semver after all semver ones, in string order. */
function compareVersionsDescending(a, b) {
    const va = semverOf(a);
    const vb = semverOf(b);
    if (va !== null && vb !== null)
        return semver.rcompare(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (va !== null)
        return -1;
    if (vb !== null)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/vendor/resolver.js




/** Asks a vendor, remembering each answer for the rest of the command. */
function vendorIndex(vendor) {
    const versions = new Map();
    const dependencies = new Map();
    return {
        versions(name) {
            let answer = versions.get(name);
            if (!answer)
                versions.set(name, (answer = vendor.getOptions(name)));
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
function lockedIndex(lock, vendorLabel) {
    return {
        async versions(name) {
            const entry = lock.get((0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name));
            return entry?.version === undefined ? [] : [entry.version];
        },
        async dependencies(name) {
            return Object.entries(lock.get((0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name))?.dependencies ?? {});
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
async function resolveVendorPackages(lock, handle, roots) {
    const keyOf = (name) => (0,vendor_lock/* vendorEntryKey */.cN)(handle.label, name);
    const fromLock = await solveFromLock(lock, handle.label, roots);
    // In `locked` mode solveFromLock either succeeded or threw.
    if (fromLock !== undefined && !wantsAnyRefresh(lock, fromLock))
        return entriesOf(lock, handle.label, fromLock);
    const solution = await solve(roots, vendorIndex(handle.vendor), {
        preferred: (name) => (lock.wantsRefresh(keyOf(name), name) ? undefined : lock.get(keyOf(name))?.version),
    });
    const requiredBy = new Map(roots.map((root) => [root.name, root.requiredBy]));
    const entries = new Map();
    await Promise.all([...solution.values()].map(async (pkg) => {
        const key = keyOf(pkg.name);
        const locked = lock.get(key);
        const entry = locked?.version === pkg.version && locked.node !== undefined
            ? locked
            : entryFor(handle, pkg, await handle.vendor.resolve(pkg.name, pkg.version));
        lock.record(key, entry, requiredBy.get(pkg.name));
        entries.set(pkg.name, lock.get(key));
    }));
    return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Solves with the locked versions only. In `locked` mode a failure becomes the `--locked` error
 * naming the entry; otherwise a failure means "ask the vendor" and gives undefined.
 */
async function solveFromLock(lock, vendorLabel, roots) {
    try {
        return await solve(roots, lockedIndex(lock, vendorLabel));
    }
    catch (err) {
        if (!(err instanceof ResolutionConflict))
            throw err;
        if (lock.mode !== 'locked')
            return undefined;
        const { name, chains } = err.conflict;
        const key = (0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name);
        const failure = (0,vendor_lock/* lockedError */.hp)(key, lock.get(key), chains.map((chain) => chain.join(' → ')).join('; '));
        // What the lock holds, not what exists: --locked asks no registry.
        const available = `available versions of ${name}:`;
        const details = (err.context.details ?? []).map((line) => line.startsWith(available)
            ? line.replace(available, `versions of ${name} in ${vendor_lock/* LOCK_FILE */.FI} (--locked asks no registry):`)
            : line);
        throw new errors/* UsageError */.eb(failure.message, { details });
    }
}
function wantsAnyRefresh(lock, solution) {
    // Every key is asked (no short-circuit) so `edo update NAME` knows NAME matched something.
    const keys = lock.keys().filter((key) => solution.has(lock.get(key).name));
    return keys.map((key) => lock.wantsRefresh(key)).some(Boolean);
}
function entriesOf(lock, vendorLabel, solution) {
    const entries = new Map();
    for (const name of solution.keys()) {
        const key = (0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name);
        lock.touch(key);
        entries.set(name, lock.get(key));
    }
    return entries;
}
/**
 * The lock entry for a resolved package. A vendor's `resolve` returns a source declaration node:
 * `kind` (a source kind), that kind's attributes, and by convention `digest` (the pin) and `url`
 * or `ref` (where it comes from).
 */
function entryFor(handle, pkg, node) {
    const attrs = nodeAttrs(node, `vendor ${handle.label} resolved ${pkg.name}@${pkg.version} to`);
    const source = attrs.url ?? attrs.ref;
    if (typeof attrs.digest !== 'string' || typeof source !== 'string') {
        throw new errors/* EdoError */.bX(`vendor ${handle.label}: resolve(${pkg.name}, ${pkg.version}) gave no "digest" and "url"/"ref"`);
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
function nodeAttrs(node, what) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.kind !== 'string') {
        throw new errors/* EdoError */.bX(`${what} a value that is not a source declaration (an object with a "kind")`);
    }
    return node;
}
function vendorSourceRequest(node) {
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
class VendorResolution {
    lock;
    declarations;
    vendorFor;
    solved = new Map();
    constructor(lock, declarations, vendorFor) {
        this.lock = lock;
        this.declarations = declarations;
        this.vendorFor = vendorFor;
    }
    /** The source declaration (`kind` + attributes) `node`, a `vendor_source`, resolves to. */
    async pinned(node) {
        const request = vendorSourceRequest(node);
        const packages = await this.packagesOf(request.vendor, node);
        const entry = packages.get(request.package);
        const attrs = nodeAttrs(entry.node, `lock entry ${(0,vendor_lock/* vendorEntryKey */.cN)(request.vendor, request.package)} holds`);
        const { kind, ...rest } = attrs;
        return { kind, name: node.name, id: node.id, attrs: rest, position: node.position };
    }
    packagesOf(vendorLabel, asking) {
        let running = this.solved.get(vendorLabel);
        if (!running) {
            const roots = this.declarations
                .filter((d) => d.kind === 'vendor_source' && d.attrs.vendor === vendorLabel)
                .map((d) => {
                const request = vendorSourceRequest(d);
                return { name: request.package, range: request.version, requiredBy: d.id };
            });
            running = this.vendorFor(vendorLabel, asking).then((handle) => resolveVendorPackages(this.lock, handle, roots));
            this.solved.set(vendorLabel, running);
        }
        return running;
    }
}


/***/ })

};
