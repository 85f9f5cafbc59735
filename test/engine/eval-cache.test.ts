import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace } from './helpers.js';

describe('the evaluation cache', () => {
  let root: string;
  beforeEach(() => {
    root = makeWorkspace({
      'lib/BUILD.edo': '',
      'lib/defs.star': 'def files(name):\n    local_source(name = name, srcs = glob(["*.txt"]))\n',
      'BUILD.edo':
        'load("//lib:defs.star", "files")\nfiles("txt")\nscript(name = "s", commands = ["true"])\n',
      'a.txt': 'a',
    });
  });
  afterEach(() => removeWorkspace(root));

  const srcsOf = async (): Promise<string> => {
    const r = await runCli(['graph', '--format', 'json'], root);
    expect(r.code).toBe(0);
    return r.stdout;
  };
  const list = async (): Promise<string[]> => (await runCli(['list'], root)).stdout.trim().split('\n');

  it('is reused while nothing changes, and follows build files, loaded files and glob listings', async () => {
    expect(await list()).toEqual(['//:s', '//:txt']);
    const cache = join(root, '.edo', 'evaluation.json');
    expect(readFileSync(cache, 'utf8')).toContain('"//:a.txt"');

    writeFileSync(join(root, 'b.txt'), 'b');
    await srcsOf();
    expect(readFileSync(cache, 'utf8')).toContain('"//:b.txt"');

    rmSync(join(root, 'a.txt'));
    await srcsOf();
    expect(readFileSync(cache, 'utf8')).not.toContain('"//:a.txt"');

    writeFileSync(
      join(root, 'lib', 'defs.star'),
      'def files(name):\n    local_source(name = name + "_2", srcs = [])\n',
    );
    expect(await list()).toEqual(['//:s', '//:txt_2']);

    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "only")\n');
    expect(await list()).toEqual(['//:only']);
  });

  it('reports errors again instead of caching them', async () => {
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "a", nope = 1)\n');
    expect((await runCli(['list'], root)).code).toBe(2);
    expect((await runCli(['list'], root)).code).toBe(2);
  });
});
