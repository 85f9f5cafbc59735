import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 265;
export const ids = [265];
export const modules = {

/***/ 57265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPluginTests: () => (/* binding */ runPluginTests)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38321);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var _engine_components_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37472);
/* harmony import */ var _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23628);
/* harmony import */ var _storage_local_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35427);
/* harmony import */ var _storage_manager_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(38290);
/* harmony import */ var _manager_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44643);











class TextLog {
    text = '';
    write(data) {
        this.text += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    }
}
/**
 * Loads a built plugin in the real host (PluginManager, registered like in a build) and runs each
 * of the project's test cases: the transform is created from a declaration with the case's
 * attributes, run in a fresh `local` environment against a store in a temp dir, and its log and
 * layers are compared with what the case expects.
 */
async function runPluginTests(project, bytes) {
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'edo-plugin-test-'));
    const testDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'test-dir');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(testDir);
    const hostLog = new TextLog();
    const manager = new _manager_js__WEBPACK_IMPORTED_MODULE_9__/* .PluginManager */ .R0({
        workspaceRoot: project.dir,
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'cache'),
        log: hostLog,
        vars: { TEST_DIR: testDir },
    });
    try {
        const capabilities = [...new Set(project.tests.flatMap((testCase) => testCase.capabilities ?? []))];
        const plugin = await manager.loadPlugin({ name: project.manifest.name, bytes, capabilities });
        const registry = new _engine_components_js__WEBPACK_IMPORTED_MODULE_10__/* .ComponentRegistry */ .Z();
        manager.registerComponents(plugin, registry);
        const storage = new _storage_manager_js__WEBPACK_IMPORTED_MODULE_8__/* .CacheManager */ .G({
            buildCache: await _storage_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .LocalStore */ .V.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'store')),
            remoteCaches: [],
            writeBack: false,
        });
        const transforms = new Map();
        const ctx = {
            getArg: () => undefined,
            getHandle: () => ctx,
            storage: () => storage,
            get: (addr) => transforms.get(addr),
            getTransform: (addr) => transforms.get(addr),
            getFarm: () => undefined,
            addSource: () => Promise.reject(new Error('edo plugin test declares no sources')),
        };
        const results = [];
        for (const testCase of project.tests) {
            const attrs = JSON.parse(JSON.stringify(testCase.attrs).replaceAll('$TEST_DIR', testDir));
            const run = testCase.storage !== undefined ? runStorageCase : runTransformCase;
            // Storage components are registered as <plugin>:<component>.
            const storage = testCase.storage && `${project.manifest.name}:${testCase.storage}`;
            results.push(await run({ ...testCase, attrs, storage }, registry, ctx, scratch));
        }
        return results;
    }
    finally {
        await manager.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
    }
}
function declarationOf(testCase, kind) {
    return {
        kind,
        name: testCase.name,
        id: `//test:${testCase.name}`,
        attrs: testCase.attrs,
        position: { file: 'edo-plugin.json', line: 1, col: 1 },
    };
}
async function runTransformCase(testCase, registry, ctx, scratch) {
    const problems = [];
    const node = declarationOf(testCase, testCase.transform ?? '');
    const expected = testCase.expect ?? {};
    try {
        if (testCase.transform === undefined)
            throw new Error('a test case names a "transform" or a "storage"');
        const factory = registry.transforms.get(testCase.transform);
        if (!factory)
            throw new Error(`the plugin provides no transform or rule "${testCase.transform}"`);
        const transform = await factory(node.id, node, ctx);
        const farm = new _environment_local_farm_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalFarm */ .AV({ ...node, kind: 'environment_farm', attrs: {} });
        const log = new TextLog();
        const env = await farm.create(log, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, testCase.name));
        try {
            await transform.prepare(log, ctx);
            await transform.stage(log, ctx, env);
            const status = await transform.transform(log, ctx, env);
            if (status.kind !== 'success')
                throw status.error;
            if (expected.log !== undefined && log.text !== expected.log) {
                problems.push(`log: expected ${JSON.stringify(expected.log)}, got ${JSON.stringify(log.text)}`);
            }
            if (expected.layers) {
                const layers = await Promise.all(status.artifact.layers.map(async (layer) => (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__.text)(await ctx.storage().read(layer))));
                if (JSON.stringify(layers) !== JSON.stringify(expected.layers)) {
                    problems.push(`layers: expected ${JSON.stringify(expected.layers)}, got ${JSON.stringify(layers)}`);
                }
            }
        }
        finally {
            await env.clean(log);
        }
    }
    catch (error) {
        problems.push(error.message);
    }
    return { name: testCase.name, ok: problems.length === 0, problems };
}
/** A storage backend's round trip: a layer and an artifact saved, listed, opened, read back, deleted. */
async function runStorageCase(testCase, registry, ctx) {
    const problems = [];
    const check = (what, got, want) => {
        // Compared as JSON values: absent and undefined properties are the same to the engine.
        if (!(0,node_util__WEBPACK_IMPORTED_MODULE_5__.isDeepStrictEqual)(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(want))))
            problems.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    };
    try {
        const factory = registry.storage.get(testCase.storage);
        if (!factory)
            throw new Error(`the plugin provides no storage backend "${testCase.storage}"`);
        const node = declarationOf(testCase, 'storage_backend');
        const backend = await factory(node.id, node, ctx);
        const content = Buffer.from(`edo plugin test ${testCase.name}\n`);
        const writer = await backend.startLayer();
        writer.write(content);
        const layer = await backend.finishLayer('application/octet-stream', undefined, writer);
        check('layer digest', layer.digest, `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`);
        const id = { name: node.id, digest: 'sha256:0' };
        const artifact = { config: { id, provides: ['test'], requires: {} }, layers: [layer] };
        await backend.save(artifact);
        check('has after save', await backend.has(id), true);
        check('ls', await backend.ls(), [id]);
        check('open', await backend.open(id), artifact);
        check('read', await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_4__.text)(await backend.read(layer)), content.toString());
        await backend.del(id);
        check('has after del', await backend.has(id), false);
    }
    catch (error) {
        problems.push(error.message);
    }
    return { name: testCase.name, ok: problems.length === 0, problems };
}


/***/ })

};
