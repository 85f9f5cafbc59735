import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 579;
export const ids = [579];
export const modules = {

/***/ 40579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciVendor: () => (/* binding */ OciVendor)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _storage_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35445);


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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX(`oci vendor ${this.label}: ${ref} not found`);
        return { kind: 'image', ref, digest };
    }
    repository(name) {
        return `${this.registry.replace(/\/+$/, '')}/${name}`;
    }
    client(name) {
        return new _storage_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .b((0,_storage_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistryAddress */ .x)(this.repository(name)), this.env);
    }
}


/***/ })

};
