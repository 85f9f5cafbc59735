import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 140;
export const ids = [140];
export const modules = {

/***/ 38961:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 38961;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 1140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XU: () => (/* binding */ transpileCached),
/* harmony export */   Xd: () => (/* binding */ importUnbundled),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   prunePluginCache: () => (/* binding */ prunePluginCache),
/* harmony export */   yl: () => (/* binding */ compileCoreModules)
/* harmony export */ });
/* unused harmony exports PLUGIN_CACHE_FORMAT, bindingsGeneratorPath, generatedModuleAsScript, generateBindings */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78877);
/* harmony import */ var _cache_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79552);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73434);
/* harmony import */ var _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38241);










const wasm = globalThis.WebAssembly;
/**
 * Transpiling a component (jco) takes ~1 s for a 12 MB componentize-js guest; loading the
 * transpiled output takes tens of ms. The output (generated JS + core wasm modules) is cached on
 * disk by the component's sha256, so a new process starts warm; within one process the compiled
 * `WebAssembly.Module`s are reused, so re-creating a worker only instantiates.
 */
/** Bump with the bindings generator, its options or the cache layout. */
const PLUGIN_CACHE_FORMAT = 'jco-1.11.1-async-v4';
const GENERATED_JS = 'plugin.js';
const META_FILE = 'meta.json';
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
function bindingsGeneratorPath(from = import.meta.url) {
    const lookup = (0,node_module__WEBPACK_IMPORTED_MODULE_3__.createRequire)(from).resolve.paths(GENERATOR_PACKAGE) ?? [];
    for (const dir of lookup) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATOR_PACKAGE, GENERATOR_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            return file;
    }
    throw new Error(`${GENERATOR_PACKAGE}/${GENERATOR_FILE} is not installed`);
}
/**
 * jco's generated module as a script whose value is a function returning `instantiate`: V8 can
 * cache a script's compiled code across processes (`vm.Script` `cachedData`), not an ES module's
 * on Node 20. The module only exports; `import.meta.url` serves to fetch core modules when no
 * `getCoreModule` is given, which the host always gives.
 */
function generatedModuleAsScript(source, plugin) {
    const body = source
        .replace(/^export (?=(async )?function |const |let |class )/gm, '')
        .replaceAll('import.meta.url', "'file:///'");
    if (/^(import|export)\s/m.test(body) || !/^(async )?function instantiate\(/m.test(body)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX('jco generated bindings of a shape this host does not expect', { plugin });
    }
    return `(function () {\n${body}\nreturn instantiate;\n})`;
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The cache directory: `$EDO_PLUGIN_CACHE`, else `<workspace>/.edo/plugin-cache`. */
function defaultCacheDir(workspaceRoot, env = process.env) {
    return env.EDO_PLUGIN_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(workspaceRoot, '.edo', 'plugin-cache');
}
async function readMeta(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * A native `import()` the bundler leaves alone: given a parameter rather than a literal, webpack
 * cannot follow it (scripts/bundle.mjs turns what it emits back into `import()`), so the module
 * is resolved at run time, from where the code runs.
 */
function importUnbundled(specifier) {
    return import(specifier);
}
/**
 * jco's `transpile()` with the options this host uses (async instantiation, no minification): it
 * comes down to one call of the bindings generator, a component shipped as JS and core wasm.
 * Called directly, because the package's `transpile` loads a minifier, wasm-tools and its CLI's
 * modules, none of which the host uses, and the action must compile a user's plugin on a cold cache with only what its
 * bundle carries. The options are what its `transpile()` passes for ours (this release always wraps a
 * guest's top-level `err` in `ComponentError`); a test checks that the output is byte for byte its.
 */
async function generateBindings(component) {
    const bindgen = await importUnbundled((0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(bindingsGeneratorPath()).href);
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
async function transpileCached(component, digest, cacheDir, plugin) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, `${digest}-${PLUGIN_CACHE_FORMAT}`);
    const cached = await readMeta(dir);
    if (cached) {
        // Marked as used, for prunePluginCache (only a cache: a failure to mark it costs nothing now).
        const now = new Date();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.utimes)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE), now, now).catch(() => undefined);
        return { dir, jsPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATED_JS), ...cached, transpiled: false };
    }
    let output;
    try {
        output = await generateBindings(component);
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`the component cannot be transpiled: ${error.message}`, { plugin });
    }
    const coreFiles = Object.keys(output.files).filter((name) => name.endsWith('.wasm'));
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, `.tmp-${digest.slice(0, 12)}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(temp, { recursive: true });
    try {
        for (const name of [...coreFiles, GENERATED_JS]) {
            const data = output.files[name];
            if (!data)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`jco produced no ${name}`, { plugin });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, name)), { recursive: true });
            const contents = name === GENERATED_JS ? generatedModuleAsScript(Buffer.from(data).toString('utf8'), plugin) : data;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, name), contents, { flush: true });
        }
        const meta = { coreFiles, imports: output.imports };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, META_FILE), JSON.stringify(meta), { flush: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, dir);
        }
        catch (error) {
            // Another process cached the same component first; its copy is as good as ours.
            if (!['EEXIST', 'ENOTEMPTY'].includes(error.code ?? ''))
                throw error;
        }
        return { dir, jsPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATED_JS), ...meta, transpiled: true };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { recursive: true, force: true });
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
async function prunePluginCache(cacheDir, options = {}) {
    const { unusedForMs = _cache_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .PLUGIN_CACHE_UNUSED_MS */ .L, dryRun = false, now = Date.now() } = options;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(cacheDir).catch(() => []);
    const dropped = [];
    for (const name of names.sort()) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, name);
        const temp = name.startsWith('.tmp-');
        const marker = temp ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE);
        const age = now - ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(marker).catch(() => undefined))?.mtimeMs ?? 0);
        const stale = temp ? age > STALE_TEMP_MS : !name.endsWith(`-${PLUGIN_CACHE_FORMAT}`) || age > unusedForMs;
        if (!stale)
            continue;
        if (!dryRun)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        dropped.push(name);
    }
    return dropped;
}
/** Room left before a core module read from disk, for its memory section to grow when capped. */
const CAP_HEADROOM = 64;
/** A file's bytes, starting `headroom` bytes into the returned buffer. */
async function readWithHeadroom(path, headroom) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path);
    try {
        const { size } = await file.stat();
        const buffer = Buffer.allocUnsafe(headroom + size);
        let filled = 0;
        while (filled < size) {
            const { bytesRead } = await file.read(buffer, headroom + filled, size - filled, filled);
            if (bytesRead === 0)
                throw new Error(`${path} shrank while being read`);
            filled += bytesRead;
        }
        return buffer;
    }
    finally {
        await file.close();
    }
}
/**
 * `capMemory` without copying a whole 14 MB module: only the sections up to the memory section
 * are rewritten, into the headroom in front of the module (see `readWithHeadroom`).
 */
function capMemoryInPlace(buffer, headroom, maxPages) {
    const module = buffer.subarray(headroom);
    for (const section of (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .sections */ .V0)(module)) {
        if (section.id !== _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .MEMORY_SECTION */ .gI)
            continue;
        const head = (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .capMemory */ .kd)(module.subarray(0, section.end), maxPages);
        const start = headroom + section.end - head.bytes.length;
        if (start < 0)
            return (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .capMemory */ .kd)(module, maxPages);
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
function validateLazily() {
    if (lazyValidation)
        return;
    lazyValidation = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_6__.setFlagsFromString)('--wasm-lazy-validation');
}
/** Compiled core modules by (file digest, memory cap): shared by every instance in this process. */
const compiledModules = new Map();
/**
 * The core modules of a transpiled plugin, compiled with every defined memory capped at
 * `memoryMb` (so `memory.grow` fails at the cap: worker resource limits do not cover wasm memory).
 */
async function compileCoreModules(transpiled, memoryMb, plugin) {
    const maxPages = Math.floor((memoryMb * 1024 * 1024) / _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .WASM_PAGE */ .n$);
    const modules = {};
    for (const name of transpiled.coreFiles) {
        const key = `${transpiled.dir}/${name}#${maxPages}`;
        let compiled = compiledModules.get(key);
        if (!compiled) {
            compiled = readWithHeadroom((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(transpiled.dir, name), CAP_HEADROOM).then((buffer) => {
                if (buffer.length - CAP_HEADROOM >= LAZY_VALIDATION_MIN_BYTES)
                    validateLazily();
                const capped = capMemoryInPlace(buffer, CAP_HEADROOM, maxPages);
                const tooBig = capped.minimumPages.find((pages) => pages > maxPages);
                if (tooBig !== undefined) {
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`${name} needs ${Math.ceil((tooBig * _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .WASM_PAGE */ .n$) / 2 ** 20)} MiB of memory to start, over its limit of ${memoryMb} MiB`, { plugin });
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


/***/ }),

/***/ 38241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ appendCustomSection),
/* harmony export */   V0: () => (/* binding */ sections),
/* harmony export */   Wy: () => (/* binding */ isComponent),
/* harmony export */   gI: () => (/* binding */ MEMORY_SECTION),
/* harmony export */   kd: () => (/* binding */ capMemory),
/* harmony export */   n$: () => (/* binding */ WASM_PAGE),
/* harmony export */   yF: () => (/* binding */ customSections)
/* harmony export */ });
/* unused harmony exports isWasm, uleb */
/**
 * Just enough of the WebAssembly binary format for the plugin host: top-level sections of a
 * component or core module, custom sections, and a core module's memory limits.
 * See https://webassembly.github.io/spec/core/binary/modules.html (core) and the component
 * model's Binary.md (components share the 8-byte preamble and the section framing).
 */
const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const CUSTOM_SECTION = 0;
const MEMORY_SECTION = 5;
/** 64 KiB: the wasm page size. */
const WASM_PAGE = 65536;
function isWasm(bytes) {
    return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}
/** True for a component (layer 1), false for a core module (layer 0). */
function isComponent(bytes) {
    return isWasm(bytes) && bytes[6] === 0x01;
}
function readUleb(bytes, offset) {
    let result = 0;
    let shift = 0;
    let pos = offset;
    for (;;) {
        if (pos >= bytes.length)
            throw new Error('truncated LEB128');
        const byte = bytes[pos++];
        result += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new Error('LEB128 too long');
    }
}
function uleb(value) {
    const out = [];
    let rest = value;
    do {
        let byte = rest % 128;
        rest = Math.floor(rest / 128);
        if (rest > 0)
            byte |= 0x80;
        out.push(byte);
    } while (rest > 0);
    return out;
}
function* sections(bytes) {
    if (!isWasm(bytes))
        throw new Error('not a WebAssembly binary (bad magic)');
    let pos = 8;
    while (pos < bytes.length) {
        const id = bytes[pos];
        const [size, start] = readUleb(bytes, pos + 1);
        const end = start + size;
        if (end > bytes.length)
            throw new Error(`section ${id} runs past the end of the binary`);
        yield { id, header: pos, start, end };
        pos = end;
    }
}
/** The contents of every top-level custom section called `name`. */
function customSections(bytes, name) {
    const found = [];
    for (const section of sections(bytes)) {
        if (section.id !== CUSTOM_SECTION)
            continue;
        const [nameLength, nameStart] = readUleb(bytes, section.start);
        const sectionName = Buffer.from(bytes.subarray(nameStart, nameStart + nameLength)).toString('utf8');
        if (sectionName === name)
            found.push(bytes.subarray(nameStart + nameLength, section.end));
    }
    return found;
}
/** `bytes` with a custom section appended (valid anywhere in modules and components). */
function appendCustomSection(bytes, name, data) {
    const encodedName = Buffer.from(name, 'utf8');
    const content = [...uleb(encodedName.length), ...encodedName];
    const size = uleb(content.length + data.length);
    return Buffer.concat([bytes, Uint8Array.of(CUSTOM_SECTION, ...size, ...content), data]);
}
/**
 * Gives every memory a core module defines a maximum of at most `maxPages`, so that
 * `memory.grow` fails at the cap instead of taking host memory. Imported memories are left
 * alone: their limits come from the module that defines them, which is rewritten too.
 * Only 32-bit, unshared memories are supported (what wasm32 guests produce); anything else
 * is refused rather than left uncapped.
 */
function capMemory(bytes, maxPages) {
    for (const section of sections(bytes)) {
        if (section.id !== MEMORY_SECTION)
            continue;
        let [count, pos] = readUleb(bytes, section.start);
        const limits = [...uleb(count)];
        const minimumPages = [];
        while (count-- > 0) {
            const flags = bytes[pos++];
            if (flags > 0x01)
                throw new Error(`memory limits flag 0x${flags.toString(16)} (shared or 64-bit) is not supported`);
            const [min, afterMin] = readUleb(bytes, pos);
            pos = afterMin;
            let max = maxPages;
            if (flags === 0x01) {
                const [declaredMax, afterMax] = readUleb(bytes, pos);
                pos = afterMax;
                max = Math.min(declaredMax, maxPages);
            }
            minimumPages.push(min);
            limits.push(0x01, ...uleb(min), ...uleb(Math.max(min, max)));
        }
        const rewritten = Buffer.concat([
            bytes.subarray(0, section.header),
            Uint8Array.of(MEMORY_SECTION, ...uleb(limits.length), ...limits),
            bytes.subarray(section.end),
        ]);
        return { bytes: rewritten, minimumPages };
    }
    return { bytes, minimumPages: [] };
}


/***/ })

};
