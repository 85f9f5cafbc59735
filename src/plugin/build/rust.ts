import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EdoError } from '../../model/errors.js';
import { generateRust } from '../bindgen/rust.js';
import { readWitPackage } from '../bindgen/wit.js';
import { componentOf, writeFilesAtomically, type CoreBuildResult } from './c.js';

const run = promisify(execFile);

/**
 * The compiler Rust plugins are built with: Debian's rustc (apt-get install rustc
 * libstd-rust-dev-wasm32 lld-14), by its full path so that a rustup toolchain earlier on PATH is
 * not picked up (`$EDO_RUSTC` overrides it).
 */
export const RUST_COMPILER = process.env.EDO_RUSTC ?? '/usr/bin/rustc';
const INSTALL_HINT = 'apt-get install rustc libstd-rust-dev-wasm32 lld-14';

/**
 * The compiled bindings (~3 s of a build) are reused across builds from the OS temp dir, keyed by
 * their source, the plugin name baked into them, the flags and the compiler binary.
 */
const BINDINGS_CACHE = join(tmpdir(), 'edo-rust-bindings');

/** No cargo, no crates: the bindings are a crate of their own (`edo`), the plugin links it. */
const RUSTC_FLAGS = ['--edition', '2021', '--target', 'wasm32-unknown-unknown', '-C', 'opt-level=s'];

/** Hand-written helpers every Rust plugin gets as `edo::sdk` (plugins/sdk-rust of this edo). */
const RUST_SDK = fileURLToPath(new URL('../../../plugins/sdk-rust/sdk.rs', import.meta.url));

/** The crate `edo`: the bindings generated from `witDir`, with the SDK helpers for `edo:plugin`. */
function crateSource(witDir: string): string {
  const pkg = readWitPackage(witDir);
  const bindings = generateRust(pkg);
  if (pkg.name !== 'edo:plugin') return bindings;
  return `${bindings}\npub mod sdk {\n${readFileSync(RUST_SDK, 'utf8')}}\n`;
}

/** Writes `edo.rs` (the bindings crate's single file) for the WIT package in `witDir` into `outDir`. */
export function writeRustBindings(witDir: string, outDir: string): string[] {
  return writeFilesAtomically([[join(outDir, 'edo.rs'), crateSource(witDir)]]);
}

async function rustc(args: string[], pluginName: string, what: string): Promise<void> {
  try {
    await run(RUST_COMPILER, [...RUSTC_FLAGS, ...args], {
      // What the bindings' default exports name in their errors.
      env: { ...process.env, EDO_PLUGIN_NAME: pluginName },
    });
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: string };
    if (code === 'ENOENT') throw new EdoError(`${RUST_COMPILER} is not installed (${INSTALL_HINT})`);
    throw new EdoError(`compiling ${what} failed:\n${stderr ?? (error as Error).message}`);
  }
}

/** The bindings for `witDir` compiled as the rlib `edo`: from the cache, or compiled in `work` and cached. */
async function compiledBindings(witDir: string, pluginName: string, work: string): Promise<string> {
  const source = crateSource(witDir);
  let compiler: { size: number; mtimeMs: number };
  try {
    compiler = statSync(RUST_COMPILER);
  } catch {
    throw new EdoError(`${RUST_COMPILER} is not installed (${INSTALL_HINT})`);
  }
  const key = createHash('sha256')
    .update(JSON.stringify([source, pluginName, RUSTC_FLAGS, RUST_COMPILER, compiler.size, compiler.mtimeMs]))
    .digest('hex');
  const cached = join(BINDINGS_CACHE, `libedo-${key}.rlib`);
  if (existsSync(cached)) return cached;
  const [bindings] = writeFilesAtomically([[join(work, 'edo.rs'), source]]);
  const rlib = join(work, 'libedo.rlib');
  await rustc(
    ['--crate-type', 'rlib', '--crate-name', 'edo', '-o', rlib, bindings!],
    pluginName,
    'the bindings',
  );
  mkdirSync(BINDINGS_CACHE, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  copyFileSync(rlib, temp);
  renameSync(temp, cached); // atomic: a concurrent build sees the whole file or none
  return cached;
}

/**
 * Builds a Rust plugin: the bindings generated from `witDir` compiled as the rlib `edo`, the
 * plugin crate (`crateRoot`, its modules beside it) as a cdylib linking it, then componentised.
 */
export async function buildRustComponent(
  crateRoot: string,
  witDir: string,
  pluginName: string,
  world = 'edo',
): Promise<CoreBuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'edo-rust-plugin-'));
  try {
    const rlib = await compiledBindings(witDir, pluginName, work);
    const coreFile = join(work, 'plugin.core');
    await rustc(
      ['--crate-type', 'cdylib', '-C', 'strip=symbols', '--extern', `edo=${rlib}`, '-o', coreFile, crateRoot],
      pluginName,
      'the Rust plugin',
    );
    const core = readFileSync(coreFile);
    return { core, component: await componentOf(core, witDir, world) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
