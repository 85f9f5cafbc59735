import { createReadStream, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { idFromString } from '../../src/model/id-format.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { join } from 'node:path';
import * as tar from 'tar-stream';
import { runCli } from '../helpers/cli.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from './helpers.js';

async function tarNames(file: string): Promise<string[]> {
  const names: string[] = [];
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    names.push(header.name);
    body.on('end', next);
    body.resume();
  });
  await new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
    createReadStream(file).pipe(extract);
  });
  return names;
}

describe('fetch, export, clean', () => {
  let root: string;
  beforeEach(() => {
    root = makeWorkspace({
      'BUILD.edo': `
local_source(name = "files", srcs = ["a.txt"])
script(name = "rootfs", deps = [":files"], commands = ["mkdir -p $OUT/etc", "cp files/a.txt $OUT/etc/"])
`,
      'a.txt': 'a\n',
    });
  });
  afterEach(() => removeWorkspace(root));

  it('fetch gets the sources and builds nothing else', async () => {
    const r = await runCli(['fetch', '--json'], root);
    expect(r.code).toBe(0);
    const labels = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { label?: string })
      .filter((l) => l.label)
      .map((l) => l.label);
    expect(labels).toEqual(['//:files']);
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual(['//:rootfs']);
  });

  it('prune drops an artifact whose blob went missing, so its target builds again', async () => {
    const first = await buildJson(root);
    expect(first.result.code).toBe(0);
    // The layer of //:files, the only blob its artifact has that //:rootfs does not share.
    const store = await LocalStore.open(join(root, '.edo', 'store'));
    const files = await store.open(idFromString(first.targets.get('//:files')!.id));
    rmSync(join(root, '.edo', 'store', 'blobs', 'sha256', files.layers[0]!.digest.slice('sha256:'.length)));
    // A changed //:rootfs stages //:files, cached but broken.
    const build = readFileSync(join(root, 'BUILD.edo'), 'utf8');
    writeFileSync(join(root, 'BUILD.edo'), build.replace('"mkdir -p $OUT/etc"', '"mkdir -p $OUT/etc/x"'));
    const broken = await runCli(['build'], root);
    expect(broken.stderr).toContain('is missing from the store (edo prune drops the artifacts that need it');
    expect(broken.code).toBe(1);
    const pruned = await runCli(['prune'], root);
    expect(pruned.stdout).toContain(
      `dropped 1 artifact whose blobs are missing or corrupt (their targets build again): ${first.targets.get('//:files')!.id}\n`,
    );
    const again = await buildJson(root);
    expect(again.result.code).toBe(0);
    expect(builtLabels(again.targets)).toEqual(['//:files', '//:rootfs']);
  });

  it('a blob whose bytes changed but not its size is repaired: prune drops its artifact, which builds again', async () => {
    const first = await buildJson(root);
    expect(first.result.code).toBe(0);
    const filesId = first.targets.get('//:files')!.id;
    const store = await LocalStore.open(join(root, '.edo', 'store'));
    const blobOf = async () =>
      join(
        store.blobsDir,
        (await store.open(idFromString(filesId))).layers[0]!.digest.slice('sha256:'.length),
      );
    const flipByte = (path: string) => {
      const bytes = readFileSync(path);
      bytes[600]! ^= 1;
      writeFileSync(path, bytes);
    };
    const build = readFileSync(join(root, 'BUILD.edo'), 'utf8');
    // A changed //:rootfs stages //:files, cached but corrupt: the build says what to do.
    flipByte(await blobOf());
    writeFileSync(join(root, 'BUILD.edo'), build.replace('"mkdir -p $OUT/etc"', '"mkdir -p $OUT/etc/x"'));
    const broken = await runCli(['build'], root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('is corrupt: its content hashes to');
    expect(broken.stderr).toContain('`edo prune` drops the artifacts that need it');
    const pruned = await runCli(['prune'], root);
    expect(pruned.stdout).toContain(
      `dropped 1 artifact whose blobs are missing or corrupt (their targets build again): ${filesId}\n`,
    );
    expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:files', '//:rootfs']);
    // Corrupt again and found by prune alone (no build read it), with the default grace period.
    flipByte(await blobOf());
    expect((await runCli(['prune'], root)).stdout).toContain(
      `dropped 1 artifact whose blobs are missing or corrupt`,
    );
    expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:files']);
    expect(builtLabels((await buildJson(root)).targets)).toEqual([]);
    expect((await store.verify()).problems).toEqual([]);
  });

  it('an artifact with a corrupt manifest, dropped by prune, is rebuilt for good', async () => {
    const first = await buildJson(root);
    const filesId = first.targets.get('//:files')!.id;
    const store = await LocalStore.open(join(root, '.edo', 'store'));
    const manifest = join(
      store.blobsDir,
      store.manifestOf(idFromString(filesId))!.digest.slice('sha256:'.length),
    );
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"schemaVersion":2', '"schemaVersion":3'));
    expect((await runCli(['prune'], root)).stdout).toContain(
      `missing or corrupt (their targets build again): ${filesId}`,
    );
    expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:files']);
    // The rebuild wrote the manifest again rather than pointing at the corrupt file: nothing is dropped.
    expect((await runCli(['prune'], root)).stdout).not.toContain('dropped');
    expect(builtLabels((await buildJson(root)).targets)).toEqual([]);
  });

  it('exports a target as an OCI image tar', async () => {
    const file = join(root, 'image.tar');
    const r = await runCli(['export', '--format', 'oci', '-o', file, '//:rootfs'], root);
    expect(r.code).toBe(0);
    const names = await tarNames(file);
    expect(names).toEqual(expect.arrayContaining(['oci-layout', 'index.json']));
    expect(names.some((n) => n.startsWith('blobs/sha256/'))).toBe(true);
  });

  it('export refuses an output it cannot write before building, and leaves nothing when the build fails', async () => {
    const refused = await runCli(['export', '--format', 'oci', '-o', 'a.txt/image.tar', '//:rootfs'], root);
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'error: --output a.txt/image.tar: cannot write there (ENOTDIR)\n',
    });
    writeFileSync(join(root, 'BUILD.edo'), 'script(name = "broken", commands = ["exit 1"])\n');
    const failed = await runCli(['export', '--format', 'oci', '-o', 'image.tar', '//:broken'], root);
    expect(failed.code).toBe(1);
    expect(readdirSync(root).filter((name) => name.includes('image.tar'))).toEqual([]);
  });

  it('checkout refuses, before building, a DIR that is a file or lies under one', async () => {
    for (const [dir, message] of [
      ['a.txt', 'error: a.txt exists and is not a directory\n'],
      ['a.txt/out', `error: a.txt/out: ${join(root, 'a.txt')} is not a directory\n`],
    ]) {
      const r = await runCli(['checkout', '//:rootfs', dir], root);
      expect(r).toMatchObject({ code: 2, stderr: message });
    }
    expect(builtLabels((await buildJson(root)).targets)).toEqual(['//:files', '//:rootfs']);
  });

  it('commands of one target say what a pattern matched, and that ":all" is every target', async () => {
    for (const command of [
      ['checkout', ':all', 'out'],
      ['export', ':all', '--format', 'oci', '--output', 'image.tar'],
      ['log', ':all'],
    ]) {
      const r = await runCli(command, root);
      expect(r).toMatchObject({
        code: 2,
        stderr: `error: ${command[0]} takes one target, but :all matches 2: //:files, //:rootfs; ":all" means every target of its package\n`,
      });
    }
    // A pattern that matches one target names it.
    const r = await runCli(['checkout', ':f*', 'out'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('//:files checked out in out');
  });

  it('clean removes the state directory, and the next build starts over', async () => {
    expect((await buildJson(root)).result.code).toBe(0);
    expect((await runCli(['clean'], root)).code).toBe(0);
    const { targets } = await buildJson(root);
    expect(builtLabels(targets)).toEqual(['//:files', '//:rootfs']);
  });
});

describe('diagnostics', () => {
  it('warn when a build has no target to build, which still succeeds', async () => {
    const root = makeWorkspace({ 'BUILD.edo': '# nothing yet\n' });
    try {
      const r = await runCli(['build'], root);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /^edo: warning: \/\/\.\.\. matches no target \(no BUILD\.edo under \S+ declares one\)\n/,
      );
    } finally {
      removeWorkspace(root);
    }
  });

  it("go to the command's own stderr: build files' print()", async () => {
    const root = makeWorkspace({
      'BUILD.edo': `
print("evaluating", package_name() or "the root")
script(name = "noop", commands = ["true"])
`,
    });
    try {
      const result = await runCli(['list'], root);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('evaluating the root');
      expect(result.stdout).not.toContain('evaluating');
    } finally {
      removeWorkspace(root);
    }
  });
});
