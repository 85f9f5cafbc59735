import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 227;
export const ids = [227];
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

/***/ 95691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   IJ: () => (/* binding */ LabelSyntaxError),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   Q_: () => (/* binding */ parseLabel),
/* harmony export */   Z2: () => (/* binding */ canonicalLabel),
/* harmony export */   bz: () => (/* binding */ hasGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   wR: () => (/* binding */ formatLabel)
/* harmony export */ });
/* unused harmony export isUnderPackage */
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
    if (name.includes(':'))
        throw new LabelSyntaxError(text, 'more than one ":"');
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
    const body = absolute ? text.slice(2) : text;
    if (body === '...' || body.endsWith('/...')) {
        const rel = body === '...' ? '' : body.slice(0, -4);
        checkPath(text, rel, 'package', true);
        const pkg = absolute ? rel : [currentPkg, rel].filter((p) => p !== '').join('/');
        return { kind: 'recursive', pkg };
    }
    const colon = body.indexOf(':');
    const name = colon < 0 ? undefined : body.slice(colon + 1);
    if (name !== undefined && (name === 'all' || hasGlob(name))) {
        const pkgText = body.slice(0, colon);
        if (absolute)
            checkPath(text, pkgText, 'package', true);
        else if (pkgText !== '')
            throw new LabelSyntaxError(text, 'a relative pattern must start with ":"');
        const pkg = absolute ? pkgText : currentPkg;
        const glob = name === 'all' ? '*' : name;
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
/* harmony import */ var _engine_components_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(37472);
/* harmony import */ var _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23628);
/* harmony import */ var _source_local_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48214);
/* harmony import */ var _storage_local_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(816);
/* harmony import */ var _storage_manager_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38290);
/* harmony import */ var _manager_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44643);












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
    const manager = new _manager_js__WEBPACK_IMPORTED_MODULE_10__/* .PluginManager */ .R0({
        workspaceRoot: project.dir,
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'cache'),
        log: hostLog,
        vars: { TEST_DIR: testDir },
    });
    try {
        const capabilities = [...new Set(project.tests.flatMap((testCase) => testCase.capabilities ?? []))];
        const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes, capabilities });
        const registry = new _engine_components_js__WEBPACK_IMPORTED_MODULE_11__/* .ComponentRegistry */ .Z();
        manager.registerComponents(plugin, registry);
        const storage = new _storage_manager_js__WEBPACK_IMPORTED_MODULE_9__/* .CacheManager */ .G({
            buildCache: await _storage_local_store_js__WEBPACK_IMPORTED_MODULE_8__/* .LocalStore */ .V.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'store')),
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
                return new _source_local_js__WEBPACK_IMPORTED_MODULE_7__/* .LocalSource */ .R({ ...node, id: addr }, project.dir, scratch);
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
        const farm = new _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalFarm */ .AV({ ...node, kind: 'environment_farm', attrs: {} });
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
                    problems.push(`layers: expected ${JSON.stringify(expected.layers)}, got ${JSON.stringify(layers)}`);
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

/***/ 96104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ writeDirectoryLayer),
/* harmony export */   j: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73434);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10500);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6280);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24739);








/**
 * Packs a directory tree into an uncompressed tar stream that depends only on the tree's names,
 * contents, symlink targets and executable bits: entries are sorted, mtime/uid/gid/uname are fixed,
 * modes are normalised (directories and executables 0755, other files 0644), symlinks stay symlinks,
 * hard links become separate files. Sockets, FIFOs and device files are an error. The stream is
 * produced lazily, one file at a time, so memory use does not depend on the tree's size.
 */
function packDirectory(dir) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_3__.pack({ highWaterMark: 1 << 20 });
    packTree(pack, dir, '').then(() => pack.finalize(), (err) => pack.destroy(err));
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(pack, { objectMode: false, highWaterMark: 1 << 20 });
}
/** Packs `dir` into a new layer of `backend` (media type: uncompressed OCI layer tar). */
async function writeDirectoryLayer(backend, dir, platform) {
    const writer = await backend.startLayer();
    await (0,_streams_js__WEBPACK_IMPORTED_MODULE_6__/* .pipeIntoWriter */ ._)(packDirectory(dir), writer);
    return backend.finishLayer(_oci_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.layerTar, platform, writer);
}
/**
 * Files up to this size are read with one synchronous call: for trees of many small files the
 * round trips of asynchronous I/O, not the bytes, dominate (GNU tar makes plain system calls too).
 * Bigger files stream, so memory stays bounded.
 */
const SMALL_FILE = 1 << 20;
async function packTree(pack, root, prefix) {
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix)).sort(byCodeUnits);
    for (const name of names) {
        const relative = prefix + name;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        if (info.isDirectory()) {
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative + '/', type: 'directory', mode: 0o755 });
            await packTree(pack, root, relative + '/');
        }
        else if (info.isFile()) {
            const mode = info.mode & 0o100 ? 0o755 : 0o644;
            const header = { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'file', mode, size: info.size };
            if (info.size <= SMALL_FILE) {
                const content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
                if (content.length !== info.size)
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: it changed while being read`);
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, header, content);
            }
            else {
                await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addStreamEntry */ .ay)(pack, header, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }));
            }
        }
        else if (info.isSymbolicLink()) {
            const linkname = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
            await (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_7__/* .FIXED_TAR_HEADER */ .tr, name: relative, type: 'symlink', mode: 0o777, linkname });
        }
        else {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`cannot pack ${path}: sockets, FIFOs and device files cannot go into a layer`);
        }
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 24739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ addEntry),
/* harmony export */   ay: () => (/* binding */ addStreamEntry),
/* harmony export */   tr: () => (/* binding */ FIXED_TAR_HEADER)
/* harmony export */ });
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46466);

/** Entries of deterministic tars have this mtime and owner, whatever the files on disk say. */
const FIXED_TAR_HEADER = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
/** Adds an entry without a body (directory, symlink) or with a small in-memory body. */
function addEntry(pack, header, body) {
    return new Promise((resolve, reject) => {
        const done = (err) => (err ? reject(err) : resolve());
        if (body === undefined)
            pack.entry(header, done);
        else
            pack.entry(header, body, done);
    });
}
/** Adds an entry whose body streams from `source` (exactly `header.size` bytes), with backpressure. */
async function addStreamEntry(pack, header, source) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, pack.entry(header));
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
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10500);


/** Unpacks every layer of `artifact`, in order, under `path` in `env`. */
async function stageArtifact(storage, env, path, artifact) {
    await env.createDir(path);
    for (const layer of artifact.layers)
        await env.unpack(path, await storage.read(layer));
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
        return await storage.finishLayer(_storage_oci_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.layerTar, undefined, writer);
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
/** The entries of a layer, read from the store as a stream (contents are skipped, not buffered). */
async function listLayer(storage, layer) {
    const entries = [];
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_0__.extract();
    const stream = await storage.read(layer);
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
