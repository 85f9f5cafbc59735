import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 200;
export const ids = [200];
export const modules = {

/***/ 3171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listWorkspacePlugins: () => (/* binding */ listWorkspacePlugins)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3434);
/* harmony import */ var _plugin_declaration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9423);
/* harmony import */ var _plugin_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9242);
/* harmony import */ var _vendor_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1387);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1234);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7701);
/* harmony import */ var _plugins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7638);







/**
 * The plugins the workspace declares, from the syntactic scan, the lock file and the component
 * files' embedded manifests: nothing is instantiated, no plugin worker starts.
 */
async function listWorkspacePlugins(paths) {
    // Read-only: `locked` mode never writes the lock file.
    const lock = await _vendor_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .LockFile */ .gX.open(paths.root, { mode: 'locked' });
    return (0,_plugins_js__WEBPACK_IMPORTED_MODULE_6__/* .scanPluginDeclarations */ .kU)(paths.root, (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .findPackages */ .tP)(paths.root)).map((scanned) => {
        const declaration = (0,_plugin_declaration_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePluginDeclaration */ .D)(scanned.node);
        const label = (0,_plugins_js__WEBPACK_IMPORTED_MODULE_6__/* .pluginLockKey */ .ob)(scanned.pkg, declaration.name);
        const { file, line, col } = scanned.node.position;
        const entry = lock.get(label);
        const locked = entry?.kind === 'plugin' ? { source: entry.source, digest: entry.digest } : undefined;
        const listed = {
            name: declaration.name,
            label,
            declaredAt: `${file}:${line}:${col}`,
            sources: declaration.sources,
            ...(locked && { locked, digest: locked.digest }),
            problems: [],
        };
        const resolved = (0,_plugins_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePluginSource */ .Pf)(paths.root, scanned, declaration);
        if (resolved.where === undefined) {
            listed.problems.push('no source could be used', ...resolved.reasons);
            return listed;
        }
        listed.resolved = resolved.where;
        const fileDigest = `sha256:${(0,_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(resolved.bytes)}`;
        listed.digest ??= fileDigest;
        if (locked?.source === resolved.where && locked.digest !== fileDigest) {
            listed.problems.push(`${resolved.where} has ${fileDigest}, but edo.lock.json pins ${locked.digest}: a build refuses it`);
        }
        else if (locked && locked.source !== resolved.where) {
            listed.problems.push(`edo.lock.json pins ${locked.source}: the next build re-pins it to ${resolved.where}`);
        }
        try {
            const { version, interface: targeted, provides, rules, capabilities, } = (0,_plugin_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(resolved.bytes, declaration.name);
            listed.manifest = { version, interface: targeted, provides, rules: Object.keys(rules), capabilities };
        }
        catch (err) {
            if (!(err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX))
                throw err;
            listed.problems.push(err.message);
        }
        return listed;
    });
}


/***/ })

};
