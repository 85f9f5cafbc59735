import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 338;
export const ids = [338];
export const modules = {

/***/ 99338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseDockerFarm)
/* harmony export */ });
/* unused harmony export parseBytes */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_declaration_attributes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46222);


/** What a `docker` farm's declaration may set. */
const DOCKER_FARM_ATTRS = [
    'image',
    'network',
    'setup_network',
    'mounts',
    'env',
    'setup',
    'packages',
    'user',
    'workdir',
    'staging',
    'cpus',
    'memory',
    'pids',
    'hosts',
    'slots',
    // Attributes every environment_farm has, handled by the engine.
    'kind',
    'plugin',
    'name',
];
function parseDockerFarm(node, defaultSlots) {
    const { fail, given, str, strList, strDict, positive } = (0,_model_declaration_attributes_js__WEBPACK_IMPORTED_MODULE_1__/* .declarationAttributes */ .g)(node, 'environment_farm', DOCKER_FARM_ATTRS);
    const image = str('image') ?? fail('"image" is required');
    const env = strDict('env');
    for (const key of Object.keys(env)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            fail(`env: invalid variable name "${key}"`);
    }
    const workdir = str('workdir') ?? '/edo';
    if (!node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(workdir))
        fail('"workdir" must be an absolute path');
    const mounts = {};
    for (const [containerPath, source] of Object.entries(strDict('mounts'))) {
        if (!node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(containerPath))
            fail(`mounts: "${containerPath}" must be an absolute container path`);
        if (source.startsWith(':'))
            fail(`mounts: "${source}": farms are workspace-wide, write the full label (//pkg:name)`);
        if (source.startsWith('//'))
            mounts[containerPath] = { label: source };
        else if (source.startsWith('/'))
            mounts[containerPath] = { host: source };
        else
            fail(`mounts: "${source}" is neither a target label nor an absolute host path`);
    }
    const memory = given('memory');
    let memoryBytes;
    if (memory !== undefined) {
        memoryBytes =
            parseBytes(memory) ?? fail('"memory" must be a size such as "512m" or "2g", or a number of bytes');
    }
    const slots = positive('slots') ?? defaultSlots;
    const hosts = [];
    const hostAttr = given('hosts');
    if (hostAttr !== undefined) {
        if (!Array.isArray(hostAttr) || hostAttr.length === 0)
            fail('"hosts" must be a non-empty list');
        for (const entry of hostAttr) {
            if (typeof entry === 'string')
                hosts.push({ endpoint: entry, slots });
            else if ((0,_model_declaration_attributes_js__WEBPACK_IMPORTED_MODULE_1__/* .isDict */ .Z)(entry) && typeof entry.host === 'string') {
                const hostSlots = entry.slots ?? slots;
                if (typeof hostSlots !== 'number' || !(hostSlots > 0))
                    fail(`hosts: "slots" of ${entry.host} must be positive`);
                hosts.push({ endpoint: entry.host, slots: hostSlots });
            }
            else
                fail('"hosts" entries are endpoint strings or {"host": ..., "slots": N} dicts');
        }
    }
    else {
        hosts.push({ slots });
    }
    const staging = str('staging') ?? 'auto';
    if (staging !== 'auto' && staging !== 'archive')
        fail('"staging" must be "auto" or "archive"');
    const network = str('network') ?? 'none';
    return {
        image,
        network,
        setupNetwork: str('setup_network') ?? 'bridge',
        mounts,
        env,
        setup: strList('setup') ?? [],
        packages: strList('packages') ?? [],
        user: str('user'),
        workdir,
        staging: staging,
        cpus: positive('cpus'),
        memoryBytes,
        pids: positive('pids'),
        hosts,
    };
}
const UNITS = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
/** Docker's size syntax: `512m`, `2g`, `1.5g`, or plain bytes. */
function parseBytes(value) {
    if (typeof value === 'number' || typeof value === 'bigint') {
        const n = Number(value);
        return n > 0 ? Math.floor(n) : undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)i?b?$/i.exec(value.trim());
    if (!match)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
    return bytes > 0 ? bytes : undefined;
}


/***/ })

};
