import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 659;
export const ids = [659];
export const modules = {

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


/***/ })

};
