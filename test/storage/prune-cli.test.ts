import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalStore } from '../../src/storage/local-store.js';
import { MediaType } from '../../src/storage/oci.js';
import { runCli } from '../helpers/cli.js';
import { artifactOf, testId, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();

/** A workspace whose store has one kept artifact and one deleted artifact with a 4096-byte layer. */
async function workspaceWithGarbage() {
  const root = await tempDir('prune-cli');
  await writeFile(join(root, 'WORKSPACE.edo'), '');
  const store = await LocalStore.open(join(root, '.edo/store'));
  const layerOf = async (fill: number) => {
    const writer = await store.startLayer();
    await pipeline(Readable.from([Buffer.alloc(4096, fill)]), writer);
    return store.finishLayer(MediaType.layerTar, undefined, writer);
  };
  await store.save(artifactOf(testId('kept'), [await layerOf(1)]));
  const dropped = testId('dropped');
  await store.save(artifactOf(dropped, [await layerOf(2)]));
  await store.del(dropped);
  return { root, store };
}

describe('edo prune', () => {
  const saved = process.env.EDO_STORE;
  beforeAll(() => delete process.env.EDO_STORE);
  afterAll(() => {
    if (saved !== undefined) process.env.EDO_STORE = saved;
  });

  test('--dry-run reports the garbage and removes nothing', async () => {
    const { root, store } = await workspaceWithGarbage();
    const before = (await readdir(store.blobsDir)).sort();
    const result = await runCli(['prune', '--dry-run', '--grace', '0'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // The dropped artifact's manifest, config and layer: 4096 bytes plus two small JSON blobs.
    expect(result.stdout).toMatch(
      /^would remove 3 blobs and 0 temp files, freeing 4\.\d KiB \(\d+ bytes\); kept 3 blobs\n$/,
    );
    expect((await readdir(store.blobsDir)).sort()).toEqual(before);
  });

  test('removes unreferenced blobs and reports the bytes freed; the store stays valid', async () => {
    const { root, store } = await workspaceWithGarbage();
    const result = await runCli(['prune', '--grace', '0'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^removed 3 blobs and 0 temp files, freed 4\.\d KiB/);
    expect(await readdir(store.blobsDir)).toHaveLength(3);
    expect((await store.verify()).problems).toEqual([]);
    expect(await store.has(testId('kept'))).toBe(true);
  });

  test('the default grace period keeps fresh blobs', async () => {
    const { root } = await workspaceWithGarbage();
    const result = await runCli(['prune'], root);
    expect(result.stdout).toBe(
      'removed 0 blobs and 0 temp files, freed 0 bytes; kept 6 blobs (3 of them unreferenced but newer ' +
        'than the grace period of 600 s, for builds in other processes; --grace 0 removes them when no ' +
        'other edo uses this store)\n',
    );
  });

  test('--keep-newest drops older builds of a target and their blobs; --dry-run only reports it', async () => {
    const root = await tempDir('prune-newest');
    await writeFile(join(root, 'WORKSPACE.edo'), '');
    for (const output of ['one', 'two']) {
      await writeFile(
        join(root, 'BUILD.edo'),
        `script(name = "a", commands = ["echo ${output} > $OUT/v"])\n`,
      );
      expect((await runCli(['build'], root)).code).toBe(0);
    }
    const store = await LocalStore.open(join(root, '.edo/store'));
    expect(await store.ls()).toHaveLength(2);
    const blobs = (await readdir(store.blobsDir)).sort();

    const dry = await runCli(['prune', '--keep-newest', '--dry-run', '--grace', '0'], root);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    // The older build's manifest, config and layer.
    expect(dry.stdout).toMatch(/^would drop 1 older artifact\nwould remove 3 blobs and 0 temp files/);
    expect((await readdir(store.blobsDir)).sort()).toEqual(blobs);
    expect(await store.ls()).toHaveLength(2);

    const result = await runCli(['prune', '--keep-newest', '--grace', '0'], root);
    expect(result.stdout).toMatch(/^dropped 1 older artifact\nremoved 3 blobs and 0 temp files/);
    expect(await store.ls()).toHaveLength(1);
    // What stays is the build of the current BUILD.edo: a build now is a cache hit.
    expect((await runCli(['build', '--json'], root)).stdout).toContain('"cached":true');
    expect((await store.verify()).problems).toEqual([]);
  });

  test('a damaged index.json is reported once, saying which file and what to do', async () => {
    const root = await tempDir('prune-index');
    await writeFile(join(root, 'WORKSPACE.edo'), '');
    await writeFile(join(root, 'BUILD.edo'), 'script(name = "a", commands = ["echo a > $OUT/v"])\n');
    expect((await runCli(['build'], root)).code).toBe(0);
    const index = join(root, '.edo/store/index.json');
    for (const [text, what] of [
      ['{"schemaVersion":2,"mani', 'is not valid JSON'],
      ['', 'is not valid JSON'],
      ['null', 'is not an OCI image index'],
    ]) {
      await writeFile(index, text);
      const build = await runCli(['build'], root);
      expect(build.code).toBe(1);
      const message =
        `${index} ${what}: the store's index is damaged. Remove that file to start an empty index ` +
        '(every target then builds again, and `edo prune` frees the blobs no artifact uses any more)';
      expect(build.stderr).toContain(`error: ${message}\n`);
      expect(build.stderr.split(index)).toHaveLength(2);
      expect(build.stderr).not.toContain('could not compact');
    }
    // As the message says: the target builds again.
    await rm(index);
    const again = await runCli(['build'], root);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stderr).toContain('1 built');
    expect((await (await LocalStore.open(join(root, '.edo/store'))).verify()).problems).toEqual([]);
  });

  test('a bad --grace is a usage error', async () => {
    const { root } = await workspaceWithGarbage();
    const result = await runCli(['prune', '--grace', 'soon'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a number of seconds');
  });
});
