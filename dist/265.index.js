import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 265;
export const ids = [265];
export const modules = {

/***/ 71234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ sourceDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   kU: () => (/* binding */ environmentDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   p7: () => (/* binding */ transformDigest),
/* harmony export */   rO: () => (/* binding */ pluginTargetDigest)
/* harmony export */ });
/* unused harmony exports ENGINE_CACHE_VERSION, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * Bumped whenever what the engine stores for a target, or how it derives keys, changes: every
 * cache key includes it, so old entries are simply never hit again.
 */
const ENGINE_CACHE_VERSION = 1;
/** A copy of `value` with object keys sorted, bigints as `{"$bigint": "123"}`, `undefined` members dropped. */
function canonicalForm(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'bigint')
            return { $bigint: value.toString() };
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error(`cannot encode ${value} canonically`);
        if (typeof value === 'function' || typeof value === 'symbol') {
            throw new Error(`cannot encode a ${typeof value} canonically`);
        }
        return value;
    }
    if (Array.isArray(value))
        return value.map(canonicalForm);
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            sorted[key] = canonicalForm(member);
    }
    return sorted;
}
/**
 * A canonical JSON encoding: object keys sorted, no whitespace, bigints as `{"$bigint": "123"}`,
 * `undefined` members dropped. Equal data always gives equal bytes, whatever the key order.
 */
function canonicalJson(value) {
    return JSON.stringify(canonicalForm(value)) ?? 'null';
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<hex>` of the canonical encoding of `value`. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}
const farmDigests = new WeakMap();
/** The digest of a farm's identity (kind, image, setup, variables), computed once per farm. */
function environmentDigest(farm) {
    let digest = farmDigests.get(farm);
    if (!digest) {
        digest = farm.identity().then(digestOf);
        farmDigests.set(farm, digest);
    }
    return digest;
}
/** The digest a transform's `getUniqueId` reports: its cache key before the engine adds its own parts. */
function transformDigest(inputs) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, ...inputs });
}
/** The key of a source target: the source's own id digest under the engine's cache format. */
function sourceDigest(sourceIdDigest) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, source: sourceIdDigest });
}
/**
 * The key of a target a plugin implements: the component's own id digest (which the plugin
 * computes, without the engine's format), the plugin's digest and the engine's cache format.
 * Built-in components already include the format (`transformDigest`, `sourceDigest`).
 */
function pluginTargetDigest(componentDigest, pluginDigest) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, component: componentDigest, plugin: pluginDigest });
}


/***/ }),

/***/ 37472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ComponentRegistry)
/* harmony export */ });
/* unused harmony export KindRegistry */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71133);


/**
 * The component registry (seed 3.2.4): factories by kind, one map per component type.
 * Built-ins and plugins register here alike; the engine only ever looks components up by kind.
 */
class ComponentRegistry {
    storage = new KindRegistry('storage backend');
    farms = new KindRegistry('environment farm');
    sources = new KindRegistry('source');
    transforms = new KindRegistry('transform');
    vendors = new KindRegistry('vendor');
}
class KindRegistry {
    what;
    factories = new Map();
    checks = new Map();
    constructor(what) {
        this.what = what;
    }
    /**
     * `check`, when given, refuses a declaration of the kind the factory would refuse: `check` (the
     * method) applies it when the workspace is read, before anything is built, used or not
     * (plugins' kinds check their own).
     */
    register(kind, factory, check) {
        if (this.factories.has(kind))
            throw new Error(`${this.what} kind "${kind}" is registered twice`);
        this.factories.set(kind, factory);
        if (check)
            this.checks.set(kind, check);
    }
    get(kind) {
        return this.factories.get(kind);
    }
    /** The factory of the node's kind; an unknown kind is the declaration's mistake. */
    factoryFor(node) {
        const factory = this.factories.get(node.kind);
        if (factory)
            return factory;
        // `plugin = "p"` names the kind: p is not declared, or it provides no component of this type.
        const message = node.attrs.plugin === node.kind
            ? `plugin "${node.kind}" is not declared (plugin(name = "${node.kind}", source = ...)), or provides no ${this.what}`
            : `unknown ${this.what} kind "${node.kind}"${(0,_model_names_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(node.kind, this.kinds())} (known: ${this.kinds().join(', ') || 'none'})`;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message, { position: node.position });
    }
    /** Refuses a declaration (made with `declaration`) of an unknown kind or with attributes it cannot take. */
    check(node, declaration) {
        this.factoryFor(node);
        this.checks.get(node.kind)?.(node, declaration);
    }
    kinds() {
        return [...this.factories.keys()].sort();
    }
}


/***/ }),

/***/ 95691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   IJ: () => (/* binding */ LabelSyntaxError),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   PO: () => (/* binding */ isUnderPackage),
/* harmony export */   Q_: () => (/* binding */ parseLabel),
/* harmony export */   WU: () => (/* binding */ parsingLabels),
/* harmony export */   Z2: () => (/* binding */ canonicalLabel),
/* harmony export */   bz: () => (/* binding */ hasGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   wR: () => (/* binding */ formatLabel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/**
 * Labels name targets and files of a workspace: `//pkg/path:name`, `:name` (in the current package),
 * `//pkg` (= `//pkg:pkg`), `//:name` (the root package). Patterns name sets of them: `//...`,
 * `//pkg/...`, `//pkg:all`, `//pkg:*` and globs over names such as `//src:*.cpp`.
 */

/** Thrown for a malformed label; callers add the position and rethrow as a user error. */
class LabelSyntaxError extends Error {
    text;
    constructor(text, reason) {
        super(`invalid label "${text}": ${reason}`);
        this.text = text;
        this.name = 'LabelSyntaxError';
    }
}
/**
 * `parse()`, with a malformed label reported as the user's mistake: a UsageError whose message
 * starts with `prefix` (the rule and attribute, say), at `position`.
 */
function parsingLabels(parse, where = {}) {
    try {
        return parse();
    }
    catch (err) {
        if (!(err instanceof LabelSyntaxError))
            throw err;
        const message = where.prefix ? `${where.prefix}: ${err.message}` : err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message, where.position ? { position: where.position } : {});
    }
}
const SEGMENT = /^[A-Za-z0-9_@+=,.~-][A-Za-z0-9_@+=,.~ -]*$/;
function checkPath(text, path, what, allowEmpty) {
    if (path === '') {
        if (allowEmpty)
            return;
        throw new LabelSyntaxError(text, `empty ${what}`);
    }
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
            throw new LabelSyntaxError(text, `bad ${what} "${path}"`);
        }
    }
}
/**
 * Parses a label, resolving relative forms (`:name`, `name`, `sub/file.c`) against `currentPkg`.
 */
function parseLabel(text, currentPkg) {
    if (text.startsWith('@')) {
        throw new LabelSyntaxError(text, 'edo has no external repositories (Bazel\'s @name//): its labels start with "//"');
    }
    if (text.startsWith('//')) {
        const body = text.slice(2);
        const colon = body.indexOf(':');
        if (colon < 0) {
            checkPath(text, body, 'package', false);
            return { pkg: body, name: body.slice(body.lastIndexOf('/') + 1) };
        }
        const pkg = body.slice(0, colon);
        const name = body.slice(colon + 1);
        checkPath(text, pkg, 'package', true);
        checkPath(text, name, 'name', false);
        return { pkg, name };
    }
    const name = text.startsWith(':') ? text.slice(1) : text;
    if (name.includes(':')) {
        // `pkg:name` is how a label elsewhere is often mistyped: Bazel reads it as one target name.
        throw new LabelSyntaxError(text, name === text
            ? `a label in another package starts with "//" (did you mean "//${text}"?)`
            : 'more than one ":"');
    }
    checkPath(text, name, 'name', false);
    return { pkg: currentPkg, name };
}
function formatLabel(label) {
    return `//${label.pkg}:${label.name}`;
}
/** Parses and formats in one step: the canonical string of a label. */
function canonicalLabel(text, currentPkg) {
    return formatLabel(parseLabel(text, currentPkg));
}
/** Whether `text` has glob metacharacters (`*`, `?`, `[`). */
function hasGlob(text) {
    return /[*?[]/.test(text);
}
/**
 * Converts a glob to a regular expression over `/`-separated paths: `*` and `?` stay inside one
 * path segment, `**` spans segments (and `**\/` also matches nothing), `[...]` is a character class.
 */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i += 1;
                if (glob[i + 1] === '/') {
                    i += 1;
                    out += '(?:.*/)?';
                }
                else {
                    out += '.*';
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0) {
                out += '\\[';
            }
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
                out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
                i = end;
            }
        }
        else {
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${out}$`);
}
/** Parses a target pattern; anything that is not a pattern is a single label. */
function parsePattern(text, currentPkg) {
    const absolute = text.startsWith('//');
    // `//...:all` (and `:*`, `:all-targets`) is `//...`, as in Bazel: edo's packages hold only targets.
    const body = (absolute ? text.slice(2) : text).replace(/(^|\/)\.\.\.:(all|all-targets|\*)$/, '$1...');
    const colon = body.indexOf(':');
    if (!absolute && colon > 0 && !body.startsWith('@')) {
        // On the command line, `app:server` is relative to the current directory's package, as in Bazel.
        const pkg = [currentPkg, body.slice(0, colon)].filter((part) => part !== '').join('/');
        return parsePattern(`//${pkg}${body.slice(colon)}`, '');
    }
    if (body === '...' || body.endsWith('/...')) {
        const rel = body === '...' ? '' : body.slice(0, -4);
        checkPath(text, rel, 'package', true);
        const pkg = absolute ? rel : [currentPkg, rel].filter((p) => p !== '').join('/');
        return { kind: 'recursive', pkg };
    }
    const name = colon < 0 ? undefined : body.slice(colon + 1);
    if (name !== undefined && (name === 'all' || name === 'all-targets' || hasGlob(name))) {
        const pkgText = body.slice(0, colon);
        if (absolute)
            checkPath(text, pkgText, 'package', true);
        const pkg = absolute ? pkgText : currentPkg;
        const glob = name === 'all' || name === 'all-targets' ? '*' : name;
        return { kind: 'glob', pkg, glob, regexp: globToRegExp(glob === '*' ? '**' : glob) };
    }
    return { kind: 'label', label: parseLabel(text, currentPkg) };
}
/** Whether a package path equals `pkg` or lies below it. */
function isUnderPackage(candidate, pkg) {
    return pkg === '' || candidate === pkg || candidate.startsWith(pkg + '/');
}
function matchesPattern(pattern, label) {
    switch (pattern.kind) {
        case 'label':
            return pattern.label.pkg === label.pkg && pattern.label.name === label.name;
        case 'recursive':
            return isUnderPackage(label.pkg, pattern.pkg);
        case 'glob':
            return pattern.pkg === label.pkg && pattern.regexp.test(label.name);
    }
}


/***/ }),

/***/ 57265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPluginTests: () => (/* binding */ runPluginTests)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38321);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var _engine_components_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37472);
/* harmony import */ var _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28665);
/* harmony import */ var _source_local_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48214);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29465);
/* harmony import */ var _storage_local_store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(12149);
/* harmony import */ var _storage_manager_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(38290);
/* harmony import */ var _manager_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(44643);













class TextLog {
    text = '';
    write(data) {
        this.text += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    }
}
/**
 * Loads a built plugin in the real host (PluginManager, registered like in a build) and runs each
 * of the project's test cases: the transform is created from a declaration with the case's
 * attributes, run in a fresh `local` environment against a store in a temp dir, and its log and
 * layers are compared with what the case expects.
 */
async function runPluginTests(project, bytes) {
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'edo-plugin-test-'));
    const testDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'test-dir');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(testDir);
    const hostLog = new TextLog();
    const manager = new _manager_js__WEBPACK_IMPORTED_MODULE_12__/* .PluginManager */ .R0({
        workspaceRoot: project.dir,
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'cache'),
        log: hostLog,
        vars: { TEST_DIR: testDir },
    });
    try {
        const capabilities = [...new Set(project.tests.flatMap((testCase) => testCase.capabilities ?? []))];
        const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes, capabilities });
        const registry = new _engine_components_js__WEBPACK_IMPORTED_MODULE_6__/* .ComponentRegistry */ .Z();
        manager.registerComponents(plugin, registry);
        const storage = new _storage_manager_js__WEBPACK_IMPORTED_MODULE_11__/* .CacheManager */ .G({
            buildCache: await _storage_local_store_js__WEBPACK_IMPORTED_MODULE_10__/* .LocalStore */ .V.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'store')),
            remoteCaches: [],
            writeBack: false,
        });
        const transforms = new Map();
        const ctx = {
            getArg: () => undefined,
            getHandle: () => ctx,
            storage: () => storage,
            get: (addr) => transforms.get(addr),
            getTransform: (addr) => transforms.get(addr),
            getFarm: () => undefined,
            // `local_source` only: a plugin's transform may make one of its `srcs` (project files).
            addSource: async (addr, node) => {
                if (node.kind !== 'local_source')
                    throw new Error(`edo plugin test provides local_source only, not ${node.kind}`);
                return new _source_local_js__WEBPACK_IMPORTED_MODULE_8__/* .LocalSource */ .R({ ...node, id: addr }, project.dir, scratch);
            },
        };
        const results = [];
        for (const testCase of project.tests) {
            const attrs = JSON.parse(JSON.stringify(testCase.attrs).replaceAll('$TEST_DIR', testDir));
            const run = testCase.storage !== undefined ? runStorageCase : runTransformCase;
            // Storage components are registered as <plugin>:<component>.
            const storage = testCase.storage && `${project.manifest.name}:${testCase.storage}`;
            results.push(await run({ ...testCase, attrs, storage }, registry, ctx, scratch));
        }
        return results;
    }
    finally {
        await manager.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
    }
}
function declarationOf(testCase, kind) {
    return {
        kind,
        name: testCase.name,
        id: `//test:${testCase.name}`,
        attrs: testCase.attrs,
        position: { file: 'edo-plugin.json', line: 1, col: 1 },
    };
}
async function runTransformCase(testCase, registry, ctx, scratch) {
    const problems = [];
    const node = declarationOf(testCase, testCase.transform ?? '');
    const expected = testCase.expect ?? {};
    try {
        if (testCase.transform === undefined)
            throw new Error('a test case names a "transform" or a "storage"');
        const factory = registry.transforms.get(testCase.transform);
        if (!factory)
            throw new Error(`the plugin provides no transform or rule "${testCase.transform}"`);
        const transform = await factory(node.id, node, ctx);
        const farm = new _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_7__/* .LocalFarm */ .AV({ ...node, kind: 'environment_farm', attrs: {} });
        const log = new TextLog();
        const env = await farm.create(log, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, testCase.name));
        try {
            // As a build runs it: the environment set up and started before the transform stages.
            await env.setup(log, ctx.storage());
            await env.up(log);
            await transform.prepare(log, ctx);
            await transform.stage(log, ctx, env);
            const status = await transform.transform(log, ctx, env);
            if (status.kind !== 'success') {
                // What the transform's commands printed is usually why.
                throw new Error(`${status.error.message}${log.text ? `\n${log.text.trimEnd()}` : ''}`);
            }
            if (expected.log !== undefined && log.text !== expected.log) {
                problems.push(`log: expected ${JSON.stringify(expected.log)}, got ${JSON.stringify(log.text)}`);
            }
            if (expected.layers) {
                const layers = await Promise.all(status.artifact.layers.map(async (layer) => (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__.text)(await ctx.storage().read(layer))));
                if (JSON.stringify(layers) !== JSON.stringify(expected.layers)) {
                    // A tar's bytes as text are kilobytes of NULs: name it instead.
                    const shown = layers.map((layer) => layer.includes('\0') ? `<${layer.length} bytes, not text: a tar? expect "files">` : layer);
                    problems.push(`layers: expected ${JSON.stringify(expected.layers)}, got ${JSON.stringify(shown)}`);
                }
            }
            if (expected.files) {
                const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'files-'));
                await (0,_storage_checkout_js__WEBPACK_IMPORTED_MODULE_9__.extractArtifact)(ctx.storage(), status.artifact, dir);
                const files = filesUnder(dir);
                if (!(0,node_util__WEBPACK_IMPORTED_MODULE_5__.isDeepStrictEqual)(files, expected.files)) {
                    problems.push(`files: expected ${JSON.stringify(expected.files)}, got ${JSON.stringify(files)}`);
                }
            }
        }
        finally {
            await env.down(log);
            await env.clean(log);
        }
    }
    catch (error) {
        problems.push(error.message);
    }
    return { name: testCase.name, ok: problems.length === 0, problems };
}
/** The regular files under `dir`, by path relative to it, with their contents as UTF-8. */
function filesUnder(dir) {
    const files = {};
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile())
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(entry.parentPath, entry.name);
        files[(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(dir, path)] = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    return files;
}
/** A storage backend's round trip: a layer and an artifact saved, listed, opened, read back, deleted. */
async function runStorageCase(testCase, registry, ctx) {
    const problems = [];
    const check = (what, got, want) => {
        // Compared as JSON values: absent and undefined properties are the same to the engine.
        if (!(0,node_util__WEBPACK_IMPORTED_MODULE_5__.isDeepStrictEqual)(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(want))))
            problems.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    };
    try {
        const factory = registry.storage.get(testCase.storage);
        if (!factory)
            throw new Error(`the plugin provides no storage backend "${testCase.storage}"`);
        const node = declarationOf(testCase, 'storage_backend');
        const backend = await factory(node.id, node, ctx);
        const content = Buffer.from(`edo plugin test ${testCase.name}\n`);
        const writer = await backend.startLayer();
        writer.write(content);
        const layer = await backend.finishLayer('application/octet-stream', undefined, writer);
        check('layer digest', layer.digest, `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`);
        const id = { name: node.id, digest: 'sha256:0' };
        const artifact = { config: { id, provides: ['test'], requires: {} }, layers: [layer] };
        await backend.save(artifact);
        check('has after save', await backend.has(id), true);
        check('ls', await backend.ls(), [id]);
        check('open', await backend.open(id), artifact);
        check('read', await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__.text)(await backend.read(layer)), content.toString());
        await backend.del(id);
        check('has after del', await backend.has(id), false);
    }
    catch (error) {
        problems.push(error.message);
    }
    return { name: testCase.name, ok: problems.length === 0, problems };
}


/***/ }),

/***/ 5310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ artifactFromDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96104);



/**
 * Fills a fresh temp directory under `tempRoot` with `fill`, packs it into one deterministic layer
 * and returns the artifact `id` of that layer. The directory is removed whatever happens.
 */
async function artifactFromDirectory(storage, tempRoot, id, fill) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(tempRoot, { recursive: true });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempRoot, 'source-'));
    try {
        await fill(dir);
        const layer = await (0,_storage_pack_js__WEBPACK_IMPORTED_MODULE_2__/* .writeDirectoryLayer */ .C)(storage, dir);
        return { config: { id, provides: [], requires: {} }, layers: [layer] };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 48214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ LocalSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95691);
/* harmony import */ var _engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71234);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64505);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87563);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58755);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5310);









/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;
/** A source file that is missing or not a file: the build file's mistake, shown at the declaration. */
function badSource(message, node) {
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(message, { target: node.id, position: node.position });
}
function lstatSource(file, node) {
    let info;
    try {
        info = (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .statIfPresent */ .Nn)(file.hostPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync);
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`source file ${file.label}: ${error.message}`, { target: node.id });
    }
    if (!info)
        throw badSource(`source file ${file.label} does not exist`, node);
    return info;
}
/**
 * What identifies one file's content: its bytes and executable bit. A symlink stands for the file
 * it points to, as in Bazel: the target reads its content, which is what is hashed and staged (a
 * link kept as a link would read whatever its target holds when the build runs, and its key would
 * not change with it). Small files are read with synchronous calls (and linked so when fetched):
 * each asynchronous call is a trip through libuv's thread pool that costs more than the system
 * call (a source of 5,000 small files took 0.73 s to identify on every build that way, 0.32 s
 * now: bench/engine.bench.mjs).
 */
async function fileIdentity(file, node, digests, 
/** Gets the paths of the files that are symlinks. */
links) {
    let info = lstatSource(file, node);
    if (info.isSymbolicLink()) {
        links.add(file.path);
        const target = (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .statIfPresent */ .Nn)(file.hostPath);
        if (!target) {
            throw badSource(`source ${file.label} is a symlink to ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(file.hostPath)}, which does not exist`, node);
        }
        if (target.isDirectory()) {
            throw badSource(`source ${file.label} is a symlink to a directory (${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(file.hostPath)}): edo does not follow ` +
                'directory links; name the files behind it by their own paths', node);
        }
        info = target;
    }
    if (!info.isFile()) {
        const hint = info.isDirectory() ? ` but a directory (glob(["${file.path}/**"]) takes its files)` : '';
        throw badSource(`source ${file.label} is not a file${hint}`, node);
    }
    const sha256 = info.size <= STREAM_ABOVE_BYTES
        ? (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file.hostPath))
        : digests
            ? await digests.sha256(file.hostPath, () => fileSha256Hex(file.hostPath))
            : await fileSha256Hex(file.hostPath);
    return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}
const fileSha256Hex = async (path) => (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .fileSha256Digest */ .G_)(path));
/**
 * `local_source(name, srcs)`: files of the workspace. `srcs` holds canonical file labels (the
 * engine expands globs and patterns when the build file is evaluated); each file keeps its path
 * relative to its package. The id is derived from the files' bytes, so touching a file without
 * changing it changes nothing.
 */
class LocalSource {
    node;
    tempRoot;
    digests;
    files;
    id;
    /** The files' identities the id was computed from. */
    identified = [];
    /** Paths of the files that are symlinks: fetched as copies of what they point to. */
    links = new Set();
    constructor(node, workspaceRoot, 
    /** A directory on the workspace's file system for staging files before they are packed. */
    tempRoot, 
    /** Remembers large files' hashes between builds. */
    digests) {
        this.node = node;
        this.tempRoot = tempRoot;
        this.digests = digests;
        const byPath = new Map();
        this.files = (node.attrs.srcs ?? []).map((text) => {
            const label = (0,_model_label_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLabel */ .Q_)(text, '');
            const other = byPath.get(label.name);
            if (other !== undefined && other !== text) {
                throw badSource(`srcs ${other} and ${text} both become ${label.name} in the artifact`, node);
            }
            byPath.set(label.name, text);
            return { label: text, hostPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspaceRoot, label.pkg, label.name), path: label.name };
        });
    }
    getUniqueId() {
        this.id ??= this.identify().then((files) => {
            this.identified = files;
            return this.idOf(files);
        });
        return this.id;
    }
    /** The files' identities, in path order. */
    async identify() {
        const identities = [];
        for (const [i, file] of this.files.entries()) {
            if (i > 0 && i % _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .FILES_PER_TURN */ .aJ === 0)
                await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .nextTurn */ .tJ)();
            const identity = fileIdentity(file, this.node, this.digests, this.links);
            // Large files hash meanwhile; a failure is taken up by Promise.all below.
            identity.catch(() => undefined);
            identities.push(identity);
        }
        const files = await Promise.all(identities);
        return files.sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    idOf(files) {
        return { name: this.node.name, digest: (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)({ kind: this.node.kind, files }) };
    }
    async fetch(_log, storage) {
        const id = await this.getUniqueId();
        const artifact = await (0,_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .artifactFromDirectory */ .O)(storage, this.tempRoot, id, async (dir) => {
            const made = new Set();
            for (const [i, file] of this.files.entries()) {
                if (i > 0 && i % _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .FILES_PER_TURN */ .aJ === 0)
                    await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .nextTurn */ .tJ)();
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file.path);
                const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
                if (!made.has(parent)) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
                    made.add(parent);
                }
                // A hard link costs nothing; across file systems, copy. A symlink is copied (a hard link
                // would be to the link itself): that follows it.
                if (this.links.has(file.path)) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file.hostPath, target);
                    continue;
                }
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(file.hostPath, target);
                }
                catch {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file.hostPath, target);
                }
            }
        });
        // The id was computed before the build ran: a file edited since then would be stored under
        // the key of what it held before, and every later build would take that for it.
        const now = await this.identify();
        const changed = now
            .filter((file, i) => JSON.stringify(file) !== JSON.stringify(this.identified[i]))
            .map((file) => file.path);
        if (changed.length > 0) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`source files changed while edo was building: ${changed.slice(0, 5).join(', ')}` +
                `${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}; build again`, { target: this.node.id });
        }
        return artifact;
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
}


/***/ }),

/***/ 38290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CacheManager)
/* harmony export */ });
/* unused harmony export transferArtifact */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26906);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6280);
/* harmony import */ var _verify_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96405);




/**
 * Copies an artifact from one backend to another: the layers the target lacks (streamed, and
 * checked to arrive with the same digest), then the artifact itself.
 */
async function transferArtifact(from, to, id) {
    const artifact = await from.open(id);
    const seen = new Set();
    for (const layer of artifact.layers) {
        if (seen.has(layer.digest))
            continue;
        seen.add(layer.digest);
        if (hasBlobPresence(to) && (await to.hasBlob(layer.digest)))
            continue;
        const writer = await to.startLayer();
        await (0,_streams_js__WEBPACK_IMPORTED_MODULE_2__/* .pipeIntoWriter */ ._)(await from.read(layer), writer);
        const copied = await to.finishLayer(layer.mediaType, layer.platform, writer);
        if (copied.digest !== layer.digest) {
            throw (0,_verify_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .corruptBlobError */ .pS)(layer.digest, `copying ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} produced ${copied.digest}`);
        }
    }
    await to.save(artifact);
    return artifact;
}
function hasBlobPresence(backend) {
    return typeof backend.hasBlob === 'function';
}
function hasDeferredIndex(backend) {
    return typeof backend.compact === 'function';
}
/** The seed's storage-manager: the build cache with read-through (and optional write-back) remote caches. */
class CacheManager {
    policy;
    /** Remote caches that could not be reached: not asked again by this manager (one command). */
    unreachable = new Set();
    /** Remote caches that refused a write: not written to again by this manager. */
    refusingWrites = new Set();
    constructor(policy) {
        this.policy = policy;
    }
    async open(id) {
        const { buildCache } = this.policy;
        if (await buildCache.has(id))
            return buildCache.open(id);
        for (const remote of this.reachableRemotes()) {
            const fetched = await this.tryRemote(remote, 'fetch', id, async () => (await remote.backend.has(id)) ? transferArtifact(remote.backend, buildCache, id) : undefined);
            if (fetched)
                return fetched;
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX(`artifact ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} is not in the build cache or any remote cache`);
    }
    async has(id) {
        if (await this.policy.buildCache.has(id))
            return true;
        for (const remote of this.reachableRemotes()) {
            if (await this.tryRemote(remote, 'check', id, () => remote.backend.has(id)))
                return true;
        }
        return false;
    }
    /** Layers of every artifact a build sees are in the build cache (open copies them there). */
    read(layer) {
        return this.policy.buildCache.read(layer);
    }
    startLayer() {
        return this.policy.buildCache.startLayer();
    }
    finishLayer(mediaType, platform, writer) {
        return this.policy.buildCache.finishLayer(mediaType, platform, writer);
    }
    async save(artifact) {
        const { buildCache, writeBack } = this.policy;
        await buildCache.save(artifact);
        if (!writeBack)
            return;
        const { id } = artifact.config;
        for (const remote of this.reachableRemotes()) {
            if (this.refusingWrites.has(remote))
                continue;
            await this.tryRemote(remote, 'push', id, () => transferArtifact(buildCache, remote.backend, id));
        }
    }
    /** Writes out what the backends deferred (the local store's index journal): a command's end. */
    async compact() {
        const { buildCache, remoteCaches, warn } = this.policy;
        for (const backend of [buildCache, ...remoteCaches.map((remote) => remote.backend)]) {
            if (!hasDeferredIndex(backend))
                continue;
            // Nothing is lost when this fails: the changes stay in the journal, which readers apply.
            await backend
                .compact()
                .catch((err) => warn?.(`could not compact a store's index: ${err.message}`));
        }
    }
    reachableRemotes() {
        return this.policy.remoteCaches.filter((remote) => !this.unreachable.has(remote));
    }
    /**
     * A remote cache that fails is a miss, with a warning. One that cannot be reached at all is
     * not asked again: every target would wait for it and repeat the same warning.
     */
    async tryRemote(remote, what, id, body) {
        try {
            return await body();
        }
        catch (err) {
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreachableError */ .Jk) {
                if (!this.unreachable.has(remote)) {
                    this.unreachable.add(remote);
                    this.policy.warn?.(`remote cache ${remote.name}: ${err.message}; not used for the rest of this command`);
                }
            }
            else if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WritesRefusedError */ .tj) {
                // Pushes already under way when the first refusal came say nothing more.
                if (!this.refusingWrites.has(remote)) {
                    this.refusingWrites.add(remote);
                    this.policy.warn?.(`remote cache ${remote.name}: ${err.message}; nothing more is pushed to it in this command`);
                }
            }
            else {
                this.policy.warn?.(`remote cache ${remote.name}: cannot ${what} ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)}: ${err.message}`);
            }
            return undefined;
        }
    }
}


/***/ }),

/***/ 58755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tq: () => (/* binding */ layerFromEnvironment),
/* harmony export */   Z9: () => (/* binding */ stageArtifact),
/* harmony export */   i7: () => (/* binding */ relabel),
/* harmony export */   yP: () => (/* binding */ listLayer)
/* harmony export */ });
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56118);
/* harmony import */ var _storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25330);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10500);



/** Unpacks every layer of `artifact`, in order, under `path` in `env` (see storage/layer-files.ts). */
async function stageArtifact(storage, env, path, artifact) {
    await env.createDir(path);
    for (const layer of artifact.layers)
        await env.unpack(path, await (0,_storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__/* .layerAsTar */ .h)(storage, layer));
}
/**
 * Packs `path` of `env` into a new layer. Environments treat the writer as borrowed (they do not
 * end it), so it is ended here; on failure it is destroyed, which removes its temp file.
 */
async function layerFromEnvironment(storage, env, path) {
    const writer = await storage.startLayer();
    try {
        await env.read(path, writer);
        writer.end();
        return await storage.finishLayer(_storage_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.layerTar, undefined, writer);
    }
    catch (err) {
        writer.destroy();
        throw err;
    }
}
/** A new artifact with the same layers under another id (nothing is copied: layers are shared blobs). */
function relabel(artifact, id) {
    return { config: { ...artifact.config, id }, layers: artifact.layers };
}
/**
 * The entries of a layer as its files (storage/layer-files.ts: a gzipped tar decompressed, a blob
 * that is not a tar as one file), read from the store as a stream (contents skipped, not buffered).
 */
async function listLayer(storage, layer) {
    const entries = [];
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_0__.extract();
    const stream = await (0,_storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__/* .layerAsTar */ .h)(storage, layer);
    await new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            entries.push({
                path: header.name.replace(/^\.\//, '').replace(/\/$/, ''),
                type: header.type ?? 'file',
            });
            body.on('end', next);
            body.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
        stream.on('error', reject);
        stream.pipe(extract);
    });
    return entries;
}


/***/ })

};
