import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCComponent } from '../../src/plugin/build/c.js';
import { readPluginProject } from '../../src/plugin/build/project.js';
import { embedManifest } from '../../src/plugin/manifest.js';
import { testPlugin } from './fixtures.js';
import { scratch } from './harness.js';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A V8 flag set at run time makes every worker thread booted afterwards ~22 ms slower to start:
 * a new isolate computes the changed flag hash, and Node's built-in code cache no longer matches
 * it. So the loader sets `--wasm-lazy-validation` only for big modules (src/plugin/loader.ts).
 * V8's flags are per process: each load runs in a new one. The witness is the same check V8 makes
 * for Node: code cache made before the load, offered to a worker booted after it, is rejected
 * exactly when the flags changed.
 */
function flagsChangedByLoading(wasmFile: string, dir: string): boolean {
  const script = `
    import { readFileSync } from 'node:fs';
    import { Script } from 'node:vm';
    import { Worker } from 'node:worker_threads';
    const { PluginManager } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/plugin/manager.ts')).href)});
    const source = 'function probe() { return 1; }';
    const cachedData = new Script(source, { filename: 'probe.js' }).createCachedData();
    const manager = new PluginManager({ workspaceRoot: ${JSON.stringify(dir)}, log: { write() {} } });
    await manager.loadPlugin({ name: 'p', bytes: readFileSync(${JSON.stringify(wasmFile)}) });
    await manager.close();
    const probe = new Worker(
      \`const { Script } = process.getBuiltinModule('node:vm');
       const { workerData, parentPort } = process.getBuiltinModule('node:worker_threads');
       const options = { filename: 'probe.js', cachedData: Buffer.from(workerData.cachedData) };
       parentPort.postMessage(new Script(workerData.source, options).cachedDataRejected);\`,
      { eval: true, workerData: { source, cachedData } },
    );
    probe.once('message', (rejected) => console.log(rejected));`;
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(ROOT, 'test/helpers/ts-loader.mjs')).href,
      '--input-type=module',
      '-e',
      script,
    ],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as boolean;
}

describe('V8 flags set by loading a plugin', () => {
  const env = scratch();
  afterAll(() => env.cleanup());

  it('are left alone for a small component (the 64 KB C plugin)', async () => {
    const wasm = join(env.root, 'c-upper.wasm');
    // Built here, not with buildPluginProject, which writes into the project's dist/.
    const project = readPluginProject(join(ROOT, 'plugins/c-upper'));
    const { component } = await buildCComponent(project.sources, join(ROOT, 'wit'));
    writeFileSync(wasm, embedManifest(component, project.manifest));
    expect(flagsChangedByLoading(wasm, env.root)).toBe(false);
  });

  it('include lazy validation for a 14 MB componentize-js guest', async () => {
    const wasm = join(env.root, 'test-plugin.wasm');
    writeFileSync(wasm, await testPlugin());
    expect(flagsChangedByLoading(wasm, env.root)).toBe(true);
  });
});
