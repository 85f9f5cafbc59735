import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { artifactVolumeName } from '../../src/environment/docker/artifact-volume.js';
import { LABEL_WORKSPACE } from '../../src/environment/docker/labels.js';
import { runCli } from '../helpers/cli.js';
import { containersLeft, describeWithDocker, requireTestImage } from '../helpers/docker.js';
import { buildJson, builtLabels, copyExample, type JsonTarget } from '../engine/helpers.js';
import { artifactContents, removeTree, sharePluginCache, vendorPlugins } from './workspaces.js';

/**
 * The seed's plugin examples (sections 4.1, 9.1, 9.3, 11.1–11.3), each a workspace under
 * examples/ with plugins built from plugins/ in vendor/ under the names the seed gives them.
 * What each plugin does is tested with the plugin (test/plugins/<plugin>.test.ts); here, that the
 * seed's build files build as a user would run them.
 */
const roots: string[] = [];
sharePluginCache();
afterAll(() => roots.forEach(removeTree));

async function seedWorkspace(example: string): Promise<string> {
  const root = copyExample(example);
  roots.push(root);
  await vendorPlugins(root);
  return root;
}

/** `edo build --json ARGS`, which must succeed building `built`; then the same build, all cached. */
async function buildThenRebuild(
  root: string,
  built: string[],
  args: string[] = [],
): Promise<Map<string, JsonTarget>> {
  const first = await buildJson(root, args);
  expect(first.result.stderr).not.toContain('error');
  expect(first.result.code).toBe(0);
  expect(builtLabels(first.targets)).toEqual(built);
  const again = await buildJson(root, args);
  expect(again.result.code).toBe(0);
  expect(builtLabels(again.targets)).toEqual([]);
  return first.targets;
}

async function contentsOf(root: string, targets: Map<string, JsonTarget>, label: string) {
  return artifactContents(root, targets.get(label)!.id);
}

describe("the seed's plugin examples build", () => {
  it('4.1: a declared plugin (c-upper as my-plugin) whose rule builds', async () => {
    const root = await seedWorkspace('seed-4.1-plugin-declaration');
    const targets = await buildThenRebuild(root, ['//:hello']);
    expect(await contentsOf(root, targets, '//:hello')).toEqual({ 'layer 0': 'HELLO FROM MY-PLUGIN' });
  }, 120_000);

  it.each([
    ['9.1', 'seed-9.1-storage-backend', '.s3/my-build-artifacts', 'hello from the bucket\n'],
    ['11.1', 'seed-11.1-custom-storage-backend', '.s3/my-build-artifacts/builds', 'hello from builds/\n'],
  ])(
    '%s: the S3 backend stand-in (c-dirstore) is the build cache, writing to bucket and prefix',
    async (_section, example, bucket, text) => {
      const root = await seedWorkspace(example);
      const targets = await buildThenRebuild(root, ['//:hello']);
      expect(await contentsOf(root, targets, '//:hello')).toEqual({ 'hello.txt': text });
      const id = targets.get('//:hello')!.id;
      expect(readdirSync(join(root, bucket))).toContain(`a-${Buffer.from(id).toString('hex')}`);
    },
    120_000,
  );

  it("11.3: the Rust plugin's rust_wasm_build compiles the crate to WebAssembly", async () => {
    const root = await seedWorkspace('seed-11.3-custom-transform');
    const targets = await buildThenRebuild(root, ['//:my-wasm-component']);
    const { 'my-wasm-component.wasm': module } = await contentsOf(root, targets, '//:my-wasm-component');
    expect(module!.startsWith('\0asm')).toBe(true);
    // wasi = True selects the WASI flavour of the target.
    expect((await runCli(['log', '//:my-wasm-component'], root)).stdout).toContain("--target 'wasm32-wasi'");
  }, 180_000);
});

await describeWithDocker("the seed's plugin farm examples build in containers", (docker: Docker) => {
  beforeAll(() => requireTestImage(docker));

  it('9.3: the plugin farm drives a docker farm that mounts a target', async () => {
    const root = await seedWorkspace('seed-9.3-plugin-configuration');
    // //local:cache is mounted by the farm //:hello runs in: it is built first.
    const targets = await buildThenRebuild(root, ['//:hello', '//local:cache']);
    try {
      expect(await contentsOf(root, targets, '//:hello')).toEqual({
        'hello.txt': 'hello from Linux\n',
        'notes.txt': 'cached notes\n',
      });
      // The plugin farm ran the commands (its log line) in the host docker farm.
      expect((await runCli(['log', '//:hello'], root)).stdout).toContain('[docker] deferred command');
      expect(await containersLeft(docker, [`${LABEL_WORKSPACE}=${root}`])).toEqual([]);
    } finally {
      await docker.getVolume(artifactVolumeName(targets.get('//local:cache')!.digest)).remove();
    }
  }, 180_000);

  it('11.2: cpp_build compiles C++ in the plugin farm', async () => {
    const root = await seedWorkspace('seed-11.2-custom-environment-farm');
    const targets = await buildThenRebuild(root, ['//:my-app', '//:my-app-srcs']);
    expect((await runCli(['log', '//:my-app'], root)).stdout).toContain('[ubuntu-build] deferred command');
    expect(await containersLeft(docker, [`${LABEL_WORKSPACE}=${root}`])).toEqual([]);
    // The static executable runs here too.
    const out = join(root, 'out');
    expect((await runCli(['checkout', '//:my-app', out], root)).code).toBe(0);
    expect(execFileSync(join(out, 'bin/my-app'), { encoding: 'utf8' })).toBe('hello from my-app\n');
    expect(Object.keys(await contentsOf(root, targets, '//:my-app'))).toEqual(['bin/my-app']);
  }, 180_000);
});
