import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 793;
export const ids = [793,495,659];
export const modules = {

/***/ 9174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PluginMediaType: () => (/* binding */ PluginMediaType),
/* harmony export */   fetchPluginSource: () => (/* binding */ fetchPluginSource),
/* harmony export */   missingFileReason: () => (/* binding */ missingFileReason),
/* harmony export */   parsePluginSource: () => (/* binding */ parsePluginSource),
/* harmony export */   pushPlugin: () => (/* binding */ pushPlugin),
/* harmony export */   readPluginFile: () => (/* binding */ readPluginFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64505);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95691);
/* harmony import */ var _source_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67497);
/* harmony import */ var _source_image_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46040);
/* harmony import */ var _source_url_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67012);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87563);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(10500);
/* harmony import */ var _storage_registry_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(35445);
/* harmony import */ var _vendor_kinds_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2393);
/* harmony import */ var _vendor_npm_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(11495);















/** OCI media types of a plugin pushed to a registry (docs/plugins.md, "Distribution"). */
const PluginMediaType = {
    /** The manifest's `artifactType`. */
    artifact: 'application/vnd.edo.plugin.v1',
    /** The one layer: the component's bytes, unchanged (its digest is the plugin's digest). */
    wasm: 'application/vnd.edo.plugin.v1+wasm',
    /** The CNCF wasm OCI artifact layer type, accepted when reading plugins pushed by other tools. */
    genericWasm: 'application/wasm',
    /** OCI 1.1's empty config. */
    emptyConfig: 'application/vnd.oci.empty.v1+json',
};
const EMPTY_CONFIG = Buffer.from('{}');
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * The members `a=1&b=2` after the last `#`, with the part before it. Values are taken as written
 * (no percent-decoding), so paths and URLs read back exactly as the declaration spells them.
 */
function splitFragment(text) {
    const hash = text.lastIndexOf('#');
    if (hash < 0)
        return [text, new Map()];
    const members = text
        .slice(hash + 1)
        .split('&')
        .filter((member) => member !== '')
        .map((member) => {
        const equals = member.indexOf('=');
        return equals < 0 ? [member, ''] : [member.slice(0, equals), member.slice(equals + 1)];
    });
    return [text.slice(0, hash), new Map(members)];
}
function requiredParam(params, name, text, example) {
    const value = params.get(name);
    if (!value)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${text}: needs #${name}=… (${example})`);
    return value;
}
/** Parses one `source` alternative; `root` and `pkg` resolve workspace file labels. Throws UsageError. */
function parsePluginSource(text, root, pkg) {
    if (/^https?:\/\//.test(text)) {
        const [url, params] = splitFragment(text);
        const sha256 = params.get('sha256')?.replace(/^sha256:/, '');
        if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${text}: #sha256= must be 64 lowercase hex digits`);
        }
        return { kind: 'url', text, url, ...(sha256 !== undefined && { sha256 }) };
    }
    if (text.startsWith('git+')) {
        const [url, params] = splitFragment(text.slice('git+'.length));
        const example = 'git+file:///srv/repo.git#commit=<hash>&path=dist/x.wasm';
        const commit = requiredParam(params, 'commit', text, example);
        if (!COMMIT.test(commit))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${text}: commit must be a full hexadecimal commit hash`);
        return { kind: 'git', text, url, commit, path: requiredParam(params, 'path', text, example) };
    }
    if (text.startsWith('npm:')) {
        const [spec, params] = splitFragment(text.slice('npm:'.length));
        // `@scope/name@range`: the version separator is an `@` after the first character.
        const at = spec.indexOf('@', 1);
        const name = at < 0 ? spec : spec.slice(0, at);
        const range = at < 0 ? '*' : spec.slice(at + 1);
        if (name === '' || semver__WEBPACK_IMPORTED_MODULE_2__.validRange(range) === null) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${text}: expected npm:<package>@<semver range>#path=<file>`);
        }
        const tokenEnv = params.get('token_env');
        return {
            kind: 'npm',
            text,
            package: name,
            range,
            path: requiredParam(params, 'path', text, 'npm:@acme/edo-plugin-x@^1#path=dist/x.wasm'),
            registry: params.get('registry') ?? _vendor_kinds_js__WEBPACK_IMPORTED_MODULE_14__/* .DEFAULT_NPM_REGISTRY */ .a,
            ...(tokenEnv && { tokenEnv }),
        };
    }
    if (text.startsWith('oci://')) {
        const ref = text.slice('oci://'.length);
        const parsed = (0,_source_image_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageReference */ .o)(ref);
        if (parsed.tag === undefined && parsed.digest === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${text}: needs a tag or a digest (oci://host/repo:1.0.0)`);
        }
        return { kind: 'oci', text, ref };
    }
    if (isFilePath(text))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(filePathSourceMessage(text, root));
    const label = (0,_model_label_js__WEBPACK_IMPORTED_MODULE_6__/* .parsingLabels */ .WU)(() => (0,_model_label_js__WEBPACK_IMPORTED_MODULE_6__/* .parseLabel */ .Q_)(text, pkg));
    return { kind: 'file', text, label: (0,_model_label_js__WEBPACK_IMPORTED_MODULE_6__/* .formatLabel */ .wR)(label), path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, label.pkg, label.name) };
}
/** A file system path rather than a label (`/abs/x.wasm`, `./x.wasm`, `file:///x.wasm`). */
function isFilePath(text) {
    return ((text.startsWith('/') && !text.startsWith('//')) || /^\.\.?\//.test(text) || text.startsWith('file:'));
}
/**
 * Why a path is refused as a plugin source, with the label to write instead: a file inside the
 * workspace as its label, one outside it copied in first (labels keep builds relative to the
 * workspace, and its pin in edo.lock.json means the same file on every machine).
 */
function filePathSourceMessage(text, root) {
    const path = text.startsWith('file:') ? text.replace(/^file:(\/\/)?/, '') : text;
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path) : undefined;
    const suggestion = inside !== undefined && inside !== '' && !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)
        ? `use its label, source = "//${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(inside) === '.' ? '' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(inside)}:${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(inside)}"`
        : `copy the .wasm into the workspace (e.g. vendor/${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}) and use source = "//vendor:${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}"`;
    return `plugin source "${text}" is a file path: a file source is a workspace label (//package:file); ${suggestion}`;
}
/** A workspace file alternative's bytes, or undefined when the file does not exist. */
function readPluginFile(source) {
    return (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_10__/* .statIfPresent */ .Nn)(source.path)?.isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(source.path) : undefined;
}
/** Where a missing workspace file would be, as messages say it. */
function missingFileReason(source) {
    return `${source.label}: no such file ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), source.path) || source.path}`;
}
/** Fetches a remote alternative through the source layer (url, git, npm and OCI sources). */
async function fetchPluginSource(source, ctx) {
    const node = (kind, attrs) => ({
        kind,
        name: ctx.plugin,
        id: `plugin ${ctx.plugin} (${source.text})`,
        attrs,
        position: ctx.position,
    });
    switch (source.kind) {
        case 'url': {
            const sha256 = source.sha256 ?? ctx.wanted?.replace(/^sha256:/, '');
            if (sha256 === undefined) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${source.text}: a URL source needs a sha256 (plugin(sha256 = ...) or ${source.url}#sha256=<hex>)`);
            }
            const filename = 'plugin.wasm';
            const urlSource = new _source_url_js__WEBPACK_IMPORTED_MODULE_9__/* .UrlSource */ .T(node('url_source', { url: source.url, sha256, filename }), ctx.tempRoot);
            return {
                bytes: await fileOfArtifact(ctx.storage, await urlSource.fetch(ctx.log, ctx.storage), filename),
            };
        }
        case 'git': {
            const gitNode = node('git_source', { url: source.url, commit: source.commit });
            const artifact = await new _source_git_js__WEBPACK_IMPORTED_MODULE_7__/* .GitSource */ .G(gitNode, ctx.lock, ctx.tempRoot).fetch(ctx.log, ctx.storage);
            return { bytes: await fileOfArtifact(ctx.storage, artifact, source.path) };
        }
        case 'npm': {
            const pin = ctx.pin ?? (await resolveNpm(source, ctx));
            const artifact = await new _vendor_npm_js__WEBPACK_IMPORTED_MODULE_13__.NpmPackageSource(node(_vendor_kinds_js__WEBPACK_IMPORTED_MODULE_14__/* .NPM_PACKAGE_KIND */ .I, pin), ctx.env).fetch(ctx.log, ctx.storage);
            return { bytes: await fileOfArtifact(ctx.storage, artifact, source.path), pin };
        }
        case 'oci':
            return fetchOciPlugin(source.ref, ctx);
    }
}
/** The newest published version in the range, resolved by the npm vendor to a pinned tarball. */
async function resolveNpm(source, ctx) {
    const vendor = new _vendor_npm_js__WEBPACK_IMPORTED_MODULE_13__.NpmVendor(source.registry, `plugin ${ctx.plugin}`, source.tokenEnv, ctx.env);
    const versions = await vendor.getOptions(source.package);
    const version = semver__WEBPACK_IMPORTED_MODULE_2__.maxSatisfying(versions, source.range);
    if (version === null) {
        const published = versions.length > 0 ? `published: ${versions.join(', ')}` : 'no versions published';
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`${source.package}: no version satisfies ${source.range} (${published})`);
    }
    return vendor.resolve(source.package, version);
}
/** A plugin pushed as an OCI artifact: the manifest (pinned by digest once resolved), then its wasm layer. */
async function fetchOciPlugin(ref, ctx) {
    const parsed = (0,_source_image_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageReference */ .o)(ref);
    const client = new _storage_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .RegistryClient */ .b((0,_storage_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .parseRegistryAddress */ .x)(parsed.repository), ctx.env);
    const pinned = ctx.pin?.digest;
    const reference = pinned ?? parsed.digest ?? parsed.tag;
    const manifest = await client.getManifest(reference);
    if (manifest === undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`${parsed.repository}:${reference} not found`);
    const document = JSON.parse(manifest.bytes.toString('utf8'));
    const layer = document.layers?.find((l) => l.mediaType === PluginMediaType.wasm || l.mediaType === PluginMediaType.genericWasm);
    if (layer === undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`${ref} (${manifest.digest}) is not a plugin: no ${PluginMediaType.wasm} layer (artifactType ${document.artifactType ?? 'none'})`);
    }
    const bytes = await client.readSmallBlob(layer.digest);
    ctx.log.write(`fetched plugin ${ctx.plugin} from oci://${ref} (${manifest.digest})\n`);
    return { bytes, pin: { ref, digest: manifest.digest } };
}
/** The bytes of the file at `path` in the artifact (the last layer holding it wins). */
async function fileOfArtifact(storage, artifact, path) {
    const wanted = path.replace(/^\.?\//, '');
    for (const layer of [...artifact.layers].reverse()) {
        if (layer.mediaType !== _storage_oci_js__WEBPACK_IMPORTED_MODULE_11__/* .MediaType */ .zu.layerTar)
            continue;
        const found = await fileOfTar(await storage.read(layer), wanted);
        if (found !== undefined)
            return found;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`${wanted} is not in the fetched source`);
}
async function fileOfTar(stream, path) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_3__.extract();
    stream.on('error', (err) => extract.destroy(err));
    stream.pipe(extract);
    let found;
    for await (const entry of extract) {
        if (entry.header.type === 'file' && entry.header.name.replace(/^\.\//, '') === path) {
            const chunks = [];
            for await (const chunk of entry)
                chunks.push(chunk);
            found = Buffer.concat(chunks);
        }
        else {
            entry.resume();
        }
    }
    return found;
}
/**
 * Pushes a plugin component to a registry as an OCI artifact (`host[:port]/repo:tag`): an empty
 * config, one layer of PluginMediaType.wasm holding the bytes, the plugin's name and version as
 * annotations. Returns the manifest digest.
 */
async function pushPlugin(bytes, ref, manifest, env = process.env) {
    const parsed = (0,_source_image_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageReference */ .o)(ref.replace(/^oci:\/\//, ''));
    if (parsed.daemon || parsed.tag === undefined || parsed.digest !== undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`push to ${ref}: expected host[:port]/repository:tag`);
    }
    const client = new _storage_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .RegistryClient */ .b((0,_storage_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .parseRegistryAddress */ .x)(parsed.repository), env);
    const wasmDigest = (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes);
    const configDigest = (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(EMPTY_CONFIG);
    await client.putSmallBlob(EMPTY_CONFIG, configDigest);
    await client.putSmallBlob(bytes, wasmDigest);
    const document = {
        schemaVersion: 2,
        mediaType: _storage_oci_js__WEBPACK_IMPORTED_MODULE_11__/* .MediaType */ .zu.imageManifest,
        artifactType: PluginMediaType.artifact,
        config: { mediaType: PluginMediaType.emptyConfig, digest: configDigest, size: EMPTY_CONFIG.length },
        layers: [
            {
                mediaType: PluginMediaType.wasm,
                digest: wasmDigest,
                size: bytes.length,
                annotations: { 'org.opencontainers.image.title': `${manifest.name}.wasm` },
            },
        ],
        annotations: {
            'org.opencontainers.image.title': manifest.name,
            'org.opencontainers.image.version': manifest.version,
        },
    };
    const body = Buffer.from(JSON.stringify(document));
    await client.putManifest(parsed.tag, body, _storage_oci_js__WEBPACK_IMPORTED_MODULE_11__/* .MediaType */ .zu.imageManifest);
    return (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(body);
}


/***/ }),

/***/ 46040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ImageSource: () => (/* binding */ ImageSource),
/* harmony export */   o: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export DOCKER_DAEMON_PREFIX */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64505);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73434);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10500);
/* harmony import */ var _storage_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35445);
/* harmony import */ var _storage_verify_stream_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96405);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58755);










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
        if (!(0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isSha256Digest */ .q9)(digest))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`image reference ${ref}: ${digest} is not a sha256 digest`);
    }
    // A tag is a `:` after the last `/` (a `:` before it is a registry port).
    const colon = rest.lastIndexOf(':');
    const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
    const repository = tag === undefined ? rest : rest.slice(0, colon);
    if (repository === '' || tag === '')
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`image reference ${JSON.stringify(ref)} is incomplete`);
    if (!daemon)
        (0,_storage_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRegistryAddress */ .x)(repository);
    return { daemon, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Layer media types whose blobs are gzip-compressed tars (OCI's and Docker's). */
const GZIP_LAYERS = new Set([
    _storage_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.layerTarGzip,
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const PLAIN_LAYERS = new Set([_storage_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);
/** Node's `process.arch` in OCI's `architecture` spelling. */
function ociArchitecture() {
    const names = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
    return names[(0,node_os__WEBPACK_IMPORTED_MODULE_0__.arch)()] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.arch)();
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('image: ref must be a non-empty string', where);
        if (digest !== undefined && (typeof digest !== 'string' || !(0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isSha256Digest */ .q9)(digest))) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('image: digest must be a sha256 digest (sha256:<64 hex>)', where);
        }
        this.ref = parseImageReference(ref);
        if (this.ref.digest !== undefined && digest !== undefined && this.ref.digest !== digest) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`image: ref says ${this.ref.digest} but digest says ${digest}`, where);
        }
        if (this.ref.tag === undefined && this.ref.digest === undefined && digest === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('image: ref needs a tag or a digest (or give digest = ...)', where);
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
            declaredAt: this.node.position,
        });
        return entry.digest;
    }
    async digestOfTag(tag) {
        if (this.ref.daemon) {
            const info = await (await this.docker())
                .getImage(`${this.ref.repository}:${tag}`)
                .inspect()
                .catch((err) => {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`image ${this.ref.repository}:${tag} is not in the local Docker engine (${err.message})`, {
                    target: this.node.id,
                });
            });
            return info.Id;
        }
        const digest = await this.registry().headManifest(tag);
        if (digest === undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`image ${this.ref.repository}:${tag} not found`, { target: this.node.id });
        return digest;
    }
    async getUniqueId() {
        return {
            name: this.node.name,
            digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)((0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)({ kind: 'image', digest: await this.digest() })),
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
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(err.message, { ...err.context, target: this.node.id });
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
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`image ${this.ref.repository}@${digest} has no linux/${wanted} manifest`);
            manifest = await this.manifest(client, match.digest);
        }
        if (manifest.config === undefined || manifest.layers === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`manifest ${digest} of ${this.ref.repository} is not an image manifest`);
        }
        const imageConfig = JSON.parse((await client.readSmallBlob(manifest.config.digest)).toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        if (diffIds.length !== manifest.layers.length) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`image ${this.ref.repository}@${digest}: its config lists ${diffIds.length} layers, its manifest ${manifest.layers.length}`);
        }
        const layers = [];
        for (const [index, descriptor] of manifest.layers.entries()) {
            const gzip = GZIP_LAYERS.has(descriptor.mediaType);
            if (!gzip && !PLAIN_LAYERS.has(descriptor.mediaType)) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`image ${this.ref.repository}@${digest}: unsupported layer type ${descriptor.mediaType}`);
            }
            // The blob is verified against its digest as it streams (on a mismatch the stream fails
            // before it ends), and stored uncompressed: the layer's digest is the image's diff_id, as
            // from the Docker engine, and every consumer of layers reads plain tars.
            const blob = await client.readBlob(descriptor.digest, descriptor.size);
            const layer = await copyIntoLayer(storage, gzip ? [blob, (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)()] : [blob]).catch((err) => {
                // zlib may notice a tampered blob before the digest check at its end does.
                throw err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX
                    ? err
                    : (0,_storage_verify_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .corruptBlobError */ .pS)(descriptor.digest, `it does not decompress (${err.message})`);
            });
            if (layer.digest !== diffIds[index]) {
                throw (0,_storage_verify_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .corruptBlobError */ .pS)(descriptor.digest, `it uncompresses to ${layer.digest}, not to the image's ${diffIds[index]}`);
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`manifest ${digest} of ${this.ref.repository} not found`);
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
        const extract = tar_stream__WEBPACK_IMPORTED_MODULE_3__.extract();
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
        await Promise.all([(0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(saved, extract), stopOnFailure]);
        const [manifest] = JSON.parse(small.get('manifest.json')?.toString('utf8') ?? '[]');
        if (manifest === undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`docker save of ${imageId} has no manifest.json`);
        const configBytes = small.get(manifest.Config) ?? (await readAll(storage, blobs.get(manifest.Config)));
        if ((0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(configBytes) !== imageId) {
            throw (0,_storage_verify_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .corruptBlobError */ .pS)(imageId, `the engine's image config hashes to ${(0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(configBytes)}`);
        }
        const imageConfig = JSON.parse(configBytes.toString('utf8'));
        const diffIds = imageConfig.rootfs?.diff_ids ?? [];
        const layers = manifest.Layers.map((path, index) => {
            const layer = blobs.get(path);
            const expected = diffIds[index];
            if (layer === undefined || expected === undefined)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`docker save of ${imageId}: layer ${path} is missing`);
            if (layer.digest !== expected)
                throw (0,_storage_verify_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .corruptBlobError */ .pS)(expected, `docker save gave a layer hashing to ${layer.digest}`);
            return layer;
        });
        if (layers.length !== diffIds.length)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`docker save of ${imageId}: layer count differs from its config`);
        return {
            layers,
            metadata: { ref: this.node.attrs.ref, digest: imageId, image: imageConfig },
        };
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_9__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
    registry() {
        return new _storage_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .RegistryClient */ .b((0,_storage_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRegistryAddress */ .x)(this.ref.repository), this.env);
    }
    /** Loaded on first use: the Docker client library costs more start-up time than the rest of edo. */
    async docker() {
        const { default: DockerClient } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(40)]).then(__webpack_require__.t.bind(__webpack_require__, 39040, 19));
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
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)([...stages, writer]);
    }
    catch (err) {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.finished)(writer.destroy()).catch(() => undefined);
        throw err;
    }
    return storage.finishLayer(_storage_oci_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.layerTar, undefined, writer);
}
async function readAll(storage, layer) {
    if (layer === undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX('docker save: the image config is missing');
    const chunks = [];
    for await (const chunk of await storage.read(layer))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 11495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NpmPackageSource: () => (/* binding */ NpmPackageSource),
/* harmony export */   NpmVendor: () => (/* binding */ NpmVendor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56118);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64505);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73434);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10500);
/* harmony import */ var _storage_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24739);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58755);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2393);











/**
 * The `Authorization` header for a registry whose token is in the environment variable named
 * `tokenEnv` (the name, never the token, is what build files and the lock hold).
 */
function authorization(tokenEnv, env, who) {
    if (tokenEnv === undefined)
        return {};
    const token = env[tokenEnv];
    if (!token)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`${who}: token_env names ${tokenEnv}, which is not set`);
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`npm vendor ${this.label}: ${name}@${version} has no tarball`);
        const integrity = sha512Integrity(dist.integrity);
        if (integrity === undefined) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`npm vendor ${this.label}: ${name}@${version} has no sha512 integrity; refusing an unverifiable tarball`);
        }
        return {
            kind: _kinds_js__WEBPACK_IMPORTED_MODULE_10__/* .NPM_PACKAGE_KIND */ .I,
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`npm vendor ${this.label}: GET ${url}: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .networkReason */ .d8)(err)}`, {}, undefined, err);
        }
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (!response.ok) {
            await response.body?.cancel();
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`npm vendor ${this.label}: GET ${url}: HTTP ${response.status}`);
        }
        return (await response.json());
    }
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${_kinds_js__WEBPACK_IMPORTED_MODULE_10__/* .NPM_PACKAGE_KIND */ .I} needs "url" and a sha512 "digest" (sha512-<base64>)`, {
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
            digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .sI)((0,_model_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalJson */ .dj)({ kind: _kinds_js__WEBPACK_IMPORTED_MODULE_10__/* .NPM_PACKAGE_KIND */ .I, integrity: this.integrity })),
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`GET ${this.url}: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .networkReason */ .d8)(err)}`, { target: this.node.id }, undefined, err);
        });
        if (!response.ok || !response.body) {
            await response.body?.cancel();
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`GET ${this.url}: HTTP ${response.status}`, { target: this.node.id });
        }
        const writer = await storage.startLayer();
        const repack = tar_stream__WEBPACK_IMPORTED_MODULE_4__.pack();
        try {
            await Promise.all([
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(response.body), verifyIntegrity(this.integrity, this.url), (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)(), stripTopDirectory(repack)),
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(repack, writer),
            ]);
        }
        catch (err) {
            repack.destroy();
            // Destroying the writer deletes its temp file; wait so nothing is left behind when we throw.
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.finished)(writer.destroy()).catch(() => undefined);
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(err.message, { target: this.node.id });
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`${this.url}: ${err.message}`, { target: this.node.id }, undefined, err);
        }
        const layer = await storage.finishLayer(_storage_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.layerTar, undefined, writer);
        log.write(`fetched ${this.url} (${this.integrity.slice(0, 20)}…)\n`);
        const artifact = {
            config: { id, provides: [], requires: {}, metadata: { url: this.url, integrity: this.integrity } },
            layers: [layer],
        };
        await storage.save(artifact);
        return artifact;
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_9__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
}
/** Passes bytes through; at the end, fails unless their sha512 is `integrity`. */
function verifyIntegrity(integrity, url) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        },
        flush(done) {
            const actual = 'sha512-' + hash.digest('base64');
            done(actual === integrity
                ? null
                : new _model_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EdoError */ .bX(`integrity mismatch for ${url}: expected ${integrity}, got ${actual}`));
        },
    });
}
/**
 * A writable taking the package's tar and adding each entry to `pack` without its first path
 * component, with the fixed owner/mtime and normalised modes of Edo's own layers.
 */
function stripTopDirectory(pack) {
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_4__.extract();
    extract.on('entry', (header, body, next) => {
        const name = header.name.replace(/^[^/]*\/?/, '');
        const copy = async () => {
            if (name === '' || (header.type !== 'file' && header.type !== 'directory')) {
                body.resume(); // the top directory itself, or links npm would not install either
                return;
            }
            if (header.type === 'directory') {
                await (0,_storage_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, { ..._storage_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name, type: 'directory', mode: 0o755 });
                body.resume();
                return;
            }
            const mode = (header.mode ?? 0) & 0o100 ? 0o755 : 0o644;
            await (0,_storage_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addStreamEntry */ .ay)(pack, { ..._storage_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name, type: 'file', mode, size: header.size }, body);
        };
        copy().then(() => next(), next);
    });
    extract.on('finish', () => pack.finalize());
    return extract;
}


/***/ })

};
