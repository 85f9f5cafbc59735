import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 533;
export const ids = [533,465];
export const modules = {

/***/ 7472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ComponentRegistry)
/* harmony export */ });
/* unused harmony export KindRegistry */
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
    constructor(what) {
        this.what = what;
    }
    register(kind, factory) {
        if (this.factories.has(kind))
            throw new Error(`${this.what} kind "${kind}" is registered twice`);
        this.factories.set(kind, factory);
    }
    get(kind) {
        return this.factories.get(kind);
    }
    kinds() {
        return [...this.factories.keys()].sort();
    }
}


/***/ }),

/***/ 3628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AV: () => (/* binding */ LocalFarm)
});

// UNUSED EXPORTS: DEFAULT_PASS_ENV, LOCAL_ENV_PREFIX

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(3434);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __webpack_require__(1214);
// EXTERNAL MODULE: ./lib/environment/local/tar.js
var tar = __webpack_require__(8394);
;// CONCATENATED MODULE: ./lib/environment/local/environment.js








/**
 * One local environment: a temp directory on the host. Paths given to its methods are relative to
 * that directory (absolute paths are taken as inside it too) and may not leave it.
 */
class LocalEnvironment {
    root;
    variables;
    children = new Set();
    scripts = 0;
    closed = false;
    constructor(root, farmVariables) {
        this.root = root;
        this.variables = { ...farmVariables, HOME: (0,external_node_path_.join)(root, 'home'), TMPDIR: (0,external_node_path_.join)(root, 'tmp') };
    }
    /** The host path of `path` inside the environment; refuses paths that escape it. */
    async expand(path) {
        return this.hostPath(path);
    }
    hostPath(path) {
        const full = (0,external_node_path_.resolve)(this.root, path.replace(/^\/+/, ''));
        if (full !== this.root && !full.startsWith(this.root + external_node_path_.sep)) {
            throw new errors/* EdoError */.bX(`path ${JSON.stringify(path)} leaves the environment`);
        }
        return full;
    }
    async createDir(path) {
        await (0,promises_.mkdir)(this.hostPath(path), { recursive: true });
    }
    async setEnv(key, value) {
        this.variables[key] = value;
    }
    getEnv(key) {
        return this.variables[key];
    }
    async setup(_log, _storage) { }
    async up(_log) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, 'home'), { recursive: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, 'tmp'), { recursive: true });
    }
    /** Stops everything still running in the environment (its whole process group). */
    async down(_log) {
        this.closed = true;
        const exits = [...this.children].map((child) => new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null)
                return done();
            child.once('close', () => done());
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                done();
            }
        }));
        await Promise.all(exits);
    }
    async clean(_log) {
        await (0,promises_.rm)(this.root, { recursive: true, force: true, maxRetries: 3 });
    }
    async write(path, data) {
        const target = this.hostPath(path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,external_node_stream_promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(target, { mode: 0o644 }));
    }
    async unpack(path, data) {
        const target = this.hostPath(path);
        await (0,promises_.mkdir)(target, { recursive: true });
        await (0,tar/* extractTarInto */.n)(data, target);
    }
    async read(path, writer) {
        await (0,tar/* packPath */.x)(this.hostPath(path), writer);
    }
    deferCmd(_log, _id) {
        return new script_command/* ScriptCommand */.L();
    }
    async cmd(log, _id, path, command) {
        const script = new script_command/* ScriptCommand */.L();
        script.run(command);
        return this.runScript(log, path, script.toScript());
    }
    async run(log, _id, path, command) {
        if (!(command instanceof script_command/* ScriptCommand */.L)) {
            throw new errors/* EdoError */.bX('the local environment runs only commands made by its deferCmd');
        }
        return this.runScript(log, path, command.toScript());
    }
    /** Runs a script with `sh` in `path`, streaming its output to `log`; true when it exited 0. */
    async runScript(log, path, script) {
        if (this.closed)
            throw new errors/* EdoError */.bX('the environment has been shut down');
        const cwd = this.hostPath(path);
        // The script goes in a file: command lines have a length limit and stdin belongs to the commands.
        this.scripts += 1;
        const scriptPath = (0,external_node_path_.join)(this.root, `script-${this.scripts}.sh`);
        await (0,promises_.writeFile)(scriptPath, script, { mode: 0o644 });
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-eu', scriptPath], {
            cwd,
            env: this.variables,
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so `down` can kill whatever the script started.
            detached: true,
        });
        this.children.add(child);
        child.stdout.on('data', (chunk) => log.write(chunk));
        child.stderr.on('data', (chunk) => log.write(chunk));
        return new Promise((done, fail) => {
            child.once('error', (err) => {
                this.children.delete(child);
                fail(new errors/* EdoError */.bX(`cannot start /bin/sh: ${err.message}`));
            });
            child.once('close', (code) => {
                this.children.delete(child);
                done(code === 0);
            });
        });
    }
    async shell(path) {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-i'], {
            cwd: this.hostPath(path),
            env: { ...this.variables, PS1: `edo:${(0,external_node_path_.relative)(this.root, this.hostPath(path)) || '.'}$ ` },
            stdio: 'inherit',
        });
        await new Promise((done, fail) => {
            child.once('error', fail);
            child.once('close', () => done());
        });
    }
}

;// CONCATENATED MODULE: ./lib/environment/local/farm.js





/** Host variables a local environment sees by default; everything else is cleared. */
const DEFAULT_PASS_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'];
/** Prefix of every local environment's temp directory, so leftovers of a crash are recognisable. */
const LOCAL_ENV_PREFIX = 'edo-env-';
function stringDict(node, attr) {
    const value = node.attrs[attr];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' ||
        Array.isArray(value) ||
        Object.values(value).some((v) => typeof v !== 'string')) {
        throw new errors/* UsageError */.eb(`${attr} must be a dict of strings`, { position: node.position, target: node.id });
    }
    return value;
}
function stringList(node, attr) {
    const value = node.attrs[attr];
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        throw new errors/* UsageError */.eb(`${attr} must be a list of strings`, { position: node.position, target: node.id });
    }
    return value;
}
/**
 * The `local` farm: each environment is a fresh temp directory on the host, commands run with
 * `/bin/sh` and a cleared environment (an allowlist of host variables plus the farm's `env`),
 * `HOME` and `TMPDIR` inside the temp dir. Not hermetic: the host's tools and files are reachable.
 */
class LocalFarm {
    variables;
    constructor(node, hostEnv = process.env) {
        const passEnv = stringList(node, 'pass_env') ?? [...DEFAULT_PASS_ENV];
        const passed = {};
        for (const name of passEnv) {
            const value = hostEnv[name];
            if (value !== undefined)
                passed[name] = value;
        }
        this.variables = { ...passed, ...stringDict(node, 'env') };
    }
    async setup(_log, _storage) { }
    async create(_log, path) {
        const hint = path.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(-40);
        const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${LOCAL_ENV_PREFIX}${hint}-`));
        return new LocalEnvironment(root, this.variables);
    }
    async identity() {
        return { kind: 'local', platform: process.platform, arch: process.arch, env: this.variables };
    }
}


/***/ }),

/***/ 8394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ extractTarInto),
/* harmony export */   x: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9465);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(500);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6104);






/** Moves everything in `from` into `to`; entries of `from` replace those of `to`, directories merge. */
async function mergeInto(from, to) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(from)) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, name);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, name);
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target).catch(() => undefined);
        if (existing?.isDirectory() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(source)).isDirectory()) {
            await mergeInto(source, target);
            continue;
        }
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(source, target);
    }
}
/**
 * Extracts one tar stream into `dir` (which exists) with the store's safe extractor, over what is
 * already there, as the next layer of an artifact would be applied. The tar goes to a fresh
 * directory beside `dir` first: the extractor only writes into empty directories.
 */
async function extractTarInto(data, dir) {
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), '.unpack-'));
    try {
        const layer = { mediaType: _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.layerTar, digest: 'a tar stream', size: 0 };
        await (0,_storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__.extractArtifact)({ read: async () => data }, { config: { id: { name: 'unpack', digest: '' }, provides: [], requires: {} }, layers: [layer] }, temp);
        await mergeInto(temp, dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Writes a deterministic tar of the directory `path` (its contents at the tar's root) to `writer`.
 * The writer is borrowed: it is left open for the caller to end.
 */
async function packPath(path, writer) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,_storage_pack_js__WEBPACK_IMPORTED_MODULE_5__/* .packDirectory */ .j)(path), writer, { end: false });
}


/***/ }),

/***/ 1214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ScriptCommand),
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** Quotes a string for POSIX sh so it is passed through as one word. */
function shellQuote(value) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function assertEnvName(key) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
        throw new Error(`invalid environment variable name: ${key}`);
}
/**
 * The seed's `command` resource as a POSIX sh script, so every environment (local, Docker, a
 * plugin's) runs the same steps the same way: `sh -eu` semantics, one script per run.
 * `send(path)` marks a path whose contents the caller collects after the run.
 */
class ScriptCommand {
    lines = [];
    sent = [];
    depth = 0;
    set(key, value) {
        assertEnvName(key);
        this.lines.push(`export ${key}=${shellQuote(value)}`);
    }
    chdir(path) {
        this.lines.push(`cd ${shellQuote(path)}`);
    }
    pushd(path) {
        this.depth += 1;
        this.lines.push(`__edo_dir_${this.depth}="$PWD"`, `cd ${shellQuote(path)}`);
    }
    popd() {
        if (this.depth === 0)
            throw new Error('popd without pushd');
        this.lines.push(`cd "$__edo_dir_${this.depth}"`);
        this.depth -= 1;
    }
    createNamedDir(key, path) {
        assertEnvName(key);
        this.lines.push(`mkdir -p ${shellQuote(path)}`, `export ${key}="$(cd ${shellQuote(path)} && pwd)"`);
    }
    createDir(path) {
        this.lines.push(`mkdir -p ${shellQuote(path)}`);
    }
    removeDir(path) {
        this.lines.push(`rm -rf ${shellQuote(path)}`);
    }
    removeFile(path) {
        this.lines.push(`rm -f ${shellQuote(path)}`);
    }
    mv(source, target) {
        this.lines.push(`mv ${shellQuote(source)} ${shellQuote(target)}`);
    }
    copy(source, target) {
        this.lines.push(`cp -R ${shellQuote(source)} ${shellQuote(target)}`);
    }
    /** A user's command line, run as written by the shell. */
    run(cmd) {
        this.lines.push(cmd);
    }
    send(path) {
        this.sent.push(path);
    }
    /** Paths marked with `send`, in order. */
    sentPaths() {
        return this.sent;
    }
    /** The whole script, to run with `sh -eu`. */
    toScript() {
        return ['set -eu', ...this.lines, ''].join('\n');
    }
}


/***/ }),

/***/ 8214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ LocalSource)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5691);
/* harmony import */ var _engine_cache_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1234);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8755);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5310);









/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;
/** What identifies one file's content: regular files by bytes and executable bit, symlinks by target. */
async function fileIdentity(file, label, digests) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file.hostPath).catch(() => undefined);
    if (!info)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`source file ${file.path} does not exist`, { target: label });
    if (info.isSymbolicLink())
        return { path: file.path, symlink: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(file.hostPath) };
    if (!info.isFile())
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`source ${file.path} is not a file`, { target: label });
    const sha256 = info.size <= STREAM_ABOVE_BYTES
        ? (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file.hostPath))
        : digests
            ? await digests.sha256(file.hostPath, () => streamSha256(file.hostPath))
            : await streamSha256(file.hostPath);
    return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}
/** Streamed, so a large file costs no more memory than a small one. */
async function streamSha256(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: STREAM_ABOVE_BYTES })) {
        hash.update(chunk);
    }
    return hash.digest('hex');
}
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
            const label = (0,_model_label_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLabel */ .Q_)(text, '');
            const other = byPath.get(label.name);
            if (other !== undefined && other !== text) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`srcs ${other} and ${text} both become ${label.name} in the artifact`, {
                    target: node.id,
                    position: node.position,
                });
            }
            byPath.set(label.name, text);
            return { hostPath: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspaceRoot, label.pkg, label.name), path: label.name };
        });
    }
    getUniqueId() {
        this.id ??= (async () => {
            const files = await Promise.all(this.files.map((file) => fileIdentity(file, this.node.id, this.digests)));
            files.sort((a, b) => (a.path < b.path ? -1 : 1));
            return { name: this.node.name, digest: (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_6__/* .digestOf */ .ol)({ kind: this.node.kind, files }) };
        })();
        return this.id;
    }
    async fetch(_log, storage) {
        return (0,_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .artifactFromDirectory */ .O)(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (const file of this.files) {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, file.path);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
                // A hard link costs nothing; across file systems, copy.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(file.hostPath, target).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(file.hostPath, target));
            }
        });
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkout: () => (/* binding */ checkout),
/* harmony export */   extractArtifact: () => (/* binding */ extractArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6906);
/* harmony import */ var _fs_util_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7563);










/**
 * Extracts an artifact's layers, in order, into `dir`, which must not exist or be empty. The layers
 * are extracted into a temp directory next to `dir` and renamed into place at the end, so `dir`
 * either gets the whole tree or nothing (a corrupt or unsafe layer leaves no partial tree).
 */
async function checkout(backend, id, dir) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (existing && existing.length > 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout: ${dir} exists and is not empty`);
    const artifact = await backend.open(id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,_fs_util_js__WEBPACK_IMPORTED_MODULE_9__/* .tempName */ .u8)('checkout')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
    try {
        await extractArtifact(backend, artifact, temp);
        if (existing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
        if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`checkout of ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_8__.idToString)(id)}: ${err.message}`);
        throw err;
    }
}
/**
 * Extracts the artifact's layers in order into `dir`, an existing empty directory. Later layers
 * replace earlier entries at the same path. Every entry is checked before anything is written.
 */
async function extractArtifact(backend, artifact, dir) {
    const tree = new Map();
    const directoryModes = new Map();
    for (const layer of artifact.layers) {
        await extractLayer(await layerTar(backend, layer), dir, tree, directoryModes, layer.digest);
    }
    // Directory modes last (deepest first), so a read-only directory does not block its own contents.
    // A directory a later layer replaced is no longer in the tree.
    const deepestFirst = [...directoryModes]
        .filter(([path]) => tree.get(path) === 'directory')
        .sort(([a], [b]) => b.split('/').length - a.split('/').length);
    for (const [path, mode] of deepestFirst)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, path), mode);
}
/** The layer as an uncompressed tar stream: gzipped layers (from images) are decompressed. */
async function layerTar(backend, layer) {
    const stream = await backend.read(layer);
    if (/[+.]gzip$/.test(layer.mediaType))
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)(), () => undefined);
    if (/[+.]zstd$/.test(layer.mediaType)) {
        stream.destroy();
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`layer ${layer.digest} is zstd-compressed (${layer.mediaType}), which is not supported`);
    }
    return stream;
}
async function extractLayer(stream, root, tree, directoryModes, digest) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_6__.extract();
    const fed = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, extract);
    const seenInLayer = new Set();
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const unsafe = (why) => new _model_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EdoError */ .bX(`unsafe entry ${JSON.stringify(header.name)} in layer ${digest}: ${why}`);
            const path = safeRelativePath(header.name, unsafe);
            if (path === '') {
                if (header.type !== 'directory')
                    throw unsafe('only a directory may name the root');
                entry.resume();
                continue;
            }
            if (seenInLayer.has(path))
                throw unsafe('the path appears twice in the layer');
            seenInLayer.add(path);
            if (node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path).startsWith(WHITEOUT)) {
                await applyWhiteout(root, path, tree, seenInLayer, unsafe);
                entry.resume();
                continue;
            }
            await prepareParents(root, path, tree, unsafe);
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path);
            const mode = header.mode & 0o777;
            if (header.type === 'directory') {
                if (tree.get(path) !== 'directory') {
                    await replace(full, path, tree);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(full, { mode: 0o755 });
                    tree.set(path, 'directory');
                }
                directoryModes.set(path, mode);
                entry.resume();
            }
            else if (header.type === 'file' || header.type === 'contiguous-file') {
                await replace(full, path, tree);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(full, { flags: 'wx', mode }));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(full, mode);
                tree.set(path, 'file');
            }
            else if (header.type === 'symlink') {
                checkSymlinkTarget(path, header.linkname ?? '', unsafe);
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.symlink)(header.linkname, full);
                tree.set(path, 'symlink');
                entry.resume();
            }
            else if (header.type === 'link') {
                const source = safeRelativePath(header.linkname ?? '', (why) => unsafe(`hard link target ${why}`));
                if (tree.get(source) !== 'file') {
                    throw unsafe(`hard link to ${JSON.stringify(header.linkname)}, which is not a file extracted before it`);
                }
                await replace(full, path, tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, source), full);
                tree.set(path, 'file');
                entry.resume();
            }
            else {
                throw unsafe(`${header.type} entries are not allowed (only files, directories and links)`);
            }
        }
        await fed;
    }
    catch (err) {
        stream.destroy();
        await fed.catch(() => undefined);
        throw err;
    }
}
const WHITEOUT = '.wh.';
const OPAQUE_WHITEOUT = '.wh..wh..opq';
/**
 * OCI whiteouts (layers of images use them): `.wh.NAME` deletes NAME from the layers below;
 * `.wh..wh..opq` empties its directory of what the layers below put there. Nothing is followed
 * through a symlink: a whiteout under anything but directories extracted here has no effect.
 */
async function applyWhiteout(root, path, tree, seenInLayer, unsafe) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(path);
    const hidden = name.slice(WHITEOUT.length);
    if (name !== OPAQUE_WHITEOUT && (hidden === '' || hidden === '.' || hidden === '..')) {
        throw unsafe('a whiteout must name an entry of its directory');
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path);
    const parts = parent === '' ? [] : parent.split('/');
    for (let i = 1; i <= parts.length; i++) {
        if (tree.get(parts.slice(0, i).join('/')) !== 'directory')
            return;
    }
    const targets = name === OPAQUE_WHITEOUT
        ? [...tree.keys()].filter((key) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(key) === (parent || '.') && !seenInLayer.has(key))
        : [parent === '' ? hidden : `${parent}/${hidden}`];
    for (const target of targets)
        await replace((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, target), target, tree);
}
/** The entry's path relative to the root, normalised; `..` anywhere or a leading `/` is refused. */
function safeRelativePath(name, unsafe) {
    if (name.includes('\0'))
        throw unsafe('the path contains a NUL byte');
    if (name.startsWith('/'))
        throw unsafe('absolute paths are not allowed');
    const parts = name.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw unsafe('".." is not allowed in paths');
    return parts.join('/');
}
/** Parent directories must be directories extracted here (never symlinks); missing ones are created. */
async function prepareParents(root, path, tree, unsafe) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const kind = tree.get(parent);
        if (kind === 'directory')
            continue;
        if (kind !== undefined)
            throw unsafe(`its parent ${parent} is a ${kind}, not a directory`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, parent), { mode: 0o755 });
        tree.set(parent, 'directory');
    }
}
/** A symlink must resolve inside the root: relative, and not climbing above it. */
function checkSymlinkTarget(path, target, unsafe) {
    if (target === '')
        throw unsafe('symlink with an empty target');
    if (target.startsWith('/'))
        throw unsafe(`symlink to the absolute path ${target} points outside the directory`);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../')) {
        throw unsafe(`symlink to ${target} points outside the directory`);
    }
}
/** Removes whatever an earlier layer put at `path` (and forgets everything below it). */
async function replace(full, path, tree) {
    if (!tree.has(path))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(full, { recursive: true, force: true });
    tree.delete(path);
    const below = path + '/';
    for (const key of [...tree.keys()])
        if (key.startsWith(below))
            tree.delete(key);
}


/***/ }),

/***/ 8290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CacheManager)
/* harmony export */ });
/* unused harmony export transferArtifact */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6906);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6280);
/* harmony import */ var _verify_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6405);




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
            throw (0,_verify_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .corruptBlobError */ .p)(layer.digest, `copying ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} produced ${copied.digest}`);
        }
    }
    await to.save(artifact);
    return artifact;
}
function hasBlobPresence(backend) {
    return typeof backend.hasBlob === 'function';
}
/** The seed's storage-manager: the build cache with read-through (and optional write-back) remote caches. */
class CacheManager {
    policy;
    constructor(policy) {
        this.policy = policy;
    }
    async open(id) {
        const { buildCache, remoteCaches } = this.policy;
        if (await buildCache.has(id))
            return buildCache.open(id);
        for (const [index, remote] of remoteCaches.entries()) {
            const fetched = await this.tryRemote(index, 'fetch', id, async () => (await remote.has(id)) ? transferArtifact(remote, buildCache, id) : undefined);
            if (fetched)
                return fetched;
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX(`artifact ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} is not in the build cache or any remote cache`);
    }
    async has(id) {
        if (await this.policy.buildCache.has(id))
            return true;
        for (const [index, remote] of this.policy.remoteCaches.entries()) {
            if (await this.tryRemote(index, 'check', id, () => remote.has(id)))
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
        const { buildCache, remoteCaches, writeBack } = this.policy;
        await buildCache.save(artifact);
        if (!writeBack)
            return;
        const { id } = artifact.config;
        for (const [index, remote] of remoteCaches.entries()) {
            await this.tryRemote(index, 'push', id, () => transferArtifact(buildCache, remote, id));
        }
    }
    async tryRemote(index, what, id, body) {
        try {
            return await body();
        }
        catch (err) {
            this.policy.warn?.(`remote cache ${index + 1}: cannot ${what} ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)}: ${err.message}`);
            return undefined;
        }
    }
}


/***/ })

};
