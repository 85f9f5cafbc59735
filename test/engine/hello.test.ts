import { existsSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, copyExample, removeWorkspace } from './helpers.js';

describe('examples/hello', () => {
  let root: string;
  beforeAll(() => {
    root = copyExample('hello');
  });
  afterAll(() => removeWorkspace(root));

  it('builds, then reports every target cached', async () => {
    const first = await runCli(['-C', root, 'build', '//...'], process.cwd());
    expect(first.stderr).toContain('4 built');
    expect(first.code).toBe(0);
    const second = await buildJson(root, ['//...']);
    expect(second.result.code).toBe(0);
    expect(builtLabels(second.targets)).toEqual([]);
    expect(second.targets.size).toBe(4);
  });

  it('prints one JSON object per target with the documented fields, then a summary', async () => {
    const { result, targets, summary } = await buildJson(root);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const target of targets.values()) {
      expect(Object.keys(target).sort()).toEqual([
        'cached',
        'digest',
        'duration_ms',
        'id',
        'label',
        'status',
      ]);
      expect(target.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(target.status).toBe('success');
    }
    expect([...targets.keys()].sort()).toEqual(['//:greeting', '//:hello', '//:launcher', '//:src']);
    expect(summary).not.toHaveProperty('label');
    expect(summary).toMatchObject({ status: 'success', targets: 4, cached: 4, built: 0 });
  });

  it('rebuilds nothing when a source is touched without changing its bytes', async () => {
    const file = join(root, 'src', '1-hello.txt');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual([]);
  });

  it('rebuilds nothing when only a comment of a build file changes', async () => {
    const build = join(root, 'BUILD.edo');
    writeFileSync(
      build,
      '# a new comment\n' + readFileSync(build, 'utf8').replace('# Each dependency', '# Every dependency'),
    );
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual([]);
  });

  it('rebuilds exactly the dependents of a changed source file', async () => {
    writeFileSync(join(root, 'src', '1-hello.txt'), 'Hallo,\n');
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual(['//:greeting', '//:hello', '//:src']);
  });

  it('checks out the composed artifact with both parts', async () => {
    const out = join(root, 'out');
    const r = await runCli(['checkout', '//:hello', out], root);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'share', 'greeting.txt'), 'utf8')).toBe('Hallo,\nworld!\n');
    expect(readFileSync(join(out, 'bin', 'hello'), 'utf8')).toContain('greeting.txt');
    const again = await runCli(['checkout', '//:hello', out], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not empty');
    expect((await runCli(['checkout', '--force', '//:hello', out], root)).code).toBe(0);
  });

  it('refuses to check out over the workspace, its parent or the store, even with --force', async () => {
    symlinkSync('..', join(root, 'src', 'up'));
    for (const [dir, message] of [
      ['.', `. holds the workspace (${root})`],
      ['..', `.. holds the workspace (${root})`],
      ['src/up', `src/up holds the workspace (${root})`],
      ['.edo', `.edo holds edo's store (${join(root, '.edo', 'store')})`],
      ['.edo/store/blobs', `.edo/store/blobs is inside edo's own files (${join(root, '.edo')})`],
    ]) {
      const r = await runCli(['checkout', '--force', '//:hello', dir!], root);
      expect(r.stderr).toBe(`error: ${message!}: check out elsewhere\n`);
      expect(r.code).toBe(2);
    }
    expect(existsSync(join(root, 'BUILD.edo'))).toBe(true);
  });

  it('takes one value per --arg, so targets may follow it', async () => {
    const listed = await runCli(['list', '--arg', 'A=1', '--arg', 'B=2', '//:hello'], root);
    expect(listed).toMatchObject({ code: 0, stdout: '//:hello\n' });
    expect(await runCli(['list', '--arg', 'A', '//:hello'], root)).toMatchObject({
      code: 2,
      stderr: 'error: --arg A: expected KEY=VALUE\n',
    });
  });

  it('shows the log of a target that ran, and none for a target never run here', async () => {
    const log = await runCli(['log', '//:greeting'], root);
    expect(log.code).toBe(0);
    const missing = await runCli(['log', '//:nosuch'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such target //:nosuch');
  });
});
