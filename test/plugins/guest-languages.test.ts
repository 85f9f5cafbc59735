import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * Plugin projects in the compiled guest languages, built by `edo plugin build` and run by
 * `edo plugin test` in the real host:
 * - rust-memstore: a storage backend in Rust (artifacts and layers in the plugin's memory, layer
 *   digests computed in the guest) through the storage round trip: the generated Rust bindings'
 *   exported resource methods, host resources built and read (ids, artifact configs, layers,
 *   readers, writers) and lists of owned handles;
 * - cpp-hello: a transform in C++ over the generated C bindings (RAII handles, no C++ standard
 *   library), compiled by the C build.
 */
describe.each([
  ['rust-memstore', 'ok   roundtrip\n1 test(s) passed\n'],
  ['cpp-hello', 'ok   hello\n1 test(s) passed\n'],
])('%s', (fixture, passed) => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), `edo-${fixture}-`));
    cpSync(join(FIXTURES, fixture), work, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds and passes its own tests', async () => {
    const built = await runCli(['plugin', 'build', work]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const tested = await runCli(['plugin', 'test', work]);
    expect(tested.stdout).toBe(passed);
    expect(tested.code).toBe(0);
  }, 120_000);
});
