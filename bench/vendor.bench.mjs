// Vendor resolution: the solver on a generated registry of 400 packages x 25 versions, each
// version depending on 3 earlier packages (a graph of up to 400 packages), then the same with the
// newest major of a root needing a package version that does not exist (the solver must back off), then a locked re-resolution of
// the whole graph through edo.lock.json (what every `edo build` pays: it must not ask the registry).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LockFile } from '../lib/vendor/lock.js';
import { resolveVendorPackages, vendorIndex } from '../lib/vendor/resolver.js';
import { solve } from '../lib/vendor/solver.js';

const PACKAGES = 400;
const VERSIONS = 25;
const DEPS = 3;

/** Deterministic pseudo-random numbers (mulberry32), so every run solves the same graph. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function registry({ conflict }) {
  const next = random(42);
  const table = new Map();
  const latestMajor = 1 + Math.floor((VERSIONS - 1) / 10);
  for (let p = 0; p < PACKAGES; p++) {
    const versions = new Map();
    for (let v = 0; v < VERSIONS; v++) {
      const major = 1 + Math.floor(v / 10);
      const deps = [];
      // As in real registries: mostly a caret range on the dependency's current major, sometimes
      // a loose lower bound.
      for (let d = 0; d < DEPS && p > 0; d++) {
        const dep = Math.floor(next() * p);
        deps.push([`p${dep}`, next() < 0.8 ? `^${latestMajor}.0.0` : '>=1.0.0']);
      }
      // The newest major of the last package needs a p1 that does not exist: the solver must back
      // off to its previous major.
      if (conflict && p === PACKAGES - 1 && major === latestMajor) deps.push(['p1', '^9']);
      versions.set(`${major}.${v % 10}.0`, deps);
    }
    table.set(`p${p}`, versions);
  }
  let calls = 0;
  const vendor = {
    async getOptions(name) {
      calls++;
      return [...(table.get(name)?.keys() ?? [])];
    },
    async getDependencies(name, version) {
      calls++;
      return table.get(name)?.get(version);
    },
    async resolve(name, version) {
      calls++;
      return {
        kind: 'bench_package',
        url: `bench://${name}/${version}`,
        digest: `sha512-${name}-${version}`,
      };
    },
  };
  return { vendor, calls: () => calls };
}

const roots = Array.from({ length: 20 }, (_, i) => ({
  name: `p${PACKAGES - 1 - i}`,
  range: '*',
  requiredBy: `//bench:r${i}`,
}));

async function time(label, body) {
  const started = performance.now();
  const result = await body();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return result;
}

const plain = registry({ conflict: false });
const solved = await time(`solve ${PACKAGES} packages x ${VERSIONS} versions`, () =>
  solve(roots, vendorIndex(plain.vendor)),
);
console.log(`  ${solved.size} packages chosen, ${plain.calls()} vendor calls`);

const hard = registry({ conflict: true });
const backtracked = await time('solve with a conflict forcing backtracking', () =>
  solve(roots, vendorIndex(hard.vendor)),
);
console.log(
  `  p${PACKAGES - 1} at ${backtracked.get(`p${PACKAGES - 1}`).version} (3.x excluded), ${hard.calls()} vendor calls`,
);

const root = mkdtempSync(join(tmpdir(), 'edo-bench-vendor-'));
try {
  const handle = { label: 'bench', kind: 'bench', vendor: plain.vendor };
  const first = await LockFile.open(root, { mode: 'build' });
  await time('first build: resolve and write the lock', async () => {
    await resolveVendorPackages(first, handle, roots);
    await first.save();
  });
  const before = plain.calls();
  const locked = await LockFile.open(root, { mode: 'locked' });
  await time('--locked build: load the lock and check the whole graph', () =>
    resolveVendorPackages(locked, handle, roots),
  );
  console.log(`  ${plain.calls() - before} vendor calls (goal: 0)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
