import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 218;
export const ids = [218];
export const modules = {

/***/ 97701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $6: () => (/* binding */ evaluateWorkspace),
  tP: () => (/* binding */ findPackages)
});

// UNUSED EXPORTS: MAX_STEPS_PER_FILE, listPackageFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/model/label.js
var model_label = __webpack_require__(95691);
// EXTERNAL MODULE: ./lib/engine/cache-key.js
var cache_key = __webpack_require__(71234);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/engine/eval-cache.js




/** Bumped whenever evaluation or the cached form changes meaning (2: glob refuses to match nothing). */
const EVAL_CACHE_VERSION = 2;
const CACHE_FILE = 'evaluation.json';
function listingDigest(files) {
    return (0,cache_key/* sha256Hex */.fg)(files.join('\n'));
}
/**
 * The model of the last evaluation, kept in `.edo/evaluation.json` with everything it was made
 * from: the bytes of each build and `.star` file read, the file listings globs looked at, the
 * package list, the rule schemas and the directory edo runs in (positions are relative to it).
 * When all of them are unchanged the model is reused and no Starlark runs; a null build of a
 * large workspace is then mostly hashing. `print()` in build files only prints when they run.
 */
class EvaluationCache {
    paths;
    rules;
    packages;
    path;
    key;
    constructor(paths, rules, packages) {
        this.paths = paths;
        this.rules = rules;
        this.packages = packages;
        this.path = (0,external_node_path_.join)(paths.state, CACHE_FILE);
        this.key = (0,cache_key/* digestOf */.ol)({ version: EVAL_CACHE_VERSION, cwd: process.cwd(), rules: rules.all(), packages });
    }
    /** The cached model when still valid; `listing(pkg)` lists a package's files as evaluation would. */
    load(listing) {
        let cached;
        try {
            cached = JSON.parse((0,external_node_fs_.readFileSync)(this.path, 'utf8'));
        }
        catch {
            return undefined;
        }
        if (cached.key !== this.key)
            return undefined;
        for (const [file, digest] of Object.entries(cached.files)) {
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.paths.root, file));
            }
            catch {
                return undefined;
            }
            if ((0,cache_key/* sha256Hex */.fg)(bytes) !== digest)
                return undefined;
        }
        for (const [pkg, digest] of Object.entries(cached.listings)) {
            if (listingDigest(listing(pkg)) !== digest)
                return undefined;
        }
        const targets = new Map();
        for (const { node, deps } of cached.targets) {
            const schema = this.rules.get(node.kind);
            if (!schema)
                return undefined;
            targets.set(node.id, { node, schema, deps });
        }
        const byName = (nodes) => new Map(nodes.map((n) => [n.name, n]));
        return {
            paths: this.paths,
            packages: this.packages,
            targets,
            farms: byName(cached.farms),
            backends: byName(cached.backends),
            configs: byName(cached.configs),
            vendors: byName(cached.vendors),
            files: Object.keys(cached.files),
            // Only a workspace whose packages all evaluated is cached.
            brokenPackages: new Map(),
        };
    }
    /** Records a fresh evaluation (atomically; a cache that cannot be written is simply not kept). */
    async save(model, files, listings) {
        const entry = {
            key: this.key,
            files: Object.fromEntries(files),
            listings: Object.fromEntries([...listings].map(([pkg, list]) => [pkg, listingDigest(list)])),
            targets: [...model.targets.values()].map((t) => ({ node: t.node, deps: [...t.deps] })),
            farms: [...model.farms.values()],
            backends: [...model.backends.values()],
            configs: [...model.configs.values()],
            vendors: [...model.vendors.values()],
        };
        let text;
        try {
            text = JSON.stringify(entry);
        }
        catch {
            return; // attributes that JSON cannot hold (a bigint): evaluate every time
        }
        const temp = `${this.path}.${process.pid}.tmp`;
        try {
            await (0,promises_.mkdir)(this.paths.state, { recursive: true });
            const handle = await (0,promises_.open)(temp, 'w', 0o644);
            try {
                await handle.writeFile(text);
            }
            finally {
                await handle.close();
            }
            await (0,promises_.rename)(temp, this.path);
        }
        catch {
            await (0,promises_.unlink)(temp).catch(() => undefined);
        }
    }
}

// EXTERNAL MODULE: ./lib/engine/rules.js
var rules = __webpack_require__(8089);
// EXTERNAL MODULE: ./lib/starlark/index.js + 3 modules
var starlark = __webpack_require__(93188);
;// CONCATENATED MODULE: ./lib/engine/starlark-host.js


/**
 * A builtin whose implementation receives the caller's position. Edo errors it throws become
 * Starlark errors at their position, so the interpreter adds the traceback.
 */
function hostFunction(name, fn) {
    return (0,starlark/* defineBuiltin */.zr)(name, (call) => {
        const position = call.position ?? { file: '<unknown>', line: 0, col: 0 };
        try {
            return fn({
                args: call.args,
                kwargs: call.kwargs.map(([k, v]) => [(0,starlark/* toJS */.HO)(k), v]),
                position,
            });
        }
        catch (err) {
            if (err instanceof starlark/* StarlarkError */.H9 || !(err instanceof errors/* EdoError */.bX))
                throw err;
            const converted = new starlark/* StarlarkError */.H9(err.message, err.context.position ?? position);
            throw converted;
        }
    });
}
/**
 * Evaluates build files with the build dialect. Loaded modules are evaluated once per evaluator
 * and shared; a load cycle is an error naming the cycle.
 */
class BuildFileRunner {
    options;
    loader;
    /** Loads in progress: while one runs, the code running is a `.star` file's top level. */
    loading = 0;
    constructor(options) {
        this.options = options;
        const load = (0,starlark/* createLoader */.Eq)((module, fromFile) => {
            const target = options.resolveLoad(module, fromFile);
            return { ...target, predeclared: new Map(options.predeclared), dialect: starlark/* dialects */.O9.build };
        });
        this.loader = (module, fromFile, thread) => {
            this.loading++;
            try {
                return load(module, fromFile, thread);
            }
            finally {
                this.loading--;
            }
        };
    }
    /** Whether a `.star` file's top level is running (not a BUILD file, nor a macro it called). */
    get loadingModule() {
        return this.loading > 0;
    }
    /** Runs one build file; a Starlark error becomes a usage error at its position, with its traceback. */
    run(file, source) {
        try {
            (0,starlark/* execModule */.cF)({
                file,
                source,
                dialect: starlark/* dialects */.O9.build,
                predeclared: new Map(this.options.predeclared),
                load: this.loader,
                print: (line) => this.options.print(line),
                maxSteps: this.options.maxSteps,
            });
        }
        catch (err) {
            if (!(err instanceof starlark/* StarlarkError */.H9))
                throw err;
            // A call at the top level of the file has a traceback of that one line: the error's own.
            const frames = err.traceback.length > 1 ? err.traceback : [];
            const details = frames.map((f) => `  ${f.pos.file}:${f.pos.line}:${f.pos.col}: in ${f.name}`);
            throw new errors/* UsageError */.eb(withBazelHint((0,starlark/* messageText */.Lo)(err.message)), {
                position: err.position,
                ...(details.length > 0 && { details: ['Traceback (most recent call last):', ...details] }),
            });
        }
    }
}
/**
 * What edo writes for the Bazel rules people try first. Starlark's own hint (a close name) is
 * shown instead when it has one.
 */
const BAZEL_EQUIVALENTS = {
    genrule: 'script(...) runs commands',
    sh_binary: 'script(...) runs commands',
    sh_test: 'script(...) runs commands',
    sh_library: 'script(...) runs commands',
    run_binary: 'script(...) runs commands',
    filegroup: 'local_source(...) takes files from the workspace',
    exports_files: 'local_source(...) takes files from the workspace',
    http_archive: 'url_source(...) downloads a file by URL and sha256',
    http_file: 'url_source(...) downloads a file by URL and sha256',
    git_repository: 'git_source(...) checks out a commit',
    new_git_repository: 'git_source(...) checks out a commit',
    oci_image: 'image(...) uses an OCI image',
    oci_pull: 'image(...) uses an OCI image',
    container_image: 'image(...) uses an OCI image',
    container_pull: 'image(...) uses an OCI image',
    pkg_tar: 'compose(...) merges artifacts',
    // Language rules: a script runs the compiler (or a plugin provides a rule for it).
    ...Object.fromEntries(['cc', 'py', 'java', 'go', 'rust'].flatMap((lang) => ['binary', 'library', 'test'].map((what) => [
        `${lang}_${what}`,
        'script(...) runs the compiler, or a plugin adds a rule for it',
    ]))),
};
function withBazelHint(message) {
    // `genrule(...)`, or `native.genrule(...)` in a macro.
    const name = /^(?:undefined: |struct has no \.)(\w+)(?: attribute)?$/.exec(message)?.[1];
    const equivalent = name !== undefined && Object.hasOwn(BAZEL_EQUIVALENTS, name) ? BAZEL_EQUIVALENTS[name] : undefined;
    return equivalent ? `${message} (edo has no ${name}: ${equivalent}; see docs/rules.md)` : message;
}
/** A Starlark value as configuration data; functions and other non-data values are an error. */
function toNodeValue(value, what, position) {
    const check = (js) => {
        if (js === null || ['boolean', 'number', 'bigint', 'string'].includes(typeof js))
            return js;
        if (Array.isArray(js))
            return js.map(check);
        if (js !== null && typeof js === 'object' && Object.getPrototypeOf(js) === Object.prototype) {
            return Object.fromEntries(Object.entries(js).map(([k, v]) => [k, check(v)]));
        }
        const type = js instanceof Map ? 'dict with non-string keys' : (0,starlark/* typeName */.go)(js);
        throw new errors/* UsageError */.eb(`${what}: a ${type} cannot be used as configuration`, { position });
    };
    return check((0,starlark/* toJS */.HO)(value));
}
/** Plain data as a Starlark value. */
function toStarlark(value) {
    return (0,starlark/* fromJS */.ss)(value);
}

// EXTERNAL MODULE: ./lib/storage/fs-util.js
var fs_util = __webpack_require__(87563);
// EXTERNAL MODULE: ./lib/engine/workspace.js
var workspace = __webpack_require__(13091);
;// CONCATENATED MODULE: ./lib/engine/evaluate.js











const isFile = (path) => (0,fs_util/* statIfPresent */.Nn)(path)?.isFile() ?? false;
/** A host call's keyword arguments as the interpreter's argument helpers take them. */
const mutableKwargs = (call) => call.kwargs.map(([k, v]) => [k, v]);
/** Steps one build or `.star` file may take: generous for real files, a stop for runaway ones. */
const MAX_STEPS_PER_FILE = 10_000_000;
/**
 * Every package (a directory with BUILD.edo) under `root`, as package paths, sorted; `ignored`
 * are the directories `.edoignore` lists (`ignoredDirectories`).
 */
function findPackages(root, ignored) {
    const packages = [];
    const walk = (dir, pkg) => {
        const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        if (entries.some((e) => e.name === workspace.BUILD_FILE && e.isFile()))
            packages.push(pkg);
        for (const entry of entries) {
            const sub = pkg === '' ? entry.name : `${pkg}/${entry.name}`;
            if (entry.isDirectory() && !(0,workspace.neverSearched)(entry.name) && !ignored.has(sub))
                walk((0,external_node_path_.join)(dir, entry.name), sub);
        }
    };
    walk(root, '');
    return packages.sort();
}
/**
 * The files of a package (relative paths, sorted) for glob and file patterns: subpackages,
 * directories `.edoignore` names (`stops` holds both), hidden state and node_modules excluded.
 */
function listPackageFiles(root, pkg, stops) {
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const rel = prefix + entry.name;
            if (entry.isDirectory()) {
                const sub = pkg === '' ? rel : `${pkg}/${rel}`;
                if ((0,workspace.neverSearched)(entry.name) || stops.has(sub))
                    continue;
                walk((0,external_node_path_.join)(dir, entry.name), rel + '/');
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                files.push(rel);
            }
        }
    };
    walk((0,external_node_path_.join)(root, pkg), '');
    return files.sort();
}
/** Workspace-level declarations: global names, usable in any build file. */
const WORKSPACE_DECLARATIONS = {
    storage_backend: 'backends',
    environment_farm: 'farms',
    build_config: 'configs',
    vendor: 'vendors',
};
const BUILD_CONFIG_ATTRS = {
    build_cache: { type: 'string', doc: 'storage_backend for local results (default: the local store)' },
    remote_caches: { type: 'string_list', default: [], doc: 'storage_backends read through, in order' },
    write_back: { type: 'bool', default: false, doc: 'push new results to the remote caches' },
    default_farm: { type: 'string', default: 'local', doc: 'environment_farm of targets that name none' },
    jobs: { type: 'int', doc: 'default for --jobs' },
};
/**
 * Evaluates every build file of a workspace into its model: WORKSPACE.edo first, then each
 * package's BUILD.edo. Rule calls record targets; declarations record farms, backends and configs.
 * Evaluation is synchronous: build files cannot do I/O except through `load` and `glob`.
 */
class WorkspaceEvaluator {
    paths;
    packages;
    searchStops;
    pluginCalls;
    targets = new Map();
    declarations = {
        backends: new Map(),
        farms: new Map(),
        configs: new Map(),
        vendors: new Map(),
    };
    /** Every file read (workspace-relative path → sha256 of its bytes). */
    fileDigests = new Map();
    runner;
    /** The package of each file evaluated (by display path), for relative labels in its loads. */
    packageOfFile = new Map();
    predeclared = new Map();
    packageSet;
    /** The package whose build file is being evaluated: rule calls in loaded macros belong to it. */
    pkg = '';
    /** Package listings read by glob and file patterns: what else an evaluation depends on. */
    listings = new Map();
    constructor(paths, rules, packages, 
    /** Where a package's file listing stops (`searchStops`). */
    searchStops, 
    /** `file:line` of each plugin(...) call the pre-pass read. */
    pluginCalls, 
    /** Where build files' `print()` goes. */
    output) {
        this.paths = paths;
        this.packages = packages;
        this.searchStops = searchStops;
        this.pluginCalls = pluginCalls;
        this.packageSet = new Set(packages);
        for (const schema of rules.all()) {
            this.predeclared.set(schema.kind, hostFunction(schema.kind, (call) => this.ruleCall(schema, call)));
        }
        for (const kind of Object.keys(WORKSPACE_DECLARATIONS)) {
            this.predeclared.set(kind, hostFunction(kind, (call) => this.declaration(kind, call)));
        }
        // Plugins were read by the pre-pass (plugins.ts); a call it did not see (in a macro or a
        // loaded .star file) would come too late to register anything.
        this.predeclared.set('plugin', hostFunction('plugin', (call) => {
            if (!this.pluginCalls.has(`${call.position.file}:${call.position.line}`)) {
                throw new errors/* UsageError */.eb('plugin(...) must be called at the top level of WORKSPACE.edo or a BUILD.edo file', { position: call.position });
            }
            return null;
        }));
        this.predeclared.set('glob', hostFunction('glob', (call) => this.glob(call)));
        // Bazel's build files have it: constants grouped in .star files (`DEPS = struct(...)`).
        this.predeclared.set('struct', starlark/* structBuiltin */.jg);
        this.predeclared.set('package_name', hostFunction('package_name', (call) => {
            this.requirePackage('package_name()', call);
            (0,starlark/* positional */.n8)('package_name', [...call.args], mutableKwargs(call), 0, 0);
            return toStarlark(this.pkg);
        }));
        // Bazel's macros reach the rules through `native` (native.genrule(...), native.glob(...)).
        this.predeclared.set('native', new starlark/* Struct */._k(new Map(this.predeclared), 'native'));
        this.runner = new BuildFileRunner({
            predeclared: this.predeclared,
            resolveLoad: (module, fromFile) => this.resolveLoad(module, fromFile),
            maxSteps: MAX_STEPS_PER_FILE,
            print: (line) => output.write(`${line}\n`),
        });
    }
    /** How a position's file reads in messages: relative to where edo was started. */
    displayPath(file) {
        return (0,external_node_path_.relative)(process.cwd(), file) || file;
    }
    evaluateFile(path, pkg) {
        this.pkg = pkg;
        const file = this.displayPath(path);
        this.packageOfFile.set(file, pkg);
        this.runner.run(file, this.read(path));
    }
    read(path) {
        const bytes = (0,external_node_fs_.readFileSync)(path);
        this.fileDigests.set((0,external_node_path_.relative)(this.paths.root, path).split(external_node_path_.sep).join('/'), (0,cache_key/* sha256Hex */.fg)(bytes));
        return bytes.toString('utf8');
    }
    /** `load("//pkg:file.star", ...)`: a label, relative ones resolved in the loading file's package. */
    resolveLoad(module, fromFile) {
        const label = (0,model_label/* parsingLabels */.WU)(() => (0,model_label/* parseLabel */.Q_)(module, this.packageOfFile.get(fromFile) ?? this.pkg));
        const path = (0,external_node_path_.join)(this.paths.root, label.pkg, label.name);
        if (!isFile(path)) {
            // `//lib/defs.star` names the file defs.star in package lib/defs.star, as in Bazel.
            const meant = !module.includes(':') && isFile((0,external_node_path_.join)(this.paths.root, label.pkg));
            const hint = meant
                ? `; did you mean //${external_node_path_.posix.dirname(label.pkg).replace(/^\.$/, '')}:${external_node_path_.posix.basename(label.pkg)}?`
                : '';
            throw new errors/* UsageError */.eb(`no such file ${this.displayPath(path)}${hint}`);
        }
        const file = this.displayPath(path);
        this.packageOfFile.set(file, label.pkg);
        return { key: (0,model_label/* formatLabel */.wR)(label), file, source: this.read(path) };
    }
    site(position) {
        return { pkg: this.pkg, position, expandFiles: (text) => this.expandFiles(text, position) };
    }
    kwargs(kind, call) {
        if (call.args.length > 0) {
            throw new errors/* UsageError */.eb(`${kind}: takes keyword arguments only (name = ..., ...)`, {
                position: call.position,
            });
        }
        const out = {};
        for (const [key, value] of call.kwargs)
            out[key] = toNodeValue(value, `${kind}: attribute ${key}`, call.position);
        return out;
    }
    /**
     * Rule calls, glob() and package_name() act on the package being evaluated. A `.star` file's
     * top level has none: it runs once, for whichever package loads it first (as in Bazel, an error).
     */
    requirePackage(what, call) {
        if (this.runner.loadingModule) {
            throw new errors/* UsageError */.eb(`${what} can only be called from a BUILD file and the macros it calls, not at the top level of a .star file`, { position: call.position });
        }
    }
    ruleCall(schema, call) {
        this.requirePackage(`${schema.kind}()`, call);
        const { name, attrs } = (0,rules/* checkRuleCall */.F0)(schema, this.kwargs(schema.kind, call), this.site(call.position));
        const label = (0,model_label/* parsingLabels */.WU)(() => (0,model_label/* formatLabel */.wR)((0,model_label/* parseLabel */.Q_)(`:${name}`, this.pkg)), {
            prefix: schema.kind,
            position: call.position,
        });
        const existing = this.targets.get(label);
        if (existing) {
            const at = existing.node.position;
            throw new errors/* UsageError */.eb(`target ${label} is already declared at ${at.file}:${at.line}:${at.col}`, {
                position: call.position,
            });
        }
        const node = { kind: schema.kind, name, id: label, attrs, position: call.position };
        this.targets.set(label, { node, schema, deps: (0,rules/* dependencyLabels */.Tc)(schema, attrs) });
        return null;
    }
    /**
     * `storage_backend(name, kind = "local", plugin = None, **config)`; `environment_farm(...)` and
     * `vendor(...)` alike,
     * `build_config(...)` with its fixed attributes. The node's kind is the component kind: `kind`,
     * else the plugin's name (a plugin registers its components under it), else `local`.
     */
    declaration(kind, call) {
        const kwargs = this.kwargs(kind, call);
        let name;
        let attrs;
        let componentKind;
        if (kind === 'build_config') {
            ({ name, attrs } = (0,rules/* checkRuleCall */.F0)({ kind, attrs: BUILD_CONFIG_ATTRS }, kwargs, this.site(call.position)));
            componentKind = kind;
        }
        else {
            const { name: n, kind: k, ...rest } = kwargs;
            if (typeof n !== 'string' || n === '') {
                throw new errors/* UsageError */.eb(`${kind}: attribute name is required and must be a non-empty string`, {
                    position: call.position,
                });
            }
            if (k !== undefined && typeof k !== 'string') {
                throw new errors/* UsageError */.eb(`${kind}: attribute kind must be a string`, { position: call.position });
            }
            name = n;
            attrs = rest;
            componentKind = k ?? (typeof rest.plugin === 'string' ? rest.plugin : 'local');
        }
        const table = this.declarations[WORKSPACE_DECLARATIONS[kind]];
        const existing = table.get(name);
        if (existing) {
            const at = existing.position;
            throw new errors/* UsageError */.eb(`${kind} "${name}" is already declared at ${at.file}:${at.line}:${at.col}`, {
                position: call.position,
            });
        }
        table.set(name, { kind: componentKind, name, id: name, attrs, position: call.position });
        return null;
    }
    /** The files of a package, listed once per evaluation (glob and file patterns read it). */
    packageFiles(pkg) {
        let files = this.listings.get(pkg);
        if (!files) {
            files = listPackageFiles(this.paths.root, pkg, this.searchStops);
            this.listings.set(pkg, files);
        }
        return files;
    }
    matchFiles(pkg, include, exclude) {
        const inc = include.map(model_label/* globToRegExp */.tL);
        const exc = exclude.map(model_label/* globToRegExp */.tL);
        return this.packageFiles(pkg).filter((f) => inc.some((r) => r.test(f)) && !exc.some((r) => r.test(f)));
    }
    /**
     * `glob(include, exclude = [], allow_empty = False)`: files of the current package, as names
     * relative to it, sorted. As in Bazel 8, a pattern that matches nothing (a typo in a path, most
     * often) is an error unless `allow_empty = True`, and so is an empty result.
     */
    glob(call) {
        this.requirePackage('glob()', call);
        const [include, exclude, allowEmpty] = (0,starlark/* unpackArgs */.AS)('glob', [...call.args], mutableKwargs(call), [
            'include',
            'exclude?',
            'allow_empty?',
        ]);
        const asList = (value, what) => {
            const node = toNodeValue(value, `glob: ${what}`, call.position);
            if (!Array.isArray(node) || node.some((v) => typeof v !== 'string')) {
                throw new errors/* UsageError */.eb(`glob: ${what} must be a list of strings`, { position: call.position });
            }
            return node;
        };
        const included = asList(include, 'include');
        const excluded = exclude === undefined ? [] : asList(exclude, 'exclude');
        const files = this.matchFiles(this.pkg, included, excluded);
        const mayBeEmpty = allowEmpty === undefined ? false : toNodeValue(allowEmpty, 'glob: allow_empty', call.position);
        if (typeof mayBeEmpty !== 'boolean')
            throw new errors/* UsageError */.eb('glob: allow_empty must be True or False', { position: call.position });
        if (!mayBeEmpty) {
            const where = this.pkg === '' ? 'the root package' : `package ${this.pkg}`;
            const fix = '(allow_empty = True allows it)';
            const listing = this.packageFiles(this.pkg);
            for (const pattern of included) {
                const regexp = (0,model_label/* globToRegExp */.tL)(pattern);
                if (!listing.some((file) => regexp.test(file))) {
                    throw new errors/* UsageError */.eb(`glob: ${JSON.stringify(pattern)} matches no file in ${where} ${fix}`, {
                        position: call.position,
                    });
                }
            }
            if (files.length === 0) {
                throw new errors/* UsageError */.eb(`glob: every file it matches in ${where} is excluded ${fix}`, {
                    position: call.position,
                });
            }
        }
        return toStarlark(files);
    }
    /**
     * A file label, which must name a file of its package: `p/y.c` where `p` has a BUILD.edo of its
     * own is that package's file, as in Bazel ("crosses into package").
     */
    fileLabel(text, position) {
        const label = (0,model_label/* parseLabel */.Q_)(text, this.pkg);
        const parts = label.name.split('/');
        for (let i = parts.length - 1; i > 0; i--) {
            const inner = [label.pkg, ...parts.slice(0, i)].filter((part) => part !== '').join('/');
            if (this.packageSet.has(inner)) {
                throw new errors/* UsageError */.eb(`${text}: ${parts.slice(0, i).join('/')} is a package of its own (it has a ${workspace.BUILD_FILE}): name the file //${inner}:${parts.slice(i).join('/')}`, { position });
            }
        }
        return label;
    }
    /** A `files` attribute entry: a file label, or a pattern such as `//src:*.cpp` or `*.txt`. */
    expandFiles(text, position) {
        return (0,model_label/* parsingLabels */.WU)(() => {
            const colon = text.lastIndexOf(':');
            const name = colon < 0 ? text : text.slice(colon + 1);
            if (!(0,model_label/* hasGlob */.bz)(name))
                return [(0,model_label/* formatLabel */.wR)(this.fileLabel(text, position))];
            const pkg = text.startsWith('//') ? text.slice(2, colon) : this.pkg;
            if (!text.startsWith('//') && colon > 0)
                throw new model_label/* LabelSyntaxError */.IJ(text, 'a relative pattern must start with ":"');
            (0,model_label/* parseLabel */.Q_)(`//${pkg}:x`, '');
            if (!this.packageSet.has(pkg) && pkg !== '') {
                throw new errors/* UsageError */.eb(`${text}: no package ${pkg} (no ${pkg}/${workspace.BUILD_FILE})`, { position });
            }
            const files = this.matchFiles(pkg, [name], []);
            // As glob(): a pattern that matches nothing is a misspelling more often than not.
            if (files.length === 0) {
                const where = pkg === '' ? 'the root package' : `package ${pkg}`;
                throw new errors/* UsageError */.eb(`${text} matches no file in ${where}`, { position });
            }
            return files.map((file) => (0,model_label/* formatLabel */.wR)({ pkg, name: file }));
        }, { position });
    }
}
/**
 * Evaluates the workspace's build files into its model, or takes the model from the evaluation
 * cache when nothing it was made from has changed (see eval-cache.ts).
 */
async function evaluateWorkspace(paths, rules, packages, ignored, plugins, output) {
    // Where a package's file listing stops: other packages and the ignored directories.
    const stops = new Set([...packages, ...ignored]);
    const cache = new EvaluationCache(paths, rules, packages);
    const cached = cache.load((pkg) => listPackageFiles(paths.root, pkg, stops));
    if (cached)
        return cached;
    const pluginCalls = new Set(plugins.map(({ node: { position } }) => `${position.file}:${position.line}`));
    const evaluator = new WorkspaceEvaluator(paths, rules, packages, stops, pluginCalls, output);
    evaluator.evaluateFile((0,external_node_path_.join)(paths.root, workspace.WORKSPACE_FILE), '');
    const brokenPackages = new Map();
    for (const pkg of packages) {
        try {
            evaluator.evaluateFile((0,external_node_path_.join)(paths.root, pkg, workspace.BUILD_FILE), pkg);
        }
        catch (err) {
            if (!(err instanceof errors/* UsageError */.eb))
                throw err;
            brokenPackages.set(pkg, err);
            // What it declared before the error is not the package: none of it is used.
            for (const label of evaluator.targets.keys()) {
                if (label.slice(2, label.indexOf(':')) === pkg)
                    evaluator.targets.delete(label);
            }
        }
    }
    const model = {
        paths,
        packages,
        targets: evaluator.targets,
        farms: evaluator.declarations.farms,
        backends: evaluator.declarations.backends,
        configs: evaluator.declarations.configs,
        vendors: evaluator.declarations.vendors,
        files: [...evaluator.fileDigests.keys()],
        brokenPackages,
    };
    if (brokenPackages.size === 0)
        await cache.save(model, evaluator.fileDigests, evaluator.listings);
    return model;
}


/***/ }),

/***/ 85245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ scanPluginDeclarations)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73434);
/* harmony import */ var _starlark_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93188);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13091);





/** How a build file's path reads in positions: relative to where edo was started, as the evaluator does. */
function displayPath(file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), file) || file;
}
/** Starlark string literals hold UTF-8 bytes, one char per byte. */
function decodeString(bytes) {
    return Buffer.from(bytes, 'latin1').toString('utf8');
}
/**
 * The value of a literal expression: `plugin(...)` is read before evaluation, so its arguments
 * must be written out (strings, numbers, booleans, None, lists, tuples, dicts).
 */
function literalValue(expr, what, position) {
    const at = { ...position, line: expr.line, col: expr.col };
    switch (expr.kind) {
        case 'Literal':
            if (typeof expr.value === 'string')
                return decodeString(expr.value);
            if (typeof expr.value === 'number' || typeof expr.value === 'bigint')
                return expr.value;
            break;
        case 'Ident':
            if (expr.name === 'True')
                return true;
            if (expr.name === 'False')
                return false;
            if (expr.name === 'None')
                return null;
            break;
        case 'Paren':
            return literalValue(expr.x, what, position);
        case 'List':
        case 'Tuple':
            return expr.elems.map((e) => literalValue(e, what, position));
        case 'Dict': {
            const out = {};
            for (const [k, v] of expr.entries) {
                const key = literalValue(k, what, position);
                if (typeof key !== 'string')
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what}: dict keys must be strings`, { position: at });
                out[key] = literalValue(v, what, position);
            }
            return out;
        }
        default:
            break;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} must be a literal value: plugin(...) declarations are read before the build files are evaluated`, { position: at });
}
/**
 * The syntactic pre-pass: every top-level `plugin(...)` call of WORKSPACE.edo and each package's
 * BUILD.edo, so that the plugins' components and rule kinds exist before any file is evaluated (a
 * plugin and its rule kind may then be used in the same file). Files without `plugin(` are not parsed.
 */
function scanPluginDeclarations(root, packages) {
    const files = [
        [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, _workspace_js__WEBPACK_IMPORTED_MODULE_4__.WORKSPACE_FILE), ''],
        ...packages.map((pkg) => [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pkg, _workspace_js__WEBPACK_IMPORTED_MODULE_4__.BUILD_FILE), pkg]),
    ];
    const found = [];
    for (const [path, pkg] of files) {
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'latin1');
        if (!source.includes('plugin('))
            continue;
        const file = displayPath(path);
        let calls;
        try {
            calls = (0,_starlark_index_js__WEBPACK_IMPORTED_MODULE_3__/* .topLevelCalls */ .tx)((0,_starlark_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFile */ .CJ)(file, source), 'plugin');
        }
        catch (err) {
            // The evaluation reports syntax errors with their traceback.
            if (err instanceof _starlark_index_js__WEBPACK_IMPORTED_MODULE_3__/* .StarlarkError */ .H9)
                continue;
            throw err;
        }
        for (const call of calls) {
            const position = { file, line: call.line, col: call.col };
            const attrs = {};
            for (const arg of call.args) {
                if (arg.kind !== 'named' || arg.name === undefined) {
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('plugin: takes keyword arguments only (name = ..., ...)', { position });
                }
                attrs[arg.name] = literalValue(arg.value, `plugin: attribute ${arg.name}`, position);
            }
            const { name, ...rest } = attrs;
            if (typeof name !== 'string' || name === '') {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('plugin: attribute name is required and must be a non-empty string', {
                    position,
                });
            }
            found.push({ pkg, node: { kind: 'plugin', name, id: name, attrs: rest, position } });
        }
    }
    return found;
}


/***/ }),

/***/ 8089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ checkRuleCall),
/* harmony export */   Tc: () => (/* binding */ dependencyLabels),
/* harmony export */   UD: () => (/* binding */ RuleRegistry)
/* harmony export */ });
/* unused harmony export describeValue */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/* harmony import */ var _model_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95691);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71133);



/** Rule kinds callable in build files. Built-ins and plugins register theirs alike. */
class RuleRegistry {
    schemas = new Map();
    register(schema) {
        if (this.schemas.has(schema.kind))
            throw new Error(`rule kind "${schema.kind}" is registered twice`);
        this.schemas.set(schema.kind, schema);
    }
    get(kind) {
        return this.schemas.get(kind);
    }
    all() {
        return [...this.schemas.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
    }
}
function describeValue(value) {
    if (value === null)
        return 'None';
    if (Array.isArray(value))
        return 'list';
    switch (typeof value) {
        case 'boolean':
            return 'bool';
        case 'number':
        case 'bigint':
            return 'int';
        case 'string':
            return 'string';
        default:
            return 'dict';
    }
}
/** A value of the wrong type, down to the element that is not a string in a list or dict. */
function describeMismatch(value) {
    const type = describeValue(value);
    if (Array.isArray(value)) {
        const at = value.findIndex((element) => typeof element !== 'string');
        return at < 0 ? type : `a list with ${describeValue(value[at])} at index ${at}`;
    }
    if (type !== 'dict')
        return type;
    const entry = Object.entries(value).find(([, v]) => typeof v !== 'string');
    return entry ? `a dict with ${describeValue(entry[1])} for ${JSON.stringify(entry[0])}` : type;
}
const TYPE_NAMES = {
    string: 'a string',
    bool: 'a bool',
    int: 'an int',
    string_list: 'a list of strings',
    string_dict: 'a dict of strings',
    label: 'a label string',
    label_list: 'a list of label strings',
    files: 'a list of file labels (or a glob())',
    any: 'any value',
};
function isStringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
/** Checks one attribute value against its type; returns it normalised (labels canonical). */
function checkAttr(kind, attr, spec, value, site) {
    const wrong = () => {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${kind}: attribute ${attr} must be ${TYPE_NAMES[spec.type]}, got ${describeMismatch(value)}`, {
            position: site.position,
        });
    };
    const label = (text) => (0,_model_label_js__WEBPACK_IMPORTED_MODULE_1__/* .parsingLabels */ .WU)(() => (0,_model_label_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalLabel */ .Z2)(text, site.pkg), {
        prefix: `${kind}: ${attr}`,
        position: site.position,
    });
    switch (spec.type) {
        case 'string':
            return typeof value === 'string' ? value : wrong();
        case 'bool':
            return typeof value === 'boolean' ? value : wrong();
        case 'int':
            return typeof value === 'number' || typeof value === 'bigint' ? value : wrong();
        case 'string_list':
            return isStringList(value) ? value : wrong();
        case 'string_dict':
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return wrong();
            return Object.values(value).every((v) => typeof v === 'string') ? value : wrong();
        case 'label':
            return typeof value === 'string' ? label(value) : wrong();
        case 'label_list': {
            if (!isStringList(value))
                return wrong();
            const labels = value.map(label);
            // As in Bazel: a label twice is a mistake (in a compose's deps, order decides what wins).
            const twice = labels.find((each, i) => labels.indexOf(each) !== i);
            if (twice !== undefined) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${kind}: label ${twice} is duplicated in attribute ${attr}`, {
                    position: site.position,
                });
            }
            return labels;
        }
        case 'files': {
            if (!isStringList(value))
                return wrong();
            const files = new Set();
            for (const text of value)
                for (const file of site.expandFiles(text))
                    files.add(file);
            return [...files];
        }
        case 'any':
            return value;
    }
}
/**
 * Validates the keyword arguments of a rule call against its schema: every attribute known, of
 * the right type, the required ones present. Errors are at the call's position.
 */
function checkRuleCall(schema, kwargs, site) {
    const name = kwargs.name;
    if (typeof name !== 'string' || name === '') {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${schema.kind}: attribute name is required and must be a non-empty string`, {
            position: site.position,
        });
    }
    const attrs = {};
    for (const [attr, value] of Object.entries(kwargs)) {
        if (attr === 'name')
            continue;
        const spec = schema.attrs[attr];
        if (!spec) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${schema.kind}: unknown attribute ${attr}${(0,_model_names_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(attr, Object.keys(schema.attrs))}`, {
                position: site.position,
            });
        }
        if (value === null && !spec.required)
            continue;
        attrs[attr] = checkAttr(schema.kind, attr, spec, value, site);
    }
    for (const [attr, spec] of Object.entries(schema.attrs)) {
        if (attr in attrs)
            continue;
        if (spec.required) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${schema.kind}: missing required attribute ${attr}`, { position: site.position });
        }
        if (spec.default !== undefined && spec.default !== null)
            attrs[attr] = spec.default;
    }
    return { name, attrs };
}
/** The labels a target depends on: every label and label_list attribute. */
function dependencyLabels(schema, attrs) {
    const deps = [];
    for (const [attr, spec] of Object.entries(schema.attrs)) {
        const value = attrs[attr];
        if (spec.type === 'label' && typeof value === 'string')
            deps.push(value);
        if (spec.type === 'label_list' && Array.isArray(value))
            deps.push(...value);
    }
    return [...new Set(deps)];
}


/***/ }),

/***/ 47970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ FileDigestCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87563);




/**
 * A file modified this close to when it was hashed could be modified again within the file
 * system's timestamp granularity without its signature changing; such hashes are not kept.
 */
const SETTLED_AFTER_MS = 2000;
/**
 * The sha256 of large workspace files, keyed by the file's signature (`fileSignature`), so an
 * unchanged file is not read again on the next build (as git's index does). One small file per
 * source file under the workspace's state directory; losing one costs a re-hash only.
 */
class FileDigestCache {
    dir;
    tempDir;
    constructor(dir, tempDir) {
        this.dir = dir;
        this.tempDir = tempDir;
    }
    /** The cache of a workspace whose state directory (`.edo/`) is `stateDir`. */
    static ofWorkspace(stateDir) {
        return new FileDigestCache((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'digests'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'tmp'));
    }
    /** The file's sha256 (hex): remembered when its signature is unchanged, else from `hash()`. */
    async sha256(path, hash) {
        const entry = this.entryOf(path);
        const [recorded, before] = await Promise.all([this.recorded(entry), (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .fileSignature */ .$)(path)]);
        if (before !== undefined && recorded?.signature === before.key)
            return recorded.digest;
        const startedAt = Date.now();
        const computed = await hash();
        await this.record(entry, path, before, startedAt, computed);
        return computed;
    }
    /**
     * The bytes `read()` gives for the file at `path`, with their sha256 (hex): remembered when the
     * file's signature is the same before and after the read, so the digest is the bytes' own.
     */
    async read(path, read) {
        const entry = this.entryOf(path);
        const [recorded, before] = await Promise.all([this.recorded(entry), (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .fileSignature */ .$)(path)]);
        const startedAt = Date.now();
        const bytes = read();
        if (bytes === undefined)
            return undefined;
        const after = await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .fileSignature */ .$)(path);
        if (before !== undefined && after?.key === before.key && recorded?.signature === before.key)
            return { bytes, digest: recorded.digest };
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
        await this.record(entry, path, before, startedAt, digest);
        return { bytes, digest };
    }
    entryOf(path) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(path).digest('hex'));
    }
    async recorded(entry) {
        const [signature, digest] = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(entry, 'utf8').catch(() => undefined))?.split(' ') ?? [];
        return signature && digest ? { signature, digest } : undefined;
    }
    /** Keeps `digest` for the file when it has not changed since `before` and has settled. */
    async record(entry, path, before, startedAt, digest) {
        const after = await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .fileSignature */ .$)(path);
        if (!after || after.key !== before?.key || startedAt - after.modifiedMs <= SETTLED_AFTER_MS)
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.tempDir, { recursive: true });
        await (0,_storage_fs_util_js__WEBPACK_IMPORTED_MODULE_3__/* .replaceFile */ .fR)(entry, this.tempDir, `${after.key} ${digest}`);
    }
}


/***/ })

};
