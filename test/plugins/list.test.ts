import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/engine/cache-key.js';
import { runCli } from '../helpers/cli.js';
import { copyExample } from '../engine/helpers.js';
import { vendorPlugins } from './workspaces.js';

describe('edo plugin list on examples/plugins', () => {
  let root: string;
  const digests: Record<string, string> = {};
  beforeAll(async () => {
    root = copyExample('plugins');
    await vendorPlugins(root);
    for (const name of ['c-upper', 'js-text', 'rust-wasm', 'c-dirstore']) {
      digests[name] = `sha256:${sha256Hex(readFileSync(join(root, `vendor/${name}.wasm`)))}`;
    }
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names each plugin with its label, source, file digest, version and what it provides', async () => {
    const listed = await runCli(['plugin', 'list'], root);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const blocks = listed.stdout.split('\n\n');
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatch(/^plugin {4}c-upper {2}\/\/:c-upper {2}\(.*WORKSPACE\.edo:3:1\)\n/);
    expect(blocks[0]).toContain('sources   //vendor:c-upper.wasm\nresolved  //vendor:c-upper.wasm\n');
    expect(blocks[0]).toContain(`digest    ${digests['c-upper']} (file, not locked yet)\n`);
    expect(blocks[0]).toContain('provides  transform: upper\nrules     c_upper');
    expect(blocks[1]).toContain(`plugin    js-text  //:js-text`);
    expect(blocks[1]).toContain(`digest    ${digests['js-text']} (file, not locked yet)\n`);
    expect(blocks[1]).toContain('provides  farm: tagged\nprovides  source: inline\nrules     js_reverse');
    expect(blocks[2]).toContain('rules     rust_wasm_build');
    expect(blocks[3]).toContain(`digest    ${digests['c-dirstore']} (file, not locked yet)\n`);
    expect(blocks[3]).toContain('provides  storage');
    expect(listed.stdout).not.toContain('problem');
  });

  it('shows the digest edo.lock.json pins, and says a build refuses a file that differs', async () => {
    const pinned = `sha256:${'0'.repeat(64)}`;
    const lock = {
      version: 1,
      entries: {
        '//:c-upper': {
          kind: 'plugin',
          name: 'c-upper',
          version: '0.1.0',
          source: '//vendor:c-upper.wasm',
          digest: pinned,
        },
        '//:js-text': {
          kind: 'plugin',
          name: 'js-text',
          version: '0.1.0',
          source: '//vendor:js-text.wasm',
          digest: digests['js-text'],
        },
      },
    };
    writeFileSync(join(root, 'edo.lock.json'), JSON.stringify(lock));
    const listed = await runCli(['-C', root, 'plugin', 'list', '--json'], tmpdir());
    expect(listed.code).toBe(0);
    const [cUpper, jsText] = JSON.parse(listed.stdout) as {
      name: string;
      digest: string;
      manifest: { version: string };
      problems: string[];
    }[];
    expect(cUpper).toMatchObject({ name: 'c-upper', digest: pinned, manifest: { version: '0.1.0' } });
    expect(cUpper!.problems).toEqual([
      `//vendor:c-upper.wasm has ${digests['c-upper']}, but edo.lock.json pins ${pinned}: a build refuses it`,
    ]);
    expect(jsText).toMatchObject({ name: 'js-text', digest: digests['js-text'], problems: [] });
    const text = await runCli(['plugin', 'list'], root);
    expect(text.stdout).toContain(`digest    ${digests['js-text']} (edo.lock.json)\n`);
  });
});
