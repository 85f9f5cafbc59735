import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPluginProject, readPluginProject } from '../../src/plugin/build/project.js';
import { runCli } from '../helpers/cli.js';
import { buildCached, ROOT } from './build-cache.js';

describe('examples/plugins: a workspace using plugins built from plugins/', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'edo-examples-plugins-'));
    cpSync(join(ROOT, 'examples/plugins'), root, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds //... with a C rule and a JS rule, each from its plugin', async () => {
    mkdirSync(join(root, 'vendor'));
    const cUpper = await buildPluginProject(readPluginProject(join(ROOT, 'plugins/c-upper')));
    writeFileSync(join(root, 'vendor/c-upper.wasm'), cUpper.bytes);
    const jsText = await buildCached(join(ROOT, 'plugins/js-text'), 'js-text');
    writeFileSync(join(root, 'vendor/js-text.wasm'), readFileSync(jsText));

    const built = await runCli(['build', '//...'], root);
    expect(built.stderr).not.toContain('error');
    expect(built.code).toBe(0);
    expect((await runCli(['log', '//:loud'], root)).stdout).toContain('upper: HELLO FROM C');
    expect((await runCli(['log', '//:backwards'], root)).stdout).toContain('reverse: sj morf olleh');
    // The second build is all cache hits.
    const again = await runCli(['build', '//...'], root);
    expect(again.code).toBe(0);
  }, 180_000);
});
