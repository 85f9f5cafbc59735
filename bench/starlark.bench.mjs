// Starlark evaluation speed: `python3 bench.star` against `edo starlark run bench.star` on the shared
// benchmark (valid Python and Starlark). Both must print identical lines. Reports wall-clock time
// (best of RUNS, interleaved) and the CPU time of each process, and their ratios.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCH =
  process.env.EDO_STARLARK_BENCH ?? join(here, '..', '..', 'shared', 'bench', 'starlark', 'bench.star');
const RUNS = Number(process.env.EDO_BENCH_RUNS ?? 3);
const TIME = '/usr/bin/time';

if (!existsSync(BENCH)) {
  console.log(`starlark: skipped (${BENCH} not found; set EDO_STARLARK_BENCH)`);
  process.exit(0);
}

/** Runs a command; returns its stdout, wall time (ms) and, when /usr/bin/time exists, CPU time (ms). */
function run(cmd, args) {
  const withTime = existsSync(TIME);
  const start = performance.now();
  const r = withTime
    ? spawnSync(TIME, ['-f', 'cpu %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  return { out: r.stdout, wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined };
}

const python = [];
const edo = [];
for (let i = 0; i < RUNS; i++) {
  python.push(run('python3', [BENCH]));
  edo.push(run(process.execPath, [join(here, '..', 'lib', 'cli', 'bin.js'), 'starlark', 'run', BENCH]));
}
if (python[0].out !== edo[0].out) {
  console.log('starlark: FAILED: outputs differ');
  console.log(`python3:\n${python[0].out}\nedo:\n${edo[0].out}`);
  process.exit(1);
}
const best = (rs, key) => Math.min(...rs.map((r) => r[key]));
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `starlark: outputs identical (${python[0].out.trim().split('\n').length} lines), best of ${RUNS}`,
);
console.log(
  `  wall: python3 ${fmt(best(python, 'wall'))}  edo ${fmt(best(edo, 'wall'))}  ratio ${(best(edo, 'wall') / best(python, 'wall')).toFixed(2)}x`,
);
if (python[0].cpu !== undefined)
  console.log(
    `  cpu:  python3 ${fmt(best(python, 'cpu'))}  edo ${fmt(best(edo, 'cpu'))}  ratio ${(best(edo, 'cpu') / best(python, 'cpu')).toFixed(2)}x`,
  );
