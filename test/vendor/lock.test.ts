import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdoError } from '../../src/model/errors.js';
import { LOCK_FILE, LockFile, type LockEntry, vendorEntryKey } from '../../src/vendor/lock.js';

/** A git-ref-like upstream whose answer the test moves, counting how often it is asked. */
function movingRef(url: string, ref: string) {
  const upstream = { commit: 'a'.repeat(40), calls: 0 };
  const request = {
    satisfies: (e: LockEntry) => e.source === url && e.requested === ref,
    resolve: async (): Promise<LockEntry> => {
      upstream.calls++;
      return { kind: 'git', name: url, requested: ref, source: url, digest: upstream.commit };
    },
    requiredBy: '//app:src',
  };
  return { upstream, request };
}

describe('LockFile', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'edo-lock-'));
    await writeFile(join(root, 'WORKSPACE.edo'), '');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('a build adds missing entries, reports them and writes a stable file', async () => {
    const { upstream, request } = movingRef('https://example.org/r.git', 'main');
    const lock = await LockFile.open(root, { mode: 'build' });
    const entry = await lock.pin('//app:src', request);
    expect(entry.digest).toBe('a'.repeat(40));
    expect(upstream.calls).toBe(1);
    expect(lock.describeChanges()).toEqual([`added //app:src ${'a'.repeat(19)}…`]);
    expect(await lock.save()).toBe(true);
    const text = await readFile(join(root, LOCK_FILE), 'utf8');
    expect(JSON.parse(text)).toEqual({
      version: 1,
      entries: {
        '//app:src': {
          kind: 'git',
          name: 'https://example.org/r.git',
          requested: 'main',
          source: 'https://example.org/r.git',
          digest: 'a'.repeat(40),
        },
      },
    });
    // Fixed member order, sorted keys, no temp files left behind.
    expect(Object.keys(JSON.parse(text).entries['//app:src'])).toEqual([
      'kind',
      'name',
      'requested',
      'source',
      'digest',
    ]);
    expect((await readdir(root)).sort()).toEqual(['.edo', 'WORKSPACE.edo', LOCK_FILE]);
    expect(await readdir(join(root, '.edo'))).toEqual([]);
  });

  test('a source moved to a mirror with the same pin says what changed, not "a -> a"', async () => {
    const first = await LockFile.open(root, { mode: 'build' });
    await first.pin('//app:src', movingRef('https://example.org/r.git', 'main').request);
    await first.save();
    const moved = await LockFile.open(root, { mode: 'build' });
    await moved.pin('//app:src', movingRef('https://mirror.example.org/r.git', 'main').request);
    expect(moved.describeChanges()).toEqual([
      `updated //app:src ${'a'.repeat(19)}…: source https://example.org/r.git -> https://mirror.example.org/r.git`,
    ]);
  });

  test('an existing entry is kept when upstream moved; update moves it and reports the change', async () => {
    const { upstream, request } = movingRef('https://example.org/r.git', 'main');
    const first = await LockFile.open(root, { mode: 'build' });
    await first.pin('//app:src', request);
    await first.save();
    const before = await readFile(join(root, LOCK_FILE), 'utf8');

    upstream.commit = 'b'.repeat(40);
    const again = await LockFile.open(root, { mode: 'build' });
    expect((await again.pin('//app:src', request)).digest).toBe('a'.repeat(40));
    expect(again.describeChanges()).toEqual([]);
    expect(await again.save()).toBe(false);
    expect(await readFile(join(root, LOCK_FILE), 'utf8')).toBe(before);

    const locked = await LockFile.open(root, { mode: 'locked' });
    expect((await locked.pin('//app:src', request)).digest).toBe('a'.repeat(40));

    const update = await LockFile.open(root, { mode: 'update' });
    expect((await update.pin('//app:src', request)).digest).toBe('b'.repeat(40));
    expect(update.describeChanges()).toEqual([`updated //app:src ${'a'.repeat(19)}… -> ${'b'.repeat(19)}…`]);
    await update.save();
    expect(JSON.parse(await readFile(join(root, LOCK_FILE), 'utf8')).entries['//app:src'].digest).toBe(
      'b'.repeat(40),
    );
    expect(upstream.calls).toBe(2);
  });

  test('update NAMES re-resolves only the named entries and reports unknown names', async () => {
    const one = movingRef('https://example.org/one.git', 'main');
    const two = movingRef('https://example.org/two.git', 'main');
    const lock = await LockFile.open(root, { mode: 'build' });
    await lock.pin('//:one', one.request);
    await lock.pin('//:two', two.request);
    await lock.save();
    one.upstream.commit = two.upstream.commit = 'c'.repeat(40);

    const update = await LockFile.open(root, { mode: 'update', update: ['//:two', 'nothing-here'] });
    expect((await update.pin('//:one', one.request)).digest).toBe('a'.repeat(40));
    expect((await update.pin('//:two', two.request)).digest).toBe('c'.repeat(40));
    expect(update.changes().map((c) => c.key)).toEqual(['//:two']);
    expect(update.unmatchedUpdateNames()).toEqual(['nothing-here']);
  });

  test('--locked fails naming a missing entry and never writes', async () => {
    const { request } = movingRef('https://example.org/r.git', 'main');
    const locked = await LockFile.open(root, { mode: 'locked' });
    const error = await locked.pin('//app:src', request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EdoError);
    expect((error as EdoError).message).toBe(
      '--locked: edo.lock.json has no entry for //app:src (required by //app:src); ' +
        'run `edo update //app:src` (or a build without --locked)',
    );
    expect(await locked.save()).toBe(false);
    expect(await readdir(root)).toEqual(['WORKSPACE.edo']);
  });

  test('--locked fails naming an entry that no longer satisfies its declaration', async () => {
    const main = movingRef('https://example.org/r.git', 'main');
    const build = await LockFile.open(root, { mode: 'build' });
    await build.pin('//app:src', main.request);
    await build.save();

    const dev = movingRef('https://example.org/r.git', 'dev');
    const locked = await LockFile.open(root, { mode: 'locked' });
    await expect(locked.pin('//app:src', dev.request)).rejects.toThrow(
      /entry \/\/app:src \(a{19}…\) no longer satisfies its declaration/,
    );
    // A plain build re-resolves a changed declaration.
    const rebuild = await LockFile.open(root, { mode: 'build' });
    await rebuild.pin('//app:src', dev.request);
    expect(rebuild.changes()).toHaveLength(1);
  });

  test('a workspace with nothing to lock passes --locked without a lock file', async () => {
    const locked = await LockFile.open(root, { mode: 'locked' });
    expect(locked.keys()).toEqual([]);
    expect(await locked.save()).toBe(false);
  });

  test('two processes saving different entries both keep theirs', async () => {
    const a = await LockFile.open(root, { mode: 'build' });
    const b = await LockFile.open(root, { mode: 'build' });
    await a.pin('//:a', movingRef('https://example.org/a.git', 'main').request);
    await b.pin('//:b', movingRef('https://example.org/b.git', 'main').request);
    await Promise.all([a.save(), b.save()]);
    const final = await LockFile.open(root, { mode: 'locked' });
    expect(final.keys()).toEqual(['//:a', '//:b']);
  });

  test('update prunes entries nothing asked for; keys of vendor entries are label#package', async () => {
    const lock = await LockFile.open(root, { mode: 'build' });
    const key = vendorEntryKey('//:npm', 'pkg-a');
    expect(key).toBe('//:npm#pkg-a');
    lock.record(key, {
      kind: 'npm',
      vendor: '//:npm',
      name: 'pkg-a',
      version: '1.0.0',
      source: 'u',
      digest: 'd',
    });
    await lock.pin('//:gone', movingRef('https://example.org/g.git', 'main').request);
    await lock.save();

    lock.record('//:plugin', { kind: 'plugin', name: 'p', source: 'p.wasm', digest: 'sha256:p' });
    await lock.save();

    const update = await LockFile.open(root, { mode: 'update' });
    update.touch(key);
    update.pruneUntouched((entry) => entry.kind !== 'plugin');
    expect(update.describeChanges()).toEqual(['removed //:gone']);
    await update.save();
    expect((await LockFile.open(root, { mode: 'locked' })).keys()).toEqual(['//:npm#pkg-a', '//:plugin']);
  });

  test('a corrupt lock file is a usage error naming the file', async () => {
    await writeFile(join(root, LOCK_FILE), '{"version": 1, "entries": {"x": {"kind": 1}}}');
    await expect(LockFile.open(root, { mode: 'build' })).rejects.toThrow(/edo\.lock\.json: entry x needs/);
  });
});
