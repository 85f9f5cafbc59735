import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 643;
export const ids = [643,242,140];
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

/***/ 35709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ removeEnvironment)
/* harmony export */ });
/**
 * Removes an environment once its outputs are out. A failure is logged, not thrown: a leftover
 * temp directory or container must not hide the target's own result.
 */
function removeEnvironment(env, log) {
    return env
        .clean(log)
        .catch((err) => log.write(`edo: removing the environment failed: ${err.message}\n`));
}


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

/***/ 44643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R0: () => (/* binding */ PluginManager)
});

// UNUSED EXPORTS: Plugin, PluginRegistry, unprovidedImports

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __webpack_require__(26906);
// EXTERNAL MODULE: ./lib/environment/removal.js
var removal = __webpack_require__(35709);
;// CONCATENATED MODULE: ./lib/plugin/host-objects.js
/**
 * Main-thread implementations of the resources a plugin imports (wit/common.wit, storage.wit,
 * host.wit). A guest sees them as handles; the worker forwards each method call here
 * (see instance.ts). Methods may be async: the worker blocks until they settle.
 *
 * Each class `implements Implements<Generated.X>`, so typecheck fails when the WIT (and the
 * bindings generated from it) gains a method the host does not provide.
 */





/**
 * Host work the guest need not wait for. The host answers the guest's call at once (saving the
 * worker a wake-up, ≈ 75 µs) and the work goes on beside the guest's next calls; the guest's own
 * call into the plugin ends only after it, and calls on the same handle wait for it
 * (instance.ts). `work` must not reject: the method says where a failure goes.
 */
class BackgroundWork {
    work;
    constructor(work) {
        this.work = work;
    }
}
/** The `error` resource. Deliberately not a JS `Error`: jco lowers it as a resource value. */
class HostError {
    plugin;
    message;
    constructor(plugin, message) {
        this.plugin = plugin;
        this.message = message;
    }
    static from(error) {
        if (error instanceof HostError)
            return error;
        if (error instanceof errors/* EdoError */.bX)
            return new HostError(error.context.plugin ?? 'edo', error.message);
        return new HostError('edo', error instanceof Error ? error.message : String(error));
    }
    toString() {
        return `${this.plugin}: ${this.message}`;
    }
}
class HostId {
    value;
    constructor(name, digest, version, pkg, arch) {
        this.value = { name, digest, version, pkg, arch };
    }
    static of(id) {
        return new HostId(id.name, id.digest, id.version, id.pkg, id.arch);
    }
    static fromString(input) {
        return HostId.of((0,id_format.idFromString)(input));
    }
    toModel() {
        const { name, digest, version, pkg, arch } = this.value;
        return {
            name,
            digest,
            ...(version !== undefined && { version }),
            ...(pkg !== undefined && { pkg }),
            ...(arch !== undefined && { arch }),
        };
    }
    name() {
        return this.value.name;
    }
    digest() {
        return this.value.digest;
    }
    setDigest(digest) {
        this.value = { ...this.value, digest };
    }
    version() {
        return this.value.version;
    }
    setVersion(input) {
        this.value = { ...this.value, version: input };
    }
    clearVersion() {
        this.value = { ...this.value, version: undefined };
    }
    pkg() {
        return this.value.pkg;
    }
    arch() {
        return this.value.arch;
    }
    toString() {
        return (0,id_format.idToString)(this.toModel());
    }
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function jsonOf(value) {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? Number(item) : item));
}
/** The `node` resource: a declaration (kind, name, id, attributes) or one value inside one. */
class HostNode {
    value;
    declaration;
    constructor(value, declaration) {
        this.value = value;
        this.declaration = declaration;
    }
    static ofDeclaration(declaration) {
        return new HostNode(declaration.attrs, declaration);
    }
    static fromJson(json) {
        try {
            return new HostNode(JSON.parse(json));
        }
        catch (error) {
            throw new HostError('edo', `node.from-json: ${error.message}`);
        }
    }
    /** The declaration this node stands for, making one up for a plain table. */
    toDeclaration(addr) {
        if (this.declaration)
            return this.declaration;
        const attrs = isTable(this.value) ? this.value : {};
        const kind = typeof attrs.kind === 'string' ? attrs.kind : '';
        return { kind, name: addr, id: addr, attrs, position: { file: addr, line: 0, col: 0 } };
    }
    validateKeys(keys) {
        if (!isTable(this.value))
            return;
        const unknown = Object.keys(this.value).filter((key) => !keys.includes(key));
        if (unknown.length > 0) {
            const where = this.declaration ? `${this.declaration.kind} ${this.declaration.id}` : 'node';
            throw new HostError('edo', `${where}: unknown attribute(s) ${unknown.join(', ')} (allowed: ${keys.join(', ')})`);
        }
    }
    asBool() {
        return typeof this.value === 'boolean' ? this.value : undefined;
    }
    asInt() {
        if (typeof this.value === 'bigint')
            return this.value;
        return typeof this.value === 'number' && Number.isInteger(this.value) ? BigInt(this.value) : undefined;
    }
    asFloat() {
        if (typeof this.value === 'bigint')
            return Number(this.value);
        return typeof this.value === 'number' ? this.value : undefined;
    }
    asString() {
        return typeof this.value === 'string' ? this.value : undefined;
    }
    asVersion() {
        return this.asString();
    }
    asRequire() {
        return this.asString();
    }
    asList() {
        return Array.isArray(this.value) ? this.value.map((item) => new HostNode(item)) : undefined;
    }
    asTable() {
        return isTable(this.value)
            ? Object.entries(this.value).map(([key, item]) => [key, new HostNode(item)])
            : undefined;
    }
    getId() {
        return this.declaration?.id;
    }
    getKind() {
        return this.declaration?.kind;
    }
    getName() {
        return this.declaration?.name;
    }
    getTable() {
        return this.asTable();
    }
    toJson() {
        return jsonOf(this.value);
    }
}
/**
 * The most one `read` returns, whatever the guest asks: the host never buffers a whole stream
 * (a layer may be gigabytes) because a guest asked for 2^64 bytes. Guests read until an empty
 * list, as with any stream.
 */
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** The `reader` resource over bytes or a stream; `read` returns an empty list at the end. */
class HostReader {
    pending = Buffer.alloc(0);
    chunks;
    done = false;
    constructor(source) {
        if (source instanceof external_node_stream_.Readable)
            this.chunks = source[Symbol.asyncIterator]();
        else {
            this.pending = Buffer.from(source);
            this.done = true;
        }
    }
    /** Synchronous when the bytes are at hand (a guest waiting on a promise costs a wake-up). */
    read(size) {
        const wanted = Number(size < BigInt(MAX_READ_BYTES) ? size : BigInt(MAX_READ_BYTES));
        if (this.pending.length >= wanted || this.done || !this.chunks)
            return this.take(wanted);
        return this.fill(wanted).then(() => this.take(wanted));
    }
    take(wanted) {
        const out = this.pending.subarray(0, wanted);
        this.pending = this.pending.subarray(out.length);
        return out;
    }
    /** Reads from the stream until `wanted` bytes are pending or it ends (one copy at the end). */
    async fill(wanted) {
        const parts = [this.pending];
        let have = this.pending.length;
        while (have < wanted) {
            const next = await this.chunks.next();
            if (next.done) {
                this.done = true;
                break;
            }
            const chunk = Buffer.from(next.value);
            parts.push(chunk);
            have += chunk.length;
        }
        this.pending = Buffer.concat(parts, have);
    }
    /** What is left to read, as a stream for the engine. */
    toReadable() {
        return external_node_stream_.Readable.from(this.remaining());
    }
    async *remaining() {
        for (;;) {
            const chunk = await this.read(65536n);
            if (chunk.length === 0)
                return;
            yield chunk;
        }
    }
}
/**
 * The most the host keeps in its memory for a guest at once (a writer the guest constructs, a
 * file it reads): its own memory is capped (512 MiB by default), what it makes the host hold is
 * not otherwise.
 */
const MAX_GUEST_BUFFER_BYTES = 256 * 1024 * 1024;
/** A writer that keeps what is written in memory (a guest-constructed `writer`). */
class MemoryWriter extends external_node_stream_.Writable {
    chunks = [];
    bytesWritten = 0;
    _write(chunk, _encoding, callback) {
        this.chunks.push(chunk);
        this.bytesWritten += chunk.length;
        callback();
    }
}
/** The `writer` resource: over a host stream (a layer being written), or in memory. */
class HostWriter {
    writable;
    constructor(writable) {
        this.writable = writable ?? new MemoryWriter();
    }
    /**
     * Synchronous unless the stream pushes back: a guest waiting on a promise blocks its worker,
     * which then costs a thread wake-up to resume.
     */
    write(data) {
        const written = BigInt(data.length);
        if (this.writable instanceof MemoryWriter &&
            this.writable.bytesWritten + data.length > MAX_GUEST_BUFFER_BYTES) {
            // The guest's memory is capped; what it keeps in the host's must be too.
            throw new HostError('edo', `writer: a writer the plugin makes holds at most ${MAX_GUEST_BUFFER_BYTES >> 20} MiB`);
        }
        if (this.writable.write(Buffer.from(data)))
            return written;
        return (0,external_node_events_.once)(this.writable, 'drain').then(() => written);
    }
    toReader() {
        if (!(this.writable instanceof MemoryWriter)) {
            throw new HostError('edo', 'writer.to-reader: only a writer the plugin constructed can be read back');
        }
        return new HostReader(Buffer.concat(this.writable.chunks));
    }
}
class HostLog {
    log;
    constructor(log) {
        this.log = log;
    }
    write(message) {
        this.log.write(message);
        return BigInt(message.length);
    }
}
class HostConfig {
    values;
    constructor(values) {
        this.values = values;
    }
    get(name) {
        return Object.hasOwn(this.values, name) ? new HostNode(this.values[name]) : undefined;
    }
}
class HostLayer {
    layer;
    constructor(mediaType, digest, size, platform) {
        this.layer = { mediaType, digest, size: Number(size), ...(platform !== undefined && { platform }) };
    }
    static of(layer) {
        return new HostLayer(layer.mediaType, layer.digest, BigInt(layer.size), layer.platform);
    }
    mediaType() {
        return this.layer.mediaType;
    }
    digest() {
        return this.layer.digest;
    }
    size() {
        return BigInt(this.layer.size);
    }
    platform() {
        return this.layer.platform;
    }
}
class HostArtifactConfig {
    provided;
    metadataJson;
    idValue;
    /** Without prototypes: the guest names the groups and packages (`__proto__` is just a name). */
    requirements = Object.create(null);
    constructor(id, provided, metadataJson) {
        this.provided = provided;
        this.metadataJson = metadataJson;
        this.idValue = id.toModel();
    }
    static of(config) {
        const metadata = config.metadata === undefined ? undefined : JSON.stringify(config.metadata);
        const host = new HostArtifactConfig(HostId.of(config.id), [...config.provides], metadata);
        for (const [group, names] of Object.entries(config.requires)) {
            for (const [name, version] of Object.entries(names))
                host.addRequirement(group, name, version);
        }
        return host;
    }
    toModel() {
        let metadata;
        if (this.metadataJson !== undefined) {
            try {
                metadata = JSON.parse(this.metadataJson);
            }
            catch {
                throw new HostError('edo', `artifact-config metadata is not JSON: ${this.metadataJson.slice(0, 80)}`);
            }
        }
        return {
            id: this.idValue,
            provides: [...this.provided],
            // A copy by hand: structuredClone took ≈ 40 µs of every plugin transform's result.
            requires: Object.fromEntries(Object.entries(this.requirements).map(([group, names]) => [group, { ...names }])),
            ...(metadata !== undefined && { metadata }),
        };
    }
    id() {
        return HostId.of(this.idValue);
    }
    provides() {
        return [...this.provided];
    }
    requires() {
        return Object.entries(this.requirements).map(([group, names]) => [group, Object.entries(names)]);
    }
    addRequirement(group, name, version) {
        (this.requirements[group] ??= Object.create(null))[name] = version;
    }
    metadata() {
        return this.metadataJson;
    }
}
class HostArtifact {
    configValue;
    layerList = [];
    constructor(config) {
        this.configValue = config;
    }
    static of(artifact) {
        const host = new HostArtifact(HostArtifactConfig.of(artifact.config));
        for (const layer of artifact.layers)
            host.addLayer(HostLayer.of(layer));
        return host;
    }
    toModel() {
        return { config: this.configValue.toModel(), layers: this.layerList.map((layer) => layer.layer) };
    }
    config() {
        return this.configValue;
    }
    layers() {
        return [...this.layerList];
    }
    addLayer(layer) {
        this.layerList.push(layer);
    }
}
class HostStorageManager {
    manager;
    constructor(manager) {
        this.manager = manager;
    }
    async open(id) {
        return HostArtifact.of(await this.manager.open(id.toModel()));
    }
    has(id) {
        return this.manager.has(id.toModel());
    }
    async read(layer) {
        return new HostReader(await this.manager.read(layer.layer));
    }
    async startLayer() {
        return new HostWriter(await this.manager.startLayer());
    }
    async finishLayer(mediaType, platform, writer) {
        // The guest has no `end`: finishing a layer ends its writer (the engine's convention).
        if (!writer.writable.writableEnded)
            writer.writable.end();
        const layer = await this.manager.finishLayer(mediaType, platform, writer.writable);
        return HostLayer.of(layer);
    }
    save(artifact) {
        return this.manager.save(artifact.toModel());
    }
}
class HostCommand {
    command;
    constructor(command) {
        this.command = command;
    }
    set(key, value) {
        this.command.set(key, value);
    }
    chdir(path) {
        this.command.chdir(path);
    }
    pushd(path) {
        this.command.pushd(path);
    }
    popd() {
        this.command.popd();
    }
    createNamedDir(key, path) {
        this.command.createNamedDir(key, path);
    }
    createDir(path) {
        this.command.createDir(path);
    }
    removeDir(path) {
        this.command.removeDir(path);
    }
    removeFile(path) {
        this.command.removeFile(path);
    }
    mv(source, target) {
        this.command.mv(source, target);
    }
    copy(source, target) {
        this.command.copy(source, target);
    }
    run(cmd) {
        this.command.run(cmd);
    }
    send(path) {
        this.command.send(path);
    }
}
class HostEnvironment {
    environment;
    constructor(environment) {
        this.environment = environment;
    }
    deferCmd(log, id) {
        return new HostCommand(this.environment.deferCmd(log.log, id.toModel()));
    }
    expand(path) {
        return this.environment.expand(path);
    }
    createDir(path) {
        return this.environment.createDir(path);
    }
    setEnv(key, value) {
        return this.environment.setEnv(key, value);
    }
    getEnv(key) {
        return this.environment.getEnv(key);
    }
    setup(log, storage) {
        return this.environment.setup(log.log, storage.manager);
    }
    up(log) {
        return this.environment.up(log.log);
    }
    down(log) {
        return this.environment.down(log.log);
    }
    /**
     * In the background, as the engine removes a target's environment while it saves the artifact;
     * and as there, a failed removal is logged rather than failing the transform.
     */
    clean(log) {
        return new BackgroundWork((0,removal/* removeEnvironment */.I)(this.environment, log.log));
    }
    write(path, data) {
        return this.environment.write(path, data.toReadable());
    }
    unpack(path, data) {
        return this.environment.unpack(path, data.toReadable());
    }
    read(path, writer) {
        return this.environment.read(path, writer.writable);
    }
    cmd(log, id, path, command) {
        return this.environment.cmd(log.log, id.toModel(), path, command);
    }
    run(log, id, path, command) {
        return this.environment.run(log.log, id.toModel(), path, command.command);
    }
    async shell(path) {
        // WIT's shell returns no status; `edo shell` reads it from the environment it passed.
        await this.environment.shell(path);
    }
}
class HostFarm {
    farm;
    constructor(farm) {
        this.farm = farm;
    }
    setup(log, storage) {
        return this.farm.setup(log.log, storage.manager);
    }
    async create(log, path) {
        return new HostEnvironment(await this.farm.create(log.log, path));
    }
    async identity() {
        const identity = await this.farm.identity();
        return Object.entries(identity).map(([key, value]) => [
            key,
            typeof value === 'string' ? value : JSON.stringify(value),
        ]);
    }
}
class HostSource {
    source;
    constructor(source) {
        this.source = source;
    }
    async getUniqueId() {
        return HostId.of(await this.source.getUniqueId());
    }
    async fetch(log, storage) {
        return HostArtifact.of(await this.source.fetch(log.log, storage.manager));
    }
    stage(log, storage, env, path) {
        return this.source.stage(log.log, storage.manager, env.environment, path);
    }
}
class HostTransform {
    transform;
    constructor(transform) {
        this.transform = transform;
    }
    environment() {
        return this.transform.environment();
    }
    depends() {
        return this.transform.depends();
    }
    async getUniqueId(ctx) {
        return HostId.of(await this.transform.getUniqueId(ctx.handle));
    }
    prepare(log, ctx) {
        return this.transform.prepare(log.log, ctx.handle);
    }
    stage(log, ctx, env) {
        return this.transform.stage(log.log, ctx.handle, env.environment);
    }
    async execute(log, ctx, env) {
        const status = await this.transform.transform(log.log, ctx.handle, env.environment);
        if (status.kind === 'success')
            return { tag: 'success', val: HostArtifact.of(status.artifact) };
        return { tag: status.kind, val: [status.log, HostError.from(status.error)] };
    }
    canShell() {
        return this.transform.canShell();
    }
    shell(env) {
        return this.transform.shell(env.environment);
    }
}
class HostHandle {
    handle;
    constructor(handle) {
        this.handle = handle;
    }
    storage() {
        return new HostStorageManager(this.handle.storage());
    }
    get(addr) {
        const transform = this.handle.get(addr);
        return transform && new HostTransform(transform);
    }
}
class HostContext {
    context;
    configValues;
    constructor(context, configValues) {
        this.context = context;
        this.configValues = configValues;
    }
    getArg(name) {
        return this.context.getArg(name);
    }
    getHandle() {
        return new HostHandle(this.context.getHandle());
    }
    config() {
        return new HostConfig(this.configValues);
    }
    storage() {
        return new HostStorageManager(this.context.storage());
    }
    getTransform(addr) {
        const transform = this.context.getTransform(addr);
        return transform && new HostTransform(transform);
    }
    getFarm(addr) {
        const farm = this.context.getFarm(addr);
        return farm && new HostFarm(farm);
    }
    async addSource(addr, node) {
        return new HostSource(await this.context.addSource(addr, node.toDeclaration(addr)));
    }
}
/** The host classes by import interface (unversioned, as jco's generated code reads them) and WIT-derived class name. */
const HOST_CLASSES = {
    'edo:plugin/common': {
        Error: HostError,
        Id: HostId,
        Node: HostNode,
        Reader: HostReader,
        Writer: HostWriter,
        Log: HostLog,
        Config: HostConfig,
    },
    'edo:plugin/storage': {
        Layer: HostLayer,
        ArtifactConfig: HostArtifactConfig,
        Artifact: HostArtifact,
        StorageManager: HostStorageManager,
    },
    'edo:plugin/host': {
        Command: HostCommand,
        Environment: HostEnvironment,
        Farm: HostFarm,
        Source: HostSource,
        Transform: HostTransform,
        Handle: HostHandle,
        Context: HostContext,
    },
};
/** Constructors a guest may call (`constructor` in the WIT). Others are reachable only as handles. */
const GUEST_CONSTRUCTIBLE = new Set([
    HostError,
    HostId,
    HostReader,
    HostWriter,
    HostLayer,
    HostArtifactConfig,
    HostArtifact,
]);
/** Static functions a guest may call, per class. */
const GUEST_STATICS = new Map([
    [HostId, ['fromString']],
    [HostNode, ['fromJson']],
]);

// EXTERNAL MODULE: ./lib/storage/streams.js
var streams = __webpack_require__(6280);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/plugin/wasi-stubs.js
/**
 * Deny-by-default `wasi:*` imports for guests built with WASI features (C with wasi-libc, a
 * default componentize-js build). Never preview2-shim, which gives a guest the whole host.
 * What they allow: stdout and stderr go to the build log; stdin is empty; there is no terminal,
 * no preopened directory (so no file access: use `edo:plugin/system` with an `fs:` grant), and no
 * outgoing HTTP (use `http-fetch` with a `net:` grant); clocks read zero and random is a fixed
 * seeded sequence, which keeps plugins deterministic.
 *
 * `makeWasiStubs` runs inside the worker (stringified like worker-main.ts): self-contained.
 */
/** The host function the stubs write stdout/stderr through. */
const WASI_OUTPUT = { iface: 'edo:wasi-output', fn: 'write' };
/** The wasi interfaces (unversioned) the stubs provide, any 0.2.x version. */
const WASI_STUBBED = [
    'wasi:cli/environment',
    'wasi:cli/exit',
    'wasi:cli/stderr',
    'wasi:cli/stdin',
    'wasi:cli/stdout',
    'wasi:cli/terminal-input',
    'wasi:cli/terminal-output',
    'wasi:cli/terminal-stderr',
    'wasi:cli/terminal-stdin',
    'wasi:cli/terminal-stdout',
    'wasi:clocks/monotonic-clock',
    'wasi:clocks/wall-clock',
    'wasi:filesystem/preopens',
    'wasi:filesystem/types',
    'wasi:http/outgoing-handler',
    'wasi:http/types',
    'wasi:io/error',
    'wasi:io/poll',
    'wasi:io/streams',
    'wasi:random/random',
    'wasi:random/insecure',
    'wasi:random/insecure-seed',
];
function makeWasiStubs(writeOutput) {
    const closed = { tag: 'closed' };
    const denied = (what, instead) => () => {
        throw new Error(`${what} is denied to plugins: ${instead}`);
    };
    // What `check-write` permits per write. A guest asking for more (or for that many random
    // bytes at once) breaks the WASI contract: it traps rather than make the host allocate, fill
    // and log gigabytes.
    const PERMIT = 65536;
    const permitted = (what, length) => {
        if (length > PERMIT)
            throw new Error(`wasi: ${what} of ${String(length)} bytes (at most ${PERMIT} at once)`);
        return Number(length);
    };
    class Pollable {
        ready() {
            return true;
        }
        block() { }
    }
    class InputStream {
        read() {
            throw closed;
        }
        blockingRead() {
            throw closed;
        }
        skip() {
            throw closed;
        }
        blockingSkip() {
            throw closed;
        }
        subscribe() {
            return new Pollable();
        }
    }
    class OutputStream {
        target;
        constructor(target) {
            this.target = target;
        }
        checkWrite() {
            if (!this.target)
                throw closed;
            return BigInt(PERMIT);
        }
        write(contents) {
            if (!this.target)
                throw closed;
            permitted('a write', contents.length);
            writeOutput(this.target, contents);
        }
        blockingWriteAndFlush(contents) {
            this.write(contents);
        }
        flush() { }
        blockingFlush() { }
        subscribe() {
            return new Pollable();
        }
        writeZeroes(length) {
            this.write(new Uint8Array(permitted('a write', length)));
        }
        blockingWriteZeroesAndFlush(length) {
            this.writeZeroes(length);
        }
        splice() {
            throw closed;
        }
        blockingSplice() {
            throw closed;
        }
    }
    class IoError {
        toDebugString() {
            return 'denied';
        }
    }
    class Terminal {
    }
    class Descriptor {
    }
    // xorshift64*, fixed seed: deterministic "random" for hash seeds and Math.random.
    let state = 0x9e3779b97f4a7c15n;
    const nextU64 = () => {
        state ^= state >> 12n;
        state ^= (state << 25n) & 0xffffffffffffffffn;
        state ^= state >> 27n;
        return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
    };
    const randomBytes = (length) => {
        const out = new Uint8Array(permitted('a random read', length));
        for (let i = 0; i < out.length; i++)
            out[i] = Number(nextU64() & 0xffn);
        return out;
    };
    const random = { getRandomBytes: randomBytes, getRandomU64: nextU64 };
    const noHttp = denied('wasi:http', 'use edo:plugin/system http-fetch with a net: capability');
    const httpClass = (name) => {
        const cls = class {
            constructor() {
                noHttp();
            }
        };
        Object.defineProperty(cls, 'name', { value: name });
        return cls;
    };
    const httpTypes = {};
    for (const name of [
        'Fields',
        'FutureIncomingResponse',
        'FutureTrailers',
        'IncomingBody',
        'IncomingRequest',
        'IncomingResponse',
        'OutgoingBody',
        'OutgoingRequest',
        'OutgoingResponse',
        'RequestOptions',
        'ResponseOutparam',
    ]) {
        httpTypes[name] = httpClass(name);
    }
    httpTypes.httpErrorCode = () => undefined;
    return {
        'wasi:cli/environment': { getEnvironment: () => [], getArguments: () => [], initialCwd: () => undefined },
        'wasi:cli/exit': { exit: denied('wasi:cli/exit', 'return an error instead') },
        'wasi:cli/stdin': { getStdin: () => new InputStream() },
        'wasi:cli/stdout': { getStdout: () => new OutputStream('stdout') },
        'wasi:cli/stderr': { getStderr: () => new OutputStream('stderr') },
        'wasi:cli/terminal-input': { TerminalInput: Terminal },
        'wasi:cli/terminal-output': { TerminalOutput: Terminal },
        'wasi:cli/terminal-stdin': { getTerminalStdin: () => undefined },
        'wasi:cli/terminal-stdout': { getTerminalStdout: () => undefined },
        'wasi:cli/terminal-stderr': { getTerminalStderr: () => undefined },
        'wasi:clocks/monotonic-clock': {
            now: () => 0n,
            resolution: () => 1n,
            subscribeDuration: () => new Pollable(),
            subscribeInstant: () => new Pollable(),
        },
        'wasi:clocks/wall-clock': {
            now: () => ({ seconds: 0n, nanoseconds: 0 }),
            resolution: () => ({ seconds: 0n, nanoseconds: 1 }),
        },
        'wasi:filesystem/preopens': { getDirectories: () => [] },
        'wasi:filesystem/types': {
            Descriptor,
            DirectoryEntryStream: Descriptor,
            filesystemErrorCode: () => undefined,
        },
        'wasi:http/outgoing-handler': {
            handle: () => {
                throw { tag: 'HTTP-request-denied' };
            },
        },
        'wasi:http/types': httpTypes,
        'wasi:io/error': { Error: IoError },
        'wasi:io/poll': {
            Pollable,
            poll: (list) => Uint32Array.from(list.keys()),
        },
        'wasi:io/streams': { InputStream, OutputStream },
        'wasi:random/random': random,
        'wasi:random/insecure': { getInsecureRandomBytes: randomBytes, getInsecureRandomU64: nextU64 },
        'wasi:random/insecure-seed': { insecureSeed: () => [nextU64(), nextU64()] },
    };
}

;// CONCATENATED MODULE: ./lib/plugin/worker-main.js
async function workerMain(helpers) {
    // process.getBuiltinModule rather than import(): an ESM namespace of node:fs reads every lazy
    // getter, which loads the stream modules (≈ 7 ms of a worker's ≈ 60 ms start on Node 24).
    const { workerData, receiveMessageOnPort, parentPort } = process.getBuiltinModule('node:worker_threads');
    // Messages from the instance: a WorkerLoad, then the modules (possibly both before we listen for the second).
    const inbox = [];
    const waiting = [];
    parentPort.on('message', (message) => {
        const take = waiting.shift();
        if (take)
            take(message);
        else
            inbox.push(message);
    });
    const nextMessage = () => new Promise((resolve) => {
        if (inbox.length > 0)
            resolve(inbox.shift());
        else
            waiting.push(resolve);
    });
    const { readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
    const { Script } = process.getBuiltinModule('node:vm');
    const { sab, port, classes, wasiOutput } = workerData;
    const { jsPath, functions } = await nextMessage();
    const wasm = globalThis.WebAssembly;
    const wire = helpers.makeWire({ sab, port, receiveMessageOnPort, side: 1 });
    /**
     * How long the worker spins for the next message before blocking: a guest's host calls and a
     * host's calls in a row arrive within µs, and a futex wake-up costs tens of µs.
     */
    const SPIN_MS = 0.2;
    let seenFromMain = 0;
    /** Host handles the guest dropped, reported with the next message. */
    let dropped = [];
    // Host objects: proxies holding a main-thread handle id; guest objects: this thread's table.
    const hostIds = new WeakMap();
    const hostProxies = new Map();
    const proxyClasses = new Map();
    const guestObjects = new Map();
    const guestIds = new WeakMap();
    let nextGuestId = 1;
    const send = (message) => {
        if (dropped.length > 0) {
            message.d = dropped;
            dropped = [];
        }
        wire.write(message, (object) => {
            const hostId = hostIds.get(object);
            if (hostId !== undefined)
                return { kind: 'h', id: hostId };
            let id = guestIds.get(object);
            if (id === undefined) {
                id = nextGuestId++;
                guestIds.set(object, id);
                guestObjects.set(id, object);
            }
            return { kind: 'g', id };
        });
    };
    function receive() {
        // Loop: a wake-up is only a hint, the counter says whether a message arrived.
        let now;
        while ((now = wire.waitSync(seenFromMain, SPIN_MS, Infinity)) === seenFromMain)
            ;
        seenFromMain = now;
        return wire.read((ref) => {
            const id = ref.id;
            if (ref.kind === 'g')
                return guestObjects.get(id);
            let proxy = hostProxies.get(id);
            if (!proxy) {
                proxy = Object.create(proxyClasses.get(ref.c).prototype);
                hostIds.set(proxy, id);
                hostProxies.set(id, proxy);
            }
            return proxy;
        });
    }
    function callHost(message) {
        send(message);
        const reply = receive();
        if (reply.k === 'hret')
            return reply.v;
        if (reply.k === 'hthrow')
            throw reply.v;
        throw new Error(`plugin worker: unexpected ${reply.k} during a host call (re-entrant call?)`);
    }
    const imports = {};
    for (const [iface, byName] of Object.entries(classes)) {
        const target = (imports[iface] ??= {});
        for (const [name, { methods, statics }] of Object.entries(byName)) {
            const proxyClass = class {
                constructor(...args) {
                    const ref = callHost({ k: 'new', i: iface, c: name, a: args });
                    hostIds.set(this, hostIds.get(ref));
                    hostProxies.set(hostIds.get(ref), this);
                }
            };
            Object.defineProperty(proxyClass, 'name', { value: name });
            Object.defineProperty(proxyClass.prototype, Symbol.dispose ?? Symbol.for('dispose'), {
                value: function () {
                    const id = hostIds.get(this);
                    if (id === undefined)
                        return;
                    hostIds.delete(this);
                    hostProxies.delete(id);
                    dropped.push(id);
                },
            });
            for (const method of methods) {
                Object.defineProperty(proxyClass.prototype, method, {
                    value: function (...args) {
                        return callHost({ k: 'host', h: hostIds.get(this), m: method, a: args });
                    },
                });
            }
            for (const method of statics) {
                Object.defineProperty(proxyClass, method, {
                    value: (...args) => callHost({ k: 'static', i: iface, c: name, m: method, a: args }),
                });
            }
            proxyClasses.set(name, proxyClass);
            target[name] = proxyClass;
        }
    }
    for (const [iface, names] of Object.entries(functions)) {
        const target = (imports[iface] ??= {});
        for (const name of names) {
            target[name] = (...args) => callHost({ k: 'fn', i: iface, m: name, a: args });
        }
    }
    const writeOutput = imports[wasiOutput.iface][wasiOutput.fn];
    Object.assign(imports, helpers.makeWasiStubs(writeOutput));
    // Node 20 lacks JSPI; jco probes WebAssembly.promising ~60 times per instantiation, and a
    // missing function makes V8 re-parse a huge function each time (~340 ms). Throwing is cheap.
    if (typeof wasm.promising !== 'function') {
        wasm.promising = () => {
            throw new TypeError('JSPI is not available');
        };
    }
    const memories = [];
    let exportsRoot;
    // The generated JS is a script (see loader.ts) run with V8's code cache, which spares parsing
    // its ~1 MB again in every process; the cache is (re)made on the first start.
    const codeCachePath = `${jsPath}.v8-cache`;
    let codeCache;
    try {
        codeCache = readFileSync(codeCachePath);
    }
    catch {
        codeCache = undefined;
    }
    let script;
    try {
        script = new Script(readFileSync(jsPath, 'utf8'), { filename: jsPath, cachedData: codeCache });
        const instantiate = script.runInThisContext()();
        const modules = await nextMessage();
        parentPort.removeAllListeners('message');
        exportsRoot = await instantiate((path) => modules[path], imports, async (module, coreImports) => {
            const instance = await wasm.instantiate(module, coreImports);
            for (const item of Object.values(instance.exports)) {
                if (item instanceof wasm.Memory)
                    memories.push(item);
            }
            return instance;
        });
    }
    catch (error) {
        send({ k: 'trap', m: `instantiation failed: ${error?.message ?? String(error)}` });
        return;
    }
    if (!codeCache || script.cachedDataRejected) {
        const temp = `${codeCachePath}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
        try {
            writeFileSync(temp, script.createCachedData());
            renameSync(temp, codeCachePath);
        }
        catch {
            // Only a cache: the next start parses the script again.
            rmSync(temp, { force: true });
        }
    }
    send({ k: 'ready' });
    const memoryBytes = () => memories.reduce((total, memory) => total + memory.buffer.byteLength, 0);
    for (;;) {
        const message = receive();
        if (message.k === 'drop') {
            for (const id of message.ids)
                guestObjects.delete(id);
            continue;
        }
        try {
            const args = message.a;
            let result;
            if (message.t === undefined) {
                const [iface, name] = message.f.split('.');
                result = exportsRoot[iface][name](...args);
            }
            else {
                const target = guestObjects.get(message.t);
                if (!target)
                    throw new Error(`guest object ${String(message.t)} no longer exists`);
                result = target[message.f](...args);
            }
            send({ k: 'ret', v: result });
        }
        catch (error) {
            const payload = error?.payload;
            if (payload !== undefined && typeof payload === 'object' && payload !== null && hostIds.has(payload)) {
                send({ k: 'err', v: payload });
            }
            else {
                const failure = error;
                send({
                    k: 'trap',
                    m: failure?.message ?? String(error),
                    n: failure?.name ?? typeof error,
                    memory: memoryBytes(),
                });
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/plugin/wire.js
/**
 * The control words take the first 16 bytes; messages start on a later cache line. Sharing a line
 * made every store of a message contend with the other thread spinning on the control words
 * (measured, three runs each, interleaved: a call 2.24–3.11× the in-thread call, 1.72–2.33× apart).
 */
const WIRE_HEADER_BYTES = 128;
function makeWire(ends) {
    const { sab, port, receiveMessageOnPort, side } = ends;
    const control = new Int32Array(sab, 0, 4);
    // WIRE_HEADER_BYTES (this function is stringified into the worker: no outside names).
    const shared = Buffer.from(sab, 128);
    const other = 1 - side;
    // Value tags.
    const UNDEFINED = 0, NULL = 1, FALSE = 2, TRUE = 3, INT32 = 4, FLOAT64 = 5, BIGINT64 = 6, BIGINT_TEXT = 7, STRING = 8, BYTES = 9, ARRAY = 10, OBJECT = 11, REF = 12, STRING_NEW = 13, STRING_REF = 14;
    /** Strings up to this many UTF-16 units go in the tables, until a table holds MAX_TABLED. */
    const MAX_TABLED_LENGTH = 40;
    const MAX_TABLED = 4096;
    /** Strings this side sent, by number (including those of the message being written). */
    const sentStrings = new Map();
    /** The numbers in `sentStrings` from this many on belong to the message being written. */
    let committedStrings = 0;
    /** Strings the other side sent, by number. */
    const receivedStrings = [];
    const TYPED_ARRAYS = [
        Uint8Array,
        Int8Array,
        Uint16Array,
        Int16Array,
        Uint32Array,
        Int32Array,
        Float32Array,
        Float64Array,
        BigInt64Array,
        BigUint64Array,
    ];
    const INT64_MIN = -(2n ** 63n);
    const INT64_MAX = 2n ** 63n - 1n;
    // The buffer being written: the shared area, or a private one once a message outgrows it.
    let out = shared;
    let at = 0;
    function reserve(bytes) {
        if (at + bytes <= out.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
        out.copy(grown, 0, 0, at);
        out = grown;
    }
    function put(value, resource) {
        reserve(9);
        switch (typeof value) {
            case 'undefined':
            case 'function':
            case 'symbol':
                out[at++] = UNDEFINED;
                return;
            case 'boolean':
                out[at++] = value ? TRUE : FALSE;
                return;
            case 'number':
                if ((value | 0) === value && !Object.is(value, -0)) {
                    out[at++] = INT32;
                    at = out.writeInt32LE(value, at);
                }
                else {
                    out[at++] = FLOAT64;
                    at = out.writeDoubleLE(value, at);
                }
                return;
            case 'bigint':
                if (value >= INT64_MIN && value <= INT64_MAX) {
                    out[at++] = BIGINT64;
                    at = out.writeBigInt64LE(value, at);
                }
                else {
                    out[at++] = BIGINT_TEXT;
                    putString(value.toString());
                }
                return;
            case 'string':
                putString(value);
                return;
        }
        if (value === null) {
            out[at++] = NULL;
            return;
        }
        const object = value;
        if (ArrayBuffer.isView(object)) {
            const kind = TYPED_ARRAYS.findIndex((Typed) => object instanceof Typed);
            out[at++] = BYTES;
            out[at++] = Math.max(kind, 0);
            at = out.writeUInt32LE(object.byteLength, at);
            reserve(object.byteLength);
            out.set(new Uint8Array(object.buffer, object.byteOffset, object.byteLength), at);
            at += object.byteLength;
            return;
        }
        if (Array.isArray(object)) {
            out[at++] = ARRAY;
            at = out.writeUInt32LE(object.length, at);
            for (const item of object)
                put(item, resource);
            return;
        }
        if (Object.getPrototypeOf(object) !== Object.prototype) {
            out[at++] = REF;
            put(resource(object), resource);
            return;
        }
        const keys = Object.keys(object);
        out[at++] = OBJECT;
        at = out.writeUInt32LE(keys.length, at);
        for (const key of keys) {
            putString(key);
            put(object[key], resource);
        }
    }
    function putString(text) {
        if (text.length <= MAX_TABLED_LENGTH) {
            const number = sentStrings.get(text);
            if (number !== undefined) {
                reserve(3);
                out[at++] = STRING_REF;
                at = out.writeUInt16LE(number, at);
                return;
            }
        }
        // UTF-8 takes at most 3 bytes per UTF-16 unit: write, then fill in the length.
        reserve(5 + text.length * 3);
        if (text.length <= MAX_TABLED_LENGTH && sentStrings.size < MAX_TABLED) {
            out[at++] = STRING_NEW;
            sentStrings.set(text, sentStrings.size);
        }
        else {
            out[at++] = STRING;
        }
        const length = out.write(text, at + 4, 'utf8');
        out.writeUInt32LE(length, at);
        at += 4 + length;
    }
    // The buffer being read.
    let input = shared;
    let from = 0;
    function take(resource) {
        const tag = input[from++];
        switch (tag) {
            case UNDEFINED:
                return undefined;
            case NULL:
                return null;
            case FALSE:
                return false;
            case TRUE:
                return true;
            case INT32:
                from += 4;
                return input.readInt32LE(from - 4);
            case FLOAT64:
                from += 8;
                return input.readDoubleLE(from - 8);
            case BIGINT64:
                from += 8;
                return input.readBigInt64LE(from - 8);
            case BIGINT_TEXT:
                return BigInt(take(resource));
            case STRING:
                return takeString();
            case STRING_NEW: {
                const text = takeString();
                receivedStrings.push(text);
                return text;
            }
            case STRING_REF:
                from += 2;
                return receivedStrings[input.readUInt16LE(from - 2)];
            case BYTES: {
                const Typed = TYPED_ARRAYS[input[from++]] ?? Uint8Array;
                const length = input.readUInt32LE(from);
                from += 4;
                // A copy: the shared area is reused by the next message.
                const copy = new ArrayBuffer(length);
                new Uint8Array(copy).set(input.subarray(from, from + length));
                from += length;
                return new Typed(copy);
            }
            case ARRAY: {
                const length = input.readUInt32LE(from);
                from += 4;
                const items = new Array(length);
                for (let i = 0; i < length; i++)
                    items[i] = take(resource);
                return items;
            }
            case OBJECT: {
                const count = input.readUInt32LE(from);
                from += 4;
                const object = {};
                for (let i = 0; i < count; i++) {
                    const key = take(resource);
                    object[key] = take(resource);
                }
                return object;
            }
            case REF:
                return resource(take(resource));
            default:
                throw new Error(`plugin wire: bad value tag ${String(tag)} at ${from - 1}`);
        }
    }
    function takeString() {
        const length = input.readUInt32LE(from);
        from += 4 + length;
        return input.toString('utf8', from - length, from);
    }
    /** Encodes `message` (resources through `resource`) and hands it to the other side. */
    function write(message, resource) {
        out = shared;
        at = 0;
        try {
            put(message, resource);
        }
        catch (error) {
            out = shared;
            // The other side never sees this message: forget the strings it would have defined.
            for (const [text, number] of sentStrings)
                if (number >= committedStrings)
                    sentStrings.delete(text);
            throw error;
        }
        committedStrings = sentStrings.size;
        if (out === shared) {
            Atomics.store(control, 2, at);
        }
        else {
            const overflow = out.buffer.slice(out.byteOffset, out.byteOffset + at);
            out = shared;
            port.postMessage(overflow, [overflow]);
            Atomics.store(control, 2, -1);
        }
        Atomics.add(control, side, 1);
        Atomics.notify(control, side);
    }
    /** Decodes the message the other side wrote (resources through `resource`). */
    function read(resource) {
        const length = Atomics.load(control, 2);
        input = length < 0 ? Buffer.from(receiveMessageOnPort(port).message) : shared;
        from = 0;
        try {
            return take(resource);
        }
        finally {
            input = shared;
        }
    }
    /**
     * Tells the worker whether its next message is far off (main thread only): the reply to its host
     * call needs asynchronous work, or the host called another plugin after this one's last call.
     * It then sleeps rather than spins.
     */
    function setHostBusy(busy) {
        Atomics.store(control, 3, busy ? 1 : 0);
    }
    // Spinning only pays when the other thread has a core to itself: on a busy machine a spinning
    // thread holds the core the other one needs (measured: 0.5–1 ms per call at a load of 8 on
    // 2 cores, spinning 0.2 ms each time). So spins that run out twice in a row make the next ones
    // skip spinning, for twice as many waits each time (up to 16), and a spin that succeeds resets
    // that. One miss alone is no sign of load: a transform's guest code between two host calls can
    // outlast a spin now and then, and skipping spins after it made every later crossing a
    // wake-up (measured: 14 host calls, ≈ 60 µs more each). Longer skips kept both sides blocking
    // long after a slow patch (a guest's first calls, before V8 optimizes its code).
    // A worker the host told it is busy (`setHostBusy`) does not spin at all.
    let spinFailures = 0;
    let waitsWithoutSpin = 0;
    /**
     * Waits until the other side's counter differs from `seen`: spins up to `spinMs` (see above),
     * then blocks in `Atomics.wait` up to `blockMs`. Returns the counter (still `seen` on a time-out).
     */
    function waitSync(seen, spinMs, blockMs) {
        if (waitsWithoutSpin > 0) {
            waitsWithoutSpin--;
        }
        else {
            const until = performance.now() + spinMs;
            let hostBusy;
            do {
                for (let i = 0; i < 256; i++) {
                    const now = Atomics.load(control, other);
                    if (now !== seen) {
                        spinFailures = 0;
                        return now;
                    }
                }
                hostBusy = side === 1 && Atomics.load(control, 3) === 1;
            } while (!hostBusy && performance.now() < until);
            if (!hostBusy) {
                spinFailures = Math.min(spinFailures + 1, 5);
                if (spinFailures > 1)
                    waitsWithoutSpin = 2 ** (spinFailures - 1);
            }
        }
        if (blockMs > 0)
            Atomics.wait(control, other, seen, blockMs);
        return Atomics.load(control, other);
    }
    return { control, write, read, waitSync, setHostBusy };
}

;// CONCATENATED MODULE: ./lib/plugin/instance.js







const DEFAULT_LIMITS = { timeMs: 60_000, memoryMb: 512, stackMb: 4, handles: 1_000_000 };
/**
 * A call on a guest object of a discarded worker generation. Callers that can re-create the object
 * (components, through `create-*`) do so and call again: the worker may have been discarded by
 * another call while this one waited in the queue.
 */
class StaleGuestObject extends errors/* EdoError */.bX {
}
/** The guest holds more host handles than its limit allows (see `PluginLimits.handles`). */
class HandleLimitExceeded extends Error {
    constructor(limit) {
        super(`held more than ${limit} host handles (drop the handles it no longer needs)`);
    }
}
/** A resource the guest implements (a transform, a farm...), valid in one worker generation. */
class GuestRef {
    instance;
    generation;
    id;
    constructor(instance, generation, id) {
        this.instance = instance;
        this.generation = generation;
        this.id = id;
    }
}
/** Messages up to this size go through shared memory; bigger ones through the MessagePort. */
const CHANNEL_BYTES = 1 << 20;
/**
 * How long the main thread spins waiting for a guest reply before yielding to the event loop
 * (`Atomics.waitAsync`). Small calls return within tens of µs; spinning through them avoids both
 * a thread wake-up and a trip through the event loop (wire.ts). The worker pays for that trip too:
 * its `Atomics.notify` of an asynchronous waiter takes ≈ 16 µs (measured), against well under
 * 1 µs with none. A guest's code between two host calls runs for 0.05–0.3 ms: with 0.2 ms spins a
 * transform of 14 host calls still went through the event loop 2–14 times, with 0.5 ms 0–1 times
 * (transform 1.51× → 1.40× the built-in). The back-off in wire.ts bounds the cost when the guest
 * computes for longer.
 */
const SPIN_MS = 0.5;
/**
 * Starting a worker (loading ~1 MB of generated JS, instantiating) is host work, not guest time:
 * it gets its own budget rather than the per-call limit.
 */
const START_BUDGET_MS = 120_000;
/** `table[key]` only for the table's own keys: guests name interfaces and functions. */
function ownEntry(table, key) {
    return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
const HOST_CLASS_NAMES = new Map();
/** The methods a guest may call on each host class: looked up on every host call. */
const GUEST_CALLABLE = new Map();
/** Host-side helpers on the resource classes, never callable by a guest. */
const HELPER_METHODS = new Set(['constructor', 'toModel', 'toDeclaration', 'toReadable', 'remaining']);
function witMethods(cls) {
    return Object.getOwnPropertyNames(cls.prototype).filter((name) => !HELPER_METHODS.has(name) && typeof cls.prototype[name] === 'function');
}
const WORKER_CLASSES = {};
for (const [iface, byName] of Object.entries(HOST_CLASSES)) {
    WORKER_CLASSES[iface] = {};
    for (const [name, cls] of Object.entries(byName)) {
        HOST_CLASS_NAMES.set(cls, name);
        const methods = witMethods(cls);
        GUEST_CALLABLE.set(cls, new Set(methods));
        WORKER_CLASSES[iface][name] = { methods, statics: [...(GUEST_STATICS.get(cls) ?? [])] };
    }
}
const WORKER_SOURCE = `(${workerMain.toString()})({ makeWasiStubs: ${makeWasiStubs.toString()}, makeWire: ${makeWire.toString()} })`;
/**
 * A plugin worker thread, booted before it has a plugin to run: Node takes ~40 ms to boot one,
 * which can overlap hashing, checking and compiling the plugin. The worker runs no guest code
 * until its instance sends it the generated JS (`WorkerLoad`) and the compiled modules.
 */
class WorkerBoot {
    worker;
    sab = new SharedArrayBuffer(WIRE_HEADER_BYTES + CHANNEL_BYTES);
    port;
    exited = false;
    exitListener;
    adopted = false;
    constructor(limits) {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        this.port = port1;
        const workerData = {
            sab: this.sab,
            port: port2,
            classes: WORKER_CLASSES,
            wasiOutput: WASI_OUTPUT,
        };
        this.worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData,
            transferList: [port2],
            // The JS heap of the worker (generated bindings, messages); wasm memory is capped in loader.ts.
            resourceLimits: {
                stackSizeMb: limits.stackMb,
                maxOldGenerationSizeMb: Math.max(256, limits.memoryMb),
            },
            stdout: true,
            stderr: true,
        });
        this.worker.unref();
        const exit = () => {
            this.exited = true;
            this.exitListener?.();
        };
        this.worker.on('error', exit);
        this.worker.on('exit', exit);
    }
    /** Calls `listener` when the worker fails or exits (now, if it already has). */
    onExit(listener) {
        this.exitListener = listener;
        if (this.exited)
            listener();
    }
    /** This boot for an instance's first start; undefined once taken. */
    adopt() {
        if (this.adopted)
            return undefined;
        this.adopted = true;
        return this;
    }
    /** Stops the worker unless an instance adopted it. */
    release() {
        if (this.adopt()) {
            this.port.close();
            void this.worker.terminate();
        }
    }
}
/** Messages from the worker that ask the host for something (the others end a call). */
const HOST_REQUESTS = new Set(['host', 'new', 'static', 'fn']);
/** Instances inside a host call, per async context: a guest calling back into itself would deadlock. */
const activeHostCalls = new external_node_async_hooks_.AsyncLocalStorage();
/**
 * Instances whose last call just ended: their workers spin a while for a next call (wire.ts).
 * When another plugin is called instead, that spin would hold the core its worker needs (the
 * main thread spins too, and this machine has 2), so they are told to sleep.
 */
const justReplied = new Set();
/**
 * One plugin's guest, running in its own worker thread. Calls are serialized; a call that traps,
 * runs out of time or memory discards the worker, and the next call starts a new one (guest
 * resources from the old one are gone: callers re-create them, see adapters.ts).
 */
class PluginInstance {
    spec;
    worker;
    wire;
    port;
    seenFromWorker = 0;
    dead = false;
    starting;
    /** True once the current worker is ready (calls then skip waiting for its start). */
    ready = false;
    queue = Promise.resolve();
    /** Calls queued or running: the first of a run starts at once rather than after the queue's promise. */
    inFlight = 0;
    /** Bumped whenever a worker is discarded: GuestRefs of older generations are stale. */
    generation = 0;
    handles = new Map();
    handleIds = new WeakMap();
    nextHandle = 1;
    /** Statistics for tests and benchmarks. */
    stats = { workersStarted: 0, calls: 0, hostCalls: 0, hostCallMs: 0 };
    /** Told of each step of a call's exchange, when set (bench/plugin-transform.mjs breaks a transform down). */
    trace;
    /** The last host call of the current call that failed, for the message if the guest traps. */
    lastHostFailure;
    /**
     * What the guest last reported through `fatal` during the current call: a guest that cannot
     * return its error (a JS exception in a method returning no `result`) says it before trapping.
     */
    lastGuestReport;
    /** Handle ids created for the arguments of the call in progress. */
    callScope;
    /** The async context of a host call this instance makes when no other instance is in one. */
    aloneInHostCall;
    /** Host work the guest was answered before (`BackgroundWork`), by the handle it was asked of. */
    background = new Map();
    /** Host objects the guest currently holds handles to. */
    get liveHandles() {
        return this.handles.size;
    }
    constructor(spec) {
        this.spec = spec;
    }
    /** Calls an `abi` export (`target` undefined, `fn` like `abi.createTransform`) or a guest resource method. */
    call(target, fn, args, site) {
        if (activeHostCalls.getStore()?.has(this)) {
            return Promise.reject(this.failure(site, 'the plugin called back into itself through the host (re-entrant calls are not supported)'));
        }
        let run;
        if (this.inFlight === 0 &&
            this.ready &&
            !this.dead &&
            (!target || target.generation === this.generation)) {
            // Nothing queued and the worker up: the call starts here, and a reply that comes within the
            // first spin settles it with no async step (each one counts on a call of ~10 µs).
            let started;
            try {
                started = this.begin(target, fn, args);
            }
            catch (error) {
                return Promise.reject(error);
            }
            run = this.conclude(started, site);
            if (started.reply)
                return run;
        }
        else {
            const callNow = () => this.callNow(target, fn, args, site);
            run = this.inFlight === 0 ? callNow() : this.queue.then(callNow);
        }
        this.inFlight++;
        const settled = () => {
            this.inFlight--;
        };
        this.queue = run.then(settled, settled);
        return run;
    }
    async close() {
        await this.queue;
        this.discard();
    }
    failure(site, message) {
        return new errors/* EdoError */.bX(`${site.component}: ${site.method}: ${message}`, { plugin: this.spec.plugin });
    }
    async callNow(target, fn, args, site) {
        if (target && target.generation !== this.generation) {
            throw new StaleGuestObject(`${site.component}: ${site.method}: the guest object was lost when its worker was discarded`, {
                plugin: this.spec.plugin,
            });
        }
        if (!this.ready)
            await this.start(site);
        return this.conclude(this.begin(target, fn, args), site);
    }
    /**
     * Sends the call and spins briefly for the worker's first message. `reply` is set when that
     * message ends the call; otherwise `received` is what came (a host request), if anything.
     */
    begin(target, fn, args) {
        this.stats.calls++;
        this.lastHostFailure = undefined;
        this.lastGuestReport = undefined;
        // Handles made for this call's arguments are borrows: the guest cannot keep them past the
        // call, so they are released after it (unless the guest also received them as own).
        const scope = new Set();
        this.callScope = scope;
        for (const other of justReplied)
            if (other !== this)
                other.wire?.setHostBusy(true);
        justReplied.clear();
        this.wire.setHostBusy(false);
        try {
            this.send({ k: 'call', t: target?.id, f: fn, a: args }, scope);
            this.trace?.('call');
            const received = this.spinForWorker(Math.min(SPIN_MS, this.spec.limits.timeMs));
            const reply = received && !HOST_REQUESTS.has(received.message.k) ? this.replyOf(received) : undefined;
            if (reply)
                this.trace?.('reply');
            return { scope, received, reply };
        }
        catch (error) {
            this.endScope(scope);
            throw error;
        }
    }
    /** The call's outcome: at once when the guest replied within the first spin, else after the exchange. */
    conclude(started, site) {
        return started.reply
            ? this.settle(started.reply, started.scope, site)
            : this.finish(started.scope, site, started.received);
    }
    /** The rest of a call whose reply did not come within the first spin. */
    async finish(scope, site, received) {
        let reply;
        try {
            reply = await this.exchange(site, undefined, received);
        }
        catch (error) {
            this.endScope(scope);
            throw error;
        }
        finally {
            await this.backgroundDone();
        }
        return this.settle(reply, scope, site);
    }
    /** Waits for the call's background work (none can start before a call's first host call). */
    async backgroundDone() {
        while (this.background.size > 0) {
            const work = [...this.background.values()];
            this.background.clear();
            await Promise.all(work);
        }
    }
    endScope(scope) {
        this.callScope = undefined;
        for (const id of scope)
            this.handles.delete(id);
    }
    /** The call's outcome from the worker's reply: its value, or the error (a trap discards the worker). */
    settle(reply, scope, site) {
        this.endScope(scope);
        justReplied.add(this);
        if (reply.k === 'ret')
            return Promise.resolve(reply.v);
        if (reply.k === 'err') {
            const message = reply.v instanceof HostError ? reply.v.toString() : String(reply.v);
            return Promise.reject(this.failure(site, message));
        }
        this.discard();
        return Promise.reject(this.failure(site, this.describeTrap(reply)));
    }
    describeTrap(reply) {
        const capBytes = this.spec.limits.memoryMb * 1024 * 1024;
        // Allocators grow in chunks: a trap with memory this close to the cap is the cap's doing.
        const nearCap = Math.max(8 * 1024 * 1024, capBytes / 8);
        if (typeof reply.memory === 'number' && capBytes - reply.memory < nearCap) {
            return `exceeded the memory limit of ${this.spec.limits.memoryMb} MiB (${String(reply.m)})`;
        }
        if (reply.n === 'RangeError' && /call stack/i.test(String(reply.m))) {
            return `exceeded the stack limit (${this.spec.limits.stackMb} MiB): ${String(reply.m)}`;
        }
        const after = this.lastHostFailure ? ` after the host call ${this.lastHostFailure}` : '';
        const trap = `${String(reply.n)}: ${String(reply.m)}`;
        if (this.lastGuestReport !== undefined)
            return `${this.lastGuestReport}; the plugin then trapped (${trap})${after} and was restarted`;
        return `trapped (${trap})${after}; the plugin was restarted`;
    }
    /** Starts the worker (instantiating the guest) unless it runs. */
    start(site) {
        if (this.worker)
            return this.starting;
        const boot = this.spec.boot?.adopt() ?? new WorkerBoot(this.spec.limits);
        const { worker } = boot;
        this.wire = makeWire({ sab: boot.sab, port: boot.port, receiveMessageOnPort: external_node_worker_threads_.receiveMessageOnPort, side: 0 });
        this.port = boot.port;
        this.seenFromWorker = 0;
        this.dead = false;
        boot.onExit(() => this.markDead(worker));
        this.worker = worker;
        this.stats.workersStarted++;
        const starting = { ...site, method: `${site.method} (starting the plugin)` };
        const budget = { ms: START_BUDGET_MS, name: 'start-up time limit' };
        const load = {
            jsPath: this.spec.jsPath,
            functions: Object.fromEntries(Object.entries(this.spec.functions).map(([iface, fns]) => [iface, Object.keys(fns)])),
        };
        worker.postMessage(load);
        // The worker waits for the modules after loading the generated JS; a failed compilation
        // (e.g. memory over the cap) fails the start with its own error.
        const modules = Promise.resolve(this.spec.modules);
        modules.then((compiled) => worker.postMessage(compiled), () => this.markDead(worker));
        this.starting = Promise.all([modules, this.exchange(starting, budget)]).then(([, reply]) => {
            if (reply.k !== 'ready') {
                this.discard();
                throw this.failure(site, String(reply.m));
            }
            if (worker === this.worker)
                this.ready = true;
        });
        return this.starting;
    }
    markDead(worker) {
        if (worker !== this.worker || !this.wire)
            return;
        this.dead = true;
        Atomics.add(this.wire.control, 1, 1);
        Atomics.notify(this.wire.control, 1);
    }
    /** Terminates the worker; guest objects of this generation become stale. */
    discard() {
        if (!this.worker)
            return;
        const worker = this.worker;
        this.worker = undefined;
        justReplied.delete(this);
        this.starting = undefined;
        this.ready = false;
        this.generation++;
        this.handles.clear();
        this.port?.close();
        void worker.terminate();
    }
    /**
     * Serves the guest's host calls until it replies to the message just sent (or starts), from
     * `first` if the worker's first message is already read. One async function for the whole
     * exchange: each promise counts on a fast call's path.
     */
    async exchange(site, budget = { ms: this.spec.limits.timeMs, name: 'time limit' }, first) {
        let remaining = budget.ms;
        let received = first;
        for (;;) {
            if (!received) {
                const started = performance.now();
                received = this.spinForWorker(Math.min(SPIN_MS, Math.max(remaining, 0)));
                const state = received ? 'ok' : await this.waitForWorker(started, remaining);
                remaining -= performance.now() - started;
                if (!received && this.dead) {
                    this.discard();
                    throw this.failure(site, 'the plugin worker exited unexpectedly');
                }
                // A wake-up is only a hint: the counter says whether the worker wrote a message. A
                // time-out is one too: on a loaded machine the timer may fire late, after the worker replied.
                if (!received && Atomics.load(this.wire.control, 1) === this.seenFromWorker) {
                    if (state !== 'timed-out')
                        continue;
                    this.discard();
                    throw this.failure(site, `exceeded the ${budget.name} of ${budget.ms} ms; the plugin was stopped`);
                }
                received ??= this.receive();
            }
            if (!HOST_REQUESTS.has(received.message.k)) {
                this.trace?.('reply');
                return this.replyOf(received);
            }
            this.trace?.('host call');
            try {
                await this.serveHostCall(received.message, received.unknownHandle);
            }
            catch (error) {
                if (!(error instanceof HandleLimitExceeded))
                    throw error;
                this.discard();
                throw this.failure(site, `${error.message}; the plugin was restarted`);
            }
            received = undefined;
        }
    }
    /** Spins up to `spinMs` for the worker's next message and reads it (undefined if none came). */
    spinForWorker(spinMs) {
        if (this.wire.waitSync(this.seenFromWorker, spinMs, 0) === this.seenFromWorker || this.dead)
            return undefined;
        return this.receive();
    }
    /** The message that ends a call; host objects in its result are owned by the host again. */
    replyOf(received) {
        for (const id of received.hostIds)
            this.handles.delete(id);
        if (received.unknownHandle !== undefined)
            throw this.unknownHandle(received.unknownHandle);
        return received.message;
    }
    /** After a spin that saw no reply: waits with `Atomics.waitAsync` for what is left of the budget. */
    async waitForWorker(started, budgetMs) {
        const left = budgetMs - (performance.now() - started);
        if (left <= 0)
            return 'timed-out';
        const { control } = this.wire;
        const waiting = Atomics.waitAsync(control, 1, this.seenFromWorker, left);
        if (!waiting.async)
            return waiting.value;
        // Atomics.waitAsync does not keep the process alive: the worker does, while it is waited for.
        const worker = this.worker;
        worker.ref();
        try {
            return await waiting.value;
        }
        finally {
            worker.unref();
        }
    }
    /** Runs a guest → host call and sends its result (or the error) back. */
    async serveHostCall(request, unknownHandle) {
        this.stats.hostCalls++;
        if (this.handles.size > this.spec.limits.handles) {
            throw new HandleLimitExceeded(this.spec.limits.handles);
        }
        const started = performance.now();
        let isAsync = false;
        try {
            if (unknownHandle !== undefined)
                throw this.unknownHandle(unknownHandle);
            // A method of a handle whose background work goes on comes after that work.
            const handleBusy = request.k === 'host' ? this.background.get(request.h) : undefined;
            if (handleBusy) {
                isAsync = true;
                await this.whileHostBusy(handleBusy);
            }
            const outer = activeHostCalls.getStore();
            const busy = outer ? new Set(outer).add(this) : (this.aloneInHostCall ??= new Set([this]));
            const pending = activeHostCalls.run(busy, () => this.invokeHost(request, request.a));
            let result = pending;
            if (pending instanceof BackgroundWork) {
                result = undefined;
                this.inBackground(request.h, pending.work);
            }
            else if (pending instanceof Promise) {
                isAsync = true;
                result = await this.whileHostBusy(pending);
            }
            this.send({ k: 'hret', v: result });
        }
        catch (error) {
            const failure = HostError.from(error);
            // Kept for the error message if the guest does not handle it and traps.
            this.lastHostFailure = `${String(request.m ?? request.c)}: ${failure.message}`;
            this.send({ k: 'hthrow', v: failure });
        }
        finally {
            this.stats.hostCallMs += performance.now() - started;
            this.trace?.(isAsync ? 'async host reply' : 'host reply');
        }
    }
    /** Awaits host work the worker waits for: it then sleeps rather than spins (wire.ts). */
    async whileHostBusy(work) {
        this.wire.setHostBusy(true);
        try {
            return await work;
        }
        finally {
            this.wire.setHostBusy(false);
        }
    }
    inBackground(handle, work) {
        const done = work.then(() => {
            if (this.background.get(handle) === done)
                this.background.delete(handle);
        });
        this.background.set(handle, done);
    }
    invokeHost(request, args) {
        const name = String(request.m ?? request.c);
        if (request.k === 'host') {
            const target = this.handles.get(request.h);
            const cls = target?.constructor;
            if (!cls || !GUEST_CALLABLE.get(cls)?.has(name))
                throw new HostError('edo', `no host method ${name} on this handle`);
            return target[name](...args);
        }
        if (request.k === 'fn') {
            const functions = ownEntry(this.spec.functions, request.i);
            const fn = (functions && ownEntry(functions, name));
            if (!fn)
                throw new HostError('edo', `no host function ${String(request.i)}#${name}`);
            if (name === 'fatal')
                this.lastGuestReport = String(args[0]);
            return fn(...args);
        }
        const classes = ownEntry(HOST_CLASSES, request.i);
        const cls = (classes && ownEntry(classes, request.c));
        if (request.k === 'new' && GUEST_CONSTRUCTIBLE.has(cls))
            return new cls(...args);
        if (request.k === 'static' && GUEST_STATICS.get(cls)?.includes(name))
            return cls[name](...args);
        throw new HostError('edo', `the host provides no ${request.k} ${String(request.c)}.${name}`);
    }
    /**
     * Writes `message` to the worker, host objects in it as handles. `argumentScope` collects the
     * handles created for a call's arguments.
     */
    send(message, argumentScope) {
        this.wire.write(message, (object) => {
            if (object instanceof GuestRef)
                return { kind: 'g', id: object.id };
            const className = HOST_CLASS_NAMES.get(object.constructor);
            if (!className)
                throw new errors/* EdoError */.bX(`cannot pass a ${object.constructor.name} to plugin ${this.spec.plugin}`);
            let id = this.handleIds.get(object);
            if (id === undefined || !this.handles.has(id)) {
                id = this.nextHandle++;
                this.handles.set(id, object);
                this.handleIds.set(object, id);
                argumentScope?.add(id);
            }
            // Handed over outside the call's arguments (a host call's result): the guest may own it.
            if (!argumentScope)
                this.callScope?.delete(id);
            return { kind: 'h', id, c: className };
        });
    }
    /** Reads the worker's message (its counter just moved past `seenFromWorker`). */
    receive() {
        this.seenFromWorker = Atomics.load(this.wire.control, 1);
        const hostIds = new Set();
        let unknownHandle;
        const message = this.wire.read((ref) => {
            const id = ref.id;
            if (ref.kind === 'g')
                return new GuestRef(this, this.generation, id);
            hostIds.add(id);
            const object = this.handles.get(id);
            if (!object)
                unknownHandle = id;
            return object;
        });
        // Handles the guest dropped (jco disposes the worker's proxies), piggybacked on any message.
        for (const id of message.d ?? [])
            this.handles.delete(id);
        return { message, hostIds, unknownHandle };
    }
    unknownHandle(id) {
        return new errors/* EdoError */.bX(`plugin ${this.spec.plugin} used an unknown host handle ${id}`);
    }
}

;// CONCATENATED MODULE: ./lib/plugin/adapters.js




/**
 * A guest resource. When its worker was discarded (trap, time or memory limit), the next call
 * re-creates it through `recreate` (the plugin's `create-*` factory), if it has one.
 */
class GuestObject {
    instance;
    current;
    label;
    recreate;
    constructor(instance, current, 
    /** For errors: `transform //pkg:name`. */
    label, recreate) {
        this.instance = instance;
        this.current = current;
        this.label = label;
        this.recreate = recreate;
    }
    /** The guest's reference, to pass this object back to the guest as an argument. */
    get ref() {
        return this.current;
    }
    async call(method, ...args) {
        for (;;) {
            if (this.current.generation !== this.instance.generation && this.recreate) {
                this.current = await this.recreate();
            }
            try {
                return await this.instance.call(this.current, method, args, { component: this.label, method });
            }
            catch (err) {
                // Another call discarded the worker while this one was queued: re-create and call again.
                if (!(err instanceof StaleGuestObject) || !this.recreate)
                    throw err;
            }
        }
    }
    /** A resource this one returned (an environment from a farm...): not re-creatable on its own. */
    child(ref, label) {
        return new GuestObject(this.instance, ref, label);
    }
}
const idOf = (value) => value.toModel();
const wrapEnvironment = (env) => new HostEnvironment(env);
class PluginTransform {
    guest;
    farm;
    deps;
    shellable;
    constructor(guest, farm, deps, shellable) {
        this.guest = guest;
        this.farm = farm;
        this.deps = deps;
        this.shellable = shellable;
    }
    /** `environment`, `depends` and `can-shell` are synchronous in the engine: read them once here. */
    static async create(guest) {
        const farm = (await guest.call('environment'));
        const deps = (await guest.call('depends'));
        const shellable = (await guest.call('canShell'));
        return new PluginTransform(guest, farm, deps, shellable);
    }
    environment() {
        return this.farm;
    }
    depends() {
        return [...this.deps];
    }
    async getUniqueId(ctx) {
        return idOf(await this.guest.call('getUniqueId', new HostHandle(ctx)));
    }
    async prepare(log, ctx) {
        await this.guest.call('prepare', new HostLog(log), new HostHandle(ctx));
    }
    async stage(log, ctx, env) {
        await this.guest.call('stage', new HostLog(log), new HostHandle(ctx), wrapEnvironment(env));
    }
    async transform(log, ctx, env) {
        const status = (await this.guest.call('execute', new HostLog(log), new HostHandle(ctx), wrapEnvironment(env)));
        if (status.tag === 'success')
            return { kind: 'success', artifact: status.val.toModel() };
        const [output, error] = status.val;
        return {
            kind: status.tag,
            ...(output !== undefined && { log: output }),
            // The engine names the target; the plugin's own words follow the plugin's name.
            error: new errors/* EdoError */.bX(error.message, { plugin: error.plugin }),
        };
    }
    canShell() {
        return this.shellable;
    }
    async shell(env) {
        await this.guest.call('shell', wrapEnvironment(env));
    }
}
/** The writers a plugin backend handed out, so `finishLayer` can give the guest its own writer back. */
const backendWriters = new WeakMap();
class PluginStorageBackend {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async ls() {
        return (await this.guest.call('ls')).map(idOf);
    }
    async has(id) {
        return (await this.guest.call('has', HostId.of(id)));
    }
    async open(id) {
        return (await this.guest.call('open', HostId.of(id))).toModel();
    }
    async save(artifact) {
        await this.guest.call('save', HostArtifact.of(artifact));
    }
    async del(id) {
        await this.guest.call('del', HostId.of(id));
    }
    async copy(source, target) {
        await this.guest.call('copy', HostId.of(source), HostId.of(target));
    }
    async prune(id) {
        await this.guest.call('prune', HostId.of(id));
    }
    async pruneAll() {
        await this.guest.call('pruneAll');
    }
    async read(layer) {
        return (await this.guest.call('read', HostLayer.of(layer))).toReadable();
    }
    async startLayer() {
        const writer = (await this.guest.call('startLayer'));
        backendWriters.set(writer.writable, writer);
        return writer.writable;
    }
    async finishLayer(mediaType, platform, writer) {
        const hostWriter = backendWriters.get(writer);
        if (!hostWriter)
            throw new errors/* EdoError */.bX('finishLayer got a writer this backend did not start');
        // Piping a layer in (a remote cache push) has already ended the writer.
        await (0,streams/* writerFinished */.w)(writer);
        return (await this.guest.call('finishLayer', mediaType, platform, hostWriter)).layer;
    }
}
class PluginFarm {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async setup(log, storage) {
        await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
    }
    async create(log, path) {
        const ref = await this.guest.call('create', new HostLog(log), path);
        return new PluginEnvironment(this.guest.child(ref, `environment of ${this.guest.label}`));
    }
    async identity() {
        return Object.fromEntries((await this.guest.call('identity')));
    }
}
/** `deferCmd` is synchronous in the engine: the steps are recorded and replayed into the guest's command on `run`. */
class RecordedCommand {
    log;
    id;
    steps = [];
    constructor(log, id) {
        this.log = log;
        this.id = id;
    }
    set(key, value) {
        this.steps.push(['set', [key, value]]);
    }
    chdir(path) {
        this.steps.push(['chdir', [path]]);
    }
    pushd(path) {
        this.steps.push(['pushd', [path]]);
    }
    popd() {
        this.steps.push(['popd', []]);
    }
    createNamedDir(key, path) {
        this.steps.push(['createNamedDir', [key, path]]);
    }
    createDir(path) {
        this.steps.push(['createDir', [path]]);
    }
    removeDir(path) {
        this.steps.push(['removeDir', [path]]);
    }
    removeFile(path) {
        this.steps.push(['removeFile', [path]]);
    }
    mv(source, target) {
        this.steps.push(['mv', [source, target]]);
    }
    copy(source, target) {
        this.steps.push(['copy', [source, target]]);
    }
    run(cmd) {
        this.steps.push(['run', [cmd]]);
    }
    send(path) {
        this.steps.push(['send', [path]]);
    }
}
class PluginEnvironment {
    guest;
    /** `getEnv` is synchronous in the engine: it answers from the values set through `setEnv`. */
    env = new Map();
    constructor(guest) {
        this.guest = guest;
    }
    deferCmd(log, id) {
        return new RecordedCommand(log, id);
    }
    async expand(path) {
        return (await this.guest.call('expand', path));
    }
    async createDir(path) {
        await this.guest.call('createDir', path);
    }
    async setEnv(key, value) {
        await this.guest.call('setEnv', key, value);
        this.env.set(key, value);
    }
    getEnv(key) {
        return this.env.get(key);
    }
    async setup(log, storage) {
        await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
    }
    async up(log) {
        await this.guest.call('up', new HostLog(log));
    }
    async down(log) {
        await this.guest.call('down', new HostLog(log));
    }
    async clean(log) {
        await this.guest.call('clean', new HostLog(log));
    }
    async write(path, data) {
        await this.guest.call('write', path, new HostReader(data));
    }
    async unpack(path, data) {
        await this.guest.call('unpack', path, new HostReader(data));
    }
    async read(path, writer) {
        await this.guest.call('read', path, new HostWriter(writer));
    }
    async cmd(log, id, path, command) {
        return (await this.guest.call('cmd', new HostLog(log), HostId.of(id), path, command));
    }
    async run(log, id, path, command) {
        if (!(command instanceof RecordedCommand))
            throw new errors/* EdoError */.bX('run got a command this environment did not defer');
        const guestCommand = this.guest.child(await this.guest.call('deferCmd', new HostLog(command.log), HostId.of(command.id)), `command of ${this.guest.label}`);
        for (const [method, args] of command.steps)
            await guestCommand.call(method, ...args);
        return (await this.guest.call('run', new HostLog(log), HostId.of(id), path, guestCommand.ref));
    }
    /** A plugin's shell reports success or an error, no status: 0 when it ends well. */
    async shell(path) {
        await this.guest.call('shell', path);
        return 0;
    }
}
class PluginSource {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async getUniqueId() {
        return idOf(await this.guest.call('getUniqueId'));
    }
    async fetch(log, storage) {
        return (await this.guest.call('fetch', new HostLog(log), new HostStorageManager(storage))).toModel();
    }
    async stage(log, storage, env, path) {
        await this.guest.call('stage', new HostLog(log), new HostStorageManager(storage), wrapEnvironment(env), path);
    }
}
class PluginVendor {
    guest;
    constructor(guest) {
        this.guest = guest;
    }
    async getOptions(name) {
        return (await this.guest.call('getOptions', name));
    }
    async resolve(name, version) {
        return (await this.guest.call('resolve', name, version)).value;
    }
    async getDependencies(name, version) {
        return (await this.guest.call('getDependencies', name, version));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __webpack_require__(87563);
;// CONCATENATED MODULE: ./lib/plugin/capabilities.js



function parseCapability(text, scope) {
    const [kind, ...rest] = text.split(':');
    if (kind === 'fs' && (rest[0] === 'read' || rest[0] === 'write') && rest.length >= 2) {
        return { kind: 'fs', access: rest[0], path: resolveGrantPath(rest.slice(1).join(':'), text, scope) };
    }
    if (kind === 'env' && rest.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest[0])) {
        return { kind: 'env', name: rest[0] };
    }
    if (kind === 'net' && rest.length === 2 && rest[0] !== '' && /^(\d+|\*)$/.test(rest[1])) {
        return { kind: 'net', host: rest[0].toLowerCase(), port: rest[1] };
    }
    throw new errors/* UsageError */.eb(`capability "${text}" is not one of fs:read:<dir>, fs:write:<dir>, env:<NAME>, net:<host>:<port>`);
}
/** `raw` with `$VAR`s expanded and `//` resolved to the workspace root; undefined when relative. */
function expandPath(raw, scope, undefinedVar) {
    const expanded = raw.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name) => {
        const value = scope.vars?.[name];
        return value ?? undefinedVar(name);
    });
    if (expanded.startsWith('//'))
        return (0,external_node_path_.resolve)(scope.workspaceRoot, expanded.slice(2));
    return (0,external_node_path_.isAbsolute)(expanded) ? (0,external_node_path_.resolve)(expanded) : undefined;
}
function resolveGrantPath(raw, text, scope) {
    const path = expandPath(raw, scope, (name) => {
        throw new errors/* UsageError */.eb(`capability "${text}" uses $${name}, which is not defined`);
    });
    if (path === undefined)
        throw new errors/* UsageError */.eb(`capability "${text}" needs an absolute or //workspace path`);
    return path;
}
/** Whether `granted` asks for no more than `requested`. */
function covers(requested, granted) {
    if (requested.kind === 'fs' && granted.kind === 'fs') {
        return ((requested.access === 'write' || granted.access === 'read') && (0,fs_util/* isWithin */.UO)(granted.path, requested.path));
    }
    if (requested.kind === 'env' && granted.kind === 'env')
        return requested.name === granted.name;
    if (requested.kind === 'net' && granted.kind === 'net') {
        return requested.host === granted.host && (requested.port === '*' || requested.port === granted.port);
    }
    return false;
}
/** The capabilities one plugin holds, and the checks its host calls go through. */
class CapabilitySet {
    plugin;
    granted;
    scope;
    constructor(plugin, granted, scope) {
        this.plugin = plugin;
        this.granted = granted;
        this.scope = scope;
    }
    /**
     * The grants of a `plugin(...)` declaration, each checked against what the manifest requests:
     * a grant can only narrow a request, never widen it.
     */
    static grant(plugin, requested, grants, scope) {
        const asked = requested.map((text) => parseCapability(text, scope));
        const given = grants.map((text) => {
            const capability = parseCapability(text, scope);
            if (!asked.some((request) => covers(request, capability))) {
                throw new errors/* UsageError */.eb(`grant "${text}" is not covered by the capabilities plugin ${plugin} requests` +
                    ` (${requested.length > 0 ? requested.join(', ') : 'none'})`, { plugin });
            }
            return capability;
        });
        return new CapabilitySet(plugin, given, scope);
    }
    deny(what, needed) {
        throw new errors/* EdoError */.bX(`${what} denied: it was granted no capability ${needed}`, {
            plugin: this.plugin,
        });
    }
    /** The real path to use for a file access (absolute, `//workspace` or `$VAR`), when granted. */
    checkPath(path, access) {
        const expanded = expandPath(path, this.scope, (name) => {
            throw new errors/* EdoError */.bX(`${access} of "${path}": $${name} is not defined`, { plugin: this.plugin });
        });
        if (expanded === undefined)
            this.deny(`${access} of relative path "${path}"`, `fs:${access}:<dir> (use absolute or //workspace paths)`);
        const real = (0,fs_util/* realPathOf */.dN)(expanded);
        const allowed = this.granted.some((grant) => grant.kind === 'fs' &&
            (grant.access === 'write' || access === 'read') &&
            (0,fs_util/* isWithin */.UO)(real, (0,fs_util/* realPathOf */.dN)(grant.path)));
        if (!allowed)
            this.deny(`${access} of ${path}`, `fs:${access}:${(0,external_node_path_.dirname)(real)} (or a parent)`);
        return real;
    }
    checkEnv(name) {
        if (!this.granted.some((grant) => grant.kind === 'env' && grant.name === name)) {
            this.deny(`reading environment variable ${name}`, `env:${name}`);
        }
    }
    checkNet(url) {
        const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
        const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            this.deny(`request to ${url.href}`, 'http(s) URLs only');
        const allowed = this.granted.some((grant) => grant.kind === 'net' && grant.host === host && (grant.port === '*' || grant.port === port));
        if (!allowed)
            this.deny(`connection to ${host}:${port}`, `net:${host}:${port}`);
    }
}

// EXTERNAL MODULE: ./lib/plugin/loader.js
var loader = __webpack_require__(1140);
// EXTERNAL MODULE: ./lib/plugin/manifest.js
var plugin_manifest = __webpack_require__(79242);
;// CONCATENATED MODULE: ./lib/plugin/system.js






/** The largest HTTP response body a plugin may receive in one call. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * A response's body, refused as soon as it passes MAX_RESPONSE_BYTES: the server is only as
 * trusted as the plugin that asked, and reading the whole body first would let it fill the host's
 * memory.
 */
async function boundedBody(response, url) {
    const tooLarge = () => new HostError('edo', `response from ${url.host} is larger than ${MAX_RESPONSE_BYTES >> 20} MiB`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_RESPONSE_BYTES) {
        await response.body?.cancel();
        throw tooLarge();
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
        total += chunk.length;
        // Leaving the loop cancels the stream.
        if (total > MAX_RESPONSE_BYTES)
            throw tooLarge();
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
}
/**
 * The functions of `edo:plugin/common`, `edo:plugin/host` and `edo:plugin/system` for one
 * plugin: logging to `log` (with what a WASI guest prints), and file, environment and network
 * access checked against `caps`.
 * Denials and I/O failures are `err(error)` values for the guest, never host exceptions.
 */
function hostFunctions(plugin, caps, log) {
    const guarded = (fn) => async (...args) => {
        try {
            return await fn(...args);
        }
        catch (error) {
            throw HostError.from(error);
        }
    };
    const logging = {
        info: (message) => log.write(`[${plugin}] ${message}\n`),
        warn: (message) => log.write(`[${plugin}] warning: ${message}\n`),
        fatal: (message) => log.write(`[${plugin}] fatal: ${message}\n`),
    };
    return {
        'edo:plugin/common': logging,
        'edo:plugin/host': logging,
        // What guests built with WASI print (see wasi-stubs.ts).
        [WASI_OUTPUT.iface]: {
            [WASI_OUTPUT.fn]: (_stream, bytes) => log.write(bytes),
        },
        'edo:plugin/system': {
            readFile: guarded(async (path) => {
                const file = await (0,promises_.open)(caps.checkPath(path, 'read'), 'r');
                try {
                    // Only regular files, and no larger than a guest could hold: a granted /dev/zero or
                    // a huge file must not fill the host's memory.
                    const info = await file.stat();
                    if (!info.isFile())
                        throw new HostError('edo', `read of ${path}: not a regular file`);
                    if (info.size > MAX_GUEST_BUFFER_BYTES)
                        throw new HostError('edo', `read of ${path}: larger than ${MAX_GUEST_BUFFER_BYTES >> 20} MiB`);
                    return new Uint8Array(await file.readFile());
                }
                finally {
                    await file.close();
                }
            }),
            readDir: guarded(async (path) => (await (0,promises_.readdir)(caps.checkPath(path, 'read'))).sort()),
            writeFile: guarded(async (path, data) => {
                const real = caps.checkPath(path, 'write');
                // The system interface has no mkdir: a write makes the directories leading to its file
                // (the path to the granted directory included), so a fresh cache directory just works.
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(real), { recursive: true });
                const temp = (0,fs_util/* tempBeside */.p8)(real, 'write');
                try {
                    await (0,promises_.writeFile)(temp, data, { flush: true });
                    await (0,promises_.rename)(temp, real);
                }
                finally {
                    await (0,promises_.rm)(temp, { force: true });
                }
            }),
            getEnv: guarded((name) => {
                caps.checkEnv(name);
                return process.env[name];
            }),
            httpFetch: guarded(async (request) => {
                const url = new URL(request.url);
                caps.checkNet(url);
                // Redirects are not followed: each hop would need its own capability check.
                const response = await fetch(url, {
                    method: request.method,
                    headers: request.headers,
                    body: request.body,
                    redirect: 'manual',
                }).catch((error) => {
                    throw new Error(`${request.method} ${url.href}: ${(0,errors/* networkReason */.d8)(error)}`);
                });
                const body = await boundedBody(response, url);
                return { status: response.status, headers: [...response.headers.entries()], body };
            }),
        },
    };
}

;// CONCATENATED MODULE: ./lib/plugin/manager.js











const FACTORIES = {
    storage: 'abi.createStorage',
    farm: 'abi.createFarm',
    source: 'abi.createSource',
    transform: 'abi.createTransform',
    vendor: 'abi.createVendor',
};
/** A loaded plugin (seed 3.2.1): its manifest, its digest and its (worker) instance. */
class Plugin {
    name;
    manifest;
    digest;
    instance;
    cold;
    config;
    constructor(name, manifest, 
    /** sha256 hex of the component. */
    digest, instance, 
    /** True when this load had to transpile (nothing was cached). */
    cold, config) {
        this.name = name;
        this.manifest = manifest;
        this.digest = digest;
        this.instance = instance;
        this.cold = cold;
        this.config = config;
    }
    async createRef(kind, addr, node, ctx) {
        const args = [addr, HostNode.ofDeclaration(node), new HostContext(ctx, this.config)];
        const site = { component: `${kind} ${addr}`, method: `create-${kind}` };
        return (await this.instance.call(undefined, FACTORIES[kind], args, site));
    }
    async guest(kind, addr, node, ctx) {
        const recreate = () => this.createRef(kind, addr, node, ctx);
        return new GuestObject(this.instance, await recreate(), `${kind} ${addr}`, recreate);
    }
    async createStorage(addr, node, ctx) {
        return new PluginStorageBackend(await this.guest('storage', addr, node, ctx));
    }
    async createFarm(addr, node, ctx) {
        return new PluginFarm(await this.guest('farm', addr, node, ctx));
    }
    async createSource(addr, node, ctx) {
        return new PluginSource(await this.guest('source', addr, node, ctx));
    }
    async createTransform(addr, node, ctx) {
        return PluginTransform.create(await this.guest('transform', addr, node, ctx));
    }
    async createVendor(addr, node, ctx) {
        return new PluginVendor(await this.guest('vendor', addr, node, ctx));
    }
}
/** The catalog of loaded plugins (seed 3.2.3). */
class PluginRegistry {
    plugins = new Map();
    add(plugin) {
        if (this.plugins.has(plugin.name))
            throw new errors/* EdoError */.bX(`plugin ${plugin.name} is declared twice`);
        this.plugins.set(plugin.name, plugin);
    }
    get(name) {
        return this.plugins.get(name);
    }
    list() {
        return [...this.plugins.values()];
    }
}
/** The unversioned import interfaces the host provides. */
const PROVIDED_IMPORTS = new Set([...Object.keys(HOST_CLASSES), 'edo:plugin/system']);
const WASI_IMPORTS = new Set(WASI_STUBBED);
/** The imports (as jco lists them, possibly versioned) that the host cannot satisfy. */
function unprovidedImports(imports) {
    const hostMajor = plugin_manifest.HOST_INTERFACE.version.split('.')[0];
    return imports.filter((name) => {
        const at = name.lastIndexOf('@');
        const base = at === -1 ? name : name.slice(0, at);
        const version = at === -1 ? undefined : name.slice(at + 1);
        if (PROVIDED_IMPORTS.has(base))
            return version !== undefined && version.split('.')[0] !== hostMajor;
        if (WASI_IMPORTS.has(base))
            return version !== undefined && !version.startsWith('0.2.');
        return true;
    });
}
/**
 * Loads plugins and registers their components (seed 3.2.2, lifecycle seed 7): load = digest
 * check, manifest and version check, capability grants, transpile (cached), compile (cached in
 * process), start the worker; initialisation = `create-*` per declaration, through the registry.
 */
class PluginManager {
    options;
    registry = new PluginRegistry();
    cacheDir;
    constructor(options) {
        this.options = options;
        this.cacheDir = options.cacheDir ?? (0,loader.defaultCacheDir)(options.workspaceRoot);
    }
    async loadPlugin(options) {
        const limits = { ...DEFAULT_LIMITS, ...options.limits };
        if (this.options.startWorkers === 'first-call')
            return this.loadPluginWith(options, limits);
        // Booting a worker thread overlaps everything up to the instance's start.
        const boot = new WorkerBoot(limits);
        try {
            return await this.loadPluginWith(options, limits, boot);
        }
        finally {
            boot.release();
        }
    }
    /** Without `boot`, the worker starts (and the core modules compile) on the first call. */
    async loadPluginWith(options, limits, boot) {
        const { name } = options;
        const bytes = options.bytes ?? (options.wasmPath ? await (0,promises_.readFile)(options.wasmPath) : undefined);
        if (!bytes)
            throw new errors/* EdoError */.bX('no wasmPath or bytes given', { plugin: name });
        const what = options.wasmPath ?? name;
        const computed = options.bytes && options.computedDigest?.replace(/^sha256:/, '').toLowerCase();
        const digest = computed || (0,loader/* sha256Hex */.fg)(bytes);
        if (options.sha256 !== undefined) {
            const expected = options.sha256.replace(/^sha256:/, '').toLowerCase();
            if (expected !== digest) {
                throw new errors/* EdoError */.bX(`${what} has sha256 ${digest}, but the declaration pins ${expected}; refusing to load it`, {
                    plugin: name,
                });
            }
        }
        const manifest = (0,plugin_manifest.readManifest)(bytes, name);
        (0,plugin_manifest.checkInterfaceVersion)(manifest, name);
        if (options.version !== undefined && !semver.satisfies(manifest.version, options.version)) {
            throw new errors/* UsageError */.eb(`the declaration wants version ${options.version}, but ${what} is ${manifest.name}@${manifest.version}`, { plugin: name });
        }
        const capabilities = CapabilitySet.grant(name, manifest.capabilities, options.capabilities ?? [], {
            workspaceRoot: this.options.workspaceRoot,
            vars: this.options.vars,
        });
        const transpiled = await (0,loader/* transpileCached */.XU)(bytes, digest, this.cacheDir, name);
        const missing = unprovidedImports(transpiled.imports);
        if (missing.length > 0) {
            throw new errors/* EdoError */.bX(`it imports what the host does not provide: ${missing.join(', ')}`, {
                plugin: name,
            });
        }
        let compiled;
        const instance = new PluginInstance({
            plugin: name,
            jsPath: transpiled.jsPath,
            // Compiled when the worker starts (read once, by start), while it loads the generated JS.
            get modules() {
                compiled ??= (0,loader/* compileCoreModules */.yl)(transpiled, limits.memoryMb, name);
                return compiled;
            },
            functions: hostFunctions(name, capabilities, this.options.log),
            limits,
            ...(boot && { boot }),
        });
        if (boot)
            await instance.start({ component: 'plugin', method: 'load' });
        const plugin = new Plugin(name, manifest, digest, instance, transpiled.transpiled, options.config ?? {});
        this.registry.add(plugin);
        return plugin;
    }
    /**
     * Registers every component the plugin's manifest provides, like a built-in: each under
     * `<plugin>:<component>`, the first of each kind also under `<plugin>` (what a declaration like
     * `environment_farm(name, plugin = "docker-env")` resolves to), and each rule kind under its name.
     */
    registerComponents(plugin, registry) {
        const { provides, rules } = plugin.manifest;
        const add = (kinds, names, create) => {
            names?.forEach((component, index) => {
                // The guest's factory sees the component name as the node's kind.
                const factory = (addr, node, ctx) => create.call(plugin, addr, { ...node, kind: component }, ctx);
                kinds.register(`${plugin.name}:${component}`, factory);
                if (index === 0)
                    kinds.register(plugin.name, factory);
            });
        };
        add(registry.storage, provides.storage, plugin.createStorage);
        add(registry.farms, provides.farm, plugin.createFarm);
        add(registry.sources, provides.source, plugin.createSource);
        add(registry.transforms, provides.transform, plugin.createTransform);
        add(registry.vendors, provides.vendor, plugin.createVendor);
        for (const [rule, schema] of Object.entries(rules)) {
            registry.transforms.register(rule, (addr, node, ctx) => plugin.createTransform(addr, { ...node, kind: schema.transform }, ctx));
        }
    }
    /** Makes the plugin's rule kinds callable in build files, like built-in rules. */
    registerRules(plugin, rules) {
        for (const [kind, schema] of Object.entries(plugin.manifest.rules)) {
            const attrs = Object.fromEntries(Object.entries(schema.attrs).map(([name, { doc, ...spec }]) => [name, { ...spec, doc: doc ?? '' }]));
            rules.register({
                kind,
                component: 'transform',
                doc: schema.doc ?? `provided by plugin ${plugin.name}`,
                attrs,
            });
        }
    }
    /** Unloading (seed 7.5): stops every plugin's worker. */
    async close() {
        await Promise.all(this.registry.list().map((plugin) => plugin.instance.close()));
    }
}


/***/ }),

/***/ 79242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPONENT_KINDS: () => (/* binding */ COMPONENT_KINDS),
/* harmony export */   HOST_INTERFACE: () => (/* binding */ HOST_INTERFACE),
/* harmony export */   HOST_INTERFACE_ID: () => (/* binding */ HOST_INTERFACE_ID),
/* harmony export */   MANIFEST_SECTION: () => (/* binding */ MANIFEST_SECTION),
/* harmony export */   checkInterfaceVersion: () => (/* binding */ checkInterfaceVersion),
/* harmony export */   embedManifest: () => (/* binding */ embedManifest),
/* harmony export */   interfaceProblem: () => (/* binding */ interfaceProblem),
/* harmony export */   isStringList: () => (/* binding */ isStringList),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest),
/* harmony export */   readManifest: () => (/* binding */ readManifest)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73434);
/* harmony import */ var _wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38241);



/** The `edo:plugin` interface this host implements (wit/). */
const HOST_INTERFACE = { package: 'edo:plugin', version: '1.0.0' };
const HOST_INTERFACE_ID = `${HOST_INTERFACE.package}@${HOST_INTERFACE.version}`;
/** The custom section that carries a plugin's manifest, readable without instantiating. */
const MANIFEST_SECTION = 'edo:plugin-manifest';
/** Component kinds a plugin can provide, named after the `abi` factories (`create-<kind>`). */
const COMPONENT_KINDS = ['storage', 'farm', 'source', 'transform', 'vendor'];
const ATTR_TYPES = [
    'string',
    'bool',
    'int',
    'string_list',
    'string_dict',
    'label',
    'label_list',
    'files',
    'any',
];
/** A component that is no plugin, or a broken manifest: the declaration's (or the command's) file is wrong. */
function fail(what, message) {
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message, { plugin: what });
}
function isStringList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
/** Validates manifest JSON; `what` names the plugin file in errors. */
function parseManifest(json, what) {
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (error) {
        fail(what, `its ${MANIFEST_SECTION} section is not JSON: ${error.message}`);
    }
    if (typeof raw !== 'object' || raw === null)
        fail(what, `its ${MANIFEST_SECTION} section is not an object`);
    const record = raw;
    const { name, version, interface: targeted } = record;
    if (typeof name !== 'string' || name === '')
        fail(what, 'its manifest has no "name"');
    if (typeof version !== 'string' || !semver__WEBPACK_IMPORTED_MODULE_0__.valid(version)) {
        fail(what, `its manifest "version" ${JSON.stringify(version)} is not a semver version`);
    }
    if (typeof targeted !== 'string' || !/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*@.+$/.test(targeted)) {
        fail(what, `its manifest "interface" ${JSON.stringify(targeted)} is not like "${HOST_INTERFACE_ID}"`);
    }
    const provides = {};
    const rawProvides = (record.provides ?? {});
    for (const [kind, names] of Object.entries(rawProvides)) {
        if (!COMPONENT_KINDS.includes(kind)) {
            fail(what, `its manifest provides unknown kind "${kind}" (kinds: ${COMPONENT_KINDS.join(', ')})`);
        }
        if (!isStringList(names))
            fail(what, `its manifest "provides.${kind}" is not a list of names`);
        provides[kind] = names;
    }
    const rules = (record.rules ?? {});
    for (const [rule, schema] of Object.entries(rules)) {
        if (!/^[a-z_][a-z0-9_]*$/.test(rule))
            fail(what, `its rule name "${rule}" is not a Starlark identifier`);
        if (typeof schema?.transform !== 'string' || !provides.transform?.includes(schema.transform)) {
            fail(what, `its rule "${rule}" names transform ${JSON.stringify(schema?.transform)}, which it does not provide`);
        }
        for (const [attr, spec] of Object.entries(schema.attrs ?? {})) {
            if (!ATTR_TYPES.includes(spec?.type)) {
                fail(what, `its rule "${rule}" attribute "${attr}" has type ${JSON.stringify(spec?.type)} (types: ${ATTR_TYPES.join(', ')})`);
            }
        }
    }
    const capabilities = record.capabilities ?? [];
    if (!isStringList(capabilities))
        fail(what, 'its manifest "capabilities" is not a list of strings');
    return { name, version, interface: targeted, provides, rules, capabilities };
}
/** The manifest inside a component, without instantiating it. */
function readManifest(bytes, what) {
    if (!(0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .isComponent */ .Wy)(bytes))
        fail(what, 'it is not a WebAssembly component');
    const found = (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(bytes, MANIFEST_SECTION);
    if (found.length === 0)
        fail(what, `it has no ${MANIFEST_SECTION} custom section (build it with edo's plugin tooling)`);
    if (found.length > 1)
        fail(what, `it has ${found.length} ${MANIFEST_SECTION} sections`);
    return parseManifest(Buffer.from(found[0]).toString('utf8'), what);
}
/** A component with `manifest` embedded (what `edo plugin build` writes). */
function embedManifest(component, manifest) {
    if ((0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(component, MANIFEST_SECTION).length > 0) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`the component already has a ${MANIFEST_SECTION} section`, { plugin: manifest.name });
    }
    return (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .appendCustomSection */ .RU)(component, MANIFEST_SECTION, Buffer.from(JSON.stringify(manifest), 'utf8'));
}
/** Why this host cannot load a plugin built against `manifest.interface`; undefined when it can. */
function interfaceProblem(manifest) {
    const at = manifest.interface.lastIndexOf('@');
    const pkg = manifest.interface.slice(0, at);
    const wanted = manifest.interface.slice(at + 1);
    const compatible = pkg === HOST_INTERFACE.package &&
        semver__WEBPACK_IMPORTED_MODULE_0__.valid(wanted) !== null &&
        semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(HOST_INTERFACE.version, `^${wanted}`);
    return compatible ? undefined : `this edo provides ${HOST_INTERFACE_ID}`;
}
/**
 * Refuses a plugin built against an interface version this host does not implement. `declared`
 * is the name the workspace gave it (`plugin(name = ...)`), which its errors use.
 */
function checkInterfaceVersion(manifest, declared = manifest.name) {
    const problem = interfaceProblem(manifest);
    if (problem !== undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${manifest.name}@${manifest.version} targets ${manifest.interface}, but ${problem}`, { plugin: declared });
    }
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
