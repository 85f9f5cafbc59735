import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLUGIN_CACHE_UNUSED_MS } from '../../src/plugin/cache-policy.js';
import { prunePluginCache, transpileCached } from '../../src/plugin/loader.js';
import { runCli } from '../helpers/cli.js';
import { testPlugin } from './fixtures.js';

const DAY = 24 * 3600 * 1000;

describe('the plugin cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'edo-plugin-cache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A cache entry (or temp directory) named `name`, last marked `ageMs` ago. */
  const entry = (cache: string, name: string, ageMs: number) => {
    const dir = join(cache, name);
    mkdirSync(dir, { recursive: true });
    const marker = name.startsWith('.tmp-') ? dir : join(dir, 'meta.json');
    if (marker !== dir) writeFileSync(marker, '{"coreFiles":[],"imports":[]}');
    const when = new Date(Date.now() - ageMs);
    utimesSync(marker, when, when);
  };

  it('keeps what was loaded lately and drops the rest, another edo format and dead temp dirs', async () => {
    const component = await testPlugin();
    const cache = join(root, 'cache');
    // The real entry's format, as this edo names it.
    const live = (await transpileCached(component, 'a'.repeat(64), cache, 'p')).dir.split('/').pop()!;
    const format = live.slice(65);
    entry(cache, `${'b'.repeat(64)}-${format}`, PLUGIN_CACHE_UNUSED_MS - DAY);
    entry(cache, `${'c'.repeat(64)}-${format}`, PLUGIN_CACHE_UNUSED_MS + DAY);
    entry(cache, `${'d'.repeat(64)}-jco-1.35.0-async-v3`, 0);
    entry(cache, '.tmp-aaaa-1-x', 2 * 3600 * 1000);
    entry(cache, '.tmp-bbbb-2-y', 60 * 1000);

    const stale = [`${'c'.repeat(64)}-${format}`, `${'d'.repeat(64)}-jco-1.35.0-async-v3`, '.tmp-aaaa-1-x'];
    expect(await prunePluginCache(cache, { dryRun: true })).toEqual([...stale].sort());
    expect(readdirSync(cache)).toHaveLength(6);
    expect((await prunePluginCache(cache)).sort()).toEqual([...stale].sort());
    expect(readdirSync(cache).sort()).toEqual([`${'b'.repeat(64)}-${format}`, '.tmp-bbbb-2-y', live].sort());

    // Loading an entry marks it as used: an old one survives the next prune once loaded.
    const old = new Date(Date.now() - PLUGIN_CACHE_UNUSED_MS - DAY);
    utimesSync(join(cache, live, 'meta.json'), old, old);
    expect((await transpileCached(component, 'a'.repeat(64), cache, 'p')).transpiled).toBe(false);
    expect(Date.now() - statSync(join(cache, live, 'meta.json')).mtimeMs).toBeLessThan(60_000);
    expect(await prunePluginCache(cache)).toEqual([]);
  }, 60_000);

  it('is pruned by edo prune', async () => {
    writeFileSync(join(root, 'WORKSPACE.edo'), '');
    const cache = join(root, '.edo', 'plugin-cache');
    entry(cache, `${'e'.repeat(64)}-jco-1.35.0-async-v3`, 0);
    const dry = await runCli(['prune', '--dry-run'], root);
    expect(dry.stdout).toContain(
      'would drop 1 compiled plugin not loaded for 7 days or made by another edo\n',
    );
    expect(readdirSync(cache)).toHaveLength(1);
    const pruned = await runCli(['prune'], root);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain(
      'dropped 1 compiled plugin not loaded for 7 days or made by another edo\n',
    );
    expect(existsSync(cache) && readdirSync(cache)).toEqual([]);
  });
});
