import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { PLUGIN_CACHE_UNUSED_MS } from './cache-policy.js';
import { EdoError } from '../model/errors.js';
import type { WasmApi, WasmModule } from './wasm-api.js';
import { capMemory, MEMORY_SECTION, sections, WASM_PAGE } from './wasm-binary.js';

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Transpiling a component (jco) takes ~1 s for a 12 MB componentize-js guest; loading the
 * transpiled output takes tens of ms. The output (generated JS + core wasm modules) is cached on
 * disk by the component's sha256, so a new process starts warm; within one process the compiled
 * `WebAssembly.Module`s are reused, so re-creating a worker only instantiates.
 */

/** Bump with the bindings generator, its options or the cache layout. */
export const PLUGIN_CACHE_FORMAT = 'jco-1.11.1-async-v4';
const GENERATED_JS = 'plugin.js';
const META_FILE = 'meta.json';

export interface TranspiledPlugin {
  dir: string;
  jsPath: string;
  /** Core wasm file names, as the generated code asks for them. */
  coreFiles: string[];
  /** Interfaces the component imports (versioned names). */
  imports: string[];
  /** True when this load transpiled (a cold load). */
  transpiled: boolean;
}

/**
 * The bindings generator: the component jco 1.11.1 ships, installed under the name
 * `jco-bindings-generator` beside the jco 1.35.0 the repo builds plugins with. From jco 1.16 on,
 * the generated bindings run the component model's async task bookkeeping around every
 * synchronous call into or out of a guest; the releases from 1.11.2 to 1.15 do not, but take 20x
 * longer to generate the bindings of a 14 MB componentize-js guest (docs/plugins.md, "Bindings
 * generator"). The file is found by Node's package lookup from this module: in node_modules, or
 * beside the bundle (scripts/bundle.mjs).
 */
const GENERATOR_PACKAGE = 'jco-bindings-generator';
const GENERATOR_FILE = 'obj/js-component-bindgen-component.js';

interface BindingsGenerator {
  $init: Promise<void>;
  generate(
    component: Uint8Array,
    options: {
      name: string;
      instantiation: { tag: 'async' | 'sync' };
      noTypescript: boolean;
    },
  ): { files: Array<[string, Uint8Array]>; imports: string[] };
}

export function bindingsGeneratorPath(from: string = import.meta.url): string {
  const lookup = createRequire(from).resolve.paths(GENERATOR_PACKAGE) ?? [];
  for (const dir of lookup) {
    const file = join(dir, GENERATOR_PACKAGE, GENERATOR_FILE);
    if (existsSync(file)) return file;
  }
  throw new Error(`${GENERATOR_PACKAGE}/${GENERATOR_FILE} is not installed`);
}

/**
 * jco's generated module as a script whose value is a function returning `instantiate`: V8 can
 * cache a script's compiled code across processes (`vm.Script` `cachedData`), not an ES module's
 * on Node 20. The module only exports; `import.meta.url` serves to fetch core modules when no
 * `getCoreModule` is given, which the host always gives.
 */
export function generatedModuleAsScript(source: string, plugin: string): string {
  const body = source
    .replace(/^export (?=(async )?function |const |let |class )/gm, '')
    .replaceAll('import.meta.url', "'file:///'");
  if (/^(import|export)\s/m.test(body) || !/^(async )?function instantiate\(/m.test(body)) {
    throw new EdoError('jco generated bindings of a shape this host does not expect', { plugin });
  }
  return `(function () {\n${body}\nreturn instantiate;\n})`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache directory: `$EDO_PLUGIN_CACHE`, else `<workspace>/.edo/plugin-cache`. */
export function defaultCacheDir(workspaceRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.EDO_PLUGIN_CACHE || join(workspaceRoot, '.edo', 'plugin-cache');
}

async function readMeta(dir: string): Promise<{ coreFiles: string[]; imports: string[] } | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, META_FILE), 'utf8')) as {
      coreFiles: string[];
      imports: string[];
    };
  } catch {
    return undefined;
  }
}

/**
 * A native `import()` the bundler leaves alone: given a parameter rather than a literal, webpack
 * cannot follow it (scripts/bundle.mjs turns what it emits back into `import()`), so the module
 * is resolved at run time, from where the code runs.
 */
export function importUnbundled<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}

/**
 * jco's `transpile()` with the options this host uses (async instantiation, no minification): it
 * comes down to one call of the bindings generator, a component shipped as JS and core wasm.
 * Called directly, because the package's `transpile` loads a minifier, wasm-tools and its CLI's
 * modules, none of which the host uses, and the action must compile a user's plugin on a cold cache with only what its
 * bundle carries. The options are what its `transpile()` passes for ours (this release always wraps a
 * guest's top-level `err` in `ComponentError`); a test checks that the output is byte for byte its.
 */
export async function generateBindings(
  component: Uint8Array,
): Promise<{ files: Record<string, Uint8Array>; imports: string[] }> {
  const bindgen = await importUnbundled<BindingsGenerator>(pathToFileURL(bindingsGeneratorPath()).href);
  await bindgen.$init;
  const generated = bindgen.generate(component, {
    name: 'plugin',
    instantiation: { tag: 'async' },
    noTypescript: true,
  });
  return { files: Object.fromEntries(generated.files), imports: generated.imports };
}

/**
 * The transpiled form of `component`, from the cache or made now. Safe with concurrent
 * processes: each writes a private temp dir and renames it into place; the first rename wins.
 */
export async function transpileCached(
  component: Uint8Array,
  digest: string,
  cacheDir: string,
  plugin: string,
) {
  const dir = join(cacheDir, `${digest}-${PLUGIN_CACHE_FORMAT}`);
  const cached = await readMeta(dir);
  if (cached) {
    // Marked as used, for prunePluginCache (only a cache: a failure to mark it costs nothing now).
    const now = new Date();
    await utimes(join(dir, META_FILE), now, now).catch(() => undefined);
    return { dir, jsPath: join(dir, GENERATED_JS), ...cached, transpiled: false } satisfies TranspiledPlugin;
  }

  let output: { files: Record<string, Uint8Array>; imports: string[] };
  try {
    output = await generateBindings(component);
  } catch (error) {
    throw new EdoError(`the component cannot be transpiled: ${(error as Error).message}`, { plugin });
  }
  const coreFiles = Object.keys(output.files).filter((name) => name.endsWith('.wasm'));
  const temp = join(cacheDir, `.tmp-${digest.slice(0, 12)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(temp, { recursive: true });
  try {
    for (const name of [...coreFiles, GENERATED_JS]) {
      const data = output.files[name];
      if (!data) throw new EdoError(`jco produced no ${name}`, { plugin });
      await mkdir(dirname(join(temp, name)), { recursive: true });
      const contents =
        name === GENERATED_JS ? generatedModuleAsScript(Buffer.from(data).toString('utf8'), plugin) : data;
      await writeFile(join(temp, name), contents, { flush: true });
    }
    const meta = { coreFiles, imports: output.imports };
    await writeFile(join(temp, META_FILE), JSON.stringify(meta), { flush: true });
    try {
      await rename(temp, dir);
    } catch (error) {
      // Another process cached the same component first; its copy is as good as ours.
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
    return { dir, jsPath: join(dir, GENERATED_JS), ...meta, transpiled: true } satisfies TranspiledPlugin;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** A transpilation's temp directory this old belongs to a process that died midway. */
const STALE_TEMP_MS = 3600 * 1000;

/**
 * Drops what the plugin cache holds that no load will read again: entries of another cache format
 * (an older edo's), entries not loaded for `unusedForMs`, and temp directories of transpilations
 * that died. Every plugin version ever compiled would otherwise stay, and the action would carry
 * them all from run to run (≈ 15 MB for each version of a JS plugin). A dropped entry is only
 * transpiled again when next loaded; an entry being loaded was just marked as used.
 */
export async function prunePluginCache(
  cacheDir: string,
  options: { unusedForMs?: number; dryRun?: boolean; now?: number } = {},
): Promise<string[]> {
  const { unusedForMs = PLUGIN_CACHE_UNUSED_MS, dryRun = false, now = Date.now() } = options;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const dropped: string[] = [];
  for (const name of names.sort()) {
    const dir = join(cacheDir, name);
    const temp = name.startsWith('.tmp-');
    const marker = temp ? dir : join(dir, META_FILE);
    const age = now - ((await stat(marker).catch(() => undefined))?.mtimeMs ?? 0);
    const stale = temp ? age > STALE_TEMP_MS : !name.endsWith(`-${PLUGIN_CACHE_FORMAT}`) || age > unusedForMs;
    if (!stale) continue;
    if (!dryRun) await rm(dir, { recursive: true, force: true });
    dropped.push(name);
  }
  return dropped;
}

/** Room left before a core module read from disk, for its memory section to grow when capped. */
const CAP_HEADROOM = 64;

/** A file's bytes, starting `headroom` bytes into the returned buffer. */
async function readWithHeadroom(path: string, headroom: number): Promise<Buffer> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const buffer = Buffer.allocUnsafe(headroom + size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await file.read(buffer, headroom + filled, size - filled, filled);
      if (bytesRead === 0) throw new Error(`${path} shrank while being read`);
      filled += bytesRead;
    }
    return buffer;
  } finally {
    await file.close();
  }
}

/**
 * `capMemory` without copying a whole 14 MB module: only the sections up to the memory section
 * are rewritten, into the headroom in front of the module (see `readWithHeadroom`).
 */
function capMemoryInPlace(buffer: Buffer, headroom: number, maxPages: number) {
  const module = buffer.subarray(headroom);
  for (const section of sections(module)) {
    if (section.id !== MEMORY_SECTION) continue;
    const head = capMemory(module.subarray(0, section.end), maxPages);
    const start = headroom + section.end - head.bytes.length;
    if (start < 0) return capMemory(module, maxPages);
    buffer.set(head.bytes, start);
    return { bytes: buffer.subarray(start), minimumPages: head.minimumPages };
  }
  return { bytes: module, minimumPages: [] };
}

/**
 * A componentize-js guest is a 14 MB JS engine of which a plugin runs a small part. V8 compiles
 * wasm functions when first called (its default), but validates all of them up front unless told
 * not to: ~20 ms for those 14 MB. `--wasm-lazy-validation` moves validation to each function's
 * first call (jco validated the component when it was transpiled; no function runs unvalidated).
 * It has a price: any V8 flag set at run time changes the flag hash, so every worker thread booted
 * afterwards finds Node's built-in code cache stale and compiles its bootstrap code again
 * (measured: 22–25 ms more per worker on Node 20 and 24). Validating up front costs ≈ 1.4 ms a
 * MB, so the flag is set only for modules big enough to gain more than a worker's penalty. Warm
 * loads measured: the 14 MB guest 59–77 ms with the flag, 84–96 without; a 64 KB C guest 32–36 ms
 * without, 50–62 with. V8 flags are per process and never unset: lazily validated functions must
 * see the same setting.
 */
const LAZY_VALIDATION_MIN_BYTES = 8 * 2 ** 20;
let lazyValidation = false;

function validateLazily(): void {
  if (lazyValidation) return;
  lazyValidation = true;
  setFlagsFromString('--wasm-lazy-validation');
}

/** Compiled core modules by (file digest, memory cap): shared by every instance in this process. */
const compiledModules = new Map<string, Promise<WasmModule>>();

/**
 * The core modules of a transpiled plugin, compiled with every defined memory capped at
 * `memoryMb` (so `memory.grow` fails at the cap: worker resource limits do not cover wasm memory).
 */
export async function compileCoreModules(transpiled: TranspiledPlugin, memoryMb: number, plugin: string) {
  const maxPages = Math.floor((memoryMb * 1024 * 1024) / WASM_PAGE);
  const modules: Record<string, WasmModule> = {};
  for (const name of transpiled.coreFiles) {
    const key = `${transpiled.dir}/${name}#${maxPages}`;
    let compiled = compiledModules.get(key);
    if (!compiled) {
      compiled = readWithHeadroom(join(transpiled.dir, name), CAP_HEADROOM).then((buffer) => {
        if (buffer.length - CAP_HEADROOM >= LAZY_VALIDATION_MIN_BYTES) validateLazily();
        const capped = capMemoryInPlace(buffer, CAP_HEADROOM, maxPages);
        const tooBig = capped.minimumPages.find((pages) => pages > maxPages);
        if (tooBig !== undefined) {
          throw new EdoError(
            `${name} needs ${Math.ceil((tooBig * WASM_PAGE) / 2 ** 20)} MiB of memory to start, over its limit of ${memoryMb} MiB`,
            { plugin },
          );
        }
        return wasm.compile(capped.bytes);
      });
      compiledModules.set(key, compiled);
      compiled.catch(() => compiledModules.delete(key));
    }
    modules[name] = await compiled;
  }
  return modules;
}
