import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 806;
export const ids = [806];
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

/***/ 67497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ GitSource)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73434);
/* harmony import */ var _engine_cache_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71234);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58755);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5310);








const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Runs the real `git` CLI, never prompting; a failure is an EdoError with git's own message. */
async function git(args, cwd, what, target) {
    try {
        const { stdout } = await exec('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' },
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX('git_source needs the `git` command, which is not installed', { target });
        // git's own diagnosis is on its fatal:/error: lines; advice follows them.
        const lines = (e.stderr ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '');
        const diagnosis = lines.filter((line) => /^(fatal|error):/.test(line));
        const said = (diagnosis.length > 0 ? diagnosis : lines).slice(-3).join('; ');
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`${what}: ${said || e.message}`, { target });
    }
}
/**
 * `git_source(name, url, commit = None, ref = None)`: the repository's tree at one commit, at the
 * artifact's root, without `.git`. A `ref` is resolved to a commit once (`git ls-remote`) and
 * recorded in `edo.lock.json`; after that the lock answers.
 */
class GitSource {
    node;
    lock;
    tempRoot;
    url;
    commit;
    ref;
    resolved;
    constructor(node, lock, tempRoot) {
        this.node = node;
        this.lock = lock;
        this.tempRoot = tempRoot;
        const where = { position: node.position, target: node.id };
        this.url = node.attrs.url;
        this.commit = node.attrs.commit;
        this.ref = node.attrs.ref;
        if ((this.commit === undefined) === (this.ref === undefined)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('git_source needs exactly one of commit and ref', where);
        }
        if (this.commit !== undefined && !COMMIT.test(this.commit)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`commit must be a full hexadecimal commit hash, not ${JSON.stringify(this.commit)}`, where);
        }
    }
    /** The commit: as declared, or the lock's pin of the ref (resolved upstream when not locked yet). */
    commitHash() {
        this.resolved ??= (async () => {
            if (this.commit !== undefined)
                return this.commit;
            const ref = this.ref;
            const entry = await this.lock.pin(this.node.id, {
                requiredBy: this.node.id,
                declaredAt: this.node.position,
                satisfies: (e) => e.kind === 'git' && e.source === this.url && e.requested === ref,
                resolve: async () => ({
                    kind: 'git',
                    name: this.url,
                    requested: ref,
                    source: this.url,
                    digest: await this.lsRemote(ref),
                }),
            });
            return entry.digest;
        })();
        return this.resolved;
    }
    async lsRemote(ref) {
        const out = await git(['ls-remote', '--', this.url, ref], undefined, `git ls-remote ${this.url} ${ref}`, this.node.id);
        const lines = out.split('\n').filter((line) => line.trim() !== '');
        // Prefer an exact match, and a peeled tag (`^{}`) over the tag object.
        const wanted = [`${ref}^{}`, `refs/tags/${ref}^{}`, ref, `refs/heads/${ref}`, `refs/tags/${ref}`];
        for (const name of wanted) {
            const line = lines.find((l) => l.split('\t')[1] === name);
            if (line)
                return line.split('\t')[0];
        }
        if (lines.length > 0)
            return lines[0].split('\t')[0];
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`ref ${ref} not found in ${this.url}`, {
            target: this.node.id,
            position: this.node.position,
        });
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_5__/* .digestOf */ .ol)({ kind: 'git_source', commit: await this.commitHash() }),
        };
    }
    async fetch(log, storage) {
        const commit = await this.commitHash();
        const target = this.node.id;
        return (0,_directory_js__WEBPACK_IMPORTED_MODULE_7__/* .artifactFromDirectory */ .O)(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            await git(['init', '-q', dir], undefined, 'git init', target);
            log.write(`fetching ${commit} from ${this.url}\n`);
            try {
                await git(['fetch', '-q', '--depth', '1', '--', this.url, commit], dir, 'git fetch', target);
            }
            catch {
                // Servers that refuse to serve an unadvertised commit: fetch everything, then look for it.
                await git(['fetch', '-q', '--', this.url, '+refs/*:refs/remotes/edo/*'], dir, 'git fetch', target);
            }
            try {
                await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', commit], dir, 'git checkout', target);
            }
            catch {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EdoError */ .bX(`commit ${commit} not found in ${this.url}`, {
                    target,
                    position: this.node.position,
                });
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git'), { recursive: true, force: true });
        });
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_6__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
}


/***/ }),

/***/ 67012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ UrlSource),
/* harmony export */   q: () => (/* binding */ ChecksumMismatch)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73434);
/* harmony import */ var _engine_cache_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71234);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58755);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5310);









const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;
/** Thrown for answers that will not get better by asking again (4xx, a checksum mismatch). */
class PermanentFailure extends _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX {
}
/** The downloaded bytes are not the ones `sha256` names: callers pinning a digest refuse them. */
class ChecksumMismatch extends PermanentFailure {
}
/**
 * `url_source(name, url, sha256, filename = <last URL segment>)`: an http(s) download, retried
 * with backoff, verified against `sha256` as it streams. The artifact holds the file as
 * `filename`. Its id comes from the checksum, so a cached download is never fetched again.
 */
class UrlSource {
    node;
    tempRoot;
    url;
    sha256;
    filename;
    constructor(node, tempRoot) {
        this.node = node;
        this.tempRoot = tempRoot;
        const where = { position: node.position, target: node.id };
        try {
            this.url = new URL(node.attrs.url);
        }
        catch {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`url ${JSON.stringify(node.attrs.url)} is not a URL`, where);
        }
        if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`url must be http or https, not ${this.url.protocol}`, where);
        }
        this.sha256 = String(node.attrs.sha256).toLowerCase();
        if (!/^[0-9a-f]{64}$/.test(this.sha256))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('sha256 must be 64 hex digits', where);
        const last = decodeURIComponent(this.url.pathname.split('/').pop() ?? '');
        this.filename = node.attrs.filename ?? (last || 'download');
        if (this.filename.includes('/') || this.filename === '.' || this.filename === '..') {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`filename ${JSON.stringify(this.filename)} must be a plain file name`, where);
        }
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_6__/* .digestOf */ .ol)({ kind: 'url_source', sha256: this.sha256, filename: this.filename }),
        };
    }
    async fetch(log, storage) {
        return (0,_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .artifactFromDirectory */ .O)(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (let attempt = 1;; attempt++) {
                try {
                    await this.download((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, this.filename));
                    break;
                }
                catch (err) {
                    if (err instanceof PermanentFailure || attempt >= ATTEMPTS)
                        throw err;
                    const delay = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
                    log.write(`download of ${this.url} failed (${err.message}); retrying in ${delay} ms\n`);
                    await new Promise((resolve) => setTimeout(resolve, delay));
                }
            }
            log.write(`downloaded ${this.url} (sha256 ${this.sha256})\n`);
        });
    }
    async download(target) {
        let response;
        try {
            response = await fetch(this.url, { redirect: 'follow' });
        }
        catch (err) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`GET ${this.url}: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .networkReason */ .d8)(err)}`, { target: this.node.id });
        }
        if (!response.ok || !response.body) {
            const message = `GET ${this.url}: HTTP ${response.status}`;
            await response.body?.cancel();
            if (response.status >= 400 && response.status < 500 && response.status !== 429) {
                throw new PermanentFailure(message, { target: this.node.id });
            }
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(message, { target: this.node.id });
        }
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const hasher = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(response.body), hasher, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target));
        const actual = hash.digest('hex');
        if (actual !== this.sha256) {
            throw new ChecksumMismatch(`checksum mismatch for ${this.url}: expected sha256 ${this.sha256}, got ${actual}`, {
                target: this.node.id,
            });
        }
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
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


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NPM_PACKAGE_KIND),
/* harmony export */   a: () => (/* binding */ DEFAULT_NPM_REGISTRY)
/* harmony export */ });
// Names the registrations need before any vendor implementation is loaded (vendor/builtins.ts).
const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The source kind an npm vendor resolves packages to. */
const NPM_PACKAGE_KIND = 'npm_package';


/***/ })

};
