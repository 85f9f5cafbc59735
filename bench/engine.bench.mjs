// The build engine on a generated workspace of 1,000 trivial script targets (20 packages, each a
// chain of 30 and a fan-out of 20): a cold build, the null build (everything cached: goal
// <= 0.5 s wall, process start included), a one-leaf change (must rebuild exactly its chain) and
// a leaf change that keeps its bytes (must rebuild the leaf alone: early cut-off);
// then a null build with a local_source of 5,000 files against sha256sum of those files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultJobs } from '../lib/engine/run.js';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'cli', 'bin.js');
const PACKAGES = 20;
const CHAIN = 30;
const FAN = 20;
const NULL_GOAL_S = 0.5;

function buildFile(pkg, leafText) {
  const lines = [];
  for (let i = 0; i < CHAIN; i++) {
    // Each link carries what the one before it holds, so a changed leaf changes the whole chain.
    if (i === 0) lines.push(`script(name = "c0", commands = ["echo ${leafText} > $OUT/v"])`);
    else
      lines.push(
        `script(name = "c${i}", deps = [":c${i - 1}"], commands = ["cat c${i - 1}/v > $OUT/v", "echo ${pkg}-c${i} >> $OUT/v"])`,
      );
  }
  lines.push(`script(name = "r", commands = ["echo ${pkg}-root > $OUT/v"])`);
  for (let i = 0; i < FAN - 1; i++) {
    lines.push(
      `script(name = "f${i}", deps = [":r"], commands = ["cat r/v > $OUT/v", "echo ${i} >> $OUT/v"])`,
    );
  }
  return lines.join('\n') + '\n';
}

/** `edo build` in `root`; `nodeArgs` go to the node running edo. */
function build(root, nodeArgs = []) {
  const started = performance.now();
  const out = execFileSync(process.execPath, [...nodeArgs, BIN, 'build', '--json', '//...'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const built = lines.filter((l) => l.label && !l.cached).map((l) => l.label);
  return { seconds, built, targets: lines.filter((l) => l.label).length };
}

/** Wall and CPU (user + sys) seconds of a null build, measured by the shell's `time`. */
function nullBuild(root) {
  const out = execFileSync(
    'bash',
    [
      '-c',
      `TIMEFORMAT='%R %U %S'; { time "$0" "$1" build --json //... > /dev/null; } 2>&1`,
      process.execPath,
      BIN,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  const [real, user, sys] = out.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: real, cpu: user + sys };
}

/** Wall seconds of starting node and doing nothing: how loaded the machine is right now. */
function nodeStartup() {
  const started = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  return (performance.now() - started) / 1000;
}

const root = mkdtempSync(join(tmpdir(), 'edo-bench-'));
try {
  writeFileSync(join(root, 'WORKSPACE.edo'), '');
  for (let p = 0; p < PACKAGES; p++) {
    mkdirSync(join(root, `p${p}`));
    writeFileSync(join(root, `p${p}`, 'BUILD.edo'), buildFile(`p${p}`, `p${p}-leaf`));
  }
  const cold = build(root);
  console.log(
    `cold build: ${cold.targets} targets, ${cold.built.length} built in ${cold.seconds.toFixed(2)} s (jobs ${defaultJobs()}, the default)`,
  );

  // The same build from an edo process holding 200 MB more (a big graph, loaded plugins): its local
  // commands start from a small helper process, so they should not cost more (libuv forks, and a
  // fork copies the page tables of the process that forks).
  const ballast = join(root, 'ballast.cjs');
  writeFileSync(ballast, 'globalThis.ballast = Array.from({ length: 40 }, () => Buffer.alloc(5e6, 1));\n');
  rmSync(join(root, '.edo'), { recursive: true, force: true });
  const heavy = build(root, ['--require', ballast]);
  console.log(
    `cold build from a process holding 200 MB more: ${heavy.seconds.toFixed(2)} s -> ` +
      `${(heavy.seconds / cold.seconds).toFixed(2)}x the cold build (${heavy.built.length} built)`,
  );

  const rebuiltInNull = build(root).built.length;
  const nulls = [1, 2, 3, 4, 5].map(() => nullBuild(root));
  const best = Math.min(...nulls.map((n) => n.wall));
  const cpu = Math.min(...nulls.map((n) => n.cpu));
  const baseline = Math.min(nodeStartup(), nodeStartup(), nodeStartup());
  console.log(
    `null build: ${best.toFixed(3)} s wall (best of 5: ${nulls.map((n) => n.wall.toFixed(3)).join(', ')}), ` +
      `${cpu.toFixed(3)} s CPU, ${rebuiltInNull} rebuilt; goal <= ${NULL_GOAL_S} s wall: ${best <= NULL_GOAL_S ? 'met' : 'NOT met'}`,
  );
  console.log(`  (baseline: \`node -e ""\` takes ${baseline.toFixed(3)} s wall on this machine right now)`);

  const changed = 'p7';
  const file = join(root, changed, 'BUILD.edo');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(`echo ${changed}-leaf `, `echo ${changed}-leaf-changed `),
  );
  const leaf = build(root);
  const expected = Array.from({ length: CHAIN }, (_, i) => `//${changed}:c${i}`).sort();
  const exact = JSON.stringify([...leaf.built].sort()) === JSON.stringify(expected);
  console.log(
    `one-leaf change: ${leaf.built.length} rebuilt in ${leaf.seconds.toFixed(2)} s; ` +
      `exactly the affected chain of ${CHAIN}: ${exact ? 'yes' : 'NO'}`,
  );

  // The leaf's declaration changed, not its bytes: early cut-off runs the leaf alone.
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      `echo ${changed}-leaf-changed > $OUT/v`,
      `printf '${changed}-leaf-changed\\\\n' > $OUT/v`,
    ),
  );
  const same = build(root);
  const cutOff = JSON.stringify(same.built) === JSON.stringify([`//${changed}:c0`]);
  console.log(
    `same-bytes leaf change: ${same.built.length} rebuilt in ${same.seconds.toFixed(2)} s; ` +
      `the leaf alone, ${CHAIN - 1} cut off: ${cutOff ? 'yes' : 'NO'}`,
  );
  if (!exact || !cutOff || rebuiltInNull > 0) process.exitCode = 1;

  // A local_source of 5,000 small files: every build, even a null one, reads and hashes each of
  // them (the source's id is its files' content), the work of sha256sum over the tree plus a start.
  const sources = join(root, 'sources');
  for (let d = 0; d < 50; d++) {
    mkdirSync(join(sources, 'src', `d${d}`), { recursive: true });
    for (let f = 0; f < 100; f++)
      writeFileSync(join(sources, 'src', `d${d}`, `f${f}.js`), `export default ${d * 100 + f};\n`);
  }
  writeFileSync(join(sources, 'WORKSPACE.edo'), '');
  writeFileSync(
    join(sources, 'BUILD.edo'),
    'local_source(name = "src", srcs = glob(["src/**"]))\n' +
      'script(name = "count", deps = [":src"], commands = ["find src -type f | wc -l > $OUT/n"])\n',
  );
  const sourceCold = build(sources);
  const sourceNull = Math.min(...[1, 2, 3].map(() => nullBuild(sources).wall));
  const hashAll = () => {
    const started = performance.now();
    execFileSync('sh', ['-c', 'find src -type f -print0 | xargs -0 sha256sum > /dev/null'], { cwd: sources });
    return (performance.now() - started) / 1000;
  };
  const sha256sum = Math.min(hashAll(), hashAll(), hashAll());
  const startup = Math.min(nodeStartup(), nodeStartup(), nodeStartup());
  console.log(
    `local_source of 5,000 files: cold build ${sourceCold.seconds.toFixed(2)} s; null build ` +
      `${sourceNull.toFixed(3)} s vs sha256sum of the files ${sha256sum.toFixed(3)} s + node start ` +
      `${startup.toFixed(3)} s: ratio ${(sourceNull / (sha256sum + startup)).toFixed(2)}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
