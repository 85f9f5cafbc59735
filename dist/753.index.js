import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 753;
export const ids = [753,338,19];
export const modules = {

/***/ 37472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ComponentRegistry)
/* harmony export */ });
/* unused harmony export KindRegistry */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71133);


/**
 * The component registry (seed 3.2.4): factories by kind, one map per component type.
 * Built-ins and plugins register here alike; the engine only ever looks components up by kind.
 */
class ComponentRegistry {
    storage = new KindRegistry('storage backend');
    farms = new KindRegistry('environment farm');
    sources = new KindRegistry('source');
    transforms = new KindRegistry('transform');
    vendors = new KindRegistry('vendor');
}
class KindRegistry {
    what;
    factories = new Map();
    checks = new Map();
    constructor(what) {
        this.what = what;
    }
    /**
     * `check`, when given, refuses a declaration of the kind the factory would refuse: `check` (the
     * method) applies it when the workspace is read, before anything is built, used or not
     * (plugins' kinds check their own).
     */
    register(kind, factory, check) {
        if (this.factories.has(kind))
            throw new Error(`${this.what} kind "${kind}" is registered twice`);
        this.factories.set(kind, factory);
        if (check)
            this.checks.set(kind, check);
    }
    get(kind) {
        return this.factories.get(kind);
    }
    /** The factory of the node's kind; an unknown kind is the declaration's mistake. */
    factoryFor(node) {
        const factory = this.factories.get(node.kind);
        if (factory)
            return factory;
        // `plugin = "p"` names the kind: p is not declared, or it provides no component of this type.
        const message = node.attrs.plugin === node.kind
            ? `plugin "${node.kind}" is not declared (plugin(name = "${node.kind}", source = ...)), or provides no ${this.what}`
            : `unknown ${this.what} kind "${node.kind}"${(0,_model_names_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(node.kind, this.kinds())} (known: ${this.kinds().join(', ') || 'none'})`;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message, { position: node.position });
    }
    /** Refuses a declaration (made with `declaration`) of an unknown kind or with attributes it cannot take. */
    check(node, declaration) {
        this.factoryFor(node);
        this.checks.get(node.kind)?.(node, declaration);
    }
    kinds() {
        return [...this.factories.keys()].sort();
    }
}


/***/ }),

/***/ 4753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Engine: () => (/* binding */ Engine)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/model/label.js
var model_label = __webpack_require__(95691);
;// CONCATENATED MODULE: ./lib/model/log.js
/** How many of a log's last lines an error shows. */
const TAIL_LINES = 20;
/** The last lines of a log, none for a log with nothing but blank space. */
function lastLines(text) {
    const trimmed = text.trimEnd();
    return trimmed === '' ? [] : trimmed.split('\n').slice(-TAIL_LINES);
}
/** A log's last lines as an error shows them under its message. */
function logExcerpt(text) {
    return lastLines(text).map((line) => `  | ${line}`);
}

// EXTERNAL MODULE: ./lib/vendor/lock.js
var vendor_lock = __webpack_require__(11387);
// EXTERNAL MODULE: ./lib/environment/docker/config.js
var config = __webpack_require__(99338);
// EXTERNAL MODULE: ./lib/environment/local/farm.js + 2 modules
var farm = __webpack_require__(28665);
// EXTERNAL MODULE: ./lib/source/digest-cache.js
var digest_cache = __webpack_require__(47970);
// EXTERNAL MODULE: ./lib/source/local.js
var local = __webpack_require__(48214);
// EXTERNAL MODULE: ./lib/source/url.js
var url = __webpack_require__(67012);
// EXTERNAL MODULE: ./lib/source/git.js
var git = __webpack_require__(67497);
// EXTERNAL MODULE: ./lib/storage/local-store.js + 3 modules
var local_store = __webpack_require__(12149);
// EXTERNAL MODULE: ./lib/transform/artifacts.js
var artifacts = __webpack_require__(58755);
// EXTERNAL MODULE: ./lib/engine/cache-key.js
var cache_key = __webpack_require__(71234);
;// CONCATENATED MODULE: ./lib/transform/inputs.js

/** The transform of a dependency; a missing one is an engine bug, since the graph is checked first. */
function dependency(handle, label) {
    const transform = handle.get(label);
    if (!transform)
        throw new errors/* EdoError */.bX(`dependency ${label} is not part of this build`);
    return transform;
}
/** Dependency label → that dependency's cache digest: the inputs part of a cache key. */
async function inputDigests(handle, labels) {
    const digests = {};
    for (const label of labels)
        digests[label] = (await dependency(handle, label).getUniqueId(handle)).digest;
    return digests;
}
/** The artifact a dependency produced (or that a cache holds for it). */
async function inputArtifact(handle, label) {
    const id = await dependency(handle, label).getUniqueId(handle);
    return handle.storage().open(id);
}
/** The last part of a label: the directory a dependency is staged in. */
function labelName(label) {
    return label.slice(label.lastIndexOf(':') + 1);
}
/** Attributes that go into a cache key: everything but the name, which does not change the work. */
function keyAttributes(attrs, omit = []) {
    const copy = {};
    for (const [key, value] of Object.entries(attrs))
        if (key !== 'name' && !omit.includes(key))
            copy[key] = value;
    return copy;
}

;// CONCATENATED MODULE: ./lib/transform/in-process.js



/**
 * A transform that only rearranges artifacts in the store and runs no commands: it needs no
 * environment (`environment()` is empty), stages nothing and has no shell.
 */
class InProcessTransform {
    node;
    constructor(node) {
        this.node = node;
    }
    environment() {
        return '';
    }
    async getUniqueId(handle) {
        const digest = (0,cache_key/* transformDigest */.p7)({
            kind: this.node.kind,
            attrs: keyAttributes(this.node.attrs),
            inputs: await inputDigests(handle, this.depends()),
            environment: null,
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX(`${this.node.id} runs no commands: there is no shell to open`, {
            target: this.node.id,
        });
    }
}

;// CONCATENATED MODULE: ./lib/transform/compose.js




/**
 * `compose(name, deps, overrides = False)`: one artifact whose layers are the deps' layers in
 * order, so applying them gives the merged tree without copying any bytes. A path that two deps
 * both provide is an error naming both, unless `overrides` lets the later dep win.
 */
class ComposeTransform extends InProcessTransform {
    depends() {
        return (this.node.attrs.deps ?? []);
    }
    async transform(log, handle, _env) {
        const overrides = this.node.attrs.overrides === true;
        const layers = [];
        const seenLayers = new Set();
        /** path → the dep that provides it, and whether it is a directory (directories merge). */
        const owners = new Map();
        const conflicts = [];
        for (const dep of this.depends()) {
            const artifact = await inputArtifact(handle, dep);
            const provided = new Map();
            for (const layer of artifact.layers) {
                // The same blob in two deps (e.g. one source imported twice) holds the same bytes: no conflict.
                if (seenLayers.has(layer.digest))
                    continue;
                seenLayers.add(layer.digest);
                layers.push(layer);
                for (const entry of await (0,artifacts/* listLayer */.yP)(handle.storage(), layer)) {
                    provided.set(entry.path, entry.type === 'directory');
                }
            }
            for (const [path, directory] of provided) {
                const owner = owners.get(path);
                if (owner && !(owner.directory && directory) && !overrides) {
                    conflicts.push(`${path} (from ${owner.dep} and ${dep})`);
                }
                owners.set(path, { dep, directory });
            }
        }
        if (conflicts.length > 0) {
            const shown = conflicts.slice(0, 10).map((c) => `  ${c}`);
            if (conflicts.length > 10)
                shown.push(`  ... and ${conflicts.length - 10} more`);
            log.write(`conflicting paths:\n${shown.join('\n')}\n`);
            const error = new errors/* EdoError */.bX(`${conflicts.length} path(s) provided by more than one dep; set overrides = True to let later deps win`, { target: this.node.id, position: this.node.position, details: shown });
            return { kind: 'failed', error };
        }
        const id = await this.getUniqueId(handle);
        return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers } };
    }
}

;// CONCATENATED MODULE: ./lib/transform/import-artifact.js



/** `import_artifact(name, source)`: a source's contents as an artifact, unchanged (same layers). */
class ImportArtifactTransform extends InProcessTransform {
    depends() {
        return [this.node.attrs.source];
    }
    async transform(_log, handle, _env) {
        const artifact = await inputArtifact(handle, this.depends()[0]);
        return { kind: 'success', artifact: (0,artifacts/* relabel */.i7)(artifact, await this.getUniqueId(handle)) };
    }
}

;// CONCATENATED MODULE: ./lib/transform/script.js





/** Where things are inside the environment: deps are staged in the working directory, `$OUT` beside it. */
const WORK_DIR = 'work';
const OUT_DIR = 'out';
/**
 * The line the script's exit trap prints on stderr when a command fails. It stays in the log
 * (`edo log` shows which command failed); the error message says it already, so its excerpt
 * leaves it out.
 */
const FAILURE_LINE = /^edo: command (\d+) of \d+ failed with exit status (\d+)$/;
/** What a farm writes when the shell itself was killed (local: `killed by signal SIGKILL`; docker: by number, or out of memory). */
const KILLED_LINE = /^edo: (killed\b.*)$/;
const OUT_NOT_DIRECTORY = 'edo: $OUT must stay a directory: the artifact is made of its files (write $OUT/NAME)';
const TAIL_BYTES = 64 * 1024;
/** A log that forwards everything and keeps the last bytes, to find the failure line and show a tail. */
class TailLog {
    inner;
    chunks = [];
    size = 0;
    constructor(inner) {
        this.inner = inner;
    }
    write(data) {
        this.inner.write(data);
        const chunk = Buffer.from(data);
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length > TAIL_BYTES)
            this.size -= this.chunks.shift().length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/** The failing step and exit status from the failure line, and the log without that line. */
function parseFailure(logText) {
    const lines = logText.split('\n');
    const failureAt = lines.findLastIndex((line) => FAILURE_LINE.test(line));
    if (failureAt < 0)
        return undefined;
    const [, step, status] = FAILURE_LINE.exec(lines[failureAt]);
    // The line is printed after a newline, in case the output before it (on the same stream) did
    // not end with one: that makes a blank line, on a stream whose lines may arrive interleaved
    // with the other's (Docker), so it is the last blank line before it rather than the one above.
    const blankAt = lines.findLastIndex((line, i) => i < failureAt && line === '');
    const rest = lines.filter((_, i) => i !== failureAt && i !== blankAt).join('\n');
    return { step: Number(step), status: Number(status), rest };
}
/**
 * `script(name, deps, commands, environment, env)`: runs `commands` with `sh -eu` semantics in a
 * fresh working directory where each dependency is staged under its target name; what the
 * commands put in `$OUT` becomes the artifact (one layer).
 */
class ScriptTransform {
    node;
    ctx;
    deps;
    commands;
    variables;
    constructor(node, ctx) {
        this.node = node;
        this.ctx = ctx;
        this.deps = (node.attrs.deps ?? []);
        this.commands = (node.attrs.commands ?? []);
        this.variables = (node.attrs.env ?? {});
        if (Object.hasOwn(this.variables, 'OUT')) {
            throw new errors/* UsageError */.eb('env: OUT is set by edo (the directory the artifact is made from)', {
                position: node.position,
                target: node.id,
            });
        }
        const clash = (first, second, dir) => {
            throw new errors/* UsageError */.eb(`deps ${first} and ${second} would both be staged in ${dir}/; rename one`, {
                position: node.position,
                target: node.id,
            });
        };
        const names = new Map();
        for (const dep of this.deps) {
            const name = labelName(dep);
            const other = names.get(name);
            if (other !== undefined)
                clash(other, dep, name);
            names.set(name, dep);
        }
        // A name with "/" is staged inside the directory of the dep named like its first part.
        for (const [name, dep] of names) {
            const parts = name.split('/');
            for (let i = 1; i < parts.length; i++) {
                const dir = parts.slice(0, i).join('/');
                const outer = names.get(dir);
                if (outer !== undefined)
                    clash(outer, dep, dir);
            }
        }
    }
    environment() {
        return this.node.attrs.environment;
    }
    depends() {
        return this.deps;
    }
    async getUniqueId(handle) {
        const farm = this.ctx.getFarm(this.environment());
        if (!farm)
            throw new errors/* EdoError */.bX(`no environment farm named "${this.environment()}"`, { target: this.node.id });
        const digest = (0,cache_key/* transformDigest */.p7)({
            kind: this.node.kind,
            // The farm's identity stands for the environment, so renaming a farm invalidates nothing.
            attrs: keyAttributes(this.node.attrs, ['environment']),
            inputs: await inputDigests(handle, this.deps),
            environment: await (0,cache_key/* environmentDigest */.kU)(farm),
        });
        return { name: this.node.name, digest };
    }
    async prepare(_log, _handle) { }
    async stage(_log, handle, env) {
        await env.createDir(WORK_DIR);
        await env.createDir(OUT_DIR);
        for (const dep of this.deps) {
            await (0,artifacts/* stageArtifact */.Z9)(handle.storage(), env, `${WORK_DIR}/${labelName(dep)}`, await inputArtifact(handle, dep));
        }
    }
    async transform(log, handle, env) {
        const id = await this.getUniqueId(handle);
        const tail = new TailLog(log);
        const command = env.deferCmd(tail, id);
        command.createNamedDir('OUT', `../${OUT_DIR}`);
        for (const [key, value] of Object.entries(this.variables))
            command.set(key, value);
        command.run('__edo_step=0');
        command.run(`trap '__edo_status=$?; if [ "$__edo_status" -ne 0 ]; then ` +
            `printf "\\nedo: command %s of ${this.commands.length} failed with exit status %s\\n" ` +
            `"$__edo_step" "$__edo_status" >&2; fi' EXIT`);
        this.commands.forEach((line, i) => {
            command.run(`__edo_step=${i + 1}`);
            command.run(line);
        });
        // Bazel's genrules write their outputs as files; here $OUT is a directory the artifact is made of.
        command.run(`__edo_step=${this.commands.length + 1}`);
        command.run(`[ -d "$OUT" ] || { echo '${OUT_NOT_DIRECTORY}' >&2; exit 1; }`);
        if (await env.run(tail, id, WORK_DIR, command)) {
            // Nothing more runs: stopping first means nothing left running can change $OUT while it
            // is collected, and an environment can release what it no longer needs meanwhile.
            await env.down(tail);
            const layer = await (0,artifacts/* layerFromEnvironment */.Tq)(handle.storage(), env, OUT_DIR);
            return { kind: 'success', artifact: { config: { id, provides: [], requires: {} }, layers: [layer] } };
        }
        return { kind: 'failed', log: tail.text(), error: this.failure(tail.text()) };
    }
    failure(logText) {
        const failure = parseFailure(logText);
        const step = failure ? this.commands[failure.step - 1] : undefined;
        const failed = (message, log) => new errors/* EdoError */.bX(message, { target: this.node.id, details: logExcerpt(log) });
        if (!failure || step === undefined) {
            // No command failed: $OUT was made a file (the check after the commands says so), or the
            // shell itself was killed, so its trap could not say which command ran (the farm did).
            const lines = logText.split('\n').filter((line) => !FAILURE_LINE.test(line));
            const at = lines.findLastIndex((line) => line === OUT_NOT_DIRECTORY || KILLED_LINE.test(line));
            if (at < 0)
                return failed('script failed', logText);
            const why = lines[at].slice('edo: '.length);
            const rest = lines.filter((_, i) => i !== at).join('\n');
            return failed(KILLED_LINE.test(lines[at]) ? `script ${why}` : why, rest);
        }
        return failed(`command failed with exit code ${failure.status}: ${step}`, failure.rest);
    }
    canShell() {
        return true;
    }
    /** A shell where the commands would run: deps staged, `$OUT` and `env` set as for the commands. */
    async shell(env) {
        await env.setEnv('OUT', await env.expand(OUT_DIR));
        for (const [key, value] of Object.entries(this.variables))
            await env.setEnv(key, value);
        await env.shell(WORK_DIR);
    }
}

// EXTERNAL MODULE: ./lib/model/declaration-attributes.js + 1 modules
var declaration_attributes = __webpack_require__(46222);
// EXTERNAL MODULE: ./lib/vendor/kinds.js
var kinds = __webpack_require__(2393);
;// CONCATENATED MODULE: ./lib/vendor/builtins.js



/** The rules of this module: their names and attributes are a contract (docs/vendors.md). */
const VENDOR_RULES = [
    {
        kind: 'vendor_source',
        component: 'source',
        doc: 'A package a vendor resolves from a version range; the pin is recorded in edo.lock.json.',
        attrs: {
            vendor: { type: 'string', required: true, doc: 'name of a vendor(...) declaration' },
            package: { type: 'string', required: true, doc: 'package (npm) or repository (oci) name' },
            version: { type: 'string', required: true, doc: 'semver range such as "^1.2", or an exact tag' },
        },
    },
    {
        kind: 'image',
        component: 'source',
        doc: 'An OCI/Docker image from a registry or the local Docker engine, its layers kept as layers.',
        attrs: {
            ref: {
                type: 'string',
                required: true,
                doc: 'host[:port]/repo:tag, host/repo@sha256:..., or docker-daemon:name:tag',
            },
            digest: {
                type: 'string',
                doc: 'manifest digest (image ID for docker-daemon:); else the tag is locked',
            },
        },
    },
];
/**
 * Registers the built-in vendors (`npm`, `oci`), the sources they resolve to (`npm_package`,
 * `image`) and the `vendor_source` and `image` rules. One VendorResolution per command (per
 * `lock`): all `vendor_source` targets of a vendor share one solve.
 */
function registerVendorBuiltins(components, rules, lock, workspace) {
    for (const rule of VENDOR_RULES)
        rules.register(rule);
    // Implementations are loaded when first used: most builds use none, and they cost start-up time.
    // Each reads its configuration before the vendor is made: the workspace check (when it is read,
    // used or not) and the factory apply the same reading.
    const npmConfig = (node) => {
        const { str } = (0,declaration_attributes/* declarationAttributes */.g)(node, 'vendor', ['registry', 'token_env']);
        return { registry: str('registry') ?? kinds/* DEFAULT_NPM_REGISTRY */.a, tokenEnv: str('token_env') };
    };
    const ociRegistry = (node) => {
        const { str, fail } = (0,declaration_attributes/* declarationAttributes */.g)(node, 'vendor', ['registry']);
        return str('registry') ?? fail('"registry" is required');
    };
    components.vendors.register('npm', async (addr, node) => {
        const { registry, tokenEnv } = npmConfig(node);
        const { NpmVendor } = await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 11495));
        return new NpmVendor(registry, addr, tokenEnv);
    }, (node) => void npmConfig(node));
    components.vendors.register('oci', async (addr, node) => {
        const registry = ociRegistry(node);
        const { OciVendor } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(579)]).then(__webpack_require__.bind(__webpack_require__, 40579));
        return new OciVendor(registry, addr);
    }, (node) => void ociRegistry(node));
    components.sources.register(kinds/* NPM_PACKAGE_KIND */.I, async (_addr, node) => {
        const { NpmPackageSource } = await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 11495));
        return new NpmPackageSource(node);
    });
    components.sources.register('image', async (_addr, node) => {
        const { ImageSource } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 46040));
        return new ImageSource(node, lock);
    });
    // A vendor is asked while the lock is pinned, before any build: what fails there (a registry
    // that does not answer, say) is the vendor declaration's to point at.
    const placedAt = (vendor, declaration) => {
        const placed = (error) => {
            throw (0,errors/* atDeclaration */._q)(error, declaration.position);
        };
        return {
            getOptions: (name) => vendor.getOptions(name).catch(placed),
            resolve: (name, version) => vendor.resolve(name, version).catch(placed),
            getDependencies: (name, version) => vendor.getDependencies(name, version).catch(placed),
        };
    };
    let resolution;
    const vendors = new Map();
    const vendorNamed = (name, asking, ctx) => {
        let handle = vendors.get(name);
        if (!handle) {
            handle = (async () => {
                const declaration = workspace.vendorDeclaration(name);
                if (!declaration)
                    throw new errors/* UsageError */.eb(`no vendor named "${name}"`, { position: asking.position, target: asking.id });
                const factory = components.vendors.factoryFor(declaration);
                const vendor = await factory(name, declaration, ctx);
                return { label: name, kind: declaration.kind, vendor: placedAt(vendor, declaration) };
            })();
            vendors.set(name, handle);
        }
        return handle;
    };
    components.sources.register('vendor_source', async (addr, node, ctx) => {
        const { VendorResolution } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(90)]).then(__webpack_require__.bind(__webpack_require__, 93090));
        resolution ??= new VendorResolution(lock, workspace.vendorSources(), (name, asking) => vendorNamed(name, asking, ctx));
        return ctx.addSource(addr, await resolution.pinned(node));
    });
}

;// CONCATENATED MODULE: ./lib/engine/builtins.js













/** The built-in rules: their names and attributes are a contract (docs/rules.md documents each). */
const BUILTIN_RULES = [
    {
        kind: 'local_source',
        component: 'source',
        doc: 'Files of the workspace; paths are kept relative to their package.',
        attrs: {
            srcs: { type: 'files', required: true, doc: 'file labels, patterns such as "//src:*.c", or glob(...)' },
        },
    },
    {
        kind: 'url_source',
        component: 'source',
        doc: 'An http(s) download, verified against its sha256, cached by digest.',
        attrs: {
            url: { type: 'string', required: true, doc: 'http:// or https:// URL' },
            sha256: { type: 'string', required: true, doc: 'expected sha256 of the downloaded bytes (hex)' },
            filename: { type: 'string', doc: 'name of the file in the artifact (default: the last URL segment)' },
        },
    },
    {
        kind: 'git_source',
        component: 'source',
        doc: "A git repository's tree at one commit, without .git.",
        attrs: {
            url: { type: 'string', required: true, doc: 'anything `git fetch` accepts' },
            commit: { type: 'string', doc: 'full commit hash' },
            ref: { type: 'string', doc: 'branch or tag, resolved once and recorded in edo.lock.json' },
        },
    },
    {
        kind: 'script',
        component: 'transform',
        doc: 'Runs commands with sh -eu semantics; what they write to $OUT is the artifact.',
        attrs: {
            deps: {
                type: 'label_list',
                default: [],
                doc: 'targets staged in the working directory as <dep name>/',
            },
            commands: { type: 'string_list', default: [], doc: 'shell commands, run in order in one shell' },
            environment: {
                type: 'string',
                farm: true,
                doc: 'name of an environment_farm (default: the config default)',
            },
            env: { type: 'string_dict', default: {}, doc: 'environment variables for the commands' },
        },
    },
    {
        kind: 'compose',
        component: 'transform',
        doc: 'Merges artifacts into one; a path provided twice is an error unless overrides = True.',
        attrs: {
            deps: { type: 'label_list', required: true, doc: 'targets to merge, in order' },
            overrides: { type: 'bool', default: false, doc: 'let later deps replace paths of earlier ones' },
        },
    },
    {
        kind: 'import_artifact',
        component: 'transform',
        doc: "A source's contents as an artifact, unchanged.",
        attrs: {
            source: { type: 'label', required: true, doc: 'a source target' },
        },
    },
];
/**
 * Registers every built-in component kind and rule: the single place where built-ins enter the
 * registries, exactly as a plugin's components do.
 */
function registerBuiltins(components, rules, paths, lock, workspace) {
    for (const rule of BUILTIN_RULES)
        rules.register(rule);
    const tempRoot = (0,external_node_path_.join)(paths.state, 'tmp');
    const fileDigests = digest_cache/* FileDigestCache */.P.ofWorkspace(paths.state);
    // Each farm kind's configuration is checked whole when the workspace is read (names and shapes).
    components.farms.register('local', async (_addr, node) => new farm/* LocalFarm */.AV(node), (node) => void new farm/* LocalFarm */.AV(node));
    // Loaded on first use: the Docker client library costs more start-up time than the rest of edo.
    components.farms.register('docker', async (addr, node, ctx) => {
        const { createDockerFarm } = await Promise.all(/* import() */[__webpack_require__.e(839), __webpack_require__.e(40), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 57707));
        return createDockerFarm(addr, node, ctx);
    }, (node) => void (0,config/* parseDockerFarm */.M)(node, 1));
    const localStorePath = (node) => (0,declaration_attributes/* declarationAttributes */.g)(node, 'storage_backend', ['path']).str('path');
    components.storage.register('local', async (_addr, node) => {
        const path = localStorePath(node);
        return local_store/* LocalStore */.V.open(path === undefined ? paths.store : (0,external_node_path_.join)(paths.root, path));
    }, (node) => void localStorePath(node));
    // A repository of an OCI distribution registry, as a build cache or a remote cache.
    const registryAddress = (node) => {
        const { str, fail } = (0,declaration_attributes/* declarationAttributes */.g)(node, 'storage_backend', ['address']);
        return str('address') ?? fail('kind "registry" needs address = "host[:port]/repository"');
    };
    components.storage.register('registry', async (_addr, node) => {
        const { RegistryBackend } = await __webpack_require__.e(/* import() */ 445).then(__webpack_require__.bind(__webpack_require__, 35445));
        return RegistryBackend.fromAddress(registryAddress(node));
    }, (node) => void registryAddress(node));
    components.sources.register('local_source', async (_addr, node) => new local/* LocalSource */.R(node, paths.root, tempRoot, fileDigests));
    components.sources.register('url_source', async (_addr, node) => new url/* UrlSource */.T(node, tempRoot));
    components.sources.register('git_source', async (_addr, node) => new git/* GitSource */.G(node, lock, tempRoot));
    // Vendors, the sources they resolve to, and the vendor_source and image rules (docs/vendors.md).
    registerVendorBuiltins(components, rules, lock, {
        vendorSources: () => [...workspace().targets.values()].filter((t) => t.node.kind === 'vendor_source').map((t) => t.node),
        vendorDeclaration: (name) => workspace().vendors.get(name),
    });
    components.transforms.register('script', async (_addr, node, ctx) => new ScriptTransform(node, ctx));
    components.transforms.register('compose', async (_addr, node) => new ComposeTransform(node));
    components.transforms.register('import_artifact', async (_addr, node) => new ImportArtifactTransform(node));
}

// EXTERNAL MODULE: ./lib/engine/components.js
var engine_components = __webpack_require__(37472);
// EXTERNAL MODULE: ./lib/engine/evaluate.js + 2 modules
var evaluate = __webpack_require__(97701);
// EXTERNAL MODULE: ./lib/engine/plugin-scan.js
var plugin_scan = __webpack_require__(85245);
// EXTERNAL MODULE: ./lib/engine/activity.js
var activity = __webpack_require__(55689);
// EXTERNAL MODULE: ./lib/engine/logs.js
var logs = __webpack_require__(71019);
// EXTERNAL MODULE: ./lib/model/names.js
var names = __webpack_require__(71133);
;// CONCATENATED MODULE: ./lib/engine/graph.js


/** Targets and their dependency edges; dependencies must name nodes of the same graph. */
class BuildGraph {
    whyMissing;
    nodes = new Map();
    /** `whyMissing` may say why a label names no target (` (its package is ignored)`), or nothing. */
    constructor(whyMissing = () => '') {
        this.whyMissing = whyMissing;
    }
    add(node) {
        if (this.nodes.has(node.label)) {
            throw new errors/* UsageError */.eb(`target ${node.label} is declared twice`, { position: node.position });
        }
        this.nodes.set(node.label, node);
    }
    has(label) {
        return this.nodes.has(label);
    }
    labels() {
        return [...this.nodes.keys()];
    }
    /** The node for `label`; an unknown label is a usage error that suggests the closest names. */
    get(label, from) {
        const node = this.nodes.get(label);
        if (node)
            return node;
        const suggestions = (0,names/* closestNames */.g)(label, this.nodes.keys());
        const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
        const where = from ? ` (a dependency of ${from.label})` : '';
        const why = this.whyMissing(label);
        throw new errors/* UsageError */.eb(`no such target ${label}${where}${why || hint}`, { position: from?.position });
    }
    /**
     * The requested targets and everything they depend on, dependencies first. Unknown labels and
     * cycles are reported here, before anything runs; a cycle error lists the whole cycle.
     */
    closure(roots) {
        const order = [];
        const state = new Map();
        const stack = [];
        const visit = (label, from) => {
            const seen = state.get(label);
            if (seen === 'done')
                return;
            if (seen === 'visiting') {
                const cycle = [...stack.slice(stack.indexOf(label)), label];
                throw new errors/* UsageError */.eb(`dependency cycle: ${cycle.join(' -> ')}`, {
                    position: this.nodes.get(label)?.position,
                });
            }
            const node = this.get(label, from);
            state.set(label, 'visiting');
            stack.push(label);
            for (const dep of node.deps)
                visit(dep, node);
            stack.pop();
            state.set(label, 'done');
            order.push(node);
        };
        for (const root of roots)
            visit(root);
        return order;
    }
}

;// CONCATENATED MODULE: ./lib/engine/model.js


const DEFAULT_CONFIG = {
    name: 'default',
    remoteCaches: [],
    writeBack: false,
    defaultFarm: 'local',
};
/** The build config: `--config NAME`, else `default` when declared, else the defaults. */
function selectConfig(model, name) {
    const node = model.configs.get(name ?? 'default');
    if (!node) {
        if (name === undefined || name === 'default')
            return DEFAULT_CONFIG;
        const known = [...model.configs.keys()].sort().join(', ') || 'none declared';
        throw new errors/* UsageError */.eb(`no build_config named "${name}" (known: ${known})`);
    }
    const attrs = node.attrs;
    const jobs = attrs.jobs;
    return {
        name: node.name,
        buildCache: attrs.build_cache ?? undefined,
        remoteCaches: attrs.remote_caches ?? [],
        writeBack: attrs.write_back === true,
        defaultFarm: attrs.default_farm ?? DEFAULT_CONFIG.defaultFarm,
        jobs: typeof jobs === 'number' ? jobs : typeof jobs === 'bigint' ? Number(jobs) : undefined,
    };
}
/**
 * Refuses a `build_config` that names a farm or storage backend the workspace does not declare,
 * or a `jobs` that is not a positive integer: every config, used or not, when the workspace is read.
 */
function checkConfigs(model) {
    for (const node of model.configs.values()) {
        const fail = (message) => {
            throw new errors/* UsageError */.eb(`build_config "${node.name}": ${message}`, { position: node.position });
        };
        const { jobs, default_farm: farm, build_cache: cache, remote_caches: remotes } = node.attrs;
        if (jobs !== undefined && jobs !== null && !(Number(jobs) >= 1 && Number.isInteger(Number(jobs))))
            fail(`jobs must be a positive integer, not ${String(jobs)}`);
        const farms = ['local', ...model.farms.keys()];
        if (typeof farm === 'string' && !farms.includes(farm))
            fail(`default_farm "${farm}" is no environment_farm${(0,names/* didYouMean */.a)(farm, farms)}`);
        for (const backend of [cache, ...(remotes ?? [])]) {
            if (typeof backend === 'string' && !model.backends.has(backend))
                fail(`"${backend}" is no storage_backend${(0,names/* didYouMean */.a)(backend, model.backends.keys())}`);
        }
    }
}

// EXTERNAL MODULE: ./lib/engine/rules.js
var engine_rules = __webpack_require__(8089);
// EXTERNAL MODULE: ./lib/storage/manager.js
var manager = __webpack_require__(38290);
;// CONCATENATED MODULE: ./lib/engine/storage.js


/**
 * The storage manager a build config describes: its build cache (a named storage_backend, else
 * the workspace's local store) with its remote caches read through, in order.
 */
async function openStorageManager(config, backend, paths, warn) {
    const buildCache = config.buildCache !== undefined ? await backend(config.buildCache) : await local_store/* LocalStore */.V.open(paths.store);
    const remoteCaches = await Promise.all(config.remoteCaches.map(async (name) => ({ name, backend: await backend(name) })));
    return new manager/* CacheManager */.G({ buildCache, remoteCaches, writeBack: config.writeBack, warn });
}

;// CONCATENATED MODULE: ./lib/engine/target-view.js



/**
 * A source seen as a transform, so every target is driven the same way: its id is the source's,
 * building it is fetching it, and it needs no environment.
 */
class SourceTransform {
    source;
    storage;
    constructor(source, storage) {
        this.source = source;
        this.storage = storage;
    }
    environment() {
        return '';
    }
    depends() {
        return [];
    }
    async getUniqueId(_handle) {
        const own = await this.source.getUniqueId();
        return { ...own, digest: (0,cache_key/* sourceDigest */.c9)(own.digest) };
    }
    async prepare(_log, _handle) { }
    async stage(_log, _handle, _env) { }
    async transform(log, _handle, _env) {
        return { kind: 'success', artifact: await this.source.fetch(log, this.storage) };
    }
    canShell() {
        return false;
    }
    async shell(_env) {
        throw new errors/* EdoError */.bX('a source has no shell');
    }
}
/**
 * A target as transforms see it through the handle: the component, with the id the engine stores
 * its artifact under, named after the target's package and name. Its digest is the component's
 * (built-in transforms and sources include the engine's cache format in theirs), combined with
 * the plugin's digest when a plugin implements it. The id is computed once per build.
 */
class TargetView {
    label;
    kind;
    component;
    pluginDigest;
    id;
    constructor(label, kind, component, 
    /** The digest of the plugin that implements it, if one does. */
    pluginDigest) {
        this.label = label;
        this.kind = kind;
        this.component = component;
        this.pluginDigest = pluginDigest;
    }
    getUniqueId(handle) {
        this.id ??= this.idAgainst(handle);
        return this.id;
    }
    /** The id the component derives against `handle` now, not the one kept for the build (early-cutoff.ts). */
    async idAgainst(handle) {
        const own = await this.component.getUniqueId(handle);
        const { pkg, name } = (0,model_label/* parseLabel */.Q_)(this.label, '');
        const digest = this.pluginDigest === undefined ? own.digest : (0,cache_key/* pluginTargetDigest */.rO)(own.digest, this.pluginDigest);
        return { ...(pkg !== '' && { pkg }), name, digest };
    }
    environment() {
        return this.component.environment();
    }
    depends() {
        return this.component.depends();
    }
    prepare(log, handle) {
        return this.component.prepare(log, handle);
    }
    stage(log, handle, env) {
        return this.component.stage(log, handle, env);
    }
    transform(log, handle, env) {
        return this.component.transform(log, handle, env);
    }
    canShell() {
        return this.component.canShell();
    }
    shell(env) {
        return this.component.shell(env);
    }
}

// EXTERNAL MODULE: ./lib/engine/workspace.js
var workspace = __webpack_require__(13091);
;// CONCATENATED MODULE: ./lib/engine/engine.js


















function diagnosticsOf(options) {
    return options.diagnostics ?? { write: (data) => process.stderr.write(data) };
}
/** The farm every workspace has without declaring it. */
function implicitLocalFarm(paths) {
    return {
        kind: 'local',
        name: 'local',
        id: 'local',
        attrs: {},
        position: { file: (0,external_node_path_.join)(paths.root, workspace.WORKSPACE_FILE), line: 1, col: 1 },
    };
}
/** The first package's error, naming the other packages that failed too (each is fixed in turn otherwise). */
function withOtherBrokenPackages([first, ...others]) {
    const more = others.length > 0
        ? [`  (${others.length} more build file(s) with errors: ${others.map(errors/* placeOf */.$t).join(', ')})`]
        : [];
    return (0,errors/* withDetails */.FE)(first, more);
}
/**
 * A farm's setup failure with what its steps printed, as a target's failure shows its log's tail.
 * Edo's own progress lines ("edo: pulling …") are left out: when nothing else was printed (an
 * image that cannot be pulled), the error says all there is.
 */
function withSetupOutput(err, output, logPath) {
    const text = Buffer.concat(output.map((chunk) => Buffer.from(chunk))).toString('utf8');
    const printed = text
        .split('\n')
        .filter((line) => !line.startsWith('edo: '))
        .join('\n');
    const excerpt = logExcerpt(printed);
    if (!(err instanceof errors/* EdoError */.bX) || excerpt.length === 0)
        return err;
    return (0,logs/* withLog */.X1)((0,errors/* withDetails */.FE)(err, excerpt), logPath);
}
/**
 * A loaded workspace: its build files evaluated, the component registries filled, components
 * created on demand. One per command.
 */
class Engine {
    paths;
    ignored;
    model;
    components;
    rules;
    lock;
    pluginDigests;
    plugins;
    graph;
    views = new Map();
    farms = new Map();
    farmsSetUp = new Map();
    /** Cancels the build in progress (set by runBuild): farms' setup, run while keys are computed, stops with it. */
    signal;
    storageManager;
    args;
    config;
    /** Where warnings go (a remote cache that fails, ...). */
    warn;
    /** Ends this process's mark as a user of the workspace's state (activity.ts). */
    unmarkActive = () => undefined;
    constructor(paths, 
    /** The directories `.edoignore` lists: a label or pattern there finds nothing, and says why. */
    ignored, model, components, rules, lock, 
    /**
     * Rule kind → digest of the plugin that implements it, filled when a plugin's rules are
     * registered (before evaluation, in `open`); part of those targets' cache keys.
     */
    pluginDigests, 
    /** The workspace's plugins (undefined when it declares none); their workers stop in `close`. */
    plugins, options) {
        this.paths = paths;
        this.ignored = ignored;
        this.model = model;
        this.components = components;
        this.rules = rules;
        this.lock = lock;
        this.pluginDigests = pluginDigests;
        this.plugins = plugins;
        this.config = selectConfig(model, options.config);
        const diagnostics = diagnosticsOf(options);
        this.warn = (message) => diagnostics.write(`edo: warning: ${message}\n`);
        // Components may label what they create with the workspace and this build (the docker farm does).
        this.args = { workspace: paths.root, build: (0,external_node_crypto_.randomBytes)(6).toString('hex'), ...options.args };
        this.graph = new BuildGraph((label) => this.ignoredReason(this.evaluatedPackage(label.slice(2, label.indexOf(':')))));
        for (const target of model.targets.values()) {
            this.graph.add({
                label: target.node.id,
                // A farm's mounted targets must be built before the targets that run in it.
                deps: [...target.deps, ...this.mountedTargetsOf(target)],
                data: target,
                position: target.node.position,
            });
        }
    }
    static async open(cwd, options = {}) {
        const paths = (0,workspace.findWorkspace)(cwd, options.env);
        const components = new engine_components/* ComponentRegistry */.Z();
        const rules = new engine_rules/* RuleRegistry */.UD();
        const diagnostics = diagnosticsOf(options);
        const lock = await vendor_lock/* LockFile */.gX.open(paths.root, {
            mode: options.lockMode ?? 'build',
            update: options.lockUpdate,
        });
        // Some built-ins (vendor_source) read the evaluated workspace when they are used.
        const evaluated = {};
        registerBuiltins(components, rules, paths, lock, () => evaluated.model);
        // Plugins declared with plugin(...) register their components and rule kinds here, next to
        // the built-ins and before evaluation, recording each rule kind's plugin digest.
        const pluginDigests = new Map();
        // Read once: package search, glob listings and the engine's "no such target" hints use it.
        const ignored = (0,workspace.ignoredDirectories)(paths.root);
        const packages = (0,evaluate/* findPackages */.tP)(paths.root, ignored);
        const declared = (0,plugin_scan/* scanPluginDeclarations */.k)(paths.root, packages);
        // Loaded only for workspaces that declare plugins: the plugin host is a large part of start-up.
        const { loadWorkspacePlugins } = declared.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(445), __webpack_require__.e(643), __webpack_require__.e(793), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 57638)) : {};
        const plugins = await loadWorkspacePlugins?.({
            paths,
            declared,
            components,
            rules,
            lock,
            pluginDigests,
            env: options.env ?? process.env,
            log: diagnostics,
            startWorkers: options.inspectOnly ? 'first-call' : 'load',
        });
        try {
            const model = (evaluated.model = await (0,evaluate/* evaluateWorkspace */.$6)(paths, rules, packages, ignored, declared, diagnostics));
            // A misspelt kind or attribute is an error before the build, used or not, as in Bazel.
            for (const node of model.farms.values())
                components.farms.check(node, 'environment_farm');
            for (const node of model.backends.values())
                components.storage.check(node, 'storage_backend');
            for (const node of model.vendors.values())
                components.vendors.check(node, 'vendor');
            checkConfigs(model);
            const engine = new Engine(paths, ignored, model, components, rules, lock, pluginDigests, plugins, options);
            engine.unmarkActive = (0,activity/* markActive */.y)(paths.state);
            return engine;
        }
        catch (err) {
            await plugins?.close();
            throw err;
        }
    }
    /** `pkg`, unless its BUILD.edo failed to evaluate: then that error, where it happened. */
    evaluatedPackage(pkg) {
        const broken = this.model.brokenPackages.get(pkg);
        if (broken)
            throw broken;
        return pkg;
    }
    /** ` (DIR is listed in .edoignore ...)` when package `pkg` lies in an ignored directory, else ''. */
    ignoredReason(pkg) {
        const dir = [...this.ignored].find((ignored) => pkg === ignored || pkg.startsWith(`${ignored}/`));
        return dir === undefined ? '' : ` (${dir} is listed in ${workspace.IGNORE_FILE}: its build files are not read)`;
    }
    /** The package `dir` is in, relative to the root (`''` for the root), for relative labels. */
    packageOf(dir) {
        const rel = (0,external_node_path_.relative)(this.paths.root, dir);
        if (rel.startsWith('..'))
            return '';
        return rel.split(external_node_path_.sep).join('/');
    }
    /**
     * Target labels matching the patterns (`//...` when none), sorted. A pattern that matches no
     * target is a usage error; a plain unknown label suggests the closest names. As in Bazel, a
     * pattern starting with "-" takes its targets out of what the patterns before it chose
     * (`edo build -- //... -//app:slow`).
     */
    resolvePatterns(patterns, cwd) {
        return this.selectTargets(patterns, cwd, false).labels;
    }
    /**
     * `resolvePatterns` for `--keep-going`: packages whose build file failed are passed over rather
     * than failing the command (as Bazel's --keep_going does), and so are the targets that depend on
     * one. `broken` holds those packages' errors, each once, for the caller to report.
     */
    resolvePatternsKeepingGoing(patterns, cwd) {
        return this.selectTargets(patterns, cwd, true);
    }
    selectTargets(patterns, cwd, keepGoing) {
        const passedOver = new Set();
        const brokenErrors = new Set(this.model.brokenPackages.values());
        /** With --keep-going, a broken package's error is noted and its targets left out. */
        const passOver = (err) => {
            if (!keepGoing || !(err instanceof errors/* UsageError */.eb && brokenErrors.has(err)))
                throw err;
            passedOver.add(err);
        };
        const pkg = this.packageOf(cwd);
        const wanted = patterns.length > 0 ? patterns : ['//...'];
        const all = [...this.model.targets.keys()];
        const selected = new Set();
        // Broken packages the patterns cover, in order: `-//bad/...` after `//...` leaves `bad` out.
        const wantedBroken = new Set();
        for (const written of wanted) {
            const subtract = written.startsWith('-');
            const text = subtract ? written.slice(1) : written;
            const pattern = (0,model_label/* parsingLabels */.WU)(() => (0,model_label/* parsePattern */.EY)(text, pkg));
            let matches;
            if (pattern.kind === 'label') {
                matches = [];
                try {
                    matches.push(this.graph.get((0,model_label/* formatLabel */.wR)(pattern.label)).label);
                }
                catch (err) {
                    passOver(err);
                }
            }
            else {
                // A pattern over a package whose build file failed cannot say what it matches.
                const broken = [...this.model.brokenPackages.keys()].filter((name) => pattern.kind === 'recursive' ? (0,model_label/* isUnderPackage */.PO)(name, pattern.pkg) : name === pattern.pkg);
                for (const name of broken) {
                    if (subtract)
                        wantedBroken.delete(name);
                    else
                        wantedBroken.add(name);
                }
                matches = all.filter((label) => (0,model_label/* matchesPattern */.MT)(pattern, (0,model_label/* parseLabel */.Q_)(label, '')));
                if (matches.length === 0 && broken.length === 0 && text !== '//...') {
                    throw new errors/* UsageError */.eb(`pattern ${text} matches no target${this.ignoredReason(pattern.pkg)}`);
                }
            }
            for (const label of matches) {
                if (subtract)
                    selected.delete(label);
                else
                    selected.add(label);
            }
        }
        const broken = [...wantedBroken].map((name) => this.model.brokenPackages.get(name));
        if (broken.length > 0 && !keepGoing)
            throw withOtherBrokenPackages(broken);
        for (const error of broken)
            passedOver.add(error);
        if (keepGoing && brokenErrors.size > 0) {
            for (const label of selected) {
                try {
                    this.graph.closure([label]);
                }
                catch (err) {
                    // It depends on a target of a package whose build file failed.
                    passOver(err);
                    selected.delete(label);
                }
            }
        }
        return { labels: [...selected].sort(), broken: [...passedOver] };
    }
    /** The storage manager of the selected build config (build cache plus remote caches). */
    storage() {
        this.storageManager ??= openStorageManager(this.config, (name) => this.backend(name), this.paths, (message) => this.warn(message));
        return this.storageManager;
    }
    async backend(name) {
        const node = this.model.backends.get(name);
        if (!node)
            throw new errors/* UsageError */.eb(`no storage_backend named "${name}" (build_config ${this.config.name})`);
        // The storage manager is being made from this backend: its context has no storage yet.
        return this.create(this.components.storage, node, this.context(undefined));
    }
    async create(registry, node, context) {
        const factory = registry.factoryFor(node);
        return (await factory(node.id, node, context ?? this.context(await this.storage())));
    }
    context(storage) {
        const available = () => {
            if (!storage)
                throw new errors/* UsageError */.eb('storage is not available while storage backends are created');
            return storage;
        };
        return {
            getArg: (name) => this.args[name],
            getHandle: () => this.handle(available()),
            storage: available,
            getTransform: (addr) => this.views.get(addr),
            getFarm: (addr) => this.readyFarms.get(addr),
            addSource: (addr, node) => this.create(this.components.sources, { ...node, id: addr }),
        };
    }
    /** Farms already set up, by name, for `context.getFarm` (which is synchronous). */
    readyFarms = new Map();
    /**
     * The farm named `name`, created and set up once per command. The farms its declaration names
     * in a top-level string attribute (a plugin farm's `base`) are set up, and the targets it names
     * (a docker farm's `mounts`) get their views, before it is created, so that its factory and
     * setup find them with `context.getFarm` and `context.getTransform`, which are synchronous.
     */
    farm(name, requiredBy = []) {
        if (requiredBy.includes(name)) {
            throw new errors/* UsageError */.eb(`environment_farm "${name}" names itself through ${[...requiredBy, name].join(' -> ')}`);
        }
        let ready = this.farmsSetUp.get(name);
        if (!ready) {
            ready = (async () => {
                const node = this.model.farms.get(name) ?? (name === 'local' ? implicitLocalFarm(this.paths) : undefined);
                if (!node) {
                    const known = ['local', ...this.model.farms.keys()].filter((v, i, a) => a.indexOf(v) === i).sort();
                    throw new errors/* UsageError */.eb(`no environment_farm named "${name}" (known: ${known.join(', ')})`);
                }
                for (const other of this.farmsNamedBy(node))
                    await this.farm(other, [...requiredBy, name]);
                for (const label of this.targetsNamedBy(node.attrs))
                    await this.target(label, [...requiredBy, name]);
                let created = this.farms.get(name);
                if (!created) {
                    created = this.create(this.components.farms, node);
                    this.farms.set(name, created);
                }
                const farm = await created;
                // What a farm's setup says (an image built from setup steps) is kept as a log of its own;
                // a setup with nothing to say (the usual, cached case) writes none.
                const output = [];
                const keepLog = async () => {
                    if (output.length === 0)
                        return undefined;
                    const log = await new logs.TargetLogs(this.paths.logs).openFarm(name);
                    output.forEach((chunk) => log.write(chunk));
                    log.close();
                    return log.path;
                };
                try {
                    await farm.setup({ write: (data) => output.push(data) }, await this.storage(), this.signal);
                }
                catch (err) {
                    const logPath = await keepLog();
                    throw (0,errors/* atDeclaration */._q)(withSetupOutput(err, output, logPath), node.position);
                }
                await keepLog();
                this.readyFarms.set(name, farm);
                return farm;
            })();
            this.farmsSetUp.set(name, ready);
        }
        return ready;
    }
    /**
     * Declared farms (and `local`) that a farm declaration's top-level string attributes name. The
     * built-in `local` farm comes with every other farm even unnamed: it "exists without being
     * declared", and a plugin farm wrapping it may ask for it by name in code (its setup is free).
     */
    farmsNamedBy(node) {
        const named = Object.values(node.attrs).filter((value) => typeof value === 'string' &&
            value !== node.name &&
            (value === 'local' || this.model.farms.has(value)));
        const implicitLocal = node.name !== 'local' && !this.model.farms.has('local');
        return implicitLocal && !named.includes('local') ? [...named, 'local'] : named;
    }
    /** Labels of targets that strings anywhere in `value` (a farm declaration's attributes) are. */
    targetsNamedBy(value) {
        if (typeof value === 'string')
            return this.model.targets.has(value) ? [value] : [];
        if (value === null || typeof value !== 'object')
            return [];
        return Object.values(value).flatMap((item) => this.targetsNamedBy(item));
    }
    /**
     * Targets the farms `target` runs in name (a docker farm's `mounts`), through the farms those
     * farms name (a plugin farm's `base`). Farms come from the rule's farm attributes, as in
     * `withDefaultFarm`; a plugin transform that picks its farm at run time is not seen here.
     */
    mountedTargetsOf(target) {
        const farms = this.farmsOfRule(this.withDefaultFarm(target.node, target.schema), target.schema);
        const seen = new Set();
        const mounted = new Set();
        while (farms.length > 0) {
            const name = farms.pop();
            const node = this.model.farms.get(name);
            if (seen.has(name) || !node)
                continue;
            seen.add(name);
            this.targetsNamedBy(node.attrs).forEach((label) => mounted.add(label));
            farms.push(...this.farmsNamedBy(node));
        }
        return [...mounted];
    }
    /** The handle transforms get: the storage manager and every target's view. */
    handle(storage) {
        return { storage: () => storage, get: (addr) => this.views.get(addr) };
    }
    /**
     * The view of a target, its component created on first use; the farm it runs in is set up first,
     * since the farm's identity is part of the target's cache key.
     */
    async target(label, requiredBy = []) {
        const existing = this.views.get(label);
        if (existing)
            return existing;
        const { node: declared, schema } = this.graph.get(label).data;
        const node = this.withDefaultFarm(declared, schema);
        // The farms its farm attributes name are set up before its component is created: a plugin's
        // transform may take one with `context.get-farm` (synchronous) when it is created.
        // A farm's own failures carry its declaration's place; a name that is no farm, the target's.
        const farmOf = (name) => this.farm(name, requiredBy).catch((error) => {
            throw (0,errors/* atDeclaration */._q)(error, node.position, { target: label });
        });
        for (const farm of this.farmsOfRule(node, schema)) {
            this.refuseOwnFarm(label, node, farm);
            await farmOf(farm);
        }
        let component;
        if (schema.component === 'source') {
            component = new SourceTransform(await this.create(this.components.sources, node), await this.storage());
        }
        else {
            component = await this.create(this.components.transforms, node);
        }
        const environment = component.environment();
        if (environment !== '') {
            this.refuseOwnFarm(label, node, environment);
            await farmOf(environment);
        }
        const view = new TargetView(label, node.kind, component, this.pluginDigests.get(node.kind));
        if (this.views.has(label))
            return this.views.get(label);
        this.views.set(label, view);
        return view;
    }
    /**
     * A plugin's transform cannot run in a farm of the same plugin: both live in the plugin's one
     * worker, which would have to call itself while it waits for the host (the component model
     * forbids a guest's re-entry). Refused before anything builds, at the target.
     */
    refuseOwnFarm(label, node, farmName) {
        const farmPlugin = this.model.farms.get(farmName)?.kind.split(':')[0];
        const plugin = this.plugins?.registry.list().find((each) => node.kind in each.manifest.rules);
        if (!plugin || plugin.name !== farmPlugin)
            return;
        throw new errors/* UsageError */.eb(`${node.kind}: farm "${farmName}" comes from plugin ${plugin.name}, as this rule does: a plugin's ` +
            'transform cannot run in its own farm (its one worker would call itself); use a farm of another plugin or a built-in one', { target: label, position: node.position });
    }
    /** The farms a target's farm attributes name (after `withDefaultFarm`). */
    farmsOfRule(node, schema) {
        return Object.entries(schema.attrs)
            .filter(([, spec]) => spec.farm)
            .map(([attr]) => node.attrs[attr])
            .filter((name) => typeof name === 'string');
    }
    /** Fills farm-naming attributes the call left out with the build config's default farm. */
    withDefaultFarm(node, schema) {
        const missing = Object.entries(schema.attrs).filter(([attr, spec]) => spec.farm && node.attrs[attr] === undefined);
        if (missing.length === 0)
            return node;
        const attrs = { ...node.attrs };
        for (const [attr] of missing)
            attrs[attr] = this.config.defaultFarm;
        return { ...node, attrs };
    }
    /**
     * The end of a command, whether it succeeded, failed or was cancelled: writes out what the
     * stores deferred (the local store's index journal) and unloads the plugins (seed 7.5).
     */
    async close() {
        try {
            // A storage manager that failed to open has nothing to write out (its error was reported).
            await this.storageManager?.then((storage) => storage.compact(), () => undefined);
        }
        finally {
            await this.plugins?.close();
            this.unmarkActive();
        }
    }
    /** Writes the lock file when this command pinned something new; returns what changed, for printing. */
    async saveLock() {
        if (this.lock.mode === 'locked')
            return [];
        const changes = this.lock.describeChanges();
        if (changes.length > 0)
            await this.lock.save();
        return changes;
    }
}


/***/ }),

/***/ 71019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TargetLogs: () => (/* binding */ TargetLogs),
/* harmony export */   X1: () => (/* binding */ withLog)
/* harmony export */ });
/* unused harmony exports LOGS_KEPT, FileLog */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73434);




/** How many logs per target are kept. */
const LOGS_KEPT = 5;
/**
 * The directory of a target's logs, read as its label: `//app/web:server` → `app/web/:server`,
 * `//:greeting` → `:greeting`. No package directory starts with ":", so labels never share one;
 * a "/" in a target's name is percent-encoded.
 */
function targetDir(root, label) {
    const body = label.replace(/^\/\//, '');
    const colon = body.indexOf(':');
    const packageDirs = body
        .slice(0, colon)
        .split('/')
        .filter((part) => part !== '');
    const name = body
        .slice(colon + 1)
        .replaceAll('%', '%25')
        .replaceAll('/', '%2F');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...packageDirs, `:${name}`);
}
/** Adds the log's path under the error, so the whole output is one command away. */
function withLog(error, logPath) {
    return logPath === undefined ? error : (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withDetails */ .FE)(error, [`  log: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .pathForMessages */ .dg)(logPath)}`]);
}
/** A log's file name: its start time and process (so two edo processes never share one). */
const LOG_FILE = /^\d.*\.log$/;
/** A log file that is written as output arrives (synchronously: a crash keeps what was written). */
class FileLog {
    path;
    fd;
    constructor(path) {
        this.path = path;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a', 0o644);
    }
    /** The last text written, so a failure already explained is not repeated. */
    lastText = '';
    write(data) {
        if (this.fd === undefined)
            return;
        if (typeof data === 'string')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, data);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, data);
        if (typeof data === 'string')
            this.lastText = data;
    }
    /**
     * Ends the log with why its target failed (a plugin's trap, a staging error), unless the
     * transform's own last words were that: the log is what a user opens to find out.
     */
    recordFailure(message) {
        if (!this.lastText.includes(message))
            this.write(`edo: error: ${message}\n`);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Per-target logs under `.edo/logs/`: one file for each time a target actually ran, named so they
 * sort by time; only the newest `LOGS_KEPT` per target are kept.
 */
class TargetLogs {
    root;
    constructor(root) {
        this.root = root;
    }
    async open(label) {
        return this.openIn(targetDir(this.root, label));
    }
    /** A log of an environment farm's setup, under `:farms/NAME/` (no package starts with ":"). */
    async openFarm(name) {
        return this.openIn((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, ':farms', encodeURIComponent(name)));
    }
    async openIn(dir) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const log = new FileLog((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${stamp}-${process.pid}.log`));
        await this.prune(dir);
        return log;
    }
    async prune(dir) {
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).filter((f) => LOG_FILE.test(f)).sort();
        for (const old of files.slice(0, Math.max(0, files.length - LOGS_KEPT))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, old)).catch(() => undefined);
        }
    }
    /** The newest log of a target, if it ever ran. */
    async latest(label) {
        const dir = targetDir(this.root, label);
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => [])).filter((f) => LOG_FILE.test(f)).sort();
        return files.length > 0 ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, files[files.length - 1]) : undefined;
    }
}


/***/ }),

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


/***/ }),

/***/ 48214:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ LocalSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95691);
/* harmony import */ var _engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71234);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64505);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87563);
/* harmony import */ var _transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58755);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5310);









/** Files larger than this are hashed as a stream; smaller ones are read whole (faster). */
const STREAM_ABOVE_BYTES = 1 << 20;
/** A source file that is missing or not a file: the build file's mistake, shown at the declaration. */
function badSource(message, node) {
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(message, { target: node.id, position: node.position });
}
function lstatSource(file, node) {
    let info;
    try {
        info = (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .statIfPresent */ .Nn)(file.hostPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync);
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`source file ${file.label}: ${error.message}`, { target: node.id });
    }
    if (!info)
        throw badSource(`source file ${file.label} does not exist`, node);
    return info;
}
/**
 * What identifies one file's content: its bytes and executable bit. A symlink stands for the file
 * it points to, as in Bazel: the target reads its content, which is what is hashed and staged (a
 * link kept as a link would read whatever its target holds when the build runs, and its key would
 * not change with it). Small files are read with synchronous calls (and linked so when fetched):
 * each asynchronous call is a trip through libuv's thread pool that costs more than the system
 * call (a source of 5,000 small files took 0.73 s to identify on every build that way, 0.32 s
 * now: bench/engine.bench.mjs).
 */
async function fileIdentity(file, node, digests, 
/** Gets the paths of the files that are symlinks. */
links) {
    let info = lstatSource(file, node);
    if (info.isSymbolicLink()) {
        links.add(file.path);
        const target = (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .statIfPresent */ .Nn)(file.hostPath);
        if (!target) {
            throw badSource(`source ${file.label} is a symlink to ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(file.hostPath)}, which does not exist`, node);
        }
        if (target.isDirectory()) {
            throw badSource(`source ${file.label} is a symlink to a directory (${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(file.hostPath)}): edo does not follow ` +
                'directory links; name the files behind it by their own paths', node);
        }
        info = target;
    }
    if (!info.isFile()) {
        const hint = info.isDirectory() ? ` but a directory (glob(["${file.path}/**"]) takes its files)` : '';
        throw badSource(`source ${file.label} is not a file${hint}`, node);
    }
    const sha256 = info.size <= STREAM_ABOVE_BYTES
        ? (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file.hostPath))
        : digests
            ? await digests.sha256(file.hostPath, () => fileSha256Hex(file.hostPath))
            : await fileSha256Hex(file.hostPath);
    return { path: file.path, executable: (info.mode & 0o100) !== 0, sha256 };
}
const fileSha256Hex = async (path) => (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .fileSha256Digest */ .G_)(path));
/**
 * `local_source(name, srcs)`: files of the workspace. `srcs` holds canonical file labels (the
 * engine expands globs and patterns when the build file is evaluated); each file keeps its path
 * relative to its package. The id is derived from the files' bytes, so touching a file without
 * changing it changes nothing.
 */
class LocalSource {
    node;
    tempRoot;
    digests;
    files;
    id;
    /** The files' identities the id was computed from. */
    identified = [];
    /** Paths of the files that are symlinks: fetched as copies of what they point to. */
    links = new Set();
    constructor(node, workspaceRoot, 
    /** A directory on the workspace's file system for staging files before they are packed. */
    tempRoot, 
    /** Remembers large files' hashes between builds. */
    digests) {
        this.node = node;
        this.tempRoot = tempRoot;
        this.digests = digests;
        const byPath = new Map();
        this.files = (node.attrs.srcs ?? []).map((text) => {
            const label = (0,_model_label_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLabel */ .Q_)(text, '');
            const other = byPath.get(label.name);
            if (other !== undefined && other !== text) {
                throw badSource(`srcs ${other} and ${text} both become ${label.name} in the artifact`, node);
            }
            byPath.set(label.name, text);
            return { label: text, hostPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspaceRoot, label.pkg, label.name), path: label.name };
        });
    }
    getUniqueId() {
        this.id ??= this.identify().then((files) => {
            this.identified = files;
            return this.idOf(files);
        });
        return this.id;
    }
    /** The files' identities, in path order. */
    async identify() {
        const identities = [];
        for (const [i, file] of this.files.entries()) {
            if (i > 0 && i % _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .FILES_PER_TURN */ .aJ === 0)
                await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .nextTurn */ .tJ)();
            const identity = fileIdentity(file, this.node, this.digests, this.links);
            // Large files hash meanwhile; a failure is taken up by Promise.all below.
            identity.catch(() => undefined);
            identities.push(identity);
        }
        const files = await Promise.all(identities);
        return files.sort((a, b) => (a.path < b.path ? -1 : 1));
    }
    idOf(files) {
        return { name: this.node.name, digest: (0,_engine_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .digestOf */ .ol)({ kind: this.node.kind, files }) };
    }
    async fetch(_log, storage) {
        const id = await this.getUniqueId();
        const artifact = await (0,_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .artifactFromDirectory */ .O)(storage, this.tempRoot, id, async (dir) => {
            const made = new Set();
            for (const [i, file] of this.files.entries()) {
                if (i > 0 && i % _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .FILES_PER_TURN */ .aJ === 0)
                    await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_6__/* .nextTurn */ .tJ)();
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file.path);
                const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
                if (!made.has(parent)) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
                    made.add(parent);
                }
                // A hard link costs nothing; across file systems, copy. A symlink is copied (a hard link
                // would be to the link itself): that follows it.
                if (this.links.has(file.path)) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file.hostPath, target);
                    continue;
                }
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(file.hostPath, target);
                }
                catch {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(file.hostPath, target);
                }
            }
        });
        // The id was computed before the build ran: a file edited since then would be stored under
        // the key of what it held before, and every later build would take that for it.
        const now = await this.identify();
        const changed = now
            .filter((file, i) => JSON.stringify(file) !== JSON.stringify(this.identified[i]))
            .map((file) => file.path);
        if (changed.length > 0) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`source files changed while edo was building: ${changed.slice(0, 5).join(', ')}` +
                `${changed.length > 5 ? ` and ${changed.length - 5} more` : ''}; build again`, { target: this.node.id });
        }
        return artifact;
    }
    async stage(log, storage, env, path) {
        await (0,_transform_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .stageArtifact */ .Z9)(storage, env, path, await this.fetch(log, storage));
    }
}


/***/ }),

/***/ 38290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CacheManager)
/* harmony export */ });
/* unused harmony export transferArtifact */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _model_id_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26906);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6280);
/* harmony import */ var _verify_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96405);




/**
 * Copies an artifact from one backend to another: the layers the target lacks (streamed, and
 * checked to arrive with the same digest), then the artifact itself.
 */
async function transferArtifact(from, to, id) {
    const artifact = await from.open(id);
    const seen = new Set();
    for (const layer of artifact.layers) {
        if (seen.has(layer.digest))
            continue;
        seen.add(layer.digest);
        if (hasBlobPresence(to) && (await to.hasBlob(layer.digest)))
            continue;
        const writer = await to.startLayer();
        await (0,_streams_js__WEBPACK_IMPORTED_MODULE_2__/* .pipeIntoWriter */ ._)(await from.read(layer), writer);
        const copied = await to.finishLayer(layer.mediaType, layer.platform, writer);
        if (copied.digest !== layer.digest) {
            throw (0,_verify_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .corruptBlobError */ .pS)(layer.digest, `copying ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} produced ${copied.digest}`);
        }
    }
    await to.save(artifact);
    return artifact;
}
function hasBlobPresence(backend) {
    return typeof backend.hasBlob === 'function';
}
function hasDeferredIndex(backend) {
    return typeof backend.compact === 'function';
}
/** The seed's storage-manager: the build cache with read-through (and optional write-back) remote caches. */
class CacheManager {
    policy;
    /** Remote caches that could not be reached: not asked again by this manager (one command). */
    unreachable = new Set();
    /** Remote caches that refused a write: not written to again by this manager. */
    refusingWrites = new Set();
    constructor(policy) {
        this.policy = policy;
    }
    async open(id) {
        const { buildCache } = this.policy;
        if (await buildCache.has(id))
            return buildCache.open(id);
        for (const remote of this.reachableRemotes()) {
            const fetched = await this.tryRemote(remote, 'fetch', id, async () => (await remote.backend.has(id)) ? transferArtifact(remote.backend, buildCache, id) : undefined);
            if (fetched)
                return fetched;
        }
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EdoError */ .bX(`artifact ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)} is not in the build cache or any remote cache`);
    }
    async has(id) {
        if (await this.policy.buildCache.has(id))
            return true;
        for (const remote of this.reachableRemotes()) {
            if (await this.tryRemote(remote, 'check', id, () => remote.backend.has(id)))
                return true;
        }
        return false;
    }
    /** Layers of every artifact a build sees are in the build cache (open copies them there). */
    read(layer) {
        return this.policy.buildCache.read(layer);
    }
    startLayer() {
        return this.policy.buildCache.startLayer();
    }
    finishLayer(mediaType, platform, writer) {
        return this.policy.buildCache.finishLayer(mediaType, platform, writer);
    }
    async save(artifact) {
        const { buildCache, writeBack } = this.policy;
        await buildCache.save(artifact);
        if (!writeBack)
            return;
        const { id } = artifact.config;
        for (const remote of this.reachableRemotes()) {
            if (this.refusingWrites.has(remote))
                continue;
            await this.tryRemote(remote, 'push', id, () => transferArtifact(buildCache, remote.backend, id));
        }
    }
    /** Writes out what the backends deferred (the local store's index journal): a command's end. */
    async compact() {
        const { buildCache, remoteCaches, warn } = this.policy;
        for (const backend of [buildCache, ...remoteCaches.map((remote) => remote.backend)]) {
            if (!hasDeferredIndex(backend))
                continue;
            // Nothing is lost when this fails: the changes stay in the journal, which readers apply.
            await backend
                .compact()
                .catch((err) => warn?.(`could not compact a store's index: ${err.message}`));
        }
    }
    reachableRemotes() {
        return this.policy.remoteCaches.filter((remote) => !this.unreachable.has(remote));
    }
    /**
     * A remote cache that fails is a miss, with a warning. One that cannot be reached at all is
     * not asked again: every target would wait for it and repeat the same warning.
     */
    async tryRemote(remote, what, id, body) {
        try {
            return await body();
        }
        catch (err) {
            if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreachableError */ .Jk) {
                if (!this.unreachable.has(remote)) {
                    this.unreachable.add(remote);
                    this.policy.warn?.(`remote cache ${remote.name}: ${err.message}; not used for the rest of this command`);
                }
            }
            else if (err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WritesRefusedError */ .tj) {
                // Pushes already under way when the first refusal came say nothing more.
                if (!this.refusingWrites.has(remote)) {
                    this.refusingWrites.add(remote);
                    this.policy.warn?.(`remote cache ${remote.name}: ${err.message}; nothing more is pushed to it in this command`);
                }
            }
            else {
                this.policy.warn?.(`remote cache ${remote.name}: cannot ${what} ${(0,_model_id_format_js__WEBPACK_IMPORTED_MODULE_1__.idToString)(id)}: ${err.message}`);
            }
            return undefined;
        }
    }
}


/***/ })

};
