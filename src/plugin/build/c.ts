import { componentEmbed, componentNew } from '@bytecodealliance/jco';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EdoError } from '../../model/errors.js';
import { generateC } from '../bindgen/c.js';
import { readWitPackage } from '../bindgen/wit.js';
import { importUnbundled } from '../loader.js';

const run = promisify(execFile);

/** The compiler C plugins are built with (Debian: clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32). */
export const C_COMPILER = process.env.EDO_CLANG ?? 'clang-19';

/**
 * wasm32-wasi only for wasi-libc's allocator and string functions: a plugin that calls nothing
 * needing WASI (no stdio, files, clocks) gets a core module without WASI imports, so no preview1
 * adapter is needed. No start files: the module is a library the host calls into.
 */
const CLANG_FLAGS = [
  '--target=wasm32-wasi',
  '-O2',
  '-Wall',
  '-Wextra',
  '-nostartfiles',
  '-Wl,--no-entry',
  '-Wl,--strip-all',
];

/** Writes each `[path, text]` atomically (temp file + rename); returns the paths. */
export function writeFilesAtomically(files: [string, string][]): string[] {
  for (const [file, text] of files) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
  }
  return files.map(([file]) => file);
}

/** Writes `<prefix>.h` and `<prefix>.c` for the WIT package in `witDir` into `outDir`. */
export function writeCBindings(witDir: string, outDir: string, prefix = 'edo'): string[] {
  const { header, glue } = generateC(readWitPackage(witDir), prefix);
  return writeFilesAtomically([
    [join(outDir, `${prefix}.h`), header],
    [join(outDir, `${prefix}.c`), glue],
  ]);
}

/**
 * jco's wasm-tools run as a component over preview2-shim, which preopens no directory by default;
 * these build-time tools may read the file system. (The package's types are the browser build's,
 * whose preopens map to in-memory entries: the Node build takes host paths.) It must be the copy
 * jco itself loads from node_modules, not the one bundled for the plugin host's bindings
 * generator, so the import is left to run time.
 */
export async function allowToolFileAccess(): Promise<void> {
  const { _setPreopens } = await importUnbundled<{
    _setPreopens: (preopens: Record<string, string>) => void;
  }>('@bytecodealliance/preview2-shim/filesystem');
  _setPreopens({ '/': '/' });
}

export interface CoreBuildResult {
  /** The core module the compiler produced (before componentisation). */
  core: Uint8Array;
  component: Uint8Array;
}

/**
 * Builds a C plugin: bindings generated from `witDir`, `sources` compiled with them into a core
 * module, the world's type information embedded, then turned into a component by jco. C++
 * sources (`.cpp`) compile as C++ (clang picks the language by extension). `pluginName` is the
 * `EDO_PLUGIN_NAME` every file sees, the glue's default exports included.
 */
export async function buildCComponent(
  sources: string[],
  witDir: string,
  world = 'edo',
  pluginName?: string,
): Promise<CoreBuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'edo-c-plugin-'));
  try {
    const [, glue] = writeCBindings(witDir, work);
    const coreFile = join(work, 'plugin.core');
    const defines = pluginName === undefined ? [] : [`-DEDO_PLUGIN_NAME=${JSON.stringify(pluginName)}`];
    try {
      await run(C_COMPILER, [...CLANG_FLAGS, ...defines, `-I${work}`, '-o', coreFile, ...sources, glue]);
    } catch (error) {
      const { stderr, code } = error as { stderr?: string; code?: string };
      if (code === 'ENOENT')
        throw new EdoError(`${C_COMPILER} is not installed (apt-get install clang-19 lld-19 wasi-libc)`);
      throw new EdoError(`compiling the C plugin failed:\n${stderr ?? (error as Error).message}`);
    }
    const core = readFileSync(coreFile);
    return { core, component: await componentOf(core, witDir, world) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A core module made a component of `world`: its type information embedded, then jco's `componentNew`. */
export async function componentOf(core: Uint8Array, witDir: string, world: string): Promise<Uint8Array> {
  await allowToolFileAccess();
  const embedded = await componentEmbed({ binary: core, witPath: witDir, world });
  return componentNew(embedded);
}
