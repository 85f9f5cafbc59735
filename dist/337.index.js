import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 337;
export const ids = [337];
export const modules = {

/***/ 43337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Engine: () => (/* binding */ Engine)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/model/label.js
var model_label = __webpack_require__(95691);
// EXTERNAL MODULE: ./lib/vendor/lock.js
var vendor_lock = __webpack_require__(11387);
// EXTERNAL MODULE: ./lib/environment/local/farm.js + 1 modules
var farm = __webpack_require__(23628);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/engine/cache-key.js
var cache_key = __webpack_require__(71234);
// EXTERNAL MODULE: ./lib/transform/artifacts.js
var artifacts = __webpack_require__(58755);
// EXTERNAL MODULE: ./lib/storage/pack.js
var pack = __webpack_require__(96104);
;// CONCATENATED MODULE: ./lib/source/directory.js



/**
 * Fills a fresh temp directory under `tempRoot` with `fill`, packs it into one deterministic layer
 * and returns the artifact `id` of that layer. The directory is removed whatever happens.
 */
async function artifactFromDirectory(storage, tempRoot, id, fill) {
    await (0,promises_.mkdir)(tempRoot, { recursive: true });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'source-'));
    try {
        await fill(dir);
        const layer = await (0,pack/* writeDirectoryLayer */.C)(storage, dir);
        return { config: { id, provides: [], requires: {} }, layers: [layer] };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./lib/source/local.js









/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;
/** What identifies one file's content: regular files by bytes and executable bit, symlinks by target. */
async function fileIdentity(file, label) {
    const info = await (0,promises_.lstat)(file.hostPath).catch(() => undefined);
    if (!info)
        throw new errors/* EdoError */.bX(`source file ${file.path} does not exist`, { target: label });
    if (info.isSymbolicLink())
        return { path: file.path, symlink: await (0,promises_.readlink)(file.hostPath) };
    if (!info.isFile())
        throw new errors/* EdoError */.bX(`source ${file.path} is not a file`, { target: label });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (info.size <= STREAM_ABOVE_BYTES) {
        hash.update(await (0,promises_.readFile)(file.hostPath));
    }
    else {
        // Streamed, so a large file costs no more memory than a small one.
        for await (const chunk of (0,external_node_fs_.createReadStream)(file.hostPath, { highWaterMark: STREAM_ABOVE_BYTES })) {
            hash.update(chunk);
        }
    }
    const sha256 = hash.digest('hex');
    return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
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
    files;
    id;
    constructor(node, workspaceRoot, 
    /** A directory on the workspace's file system for staging files before they are packed. */
    tempRoot) {
        this.node = node;
        this.tempRoot = tempRoot;
        const byPath = new Map();
        this.files = (node.attrs.srcs ?? []).map((text) => {
            const label = (0,model_label/* parseLabel */.Q_)(text, '');
            const other = byPath.get(label.name);
            if (other !== undefined && other !== text) {
                throw new errors/* EdoError */.bX(`srcs ${other} and ${text} both become ${label.name} in the artifact`, {
                    target: node.id,
                    position: node.position,
                });
            }
            byPath.set(label.name, text);
            return { hostPath: (0,external_node_path_.join)(workspaceRoot, label.pkg, label.name), path: label.name };
        });
    }
    getUniqueId() {
        this.id ??= (async () => {
            const files = await Promise.all(this.files.map((file) => fileIdentity(file, this.node.id)));
            files.sort((a, b) => (a.path < b.path ? -1 : 1));
            return { name: this.node.name, digest: (0,cache_key/* digestOf */.ol)({ kind: this.node.kind, files }) };
        })();
        return this.id;
    }
    async fetch(_log, storage) {
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (const file of this.files) {
                const target = (0,external_node_path_.join)(dir, file.path);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                // A hard link costs nothing; across file systems, copy.
                await (0,promises_.link)(file.hostPath, target).catch(() => (0,promises_.copyFile)(file.hostPath, target));
            }
        });
    }
    async stage(log, storage, env, path) {
        await (0,artifacts/* stageArtifact */.Z9)(storage, env, path, await this.fetch(log, storage));
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./lib/source/url.js









const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 250;
/** Thrown for answers that will not get better by asking again (4xx, a checksum mismatch). */
class PermanentFailure extends errors/* EdoError */.bX {
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
            throw new errors/* UsageError */.eb(`url ${JSON.stringify(node.attrs.url)} is not a URL`, where);
        }
        if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
            throw new errors/* UsageError */.eb(`url must be http or https, not ${this.url.protocol}`, where);
        }
        this.sha256 = String(node.attrs.sha256).toLowerCase();
        if (!/^[0-9a-f]{64}$/.test(this.sha256))
            throw new errors/* UsageError */.eb('sha256 must be 64 hex digits', where);
        const last = decodeURIComponent(this.url.pathname.split('/').pop() ?? '');
        this.filename = node.attrs.filename ?? (last || 'download');
        if (this.filename.includes('/') || this.filename === '.' || this.filename === '..') {
            throw new errors/* UsageError */.eb(`filename ${JSON.stringify(this.filename)} must be a plain file name`, where);
        }
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,cache_key/* digestOf */.ol)({ kind: 'url_source', sha256: this.sha256, filename: this.filename }),
        };
    }
    async fetch(log, storage) {
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
            for (let attempt = 1;; attempt++) {
                try {
                    await this.download((0,external_node_path_.join)(dir, this.filename));
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
        const response = await fetch(this.url, { redirect: 'follow' });
        if (!response.ok || !response.body) {
            const message = `GET ${this.url}: HTTP ${response.status}`;
            await response.body?.cancel();
            if (response.status >= 400 && response.status < 500 && response.status !== 429) {
                throw new PermanentFailure(message, { target: this.node.id });
            }
            throw new errors/* EdoError */.bX(message, { target: this.node.id });
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const hasher = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        });
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hasher, (0,external_node_fs_.createWriteStream)(target));
        const actual = hash.digest('hex');
        if (actual !== this.sha256) {
            throw new PermanentFailure(`checksum mismatch for ${this.url}: expected sha256 ${this.sha256}, got ${actual}`, {
                target: this.node.id,
            });
        }
    }
    async stage(log, storage, env, path) {
        await (0,artifacts/* stageArtifact */.Z9)(storage, env, path, await this.fetch(log, storage));
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./lib/source/git.js








const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
            throw new errors/* EdoError */.bX('git_source needs the `git` command, which is not installed', { target });
        const stderr = (e.stderr ?? '').trim().split('\n').slice(-3).join('; ');
        throw new errors/* EdoError */.bX(`${what}: ${stderr || e.message}`, { target });
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
            throw new errors/* UsageError */.eb('git_source needs exactly one of commit and ref', where);
        }
        if (this.commit !== undefined && !COMMIT.test(this.commit)) {
            throw new errors/* UsageError */.eb(`commit must be a full hexadecimal commit hash, not ${JSON.stringify(this.commit)}`, where);
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
        throw new errors/* EdoError */.bX(`ref ${ref} not found in ${this.url}`, {
            target: this.node.id,
            position: this.node.position,
        });
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,cache_key/* digestOf */.ol)({ kind: 'git_source', commit: await this.commitHash() }),
        };
    }
    async fetch(log, storage) {
        const commit = await this.commitHash();
        const target = this.node.id;
        return artifactFromDirectory(storage, this.tempRoot, await this.getUniqueId(), async (dir) => {
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
                throw new errors/* EdoError */.bX(`commit ${commit} not found in ${this.url}`, {
                    target,
                    position: this.node.position,
                });
            }
            await (0,promises_.rm)((0,external_node_path_.join)(dir, '.git'), { recursive: true, force: true });
        });
    }
    async stage(log, storage, env, path) {
        await (0,artifacts/* stageArtifact */.Z9)(storage, env, path, await this.fetch(log, storage));
    }
}

// EXTERNAL MODULE: ./lib/storage/local-store.js + 1 modules
var local_store = __webpack_require__(35427);
// EXTERNAL MODULE: ./lib/model/digest.js
var model_digest = __webpack_require__(64505);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __webpack_require__(26906);
// EXTERNAL MODULE: ./lib/storage/oci.js
var oci = __webpack_require__(10500);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/storage/registry-auth.js




/**
 * Credentials for a registry host, from (first match wins):
 * `EDO_REGISTRY_USERNAME` + `EDO_REGISTRY_PASSWORD`, then `auths[host]` of the Docker config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`: `auth` base64 `user:password`, or
 * `username`/`password`, or `identitytoken`). Credential helpers are not consulted.
 */
function registryCredentials(host, env = process.env) {
    if (env.EDO_REGISTRY_USERNAME && env.EDO_REGISTRY_PASSWORD !== undefined) {
        return { username: env.EDO_REGISTRY_USERNAME, password: env.EDO_REGISTRY_PASSWORD };
    }
    const path = (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* EdoError */.bX(`cannot read registry credentials from ${path}: ${err.message}`);
    }
    const auths = config.auths ?? {};
    const entry = Object.entries(auths).find(([key]) => hostOf(key) === host)?.[1];
    if (!entry)
        return undefined;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username && entry.password !== undefined)
        return { username: entry.username, password: entry.password };
    // An identity token is a refresh token: Docker sends it as the password of the user `<token>`.
    if (entry.identitytoken)
        return { username: '<token>', password: entry.identitytoken };
    return undefined;
}
/** `https://index.docker.io/v1/` and `ghcr.io` both name a host; compare by host[:port]. */
function hostOf(key) {
    return key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}
/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`). */
function parseChallenge(header) {
    const space = header.indexOf(' ');
    const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase();
    const params = {};
    const pattern = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const match of (space === -1 ? '' : header.slice(space + 1)).matchAll(pattern)) {
        params[match[1].toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    }
    return { scheme, params };
}
function basicAuthorization(credentials) {
    return 'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}

// EXTERNAL MODULE: ./lib/storage/streams.js
var streams = __webpack_require__(6280);
// EXTERNAL MODULE: ./lib/storage/verify-stream.js
var verify_stream = __webpack_require__(96405);
;// CONCATENATED MODULE: ./lib/storage/registry.js









/** Reads must list the OCI types, else distribution answers 404 or converts the manifest. */
const MANIFEST_ACCEPT = [
    oci/* MediaType */.zu.imageManifest,
    oci/* MediaType */.zu.imageIndex,
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');
/**
 * `http://host:port/repo`, `https://host/repo`, or `host[:port]/repo` (https, except plain http
 * for localhost and 127.0.0.1, as Docker does).
 */
function parseRegistryAddress(address) {
    const match = /^(?:(https?):\/\/)?([^/]+)\/(.+?)\/?$/.exec(address);
    if (!match)
        throw new errors/* UsageError */.eb(`invalid registry address ${JSON.stringify(address)}: expected host[:port]/repository`);
    const [, scheme, host, repository] = match;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
        throw new errors/* UsageError */.eb(`invalid registry repository ${JSON.stringify(repository)} in ${address}`);
    }
    const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
    return { origin: `${scheme ?? (local ? 'http' : 'https')}://${host}`, host, repository };
}
/**
 * A client of the OCI distribution HTTP API for one repository, with basic and bearer-token
 * authentication (credentials from registryCredentials). Uses Node's built-in fetch.
 */
class RegistryClient {
    address;
    env;
    authorization;
    constructor(address, env = process.env) {
        this.address = address;
        this.env = env;
    }
    get base() {
        return `${this.address.origin}/v2/${this.address.repository}`;
    }
    async hasBlob(digest) {
        const response = await this.request('HEAD', `/blobs/${digest}`, { ok: [200, 404] });
        return response.status === 200;
    }
    /** The blob's bytes as a stream, verified against the digest as they arrive. */
    async readBlob(digest, size) {
        const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
        const body = external_node_stream_.Readable.fromWeb(response.body);
        // pipeline also cancels the download when the consumer stops early.
        return (0,external_node_stream_.pipeline)(body, new verify_stream/* DigestVerifier */.D(digest, size), () => undefined);
    }
    async readSmallBlob(digest) {
        const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
        const bytes = Buffer.from(await response.arrayBuffer());
        const actual = (0,model_digest/* sha256Digest */.sI)(bytes);
        if (actual !== digest)
            throw (0,verify_stream/* corruptBlobError */.p)(digest, `the registry sent bytes hashing to ${actual}`);
        return bytes;
    }
    /** Uploads a small blob in one PUT after the POST that opens the upload (no single-POST uploads). */
    async putSmallBlob(bytes, digest) {
        if (await this.hasBlob(digest))
            return;
        const location = await this.startUpload();
        await this.request('PUT', withDigest(location, digest), {
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            ok: [201],
        });
    }
    /** Opens an upload session and returns its URL. Also settles authentication before streaming. */
    async startUpload() {
        const response = await this.request('POST', '/blobs/uploads/', { ok: [202] });
        return this.location(response);
    }
    /** Completes an upload whose bytes were all sent, naming the digest they must have. */
    async completeUpload(location, digest) {
        await this.request('PUT', withDigest(location, digest), { ok: [201] });
    }
    /** Streams `body` into an open upload (one chunked PATCH); returns the next upload URL. */
    async patchUpload(location, body, signal) {
        const response = await this.request('PATCH', location, {
            headers: { 'Content-Type': 'application/octet-stream' },
            body,
            ok: [202],
            signal,
        });
        return this.location(response);
    }
    /** The manifest's bytes and digest, or undefined when the reference is unknown. */
    async getManifest(reference) {
        const response = await this.request('GET', `/manifests/${reference}`, {
            headers: { Accept: MANIFEST_ACCEPT },
            ok: [200, 404],
        });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = (0,model_digest/* sha256Digest */.sI)(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
            throw (0,verify_stream/* corruptBlobError */.p)(claimed ?? reference, `the registry sent a manifest hashing to ${digest}`);
        }
        return { bytes, digest };
    }
    /** The digest a reference points at, or undefined. */
    async headManifest(reference) {
        const response = await this.request('HEAD', `/manifests/${reference}`, {
            headers: { Accept: MANIFEST_ACCEPT },
            ok: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference))?.digest;
    }
    async putManifest(reference, bytes, mediaType) {
        // Distribution checks that the Content-Type matches the manifest's mediaType.
        await this.request('PUT', `/manifests/${reference}`, {
            headers: { 'Content-Type': mediaType },
            body: bytes,
            ok: [201],
        });
    }
    async deleteManifest(digest) {
        await this.request('DELETE', `/manifests/${digest}`, { ok: [202, 404] });
    }
    /** All tags of the repository, following pagination. */
    async listTags() {
        const tags = [];
        let next = '/tags/list?n=1000';
        while (next) {
            const response = await this.request('GET', next, { ok: [200, 404] });
            if (response.status === 404)
                return tags;
            const page = (await response.json());
            tags.push(...(page.tags ?? []));
            const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '');
            next = link ? new URL(link[1], this.address.origin).toString() : undefined;
        }
        return tags;
    }
    /** One request; on a 401 it authenticates from the challenge and retries once (not for streams). */
    async request(method, path, init) {
        const url = /^https?:\/\//.test(path) ? path : this.base + path;
        let response = await this.send(method, url, init);
        if (response.status === 401 && !(init.body instanceof external_node_stream_.Readable)) {
            await response.body?.cancel();
            await this.authenticate(response.headers.get('www-authenticate') ?? '');
            response = await this.send(method, url, init);
        }
        if (!init.ok.includes(response.status)) {
            const text = method === 'HEAD' ? '' : (await response.text()).slice(0, 500).trim();
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: ${method} ${new URL(url).pathname} answered ${response.status}` +
                (text ? `: ${text}` : ''));
        }
        return response;
    }
    async send(method, url, init) {
        const headers = { ...init.headers };
        if (this.authorization)
            headers.Authorization = this.authorization;
        try {
            // A stream body needs `duplex: 'half'` (undici streams it with chunked encoding).
            const options = { method, headers, body: init.body, signal: init.signal, duplex: 'half' };
            return await fetch(url, options);
        }
        catch (err) {
            const cause = err.cause;
            throw new errors/* EdoError */.bX(`registry ${this.address.host} unreachable: ${(cause ?? err).message}`);
        }
    }
    async authenticate(header) {
        const challenge = parseChallenge(header);
        const credentials = registryCredentials(this.address.host, this.env);
        if (challenge.scheme === 'basic') {
            if (!credentials) {
                throw new errors/* EdoError */.bX(`registry ${this.address.host} needs credentials: set EDO_REGISTRY_USERNAME/EDO_REGISTRY_PASSWORD or log in with docker`);
            }
            this.authorization = basicAuthorization(credentials);
            return;
        }
        if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: unsupported authentication challenge ${JSON.stringify(header)}`);
        }
        const tokenUrl = new URL(challenge.params.realm);
        for (const key of ['service', 'scope']) {
            if (challenge.params[key])
                tokenUrl.searchParams.set(key, challenge.params[key]);
        }
        const response = await fetch(tokenUrl, {
            headers: credentials ? { Authorization: basicAuthorization(credentials) } : {},
        }).catch((err) => {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service ${tokenUrl.host} unreachable: ${err.message}`);
        });
        if (!response.ok) {
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service answered ${response.status}`);
        }
        const { token, access_token } = (await response.json());
        if (!token && !access_token)
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: token service sent no token`);
        this.authorization = `Bearer ${token ?? access_token}`;
    }
    location(response) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* EdoError */.bX(`registry ${this.address.host}: upload answer without a Location`);
        return new URL(location, this.address.origin).toString();
    }
}
function withDigest(location, digest) {
    return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}
/**
 * A layer writer that streams straight into a registry upload: one chunked PATCH carries the
 * bytes as they come (hashed on the way), `finishLayer` then completes the upload with the digest.
 */
class RegistryLayerWriter extends external_node_stream_.Writable {
    client;
    hash = (0,external_node_crypto_.createHash)('sha256');
    written = 0;
    body = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    abort = new AbortController();
    patched;
    location;
    digest;
    constructor(client) {
        super({ highWaterMark: 1 << 20 });
        this.client = client;
    }
    get bytesWritten() {
        return this.written;
    }
    _construct(callback) {
        this.client.startUpload().then((location) => {
            this.patched = this.client.patchUpload(location, this.body, this.abort.signal);
            // Surface a failed PATCH while writing rather than only at the end.
            this.patched.catch((err) => this.destroy(err));
            callback();
        }, callback);
    }
    _write(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.written += chunk.length;
        if (this.body.write(chunk))
            callback();
        else
            this.body.once('drain', () => callback());
    }
    _final(callback) {
        this.digest = 'sha256:' + this.hash.digest('hex');
        this.body.end();
        this.patched.then((location) => {
            this.location = location;
            callback();
        }, callback);
    }
    _destroy(error, callback) {
        if (!this.location)
            this.abort.abort();
        this.body.destroy();
        callback(error);
    }
}
/**
 * A storage backend in one repository of an OCI distribution registry. Artifacts are OCI image
 * manifests (the same bytes as in the local store, so the same digests) tagged
 * `edo-<sha256 of the id string>`; layers and configs are blobs.
 */
class RegistryBackend {
    client;
    constructor(client) {
        this.client = client;
    }
    static fromAddress(address, env = process.env) {
        return new RegistryBackend(new RegistryClient(parseRegistryAddress(address), env));
    }
    /** The tag of an artifact: ids contain characters tags cannot, so it is a hash of the id string. */
    static tagFor(id) {
        return 'edo-' + (0,model_digest/* sha256Digest */.sI)((0,id_format.idToString)(id)).slice('sha256:'.length);
    }
    async ls() {
        const ids = [];
        for (const tag of await this.client.listTags()) {
            if (!tag.startsWith('edo-'))
                continue;
            const found = await this.fetchArtifact(tag);
            if (found)
                ids.push(found.artifact.config.id);
        }
        return ids;
    }
    async has(id) {
        return (await this.client.headManifest(RegistryBackend.tagFor(id))) !== undefined;
    }
    async open(id) {
        const found = await this.fetchArtifact(RegistryBackend.tagFor(id));
        if (!found)
            throw new errors/* EdoError */.bX(`artifact ${(0,id_format.idToString)(id)} is not in registry ${this.describe()}`);
        return found.artifact;
    }
    /** Pushes the config and manifest; the layers must already be in the repository. */
    async save(artifact) {
        for (const layer of artifact.layers) {
            if (!(await this.client.hasBlob(layer.digest))) {
                throw new errors/* EdoError */.bX(`cannot save ${(0,id_format.idToString)(artifact.config.id)}: layer ${layer.digest} is not in ${this.describe()}`);
            }
        }
        const config = (0,oci/* encodeConfig */.dI)(artifact.config);
        await this.client.putSmallBlob(config.bytes, config.descriptor.digest);
        const manifest = (0,oci/* encodeManifest */.Gb)(config.descriptor, artifact.layers);
        await this.client.putManifest(RegistryBackend.tagFor(artifact.config.id), manifest.bytes, oci/* MediaType */.zu.imageManifest);
    }
    /** Deletes the artifact's manifest (the registry's own garbage collection frees the blobs). */
    async del(id) {
        const digest = await this.client.headManifest(RegistryBackend.tagFor(id));
        if (digest)
            await this.client.deleteManifest(digest);
    }
    async copy(source, target) {
        const artifact = await this.open(source);
        await this.save({ config: { ...artifact.config, id: target }, layers: artifact.layers });
    }
    async prune(id) {
        const keep = (0,id_format.idToString)(id);
        for (const other of await this.ls()) {
            if ((0,oci/* groupKey */.$6)(other) === (0,oci/* groupKey */.$6)(id) && (0,id_format.idToString)(other) !== keep)
                await this.del(other);
        }
    }
    /** Without save times in a registry, "newest" cannot be told apart: keeps the last id per group by order. */
    async pruneAll() {
        const ids = await this.ls();
        const keep = new Map(ids.map((id) => [(0,oci/* groupKey */.$6)(id), (0,id_format.idToString)(id)]));
        for (const id of ids)
            if (keep.get((0,oci/* groupKey */.$6)(id)) !== (0,id_format.idToString)(id))
                await this.del(id);
    }
    async read(layer) {
        return this.client.readBlob(layer.digest, layer.size);
    }
    async startLayer() {
        return new RegistryLayerWriter(this.client);
    }
    async finishLayer(mediaType, platform, writer) {
        if (!(writer instanceof RegistryLayerWriter))
            throw new errors/* EdoError */.bX('finishLayer: the writer was not started by this registry');
        await (0,streams/* writerFinished */.w)(writer);
        await this.client.completeUpload(writer.location, writer.digest);
        return {
            mediaType,
            digest: writer.digest,
            size: writer.bytesWritten,
            ...(platform !== undefined && { platform }),
        };
    }
    hasBlob(digest) {
        return this.client.hasBlob(digest);
    }
    describe() {
        return `${this.client.address.host}/${this.client.address.repository}`;
    }
    async fetchArtifact(tag) {
        const found = await this.client.getManifest(tag);
        if (!found)
            return undefined;
        const manifest = (0,oci/* parseManifest */.Ng)(found.bytes, found.digest);
        const config = (0,oci/* parseConfig */.o4)(await this.client.readSmallBlob(manifest.config.digest), manifest.config.digest);
        return { manifest, artifact: (0,oci/* artifactFromBlobs */.hA)(manifest, config) };
    }
}

;// CONCATENATED MODULE: ./lib/transform/inputs.js

/** The transform of a dependency; a missing one is an engine bug, since the graph is checked first. */
function dependency(handle, label) {
    const transform = handle.get(label);
    if (!transform)
        throw new errors/* EdoError */.bX(`dependency ${label} is not part of this build`);
    return transform;
}
/** Dependency label → that dependency's cache digest: the inputs part of a cache key. */
async function inputDigests(handle, labels) {
    const digests = {};
    for (const label of labels)
        digests[label] = (await dependency(handle, label).getUniqueId(handle)).digest;
    return digests;
}
/** The artifact a dependency produced (or that a cache holds for it). */
async function inputArtifact(handle, label) {
    const id = await dependency(handle, label).getUniqueId(handle);
    return handle.storage().open(id);
}
/** The last part of a label: the directory a dependency is staged in. */
function labelName(label) {
    return label.slice(label.lastIndexOf(':') + 1);
}
/** Attributes that go into a cache key: everything but the name, which does not change the work. */
function keyAttributes(attrs, omit = []) {
    const copy = {};
    for (const [key, value] of Object.entries(attrs))
        if (key !== 'name' && !omit.includes(key))
            copy[key] = value;
    return copy;
}

;// CONCATENATED MODULE: ./lib/transform/in-process.js



/**
 * A transform that only rearranges artifacts in the store and runs no commands: it needs no
 * environment (`environment()` is empty), stages nothing and has no shell.
 */
class InProcessTransform {
    node;
    constructor(node) {
        this.node = node;
    }
    environment() {
        return '';
    }
    async getUniqueId(handle) {
        const digest = (0,cache_key/* transformDigest */.p7)({
            kind: this.node.kind,
            attrs: keyAttributes(this.node.attrs),
            inputs: await inputDigests(handle, this.depends()),
            environment: null,
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX(`${this.node.id} runs no commands: there is no shell to open`, {
            target: this.node.id,
        });
    }
}

;// CONCATENATED MODULE: ./lib/transform/compose.js




/**
 * `compose(name, deps, overrides = False)`: one artifact whose layers are the deps' layers in
 * order, so applying them gives the merged tree without copying any bytes. A path that two deps
 * both provide is an error naming both, unless `overrides` lets the later dep win.
 */
class ComposeTransform extends InProcessTransform {
    depends() {
        return (this.node.attrs.deps ?? []);
    }
    async transform(log, handle, _env) {
        const overrides = this.node.attrs.overrides === true;
        const layers = [];
        const seenLayers = new Set();
        /** path → the dep that provides it, and whether it is a directory (directories merge). */
        const owners = new Map();
        const conflicts = [];
        for (const dep of this.depends()) {
            const artifact = await inputArtifact(handle, dep);
            const provided = new Map();
            for (const layer of artifact.layers) {
                // The same blob in two deps (e.g. one source imported twice) holds the same bytes: no conflict.
                if (seenLayers.has(layer.digest))
                    continue;
                seenLayers.add(layer.digest);
                layers.push(layer);
                for (const entry of await (0,artifacts/* listLayer */.yP)(handle.storage(), layer)) {
                    provided.set(entry.path, entry.type === 'directory');
                }
            }
            for (const [path, directory] of provided) {
                const owner = owners.get(path);
                if (owner && !(owner.directory && directory) && !overrides) {
                    conflicts.push(`${path} (from ${owner.dep} and ${dep})`);
                }
                owners.set(path, { dep, directory });
            }
        }
        if (conflicts.length > 0) {
            const shown = conflicts.slice(0, 10).map((c) => `  ${c}`);
            if (conflicts.length > 10)
                shown.push(`  ... and ${conflicts.length - 10} more`);
            log.write(`conflicting paths:\n${shown.join('\n')}\n`);
            const error = new errors/* EdoError */.bX(`${conflicts.length} path(s) provided by more than one dep; set overrides = True to let later deps win`, { target: this.node.id, position: this.node.position, details: shown });
            return { kind: 'failed', error };
        }
        const id = await this.getUniqueId(handle);
        return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers } };
    }
}

;// CONCATENATED MODULE: ./lib/transform/import-artifact.js



/** `import_artifact(name, source)`: a source's contents as an artifact, unchanged (same layers). */
class ImportArtifactTransform extends InProcessTransform {
    depends() {
        return [this.node.attrs.source];
    }
    async transform(_log, handle, _env) {
        const artifact = await inputArtifact(handle, this.depends()[0]);
        return { kind: 'success', artifact: (0,artifacts/* relabel */.i7)(artifact, await this.getUniqueId(handle)) };
    }
}

// EXTERNAL MODULE: ./lib/environment/script-command.js
var script_command = __webpack_require__(51214);
;// CONCATENATED MODULE: ./lib/transform/script.js





/** Where things are inside the environment: deps are staged in the working directory, `$OUT` beside it. */
const WORK_DIR = 'work';
const OUT_DIR = 'out';
/** Printed on stderr by the script's exit trap when a command fails: step number and exit status. */
const FAILURE_MARKER = '@@edo-failed-step';
const TAIL_LINES = 20;
const TAIL_BYTES = 64 * 1024;
/** A log that forwards everything and keeps the last bytes, to find the failure marker and show a tail. */
class TailLog {
    inner;
    chunks = [];
    size = 0;
    constructor(inner) {
        this.inner = inner;
    }
    write(data) {
        this.inner.write(data);
        const chunk = Buffer.from(data);
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length > TAIL_BYTES)
            this.size -= this.chunks.shift().length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** The failing step and exit status from the marker, and the log's last lines without it. */
function parseFailure(logText) {
    const lines = logText.split('\n');
    const markerAt = lines.findLastIndex((line) => line.startsWith(FAILURE_MARKER + ' '));
    if (markerAt < 0)
        return undefined;
    const [, step, status] = lines[markerAt].split(' ');
    const tail = lines
        .filter((_, i) => i !== markerAt)
        .join('\n')
        .trimEnd()
        .split('\n')
        .slice(-TAIL_LINES);
    return { step: Number(step), status: Number(status), tail };
}
/**
 * `script(name, deps, commands, environment, env)`: runs `commands` with `sh -eu` semantics in a
 * fresh working directory where each dependency is staged under its target name; what the
 * commands put in `$OUT` becomes the artifact (one layer).
 */
class ScriptTransform {
    node;
    ctx;
    deps;
    commands;
    variables;
    constructor(node, ctx) {
        this.node = node;
        this.ctx = ctx;
        this.deps = (node.attrs.deps ?? []);
        this.commands = (node.attrs.commands ?? []);
        this.variables = (node.attrs.env ?? {});
        const names = new Map();
        for (const dep of this.deps) {
            const name = labelName(dep);
            const other = names.get(name);
            if (other !== undefined) {
                throw new errors/* EdoError */.bX(`deps ${other} and ${dep} would both be staged in ${name}/; rename one`, {
                    position: node.position,
                    target: node.id,
                });
            }
            names.set(name, dep);
        }
    }
    environment() {
        return this.node.attrs.environment;
    }
    depends() {
        return this.deps;
    }
    async getUniqueId(handle) {
        const farm = this.ctx.getFarm(this.environment());
        if (!farm)
            throw new errors/* EdoError */.bX(`no environment farm named "${this.environment()}"`, { target: this.node.id });
        const digest = (0,cache_key/* transformDigest */.p7)({
            kind: this.node.kind,
            // The farm's identity stands for the environment, so renaming a farm invalidates nothing.
            attrs: keyAttributes(this.node.attrs, ['environment']),
            inputs: await inputDigests(handle, this.deps),
            environment: await (0,cache_key/* environmentDigest */.kU)(farm),
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, handle, env) {
        await env.createDir(WORK_DIR);
        await env.createDir(OUT_DIR);
        for (const dep of this.deps) {
            await (0,artifacts/* stageArtifact */.Z9)(handle.storage(), env, `${WORK_DIR}/${labelName(dep)}`, await inputArtifact(handle, dep));
        }
    }
    async transform(log, handle, env) {
        const id = await this.getUniqueId(handle);
        const tail = new TailLog(log);
        const command = env.deferCmd(tail, id);
        command.createNamedDir('OUT', `../${OUT_DIR}`);
        for (const [key, value] of Object.entries(this.variables))
            command.set(key, value);
        command.run('__edo_step=0');
        command.run(`trap '__edo_status=$?; if [ "$__edo_status" -ne 0 ]; then ` +
            `printf "\\n%s %s %s\\n" ${(0,script_command/* shellQuote */.Z)(FAILURE_MARKER)} "$__edo_step" "$__edo_status" >&2; fi' EXIT`);
        this.commands.forEach((line, i) => {
            command.run(`__edo_step=${i + 1}`);
            command.run(line);
        });
        if (await env.run(tail, id, WORK_DIR, command)) {
            const layer = await (0,artifacts/* layerFromEnvironment */.Tq)(handle.storage(), env, OUT_DIR);
            return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers: [layer] } };
        }
        return { kind: 'failed', log: tail.text(), error: this.failure(tail.text()) };
    }
    failure(logText) {
        const failure = parseFailure(logText);
        const step = failure ? this.commands[failure.step - 1] : undefined;
        if (!failure || step === undefined) {
            const lines = logText.trimEnd().split('\n').slice(-TAIL_LINES);
            return new errors/* EdoError */.bX('script failed', { target: this.node.id, details: lines.map((l) => `  | ${l}`) });
        }
        return new errors/* EdoError */.bX(`command failed with exit code ${failure.status}: ${step}`, {
            target: this.node.id,
            details: failure.tail.map((l) => `  | ${l}`),
        });
    }
    canShell() {
        return true;
    }
    /** A shell where the commands would run: deps staged, `$OUT` and `env` set as for the commands. */
    async shell(env) {
        await env.setEnv('OUT', await env.expand(OUT_DIR));
        for (const [key, value] of Object.entries(this.variables))
            await env.setEnv(key, value);
        await env.shell(WORK_DIR);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./lib/source/image.js









/** `ref` prefix that reads the image from the local Docker engine (`docker save`), as skopeo names it. */
const DOCKER_DAEMON_PREFIX = 'docker-daemon:';
function parseImageReference(ref) {
    const daemon = ref.startsWith(DOCKER_DAEMON_PREFIX);
    let rest = daemon ? ref.slice(DOCKER_DAEMON_PREFIX.length) : ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,model_digest/* isSha256Digest */.q9)(digest))
            throw new errors/* UsageError */.eb(`image reference ${ref}: ${digest} is not a sha256 digest`);
    }
    // A tag is a `:` after the last `/` (a `:` before it is a registry port).
    const colon = rest.lastIndexOf(':');
    const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
    const repository = tag === undefined ? rest : rest.slice(0, colon);
    if (repository === '' || tag === '')
        throw new errors/* UsageError */.eb(`image reference ${JSON.stringify(ref)} is incomplete`);
    if (!daemon)
        parseRegistryAddress(repository);
    return { daemon, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Layer media types whose blobs are gzip-compressed tars (OCI's and Docker's). */
const GZIP_LAYERS = new Set([
    oci/* MediaType */.zu.layerTarGzip,
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const PLAIN_LAYERS = new Set([oci/* MediaType */.zu.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);
/** Node's `process.arch` in OCI's `architecture` spelling. */
function ociArchitecture() {
    const names = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
    return names[(0,external_node_os_.arch)()] ?? (0,external_node_os_.arch)();
}
/**
 * `image(ref = ..., digest = None)`: an OCI/Docker image as an artifact, its layers kept as
 * layers (same blobs, same digests). `ref` is a registry reference (`host[:port]/repo:tag`) or
 * `docker-daemon:name:tag` for the local Docker engine's image store (read with `docker save`).
 * The pin is `digest` when given (manifest digest for registries, image ID for the daemon), else
 * the tag is resolved once and recorded in `edo.lock.json`. Every byte is verified: the manifest
 * against the pin, each blob against the manifest (daemon: the config against the image ID, each
 * layer against the config's diff_ids); a mismatch is an error naming the digest.
 */
class ImageSource {
    node;
    lock;
    env;
    ref;
    pin;
    constructor(node, lock, env = process.env) {
        this.node = node;
        this.lock = lock;
        this.env = env;
        const where = { position: node.position, target: node.id };
        const { ref, digest } = node.attrs;
        if (typeof ref !== 'string' || ref === '')
            throw new errors/* UsageError */.eb('image: ref must be a non-empty string', where);
        if (digest !== undefined && (typeof digest !== 'string' || !(0,model_digest/* isSha256Digest */.q9)(digest))) {
            throw new errors/* UsageError */.eb('image: digest must be a sha256 digest (sha256:<64 hex>)', where);
        }
        this.ref = parseImageReference(ref);
        if (this.ref.digest !== undefined && digest !== undefined && this.ref.digest !== digest) {
            throw new errors/* UsageError */.eb(`image: ref says ${this.ref.digest} but digest says ${digest}`, where);
        }
        if (this.ref.tag === undefined && this.ref.digest === undefined && digest === undefined) {
            throw new errors/* UsageError */.eb('image: ref needs a tag or a digest (or give digest = ...)', where);
        }
    }
    /** The manifest digest (registry) or image ID (daemon) this source stands for. */
    digest() {
        this.pin ??= this.resolvePin();
        return this.pin;
    }
    async resolvePin() {
        const declared = this.node.attrs.digest ?? this.ref.digest;
        if (declared !== undefined)
            return declared;
        const ref = this.node.attrs.ref;
        const tag = this.ref.tag;
        const entry = await this.lock.pin(this.node.id, {
            satisfies: (locked) => locked.source === ref,
            resolve: async () => ({
                kind: 'image',
                name: this.ref.repository,
                version: tag,
                source: ref,
                digest: await this.digestOfTag(tag),
            }),
            requiredBy: this.node.id,
        });
        return entry.digest;
    }
    async digestOfTag(tag) {
        if (this.ref.daemon) {
            const info = await (await this.docker())
                .getImage(`${this.ref.repository}:${tag}`)
                .inspect()
                .catch((err) => {
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}:${tag} is not in the local Docker engine (${err.message})`, {
                    target: this.node.id,
                });
            });
            return info.Id;
        }
        const digest = await this.registry().headManifest(tag);
        if (digest === undefined)
            throw new errors/* EdoError */.bX(`image ${this.ref.repository}:${tag} not found`, { target: this.node.id });
        return digest;
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,model_digest/* sha256Digest */.sI)((0,model_digest/* canonicalJson */.dj)({ kind: 'image', digest: await this.digest() })),
        };
    }
    async fetch(log, storage) {
        const id = await this.getUniqueId();
        if (await storage.has(id))
            return storage.open(id);
        const digest = await this.digest();
        try {
            const { layers, metadata } = this.ref.daemon
                ? await this.fetchFromDaemon(storage, digest)
                : await this.fetchFromRegistry(storage, digest);
            const artifact = { config: { id, provides: [], requires: {}, metadata }, layers };
            await storage.save(artifact);
            log.write(`fetched image ${this.node.attrs.ref} (${digest}, ${layers.length} layers)\n`);
            return artifact;
        }
        catch (err) {
            if (err instanceof errors/* EdoError */.bX)
                throw new errors/* EdoError */.bX(err.message, { ...err.context, target: this.node.id });
            throw err;
        }
    }
    async fetchFromRegistry(storage, digest) {
        const client = this.registry();
        let manifest = await this.manifest(client, digest);
        if (manifest.manifests !== undefined) {
            const wanted = ociArchitecture();
            const match = manifest.manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === wanted);
            if (!match)
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest} has no linux/${wanted} manifest`);
            manifest = await this.manifest(client, match.digest);
        }
        if (manifest.config === undefined || manifest.layers === undefined) {
            throw new errors/* EdoError */.bX(`manifest ${digest} of ${this.ref.repository} is not an image manifest`);
        }
        const imageConfig = JSON.parse((await client.readSmallBlob(manifest.config.digest)).toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        if (diffIds.length !== manifest.layers.length) {
            throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest}: its config lists ${diffIds.length} layers, its manifest ${manifest.layers.length}`);
        }
        const layers = [];
        for (const [index, descriptor] of manifest.layers.entries()) {
            const gzip = GZIP_LAYERS.has(descriptor.mediaType);
            if (!gzip && !PLAIN_LAYERS.has(descriptor.mediaType)) {
                throw new errors/* EdoError */.bX(`image ${this.ref.repository}@${digest}: unsupported layer type ${descriptor.mediaType}`);
            }
            // The blob is verified against its digest as it streams (on a mismatch the stream fails
            // before it ends), and stored uncompressed: the layer's digest is the image's diff_id, as
            // from the Docker engine, and every consumer of layers reads plain tars.
            const blob = await client.readBlob(descriptor.digest, descriptor.size);
            const layer = await copyIntoLayer(storage, gzip ? [blob, (0,external_node_zlib_.createGunzip)()] : [blob]).catch((err) => {
                // zlib may notice a tampered blob before the digest check at its end does.
                throw err instanceof errors/* EdoError */.bX
                    ? err
                    : (0,verify_stream/* corruptBlobError */.p)(descriptor.digest, `it does not decompress (${err.message})`);
            });
            if (layer.digest !== diffIds[index]) {
                throw (0,verify_stream/* corruptBlobError */.p)(descriptor.digest, `it uncompresses to ${layer.digest}, not to the image's ${diffIds[index]}`);
            }
            layers.push(layer);
        }
        return {
            layers,
            metadata: { ref: this.node.attrs.ref, digest, image: imageConfig },
        };
    }
    async manifest(client, digest) {
        const found = await client.getManifest(digest); // verifies the bytes against `digest`
        if (found === undefined)
            throw new errors/* EdoError */.bX(`manifest ${digest} of ${this.ref.repository} not found`);
        return JSON.parse(found.bytes.toString('utf8'));
    }
    /**
     * `docker save` of the image: a tar with `manifest.json`, the config (named by the image ID) and
     * one uncompressed tar per layer. Layers stream into the store as they come; once
     * `manifest.json` is read, the config must hash to the image ID and the layers, in order, to
     * the config's `rootfs.diff_ids`.
     */
    async fetchFromDaemon(storage, imageId) {
        const saved = await (await this.docker()).getImage(imageId).get();
        const small = new Map();
        const blobs = new Map();
        const extract = tar_stream.extract();
        const reading = (async () => {
            for await (const entry of extract) {
                const name = entry.header.name;
                if (entry.header.type !== 'file') {
                    entry.resume();
                }
                else if (name.endsWith('.json') || !name.includes('/')) {
                    const chunks = [];
                    for await (const chunk of entry)
                        chunks.push(chunk);
                    small.set(name, Buffer.concat(chunks));
                }
                else {
                    blobs.set(name, await copyIntoLayer(storage, [entry]));
                }
            }
        })();
        // A failed layer copy must also stop the `docker save` stream, or its socket stays open.
        const stopOnFailure = reading.catch((err) => {
            extract.destroy(err);
            throw err;
        });
        await Promise.all([(0,external_node_stream_promises_.pipeline)(saved, extract), stopOnFailure]);
        const [manifest] = JSON.parse(small.get('manifest.json')?.toString('utf8') ?? '[]');
        if (manifest === undefined)
            throw new errors/* EdoError */.bX(`docker save of ${imageId} has no manifest.json`);
        const configBytes = small.get(manifest.Config) ?? (await readAll(storage, blobs.get(manifest.Config)));
        if ((0,model_digest/* sha256Digest */.sI)(configBytes) !== imageId) {
            throw (0,verify_stream/* corruptBlobError */.p)(imageId, `the engine's image config hashes to ${(0,model_digest/* sha256Digest */.sI)(configBytes)}`);
        }
        const imageConfig = JSON.parse(configBytes.toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        const layers = manifest.Layers.map((path, index) => {
            const layer = blobs.get(path);
            const expected = diffIds[index];
            if (layer === undefined || expected === undefined)
                throw new errors/* EdoError */.bX(`docker save of ${imageId}: layer ${path} is missing`);
            if (layer.digest !== expected)
                throw (0,verify_stream/* corruptBlobError */.p)(expected, `docker save gave a layer hashing to ${layer.digest}`);
            return layer;
        });
        if (layers.length !== diffIds.length)
            throw new errors/* EdoError */.bX(`docker save of ${imageId}: layer count differs from its config`);
        return {
            layers,
            metadata: { ref: this.node.attrs.ref, digest: imageId, image: imageConfig },
        };
    }
    async stage(log, storage, env, path) {
        const artifact = await this.fetch(log, storage);
        await env.createDir(path);
        for (const layer of artifact.layers)
            await env.unpack(path, await storage.read(layer));
    }
    registry() {
        return new RegistryClient(parseRegistryAddress(this.ref.repository), this.env);
    }
    /** Loaded on first use: the Docker client library costs more start-up time than the rest of edo. */
    async docker() {
        const { default: DockerClient } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.t.bind(__webpack_require__, 39040, 19));
        return new DockerClient();
    }
}
/**
 * Streams a source through `transforms` into a new uncompressed layer; on failure the writer is
 * destroyed, and its temp file with it.
 */
async function copyIntoLayer(storage, stages) {
    const writer = await storage.startLayer();
    try {
        await (0,external_node_stream_promises_.pipeline)([...stages, writer]);
    }
    catch (err) {
        await (0,external_node_stream_promises_.finished)(writer.destroy()).catch(() => undefined);
        throw err;
    }
    return storage.finishLayer(oci/* MediaType */.zu.layerTar, undefined, writer);
}
async function readAll(storage, layer) {
    if (layer === undefined)
        throw new errors/* EdoError */.bX('docker save: the image config is missing');
    const chunks = [];
    for await (const chunk of await storage.read(layer))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./lib/vendor/attrs.js

/** A string attribute of a declaration, or `fallback` when absent. */
function stringAttr(node, attr, fallback) {
    const value = node.attrs[attr] ?? fallback;
    if (typeof value !== 'string' || value === '') {
        throw new errors/* UsageError */.eb(`${node.kind}: attribute ${attr} must be a non-empty string`, {
            position: node.position,
            target: node.id,
        });
    }
    return value;
}

// EXTERNAL MODULE: ./lib/storage/tar-entries.js
var tar_entries = __webpack_require__(24739);
;// CONCATENATED MODULE: ./lib/vendor/npm.js









const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The source kind an npm vendor resolves packages to. */
const NPM_PACKAGE_KIND = 'npm_package';
/**
 * The `Authorization` header for a registry whose token is in the environment variable named
 * `tokenEnv` (the name, never the token, is what build files and the lock hold).
 */
function authorization(tokenEnv, env, who) {
    if (tokenEnv === undefined)
        return {};
    const token = env[tokenEnv];
    if (!token)
        throw new errors/* EdoError */.bX(`${who}: token_env names ${tokenEnv}, which is not set`);
    return { authorization: `Bearer ${token}` };
}
/**
 * `vendor(name, kind = "npm", registry = "https://registry.npmjs.org", token_env = None)`:
 * packages of an npm-compatible registry, with a bearer token from the environment variable
 * `token_env` names, if any. Options are a package's published versions; dependencies are its
 * `dependencies` (not dev or peer); a version resolves to an `npm_package` source pinned by the
 * tarball's sha512 `integrity`.
 */
class NpmVendor {
    registry;
    label;
    tokenEnv;
    env;
    packuments = new Map();
    constructor(registry, label, tokenEnv, env = process.env) {
        this.registry = registry;
        this.label = label;
        this.tokenEnv = tokenEnv;
        this.env = env;
    }
    async getOptions(name) {
        return Object.keys((await this.packument(name))?.versions ?? {});
    }
    async getDependencies(name, version) {
        const entry = (await this.packument(name))?.versions?.[version];
        return entry === undefined ? undefined : Object.entries(entry.dependencies ?? {});
    }
    async resolve(name, version) {
        const dist = (await this.packument(name))?.versions?.[version]?.dist;
        if (dist?.tarball === undefined)
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: ${name}@${version} has no tarball`);
        const integrity = sha512Integrity(dist.integrity);
        if (integrity === undefined) {
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: ${name}@${version} has no sha512 integrity; refusing an unverifiable tarball`);
        }
        return {
            kind: NPM_PACKAGE_KIND,
            package: name,
            version,
            url: dist.tarball,
            digest: integrity,
            ...(this.tokenEnv !== undefined && { token_env: this.tokenEnv }),
        };
    }
    packument(name) {
        let answer = this.packuments.get(name);
        if (!answer)
            this.packuments.set(name, (answer = this.fetchPackument(name)));
        return answer;
    }
    async fetchPackument(name) {
        // Scoped names keep their `@` but escape the slash: `@scope%2fname`.
        const url = `${this.registry.replace(/\/+$/, '')}/${encodeURIComponent(name).replace(/^%40/, '@')}`;
        let response;
        try {
            response = await fetch(url, {
                // The abbreviated ("corgi") document: versions, dependencies and dist, much smaller.
                headers: {
                    accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
                    ...authorization(this.tokenEnv, this.env, `npm vendor ${this.label}`),
                },
            });
        }
        catch (err) {
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: GET ${url}: ${networkReason(err)}`, {}, undefined, err);
        }
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new errors/* EdoError */.bX(`npm vendor ${this.label}: GET ${url}: HTTP ${response.status}`);
        }
        return (await response.json());
    }
}
/** Why a fetch failed: undici says only "fetch failed" and puts the reason (ECONNREFUSED …) in `cause`. */
function networkReason(err) {
    const cause = err.cause;
    return (cause ?? err).message;
}
/** The sha512 member of an SRI `integrity` string (it may list several hashes). */
function sha512Integrity(integrity) {
    return integrity?.split(/\s+/).find((hash) => /^sha512-[A-Za-z0-9+/]+={0,2}$/.test(hash));
}
/**
 * `npm_package(package, version, url, digest, token_env = None)`: one npm tarball, verified against its sha512
 * `digest` (SRI form) as it streams, stored as one uncompressed layer holding the package's files
 * at the root (the tarball's top directory, `package/`, stripped). Its id comes from the
 * integrity, so a package already in the store is never downloaded again.
 */
class NpmPackageSource {
    node;
    env;
    url;
    integrity;
    constructor(node, env = process.env) {
        this.node = node;
        this.env = env;
        const { url, digest } = node.attrs;
        const integrity = typeof digest === 'string' ? sha512Integrity(digest) : undefined;
        if (typeof url !== 'string' || integrity === undefined) {
            throw new errors/* UsageError */.eb(`${NPM_PACKAGE_KIND} needs "url" and a sha512 "digest" (sha512-<base64>)`, {
                position: node.position,
                target: node.id,
            });
        }
        this.url = url;
        this.integrity = integrity;
    }
    async getUniqueId() {
        const version = this.node.attrs.version;
        return {
            name: this.node.name,
            digest: (0,model_digest/* sha256Digest */.sI)((0,model_digest/* canonicalJson */.dj)({ kind: NPM_PACKAGE_KIND, integrity: this.integrity })),
            ...(typeof version === 'string' && { version }),
        };
    }
    async fetch(log, storage) {
        const id = await this.getUniqueId();
        if (await storage.has(id))
            return storage.open(id);
        const tokenEnv = this.node.attrs.token_env;
        const headers = authorization(typeof tokenEnv === 'string' ? tokenEnv : undefined, this.env, this.node.id);
        const response = await fetch(this.url, { headers }).catch((err) => {
            throw new errors/* EdoError */.bX(`GET ${this.url}: ${networkReason(err)}`, { target: this.node.id }, undefined, err);
        });
        if (!response.ok || !response.body) {
            await response.body?.cancel();
            throw new errors/* EdoError */.bX(`GET ${this.url}: HTTP ${response.status}`, { target: this.node.id });
        }
        const writer = await storage.startLayer();
        const repack = tar_stream.pack();
        try {
            await Promise.all([
                (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), verifyIntegrity(this.integrity, this.url), (0,external_node_zlib_.createGunzip)(), stripTopDirectory(repack)),
                (0,external_node_stream_promises_.pipeline)(repack, writer),
            ]);
        }
        catch (err) {
            repack.destroy();
            // Destroying the writer deletes its temp file; wait so nothing is left behind when we throw.
            await (0,external_node_stream_promises_.finished)(writer.destroy()).catch(() => undefined);
            if (err instanceof errors/* EdoError */.bX)
                throw new errors/* EdoError */.bX(err.message, { target: this.node.id });
            throw new errors/* EdoError */.bX(`${this.url}: ${err.message}`, { target: this.node.id }, undefined, err);
        }
        const layer = await storage.finishLayer(oci/* MediaType */.zu.layerTar, undefined, writer);
        log.write(`fetched ${this.url} (${this.integrity.slice(0, 20)}…)\n`);
        const artifact = {
            config: { id, provides: [], requires: {}, metadata: { url: this.url, integrity: this.integrity } },
            layers: [layer],
        };
        await storage.save(artifact);
        return artifact;
    }
    async stage(log, storage, env, path) {
        const artifact = await this.fetch(log, storage);
        await env.createDir(path);
        for (const layer of artifact.layers)
            await env.unpack(path, await storage.read(layer));
    }
}
/** Passes bytes through; at the end, fails unless their sha512 is `integrity`. */
function verifyIntegrity(integrity, url) {
    const hash = (0,external_node_crypto_.createHash)('sha512');
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        },
        flush(done) {
            const actual = 'sha512-' + hash.digest('base64');
            done(actual === integrity
                ? null
                : new errors/* EdoError */.bX(`integrity mismatch for ${url}: expected ${integrity}, got ${actual}`));
        },
    });
}
/**
 * A writable taking the package's tar and adding each entry to `pack` without its first path
 * component, with the fixed owner/mtime and normalised modes of Edo's own layers.
 */
function stripTopDirectory(pack) {
    const extract = tar_stream.extract();
    extract.on('entry', (header, body, next) => {
        const name = header.name.replace(/^[^/]*\/?/, '');
        const copy = async () => {
            if (name === '' || (header.type !== 'file' && header.type !== 'directory')) {
                body.resume(); // the top directory itself, or links npm would not install either
                return;
            }
            if (header.type === 'directory') {
                await (0,tar_entries/* addEntry */.An)(pack, { ...tar_entries/* FIXED_TAR_HEADER */.tr, name, type: 'directory', mode: 0o755 });
                body.resume();
                return;
            }
            const mode = (header.mode ?? 0) & 0o100 ? 0o755 : 0o644;
            await (0,tar_entries/* addStreamEntry */.ay)(pack, { ...tar_entries/* FIXED_TAR_HEADER */.tr, name, type: 'file', mode, size: header.size }, body);
        };
        copy().then(() => next(), next);
    });
    extract.on('finish', () => pack.finalize());
    return extract;
}

;// CONCATENATED MODULE: ./lib/vendor/oci.js


/**
 * `vendor(name, kind = "oci", registry = "host[:port]")`: images of an OCI distribution registry.
 * A package is a repository (`library/debian`), its options are the repository's tags, and a tag
 * resolves to an `image` source pinned by the manifest digest the tag points at now. Images have
 * no dependencies. Semver ranges select among tags that are versions (`^1.2` → `1.4.0`, and short
 * numeric tags such as `1.36`); any other request (`latest`, `bookworm`) must be a tag exactly.
 */
class OciVendor {
    registry;
    label;
    env;
    constructor(registry, label, env = process.env) {
        this.registry = registry;
        this.label = label;
        this.env = env;
    }
    getOptions(name) {
        return this.client(name).listTags();
    }
    async getDependencies() {
        return [];
    }
    async resolve(name, version) {
        const ref = `${this.repository(name)}:${version}`;
        const digest = await this.client(name).headManifest(version);
        if (digest === undefined)
            throw new errors/* EdoError */.bX(`oci vendor ${this.label}: ${ref} not found`);
        return { kind: 'image', ref, digest };
    }
    repository(name) {
        return `${this.registry.replace(/\/+$/, '')}/${name}`;
    }
    client(name) {
        return new RegistryClient(parseRegistryAddress(this.repository(name)), this.env);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/vendor/solver.js


/** The decisions that placed `constraints`. */
function introducers(constraints) {
    return new Set(constraints.flatMap((c) => (c.by === undefined ? [] : [c.by])));
}
class ResolutionConflict extends errors/* EdoError */.bX {
    conflict;
    constructor(conflict, message, details) {
        super(message, { details });
        this.conflict = conflict;
        this.name = 'ResolutionConflict';
    }
}
/** True when `version` satisfies the requested `range` under the policy above. */
function satisfiesRange(version, range) {
    const parsed = parsedRange(range);
    if (parsed === null)
        return version === range;
    const asSemver = semverOf(version);
    return asSemver !== null && parsed.test(asSemver);
}
/**
 * The semver a version or tag stands for: itself when valid (`1.2.3`, `v1.2.3`), or a short
 * numeric tag padded with zeros (`1.36` → `1.36.0`, `12` → `12.0.0`), as image tags often are.
 */
function semverOf(version) {
    const valid = semver.valid(version);
    if (valid !== null)
        return valid;
    const short = /^v?(\d+)(?:\.(\d+))?$/.exec(version);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : null;
}
/** Parsed ranges, by text: parsing dominates solving time otherwise (measured: bench/vendor). */
const ranges = new Map();
function parsedRange(range) {
    let parsed = ranges.get(range);
    if (parsed === undefined) {
        parsed = semver.validRange(range) === null ? null : new semver.Range(range);
        ranges.set(range, parsed);
    }
    return parsed;
}
function checkRange(range, chain) {
    if (range.trim() === '')
        throw new errors/* UsageError */.eb(`empty version range (${chain.join(' → ')})`);
}
/** Solves `roots` against `index`; throws a ResolutionConflict explaining the clash. */
async function solve(roots, index, options = {}) {
    const maxSteps = options.maxSteps ?? 100_000;
    let steps = 0;
    const versionCache = new Map();
    const versionsOf = (name) => {
        let cached = versionCache.get(name);
        if (!cached)
            versionCache.set(name, (cached = index.versions(name)));
        return cached;
    };
    const constraints = new Map();
    const order = [];
    for (const root of roots) {
        const chain = [`${root.requiredBy} requires ${root.name}@${root.range}`];
        checkRange(root.range, chain);
        if (!constraints.has(root.name))
            order.push(root.name);
        constraints.set(root.name, [...(constraints.get(root.name) ?? []), { range: root.range, chain }]);
    }
    const candidatesFor = async (name, ranges) => {
        const matching = (await versionsOf(name)).filter((v) => ranges.every((c) => satisfiesRange(v, c.range)));
        const preferred = options.preferred?.(name);
        return matching.sort((a, b) => {
            if (a === preferred)
                return -1;
            if (b === preferred)
                return 1;
            return compareVersionsDescending(a, b);
        });
    };
    const search = async (state) => {
        const next = state.order.find((name) => !state.decided.has(name));
        if (next === undefined)
            return state;
        const ranges = state.constraints.get(next);
        const candidates = await candidatesFor(next, ranges);
        // Every version the constraints excluded is excluded because of who placed them.
        const culprits = introducers(ranges);
        if (candidates.length === 0)
            return { name: next, constraints: ranges, culprits };
        let firstConflict;
        for (const version of candidates) {
            if (++steps > maxSteps) {
                throw new errors/* EdoError */.bX(`dependency resolution gave up after ${maxSteps} steps (at ${next}@${version})`);
            }
            const outcome = await choose(state, next, version, ranges[0].chain);
            const result = 'decided' in outcome ? await search(outcome) : outcome;
            if ('decided' in result)
                return result;
            firstConflict ??= result;
            if (!result.culprits.has(next))
                return result; // another version of `next` would fail the same way
            for (const culprit of result.culprits)
                if (culprit !== next)
                    culprits.add(culprit);
        }
        return { ...firstConflict, culprits };
    };
    const choose = async (state, name, version, via) => {
        const dependencies = await index.dependencies(name, version);
        const decided = new Map(state.decided);
        decided.set(name, { name, version, dependencies: Object.fromEntries(dependencies) });
        const nextConstraints = new Map(state.constraints);
        const nextOrder = [...state.order];
        for (const [dep, range] of dependencies) {
            const chain = [...via, `${name}@${version} requires ${dep}@${range}`];
            checkRange(range, chain);
            const existing = nextConstraints.get(dep) ?? [];
            const added = [...existing, { range, chain, by: name }];
            nextConstraints.set(dep, added);
            if (existing.length === 0 && !nextOrder.includes(dep))
                nextOrder.push(dep);
            const already = decided.get(dep);
            if (already !== undefined && !satisfiesRange(already.version, range)) {
                return {
                    name: dep,
                    constraints: added,
                    clashesWith: already.version,
                    culprits: new Set([name, dep]),
                };
            }
            // Forward check: a dependency left without any version fails now, not decisions later.
            if (already === undefined &&
                !(await versionsOf(dep)).some((v) => added.every((c) => satisfiesRange(v, c.range)))) {
                return { name: dep, constraints: added, culprits: introducers(added) };
            }
        }
        return { decided, constraints: nextConstraints, order: nextOrder };
    };
    const result = await search({ decided: new Map(), constraints, order });
    if ('decided' in result) {
        return new Map([...result.decided.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    throw await explain(result, versionsOf);
}
async function explain(conflict, versionsOf) {
    const available = [...(await versionsOf(conflict.name))].sort(compareVersionsDescending);
    const chains = conflict.constraints.map((c) => [...c.chain]);
    const message = available.length === 0
        ? `cannot resolve ${conflict.name}: no versions of it exist`
        : conflict.clashesWith !== undefined
            ? `cannot resolve ${conflict.name}: ${conflict.name}@${conflict.clashesWith} was chosen, but another requirement excludes it`
            : `cannot resolve ${conflict.name}: no version satisfies every requirement`;
    const details = [
        'requirement chains:',
        ...chains.map((chain) => '  ' + chain.join(' → ')),
        available.length > 0 ? `available versions of ${conflict.name}: ${available.join(', ')}` : '',
    ].filter((line) => line !== '');
    return new ResolutionConflict({ name: conflict.name, chains, available, clashesWith: conflict.clashesWith }, message, details);
}
/** Highest semver first; versions that are not semver after all semver ones, in string order. */
function compareVersionsDescending(a, b) {
    const va = semverOf(a);
    const vb = semverOf(b);
    if (va !== null && vb !== null)
        return semver.rcompare(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (va !== null)
        return -1;
    if (vb !== null)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/vendor/resolver.js




/** Asks a vendor, remembering each answer for the rest of the command. */
function vendorIndex(vendor) {
    const versions = new Map();
    const dependencies = new Map();
    return {
        versions(name) {
            let answer = versions.get(name);
            if (!answer)
                versions.set(name, (answer = vendor.getOptions(name)));
            return answer;
        },
        dependencies(name, version) {
            const key = `${name}@${version}`;
            let answer = dependencies.get(key);
            if (!answer)
                dependencies.set(key, (answer = vendor.getDependencies(name, version).then((d) => d ?? [])));
            return answer;
        },
    };
}
/** The lock's view of one vendor's packages: each has exactly its locked version. No network. */
function lockedIndex(lock, vendorLabel) {
    return {
        async versions(name) {
            const entry = lock.get((0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name));
            return entry?.version === undefined ? [] : [entry.version];
        },
        async dependencies(name) {
            return Object.entries(lock.get((0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name))?.dependencies ?? {});
        },
    };
}
/**
 * Resolves the packages one vendor must provide for a set of root requirements, through the lock:
 * - `locked`: the locked versions must form a consistent set for the roots, else an error naming
 *   the entry (missing, or which requirement it no longer satisfies); nothing is asked upstream.
 * - `build`: when the locked versions already satisfy every root, they are used as they are (no
 *   registry round trip); otherwise the vendor is asked and the solver prefers locked versions,
 *   so only what is missing or no longer satisfied changes.
 * - `update`: packages the update names (all when none) are re-resolved to the newest that
 *   satisfies; others keep their locked version when they can.
 * Returns the lock entry of every package in the solution, by package name.
 */
async function resolveVendorPackages(lock, handle, roots) {
    const keyOf = (name) => (0,vendor_lock/* vendorEntryKey */.cN)(handle.label, name);
    const fromLock = await solveFromLock(lock, handle.label, roots);
    // In `locked` mode solveFromLock either succeeded or threw.
    if (fromLock !== undefined && !wantsAnyRefresh(lock, fromLock))
        return entriesOf(lock, handle.label, fromLock);
    const solution = await solve(roots, vendorIndex(handle.vendor), {
        preferred: (name) => (lock.wantsRefresh(keyOf(name), name) ? undefined : lock.get(keyOf(name))?.version),
    });
    const requiredBy = new Map(roots.map((root) => [root.name, root.requiredBy]));
    const entries = new Map();
    await Promise.all([...solution.values()].map(async (pkg) => {
        const key = keyOf(pkg.name);
        const locked = lock.get(key);
        const entry = locked?.version === pkg.version && locked.node !== undefined
            ? locked
            : entryFor(handle, pkg, await handle.vendor.resolve(pkg.name, pkg.version));
        lock.record(key, entry, requiredBy.get(pkg.name));
        entries.set(pkg.name, lock.get(key));
    }));
    return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * Solves with the locked versions only. In `locked` mode a failure becomes the `--locked` error
 * naming the entry; otherwise a failure means "ask the vendor" and gives undefined.
 */
async function solveFromLock(lock, vendorLabel, roots) {
    try {
        return await solve(roots, lockedIndex(lock, vendorLabel));
    }
    catch (err) {
        if (!(err instanceof ResolutionConflict))
            throw err;
        if (lock.mode !== 'locked')
            return undefined;
        const { name, chains } = err.conflict;
        const key = (0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name);
        const failure = (0,vendor_lock/* lockedError */.hp)(key, lock.get(key), chains.map((chain) => chain.join(' → ')).join('; '));
        throw new errors/* EdoError */.bX(failure.message, { details: err.context.details });
    }
}
function wantsAnyRefresh(lock, solution) {
    // Every key is asked (no short-circuit) so `edo update NAME` knows NAME matched something.
    const keys = lock.keys().filter((key) => solution.has(lock.get(key).name));
    return keys.map((key) => lock.wantsRefresh(key)).some(Boolean);
}
function entriesOf(lock, vendorLabel, solution) {
    const entries = new Map();
    for (const name of solution.keys()) {
        const key = (0,vendor_lock/* vendorEntryKey */.cN)(vendorLabel, name);
        lock.touch(key);
        entries.set(name, lock.get(key));
    }
    return entries;
}
/**
 * The lock entry for a resolved package. A vendor's `resolve` returns a source declaration node:
 * `kind` (a source kind), that kind's attributes, and by convention `digest` (the pin) and `url`
 * or `ref` (where it comes from).
 */
function entryFor(handle, pkg, node) {
    const attrs = nodeAttrs(node, `vendor ${handle.label} resolved ${pkg.name}@${pkg.version} to`);
    const source = attrs.url ?? attrs.ref;
    if (typeof attrs.digest !== 'string' || typeof source !== 'string') {
        throw new errors/* EdoError */.bX(`vendor ${handle.label}: resolve(${pkg.name}, ${pkg.version}) gave no "digest" and "url"/"ref"`);
    }
    return {
        kind: handle.kind,
        vendor: handle.label,
        name: pkg.name,
        version: pkg.version,
        source,
        digest: attrs.digest,
        dependencies: pkg.dependencies,
        node,
    };
}
function nodeAttrs(node, what) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.kind !== 'string') {
        throw new errors/* EdoError */.bX(`${what} a value that is not a source declaration (an object with a "kind")`);
    }
    return node;
}
function vendorSourceRequest(node) {
    return {
        vendor: stringAttr(node, 'vendor'),
        package: stringAttr(node, 'package'),
        version: stringAttr(node, 'version'),
    };
}
/**
 * Every `vendor_source` of a workspace, resolved jointly per vendor (once per command, on first
 * use): all declarations naming one vendor are the roots of one solve, so they share one
 * consistent set of versions. `pinned(node)` is the source declaration a `vendor_source` stands
 * for; the `vendor_source` factory hands it to `ctx.addSource`.
 */
class VendorResolution {
    lock;
    declarations;
    vendorFor;
    solved = new Map();
    constructor(lock, declarations, vendorFor) {
        this.lock = lock;
        this.declarations = declarations;
        this.vendorFor = vendorFor;
    }
    /** The source declaration (`kind` + attributes) `node`, a `vendor_source`, resolves to. */
    async pinned(node) {
        const request = vendorSourceRequest(node);
        const packages = await this.packagesOf(request.vendor, node);
        const entry = packages.get(request.package);
        const attrs = nodeAttrs(entry.node, `lock entry ${(0,vendor_lock/* vendorEntryKey */.cN)(request.vendor, request.package)} holds`);
        const { kind, ...rest } = attrs;
        return { kind, name: node.name, id: node.id, attrs: rest, position: node.position };
    }
    packagesOf(vendorLabel, asking) {
        let running = this.solved.get(vendorLabel);
        if (!running) {
            const roots = this.declarations
                .filter((d) => d.kind === 'vendor_source' && d.attrs.vendor === vendorLabel)
                .map((d) => {
                const request = vendorSourceRequest(d);
                return { name: request.package, range: request.version, requiredBy: d.id };
            });
            running = this.vendorFor(vendorLabel, asking).then((handle) => resolveVendorPackages(this.lock, handle, roots));
            this.solved.set(vendorLabel, running);
        }
        return running;
    }
}

;// CONCATENATED MODULE: ./lib/vendor/builtins.js






/** The rules of this module: their names and attributes are a contract (docs/vendors.md). */
const VENDOR_RULES = [
    {
        kind: 'vendor_source',
        component: 'source',
        doc: 'A package a vendor resolves from a version range; the pin is recorded in edo.lock.json.',
        attrs: {
            vendor: { type: 'string', required: true, doc: 'name of a vendor(...) declaration' },
            package: { type: 'string', required: true, doc: 'package (npm) or repository (oci) name' },
            version: { type: 'string', required: true, doc: 'semver range such as "^1.2", or an exact tag' },
        },
    },
    {
        kind: 'image',
        component: 'source',
        doc: 'An OCI/Docker image from a registry or the local Docker engine, its layers kept as layers.',
        attrs: {
            ref: {
                type: 'string',
                required: true,
                doc: 'host[:port]/repo:tag, host/repo@sha256:..., or docker-daemon:name:tag',
            },
            digest: {
                type: 'string',
                doc: 'manifest digest (image ID for docker-daemon:); else the tag is locked',
            },
        },
    },
];
/**
 * Registers the built-in vendors (`npm`, `oci`), the sources they resolve to (`npm_package`,
 * `image`) and the `vendor_source` and `image` rules. One VendorResolution per command (per
 * `lock`): all `vendor_source` targets of a vendor share one solve.
 */
function registerVendorBuiltins(components, rules, lock, workspace) {
    for (const rule of VENDOR_RULES)
        rules.register(rule);
    components.vendors.register('npm', async (addr, node) => new NpmVendor(stringAttr(node, 'registry', DEFAULT_NPM_REGISTRY), addr, node.attrs.token_env === undefined ? undefined : stringAttr(node, 'token_env')));
    components.vendors.register('oci', async (addr, node) => new OciVendor(stringAttr(node, 'registry'), addr));
    components.sources.register(NPM_PACKAGE_KIND, async (_addr, node) => new NpmPackageSource(node));
    components.sources.register('image', async (_addr, node) => new ImageSource(node, lock));
    let resolution;
    const vendors = new Map();
    const vendorNamed = (name, asking, ctx) => {
        let handle = vendors.get(name);
        if (!handle) {
            handle = (async () => {
                const declaration = workspace.vendorDeclaration(name);
                if (!declaration)
                    throw new errors/* UsageError */.eb(`no vendor named "${name}"`, { position: asking.position, target: asking.id });
                const factory = components.vendors.get(declaration.kind);
                if (!factory) {
                    throw new errors/* UsageError */.eb(`unknown vendor kind "${declaration.kind}" (known: ${components.vendors.kinds().join(', ')})`, {
                        position: declaration.position,
                    });
                }
                return { label: name, kind: declaration.kind, vendor: await factory(name, declaration, ctx) };
            })();
            vendors.set(name, handle);
        }
        return handle;
    };
    components.sources.register('vendor_source', async (addr, node, ctx) => {
        resolution ??= new VendorResolution(lock, workspace.vendorSources(), (name, asking) => vendorNamed(name, asking, ctx));
        return ctx.addSource(addr, await resolution.pinned(node));
    });
}

;// CONCATENATED MODULE: ./lib/engine/builtins.js












/** The built-in rules: their names and attributes are a contract (docs/rules.md documents each). */
const BUILTIN_RULES = [
    {
        kind: 'local_source',
        component: 'source',
        doc: 'Files of the workspace; paths are kept relative to their package.',
        attrs: {
            srcs: { type: 'files', required: true, doc: 'file labels, patterns such as "//src:*.c", or glob(...)' },
        },
    },
    {
        kind: 'url_source',
        component: 'source',
        doc: 'An http(s) download, verified against its sha256, cached by digest.',
        attrs: {
            url: { type: 'string', required: true, doc: 'http:// or https:// URL' },
            sha256: { type: 'string', required: true, doc: 'expected sha256 of the downloaded bytes (hex)' },
            filename: { type: 'string', doc: 'name of the file in the artifact (default: the last URL segment)' },
        },
    },
    {
        kind: 'git_source',
        component: 'source',
        doc: "A git repository's tree at one commit, without .git.",
        attrs: {
            url: { type: 'string', required: true, doc: 'anything `git fetch` accepts' },
            commit: { type: 'string', doc: 'full commit hash' },
            ref: { type: 'string', doc: 'branch or tag, resolved once and recorded in edo.lock.json' },
        },
    },
    {
        kind: 'script',
        component: 'transform',
        doc: 'Runs commands with sh -eu semantics; what they write to $OUT is the artifact.',
        attrs: {
            deps: {
                type: 'label_list',
                default: [],
                doc: 'targets staged in the working directory as <dep name>/',
            },
            commands: { type: 'string_list', default: [], doc: 'shell commands, run in order in one shell' },
            environment: {
                type: 'string',
                farm: true,
                doc: 'name of an environment_farm (default: the config default)',
            },
            env: { type: 'string_dict', default: {}, doc: 'environment variables for the commands' },
        },
    },
    {
        kind: 'compose',
        component: 'transform',
        doc: 'Merges artifacts into one; a path provided twice is an error unless overrides = True.',
        attrs: {
            deps: { type: 'label_list', required: true, doc: 'targets to merge, in order' },
            overrides: { type: 'bool', default: false, doc: 'let later deps replace paths of earlier ones' },
        },
    },
    {
        kind: 'import_artifact',
        component: 'transform',
        doc: "A source's contents as an artifact, unchanged.",
        attrs: {
            source: { type: 'label', required: true, doc: 'a source target' },
        },
    },
];
/**
 * Registers every built-in component kind and rule: the single place where built-ins enter the
 * registries, exactly as a plugin's components do.
 */
function registerBuiltins(components, rules, paths, lock, workspace) {
    for (const rule of BUILTIN_RULES)
        rules.register(rule);
    const tempRoot = (0,external_node_path_.join)(paths.state, 'tmp');
    components.farms.register('local', async (_addr, node) => new farm/* LocalFarm */.AV(node));
    // Loaded on first use: the Docker client library costs more start-up time than the rest of edo.
    components.farms.register('docker', async (addr, node, ctx) => {
        const { createDockerFarm } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 3463));
        return createDockerFarm(addr, node, ctx);
    });
    components.storage.register('local', async (_addr, node) => {
        const path = node.attrs.path;
        if (path !== undefined && typeof path !== 'string') {
            throw new errors/* UsageError */.eb('storage_backend: path must be a string', { position: node.position });
        }
        return local_store/* LocalStore */.V.open(path === undefined ? paths.store : (0,external_node_path_.join)(paths.root, path));
    });
    // A repository of an OCI distribution registry, as a build cache or a remote cache.
    components.storage.register('registry', async (_addr, node) => {
        const address = node.attrs.address;
        if (typeof address !== 'string' || address === '') {
            throw new errors/* UsageError */.eb('storage_backend: kind "registry" needs address = "host[:port]/repository"', {
                position: node.position,
            });
        }
        return RegistryBackend.fromAddress(address);
    });
    components.sources.register('local_source', async (_addr, node) => new LocalSource(node, paths.root, tempRoot));
    components.sources.register('url_source', async (_addr, node) => new UrlSource(node, tempRoot));
    components.sources.register('git_source', async (_addr, node) => new GitSource(node, lock, tempRoot));
    // Vendors, the sources they resolve to, and the vendor_source and image rules (docs/vendors.md).
    registerVendorBuiltins(components, rules, lock, {
        vendorSources: () => [...workspace().targets.values()].filter((t) => t.node.kind === 'vendor_source').map((t) => t.node),
        vendorDeclaration: (name) => workspace().vendors.get(name),
    });
    components.transforms.register('script', async (_addr, node, ctx) => new ScriptTransform(node, ctx));
    components.transforms.register('compose', async (_addr, node) => new ComposeTransform(node));
    components.transforms.register('import_artifact', async (_addr, node) => new ImportArtifactTransform(node));
}

// EXTERNAL MODULE: ./lib/engine/components.js
var engine_components = __webpack_require__(37472);
// EXTERNAL MODULE: ./lib/engine/evaluate.js + 2 modules
var evaluate = __webpack_require__(97701);
// EXTERNAL MODULE: ./lib/engine/plugins.js
var engine_plugins = __webpack_require__(57638);
// EXTERNAL MODULE: ./lib/engine/logs.js
var logs = __webpack_require__(71019);
// EXTERNAL MODULE: ./lib/engine/graph.js
var graph = __webpack_require__(62550);
;// CONCATENATED MODULE: ./lib/engine/model.js

const DEFAULT_CONFIG = {
    name: 'default',
    remoteCaches: [],
    writeBack: false,
    defaultFarm: 'local',
};
/** The build config: `--config NAME`, else `default` when declared, else the defaults. */
function selectConfig(model, name) {
    const node = model.configs.get(name ?? 'default');
    if (!node) {
        if (name === undefined || name === 'default')
            return DEFAULT_CONFIG;
        const known = [...model.configs.keys()].sort().join(', ') || 'none declared';
        throw new errors/* UsageError */.eb(`no build_config named "${name}" (known: ${known})`);
    }
    const attrs = node.attrs;
    const jobs = attrs.jobs;
    return {
        name: node.name,
        buildCache: attrs.build_cache ?? undefined,
        remoteCaches: attrs.remote_caches ?? [],
        writeBack: attrs.write_back === true,
        defaultFarm: attrs.default_farm ?? DEFAULT_CONFIG.defaultFarm,
        jobs: typeof jobs === 'number' ? jobs : typeof jobs === 'bigint' ? Number(jobs) : undefined,
    };
}

// EXTERNAL MODULE: ./lib/engine/rules.js
var engine_rules = __webpack_require__(8089);
// EXTERNAL MODULE: ./lib/storage/manager.js
var manager = __webpack_require__(38290);
;// CONCATENATED MODULE: ./lib/engine/storage.js


/**
 * The storage manager a build config describes: its build cache (a named storage_backend, else
 * the workspace's local store) with its remote caches read through, in order.
 */
async function openStorageManager(config, backend, paths, warn) {
    const buildCache = config.buildCache !== undefined ? await backend(config.buildCache) : await local_store/* LocalStore */.V.open(paths.store);
    const remoteCaches = await Promise.all(config.remoteCaches.map(backend));
    return new manager/* CacheManager */.G({ buildCache, remoteCaches, writeBack: config.writeBack, warn });
}

;// CONCATENATED MODULE: ./lib/engine/target-view.js



/**
 * A source seen as a transform, so every target is driven the same way: its id is the source's,
 * building it is fetching it, and it needs no environment.
 */
class SourceTransform {
    source;
    storage;
    constructor(source, storage) {
        this.source = source;
        this.storage = storage;
    }
    environment() {
        return '';
    }
    depends() {
        return [];
    }
    async getUniqueId(_handle) {
        const own = await this.source.getUniqueId();
        return { ...own, digest: (0,cache_key/* sourceDigest */.c9)(own.digest) };
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    async transform(log, _handle, _env) {
        return { kind: 'success', artifact: await this.source.fetch(log, this.storage) };
    }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX('a source has no shell');
    }
}
/**
 * A target as transforms see it through the handle: the component, with the id the engine stores
 * its artifact under, named after the target's package and name. Its digest is the component's
 * (built-in transforms and sources include the engine's cache format in theirs), combined with
 * the plugin's digest when a plugin implements it. The id is computed once per build.
 */
class TargetView {
    label;
    kind;
    component;
    pluginDigest;
    id;
    constructor(label, kind, component, pluginDigest) {
        this.label = label;
        this.kind = kind;
        this.component = component;
        this.pluginDigest = pluginDigest;
    }
    getUniqueId(handle) {
        this.id ??= this.component.getUniqueId(handle).then((own) => {
            const { pkg, name } = (0,model_label/* parseLabel */.Q_)(this.label, '');
            const digest = this.pluginDigest === undefined ? own.digest : (0,cache_key/* pluginTargetDigest */.rO)(own.digest, this.pluginDigest);
            return { ...(pkg !== '' && { pkg }), name, digest };
        });
        return this.id;
    }
    environment() {
        return this.component.environment();
    }
    depends() {
        return this.component.depends();
    }
    prepare(log, handle) {
        return this.component.prepare(log, handle);
    }
    stage(log, handle, env) {
        return this.component.stage(log, handle, env);
    }
    transform(log, handle, env) {
        return this.component.transform(log, handle, env);
    }
    canShell() {
        return this.component.canShell();
    }
    shell(env) {
        return this.component.shell(env);
    }
}

// EXTERNAL MODULE: ./lib/engine/workspace.js
var workspace = __webpack_require__(13091);
;// CONCATENATED MODULE: ./lib/engine/engine.js
















/** The farm every workspace has without declaring it. */
function implicitLocalFarm(paths) {
    return {
        kind: 'local',
        name: 'local',
        id: 'local',
        attrs: {},
        position: { file: (0,external_node_path_.join)(paths.root, workspace.WORKSPACE_FILE), line: 1, col: 1 },
    };
}
/**
 * A loaded workspace: its build files evaluated, the component registries filled, components
 * created on demand. One per command.
 */
class Engine {
    paths;
    model;
    components;
    rules;
    lock;
    pluginDigests;
    plugins;
    graph = new graph/* BuildGraph */.Xd();
    views = new Map();
    farms = new Map();
    farmsSetUp = new Map();
    storageManager;
    args;
    config;
    /** Where warnings go (a remote cache that fails, ...); the CLI points it at stderr. */
    warn = (message) => process.stderr.write(`edo: warning: ${message}\n`);
    constructor(paths, model, components, rules, lock, 
    /**
     * Rule kind → digest of the plugin that implements it, filled when a plugin's rules are
     * registered (before evaluation, in `open`); part of those targets' cache keys.
     */
    pluginDigests, 
    /** The workspace's plugins (undefined when it declares none); their workers stop in `close`. */
    plugins, options) {
        this.paths = paths;
        this.model = model;
        this.components = components;
        this.rules = rules;
        this.lock = lock;
        this.pluginDigests = pluginDigests;
        this.plugins = plugins;
        this.config = selectConfig(model, options.config);
        // Components may label what they create with the workspace and this build (the docker farm does).
        this.args = { workspace: paths.root, build: (0,external_node_crypto_.randomBytes)(6).toString('hex'), ...options.args };
        for (const target of model.targets.values()) {
            this.graph.add({
                label: target.node.id,
                deps: target.deps,
                data: target,
                position: target.node.position,
            });
        }
    }
    static async open(cwd, options = {}) {
        const paths = (0,workspace.findWorkspace)(cwd, options.env);
        const components = new engine_components/* ComponentRegistry */.Z();
        const rules = new engine_rules/* RuleRegistry */.UD();
        const lock = await vendor_lock/* LockFile */.gX.open(paths.root, {
            mode: options.lockMode ?? 'build',
            update: options.lockUpdate,
        });
        // Some built-ins (vendor_source) read the evaluated workspace when they are used.
        const evaluated = {};
        registerBuiltins(components, rules, paths, lock, () => evaluated.model);
        // Plugins declared with plugin(...) register their components and rule kinds here, next to
        // the built-ins and before evaluation, recording each rule kind's plugin digest.
        const pluginDigests = new Map();
        const packages = (0,evaluate/* findPackages */.tP)(paths.root);
        const declared = (0,engine_plugins/* scanPluginDeclarations */.kU)(paths.root, packages);
        const plugins = await (0,engine_plugins/* loadWorkspacePlugins */.Qs)({
            paths,
            declared,
            components,
            rules,
            lock,
            pluginDigests,
            env: options.env ?? process.env,
        });
        try {
            const model = (evaluated.model = await (0,evaluate/* evaluateWorkspace */.$6)(paths, rules, packages, declared));
            return new Engine(paths, model, components, rules, lock, pluginDigests, plugins, options);
        }
        catch (err) {
            await plugins?.close();
            throw err;
        }
    }
    /** The package `dir` is in, relative to the root (`''` for the root), for relative labels. */
    packageOf(dir) {
        const rel = (0,external_node_path_.relative)(this.paths.root, dir);
        if (rel.startsWith('..'))
            return '';
        return rel.split(external_node_path_.sep).join('/');
    }
    /**
     * Target labels matching the patterns (`//...` when none), sorted. A pattern that matches no
     * target is a usage error; a plain unknown label suggests the closest names.
     */
    resolvePatterns(patterns, cwd) {
        const pkg = this.packageOf(cwd);
        const wanted = patterns.length > 0 ? patterns : ['//...'];
        const all = [...this.model.targets.keys()];
        const selected = new Set();
        for (const text of wanted) {
            let pattern;
            try {
                pattern = (0,model_label/* parsePattern */.EY)(text, pkg);
            }
            catch (err) {
                if (err instanceof model_label/* LabelSyntaxError */.IJ)
                    throw new errors/* UsageError */.eb(err.message);
                throw err;
            }
            if (pattern.kind === 'label') {
                selected.add(this.graph.get((0,model_label/* formatLabel */.wR)(pattern.label)).label);
                continue;
            }
            const matches = all.filter((label) => (0,model_label/* matchesPattern */.MT)(pattern, (0,model_label/* parseLabel */.Q_)(label, '')));
            if (matches.length === 0 && text !== '//...')
                throw new errors/* UsageError */.eb(`pattern ${text} matches no target`);
            for (const label of matches)
                selected.add(label);
        }
        return [...selected].sort();
    }
    /** The storage manager of the selected build config (build cache plus remote caches). */
    storage() {
        this.storageManager ??= openStorageManager(this.config, (name) => this.backend(name), this.paths, (message) => this.warn(message));
        return this.storageManager;
    }
    async backend(name) {
        const node = this.model.backends.get(name);
        if (!node)
            throw new errors/* UsageError */.eb(`no storage_backend named "${name}" (build_config ${this.config.name})`);
        // The storage manager is being made from this backend: its context has no storage yet.
        return this.create(this.components.storage, node, this.context(undefined));
    }
    async create(registry, node, context) {
        const factory = registry.get(node.kind);
        if (!factory) {
            const known = registry.kinds().join(', ') || 'none';
            throw new errors/* UsageError */.eb(`unknown ${registry.what} kind "${node.kind}" (known: ${known})`, {
                position: node.position,
            });
        }
        return (await factory(node.id, node, context ?? this.context(await this.storage())));
    }
    context(storage) {
        const available = () => {
            if (!storage)
                throw new errors/* UsageError */.eb('storage is not available while storage backends are created');
            return storage;
        };
        return {
            getArg: (name) => this.args[name],
            getHandle: () => this.handle(available()),
            storage: available,
            getTransform: (addr) => this.views.get(addr),
            getFarm: (addr) => this.readyFarms.get(addr),
            addSource: (addr, node) => this.create(this.components.sources, { ...node, id: addr }),
        };
    }
    /** Farms already set up, by name, for `context.getFarm` (which is synchronous). */
    readyFarms = new Map();
    /** The farm named `name`, created and set up once per command. */
    farm(name) {
        let ready = this.farmsSetUp.get(name);
        if (!ready) {
            ready = (async () => {
                const node = this.model.farms.get(name) ?? (name === 'local' ? implicitLocalFarm(this.paths) : undefined);
                if (!node) {
                    const known = ['local', ...this.model.farms.keys()].filter((v, i, a) => a.indexOf(v) === i).sort();
                    throw new errors/* UsageError */.eb(`no environment_farm named "${name}" (known: ${known.join(', ')})`);
                }
                let created = this.farms.get(name);
                if (!created) {
                    created = this.create(this.components.farms, node);
                    this.farms.set(name, created);
                }
                const farm = await created;
                // What a farm's setup says (an image built from setup steps) is kept as a log of its own;
                // a setup with nothing to say (the usual, cached case) writes none.
                const output = [];
                try {
                    await farm.setup({ write: (data) => output.push(data) }, await this.storage());
                }
                finally {
                    if (output.length > 0) {
                        const log = await new logs.TargetLogs(this.paths.logs).open(`farm ${name}`);
                        output.forEach((chunk) => log.write(chunk));
                        log.close();
                    }
                }
                this.readyFarms.set(name, farm);
                return farm;
            })();
            this.farmsSetUp.set(name, ready);
        }
        return ready;
    }
    /** The handle transforms get: the storage manager and every target's view. */
    handle(storage) {
        return { storage: () => storage, get: (addr) => this.views.get(addr) };
    }
    /**
     * The view of a target, its component created on first use; the farm it runs in is set up first,
     * since the farm's identity is part of the target's cache key.
     */
    async target(label) {
        const existing = this.views.get(label);
        if (existing)
            return existing;
        const { node: declared, schema } = this.graph.get(label).data;
        const node = this.withDefaultFarm(declared, schema);
        let component;
        if (schema.component === 'source') {
            component = new SourceTransform(await this.create(this.components.sources, node), await this.storage());
        }
        else {
            component = await this.create(this.components.transforms, node);
        }
        const environment = component.environment();
        if (environment !== '')
            await this.farm(environment);
        const view = new TargetView(label, node.kind, component, this.pluginDigests.get(node.kind));
        if (this.views.has(label))
            return this.views.get(label);
        this.views.set(label, view);
        return view;
    }
    /** Fills farm-naming attributes the call left out with the build config's default farm. */
    withDefaultFarm(node, schema) {
        const missing = Object.entries(schema.attrs).filter(([attr, spec]) => spec.farm && node.attrs[attr] === undefined);
        if (missing.length === 0)
            return node;
        const attrs = { ...node.attrs };
        for (const [attr] of missing)
            attrs[attr] = this.config.defaultFarm;
        return { ...node, attrs };
    }
    /** Unloads the plugins (seed 7.5): the end of a command, whether it succeeded, failed or was cancelled. */
    async close() {
        await this.plugins?.close();
    }
    /** Writes the lock file when this command pinned something new; returns what changed, for printing. */
    async saveLock() {
        if (this.lock.mode === 'locked')
            return [];
        const changes = this.lock.describeChanges();
        if (changes.length > 0)
            await this.lock.save();
        return changes;
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
