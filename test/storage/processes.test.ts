import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { idToString } from '../../src/model/id-format.js';
import { LocalStore } from '../../src/storage/local-store.js';
import { compileStorage, exited, SAVER, startSaver, STREAMER, writeChildProgram } from './child.js';
import { readAll, useTempDirs } from './helpers.js';

const run = promisify(execFile);
const tempDir = useTempDirs();
let compiled: { dir: string; cleanup: () => Promise<void> };
let saver: string;
let streamer: string;

beforeAll(async () => {
  compiled = await compileStorage();
  saver = await writeChildProgram(compiled.dir, 'saver.mjs', SAVER);
  streamer = await writeChildProgram(compiled.dir, 'streamer.mjs', STREAMER);
});
afterAll(() => compiled.cleanup());

/** Every artifact opens and its single layer reads back with the content the saver wrote. */
async function expectAllValid(store: LocalStore): Promise<number> {
  const ids = await store.ls();
  for (const id of ids) {
    const artifact = await store.open(id);
    const i = (artifact.config.metadata as { i: number }).i;
    const prefix = id.name.slice(0, id.name.lastIndexOf('-'));
    const bytes = await readAll(await store.read(artifact.layers[0]!));
    expect(bytes.equals(Buffer.alloc(1000 + ((i * 7919) % 200000), prefix + i))).toBe(true);
  }
  return ids.length;
}

describe('LocalStore across processes', () => {
  test.each(['default', 'journal'] as const)(
    'kill -9 at random points during saves, 20 times (%s index): the store stays valid and keeps every save it acknowledged',
    async (index) => {
      const storeDir = join(await tempDir('crash'), 'store');
      const acknowledged: string[] = [];
      for (let round = 0; round < 20; round++) {
        const child = startSaver(saver, storeDir, `r${round}`, 0, index);
        let output = '';
        child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        // Wait for the child to be saving (its first line), then kill it at a random point.
        await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
        child.kill('SIGKILL');
        expect((await exited(child)).signal).toBe('SIGKILL');
        for (const line of output.split('\n').filter((l) => l.startsWith('saved ')))
          acknowledged.push(`r${round}-${line.slice('saved '.length)}`);
      }
      const store = await LocalStore.open(storeDir);
      const report = await store.verify();
      expect(report.problems).toEqual([]);
      expect(report.artifacts).toBeGreaterThanOrEqual(20);
      expect(await expectAllValid(store)).toBe(report.artifacts);
      const names = new Set((await store.ls()).map((id) => id.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      // What the killed processes left: temp files, and possibly a lock file of a dead process,
      // which the next writer breaks. Garbage collection removes the temp files.
      await store.gc({ graceMs: 0 });
      expect((await readdir(store.ingestDir)).length).toBe(0);
      expect((await store.verify()).problems).toEqual([]);
    },
    90_000,
  );

  test.each(['default', 'journal'] as const)(
    'two processes saving 200 artifacts each into one store (%s index) lose nothing',
    async (index) => {
      const storeDir = join(await tempDir('concurrent'), 'store');
      const children = ['left', 'right'].map((prefix) => startSaver(saver, storeDir, prefix, 200, index));
      const stderr = children.map((child) => readAll(child.stderr!));
      const results = await Promise.all(children.map(exited));
      expect(await Promise.all(stderr.map(async (s) => (await s).toString()))).toEqual(['', '']);
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const store = await LocalStore.open(storeDir);
      const names = (await store.ls()).map(idToString);
      expect(names).toHaveLength(400);
      expect(await expectAllValid(store)).toBe(400);
      expect((await store.verify()).problems).toEqual([]);
    },
    90_000,
  );
});

test('a 512 MiB layer streams in and out in bounded memory', async () => {
  const storeDir = join(await tempDir('memory'), 'store');
  const { stdout } = await run(process.execPath, [streamer, storeDir, '512'], { maxBuffer: 1 << 20 });
  const { layer, read, maxRssKiB } = JSON.parse(stdout) as {
    layer: { size: number };
    read: number;
    maxRssKiB: number;
  };
  expect(layer.size).toBe(512 << 20);
  expect(read).toBe(512 << 20);
  // Node itself takes ~50 MiB; buffering the layer would take 512 MiB more.
  expect(maxRssKiB).toBeLessThan(160 * 1024);
}, 90_000);
