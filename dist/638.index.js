import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 638;
export const ids = [638];
export const modules = {

/***/ 57638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadWorkspacePlugins: () => (/* binding */ loadWorkspacePlugins),
/* harmony export */   obtainPluginBytes: () => (/* binding */ obtainPluginBytes),
/* harmony export */   pluginLockKey: () => (/* binding */ pluginLockKey),
/* harmony export */   pluginPinSatisfies: () => (/* binding */ pluginPinSatisfies),
/* harmony export */   refuseDigestMismatch: () => (/* binding */ refuseDigestMismatch)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95691);
/* harmony import */ var _plugin_declaration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79423);
/* harmony import */ var _plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9174);
/* harmony import */ var _plugin_manager_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44643);
/* harmony import */ var _plugin_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79242);
/* harmony import */ var _storage_local_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12149);
/* harmony import */ var _source_digest_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47970);
/* harmony import */ var _source_url_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67012);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(64505);











/** A workspace file's bytes and `sha256:` digest, remembered by the file's signature given a cache. */
async function readWorkspacePlugin(source, cache) {
    if (!cache) {
        const bytes = (0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.readPluginFile)(source);
        return bytes && { bytes, digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Digest */ .sI)(bytes) };
    }
    const read = await cache.read(source.path, () => (0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.readPluginFile)(source));
    return read && { bytes: read.bytes, digest: `sha256:${read.digest}` };
}
/** The canonical form of each alternative that parses (labels resolved), as lock entries name them. */
function alternativeNames(root, scanned, declaration) {
    return declaration.sources.flatMap((text) => {
        try {
            const source = (0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.parsePluginSource)(text, root, scanned.pkg);
            return [source.kind === 'file' ? source.label : source.text];
        }
        catch (err) {
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
                return [];
            throw err;
        }
    });
}
/**
 * Whether the lock's entry still answers for the declaration: it names one of the alternatives (any
 * of them may give the pinned bytes) and agrees with `sha256 = ...`; else the plugin is re-resolved.
 */
function pluginPinSatisfies(entry, root, scanned, declaration) {
    const declared = declaredDigest(declaration);
    return (entry.kind === 'plugin' &&
        alternativeNames(root, scanned, declaration).includes(entry.source) &&
        (declared === undefined || entry.digest === declared));
}
/** `sha256:<hex>` of the declaration's `sha256 = ...`, if it has one. */
function declaredDigest(declaration) {
    return declaration.sha256 === undefined
        ? undefined
        : `sha256:${declaration.sha256.replace(/^sha256:/, '')}`;
}
/** Why a remote fetch failed, in one line: undici puts the reason (ECONNREFUSED …) in `cause`. */
function fetchFailure(err) {
    return err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX ? err.message : (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkReason */ .d8)(err);
}
/**
 * Tries a declaration's `source` alternatives in order (seed 4.2, 7.2): a workspace file is read;
 * a remote one is read from the store when the digest it must have (lock pin or `sha256 = ...`) is
 * there, else fetched through the source layer. A download whose checksum differs from that digest
 * is refused at once (a tampered mirror is not a reason to try the next); any other failure moves
 * on to the next alternative. Returns the reasons when none gives bytes. The caller checks the
 * bytes against the pins with `refuseDigestMismatch`.
 */
async function obtainPluginBytes(options) {
    const { root, scanned, declaration, store, locked } = options;
    const wanted = locked?.digest ?? declaredDigest(declaration);
    const reasons = [];
    let usage = true;
    for (const text of declaration.sources) {
        let source;
        try {
            source = (0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.parsePluginSource)(text, root, scanned.pkg);
        }
        catch (err) {
            if (!(err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb))
                throw err;
            reasons.push(err.message);
            continue;
        }
        if (source.kind === 'file') {
            const read = await readWorkspacePlugin(source, options.fileDigests);
            if (read !== undefined)
                return { where: source.label, ...read, fromStore: false };
            reasons.push((0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.missingFileReason)(source));
            continue;
        }
        const pin = locked?.source === source.text ? locked.node : undefined;
        if (wanted !== undefined && (await store?.hasBlob(wanted))) {
            // readBlob verified the bytes against `wanted`.
            const bytes = await store.readBlob(wanted);
            return {
                where: source.text,
                bytes,
                digest: wanted,
                fromStore: true,
                ...(pin !== undefined && { pin }),
            };
        }
        if (options.fetch === undefined || store === undefined) {
            reasons.push(`${source.text}: not in the local store yet (edo build fetches it)`);
            continue;
        }
        try {
            const fetched = await (0,_plugin_distribution_js__WEBPACK_IMPORTED_MODULE_4__.fetchPluginSource)(source, {
                ...options.fetch,
                plugin: declaration.name,
                position: scanned.node.position,
                storage: store,
                ...(wanted !== undefined && { wanted }),
                ...(pin !== undefined && { pin }),
            });
            return { where: source.text, ...fetched, digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256Digest */ .sI)(fetched.bytes), fromStore: false };
        }
        catch (err) {
            if (err instanceof _source_url_js__WEBPACK_IMPORTED_MODULE_9__/* .ChecksumMismatch */ .q) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${source.text}: ${err.message}; refusing to load it`, {
                    plugin: declaration.name,
                    position: scanned.node.position,
                });
            }
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) {
                reasons.push(err.message);
                continue;
            }
            usage = false;
            reasons.push(`${source.text}: ${fetchFailure(err)}`);
        }
    }
    return { reasons, usage };
}
/** Refuses bytes that differ from the lock's pin or from `sha256 = ...`, naming source, wanted and got. */
function refuseDigestMismatch(declaration, scanned, locked, obtained) {
    const got = obtained.digest;
    const where = { plugin: declaration.name, position: scanned.node.position };
    if (locked !== undefined && got !== locked.digest) {
        const key = pluginLockKey(scanned.pkg, declaration.name);
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${obtained.where} has ${got}, but edo.lock.json pins ${locked.digest}; refusing to load it (run \`edo update ${key}\` if the change is intended)`, where);
    }
    const declared = declaredDigest(declaration);
    if (declared !== undefined && got !== declared) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${obtained.where} has ${got}, but the declaration's sha256 pins ${declared}; refusing to load it`, where);
    }
}
/** A plugin's entry in edo.lock.json: its declaring label, `//pkg:name`. */
function pluginLockKey(pkg, name) {
    return (0,_model_label_js__WEBPACK_IMPORTED_MODULE_2__/* .formatLabel */ .wR)({ pkg, name });
}
/**
 * Loads every plugin the workspace declares (seed 7.1–7.3): resolve `source` alternatives in
 * order, store the component in the local store, pin its digest in edo.lock.json (a mismatch with
 * the lock or with `sha256 = ...` refuses it), load it and register its components and rule kinds.
 * Returns the manager to close at the end of the command, or undefined when there are no plugins.
 */
async function loadWorkspacePlugins(options) {
    const { paths, lock, declared: scanned } = options;
    if (scanned.length === 0)
        return undefined;
    const manager = new _plugin_manager_js__WEBPACK_IMPORTED_MODULE_5__/* .PluginManager */ .R0({
        workspaceRoot: paths.root,
        startWorkers: options.startWorkers,
        ...(options.env.EDO_PLUGIN_CACHE && { cacheDir: options.env.EDO_PLUGIN_CACHE }),
        log: options.log,
    });
    try {
        const store = await _storage_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .LocalStore */ .V.open(paths.store);
        const fileDigests = _source_digest_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .FileDigestCache */ .P.ofWorkspace(paths.state);
        const fetch = {
            tempRoot: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(paths.state, 'tmp'),
            lock,
            log: options.log,
            env: options.env,
        };
        for (const declared of scanned) {
            const declaration = (0,_plugin_declaration_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePluginDeclaration */ .D)(declared.node);
            const key = pluginLockKey(declared.pkg, declaration.name);
            const obtain = async (locked) => {
                const obtained = await obtainPluginBytes({
                    root: paths.root,
                    fileDigests,
                    scanned: declared,
                    declaration,
                    store,
                    fetch,
                    ...(locked && { locked }),
                });
                if (obtained.where !== undefined) {
                    refuseDigestMismatch(declaration, declared, locked, obtained);
                    return obtained;
                }
                const Failure = obtained.usage ? _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb : _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX;
                throw new Failure('no source could be used', {
                    position: declared.node.position,
                    plugin: declaration.name,
                    details: obtained.reasons.map((reason) => `  ${reason}`),
                });
            };
            // The plugin host knows the plugin, not the build file.
            const placeError = (error) => {
                throw (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .atDeclaration */ ._q)(error, declared.node.position, { plugin: declaration.name });
            };
            const placed = (work) => {
                try {
                    return work();
                }
                catch (error) {
                    return placeError(error);
                }
            };
            let fresh;
            const entry = await lock.pin(key, {
                satisfies: (e) => pluginPinSatisfies(e, paths.root, declared, declaration),
                resolve: async () => {
                    fresh = await obtain(undefined);
                    const manifest = placed(() => (0,_plugin_manifest_js__WEBPACK_IMPORTED_MODULE_6__.readManifest)(fresh.bytes, declaration.name));
                    return {
                        kind: 'plugin',
                        name: manifest.name,
                        version: manifest.version,
                        source: fresh.where,
                        digest: fresh.digest,
                        ...(fresh.pin !== undefined && { node: fresh.pin }),
                    };
                },
                requiredBy: key,
            });
            const { bytes, fromStore } = fresh ?? (await obtain(entry));
            if (!fromStore)
                await store.writeBlob(bytes, entry.digest);
            const plugin = await manager
                .loadPlugin({
                name: declaration.name,
                bytes,
                // Equal to the pin: refuseDigestMismatch checked the bytes' digest against it.
                computedDigest: entry.digest,
                ...(declaration.sha256 !== undefined && { sha256: declaration.sha256 }),
                ...(declaration.version !== undefined && { version: declaration.version }),
                capabilities: declaration.capabilities,
                limits: declaration.limits,
                config: declaration.config,
            })
                .catch(placeError);
            manager.registerComponents(plugin, options.components);
            manager.registerRules(plugin, options.rules);
            for (const rule of Object.keys(plugin.manifest.rules))
                options.pluginDigests.set(rule, plugin.digest);
        }
    }
    catch (err) {
        await manager.close();
        throw err;
    }
    return manager;
}


/***/ }),

/***/ 79423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parsePluginDeclaration)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73434);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71133);



function isDict(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The keys of each dict form of a remote `source` alternative: the first names the kind, then its
 * required and optional members. Each dict stands for one string form (src/plugin/distribution.ts),
 * which is what edo.lock.json records.
 */
const SOURCE_DICTS = {
    url: { required: ['url'], optional: ['sha256'] },
    git: { required: ['git', 'commit', 'path'], optional: [] },
    npm: { required: ['npm', 'path'], optional: ['version', 'registry', 'token_env'] },
    oci: { required: ['oci'], optional: [] },
};
/**
 * `{"url": U, "sha256": H}` → `U#sha256=H`; `{"git": U, "commit": C, "path": P}` →
 * `git+U#commit=C&path=P`; `{"npm": N, "version": R, "path": P, ...}` → `npm:N@R#path=P&...`;
 * `{"oci": REF}` → `oci://REF`.
 */
function sourceText(dict, fail) {
    const kind = Object.keys(SOURCE_DICTS).filter((k) => k in dict);
    if (kind.length !== 1) {
        fail(`a source dict needs exactly one of ${Object.keys(SOURCE_DICTS).join(', ')}: ${JSON.stringify(dict)}`);
    }
    const { required, optional } = SOURCE_DICTS[kind[0]];
    const known = [...required, ...optional];
    for (const key of Object.keys(dict)) {
        if (!known.includes(key))
            fail(`a ${kind[0]} source takes ${known.join(', ')}, not ${key}`);
    }
    const value = (key) => {
        const member = dict[key];
        if (member === undefined) {
            if (required.includes(key))
                fail(`a ${kind[0]} source needs ${key}`);
            return undefined;
        }
        if (typeof member !== 'string' || member === '')
            fail(`source ${key} must be a non-empty string`);
        // The string form starts its fragment with # and separates members with &.
        if (member.includes('#') || (key !== kind[0] && member.includes('&'))) {
            fail(`source ${key} must not contain # (nor & after the first member)`);
        }
        return member;
    };
    const fragment = (keys) => keys
        .flatMap((key) => {
        const member = value(key);
        return member === undefined ? [] : [`${key}=${member}`];
    })
        .join('&');
    switch (kind[0]) {
        case 'url': {
            const sha256 = value('sha256');
            return sha256 === undefined
                ? value('url')
                : `${value('url')}#sha256=${sha256.replace(/^sha256:/, '')}`;
        }
        case 'git':
            return `git+${value('git')}#${fragment(['commit', 'path'])}`;
        case 'npm':
            return `npm:${value('npm')}@${value('version') ?? '*'}#${fragment(['path', 'registry', 'token_env'])}`;
        case 'oci':
            return `oci://${value('oci')}`;
    }
}
const LIMIT_ATTRS = {
    time_limit_ms: 'timeMs',
    memory_limit_mb: 'memoryMb',
    stack_limit_mb: 'stackMb',
    handle_limit: 'handles',
};
function parsePluginDeclaration(node) {
    const fail = (message) => {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message, { position: node.position, plugin: node.name });
    };
    const { kind = 'wasm', source, sha256, version, capabilities = [], ...rest } = node.attrs;
    if (kind !== 'wasm')
        fail(`kind ${JSON.stringify(kind)} is not supported (only "wasm")`);
    const items = typeof source === 'string' || isDict(source) ? [source] : source;
    if (!Array.isArray(items) ||
        items.length === 0 ||
        !items.every((i) => typeof i === 'string' || isDict(i))) {
        fail('source must be a label or URL string, a source dict, or a non-empty list of them');
    }
    const sources = items.map((item) => typeof item === 'string' ? item : sourceText(item, fail));
    if (sha256 !== undefined && (typeof sha256 !== 'string' || !/^(sha256:)?[0-9a-f]{64}$/.test(sha256))) {
        fail('sha256 must be 64 lowercase hex digits, optionally prefixed "sha256:"');
    }
    if (version !== undefined && (typeof version !== 'string' || semver__WEBPACK_IMPORTED_MODULE_0__.validRange(version) === null)) {
        fail(`version ${JSON.stringify(version)} is not a semver range`);
    }
    if (!Array.isArray(capabilities) || !capabilities.every((item) => typeof item === 'string')) {
        fail('capabilities must be a list of strings');
    }
    const limits = {};
    const config = {};
    const edoAttrs = ['kind', 'source', 'sha256', 'version', 'capabilities', ...Object.keys(LIMIT_ATTRS)];
    for (const [attr, value] of Object.entries(rest)) {
        if (!Object.hasOwn(LIMIT_ATTRS, attr)) {
            // A misspelt pin or grant would otherwise pass silently as the plugin's config.
            const meant = (0,_model_names_js__WEBPACK_IMPORTED_MODULE_2__/* .closestNames */ .g)(attr, edoAttrs);
            if (meant.length > 0) {
                fail(`"${attr}" is not an attribute of plugin(); did you mean ${meant.join(', ')}? (config attributes must not look like one)`);
            }
            config[attr] = value;
            continue;
        }
        const amount = typeof value === 'bigint' ? Number(value) : value;
        if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
            fail(`${attr} must be a positive int`);
        }
        limits[LIMIT_ATTRS[attr]] = amount;
    }
    return {
        name: node.name,
        sources,
        ...(sha256 !== undefined && { sha256: sha256 }),
        ...(version !== undefined && { version: version }),
        capabilities: capabilities,
        limits,
        config,
    };
}


/***/ })

};
