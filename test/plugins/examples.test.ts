import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, copyExample } from '../engine/helpers.js';
import { artifactContents, removeTree, sharePluginCache, vendorPlugins } from './workspaces.js';

describe('examples/plugins: every component kind from plugins built from plugins/', () => {
  let root: string;
  sharePluginCache();
  beforeAll(() => {
    root = copyExample('plugins');
  });
  afterAll(() => removeTree(root));

  it('builds //... into the C storage backend, then serves all of it from there', async () => {
    await vendorPlugins(root);

    const first = await buildJson(root);
    expect(first.result.stderr).not.toContain('error');
    expect(first.result.code).toBe(0);
    expect(builtLabels(first.targets)).toEqual([
      '//:adder',
      '//:backwards',
      '//:composed',
      '//:greeting',
      '//:loud',
      '//:message',
      '//:punctuation',
    ]);
    const contents = (label: string) => artifactContents(root, first.targets.get(label)!.id);
    // Transforms: the C rule, and the JS rule (which ran its command in the local farm).
    expect(await contents('//:loud')).toEqual({ 'layer 0': 'HELLO FROM C' });
    // The C rule ran its command in the JS plugin's farm, got through context.get-farm.
    expect(await contents('//:composed')).toEqual({ 'layer 0': 'COMPOSED IN C' });
    const composedLog = (await runCli(['log', '//:composed'], root)).stdout;
    expect(composedLog).toContain('[tagged] echo composed in the tagged farm\ncomposed in the tagged farm\n');
    expect(await contents('//:backwards')).toEqual({ 'layer 0': 'sj morf olleh' });
    expect((await runCli(['log', '//:backwards'], root)).stdout).toContain('reverse: sj morf olleh');
    // The Rust rule ran rustc in the JS plugin's farm (which logged the command).
    expect((await contents('//:adder'))['adder.wasm']!.startsWith('\0asm')).toBe(true);
    expect((await runCli(['log', '//:adder'], root)).stdout).toContain("[tagged] '/usr/bin/rustc'");
    // The plugin vendor picked greeting 1.1.0 and its dependency; the plugin source fetched them.
    expect(await contents('//:greeting')).toEqual({ 'greeting.txt': 'hello' });
    expect(await contents('//:punctuation')).toEqual({ 'bang.txt': '!' });
    // A built-in rule staged them in the plugin farm, which set $GREETING and logged the command.
    expect(await contents('//:message')).toEqual({ 'message.txt': 'hello, hello!\n' });
    expect((await runCli(['log', '//:message'], root)).stdout).toContain('[tagged] deferred command');
    // The build cache is the C backend's workspace-relative directory (//.edo/dirstore).
    const stored = readdirSync(join(root, '.edo/dirstore'));
    for (const { id } of first.targets.values()) {
      expect(stored).toContain(`a-${Buffer.from(id).toString('hex')}`);
    }

    const again = await buildJson(root);
    expect(again.result.code).toBe(0);
    expect(builtLabels(again.targets)).toEqual([]);
    expect(again.summary).toMatchObject({ targets: 7, cached: 7, built: 0 });
  }, 300_000);

  it('refuses farms that name each other, naming the chain', async () => {
    const workspace = readFileSync(join(root, 'WORKSPACE.edo'), 'utf8');
    try {
      writeFileSync(
        join(root, 'WORKSPACE.edo'),
        workspace +
          'environment_farm(name = "ping", plugin = "js-text", base = "pong")\n' +
          'environment_farm(name = "pong", plugin = "js-text", base = "ping")\n',
      );
      mkdirSync(join(root, 'loop'));
      writeFileSync(
        join(root, 'loop/BUILD.edo'),
        'script(name = "x", environment = "ping", commands = ["true"])\n',
      );
      const built = await runCli(['build', '//loop:x'], root);
      expect(built.code).not.toBe(0);
      expect(built.stderr).toContain('environment_farm "ping" names itself through ping -> pong -> ping');
    } finally {
      writeFileSync(join(root, 'WORKSPACE.edo'), workspace);
      removeTree(join(root, 'loop'));
    }
  }, 120_000);
});
