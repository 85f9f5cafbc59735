import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 495;
export const ids = [495];
export const modules = {

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
