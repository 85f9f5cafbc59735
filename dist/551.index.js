import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 551;
export const ids = [551];
export const modules = {

/***/ 23551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportImage: () => (/* binding */ exportImage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56118);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26906);
/* harmony import */ var _oci_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10500);
/* harmony import */ var _tar_entries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24739);









/** Image exports are reproducible: every timestamp is this one. */
const EPOCH = '1970-01-01T00:00:00Z';
const GZIP_LAYER_TYPES = new Set([
    _oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.layerTarGzip,
    'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);
const TAR_LAYER_TYPES = new Set([_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.layerTar, 'application/vnd.docker.image.rootfs.diff.tar']);
/**
 * Writes an artifact whose layers form a root filesystem as an image archive on `out`:
 * `docker` is the docker-archive format `docker load` reads (manifest.json, config, layer tars);
 * `oci` is an OCI image layout as a tar (skopeo's `oci-archive:`). Both carry a full image config
 * (architecture, os, rootfs diff_ids, history with `created`). Layers stream through, verified.
 */
async function exportImage(backend, id, format, out, options = {}) {
    const artifact = await backend.open(id);
    const layers = uniqueLayers(artifact.layers);
    for (const layer of layers) {
        if (!TAR_LAYER_TYPES.has(layer.mediaType) && !GZIP_LAYER_TYPES.has(layer.mediaType)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EdoError */ .bX(`cannot export ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_6__.idToString)(id)} as an image: layer ${layer.digest} is ${layer.mediaType}, not a tar`);
        }
    }
    const config = (0,_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeBlob */ .IT)(_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.imageConfig, await imageConfig(backend, artifact));
    const tag = options.tag ?? defaultTag(id);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_4__.pack();
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(pack), out);
    try {
        if (format === 'docker')
            await writeDockerArchive(pack, backend, artifact, config, tag);
        else
            await writeOciArchive(pack, backend, artifact, config, tag);
        pack.finalize();
        await written;
    }
    catch (err) {
        pack.destroy(err);
        await written.catch(() => undefined);
        throw err;
    }
}
async function writeDockerArchive(pack, backend, artifact, config, tag) {
    const configName = `${hex(config.descriptor.digest)}.json`;
    const layerName = (layer) => `${hex(layer.digest)}/layer.tar`;
    const manifest = [{ Config: configName, RepoTags: [tag], Layers: artifact.layers.map(layerName) }];
    await addFile(pack, 'manifest.json', Buffer.from(JSON.stringify(manifest)));
    await addFile(pack, configName, config.bytes);
    for (const layer of uniqueLayers(artifact.layers)) {
        await addDirectory(pack, `${hex(layer.digest)}/`);
        await addStream(pack, layerName(layer), layer.size, await backend.read(layer));
    }
}
async function writeOciArchive(pack, backend, artifact, config, tag) {
    const manifest = (0,_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeBlob */ .IT)(_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.imageManifest, {
        schemaVersion: 2,
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.imageManifest,
        config: config.descriptor,
        layers: artifact.layers.map(_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .layerDescriptor */ .Br),
    });
    const index = {
        schemaVersion: 2,
        mediaType: _oci_js__WEBPACK_IMPORTED_MODULE_7__/* .MediaType */ .zu.imageIndex,
        manifests: [{ ...manifest.descriptor, annotations: { [_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .Annotation */ .YH.refName]: tag } }],
    };
    await addFile(pack, 'oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
    await addFile(pack, 'index.json', Buffer.from(JSON.stringify(index)));
    for (const dir of ['blobs/', 'blobs/sha256/'])
        await addDirectory(pack, dir);
    await addFile(pack, `blobs/sha256/${hex(manifest.descriptor.digest)}`, manifest.bytes);
    await addFile(pack, `blobs/sha256/${hex(config.descriptor.digest)}`, config.bytes);
    for (const layer of uniqueLayers(artifact.layers)) {
        await addStream(pack, `blobs/sha256/${hex(layer.digest)}`, layer.size, await backend.read(layer));
    }
}
/** The OCI image config: what Docker, skopeo and umoci need to treat the layers as an image. */
async function imageConfig(backend, artifact) {
    const { id } = artifact.config;
    const diffIds = [];
    for (const layer of artifact.layers)
        diffIds.push(await diffId(backend, layer));
    const platform = artifact.layers.find((layer) => layer.platform)?.platform;
    const [os, platformArch] = platform ? platform.split('/') : ['linux', undefined];
    return {
        created: EPOCH,
        architecture: goArch(platformArch ?? id.arch ?? process.arch),
        os,
        config: {
            Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
            Labels: { [_oci_js__WEBPACK_IMPORTED_MODULE_7__/* .Annotation */ .YH.id]: (0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_6__.idToString)(id) },
        },
        rootfs: { type: 'layers', diff_ids: diffIds },
        history: artifact.layers.map((layer) => ({ created: EPOCH, created_by: `edo layer ${layer.digest}` })),
    };
}
/** The digest of the layer's uncompressed tar: the layer digest itself unless it is gzipped. */
async function diffId(backend, layer) {
    if (!GZIP_LAYER_TYPES.has(layer.mediaType))
        return layer.digest;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(await backend.read(layer), (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)(), async (chunks) => {
        for await (const chunk of chunks)
            hash.update(chunk);
    });
    return 'sha256:' + hash.digest('hex');
}
function goArch(arch) {
    const names = { x86_64: 'amd64', x64: 'amd64', aarch64: 'arm64', ia32: '386' };
    return names[arch] ?? arch;
}
/** `name:version` made valid for Docker (lowercase repository, tag characters only). */
function defaultTag(id) {
    const repository = id.name
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/^[-._/]+|[-._/]+$/g, '');
    const tag = (id.version ?? 'latest').replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 128);
    return `${repository || 'edo-artifact'}:${tag}`;
}
function uniqueLayers(layers) {
    const seen = new Set();
    return layers.filter((layer) => !seen.has(layer.digest) && seen.add(layer.digest));
}
function hex(digest) {
    return digest.slice('sha256:'.length);
}
function addFile(pack, name, bytes) {
    return (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name, mode: 0o644 }, bytes);
}
function addDirectory(pack, name) {
    return (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addEntry */ .An)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name, type: 'directory', mode: 0o755 });
}
function addStream(pack, name, size, source) {
    return (0,_tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .addStreamEntry */ .ay)(pack, { ..._tar_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .FIXED_TAR_HEADER */ .tr, name, mode: 0o644, size }, source);
}


/***/ })

};
