import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 445;
export const ids = [445];
export const modules = {

/***/ 35445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryBackend: () => (/* binding */ RegistryBackend),
  b: () => (/* binding */ RegistryClient),
  x: () => (/* binding */ parseRegistryAddress)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/model/digest.js
var model_digest = __webpack_require__(64505);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __webpack_require__(26906);
// EXTERNAL MODULE: ./lib/storage/oci.js
var oci = __webpack_require__(10500);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
        return (0,external_node_stream_.pipeline)(body, new verify_stream/* DigestVerifier */.Do(digest, size), () => undefined);
    }
    async readSmallBlob(digest) {
        const response = await this.request('GET', `/blobs/${digest}`, { ok: [200] });
        const bytes = Buffer.from(await response.arrayBuffer());
        const actual = (0,model_digest/* sha256Digest */.sI)(bytes);
        if (actual !== digest)
            throw (0,verify_stream/* corruptBlobError */.pS)(digest, `the registry sent bytes hashing to ${actual}`);
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
        // Denied (after authenticating), not allowed on this registry, or not implemented by it.
        const response = await this.request('POST', '/blobs/uploads/', {
            ok: [202],
            refused: [401, 403, 405, 501],
        });
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
            throw (0,verify_stream/* corruptBlobError */.pS)(claimed ?? reference, `the registry sent a manifest hashing to ${digest}`);
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
            const Failure = init.refused?.includes(response.status) ? errors/* WritesRefusedError */.tj : errors/* EdoError */.bX;
            throw new Failure(`registry ${this.address.host}: ${method} ${new URL(url).pathname} answered ${response.status}` +
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
            throw new errors/* UnreachableError */.Jk(`registry ${this.address.host} unreachable: ${(0,errors/* networkReason */.d8)(err)}`);
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
            throw new errors/* UnreachableError */.Jk(`registry ${this.address.host}: token service ${tokenUrl.host} unreachable: ${(0,errors/* networkReason */.d8)(err)}`);
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
    hash = (0,external_node_crypto_.createHash)('sha256');
    written = 0;
    body = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    abort = new AbortController();
    patched;
    location;
    digest;
    /** `upload`: where the registry accepts the upload (started by `startLayer`). */
    constructor(client, upload) {
        super({ highWaterMark: 1 << 20 });
        this.patched = client.patchUpload(upload, this.body, this.abort.signal);
        // Surface a failed PATCH while writing rather than only at the end.
        this.patched.catch((err) => this.destroy(err));
        // A failure reaches the caller through the writer's state (pipeIntoWriter, finishLayer), and
        // may come before the caller pipes anything in: never as an 'error' nobody listens to.
        this.on('error', () => { });
    }
    get bytesWritten() {
        return this.written;
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
    /** Starts the upload first: a registry that refuses uploads fails this call, not a stream later. */
    async startLayer() {
        return new RegistryLayerWriter(this.client, await this.client.startUpload());
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


/***/ })

};
