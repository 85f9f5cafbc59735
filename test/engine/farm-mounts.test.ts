import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { testPlugin } from '../plugin/fixtures.js';
import { makeWorkspace, removeWorkspace } from './helpers.js';

describe("a farm's mounted targets", () => {
  let root: string;
  afterEach(() => removeWorkspace(root));

  it('are dependencies of the targets that run in the farm, also through a farm naming it', async () => {
    root = makeWorkspace({
      'WORKSPACE.edo': [
        'environment_farm(name = "box", kind = "docker", image = "edo-test/busybox:1", mounts = {"/tools": "//tools:bin"})',
        // A farm naming another (as a plugin farm's base does) runs in what that one mounts.
        'plugin(name = "tp", source = "//:tp.wasm")',
        'environment_farm(name = "outer", plugin = "tp", base = "box")',
        '',
      ].join('\n'),
      'tools/BUILD.edo': 'script(name = "bin", commands = ["true"])\n',
      'BUILD.edo': [
        'script(name = "inside", environment = "box", commands = ["true"])',
        'script(name = "wrapped", environment = "outer", commands = ["true"])',
        'script(name = "outside", commands = ["true"])',
        '',
      ].join('\n'),
    });
    writeFileSync(join(root, 'tp.wasm'), await testPlugin());
    const engine = await Engine.open(root);
    try {
      expect(engine.graph.get('//:inside').deps).toEqual(['//tools:bin']);
      expect(engine.graph.get('//:wrapped').deps).toEqual(['//tools:bin']);
      expect(engine.graph.get('//:outside').deps).toEqual([]);
      expect(engine.graph.closure(['//:wrapped']).map((node) => node.label)).toEqual([
        '//tools:bin',
        '//:wrapped',
      ]);
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('give a plugin farm the built-in local farm, which it may name only in its code', async () => {
    root = makeWorkspace({
      'WORKSPACE.edo': [
        'plugin(name = "tp", source = "//:tp.wasm")',
        'environment_farm(name = "wrapper", plugin = "tp", needs_local = True)',
        '',
      ].join('\n'),
      'BUILD.edo': 'script(name = "x", environment = "wrapper", commands = ["true"])\n',
    });
    writeFileSync(join(root, 'tp.wasm'), await testPlugin());
    const engine = await Engine.open(root);
    try {
      expect(await (await engine.farm('wrapper')).identity()).toEqual({ kind: 'echo-farm', prefix: '/echo' });
    } finally {
      await engine.close();
    }
  }, 120_000);
});
