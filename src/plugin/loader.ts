import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EdoError } from '../model/errors.js';
import type { WasmApi, WasmModule } from './wasm-api.js';
import { capMemory, WASM_PAGE } from './wasm-binary.js';

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Transpiling a component (jco) takes ~1 s for a 12 MB componentize-js guest; loading the
 * transpiled output takes tens of ms. The output (generated JS + core wasm modules) is cached on
 * disk by the component's sha256, so a new process starts warm; within one process the compiled
 * `WebAssembly.Module`s are reused, so re-creating a worker only instantiates.
 */

/** Bump when the transpile options or the cache layout change. */
const CACHE_FORMAT = 'jco-1.35.0-async-v1';
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
 * The transpiled form of `component`, from the cache or made now. Safe with concurrent
 * processes: each writes a private temp dir and renames it into place; the first rename wins.
 */
export async function transpileCached(
  component: Uint8Array,
  digest: string,
  cacheDir: string,
  plugin: string,
) {
  const dir = join(cacheDir, `${digest}-${CACHE_FORMAT}`);
  const cached = await readMeta(dir);
  if (cached)
    return { dir, jsPath: join(dir, GENERATED_JS), ...cached, transpiled: false } satisfies TranspiledPlugin;

  const { transpile } = await import('@bytecodealliance/jco');
  let output: { files: Record<string, Uint8Array>; imports: string[] };
  try {
    output = await transpile(component, {
      name: 'plugin',
      instantiation: 'async',
      noTypescript: true,
      minify: false,
      quiet: true,
    });
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
      await writeFile(join(temp, name), data, { flush: true });
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
      compiled = readFile(join(transpiled.dir, name)).then((bytes) => {
        const capped = capMemory(bytes, maxPages);
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
