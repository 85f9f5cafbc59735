import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 85;
export const ids = [85,19];
export const modules = {

/***/ 71234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ sourceDigest),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   kU: () => (/* binding */ environmentDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   p7: () => (/* binding */ transformDigest),
/* harmony export */   rO: () => (/* binding */ pluginTargetDigest)
/* harmony export */ });
/* unused harmony exports ENGINE_CACHE_VERSION, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * Bumped whenever what the engine stores for a target, or how it derives keys, changes: every
 * cache key includes it, so old entries are simply never hit again.
 */
const ENGINE_CACHE_VERSION = 1;
/** A copy of `value` with object keys sorted, bigints as `{"$bigint": "123"}`, `undefined` members dropped. */
function canonicalForm(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'bigint')
            return { $bigint: value.toString() };
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error(`cannot encode ${value} canonically`);
        if (typeof value === 'function' || typeof value === 'symbol') {
            throw new Error(`cannot encode a ${typeof value} canonically`);
        }
        return value;
    }
    if (Array.isArray(value))
        return value.map(canonicalForm);
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            sorted[key] = canonicalForm(member);
    }
    return sorted;
}
/**
 * A canonical JSON encoding: object keys sorted, no whitespace, bigints as `{"$bigint": "123"}`,
 * `undefined` members dropped. Equal data always gives equal bytes, whatever the key order.
 */
function canonicalJson(value) {
    return JSON.stringify(canonicalForm(value)) ?? 'null';
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<hex>` of the canonical encoding of `value`. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}
const farmDigests = new WeakMap();
/** The digest of a farm's identity (kind, image, setup, variables), computed once per farm. */
function environmentDigest(farm) {
    let digest = farmDigests.get(farm);
    if (!digest) {
        digest = farm.identity().then(digestOf);
        farmDigests.set(farm, digest);
    }
    return digest;
}
/** The digest a transform's `getUniqueId` reports: its cache key before the engine adds its own parts. */
function transformDigest(inputs) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, ...inputs });
}
/** The key of a source target: the source's own id digest under the engine's cache format. */
function sourceDigest(sourceIdDigest) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, source: sourceIdDigest });
}
/**
 * The key of a target a plugin implements: the component's own id digest (which the plugin
 * computes, without the engine's format), the plugin's digest and the engine's cache format.
 * Built-in components already include the format (`transformDigest`, `sourceDigest`).
 */
function pluginTargetDigest(componentDigest, pluginDigest) {
    return digestOf({ engine: ENGINE_CACHE_VERSION, component: componentDigest, plugin: pluginDigest });
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

/***/ 19085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultJobs: () => (/* binding */ defaultJobs),
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/environment/removal.js
var removal = __webpack_require__(35709);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/model/id-format.js
var id_format = __webpack_require__(26906);
// EXTERNAL MODULE: ./lib/transform/artifacts.js
var artifacts = __webpack_require__(58755);
// EXTERNAL MODULE: ./lib/engine/cache-key.js
var cache_key = __webpack_require__(71234);
;// CONCATENATED MODULE: ./lib/engine/early-cutoff.js

/**
 * Early cut-off, as Bazel's action cache gives it. A target's key takes its dependencies' keys,
 * so a dependency rebuilt to the same bytes would rebuild everything after it. Before running a
 * target whose dependencies are done, the engine also computes its *outputs key*: the target's
 * own key derivation run against a handle whose dependencies answer with a digest of what they
 * hold (layers, provides, requires, metadata; for a plugin's target, also what everything below
 * them holds) instead of their keys. A build stores its artifact
 * under both; a later build whose dependencies changed keys but not bytes finds the outputs key
 * and takes that artifact without running; the entry's name is the target's with `:outputs`
 * added. (The key stays the store's first lookup: it needs nothing built, so a null build opens
 * no artifact.)
 */
class OutputsKeys {
    handle;
    storage;
    depsOf;
    /** Per dependency, for the whole build: a dependency with many dependents is opened once. */
    contentDigests = new Map();
    deepDigests = new Map();
    constructor(handle, storage, depsOf) {
        this.handle = handle;
        this.storage = storage;
        this.depsOf = depsOf;
    }
    /** The outputs key of `view`, whose dependencies are built. */
    async of(view) {
        // A plugin's transform may read past its direct dependencies (handle.get(dep).depends(), as a
        // linker gathers libraries) while keying only on them, which their keys made sound: for it a
        // dependency stands for its contents and, recursively, those of everything below it.
        const standsFor = view.pluginDigest !== undefined ? this.deep : this.contents;
        const byContents = {
            storage: () => this.storage,
            get: (label) => {
                const dep = this.handle.get(label);
                if (!dep)
                    return undefined;
                const id = async () => ({
                    ...(await dep.getUniqueId(this.handle)),
                    digest: await standsFor(label, dep),
                });
                return new Proxy(dep, {
                    get: (target, property, receiver) => property === 'getUniqueId' ? id : Reflect.get(target, property, receiver),
                });
            },
        };
        const id = await view.idAgainst(byContents);
        // A name no target can have (":" is not allowed in one): the store keeps the newest artifact of
        // each name (`keepNewest`), and one build's two entries must not be taken for two generations.
        return { ...id, name: `${id.name}:outputs`, digest: (0,cache_key/* digestOf */.ol)({ outputsOf: id.digest }) };
    }
    /** A digest of what the target `label` holds. */
    contents = (label, dep) => once(this.contentDigests, label, async () => {
        const { config, layers } = await this.storage.open(await dep.getUniqueId(this.handle));
        return (0,cache_key/* digestOf */.ol)({
            layers: layers.map(({ mediaType, digest, platform }) => ({ mediaType, digest, platform })),
            provides: config.provides,
            requires: config.requires,
            metadata: config.metadata,
        });
    });
    /** A digest of what `label` and everything below it hold. */
    deep = (label, dep) => once(this.deepDigests, label, async () => {
        const own = await this.contents(label, dep);
        const under = [];
        for (const next of this.depsOf(label)) {
            const transform = this.handle.get(next);
            if (transform)
                under.push(await this.deep(next, transform));
        }
        return (0,cache_key/* digestOf */.ol)({ own, under });
    });
}
/** `make()`'s promise, made once per key of `memo`. */
function once(memo, key, make) {
    let value = memo.get(key);
    if (!value) {
        value = make();
        memo.set(key, value);
    }
    return value;
}

// EXTERNAL MODULE: ./lib/engine/logs.js
var engine_logs = __webpack_require__(71019);
;// CONCATENATED MODULE: ./lib/engine/no-environment.js

function refuse() {
    throw new errors/* EdoError */.bX('this target declares no environment: it cannot run commands or stage files');
}
/**
 * What transforms with an empty `environment()` (compose, import_artifact, sources) receive: they
 * work in the store only, so no temp dir or container is made for them. Every use is an error.
 */
const NO_ENVIRONMENT = {
    deferCmd: (_log, _id) => refuse(),
    expand: async (_path) => refuse(),
    createDir: async (_path) => refuse(),
    setEnv: async (_key, _value) => refuse(),
    getEnv: (_key) => undefined,
    setup: async (_log, _storage) => undefined,
    up: async (_log) => undefined,
    down: async (_log) => undefined,
    clean: async (_log) => undefined,
    write: async (_path, _data) => refuse(),
    unpack: async (_path, _data) => refuse(),
    read: async (_path, _writer) => refuse(),
    cmd: async (_log, _id, _path, _command) => refuse(),
    run: async (_log, _id, _path, _command) => refuse(),
    shell: async (_path) => refuse(),
};

;// CONCATENATED MODULE: ./lib/engine/scheduler.js

/** Anything thrown, as an EdoError (the original kept as its cause). */
function asEdoError(err, target) {
    if (err instanceof errors/* EdoError */.bX)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new errors/* EdoError */.bX(message, target === undefined ? {} : { target }, 1, err);
}
/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/**
 * Runs tasks in dependency order with at most `jobs` at a time. Returns once every running task
 * has settled, so callers can rely on all environments being torn down when it returns.
 */
async function schedule(tasks, options, hooks) {
    const jobs = Math.max(1, options.jobs);
    const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    const backoffMs = options.backoffMs ?? 500;
    const stop = new AbortController();
    const onOuterAbort = () => stop.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (options.signal?.aborted)
        stop.abort();
    const results = new Map();
    const waitingOn = new Map();
    const dependents = new Map();
    const ready = [];
    const known = new Set(tasks.map((t) => t.label));
    for (const task of tasks) {
        const deps = [...new Set(task.deps)].filter((d) => known.has(d));
        waitingOn.set(task.label, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(task.label);
            else
                dependents.set(dep, [task.label]);
        }
        if (deps.length === 0)
            ready.push(task.label);
    }
    const finish = (label, result) => {
        results.set(label, result);
        hooks.onFinish?.(label, result);
    };
    /** Marks everything that (transitively) depends on a failed task as skipped. */
    const skipDependents = (label) => {
        const pending = [...(dependents.get(label) ?? [])];
        while (pending.length > 0) {
            const next = pending.pop();
            if (results.has(next))
                continue;
            finish(next, { status: 'skipped', attempts: 0 });
            pending.push(...(dependents.get(next) ?? []));
        }
    };
    const runTask = async (label) => {
        for (let attempt = 1;; attempt++) {
            if (stop.signal.aborted)
                return { status: 'cancelled', attempts: attempt - 1 };
            hooks.onStart?.(label, attempt);
            let outcome;
            try {
                outcome = await hooks.run(label, attempt, stop.signal);
            }
            catch (err) {
                outcome = { status: 'failed', error: asEdoError(err) };
            }
            if (stop.signal.aborted && outcome.status !== 'success')
                return { status: 'cancelled', attempts: attempt };
            if (outcome.status === 'success')
                return { status: 'success', attempts: attempt };
            if (outcome.status === 'failed' || attempt >= maxAttempts) {
                return { status: 'failed', error: outcome.error, attempts: attempt };
            }
            const delay = backoffMs * 2 ** (attempt - 1);
            hooks.onRetry?.(label, attempt, outcome.error, delay);
            await sleep(delay, stop.signal);
        }
    };
    const running = new Set();
    const start = (label) => {
        const promise = runTask(label).then((result) => {
            running.delete(promise);
            finish(label, result);
            if (result.status === 'success') {
                for (const dependent of dependents.get(label) ?? []) {
                    const left = waitingOn.get(dependent) - 1;
                    waitingOn.set(dependent, left);
                    if (left === 0)
                        ready.push(dependent);
                }
            }
            else if (result.status === 'failed') {
                skipDependents(label);
                if (!options.keepGoing)
                    stop.abort();
            }
        });
        running.add(promise);
    };
    try {
        while (true) {
            while (!stop.signal.aborted && running.size < jobs && ready.length > 0) {
                const label = ready.shift();
                if (!results.has(label))
                    start(label);
            }
            if (running.size === 0)
                break;
            await Promise.race(running);
        }
    }
    finally {
        options.signal?.removeEventListener('abort', onOuterAbort);
    }
    for (const task of tasks) {
        if (!results.has(task.label))
            finish(task.label, { status: 'cancelled', attempts: 0 });
    }
    return results;
}

;// CONCATENATED MODULE: ./lib/engine/run.js









/**
 * The cores plus two, as ninja does: a target is not all CPU (staging, packing, hashing and
 * fsyncs wait on the disk), and more targets in flight keep the cores busy. Measured on 2 cores:
 * 1,000 trivial scripts 12–15 s with 2 jobs, 10.7–11.5 s with 4; CPU-bound scripts the same
 * with either.
 */
function defaultJobs() {
    return (0,external_node_os_.availableParallelism)() + 2;
}
/**
 * Builds `labels` and everything they depend on: computes every cache key, takes what any store
 * has, and runs the rest through the scheduler, each target in a fresh environment of its farm
 * that is torn down whatever happens (success, failure, cancellation).
 */
async function runBuild(engine, labels, options) {
    const started = performance.now();
    const order = engine.graph.closure(labels);
    const storage = await engine.storage();
    const handle = engine.handle(storage);
    const logs = new engine_logs.TargetLogs(engine.paths.logs);
    const reports = new Map();
    const views = new Map();
    const ids = new Map();
    // Targets whose key could not be computed (a pin that cannot be taken, a farm that cannot be
    // set up): with --keep-going they fail when scheduled, and what depends on them is skipped.
    const keyFailures = new Map();
    // Dependencies first, so each key is computed from keys already known.
    engine.signal = options.signal;
    for (const node of order) {
        if (options.signal?.aborted)
            throw new errors/* EdoError */.bX('build cancelled');
        if (node.deps.some((dep) => !ids.has(dep)))
            continue;
        try {
            const view = await engine.target(node.label);
            views.set(node.label, view);
            ids.set(node.label, await view.getUniqueId(handle));
        }
        catch (err) {
            const error = asEdoError(err, node.label);
            if (!options.keepGoing)
                throw error;
            keyFailures.set(node.label, error);
        }
    }
    const present = await Promise.all(order.map((node) => ids.has(node.label) && storage.has(ids.get(node.label))));
    const toRun = order.filter((_, i) => !present[i]);
    const report = (label, fields) => {
        const id = ids.get(label);
        const entry = {
            label,
            kind: views.get(label)?.kind ?? engine.graph.get(label).data.node.kind,
            id: id ? (0,id_format.idToString)(id) : '',
            digest: id?.digest ?? '',
            ...fields,
        };
        reports.set(label, entry);
        options.reporter.finished(entry);
        return entry;
    };
    options.reporter.begin(order.length, order.length - toRun.length);
    order.forEach((node, i) => {
        if (present[i])
            report(node.label, { cached: true, status: 'success', durationMs: 0, attempts: 0 });
    });
    const startedAt = new Map();
    const logPaths = new Map();
    /** Targets taken from the store by their outputs key (early-cutoff.ts), not run. */
    const cutOff = new Set();
    const outputsKeys = new OutputsKeys(handle, storage, (label) => engine.graph.get(label).deps);
    const runOne = async (label, signal) => {
        const keyFailure = keyFailures.get(label);
        if (keyFailure)
            return { status: 'failed', error: keyFailure };
        const view = views.get(label);
        const id = ids.get(label);
        // A target without dependencies has no outputs key other than its key.
        let byOutputs;
        try {
            if (engine.graph.get(label).deps.length > 0)
                byOutputs = await outputsKeys.of(view);
        }
        catch (err) {
            return { status: 'failed', error: withTarget(asEdoError(err, label), label) };
        }
        // Only a shortcut: an entry that cannot be taken (broken, gone meanwhile) is a miss.
        const taken = byOutputs &&
            (await storage.has(byOutputs)) &&
            (await storage.open(byOutputs).then((artifact) => storage.save((0,artifacts/* relabel */.i7)(artifact, id)).then(() => true), () => false));
        if (taken) {
            cutOff.add(label);
            return { status: 'success' };
        }
        let log;
        try {
            log = await logs.open(label);
        }
        catch (err) {
            return {
                status: 'failed',
                error: new errors/* EdoError */.bX(`cannot write its log: ${asEdoError(err).message}`, { target: label }),
            };
        }
        logPaths.set(label, log.path);
        let env = NO_ENVIRONMENT;
        const stopEnvironment = () => void env.down(log).catch(() => undefined);
        try {
            const farmName = view.environment();
            if (farmName !== '') {
                const farm = await engine.farm(farmName);
                env = await farm.create(log, label, signal);
                signal.addEventListener('abort', stopEnvironment, { once: true });
                await env.setup(log, storage);
                await env.up(log);
            }
            await view.prepare(log, handle);
            await view.stage(log, handle, env);
            if (signal.aborted)
                return { status: 'failed', error: new errors/* EdoError */.bX('cancelled', { target: label }) };
            const status = await view.transform(log, handle, env);
            // Its outputs are in the store now: the environment goes while the artifact is saved.
            const closing = closeEnvironment(env, log);
            env = NO_ENVIRONMENT;
            try {
                if (status.kind === 'success') {
                    await storage.save((0,artifacts/* relabel */.i7)(status.artifact, id));
                    if (byOutputs)
                        await storage.save((0,artifacts/* relabel */.i7)(status.artifact, byOutputs));
                    return { status: 'success' };
                }
                if (status.kind === 'failed')
                    log.recordFailure(status.error.message);
                return { status: status.kind, error: withTarget(status.error, label) };
            }
            finally {
                await closing;
            }
        }
        catch (err) {
            const error = withTarget(asEdoError(err, label), label);
            log.recordFailure(error.message);
            return { status: 'failed', error };
        }
        finally {
            signal.removeEventListener('abort', stopEnvironment);
            await closeEnvironment(env, log);
            log.close();
        }
    };
    const results = await schedule(toRun.map((node) => ({ label: node.label, deps: node.deps })), {
        jobs: options.jobs ?? engine.config.jobs ?? defaultJobs(),
        keepGoing: options.keepGoing,
        maxAttempts: options.maxAttempts,
        backoffMs: options.backoffMs,
        signal: options.signal,
    }, {
        run: (label, _attempt, signal) => runOne(label, signal),
        onStart: (label, attempt) => {
            if (attempt === 1)
                startedAt.set(label, performance.now());
            options.reporter.started(label, attempt);
        },
        onRetry: (label, attempt, error, delay) => options.reporter.retrying(label, attempt, error, delay),
        onFinish: (label, result) => {
            const began = startedAt.get(label);
            const logPath = logPaths.get(label);
            report(label, {
                cached: cutOff.has(label),
                ...(cutOff.has(label) && { cutOff: true }),
                status: result.status,
                durationMs: began === undefined ? 0 : Math.round(performance.now() - began),
                attempts: result.attempts,
                ...(result.error && { error: (0,engine_logs/* withLog */.X1)(result.error, logPath) }),
                ...(logPath !== undefined && { log: logPath }),
            });
        },
    });
    const targets = order.map((node) => reports.get(node.label));
    const count = (status) => [...results.values()].filter((r) => r.status === status).length;
    const summary = {
        status: count('failed') > 0 ? 'failed' : count('cancelled') > 0 ? 'cancelled' : 'success',
        targets,
        durationMs: Math.round(performance.now() - started),
        built: count('success') - cutOff.size,
        cached: order.length - toRun.length + cutOff.size,
        failed: count('failed'),
        skipped: count('skipped'),
        cancelled: count('cancelled'),
    };
    options.reporter.end(summary);
    return summary;
}
/** Tears an environment down and removes it; problems here must not hide the target's own result. */
async function closeEnvironment(env, log) {
    await env
        .down(log)
        .catch((err) => log.write(`edo: stopping the environment failed: ${err.message}\n`));
    await (0,removal/* removeEnvironment */.I)(env, log);
}
function withTarget(error, label) {
    if (error.context.target !== undefined)
        return error;
    return new errors/* EdoError */.bX(error.message, { ...error.context, target: label }, error.exitCode, error);
}


/***/ }),

/***/ 35709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ removeEnvironment)
/* harmony export */ });
/**
 * Removes an environment once its outputs are out. A failure is logged, not thrown: a leftover
 * temp directory or container must not hide the target's own result.
 */
function removeEnvironment(env, log) {
    return env
        .clean(log)
        .catch((err) => log.write(`edo: removing the environment failed: ${err.message}\n`));
}


/***/ }),

/***/ 58755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tq: () => (/* binding */ layerFromEnvironment),
/* harmony export */   Z9: () => (/* binding */ stageArtifact),
/* harmony export */   i7: () => (/* binding */ relabel),
/* harmony export */   yP: () => (/* binding */ listLayer)
/* harmony export */ });
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56118);
/* harmony import */ var _storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25330);
/* harmony import */ var _storage_oci_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10500);



/** Unpacks every layer of `artifact`, in order, under `path` in `env` (see storage/layer-files.ts). */
async function stageArtifact(storage, env, path, artifact) {
    await env.createDir(path);
    for (const layer of artifact.layers)
        await env.unpack(path, await (0,_storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__/* .layerAsTar */ .h)(storage, layer));
}
/**
 * Packs `path` of `env` into a new layer. Environments treat the writer as borrowed (they do not
 * end it), so it is ended here; on failure it is destroyed, which removes its temp file.
 */
async function layerFromEnvironment(storage, env, path) {
    const writer = await storage.startLayer();
    try {
        await env.read(path, writer);
        writer.end();
        return await storage.finishLayer(_storage_oci_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.layerTar, undefined, writer);
    }
    catch (err) {
        writer.destroy();
        throw err;
    }
}
/** A new artifact with the same layers under another id (nothing is copied: layers are shared blobs). */
function relabel(artifact, id) {
    return { config: { ...artifact.config, id }, layers: artifact.layers };
}
/**
 * The entries of a layer as its files (storage/layer-files.ts: a gzipped tar decompressed, a blob
 * that is not a tar as one file), read from the store as a stream (contents skipped, not buffered).
 */
async function listLayer(storage, layer) {
    const entries = [];
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_0__.extract();
    const stream = await (0,_storage_layer_files_js__WEBPACK_IMPORTED_MODULE_1__/* .layerAsTar */ .h)(storage, layer);
    await new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            entries.push({
                path: header.name.replace(/^\.\//, '').replace(/\/$/, ''),
                type: header.type ?? 'file',
            });
            body.on('end', next);
            body.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
        stream.on('error', reject);
        stream.pipe(extract);
    });
    return entries;
}


/***/ })

};
