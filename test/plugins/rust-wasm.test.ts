import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildJson, makeWorkspace, removeWorkspace } from '../engine/helpers.js';
import { buildCached, ROOT } from './build-cache.js';

const PROJECT = join(ROOT, 'plugins/rust-wasm');
/** The parts of the WebAssembly API the probe uses (the repo's TypeScript libs do not declare it). */
interface ModuleApi {
  Module: {
    new (bytes: Uint8Array): object;
    exports(module: object): { name: string }[];
    imports(module: object): unknown[];
  };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: ModuleApi }).WebAssembly;

/** The seed's 11.3 build file, as written there (the plugin comes from //vendor). */
const SEED_BUILD = `
plugin(
    name = "rust-wasm",
    kind = "wasm",
    source = ["//vendor:rust-wasm-0.9.0.wasm"],
)

rust_wasm_build(
    name = "my-wasm-component",
    srcs = ["//src/wasm:*.rs"],
    target = "wasm32-unknown-unknown",
    wasi = True,
    opt_level = "s",
)

rust_wasm_build(
    name = "plain",
    srcs = ["//src/wasm:*.rs"],
)
`;

const CRATE = {
  'src/wasm/BUILD.edo': '',
  'vendor/BUILD.edo': '',
  'src/wasm/lib.rs':
    'mod math;\n#[no_mangle]\npub extern "C" fn add(a: i32, b: i32) -> i32 { math::sum(a, b) }\n',
  'src/wasm/math.rs': 'pub fn sum(a: i32, b: i32) -> i32 { a + b }\n',
};

/** The module's exports, and `add(2, 3)` when it needs no imports. */
function probe(bytes: Buffer): { exports: string[]; sum?: number } {
  const module = new wasm.Module(bytes);
  const exports = wasm.Module.exports(module).map((entry) => entry.name);
  if (wasm.Module.imports(module).length > 0) return { exports };
  const instance = new wasm.Instance(module, {});
  return { exports, sum: (instance.exports.add as (a: number, b: number) => number)(2, 3) };
}

describe('plugins/rust-wasm: a Rust plugin whose rule compiles Rust to WebAssembly', () => {
  let component: Buffer;
  beforeAll(async () => {
    component = readFileSync(await buildCached(PROJECT, 'rust-wasm'));
  }, 120_000);

  it('is a component built from Rust, and passes its own edo plugin test', async () => {
    const inspected = await runCli(['plugin', 'inspect', join(PROJECT, 'dist/rust-wasm.wasm')]);
    expect(inspected.stdout).toContain('plugin    rust-wasm@0.9.0');
    expect(inspected.stdout).toContain('rule      rust_wasm_build(srcs, crate_root?');
    const tested = await runCli(['plugin', 'test', PROJECT]);
    expect(tested.stderr).toBe('');
    expect(tested.stdout).toBe('ok   hello\n1 test(s) passed\n');
    expect(component.length).toBeLessThan(200_000);
  }, 120_000);

  it('is the template of edo plugin new --lang rust, which builds and passes its test with no edits', async () => {
    const work = mkdtempSync(join(tmpdir(), 'edo-rust-new-'));
    try {
      expect((await runCli(['plugin', 'new', 'demo-rs', '--lang', 'rust'], work)).code).toBe(0);
      const dir = join(work, 'demo-rs');
      const built = await runCli(['plugin', 'build'], dir);
      expect(built.stderr).toBe('');
      expect(built.stdout).toMatch(/dist\/demo-rs\.wasm: \d+ bytes in \d+ ms/);
      const tested = await runCli(['plugin', 'test'], dir);
      expect(tested.stdout).toBe('ok   hello\n1 test(s) passed\n');
      expect(tested.code).toBe(0);
      const inspected = await runCli(['plugin', 'inspect', 'dist/demo-rs.wasm'], dir);
      expect(inspected.stdout).toContain('rule      demo_rs_wasm_build(srcs, ');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);

  it('builds the seed 11.3 example: the .wasm of a two-module crate, for wasm32-wasi and wasm32-unknown-unknown', async () => {
    const root = makeWorkspace({ ...CRATE, 'BUILD.edo': SEED_BUILD });
    const out = mkdtempSync(join(tmpdir(), 'edo-rust-wasm-out-'));
    try {
      writeFileSync(join(root, 'vendor/rust-wasm-0.9.0.wasm'), component);
      const first = await buildJson(root);
      expect(first.result.stderr).not.toContain('error');
      expect(first.result.code).toBe(0);
      expect([...first.targets.keys()].sort()).toEqual(['//:my-wasm-component', '//:plain']);

      for (const [name, target] of [
        ['my-wasm-component', 'wasm32-wasi'],
        ['plain', 'wasm32-unknown-unknown'],
      ] as const) {
        const log = await runCli(['log', `//:${name}`], root);
        expect(log.stdout).toContain(`--target '${target}'`);
        const checkout = join(out, name);
        expect((await runCli(['checkout', `//:${name}`, checkout], root)).code).toBe(0);
        const result = probe(readFileSync(join(checkout, `${name}.wasm`)));
        expect(result.exports).toContain('add');
        if (target === 'wasm32-unknown-unknown') expect(result.sum).toBe(5);
      }

      // Unchanged sources: served from the cache. A changed module: rebuilt.
      const again = await buildJson(root);
      expect(again.summary).toMatchObject({ cached: 2, built: 0 });
      writeFileSync(join(root, 'src/wasm/math.rs'), 'pub fn sum(a: i32, b: i32) -> i32 { a * b }\n');
      const changed = await buildJson(root);
      expect(changed.summary).toMatchObject({ built: 2 });
    } finally {
      removeWorkspace(root);
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
