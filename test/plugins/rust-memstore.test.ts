import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/rust-memstore');

/**
 * A storage backend written in Rust (artifacts and layers in the plugin's memory, digests computed
 * in the guest) through `edo plugin test`'s round trip: the generated Rust bindings' exported
 * resource methods, host resources built and read (ids, artifact configs, layers, readers,
 * writers) and lists of owned handles, end to end in the real host.
 */
describe('Rust bindings: a storage backend', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'edo-rust-memstore-'));
    cpSync(FIXTURE, work, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds and passes the storage round trip', async () => {
    const built = await runCli(['plugin', 'build', work]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const tested = await runCli(['plugin', 'test', work]);
    expect(tested.stdout).toBe('ok   roundtrip\n1 test(s) passed\n');
    expect(tested.code).toBe(0);
  }, 120_000);
});
