import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { describeWithDocker, requireTestImage, TEST_IMAGE } from '../helpers/docker.js';
import { type LocalOciRegistry, startOciRegistry } from './oci-registry.js';
import { type LocalNpmRegistry, startNpmRegistry } from './npm-registry.js';

/**
 * The acceptance scenario through the `edo` CLI: a workspace depending on pkg-a@^1 (which
 * needs pkg-b@~2.1) from a local npm registry, plus a git_source following a branch.
 */
describe('vendored builds end to end', () => {
  let registry: LocalNpmRegistry;
  let workspace: string;
  let repo: string;

  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    }).trim();

  async function commitVersion(text: string): Promise<string> {
    await writeFile(join(repo, 'VERSION'), text);
    git('add', 'VERSION');
    git('commit', '-q', '-m', text);
    return git('rev-parse', 'HEAD');
  }

  async function writeBuild(extra = ''): Promise<void> {
    await writeFile(
      join(workspace, 'BUILD.edo'),
      [
        'vendor_source(name = "a", vendor = "npm", package = "pkg-a", version = "^1")',
        `git_source(name = "g", url = ${JSON.stringify(repo)}, ref = "main")`,
        'script(name = "app", deps = [":a", ":g"], commands = ["cat a/index.js g/VERSION > $OUT/out.txt"])',
        extra,
        '',
      ].join('\n'),
    );
  }

  async function built(): Promise<string> {
    const out = join(workspace, 'out');
    await rm(out, { recursive: true, force: true });
    const result = await runCli(['checkout', '//:app', out], workspace);
    expect(result).toMatchObject({ code: 0 });
    return readFile(join(out, 'out.txt'), 'utf8');
  }

  const lockEntries = async () =>
    JSON.parse(await readFile(join(workspace, 'edo.lock.json'), 'utf8')).entries as Record<
      string,
      { version?: string; digest: string }
    >;

  beforeAll(async () => {
    registry = await startNpmRegistry();
    await registry.publish('pkg-b', '2.1.0');
    await registry.publish('pkg-b', '2.2.0');
    await registry.publish('pkg-a', '1.3.0', { 'pkg-b': '~2.1' }, { 'index.js': 'a 1.3.0\n' });
    await registry.publish('pkg-c', '0.1.0');
  });
  afterAll(() => registry.close());
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'edo-vendored-'));
    repo = await mkdtemp(join(tmpdir(), 'edo-upstream-'));
    git('init', '-q', '-b', 'main');
    await writeFile(
      join(workspace, 'WORKSPACE.edo'),
      `vendor(name = "npm", kind = "npm", registry = "${registry.url}")\n`,
    );
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
    await rm(repo, { recursive: true, force: true });
  });

  test('locks, builds, stays locked when upstream moves, updates on request, refuses new entries under --locked', async () => {
    const first = await commitVersion('v1\n');
    await writeBuild();

    const build = await runCli(['build'], workspace);
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(/edo\.lock\.json: added npm#pkg-a 1\.3\.0 \(sha512-/);
    expect(build.stderr).toMatch(/edo\.lock\.json: added npm#pkg-b 2\.1\.0 \(sha512-/);
    expect(build.stderr).toContain(`edo.lock.json: added //:g ${first.slice(0, 19)}…`);
    expect(await built()).toBe('a 1.3.0\nv1\n');
    expect(await lockEntries()).toMatchObject({
      'npm#pkg-a': { version: '1.3.0' },
      '//:g': { digest: first },
    });

    // Upstream moves on: a new pkg-a and a new commit on main. The lock does not.
    await registry.publish('pkg-a', '1.4.0', { 'pkg-b': '~2.1' }, { 'index.js': 'a 1.4.0\n' });
    const second = await commitVersion('v2\n');
    const lockBefore = await readFile(join(workspace, 'edo.lock.json'), 'utf8');
    expect(await runCli(['build', '--locked'], workspace)).toMatchObject({ code: 0 });
    expect(await runCli(['build'], workspace)).toMatchObject({
      code: 0,
      stderr: expect.not.stringContaining('edo.lock.json:'),
    });
    expect(await readFile(join(workspace, 'edo.lock.json'), 'utf8')).toBe(lockBefore);
    expect(await built()).toBe('a 1.3.0\nv1\n');

    // edo update moves both and prints each change.
    const update = await runCli(['update'], workspace);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/^updated npm#pkg-a 1\.3\.0 \(sha512-.*\) -> 1\.4\.0 \(sha512-/m);
    expect(update.stdout).toContain(`updated //:g ${first.slice(0, 19)}… -> ${second.slice(0, 19)}…`);
    expect(await runCli(['build', '--locked'], workspace)).toMatchObject({ code: 0 });
    expect(await built()).toBe('a 1.4.0\nv2\n');
    expect(await runCli(['update', 'pkg-a'], workspace)).toMatchObject({
      code: 0,
      stdout: 'edo.lock.json is up to date\n',
    });
    const typo = await runCli(['update', 'pkg-z'], workspace);
    expect(typo).toMatchObject({ code: 2 });
    expect(typo.stderr).toContain('nothing in edo.lock.json or the build files is named pkg-z');
    expect(await runCli(['update', '//:app'], workspace)).toMatchObject({
      code: 2,
      stderr:
        'error: edo update: //:app (script) pins nothing: edo.lock.json holds git refs, image tags, vendor packages and plugins\n',
    });

    // A new vendor_source without updating: --locked fails naming it and writes nothing.
    await writeBuild('vendor_source(name = "c", vendor = "npm", package = "pkg-c", version = "^0.1")');
    const locked = await runCli(['build', '--locked'], workspace);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain('--locked: edo.lock.json has no entry for npm#pkg-c');
    expect(await lockEntries()).not.toHaveProperty('npm#pkg-c');
    // A range the lock cannot satisfy: the versions shown are the lock's, which is all --locked reads.
    await writeBuild('vendor_source(name = "a2", vendor = "npm", package = "pkg-a", version = "^9")');
    const stale = await runCli(['build', '--locked'], workspace);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain('versions of pkg-a in edo.lock.json (--locked asks no registry): 1.4.0');
  });

  test('an unsatisfiable range prints the conflicting chain', async () => {
    await commitVersion('v1\n');
    await writeBuild('vendor_source(name = "b", vendor = "npm", package = "pkg-b", version = "^3")');
    const result = await runCli(['build'], workspace);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot resolve pkg-b: no version satisfies every requirement');
    // (1.4.0 when the other test published it first: both need pkg-b@~2.1.)
    expect(result.stderr).toMatch(/\/\/:a requires pkg-a@\^1 → pkg-a@1\.[34]\.0 requires pkg-b@~2\.1/);
    expect(result.stderr).toContain('//:b requires pkg-b@^3');
  });
});

await describeWithDocker('images end to end', (docker) => {
  let registry: LocalOciRegistry;
  let workspace: string;

  beforeAll(async () => {
    await requireTestImage(docker);
    registry = await startOciRegistry();
    await registry.pushFromDocker(TEST_IMAGE, 'busybox:latest');
  }, 120_000);
  afterAll(() => registry?.close());
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'edo-images-'));
    await writeFile(join(workspace, 'WORKSPACE.edo'), '');
    await writeFile(
      join(workspace, 'BUILD.edo'),
      `image(name = "base", ref = "${registry.host}/busybox:latest")\n`,
    );
  });
  afterEach(() => rm(workspace, { recursive: true, force: true }));

  test('an image pulled by tag is pinned to its digest; a tampered blob is refused naming it', async () => {
    const build = await runCli(['build'], workspace);
    expect(build.code).toBe(0);
    const entry = JSON.parse(await readFile(join(workspace, 'edo.lock.json'), 'utf8')).entries['//:base'];
    expect(entry).toMatchObject({
      kind: 'image',
      version: 'latest',
      source: `${registry.host}/busybox:latest`,
    });
    expect(build.stderr).toContain(`edo.lock.json: added //:base latest (${entry.digest.slice(0, 19)}…)`);

    const manifest = JSON.parse(await readFile(registry.blobPath(entry.digest), 'utf8'));
    const layer = manifest.layers[0].digest as string;
    const blob = await readFile(registry.blobPath(layer));
    blob[blob.length >> 1]! ^= 0xff;
    await writeFile(registry.blobPath(layer), blob);
    await rm(join(workspace, '.edo'), { recursive: true, force: true });
    const tampered = await runCli(['build', '--locked'], workspace);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(`blob ${layer} is corrupt`);
  });
});
