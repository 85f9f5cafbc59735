// The transform part of bench/plugin.bench.mjs, run in a process of its own: what a build's
// process holds (the plugins, loaded from the cache), not what the bench built on the way (the
// test plugin's componentize-js build, the C toolchain's wasm tools, a component instantiated in
// the main thread). Those made the bench's process 4-5x larger, which slowed the host work both
// sides share (docs/plugins.md) and made the plugins' overhead look smaller than in a build.
//
// Usage: node bench/plugin-transform.mjs CACHE_DIR JS_PLUGIN.wasm C_PLUGIN.wasm
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LocalFarm } from '../lib/environment/local/farm.js';
import { PluginManager } from '../lib/plugin/manager.js';
import { LocalStore } from '../lib/storage/local-store.js';
import { CacheManager } from '../lib/storage/manager.js';

/** Rounds run before measuring: V8 optimizes the bindings' glue (each import runs once a transform). */
const WARM_UP_ROUNDS = 30;
const MEASURED_ROUNDS = 90;
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
/**
 * Where a plugin transform's time outside host calls goes, from its traced steps: the worker's
 * first wake-up, and the time from each host reply to the guest's next message, after
 * asynchronous host calls (the worker slept through them) and after synchronous ones (it spun).
 */
function describeGaps(traces, ms, hostMs) {
  const gaps = traces.map((steps, round) => {
    const sums = { first: 0, async: 0, sync: 0, asyncCount: 0, syncCount: 0 };
    for (let i = 1; i < steps.length; i++) {
      const [previous, at] = steps[i - 1];
      const gap = (steps[i][1] - at) * 1000;
      if (previous === 'call') sums.first += gap;
      if (previous === 'async host reply') sums.async += gap;
      if (previous === 'host reply') sums.sync += gap;
      if (previous === 'async host reply') sums.asyncCount++;
      if (previous === 'host reply') sums.syncCount++;
    }
    // The rest: the adapter's work on either side of the call (arguments, the returned artifact).
    sums.rest = ms[round] * 1000 - hostMs[round] * 1000 - sums.first - sums.async - sums.sync;
    return sums;
  });
  const us = (key) => `${median(gaps.map((sums) => sums[key])).toFixed(0)} us`;
  return (
    `guest's first message ${us('first')}; its next message after ${gaps[0].asyncCount} asynchronous ` +
    `host calls ${us('async')}, after ${gaps[0].syncCount} synchronous ones ${us('sync')}; ` +
    `the rest ${us('rest')} (medians of sums per transform)`
  );
}
const [cacheDir, jsWasm, cWasm] = process.argv.slice(2);
const root = mkdtempSync(join(tmpdir(), 'edo-bench-transform-'));
const log = { write() {} };
const declaration = (kind, name, attrs) => ({
  kind,
  name,
  id: `//bench:${name}`,
  attrs,
  position: { file: 'BUILD.edo', line: 1, col: 1 },
});

const manager = new PluginManager({ workspaceRoot: root, cacheDir, log });
try {
  const jsPlugin = await manager.loadPlugin({ name: 'test-plugin', bytes: readFileSync(jsWasm) });
  const cPlugin = await manager.loadPlugin({ name: 'c-upper', bytes: readFileSync(cWasm) });
  const store = await LocalStore.open(join(root, 'store'));
  const storage = new CacheManager({ buildCache: store, remoteCaches: [], writeBack: false });
  const localFarm = new LocalFarm(declaration('environment_farm', 'local', {}));
  const environments = [];
  const farm = {
    setup: (log, storage) => localFarm.setup(log, storage),
    identity: () => localFarm.identity(),
    async create(log, path) {
      const environment = await localFarm.create(log, path);
      environments.push(environment);
      return environment;
    },
  };
  const handle = { storage: () => storage, get: () => undefined };
  const context = {
    getArg: () => undefined,
    getHandle: () => handle,
    storage: () => storage,
    getTransform: () => undefined,
    getFarm: () => farm,
    addSource: () => Promise.reject(new Error('no sources')),
  };
  const attrs = { farm: '//bench:local', command: 'echo hi', text: 'bench' };
  const jsTransform = await jsPlugin.createTransform(
    '//bench:t',
    declaration('composer', 't', attrs),
    context,
  );
  const cTransform = await cPlugin.createTransform('//bench:t', declaration('c_upper', 't', attrs), context);
  // The same steps as a built-in transform, with the environment removed beside the layer's
  // writing, as the host does for a guest (BackgroundWork in src/plugin/host-objects.ts): the ratio
  // measures what crossing into a plugin costs, not that overlap.
  const builtinTransform = {
    async transform(log, ctx) {
      const env = await farm.create(log, '/work');
      const id = { name: '//bench:t', digest: `text:${attrs.text}` };
      const ran = await env.cmd(log, id, '/', attrs.command);
      const cleaning = env.clean(log);
      const output = attrs.text.toUpperCase();
      log.write(`upper: ${output}\n`);
      const writer = await ctx.storage().startLayer();
      writer.end(Buffer.from(output));
      const layer = await ctx.storage().finishLayer('application/octet-stream', undefined, writer);
      await cleaning;
      if (!ran) throw new Error('echo failed');
      const config = { id, provides: ['upper'], requires: {}, metadata: { length: output.length } };
      return { kind: 'success', artifact: { config, layers: [layer] } };
    },
  };
  const contenders = [
    { name: 'JS plugin', transform: jsTransform, instance: jsPlugin.instance },
    { name: 'C plugin', transform: cTransform, instance: cPlugin.instance },
    { name: 'built-in', transform: builtinTransform },
  ];
  for (const contender of contenders) Object.assign(contender, { ms: [], hostMs: [], steps: [] });
  // Each plugin transform's exchange, step by step, as its main thread saw it.
  let steps = [];
  for (const { instance } of contenders.slice(0, -1)) {
    instance.trace = (step) => steps.push([step, performance.now()]);
  }
  // The order rotates every round: a transform runs measurably slower or faster depending on which
  // one ran just before it (≈ 0.1× in runs with two identical contenders).
  for (let round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
    const shift = round % contenders.length;
    for (const { transform, instance, ms, hostMs, steps: traces } of [
      ...contenders.slice(shift),
      ...contenders.slice(0, shift),
    ]) {
      steps = [];
      const started = performance.now();
      const hostCallMs = instance?.stats.hostCallMs;
      const status = await transform.transform(log, handle, undefined);
      if (status.kind !== 'success') throw status.error;
      if (round < WARM_UP_ROUNDS) continue;
      ms.push(performance.now() - started);
      if (instance) hostMs.push(instance.stats.hostCallMs - hostCallMs);
      traces.push(steps);
    }
  }
  await Promise.all(environments.map((environment) => environment.clean(log)));
  const builtinMs = median(contenders.at(-1).ms);
  // The rest of a plugin's time is the guest's own work and the crossings to and from it.
  for (const { name, ms, hostMs, steps } of contenders.slice(0, -1)) {
    console.log(
      `plugin transform (${name}): ${median(ms).toFixed(2)} ms (${median(hostMs).toFixed(2)} in host calls), built-in ${builtinMs.toFixed(2)} ms -> ${(median(ms) / builtinMs).toFixed(2)}x (goal <= 1.2x)`,
    );
    console.log(`  ${describeGaps(steps, ms, hostMs)}`);
  }
  console.log(
    `  (a process of its own, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; ` +
      `medians of ${MEASURED_ROUNDS} rounds after ${WARM_UP_ROUNDS} to warm up)`,
  );
} finally {
  await manager.close();
  rmSync(root, { recursive: true, force: true });
}
