import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { restoreCache, saveCache } from '@actions/cache';
import { hideActionsDebug } from './quiet.js';
import { resultsEnv, startResultsServer, type ResultsServer } from './results-server.js';

// The test server must speak the protocol the real clients speak; everything else in
// test/action relies on it.
describe('local results service with the real @actions clients', () => {
  let server: ResultsServer;
  let dir: string;
  const savedEnv = { ...process.env };

  let showDebug: () => void;

  beforeAll(async () => {
    showDebug = hideActionsDebug();
    server = await startResultsServer();
    dir = await mkdtemp(join(tmpdir(), 'edo-results-'));
    Object.assign(process.env, resultsEnv(server), { RUNNER_TEMP: join(dir, 'runner-temp') });
    delete process.env.GITHUB_SERVER_URL;
    await mkdir(join(dir, 'runner-temp'));
  });

  afterAll(async () => {
    showDebug();
    process.env = savedEnv;
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves a cache entry and restores it by exact key and by restore-key prefix', async () => {
    const cached = join(dir, 'cached');
    await mkdir(cached);
    const payload = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 251));
    await writeFile(join(cached, 'data.bin'), payload);

    const id = await saveCache([cached], 'edo-test-key-1');
    expect(id).toBeGreaterThan(0);
    // Same key again: the service refuses and the client reports -1 instead of throwing.
    expect(await saveCache([cached], 'edo-test-key-1')).toBe(-1);

    await rm(cached, { recursive: true });
    expect(await restoreCache([cached], 'edo-test-key-1')).toBe('edo-test-key-1');
    expect((await readFile(join(cached, 'data.bin'))).equals(payload)).toBe(true);

    await rm(cached, { recursive: true });
    expect(await restoreCache([cached], 'edo-test-key-2', ['edo-test-'])).toBe('edo-test-key-1');
    expect((await readFile(join(cached, 'data.bin'))).equals(payload)).toBe(true);
    expect(await restoreCache([cached], 'other-key', ['other-'])).toBeUndefined();
  });

  it('uploads a zipped artifact and downloads it byte for byte', async () => {
    const files = join(dir, 'files');
    await mkdir(join(files, 'share'), { recursive: true });
    await writeFile(join(files, 'share', 'greeting.txt'), 'hello\n');
    const client = new DefaultArtifactClient();

    const { id } = await client.uploadArtifact('greeting', [join(files, 'share', 'greeting.txt')], files);
    expect(id).toBeGreaterThan(0);
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => a.name)).toEqual(['greeting']);

    const out = join(dir, 'download');
    await client.downloadArtifact(id!, { path: out });
    expect(await readFile(join(out, 'share', 'greeting.txt'), 'utf8')).toBe('hello\n');
  });
});
