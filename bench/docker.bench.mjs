// The docker farm's overhead: one transform that stages a 50 MiB input, runs a trivial command
// and collects a 50 MiB output, against the same work done by hand with `cp` + `docker run` with a
// bind mount + `tar` of the outputs. Both run interleaved, 20 times each, in this one process.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { finished, pipeline } from 'node:stream/promises';
import { pack } from 'tar-stream';
import { parseDockerFarm } from '../lib/environment/docker/config.js';
import { DockerFarm } from '../lib/environment/docker/farm.js';
import { connectEngine } from '../lib/environment/docker/endpoint.js';

const IMAGE = 'edo-test/busybox:1';
const RUNS = 20;
const SIZE = 50 * 1024 * 1024;
const COMMAND = 'mkdir -p out && cp in/data.bin out/data.bin';

try {
  await connectEngine().getImage(IMAGE).inspect();
} catch {
  console.log(`docker: skipped (no Docker engine or no ${IMAGE}; run 'bash scripts/test-images.sh')`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'edo-bench-docker-'));
const input = join(dir, 'data.bin');
writeFileSync(input, randomBytes(SIZE));
// The input as the store holds it: one layer, a tar on disk.
const layer = join(dir, 'input.tar');
{
  const archive = pack();
  const written = pipeline(archive, createWriteStream(layer));
  const entry = archive.entry({ name: 'data.bin', size: SIZE });
  await pipeline(createReadStream(input), entry);
  archive.finalize();
  await written;
}

const log = { write: () => undefined };
const id = { name: 'bench', digest: 'sha256:0' };
const node = {
  kind: 'environment_farm',
  name: 'bench',
  id: '//:bench',
  attrs: { image: IMAGE, network: 'none' },
  position: { file: 'BUILD.edo', line: 1, col: 1 },
};
const farm = new DockerFarm(parseDockerFarm(node, availableParallelism()), {
  name: 'bench',
  workspace: dir,
  build: `bench-${process.pid}`,
});
await farm.setup(log, {});

const PHASES = ['create', 'stage', 'run', 'collect', 'teardown'];

/** One transform through the farm; returns the total and the time of each phase, in ms. */
async function viaFarm(run) {
  const output = join(dir, `farm-out-${run}.tar`);
  const marks = [performance.now()];
  const mark = () => marks.push(performance.now());
  const env = await farm.create(log, `//:bench${run}`);
  try {
    await env.setup(log, {});
    await env.up(log);
    mark();
    await env.unpack('in', createReadStream(layer));
    mark();
    const cmd = env.deferCmd(log, id);
    cmd.run(COMMAND);
    if (!(await env.run(log, id, '.', cmd))) throw new Error('the command failed');
    mark();
    const writer = createWriteStream(output);
    await env.read('out', writer);
    writer.end();
    await finished(writer);
    mark();
    await env.down(log);
  } finally {
    await env.clean(log);
  }
  mark();
  rmSync(output);
  return { total: marks[marks.length - 1] - marks[0], phases: PHASES.map((_, i) => marks[i + 1] - marks[i]) };
}

function viaDockerRun(run) {
  const work = join(dir, `raw-${run}`);
  const output = join(dir, `raw-out-${run}.tar`);
  mkdirSync(join(work, 'in'), { recursive: true });
  const start = performance.now();
  execFileSync('cp', [input, join(work, 'in', 'data.bin')]);
  execFileSync('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    '-v',
    `${work}:/edo`,
    '-w',
    '/edo',
    IMAGE,
    'sh',
    '-euc',
    COMMAND,
  ]);
  execFileSync('tar', ['-cf', output, '-C', join(work, 'out'), '.']);
  const elapsed = performance.now() - start;
  rmSync(work, { recursive: true, force: true });
  rmSync(output);
  return elapsed;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  // One warm-up of each, untimed: page cache, image layers, the daemon's first-call costs.
  await viaFarm('warm');
  viaDockerRun('warm');
  const farmRuns = [];
  const rawTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    farmRuns.push(await viaFarm(run));
    rawTimes.push(viaDockerRun(run));
  }
  const farmTimes = farmRuns.map((r) => r.total);
  const farmMedian = median(farmTimes);
  const rawMedian = median(rawTimes);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const phases = PHASES.map((name, i) => `${name} ${median(farmRuns.map((r) => r.phases[i])).toFixed(0)}`);
  console.log(`docker transform (50 MiB in, 50 MiB out), ${RUNS} runs, median: ${farmMedian.toFixed(0)} ms`);
  console.log(`  phases, median ms: ${phases.join(', ')}`);
  console.log(`cp + docker run + tar, same work, ${RUNS} runs, median: ${rawMedian.toFixed(0)} ms`);
  console.log(
    `docker overhead ratio: ${(farmMedian / rawMedian).toFixed(2)}x median, ` +
      `${(sum(farmTimes) / sum(rawTimes)).toFixed(2)}x total (goal <= 1.15x)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
