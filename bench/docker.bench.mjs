// The docker farm's overhead: one transform that stages a 50 MiB input, runs a trivial command
// and collects a 50 MiB output, against the same work done by hand with `cp` + `docker run` with a
// bind mount + `tar` of the outputs. Both run interleaved, 20 times each, in this one process.
// Then the same end to end: a whole `edo build` of one uncached target (process start, evaluation,
// cache check, staging, run, collection, store write) against the same cp + docker run + tar.
// Edo does not wait for the engine to remove a finished container (it removes itself): each run
// here waits for that, untimed, so the removal does not slow the next run of either side.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { finished, pipeline } from 'node:stream/promises';
import { pack } from 'tar-stream';
import { parseDockerFarm } from '../lib/environment/docker/config.js';
import { DockerFarm } from '../lib/environment/docker/farm.js';
import { connectEngine } from '../lib/environment/docker/endpoint.js';
import { LABEL_WORKSPACE } from '../lib/environment/docker/labels.js';

const IMAGE = 'edo-test/busybox:1';
const RUNS = 20;
const SIZE = 50 * 1024 * 1024;
const COMMAND = 'mkdir -p out && cp in/data.bin out/data.bin';

const engine = connectEngine();
try {
  await engine.getImage(IMAGE).inspect();
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

/** Waits until the engine has removed every container of `workspace` (not timed). */
async function removed(workspace) {
  const filters = JSON.stringify({ label: [`${LABEL_WORKSPACE}=${workspace}`] });
  for (let waited = 0; (await engine.listContainers({ all: true, filters })).length > 0; waited += 10) {
    if (waited > 10_000) throw new Error(`containers of ${workspace} were not removed`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
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
    // As a script transform does: down (nothing more runs), then the outputs are read.
    await env.down(log);
    const writer = createWriteStream(output);
    await env.read('out', writer);
    writer.end();
    await finished(writer);
    mark();
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

const EDO = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'cli', 'bin.js');
const workspace = join(dir, 'workspace');
mkdirSync(workspace);
writeFileSync(
  join(workspace, 'WORKSPACE.edo'),
  `environment_farm(name = "box", kind = "docker", image = "${IMAGE}")\n` +
    'build_config(name = "default", default_farm = "box")\n',
);
execFileSync('cp', [input, join(workspace, 'data.bin')]);

/** One `edo build` of a target whose command differs each run, so only it is rebuilt. */
function viaEdoBuild(run) {
  writeFileSync(
    join(workspace, 'BUILD.edo'),
    'local_source(name = "data", srcs = ["data.bin"])\n' +
      `script(name = "copy", deps = [":data"], commands = ["cp data/data.bin $OUT/data.bin", "true ${run}"])\n`,
  );
  const start = performance.now();
  const result = spawnSync(process.execPath, [EDO, 'build', '//:copy'], { cwd: workspace, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`edo build failed: ${result.stderr}`);
  return elapsed;
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  // One warm-up of each, untimed: page cache, image layers, the daemon's first-call costs.
  await viaFarm('warm');
  viaDockerRun('warm');
  const farmRuns = [];
  const rawTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    farmRuns.push(await viaFarm(run));
    await removed(dir);
    rawTimes.push(viaDockerRun(run));
  }
  const farmTimes = farmRuns.map((r) => r.total);
  const farmMedian = median(farmTimes);
  const rawMedian = median(rawTimes);
  const phases = PHASES.map((name, i) => `${name} ${median(farmRuns.map((r) => r.phases[i])).toFixed(0)}`);
  console.log(`docker transform (50 MiB in, 50 MiB out), ${RUNS} runs, median: ${farmMedian.toFixed(0)} ms`);
  console.log(`  phases, median ms: ${phases.join(', ')}`);
  console.log(`cp + docker run + tar, same work, ${RUNS} runs, median: ${rawMedian.toFixed(0)} ms`);
  console.log(
    `docker overhead ratio: ${(farmMedian / rawMedian).toFixed(2)}x median, ` +
      `${(sum(farmTimes) / sum(rawTimes)).toFixed(2)}x total (goal <= 1.15x)`,
  );

  // End to end. The first build also stores the 50 MiB source; it is the untimed warm-up.
  viaEdoBuild('warm');
  const edoTimes = [];
  const rawAgain = [];
  for (let run = 0; run < RUNS; run += 1) {
    edoTimes.push(viaEdoBuild(run));
    await removed(workspace);
    rawAgain.push(viaDockerRun(`e2e-${run}`));
  }
  console.log(
    `edo build of one uncached docker target, ${RUNS} runs, median: ${median(edoTimes).toFixed(0)} ms`,
  );
  console.log(`cp + docker run + tar, same work, ${RUNS} runs, median: ${median(rawAgain).toFixed(0)} ms`);
  console.log(
    `edo build docker ratio: ${(median(edoTimes) / median(rawAgain)).toFixed(2)}x median, ` +
      `${(sum(edoTimes) / sum(rawAgain)).toFixed(2)}x total (goal <= 1.5x)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
