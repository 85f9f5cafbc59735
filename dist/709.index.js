import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 709;
export const ids = [709,465];
export const modules = {

/***/ 18394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ extractTarInto),
/* harmony export */   x: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var _storage_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29465);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10500);
/* harmony import */ var _storage_pack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96104);






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

/***/ 51214:
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

/***/ 29465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkout: () => (/* binding */ checkout),
/* harmony export */   extractArtifact: () => (/* binding */ extractArtifact)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26906);
/* harmony import */ var _fs_util_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87563);










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


/***/ })

};
