// The build engine on a generated workspace of 1,000 trivial script targets (20 packages, each a
// chain of 30 and a fan-out of 20): a cold build, the null build (everything cached: goal
// <= 0.5 s wall, process start included) and a one-leaf change (must rebuild exactly its chain).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'cli', 'bin.js');
const PACKAGES = 20;
const CHAIN = 30;
const FAN = 20;
const NULL_GOAL_S = 0.5;

function buildFile(pkg, leafText) {
  const lines = [];
  for (let i = 0; i < CHAIN; i++) {
    const deps = i === 0 ? '' : `deps = [":c${i - 1}"], `;
    const text = i === 0 ? leafText : `${pkg}-c${i}`;
    lines.push(`script(name = "c${i}", ${deps}commands = ["echo ${text} > $OUT/v"])`);
  }
  lines.push(`script(name = "r", commands = ["echo ${pkg}-root > $OUT/v"])`);
  for (let i = 0; i < FAN - 1; i++) {
    lines.push(
      `script(name = "f${i}", deps = [":r"], commands = ["cat r/v > $OUT/v", "echo ${i} >> $OUT/v"])`,
    );
  }
  return lines.join('\n') + '\n';
}

function build(root) {
  const started = performance.now();
  const out = execFileSync(process.execPath, [BIN, 'build', '--json', '//...'], {
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

const root = mkdtempSync(join(tmpdir(), 'edo-bench-'));
try {
  writeFileSync(join(root, 'WORKSPACE.edo'), '');
  for (let p = 0; p < PACKAGES; p++) {
    mkdirSync(join(root, `p${p}`));
    writeFileSync(join(root, `p${p}`, 'BUILD.edo'), buildFile(`p${p}`, `p${p}-leaf`));
  }
  const cold = build(root);
  console.log(
    `cold build: ${cold.targets} targets, ${cold.built.length} built in ${cold.seconds.toFixed(2)} s (jobs ${availableParallelism()})`,
  );

  const nulls = [1, 2, 3].map(() => build(root));
  const best = Math.min(...nulls.map((n) => n.seconds));
  const rebuiltInNull = nulls.reduce((sum, n) => sum + n.built.length, 0);
  console.log(
    `null build: ${best.toFixed(3)} s wall (best of 3; ${nulls.map((n) => n.seconds.toFixed(3)).join(', ')}), ` +
      `${rebuiltInNull} rebuilt; goal <= ${NULL_GOAL_S} s: ${best <= NULL_GOAL_S ? 'met' : 'NOT met'}`,
  );

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
  if (!exact || rebuiltInNull > 0) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
