import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { jsSources } from '../../src/plugin/build/js-root.js';
import { buildCached, ROOT } from './build-cache.js';

describe('edo plugin', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'edo-plugin-cli-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('new --lang c, then build, test and inspect pass with no edits', async () => {
    expect((await runCli(['plugin', 'new', 'demo-c', '--lang', 'c'], work)).code).toBe(0);
    const dir = join(work, 'demo-c');
    expect(readFileSync(join(dir, 'src/upper.c'), 'utf8')).toContain('#define EDO_PLUGIN_NAME "demo-c"');
    const built = await runCli(['plugin', 'build'], dir);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/dist\/demo-c\.wasm: \d+ bytes in \d+ ms/);
    const tested = await runCli(['plugin', 'test'], dir);
    expect(tested.stdout).toBe('ok   hello\n1 test(s) passed\n');
    expect(tested.code).toBe(0);
    const inspected = await runCli(['plugin', 'inspect', 'dist/demo-c.wasm'], dir);
    expect(inspected.code).toBe(0);
    const digest = createHash('sha256')
      .update(readFileSync(join(dir, 'dist/demo-c.wasm')))
      .digest('hex');
    expect(inspected.stdout).toContain('plugin    demo-c@0.1.0\ninterface edo:plugin@1.0.0\n');
    expect(inspected.stdout).toContain(`digest    sha256:${digest}\n`);
    expect(inspected.stdout).toContain('provides  transform: upper\n');
    expect(inspected.stdout).toContain('rule      demo_c_upper(text, command?, farm?) -> transform upper\n');
    expect(inspected.stdout).toContain('capabilities (none)\n');
    expect(inspected.stdout).toContain('import    edo:plugin/common@1.0.0\n');
    expect(inspected.stdout).toContain('export    edo:plugin/abi@1.0.0\n');
  }, 60_000);

  it('new --lang js, then build and test pass with no edits', async () => {
    expect((await runCli(['plugin', 'new', 'demo-js', '--lang', 'js'], work)).code).toBe(0);
    const dir = join(work, 'demo-js');
    // Its errors name it, not the template.
    expect(readFileSync(join(dir, 'src/index.js'), 'utf8')).toContain("const NAME = 'demo-js';");
    await buildCached(dir, 'demo-js');
    const tested = await runCli(['plugin', 'test', dir]);
    expect(tested.stdout).toBe('ok   hello\n1 test(s) passed\n');
    expect(tested.code).toBe(0);
  }, 180_000);

  it('builds a JS plugin that imports a shared SDK from outside its own directory', async () => {
    // plugins/js-text imports ../../sdk-js: its build must see their common parent as its root.
    const tree = join(work, 'shared-sdk');
    cpSync(join(ROOT, 'plugins/sdk-js'), join(tree, 'plugins/sdk-js'), { recursive: true });
    for (const part of ['edo-plugin.json', 'src']) {
      cpSync(join(ROOT, 'plugins/js-text', part), join(tree, 'plugins/js-text', part), { recursive: true });
    }
    expect(jsSources(join(tree, 'plugins/js-text/src/index.js')).root).toBe(join(tree, 'plugins'));
    const built = await runCli(['plugin', 'build'], join(tree, 'plugins/js-text'));
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(process.cwd()).toBe(ROOT);
  }, 120_000);

  it("reports a JS plugin's mistakes at their place, as usage errors, leaving no temp files", async () => {
    expect((await runCli(['plugin', 'new', 'mistakes', '--lang', 'js'], work)).code).toBe(0);
    const dir = join(work, 'mistakes');
    const entry = join(dir, 'src/index.js');
    const template = readFileSync(entry, 'utf8');
    const lines = template.split('\n').length;
    const build = async (tail: string) => {
      writeFileSync(entry, `${template}${tail}\n`);
      return runCli(['plugin', 'build'], dir);
    };
    const syntax = await build('export const x = ;');
    expect(syntax.stderr).toBe(`${join(dir, 'src/index.js')}:${lines}:18: error: Unexpected token\n`);
    const unversioned = await build('import { Id as I2 } from "edo:plugin/common";');
    expect(unversioned).toMatchObject({
      code: 2,
      stderr: `${join(dir, 'src/index.js')}:${lines}:27: error: imports "edo:plugin/common", which plugins cannot import (did you mean "edo:plugin/common@1.0.0"? host interfaces are imported with their version)\n`,
    });
    const misspelt = await build('import { readFile } from "edo:plugin/sytem@1.0.0";');
    expect(misspelt.stderr).toContain(
      'imports "edo:plugin/sytem@1.0.0", which plugins cannot import (did you mean "edo:plugin/system@1.0.0"?)',
    );
    const missing = await build('import "./missing.js";');
    expect(missing).toMatchObject({
      code: 2,
      stderr: `error: ${join(dir, 'src/index.js')}: imports ${join(dir, 'src/missing.js')}, which does not exist\n`,
    });
    // What only running the module shows (componentize-js initializes it): its words, no stack of ours.
    const temp = mkdtempSync(join(tmpdir(), 'edo-plugin-cli-temp-'));
    const previousTemp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const thrown = await build('throw new Error("boom at init");');
      expect(thrown.stderr).toMatch(/^error: componentize-js could not build .*src\/index\.js: /);
      expect(thrown.stderr).toContain('Error: boom at init');
      expect(thrown.stderr).not.toContain('internal error');
      expect(readdirSync(temp)).toEqual([]);
      // Top-level code that never ends stopped the build for ever (componentize-js runs it).
      process.env.EDO_PLUGIN_INIT_SECONDS = '3';
      const endless = await build('for (;;) {}');
      expect(endless).toMatchObject({
        code: 2,
        stderr: `error: ${entry}: its top-level code did not finish within 3 s (componentize-js runs it while building: a loop or a wait that never ends?)\n`,
      });
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      delete process.env.EDO_PLUGIN_INIT_SECONDS;
      process.env.TMPDIR = previousTemp;
      rmSync(temp, { recursive: true, force: true });
    }
    writeFileSync(entry, template);
    const project = JSON.parse(readFileSync(join(dir, 'edo-plugin.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'edo-plugin.json'), JSON.stringify({ ...project, tests: 'x' }));
    expect(await runCli(['plugin', 'test'], dir)).toMatchObject({
      code: 2,
      stderr: `error: ${join(dir, 'edo-plugin.json')}: "tests" must be a list of test cases\n`,
    });
    // The docs' example once had `//` comments: copied, it is refused at its place.
    writeFileSync(join(dir, 'edo-plugin.json'), '{\n  "lang": "js",   // or "c"\n  "sources": []\n}\n');
    const commented = await runCli(['plugin', 'build'], dir);
    expect(commented.code).toBe(2);
    expect(commented.stderr).toMatch(
      /edo-plugin\.json:2:19: error: edo-plugin\.json is not valid JSON: .* \(JSON has no comments\)\n$/,
    );
    expect(await runCli(['plugin', 'build'], work)).toMatchObject({
      code: 2,
      stderr: `error: no edo-plugin.json in ${work}: not a plugin project (edo plugin new NAME makes one)\n`,
    });
  }, 120_000);

  it('test reports a failing expectation with what the plugin did', async () => {
    expect((await runCli(['plugin', 'new', 'broken', '--lang', 'c'], work)).code).toBe(0);
    const dir = join(work, 'broken');
    const projectFile = join(dir, 'edo-plugin.json');
    const project = JSON.parse(readFileSync(projectFile, 'utf8'));
    project.tests[0].expect.layers = ['hello'];
    writeFileSync(projectFile, JSON.stringify(project));
    expect((await runCli(['plugin', 'build'], dir)).code).toBe(0);
    const tested = await runCli(['plugin', 'test'], dir);
    expect(tested.code).toBe(1);
    expect(tested.stdout).toContain('FAIL hello\n     layers: expected ["hello"], got ["HELLO"]\n');
    expect(tested.stderr).toContain('1 of 1 plugin test(s) failed');
    // The artifact's files, as a checkout gives them (a layer that is no tar: one blob file).
    project.tests[0].expect = { files: { 'out.txt': 'HELLO' } };
    writeFileSync(projectFile, JSON.stringify(project));
    const files = await runCli(['plugin', 'test'], dir);
    expect(files.stdout).toMatch(
      /FAIL hello\n {5}files: expected \{"out.txt":"HELLO"\}, got \{"blobs\/sha256\/[0-9a-f]{64}":"HELLO"\}\n/,
    );
  }, 60_000);

  it('test puts a storage backend through a round trip in a granted directory', async () => {
    const dir = join(work, 'c-dirstore');
    cpSync(join(ROOT, 'plugins/c-dirstore'), dir, {
      recursive: true,
      filter: (path) => !path.includes('/dist'),
    });
    expect((await runCli(['plugin', 'build', dir])).code).toBe(0);
    const tested = await runCli(['plugin', 'test', dir]);
    expect(tested.stdout).toBe('ok   roundtrip\n1 test(s) passed\n');
    expect(tested.code).toBe(0);
  }, 60_000);

  it('bindgen --lang c|rust writes the bindings; other languages are a usage error', async () => {
    const out = join(work, 'bindings');
    const generated = await runCli(['plugin', 'bindgen', '--lang', 'c', '-o', out], work);
    expect(generated.code).toBe(0);
    expect(readFileSync(join(out, 'edo.h'), 'utf8')).toContain('edo_abi_create_transform(');
    expect(readFileSync(join(out, 'edo.c'), 'utf8')).toContain('cabi_realloc');
    const rust = await runCli(['plugin', 'bindgen', '--lang', 'rust', '-o', out], work);
    expect(rust.code).toBe(0);
    expect(readFileSync(join(out, 'edo.rs'), 'utf8')).toContain('fn create_transform(');
    const go = await runCli(['plugin', 'bindgen', '--lang', 'go'], work);
    expect(go.code).toBe(2);
  });
});
