import { EdoError } from '../../src/model/errors.js';
import { vendorIndex } from '../../src/vendor/resolver.js';
import { ResolutionConflict, type RootRequirement, satisfiesRange, solve } from '../../src/vendor/solver.js';
import { type PackageTable, TableVendor } from './table-vendor.js';

async function solveTable(table: PackageTable, roots: RootRequirement[], preferred?: Record<string, string>) {
  const solution = await solve(roots, vendorIndex(new TableVendor(table)), {
    preferred: (name) => preferred?.[name],
  });
  return Object.fromEntries([...solution.values()].map((p) => [p.name, p.version]));
}

const root = (name: string, range: string, requiredBy = '//app:dep'): RootRequirement => ({
  name,
  range,
  requiredBy,
});

describe('solve', () => {
  const table: PackageTable = {
    'pkg-a': { '1.2.0': { 'pkg-b': '~2.0' }, '1.3.0': { 'pkg-b': '~2.1' }, '2.0.0': { 'pkg-b': '^3' } },
    'pkg-b': { '2.0.5': {}, '2.1.0': {}, '2.1.4': {}, '2.2.0': {}, '3.0.0': {}, '3.1.0-beta.1': {} },
  };

  test('picks the highest compatible version of every package in the graph', async () => {
    expect(await solveTable(table, [root('pkg-a', '^1')])).toEqual({ 'pkg-a': '1.3.0', 'pkg-b': '2.1.4' });
    expect(await solveTable(table, [root('pkg-a', '*')])).toEqual({ 'pkg-a': '2.0.0', 'pkg-b': '3.0.0' });
  });

  test('prefers the locked version while it satisfies, else the highest', async () => {
    expect(await solveTable(table, [root('pkg-a', '^1')], { 'pkg-a': '1.2.0' })).toEqual({
      'pkg-a': '1.2.0',
      'pkg-b': '2.0.5',
    });
    expect(await solveTable(table, [root('pkg-a', '^2')], { 'pkg-a': '1.2.0' })).toEqual({
      'pkg-a': '2.0.0',
      'pkg-b': '3.0.0',
    });
  });

  test('backtracks to an older version when the newest clashes with another requirement', async () => {
    const roots = [root('pkg-a', '^1'), root('pkg-b', '2.0.x', '//app:other')];
    expect(await solveTable(table, roots)).toEqual({ 'pkg-a': '1.2.0', 'pkg-b': '2.0.5' });
    // The clash found after deciding: pkg-b is decided first, pkg-a's newest needs another pkg-b.
    const bFirst = [root('pkg-b', '~2.0', '//app:other'), root('pkg-a', '^1')];
    expect(await solveTable(table, bFirst)).toEqual({ 'pkg-a': '1.2.0', 'pkg-b': '2.0.5' });
  });

  test('an unsatisfiable range explains the clashing requirement chains', async () => {
    const roots = [root('pkg-a', '~1.3'), root('pkg-b', '^3', '//app:other')];
    const error = await solveTable(table, roots).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResolutionConflict);
    const conflict = error as ResolutionConflict;
    expect(conflict.format()).toBe(
      [
        'error: cannot resolve pkg-b: no version satisfies every requirement',
        'requirement chains:',
        '  //app:other requires pkg-b@^3',
        '  //app:dep requires pkg-a@~1.3 → pkg-a@1.3.0 requires pkg-b@~2.1',
        'available versions of pkg-b: 3.1.0-beta.1, 3.0.0, 2.2.0, 2.1.4, 2.1.0, 2.0.5',
      ].join('\n'),
    );
    expect(conflict.conflict.chains).toHaveLength(2);
  });

  test('a missing package and a missing dependency are reported with their chain', async () => {
    await expect(solveTable(table, [root('nope', '^1')])).rejects.toThrow(
      'cannot resolve nope: no versions of it exist',
    );
    const broken: PackageTable = { app: { '1.0.0': { ghost: '^1' } } };
    const error = (await solveTable(broken, [root('app', '1')]).catch((e: unknown) => e)) as EdoError;
    expect(error.format()).toContain('//app:dep requires app@1 → app@1.0.0 requires ghost@^1');
  });

  test('prereleases match only ranges that ask for them; non-semver requests match exactly', async () => {
    expect(await solveTable(table, [root('pkg-b', '^3.1.0-beta.0')])).toEqual({ 'pkg-b': '3.1.0-beta.1' });
    expect(satisfiesRange('3.1.0-beta.1', '^3')).toBe(false);
    expect(satisfiesRange('latest', 'latest')).toBe(true);
    expect(satisfiesRange('bookworm', '^1')).toBe(false);
    const tags: PackageTable = {
      debian: { bookworm: {}, '12.1.0': {}, latest: {}, '12': {}, '12.2': {}, '11': {} },
    };
    expect(await solveTable(tags, [root('debian', 'bookworm')])).toEqual({ debian: 'bookworm' });
    // Short numeric tags are versions: 12.2 is the newest 12.x.
    expect(await solveTable(tags, [root('debian', '^12')])).toEqual({ debian: '12.2' });
    expect(await solveTable(tags, [root('debian', '~12.1')])).toEqual({ debian: '12.1.0' });
    expect(await solveTable(tags, [root('debian', '<12')])).toEqual({ debian: '11' });
  });

  test('is deterministic whatever order the vendor lists versions in', async () => {
    const reversed: PackageTable = Object.fromEntries(
      Object.entries(table).map(([n, vs]) => [n, Object.fromEntries(Object.entries(vs).reverse())]),
    );
    const roots = [root('pkg-a', '^1'), root('pkg-b', '2.0.x', '//app:other')];
    expect(await solveTable(reversed, roots)).toEqual(await solveTable(table, roots));
  });

  test('backjumps over decisions that play no part in a conflict', async () => {
    // a's newest needs an x whose versions all need a missing y; ten independent packages with
    // two versions each are decided in between. Retrying their 1024 combinations cannot help.
    const table: PackageTable = {
      a: { '2.0.0': { x: '^2' }, '1.0.0': { x: '^1' } },
      x: { '2.0.0': { y: '^5' }, '2.1.0': { y: '^5' }, '1.0.0': {} },
      y: { '1.0.0': {} },
    };
    const roots = [root('a', '*')];
    for (let i = 0; i < 10; i++) {
      table[`b${i}`] = { '1.0.0': {}, '1.1.0': {} };
      roots.push(root(`b${i}`, '^1'));
    }
    roots.push(root('x', '*'));
    const solution = await solve(roots, vendorIndex(new TableVendor(table)), { maxSteps: 40 });
    expect(solution.get('a')?.version).toBe('1.0.0');
    expect(solution.get('x')?.version).toBe('1.0.0');
    expect(solution.get('b9')?.version).toBe('1.1.0');
  });

  test('gives up after the step budget instead of searching forever', async () => {
    // Every version of x needs a y that does not exist: 200 candidates, each a dead end.
    const hopeless: PackageTable = {
      x: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`1.0.${i}`, { y: '^9' }])),
      y: { '1.0.0': {} },
    };
    const index = vendorIndex(new TableVendor(hopeless));
    await expect(solve([root('x', '^1')], index, { maxSteps: 50 })).rejects.toThrow(/gave up after 50 steps/);
    await expect(solve([root('x', '^1')], index)).rejects.toThrow(/cannot resolve y/);
  });
});
