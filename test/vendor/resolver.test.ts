import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdoError } from '../../src/model/errors.js';
import type { DeclarationNode } from '../../src/model/node.js';
import { LockFile, type LockMode } from '../../src/vendor/lock.js';
import { VendorResolution } from '../../src/vendor/resolver.js';
import { type PackageTable, TableVendor } from './table-vendor.js';

function vendorSource(name: string, pkg: string, version: string): DeclarationNode {
  return {
    kind: 'vendor_source',
    name,
    id: `//app:${name}`,
    attrs: { vendor: '//:npm', package: pkg, version },
    position: { file: 'app/BUILD.edo', line: 1, col: 1 },
  };
}

describe('VendorResolution through the lock', () => {
  let root: string;
  let vendor: TableVendor;
  const table = (): PackageTable => ({
    'pkg-a': { '1.3.0': { 'pkg-b': '~2.1' } },
    'pkg-b': { '2.1.0': {}, '2.1.3': {}, '2.2.0': {} },
    'pkg-c': { '0.1.0': {} },
  });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'edo-resolver-'));
    vendor = new TableVendor(table());
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  /** One command: open the lock, pin every declaration, save; returns pins and printed changes. */
  async function run(mode: LockMode, declarations: DeclarationNode[], update?: string[]) {
    const lock = await LockFile.open(root, { mode, ...(update && { update }) });
    const resolution = new VendorResolution(lock, declarations, async (label) => ({
      label,
      kind: 'npm',
      vendor,
    }));
    const pins: Record<string, string> = {};
    for (const node of declarations) {
      const pinned = await resolution.pinned(node);
      expect(pinned.kind).toBe('table_package');
      pins[node.name] = pinned.attrs.url as string;
    }
    await lock.save();
    return { pins, changes: lock.describeChanges(), lock };
  }

  test('locks the whole graph, keeps it when upstream moves, updates on request', async () => {
    const deps = [vendorSource('a', 'pkg-a', '^1')];
    const first = await run('build', deps);
    expect(first.pins).toEqual({ a: 'table://pkg-a/1.3.0' });
    expect(first.changes.map((line) => line.replace(/ \(.*\)/, ''))).toEqual([
      'added //:npm#pkg-a 1.3.0',
      'added //:npm#pkg-b 2.1.3',
    ]);

    vendor.table['pkg-a']!['1.4.0'] = { 'pkg-b': '~2.2' };
    vendor.calls = 0;
    expect((await run('build', deps)).pins).toEqual({ a: 'table://pkg-a/1.3.0' });
    expect((await run('locked', deps)).pins).toEqual({ a: 'table://pkg-a/1.3.0' });
    expect(vendor.calls).toBe(0); // the lock answered; no registry round trip

    const update = await run('update', deps);
    expect(update.pins).toEqual({ a: 'table://pkg-a/1.4.0' });
    expect(update.changes.map((line) => line.replace(/ \([^)]*\)/g, ''))).toEqual([
      'updated //:npm#pkg-a 1.3.0 -> 1.4.0',
      'updated //:npm#pkg-b 2.1.3 -> 2.2.0',
    ]);
    expect((await run('locked', deps)).pins).toEqual({ a: 'table://pkg-a/1.4.0' });
  });

  test('update NAMES moves only what it names (and what that forces)', async () => {
    const deps = [vendorSource('a', 'pkg-a', '^1'), vendorSource('c', 'pkg-c', '*')];
    await run('build', deps);
    vendor.table['pkg-c']!['0.2.0'] = {};
    vendor.table['pkg-b']!['2.1.9'] = {};
    const update = await run('update', deps, ['pkg-c']);
    expect(update.changes.map((line) => line.replace(/ \([^)]*\)/g, ''))).toEqual([
      'updated //:npm#pkg-c 0.1.0 -> 0.2.0',
    ]);
    expect(update.lock.unmatchedUpdateNames()).toEqual([]);
  });

  test('a new vendor_source without update makes --locked fail naming it; a build adds only it', async () => {
    await run('build', [vendorSource('a', 'pkg-a', '^1')]);
    const more = [vendorSource('a', 'pkg-a', '^1'), vendorSource('c', 'pkg-c', '^0.1')];
    await expect(run('locked', more)).rejects.toThrow(
      '--locked: edo.lock.json has no entry for //:npm#pkg-c (required by //app:c requires pkg-c@^0.1)',
    );
    const build = await run('build', more);
    expect(build.changes.map((line) => line.replace(/ \(.*\)/, ''))).toEqual(['added //:npm#pkg-c 0.1.0']);
  });

  test('--locked fails naming an entry that no longer satisfies a changed range', async () => {
    await run('build', [vendorSource('a', 'pkg-a', '^1')]);
    await expect(
      run('locked', [vendorSource('a', 'pkg-a', '^1'), vendorSource('b', 'pkg-b', '~2.2')]),
    ).rejects.toThrow(
      /^--locked: edo\.lock\.json entry \/\/:npm#pkg-b \(2\.1\.3 .*\) no longer satisfies its declaration \(required by .*\/\/app:b requires pkg-b@~2\.2/,
    );
  });

  test('an unsatisfiable range prints the conflicting chain', async () => {
    const deps = [vendorSource('a', 'pkg-a', '^1'), vendorSource('b', 'pkg-b', '^3')];
    const error = (await run('build', deps).catch((e: unknown) => e)) as EdoError;
    expect(error).toBeInstanceOf(EdoError);
    expect(error.format()).toContain('//app:a requires pkg-a@^1 → pkg-a@1.3.0 requires pkg-b@~2.1');
    expect(error.format()).toContain('//app:b requires pkg-b@^3');
  });
});
