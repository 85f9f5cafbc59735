import { existsSync } from 'node:fs';
import { appendFile, copyFile, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idToString } from '../../src/model/id-format.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { CacheManager } from '../../src/storage/manager.js';
import { Annotation } from '../../src/storage/oci.js';
import type { CompactionPolicy } from '../../src/storage/store-index.js';
import { buildJson, builtLabels, makeWorkspace, removeWorkspace } from '../engine/helpers.js';
import { artifactOf, testId, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
/** Journals as soon as index.json holds more than 4 times the journal's bytes. */
const JOURNALING: CompactionPolicy = { smallIndexBytes: 0, journalRatio: 4 };

const idOf = (i: number) => testId(`artifact-${i}`);

async function journalingStore(count: number): Promise<LocalStore> {
  const store = await LocalStore.open(join(await tempDir(), 'store'), JOURNALING);
  for (let i = 0; i < count; i++) await store.save(artifactOf(idOf(i)));
  return store;
}

async function indexIds(store: LocalStore): Promise<string[]> {
  const index = JSON.parse(await readFile(store.indexPath, 'utf8')) as {
    manifests: { annotations?: Record<string, string> }[];
  };
  return index.manifests.map((entry) => entry.annotations?.[Annotation.id] ?? '(foreign)');
}

const journalOf = (store: LocalStore) => join(store.root, 'index.journal');
const sortedIds = async (store: LocalStore) => (await store.ls()).map(idToString).sort();
const expectedIds = (count: number) => Array.from({ length: count }, (_, i) => idToString(idOf(i))).sort();

describe('the local store index journal', () => {
  test('a large index takes saves as journal records and is rewritten when the journal reaches its share', async () => {
    const store = await journalingStore(40);
    const journal = await readFile(journalOf(store), 'utf8');
    const listed = await indexIds(store);
    // Some saves went to the journal, and index.json was rewritten on the way (not once per save).
    expect(journal.trim().split('\n').length).toBeGreaterThan(0);
    expect(listed.length).toBeGreaterThan(4);
    expect(listed.length + journal.trim().split('\n').length).toBe(40);
    expect(Buffer.byteLength(journal) * JOURNALING.journalRatio).toBeLessThan(
      (await readFile(store.indexPath)).length,
    );
    // Another store on the directory (another process) sees every artifact.
    const other = await LocalStore.open(store.root);
    expect(await sortedIds(other)).toEqual(expectedIds(40));
    expect((await other.open(idOf(39))).config.id).toEqual(idOf(39));

    await store.compact();
    expect(existsSync(journalOf(store))).toBe(false);
    expect((await indexIds(store)).sort()).toEqual(expectedIds(40));
    expect((await store.verify()).problems).toEqual([]);
  });

  test("another store's records and deletions are seen at once, through the journal", async () => {
    const first = await journalingStore(20);
    const second = await LocalStore.open(first.root, JOURNALING);
    expect(await second.has(idOf(20))).toBe(false);
    await first.save(artifactOf(idOf(20)));
    expect(await second.has(idOf(20))).toBe(true);
    await second.del(idOf(3));
    expect(await readFile(journalOf(first), 'utf8')).toContain(`{"del":"${idToString(idOf(3))}"}`);
    expect(await first.has(idOf(3))).toBe(false);
    // prune: a deletion plan that reads the entries, then garbage collection.
    await second.prune(idOf(20));
    expect(await first.has(idOf(20))).toBe(true);
    expect(await sortedIds(first)).toEqual(expectedIds(21).filter((id) => id !== idToString(idOf(3))));
  });

  test('reads while saves are in flight never lose a saved artifact', async () => {
    const store = await journalingStore(8);
    let saving = true;
    // A miss re-reads the index files: this keeps readers busy while appends are in flight.
    const reader = (async () => {
      while (saving) {
        await new Promise((resolve) => setImmediate(resolve));
        await store.has(testId('never-saved'));
      }
    })();
    try {
      for (let i = 8; i < 200; i += 2) {
        await Promise.all([store.save(artifactOf(idOf(i))), store.save(artifactOf(idOf(i + 1)))]);
        for (let j = 0; j <= i + 1; j += 7) expect(await store.has(idOf(j))).toBe(true);
      }
    } finally {
      saving = false;
      await reader;
    }
    expect(await sortedIds(store)).toEqual(expectedIds(200));
  });

  test('garbage collection first writes the journal into index.json, which then names no removed blob', async () => {
    const store = await journalingStore(20);
    await store.del(idOf(3));
    expect(await indexIds(store)).toContain(idToString(idOf(3)));
    await store.gc({ dryRun: true, graceMs: 0 });
    expect(existsSync(journalOf(store))).toBe(true);
    await store.gc({ graceMs: 0 });
    expect(existsSync(journalOf(store))).toBe(false);
    expect((await indexIds(store)).sort()).toEqual(
      expectedIds(20).filter((id) => id !== idToString(idOf(3))),
    );
    expect((await store.verify()).problems).toEqual([]);
  });

  test('a record cut short by a crash is never applied, and the next save replaces it', async () => {
    const store = await journalingStore(20);
    const before = await sortedIds(store);
    await appendFile(
      journalOf(store),
      '{"set":{"mediaType":"application/vnd.oci.image.manifest.v1+json","dig',
    );
    const reopened = await LocalStore.open(store.root, JOURNALING);
    expect(await sortedIds(reopened)).toEqual(before);
    await reopened.save(artifactOf(idOf(20)));
    const lines = (await readFile(journalOf(store), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();
    expect(await sortedIds(await LocalStore.open(store.root))).toEqual(expectedIds(21));
  });

  test('a journal left beside the index that holds it (a crash while compacting) changes nothing', async () => {
    const store = await journalingStore(30);
    const kept = join(store.root, 'ingest', 'journal-copy');
    await copyFile(journalOf(store), kept);
    await store.compact();
    await copyFile(kept, journalOf(store));
    expect(await sortedIds(await LocalStore.open(store.root))).toEqual(expectedIds(30));
  });

  test("a journal made anew is read from its start, even when it reuses the old one's inode", async () => {
    const store = await journalingStore(20);
    const reader = await LocalStore.open(store.root, JOURNALING);
    expect(await sortedIds(reader)).toEqual(expectedIds(20));
    const journal = await readFile(journalOf(store), 'utf8');
    // Another journal (file systems hand a removed file's inode to the next file at once): records
    // of other artifacts, longer than the old journal, with lines that do not start where the old
    // journal ended.
    const template = JSON.parse(journal.split('\n')[0]!) as { set: { annotations: Record<string, string> } };
    const renamed = (i: number) => {
      template.set.annotations[Annotation.id] = idToString(testId(`renamed-${'x'.repeat(i)}`));
      return JSON.stringify(template) + '\n';
    };
    const lines = Array.from({ length: 8 }, (_, i) => renamed(i + 1));
    expect(lines.join('').length).toBeGreaterThan(journal.length);
    await unlink(journalOf(store));
    await writeFile(journalOf(store), lines.join(''));
    const packed = (await indexIds(store)).sort();
    const renamedIds = lines.map((_, i) => idToString(testId(`renamed-${'x'.repeat(i + 1)}`)));
    expect(await reader.has(testId('renamed-x'))).toBe(true);
    expect(await sortedIds(reader)).toEqual([...packed, ...renamedIds].sort());
  });

  test('a damaged record is reported by verify and by a command, with where it is and what to do', async () => {
    const root = makeWorkspace({
      'WORKSPACE.edo': '',
      'BUILD.edo': 'script(name = "out", commands = ["echo hi > $OUT/v"])\n',
    });
    try {
      const store = await LocalStore.open(join(root, '.edo', 'store'), JOURNALING);
      for (let i = 0; i < 20; i++) await store.save(artifactOf(idOf(i)));
      const damagedAt = (await readFile(journalOf(store))).length;
      await appendFile(journalOf(store), 'not json\n');
      const problem = `${journalOf(store)}: the record at byte ${damagedAt} is damaged`;
      const report = await (await LocalStore.open(store.root)).verify();
      expect(report.problems).toEqual([expect.stringContaining(problem)]);
      const { result } = await buildJson(root);
      expect(result.code).not.toBe(0);
      expect(result.stderr.split(problem)).toHaveLength(2);
      expect(result.stderr).toContain('Removing the file drops the artifacts saved since');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      removeWorkspace(root);
    }
  });

  test('a compaction that fails is a warning: the records stay in the journal and nothing is lost', async () => {
    const store = await journalingStore(20);
    const warnings: string[] = [];
    const manager = new CacheManager({
      buildCache: store,
      remoteCaches: [],
      writeBack: false,
      warn: (message) => warnings.push(message),
    });
    // Where index.json's replacement is written: a file in the way makes the rewrite fail.
    await rm(store.ingestDir, { recursive: true });
    await writeFile(store.ingestDir, 'in the way');
    await manager.compact();
    expect(warnings).toEqual([expect.stringMatching(/^could not compact a store's index: /)]);
    expect(existsSync(journalOf(store))).toBe(true);
    expect(await sortedIds(store)).toEqual(expectedIds(20));
    // An update that cannot even take the lock fails (rather than waiting for ever).
    await expect(store.del(idOf(1))).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/);
    expect(await sortedIds(store)).toEqual(expectedIds(20));
  });

  test('entries that other OCI tools added to index.json are kept when Edo rewrites it', async () => {
    const store = await LocalStore.open(join(await tempDir(), 'store'));
    const index = JSON.parse(await readFile(store.indexPath, 'utf8')) as { manifests: object[] };
    const foreign = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: 'sha256:' + 'f'.repeat(64),
      size: 1,
      annotations: { [Annotation.refName]: 'from-skopeo' },
    };
    index.manifests.push(foreign);
    await writeFile(store.indexPath, JSON.stringify(index));
    await store.save(artifactOf(idOf(1)));
    await store.del(idOf(1));
    const manifests = (JSON.parse(await readFile(store.indexPath, 'utf8')) as { manifests: object[] })
      .manifests;
    expect(manifests).toEqual([foreign]);
  });

  test('a command compacts the workspace store, so index.json lists all artifacts', async () => {
    const root = makeWorkspace({
      'WORKSPACE.edo': '',
      'BUILD.edo': 'script(name = "out", commands = ["echo hi > $OUT/v"])\n',
    });
    try {
      expect((await buildJson(root)).result.code).toBe(0);
      const store = await LocalStore.open(join(root, '.edo', 'store'), JOURNALING);
      for (let i = 0; i < 20; i++) await store.save(artifactOf(idOf(i)));
      expect(existsSync(journalOf(store))).toBe(true);
      // Everything is cached: this build saves nothing, and still leaves index.json complete.
      const { result, targets } = await buildJson(root);
      expect(result.code).toBe(0);
      expect(builtLabels(targets)).toEqual([]);
      expect(existsSync(journalOf(store))).toBe(false);
      expect(await indexIds(store)).toHaveLength(21);
    } finally {
      removeWorkspace(root);
    }
  });
});
