import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 327;
export const ids = [327,19,140];
export const modules = {

/***/ 38961:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 38961;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 10327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./lib/engine/workspace.js
var engine_workspace = __webpack_require__(13091);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/action/annotations.js


const POSITIONED = /^(?<file>[^\s:][^:]*):(?<line>\d+):(?<col>\d+): (?:(?<where>.*?): )?error: (?<message>.*)$/;
/** `[edo: ][TARGET: ][plugin P: ]error: MESSAGE`; log lines that merely contain "error:" do not match. */
const UNPOSITIONED = /^(?:edo: )?(?<where>(?:@\S*)?\/\/\S+?: (?:plugin \S+: )?|plugin \S+: )?error: (?<message>.*)$/;
/**
 * The annotation for one line of CLI error output, or undefined when the line is not an error.
 * A relative FILE is looked up in BASES (the directories the CLI may have shown it relative to:
 * the process's and the command's working directory) and made relative to REPO_ROOT for GitHub.
 */
function annotationFromLine(line, bases, repoRoot) {
    const positioned = POSITIONED.exec(line);
    if (positioned?.groups) {
        const { file, line: lineNo, col, where, message } = positioned.groups;
        const candidates = (0,external_node_path_.isAbsolute)(file) ? [file] : bases.map((base) => (0,external_node_path_.resolve)(base, file));
        const absolute = candidates.find((c) => (0,external_node_fs_.existsSync)(c)) ?? candidates[0];
        const inRepo = (0,external_node_path_.relative)(repoRoot, absolute);
        return {
            message: where ? `${where}: ${message}` : message,
            properties: {
                file: inRepo.startsWith('..') ? absolute : inRepo,
                startLine: Number(lineNo),
                startColumn: Number(col),
            },
        };
    }
    const plain = UNPOSITIONED.exec(line);
    if (plain?.groups) {
        const where = plain.groups.where?.replace(/: $/, '');
        return {
            message: where ? `${where}: ${plain.groups.message}` : plain.groups.message,
            properties: {},
        };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/engine/logs.js
var engine_logs = __webpack_require__(71019);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/cli/main.js + 18 modules
var main = __webpack_require__(46366);
;// CONCATENATED MODULE: ./lib/action/edo.js


/**
 * The action runs the very CLI users run, in-process (`main` from src/cli/main.ts): the same
 * engine, flags and error reporting, no second code path. Output arrives line by line.
 */
/** A Writable that hands each complete line to ON_LINE (and the last partial line at the end). */
class LineSink extends external_node_stream_.Writable {
    onLine;
    pending = '';
    constructor(onLine) {
        super();
        this.onLine = onLine;
    }
    _write(chunk, _encoding, done) {
        const parts = (this.pending + chunk.toString()).split('\n');
        this.pending = parts.pop() ?? '';
        try {
            parts.forEach((line) => this.onLine(line));
            done();
        }
        catch (err) {
            done(err);
        }
    }
    /** Flushes a last line without a newline. */
    flushPending() {
        if (this.pending.length > 0)
            this.onLine(this.pending);
        this.pending = '';
    }
}
/**
 * Runs `edo ARGV` in DIR with ENV. STDOUT receives the command's output as is (JSON Lines through a
 * LineSink, or a tarball into a file); stderr lines go to ON_STDERR_LINE. Resolves to the exit code.
 */
async function runEdo(argv, options) {
    const stderr = new LineSink(options.onStderrLine);
    const exitCode = await (0,main/* main */.iW)(argv, { stdout: options.stdout, stderr, env: options.env }, options.dir);
    stderr.flushPending();
    if (options.stdout instanceof LineSink)
        options.stdout.flushPending();
    return exitCode;
}

;// CONCATENATED MODULE: ./lib/action/build.js






/** The flags every workspace command takes (config, args, lock mode): build, checkout, export, log. */
function workspaceArgv(inputs) {
    const argv = [];
    if (inputs.config)
        argv.push('--config', inputs.config);
    if (inputs.locked)
        argv.push('--locked');
    for (const arg of inputs.args)
        argv.push('--arg', arg);
    return argv;
}
/**
 * The `edo build` command line for the inputs (`--` ends the variadic `--arg` before the targets).
 * What `publish` names is built too: a label that names no target then fails before anything builds.
 */
function buildArgv(inputs) {
    const argv = ['build', '--json', ...workspaceArgv(inputs)];
    if (inputs.jobs > 0)
        argv.push('--jobs', String(inputs.jobs));
    if (inputs.keepGoing)
        argv.push('--keep-going');
    const published = inputs.publish
        .map((request) => request.label)
        .filter((label) => !inputs.targets.includes(label));
    return [...argv, '--', ...inputs.targets, ...new Set(published)];
}
/** edo's own warnings (a remote cache that cannot be reached, a build with no target...). */
const EDO_WARNING = /^edo: warning: (.*)$/;
/** The CLI's closing line after failed targets, each of which is an annotation of its own. */
const BUILD_FAILED = /^error: build failed: /;
/**
 * Prints every line of EDO's stderr, turning errors and edo's warnings into annotations; returns
 * the error count.
 */
function stderrHandler(cwd, repoRoot) {
    let errors = 0;
    const messages = [];
    return {
        onLine: (line) => {
            const annotation = BUILD_FAILED.test(line)
                ? undefined
                : annotationFromLine(line, [process.cwd(), cwd], repoRoot);
            const warning = EDO_WARNING.exec(line)?.[1];
            if (annotation) {
                errors++;
                messages.push(annotation.message);
                core/* error */.z3(annotation.message, annotation.properties);
            }
            else if (warning !== undefined) {
                core/* warning */.$e(warning);
            }
            else {
                core/* info */.pq(line);
            }
        },
        errors: () => errors,
        messages,
    };
}
function describeTarget(t) {
    return `${t.label}: ${t.status}${t.cached ? ' (cached)' : ''} in ${t.duration_ms} ms`;
}
/**
 * Runs the build, then shows each target in a collapsible group with its log when it ran.
 * LOGS_DIR is the workspace's log directory (WorkspacePaths.logs).
 */
async function runBuild(inputs, repoRoot, logsDir) {
    const logs = new engine_logs.TargetLogs(logsDir);
    const targets = [];
    let summary;
    const stdout = new LineSink((line) => {
        if (line.trim() === '')
            return;
        const value = JSON.parse(line);
        if (typeof value.label !== 'string') {
            summary = value;
            return;
        }
        const target = value;
        targets.push(target);
        // As it happens, between the heartbeat's BUSY lines: each target with its log follows the build.
        if (!target.cached)
            core/* info */.pq(describeTarget(target));
    });
    const stderr = stderrHandler(inputs.workingDirectory, repoRoot);
    const dir = (0,external_node_path_.relative)(repoRoot, inputs.workingDirectory) || '.';
    // --arg values may be secrets: the logged command line shows only their keys.
    const shown = buildArgv({ ...inputs, args: inputs.args.map((a) => a.replace(/=[\s\S]*$/, '=***')) });
    core/* info */.pq(`edo ${shown.join(' ')} (in ${dir})`);
    const exitCode = await runEdo(buildArgv(inputs), {
        dir: inputs.workingDirectory,
        env: process.env,
        stdout,
        onStderrLine: stderr.onLine,
    });
    let errors = stderr.errors();
    for (const target of targets.filter((t) => t.error !== undefined)) {
        const [head, ...details] = (target.error ?? '').split('\n');
        const annotation = annotationFromLine(head, [process.cwd(), inputs.workingDirectory], repoRoot);
        core/* error */.z3([annotation?.message ?? head, ...details].join('\n'), annotation?.properties ?? {});
        errors++;
    }
    for (const target of targets) {
        core/* startGroup */.Oh(describeTarget(target));
        // A target whose key could not be computed (it failed before running) has neither.
        if (target.id !== '')
            core/* info */.pq(`id: ${target.id}\ndigest: ${target.digest}`);
        // Only targets that ran here have a log (the engine's TargetLogs, as `edo log` reads them).
        const log = target.cached ? undefined : await logs.latest(target.label);
        if (log)
            core/* info */.pq((await (0,promises_.readFile)(log, 'utf8')).trimEnd());
        core/* endGroup */.N4();
    }
    return { exitCode, targets, summary, errors, messages: stderr.messages };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 91 modules
var cache = __webpack_require__(18091);
// EXTERNAL MODULE: ./lib/plugin/cache-policy.js
var cache_policy = __webpack_require__(79552);
// EXTERNAL MODULE: ./lib/plugin/loader.js
var loader = __webpack_require__(1140);
// EXTERNAL MODULE: ./lib/storage/local-store.js + 3 modules
var local_store = __webpack_require__(12149);
;// CONCATENATED MODULE: ./lib/action/fs-digest.js




/**
 * Digests and sizes of directory trees, for cache keys and log lines. Entries are visited in
 * sorted order and hashed as `path \0 kind \0 content`, so the digest depends only on the tree.
 */
async function walk(root, dir, exclude, visit) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch((err) => {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (exclude.has(path))
            continue;
        const rel = (0,external_node_path_.relative)(root, path);
        if (entry.isDirectory())
            await walk(root, path, exclude, visit);
        else if (entry.isSymbolicLink())
            await visit(path, rel, 'link', 0);
        else if (entry.isFile())
            await visit(path, rel, 'file', (await (0,promises_.lstat)(path)).size);
    }
}
async function hashFile(hash, path) {
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
}
/** sha256 (hex) of the files and symlinks under ROOT, skipping the absolute paths in EXCLUDE. */
async function treeDigest(root, exclude = []) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await walk(root, root, new Set(exclude), async (path, rel, kind) => {
        hash.update(`${rel}\0${kind}\0`);
        if (kind === 'link')
            hash.update(await (0,promises_.readlink)(path));
        else
            await hashFile(hash, path);
        hash.update('\0');
    });
    return hash.digest('hex');
}
/** Total bytes of the regular files under ROOT (0 when it does not exist). */
async function treeSize(root) {
    let total = 0;
    await walk(root, root, new Set(), async (_path, _rel, _kind, size) => {
        total += size;
    });
    return total;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./lib/action/cache.js










function edoDirs(root, env = process.env) {
    return {
        root,
        store: (0,engine_workspace.workspacePaths)(root, env).store,
        // Where the plugin host keeps compiled modules (a relative path is the process's, as there).
        pluginCache: (0,external_node_path_.resolve)((0,loader.defaultCacheDir)(root, env)),
    };
}
function keyBase(prefix) {
    return `${prefix}-${process.platform}-${process.arch}`;
}
/** What the store's index says ('' when it has none): index.json and its journal (store-index.ts). */
async function indexDigest(store) {
    const [index, journal] = await Promise.all(['index.json', 'index.journal'].map((name) => (0,promises_.readFile)((0,external_node_path_.join)(store, name)).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    })));
    if (!index)
        return '';
    return (0,external_node_crypto_.createHash)('sha256')
        .update(index)
        .update(journal ?? '')
        .digest('hex');
}
/**
 * What a run builds: its targets and build config. Store keys start with it, so a run falls back
 * first to the newest store of runs that built the same (a matrix job to its own line of stores,
 * not to the newest of another job, whose newest-only store would miss most of this job's
 * artifacts). Args are left out: their values may be secrets, and this short hash is in the key.
 */
function storeLineage(inputs) {
    const request = JSON.stringify({ targets: inputs.targets, config: inputs.config });
    return (0,external_node_crypto_.createHash)('sha256').update(request).digest('hex').slice(0, 16);
}
/** The store's primary key: the workspace minus Edo's state and VCS data, the request, the engine. */
async function storeKey(inputs, dirs) {
    const files = await treeDigest(dirs.root, [
        (0,external_node_path_.join)(dirs.root, '.git'),
        (0,external_node_path_.join)(dirs.root, '.edo'),
        dirs.store,
        dirs.pluginCache,
    ]);
    const request = JSON.stringify({ targets: inputs.targets, config: inputs.config, args: inputs.args });
    // The running code too: another edo may build other artifacts from the same inputs. Its stores
    // still serve as partial hits through the restore key.
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${files}\0${request}\0`);
    await hashRunningCode(hash);
    return `${keyBase(inputs.cacheKeyPrefix)}-store-${storeLineage(inputs)}-${hash.digest('hex').slice(0, 32)}`;
}
/**
 * Adds the running edo's code to HASH: every JavaScript file beside the script node started, by
 * name. In a workflow that is dist/: the action's starter (index.js), the bundle it imports and
 * the bundle's chunks, which hold most of the engine.
 */
async function hashRunningCode(hash) {
    const script = process.argv[1];
    if (!script)
        return;
    const dir = (0,external_node_path_.dirname)(script);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const name of names.filter((n) => n.endsWith('.js')).sort()) {
        hash.update(`${name}\0`).update(await (0,promises_.readFile)((0,external_node_path_.join)(dir, name)));
    }
}
async function restoreOne(what, dir, key, restoreKeys) {
    const started = Date.now();
    const matched = await cache/* restoreCache */.P3([dir], key, restoreKeys);
    if (matched === undefined) {
        core/* info */.pq(`${what}: no cache entry for ${key}`);
    }
    else {
        const kind = matched === key ? 'hit' : 'partial hit';
        core/* info */.pq(`${what}: ${kind} ${matched}, ${formatBytes(await treeSize(dir))} restored in ${Date.now() - started} ms`);
    }
    return matched;
}
async function restoreCaches(inputs, dirs) {
    const key = await storeKey(inputs, dirs);
    const base = keyBase(inputs.cacheKeyPrefix);
    const storeMatchedKey = await restoreOne('store', dirs.store, key, [
        `${base}-store-${storeLineage(inputs)}-`,
        `${base}-store-`,
    ]);
    const state = {
        dirs,
        storeKey: key,
        storeMatchedKey,
        storeIndexDigest: await indexDigest(dirs.store),
        storePrune: inputs.cachePrune,
    };
    if (inputs.cacheModules) {
        // No exact key exists before the build knows its plugins: take the newest modules saved.
        state.modulesKeyPrefix = `${base}-modules-`;
        state.modulesMatchedKey = await restoreOne('plugin modules', dirs.pluginCache, `${base}-modules`, [
            state.modulesKeyPrefix,
        ]);
    }
    return { state, cacheHit: storeMatchedKey === key };
}
async function saveOne(what, dir, key) {
    const started = Date.now();
    const size = await treeSize(dir);
    const id = await cache/* saveCache */.Io([dir], key);
    // saveCache reports failures as warnings and returns -1; the build itself is unaffected.
    if (id > 0) {
        core/* info */.pq(`${what}: saved ${formatBytes(size)} as ${key} in ${Date.now() - started} ms`);
        return id;
    }
    core/* warning */.$e(`${what}: could not save the cache entry ${key}`);
    return undefined;
}
/**
 * Keeps the newest artifact of each target: the store is restored from the newest entry of any
 * earlier run and saved again with what this run added, so without this every changed target's
 * old artifacts would be carried from run to run for ever.
 */
async function pruneStore(dir) {
    try {
        // No grace period: the build is over, and no other edo writes this store in the post step.
        const { droppedArtifacts, gc } = await (await local_store/* LocalStore */.V.open(dir)).keepNewest({ graceMs: 0 });
        core/* info */.pq(`store: kept the newest artifact of each target; dropped ${droppedArtifacts} older, ` +
            `freeing ${formatBytes(gc.freedBytes)}`);
        return true;
    }
    catch (err) {
        // A store that cannot be read through (a damaged index) must not become every later run's.
        core/* warning */.$e(`store: not saved, it could not be pruned: ${err.message}`);
        return false;
    }
}
/**
 * The key a store is saved under: the primary key only after a build that succeeded, since an
 * exact hit means nothing needs building. A failed build's store (what did build) gets a key of
 * its own under the same prefix: the next run restores it as a partial hit, rebuilds what failed,
 * and saves the primary key then. (Saved under the primary key, a re-run "hit" it, rebuilt the
 * failed target every time and could never save the result: entries are immutable.)
 */
function storeSaveKey(state, buildSucceeded, env = process.env) {
    if (buildSucceeded)
        return state.storeKey;
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : String(Date.now());
    return `${state.storeKey}-incomplete-${run}`;
}
/** The post step: saves what the build added. */
async function saveCaches(state, buildSucceeded) {
    const result = {};
    const { dirs } = state;
    const storeChanged = (await indexDigest(dirs.store)) !== state.storeIndexDigest;
    const key = storeSaveKey(state, buildSucceeded);
    if (!storeChanged) {
        core/* info */.pq(`store: unchanged since ${state.storeMatchedKey ?? 'the start'}, nothing to save`);
    }
    else if (state.storeMatchedKey === key) {
        core/* info */.pq(`store: ${key} already exists (cache entries are immutable); new results are not saved`);
    }
    else {
        if (!buildSucceeded)
            core/* info */.pq('store: the build did not succeed: saving what it built as a partial entry');
        if (!state.storePrune || (await pruneStore(dirs.store))) {
            result.storeCacheId = await saveOne('store', dirs.store, key);
        }
    }
    if (state.modulesKeyPrefix !== undefined) {
        // Restored from the newest entry, the cache would otherwise carry every plugin version ever compiled.
        const dropped = await (0,loader.prunePluginCache)(dirs.pluginCache);
        if (dropped.length > 0) {
            core/* info */.pq(`plugin modules: dropped ${dropped.length} ${cache_policy/* PRUNED_PLUGINS */.s}`);
        }
        const modulesDigest = await treeDigest(dirs.pluginCache);
        const key = `${state.modulesKeyPrefix}${modulesDigest.slice(0, 32)}`;
        if ((await treeSize(dirs.pluginCache)) === 0) {
            core/* info */.pq('plugin modules: none compiled, nothing to save');
        }
        else if (key === state.modulesMatchedKey) {
            core/* info */.pq(`plugin modules: unchanged since ${key}, nothing to save`);
        }
        else {
            result.modulesCacheId = await saveOne('plugin modules', dirs.pluginCache, key);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./lib/model/label.js
var model_label = __webpack_require__(95691);
;// CONCATENATED MODULE: ./lib/action/inputs.js




/**
 * Whitespace- or newline-separated labels, e.g. `targets: //app:bin //lib/...`, with `#` comments
 * (no label has a `#`).
 */
function labelWords(value) {
    return withoutComments(value)
        .split(/\s+/)
        .filter((w) => w.length > 0);
}
function withoutComments(value) {
    return value.replace(/(^|\s)#.*$/gm, '');
}
/**
 * One entry per non-empty line; a line starting with `#` is a comment. Not a `#` later in a line:
 * `MESSAGE=release #42` is a value (inputs of labels strip their comments first).
 */
function lines(value) {
    return value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && !line.startsWith('#'));
}
/** `true`/`false` (as YAML 1.2 core spells them); anything else is the user's mistake, not a crash. */
function booleanInput(name) {
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors/* UsageError */.eb(`input ${name}: expected true or false, got '${core/* getInput */.V4(name)}'`);
    }
}
function nonNegativeInteger(name) {
    const text = core/* getInput */.V4(name).trim();
    if (!/^\d+$/.test(text))
        throw new errors/* UsageError */.eb(`input ${name}: expected a whole number, got '${text}'`);
    return Number(text);
}
/** A name GitHub accepts for an artifact, derived from a label: `//app:bin` → `app-bin`. */
function artifactNameForLabel(label) {
    const name = label
        .replace(/^@?\/\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return name.length > 0 ? name : 'root';
}
/**
 * `publish` lines: `LABEL`, `NAME=LABEL`, or either with an `oci:` prefix on the label to upload
 * the OCI tarball instead of the files, e.g. `greeting=//:greeting`, `image=oci://app:image`.
 */
function parsePublish(value) {
    const requests = lines(withoutComments(value)).map((line) => {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : undefined;
        let label = (eq > 0 ? line.slice(eq + 1) : line).trim();
        const format = label.startsWith('oci:') ? 'oci' : 'files';
        if (format === 'oci')
            label = label.slice('oci:'.length);
        if (!label.startsWith('//')) {
            throw new errors/* UsageError */.eb(`input publish: '${line}' does not name a target (expected //pkg:name)`);
        }
        // As the build reports it: `//sub` is `//sub:sub`.
        label = (0,model_label/* parsingLabels */.WU)(() => (0,model_label/* canonicalLabel */.Z2)(label, ''), { prefix: 'input publish' });
        const artifact = name ?? artifactNameForLabel(label);
        const bad = /["<>|*?\r\n\\/:]/.exec(artifact);
        if (bad) {
            throw new errors/* UsageError */.eb(`input publish: artifact name '${artifact}' has ${JSON.stringify(bad[0])}, which GitHub does not allow in a name`);
        }
        return { name: artifact, label, format };
    });
    const seen = new Set();
    for (const { name } of requests) {
        if (seen.has(name))
            throw new errors/* UsageError */.eb(`input publish: artifact name '${name}' is used twice`);
        seen.add(name);
    }
    return requests;
}
function readInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const args = lines(core/* getInput */.V4('args'));
    for (const arg of args) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) {
            // Nothing of the line is shown: without a "=", the whole of it may be a secret.
            throw new errors/* UsageError */.eb(`input args: entry ${args.indexOf(arg) + 1} is not KEY=VALUE (a name of letters, digits and _, then "="; it is not shown, it may hold a secret)`);
        }
    }
    return {
        targets: labelWords(core/* getInput */.V4('targets')),
        workingDirectory: (0,external_node_path_.resolve)(workspace, core/* getInput */.V4('working-directory')),
        config: core/* getInput */.V4('config').trim(),
        jobs: nonNegativeInteger('jobs'),
        keepGoing: booleanInput('keep-going'),
        locked: booleanInput('locked'),
        cache: booleanInput('cache'),
        cacheKeyPrefix: core/* getInput */.V4('cache-key-prefix').trim(),
        cacheModules: booleanInput('cache-modules'),
        cachePrune: booleanInput('cache-prune'),
        publish: parsePublish(core/* getInput */.V4('publish')),
        retentionDays: nonNegativeInteger('retention-days'),
        dockerHost: core/* getInput */.V4('docker-host').trim(),
        args,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 107 modules
var artifact = __webpack_require__(67458);
;// CONCATENATED MODULE: ./lib/action/publish.js







async function filesUnder(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => (0,external_node_path_.join)(e.parentPath, e.name));
}
/**
 * Materialises REQUEST's target with the CLI (`edo checkout` for files, `edo export --format oci`
 * for the tarball) and uploads it. The target must be among the ones just built.
 */
async function publishOne(client, request, built, options) {
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'edo-publish-'));
    try {
        const run = (command, positional) => runEdo([...command, ...options.workspaceArgv, '--', ...positional], {
            dir: options.dir,
            env: options.env,
            stdout: new LineSink((line) => core/* info */.pq(line)),
            onStderrLine: options.onStderrLine,
        });
        const uploadOptions = options.retentionDays > 0 ? { retentionDays: options.retentionDays } : {};
        // The service's refusals (a name taken by another job of the run, a quota) in its words, no stack.
        const uploadArtifact = (...args) => client.uploadArtifact(...args).catch((err) => {
            const reason = String(err?.message ?? err).split('\n')[0];
            throw new errors/* EdoError */.bX(`publish ${request.name}: the upload failed: ${reason}`);
        });
        let upload;
        let artifactName = request.name;
        if (request.format === 'files') {
            const root = (0,external_node_path_.join)(temp, request.name);
            const code = await run(['checkout'], [request.label, root]);
            if (code !== 0)
                throw new errors/* EdoError */.bX(`publish ${request.name}: edo checkout ${request.label} failed`);
            const files = await filesUnder(root);
            if (files.length === 0)
                throw new errors/* EdoError */.bX(`publish ${request.name}: ${request.label} has no files`);
            upload = await uploadArtifact(request.name, files, root, uploadOptions);
        }
        else {
            // Uploaded as is (not zipped); GitHub names such an artifact after the file.
            const tarball = (0,external_node_path_.join)(temp, request.name.endsWith('.tar') ? request.name : `${request.name}.tar`);
            const code = await run(['export', '--format', 'oci', '--output', tarball], [request.label]);
            if (code !== 0)
                throw new errors/* EdoError */.bX(`publish ${request.name}: edo export ${request.label} failed`);
            upload = await uploadArtifact(request.name, [tarball], temp, {
                ...uploadOptions,
                skipArchive: true,
            });
            artifactName = (0,external_node_path_.basename)(tarball);
        }
        if (upload.id === undefined)
            throw new errors/* EdoError */.bX(`publish ${request.name}: the upload returned no artifact id`);
        return {
            name: artifactName,
            label: request.label,
            format: request.format,
            artifactId: upload.id,
            digest: built.digest,
            uploadDigest: upload.digest,
            size: upload.size ?? 0,
        };
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/** Publishes each request in turn, into PUBLISHED as it goes (a failure keeps what came before it). */
async function publishTargets(requests, built, published, options) {
    const client = new artifact/* DefaultArtifactClient */.t9();
    for (const request of requests) {
        const target = built.find((t) => t.label === request.label);
        if (!target) {
            throw new errors/* EdoError */.bX(`publish ${request.name}: ${request.label} is not among the targets built`);
        }
        const result = await publishOne(client, request, target, options);
        core/* info */.pq(`published ${request.label} as ${result.name} (artifact ${result.artifactId}, ${result.size} bytes)`);
        published.push(result);
    }
}

;// CONCATENATED MODULE: ./lib/action/summary.js

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function shortDigest(digest) {
    return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1…');
}
/**
 * The job summary: the counts, why the build failed when it did, one row per target, then the
 * published artifacts with their digests. Runners without job summaries get none.
 */
async function writeSummary(outcome, storeCache, published) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = core/* summary */.z.addHeading('Edo build', 2);
    const count = (status) => outcome.targets.filter((t) => t.status === status).length;
    const cached = outcome.targets.filter((t) => t.cached).length;
    const parts = [
        `${outcome.targets.length} targets`,
        `${count('success') - cached} built`,
        `${cached} cached`,
    ];
    for (const status of ['failed', 'skipped', 'cancelled']) {
        if (count(status) > 0)
            parts.push(`${count(status)} ${status}`);
    }
    summary.addRaw(`${parts.join(', ')} · store cache ${storeCache === 'off' ? 'not used' : storeCache} · exit code ${outcome.exitCode}`, true);
    // Errors that are no target's (a build file's, a pin's): with no table row, the reason would be missing.
    if (outcome.messages.length > 0) {
        summary.addList(outcome.messages.slice(0, 10).map((message) => escapeHtml(message)));
    }
    if (outcome.targets.length > 0) {
        summary.addTable([
            [
                { data: 'Target', header: true },
                { data: 'Status', header: true },
                { data: 'Cached', header: true },
                { data: 'Duration', header: true },
                { data: 'Digest', header: true },
            ],
            ...outcome.targets.map((t) => [
                `<code>${t.label}</code>`,
                t.status,
                t.cached ? 'yes' : 'no',
                `${(t.duration_ms / 1000).toFixed(2)} s`,
                `<code>${shortDigest(t.digest)}</code>`,
            ]),
        ]);
    }
    if (published.length > 0) {
        summary.addHeading('Published artifacts', 3);
        summary.addTable([
            [
                { data: 'Artifact', header: true },
                { data: 'Target', header: true },
                { data: 'Digest', header: true },
                { data: 'Upload sha256', header: true },
            ],
            ...published.map((p) => [
                `${p.name} (${p.format === 'oci' ? 'OCI tarball' : 'files'}, id ${p.artifactId})`,
                `<code>${p.label}</code>`,
                `<code>${p.digest}</code>`,
                `<code>${p.uploadDigest ?? ''}</code>`,
            ]),
        ]);
    }
    await summary.write();
}

;// CONCATENATED MODULE: ./lib/action/index.js









/**
 * `edo/build`, both phases: action.yml runs dist/index.js as `main` and again as `post` (with
 * `post-if: always()`), and that calls runAction each time; the main phase leaves a state flag so
 * the second run knows it is the post phase.
 */
const STATE_IS_POST = 'isPost';
const STATE_CACHE = 'cache';
/** Set once the build returned (success or failure): the store is consistent and may be saved. */
const STATE_BUILD_FINISHED = 'buildFinished';
/** Whether it succeeded: only then is the store saved under its primary key. */
const STATE_BUILD_SUCCEEDED = 'buildSucceeded';
async function mainPhase() {
    core/* saveState */.LZ(STATE_IS_POST, 'true');
    const inputs = readInputs();
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const workspace = (0,engine_workspace.findWorkspace)(inputs.workingDirectory);
    const dirs = edoDirs(workspace.root);
    // Docker farms and image sources connect through DOCKER_HOST of this very process.
    if (inputs.dockerHost)
        process.env.DOCKER_HOST = inputs.dockerHost;
    let storeCache = 'off';
    if (inputs.cache) {
        const restored = await restoreCaches(inputs, dirs);
        storeCache = restored.cacheHit ? 'hit' : restored.state.storeMatchedKey ? 'partial hit' : 'miss';
        core/* saveState */.LZ(STATE_CACHE, JSON.stringify(restored.state));
    }
    core/* setOutput */.uH('cache-hit', String(storeCache === 'hit'));
    const outcome = await runBuild(inputs, repoRoot, workspace.logs);
    core/* saveState */.LZ(STATE_BUILD_FINISHED, 'true');
    core/* saveState */.LZ(STATE_BUILD_SUCCEEDED, String(outcome.exitCode === 0));
    // Only targets that have an artifact: a failed or skipped one has none to point at.
    const built = outcome.targets.filter((t) => t.status === 'success');
    core/* setOutput */.uH('built', JSON.stringify(Object.fromEntries(built.map((t) => [t.label, t.digest]))));
    const published = [];
    let publishFailure;
    if (outcome.exitCode === 0 && inputs.publish.length > 0) {
        // What was uploaded before a failure is still in the outputs and the summary.
        await publishTargets(inputs.publish, outcome.targets, published, {
            dir: inputs.workingDirectory,
            workspaceArgv: workspaceArgv(inputs),
            env: process.env,
            retentionDays: inputs.retentionDays,
            onStderrLine: stderrHandler(inputs.workingDirectory, repoRoot).onLine,
        }).catch((err) => (publishFailure = err));
    }
    core/* setOutput */.uH('artifact-ids', JSON.stringify(Object.fromEntries(published.map((p) => [p.name, p.artifactId]))));
    await writeSummary(outcome, storeCache, published);
    if (publishFailure !== undefined)
        throw publishFailure;
    if (outcome.exitCode !== 0) {
        // The errors are annotations already; without any, say at least that the build failed.
        if (outcome.errors > 0)
            process.exitCode = core/* ExitCode */.yU.Failure;
        else
            core/* setFailed */.C1(`edo build failed (exit code ${outcome.exitCode})`);
    }
}
async function postPhase() {
    const saved = core/* getState */.Gu(STATE_CACHE);
    if (!saved)
        return; // caching is off, or the main phase stopped before restoring
    if (core/* getState */.Gu(STATE_BUILD_FINISHED) !== 'true') {
        core/* warning */.$e('the build did not finish: not saving a store that may be half-written');
        return;
    }
    await saveCaches(JSON.parse(saved), core/* getState */.Gu(STATE_BUILD_SUCCEEDED) === 'true');
}
/** A user mistake becomes an annotation (on its file and line when it has one), never a stack trace. */
function fail(err) {
    if (err instanceof errors/* EdoError */.bX) {
        const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
        const annotation = annotationFromLine(err.format().split('\n')[0], [process.cwd()], repoRoot);
        if (annotation?.properties.file)
            core/* error */.z3(annotation.message, annotation.properties);
        core/* setFailed */.C1(err.format().replace(/^error: /, ''));
    }
    else {
        core/* setFailed */.C1(`internal error in edo/build: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
}
/** Runs the phase this process is: the main phase, or the post phase after it. */
async function runAction() {
    const phase = core/* getState */.Gu(STATE_IS_POST) === 'true' ? postPhase : mainPhase;
    await phase().catch(fail);
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

/***/ 95691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   IJ: () => (/* binding */ LabelSyntaxError),
/* harmony export */   MT: () => (/* binding */ matchesPattern),
/* harmony export */   PO: () => (/* binding */ isUnderPackage),
/* harmony export */   Q_: () => (/* binding */ parseLabel),
/* harmony export */   WU: () => (/* binding */ parsingLabels),
/* harmony export */   Z2: () => (/* binding */ canonicalLabel),
/* harmony export */   bz: () => (/* binding */ hasGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   wR: () => (/* binding */ formatLabel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73434);
/**
 * Labels name targets and files of a workspace: `//pkg/path:name`, `:name` (in the current package),
 * `//pkg` (= `//pkg:pkg`), `//:name` (the root package). Patterns name sets of them: `//...`,
 * `//pkg/...`, `//pkg:all`, `//pkg:*` and globs over names such as `//src:*.cpp`.
 */

/** Thrown for a malformed label; callers add the position and rethrow as a user error. */
class LabelSyntaxError extends Error {
    text;
    constructor(text, reason) {
        super(`invalid label "${text}": ${reason}`);
        this.text = text;
        this.name = 'LabelSyntaxError';
    }
}
/**
 * `parse()`, with a malformed label reported as the user's mistake: a UsageError whose message
 * starts with `prefix` (the rule and attribute, say), at `position`.
 */
function parsingLabels(parse, where = {}) {
    try {
        return parse();
    }
    catch (err) {
        if (!(err instanceof LabelSyntaxError))
            throw err;
        const message = where.prefix ? `${where.prefix}: ${err.message}` : err.message;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message, where.position ? { position: where.position } : {});
    }
}
const SEGMENT = /^[A-Za-z0-9_@+=,.~-][A-Za-z0-9_@+=,.~ -]*$/;
function checkPath(text, path, what, allowEmpty) {
    if (path === '') {
        if (allowEmpty)
            return;
        throw new LabelSyntaxError(text, `empty ${what}`);
    }
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
            throw new LabelSyntaxError(text, `bad ${what} "${path}"`);
        }
    }
}
/**
 * Parses a label, resolving relative forms (`:name`, `name`, `sub/file.c`) against `currentPkg`.
 */
function parseLabel(text, currentPkg) {
    if (text.startsWith('@')) {
        throw new LabelSyntaxError(text, 'edo has no external repositories (Bazel\'s @name//): its labels start with "//"');
    }
    if (text.startsWith('//')) {
        const body = text.slice(2);
        const colon = body.indexOf(':');
        if (colon < 0) {
            checkPath(text, body, 'package', false);
            return { pkg: body, name: body.slice(body.lastIndexOf('/') + 1) };
        }
        const pkg = body.slice(0, colon);
        const name = body.slice(colon + 1);
        checkPath(text, pkg, 'package', true);
        checkPath(text, name, 'name', false);
        return { pkg, name };
    }
    const name = text.startsWith(':') ? text.slice(1) : text;
    if (name.includes(':')) {
        // `pkg:name` is how a label elsewhere is often mistyped: Bazel reads it as one target name.
        throw new LabelSyntaxError(text, name === text
            ? `a label in another package starts with "//" (did you mean "//${text}"?)`
            : 'more than one ":"');
    }
    checkPath(text, name, 'name', false);
    return { pkg: currentPkg, name };
}
function formatLabel(label) {
    return `//${label.pkg}:${label.name}`;
}
/** Parses and formats in one step: the canonical string of a label. */
function canonicalLabel(text, currentPkg) {
    return formatLabel(parseLabel(text, currentPkg));
}
/** Whether `text` has glob metacharacters (`*`, `?`, `[`). */
function hasGlob(text) {
    return /[*?[]/.test(text);
}
/**
 * Converts a glob to a regular expression over `/`-separated paths: `*` and `?` stay inside one
 * path segment, `**` spans segments (and `**\/` also matches nothing), `[...]` is a character class.
 */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i += 1;
                if (glob[i + 1] === '/') {
                    i += 1;
                    out += '(?:.*/)?';
                }
                else {
                    out += '.*';
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0) {
                out += '\\[';
            }
            else {
                const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
                out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
                i = end;
            }
        }
        else {
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${out}$`);
}
/** Parses a target pattern; anything that is not a pattern is a single label. */
function parsePattern(text, currentPkg) {
    const absolute = text.startsWith('//');
    // `//...:all` (and `:*`, `:all-targets`) is `//...`, as in Bazel: edo's packages hold only targets.
    const body = (absolute ? text.slice(2) : text).replace(/(^|\/)\.\.\.:(all|all-targets|\*)$/, '$1...');
    const colon = body.indexOf(':');
    if (!absolute && colon > 0 && !body.startsWith('@')) {
        // On the command line, `app:server` is relative to the current directory's package, as in Bazel.
        const pkg = [currentPkg, body.slice(0, colon)].filter((part) => part !== '').join('/');
        return parsePattern(`//${pkg}${body.slice(colon)}`, '');
    }
    if (body === '...' || body.endsWith('/...')) {
        const rel = body === '...' ? '' : body.slice(0, -4);
        checkPath(text, rel, 'package', true);
        const pkg = absolute ? rel : [currentPkg, rel].filter((p) => p !== '').join('/');
        return { kind: 'recursive', pkg };
    }
    const name = colon < 0 ? undefined : body.slice(colon + 1);
    if (name !== undefined && (name === 'all' || name === 'all-targets' || hasGlob(name))) {
        const pkgText = body.slice(0, colon);
        if (absolute)
            checkPath(text, pkgText, 'package', true);
        const pkg = absolute ? pkgText : currentPkg;
        const glob = name === 'all' || name === 'all-targets' ? '*' : name;
        return { kind: 'glob', pkg, glob, regexp: globToRegExp(glob === '*' ? '**' : glob) };
    }
    return { kind: 'label', label: parseLabel(text, currentPkg) };
}
/** Whether a package path equals `pkg` or lies below it. */
function isUnderPackage(candidate, pkg) {
    return pkg === '' || candidate === pkg || candidate.startsWith(pkg + '/');
}
function matchesPattern(pattern, label) {
    switch (pattern.kind) {
        case 'label':
            return pattern.label.pkg === label.pkg && pattern.label.name === label.name;
        case 'recursive':
            return isUnderPackage(label.pkg, pattern.pkg);
        case 'glob':
            return pattern.pkg === label.pkg && pattern.regexp.test(label.name);
    }
}


/***/ }),

/***/ 1140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XU: () => (/* binding */ transpileCached),
/* harmony export */   Xd: () => (/* binding */ importUnbundled),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   prunePluginCache: () => (/* binding */ prunePluginCache),
/* harmony export */   yl: () => (/* binding */ compileCoreModules)
/* harmony export */ });
/* unused harmony exports PLUGIN_CACHE_FORMAT, bindingsGeneratorPath, generatedModuleAsScript, generateBindings */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78877);
/* harmony import */ var _cache_policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79552);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73434);
/* harmony import */ var _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38241);










const wasm = globalThis.WebAssembly;
/**
 * Transpiling a component (jco) takes ~1 s for a 12 MB componentize-js guest; loading the
 * transpiled output takes tens of ms. The output (generated JS + core wasm modules) is cached on
 * disk by the component's sha256, so a new process starts warm; within one process the compiled
 * `WebAssembly.Module`s are reused, so re-creating a worker only instantiates.
 */
/** Bump with the bindings generator, its options or the cache layout. */
const PLUGIN_CACHE_FORMAT = 'jco-1.11.1-async-v4';
const GENERATED_JS = 'plugin.js';
const META_FILE = 'meta.json';
/**
 * The bindings generator: the component jco 1.11.1 ships, installed under the name
 * `jco-bindings-generator` beside the jco 1.35.0 the repo builds plugins with. From jco 1.16 on,
 * the generated bindings run the component model's async task bookkeeping around every
 * synchronous call into or out of a guest; the releases from 1.11.2 to 1.15 do not, but take 20x
 * longer to generate the bindings of a 14 MB componentize-js guest (docs/plugins.md, "Bindings
 * generator"). The file is found by Node's package lookup from this module: in node_modules, or
 * beside the bundle (scripts/bundle.mjs).
 */
const GENERATOR_PACKAGE = 'jco-bindings-generator';
const GENERATOR_FILE = 'obj/js-component-bindgen-component.js';
function bindingsGeneratorPath(from = import.meta.url) {
    const lookup = (0,node_module__WEBPACK_IMPORTED_MODULE_3__.createRequire)(from).resolve.paths(GENERATOR_PACKAGE) ?? [];
    for (const dir of lookup) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATOR_PACKAGE, GENERATOR_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            return file;
    }
    throw new Error(`${GENERATOR_PACKAGE}/${GENERATOR_FILE} is not installed`);
}
/**
 * jco's generated module as a script whose value is a function returning `instantiate`: V8 can
 * cache a script's compiled code across processes (`vm.Script` `cachedData`), not an ES module's
 * on Node 20. The module only exports; `import.meta.url` serves to fetch core modules when no
 * `getCoreModule` is given, which the host always gives.
 */
function generatedModuleAsScript(source, plugin) {
    const body = source
        .replace(/^export (?=(async )?function |const |let |class )/gm, '')
        .replaceAll('import.meta.url', "'file:///'");
    if (/^(import|export)\s/m.test(body) || !/^(async )?function instantiate\(/m.test(body)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX('jco generated bindings of a shape this host does not expect', { plugin });
    }
    return `(function () {\n${body}\nreturn instantiate;\n})`;
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** The cache directory: `$EDO_PLUGIN_CACHE`, else `<workspace>/.edo/plugin-cache`. */
function defaultCacheDir(workspaceRoot, env = process.env) {
    return env.EDO_PLUGIN_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(workspaceRoot, '.edo', 'plugin-cache');
}
async function readMeta(dir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * A native `import()` the bundler leaves alone: given a parameter rather than a literal, webpack
 * cannot follow it (scripts/bundle.mjs turns what it emits back into `import()`), so the module
 * is resolved at run time, from where the code runs.
 */
function importUnbundled(specifier) {
    return import(specifier);
}
/**
 * jco's `transpile()` with the options this host uses (async instantiation, no minification): it
 * comes down to one call of the bindings generator, a component shipped as JS and core wasm.
 * Called directly, because the package's `transpile` loads a minifier, wasm-tools and its CLI's
 * modules, none of which the host uses, and the action must compile a user's plugin on a cold cache with only what its
 * bundle carries. The options are what its `transpile()` passes for ours (this release always wraps a
 * guest's top-level `err` in `ComponentError`); a test checks that the output is byte for byte its.
 */
async function generateBindings(component) {
    const bindgen = await importUnbundled((0,node_url__WEBPACK_IMPORTED_MODULE_5__.pathToFileURL)(bindingsGeneratorPath()).href);
    await bindgen.$init;
    const generated = bindgen.generate(component, {
        name: 'plugin',
        instantiation: { tag: 'async' },
        noTypescript: true,
    });
    return { files: Object.fromEntries(generated.files), imports: generated.imports };
}
/**
 * The transpiled form of `component`, from the cache or made now. Safe with concurrent
 * processes: each writes a private temp dir and renames it into place; the first rename wins.
 */
async function transpileCached(component, digest, cacheDir, plugin) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, `${digest}-${PLUGIN_CACHE_FORMAT}`);
    const cached = await readMeta(dir);
    if (cached) {
        // Marked as used, for prunePluginCache (only a cache: a failure to mark it costs nothing now).
        const now = new Date();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.utimes)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE), now, now).catch(() => undefined);
        return { dir, jsPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATED_JS), ...cached, transpiled: false };
    }
    let output;
    try {
        output = await generateBindings(component);
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`the component cannot be transpiled: ${error.message}`, { plugin });
    }
    const coreFiles = Object.keys(output.files).filter((name) => name.endsWith('.wasm'));
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, `.tmp-${digest.slice(0, 12)}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(temp, { recursive: true });
    try {
        for (const name of [...coreFiles, GENERATED_JS]) {
            const data = output.files[name];
            if (!data)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`jco produced no ${name}`, { plugin });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, name)), { recursive: true });
            const contents = name === GENERATED_JS ? generatedModuleAsScript(Buffer.from(data).toString('utf8'), plugin) : data;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, name), contents, { flush: true });
        }
        const meta = { coreFiles, imports: output.imports };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(temp, META_FILE), JSON.stringify(meta), { flush: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, dir);
        }
        catch (error) {
            // Another process cached the same component first; its copy is as good as ours.
            if (!['EEXIST', 'ENOTEMPTY'].includes(error.code ?? ''))
                throw error;
        }
        return { dir, jsPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, GENERATED_JS), ...meta, transpiled: true };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { recursive: true, force: true });
    }
}
/** A transpilation's temp directory this old belongs to a process that died midway. */
const STALE_TEMP_MS = 3600 * 1000;
/**
 * Drops what the plugin cache holds that no load will read again: entries of another cache format
 * (an older edo's), entries not loaded for `unusedForMs`, and temp directories of transpilations
 * that died. Every plugin version ever compiled would otherwise stay, and the action would carry
 * them all from run to run (≈ 15 MB for each version of a JS plugin). A dropped entry is only
 * transpiled again when next loaded; an entry being loaded was just marked as used.
 */
async function prunePluginCache(cacheDir, options = {}) {
    const { unusedForMs = _cache_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .PLUGIN_CACHE_UNUSED_MS */ .L, dryRun = false, now = Date.now() } = options;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(cacheDir).catch(() => []);
    const dropped = [];
    for (const name of names.sort()) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, name);
        const temp = name.startsWith('.tmp-');
        const marker = temp ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, META_FILE);
        const age = now - ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(marker).catch(() => undefined))?.mtimeMs ?? 0);
        const stale = temp ? age > STALE_TEMP_MS : !name.endsWith(`-${PLUGIN_CACHE_FORMAT}`) || age > unusedForMs;
        if (!stale)
            continue;
        if (!dryRun)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        dropped.push(name);
    }
    return dropped;
}
/** Room left before a core module read from disk, for its memory section to grow when capped. */
const CAP_HEADROOM = 64;
/** A file's bytes, starting `headroom` bytes into the returned buffer. */
async function readWithHeadroom(path, headroom) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path);
    try {
        const { size } = await file.stat();
        const buffer = Buffer.allocUnsafe(headroom + size);
        let filled = 0;
        while (filled < size) {
            const { bytesRead } = await file.read(buffer, headroom + filled, size - filled, filled);
            if (bytesRead === 0)
                throw new Error(`${path} shrank while being read`);
            filled += bytesRead;
        }
        return buffer;
    }
    finally {
        await file.close();
    }
}
/**
 * `capMemory` without copying a whole 14 MB module: only the sections up to the memory section
 * are rewritten, into the headroom in front of the module (see `readWithHeadroom`).
 */
function capMemoryInPlace(buffer, headroom, maxPages) {
    const module = buffer.subarray(headroom);
    for (const section of (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .sections */ .V0)(module)) {
        if (section.id !== _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .MEMORY_SECTION */ .gI)
            continue;
        const head = (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .capMemory */ .kd)(module.subarray(0, section.end), maxPages);
        const start = headroom + section.end - head.bytes.length;
        if (start < 0)
            return (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .capMemory */ .kd)(module, maxPages);
        buffer.set(head.bytes, start);
        return { bytes: buffer.subarray(start), minimumPages: head.minimumPages };
    }
    return { bytes: module, minimumPages: [] };
}
/**
 * A componentize-js guest is a 14 MB JS engine of which a plugin runs a small part. V8 compiles
 * wasm functions when first called (its default), but validates all of them up front unless told
 * not to: ~20 ms for those 14 MB. `--wasm-lazy-validation` moves validation to each function's
 * first call (jco validated the component when it was transpiled; no function runs unvalidated).
 * It has a price: any V8 flag set at run time changes the flag hash, so every worker thread booted
 * afterwards finds Node's built-in code cache stale and compiles its bootstrap code again
 * (measured: 22–25 ms more per worker on Node 20 and 24). Validating up front costs ≈ 1.4 ms a
 * MB, so the flag is set only for modules big enough to gain more than a worker's penalty. Warm
 * loads measured: the 14 MB guest 59–77 ms with the flag, 84–96 without; a 64 KB C guest 32–36 ms
 * without, 50–62 with. V8 flags are per process and never unset: lazily validated functions must
 * see the same setting.
 */
const LAZY_VALIDATION_MIN_BYTES = 8 * 2 ** 20;
let lazyValidation = false;
function validateLazily() {
    if (lazyValidation)
        return;
    lazyValidation = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_6__.setFlagsFromString)('--wasm-lazy-validation');
}
/** Compiled core modules by (file digest, memory cap): shared by every instance in this process. */
const compiledModules = new Map();
/**
 * The core modules of a transpiled plugin, compiled with every defined memory capped at
 * `memoryMb` (so `memory.grow` fails at the cap: worker resource limits do not cover wasm memory).
 */
async function compileCoreModules(transpiled, memoryMb, plugin) {
    const maxPages = Math.floor((memoryMb * 1024 * 1024) / _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .WASM_PAGE */ .n$);
    const modules = {};
    for (const name of transpiled.coreFiles) {
        const key = `${transpiled.dir}/${name}#${maxPages}`;
        let compiled = compiledModules.get(key);
        if (!compiled) {
            compiled = readWithHeadroom((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(transpiled.dir, name), CAP_HEADROOM).then((buffer) => {
                if (buffer.length - CAP_HEADROOM >= LAZY_VALIDATION_MIN_BYTES)
                    validateLazily();
                const capped = capMemoryInPlace(buffer, CAP_HEADROOM, maxPages);
                const tooBig = capped.minimumPages.find((pages) => pages > maxPages);
                if (tooBig !== undefined) {
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .EdoError */ .bX(`${name} needs ${Math.ceil((tooBig * _wasm_binary_js__WEBPACK_IMPORTED_MODULE_9__/* .WASM_PAGE */ .n$) / 2 ** 20)} MiB of memory to start, over its limit of ${memoryMb} MiB`, { plugin });
                }
                return wasm.compile(capped.bytes);
            });
            compiledModules.set(key, compiled);
            compiled.catch(() => compiledModules.delete(key));
        }
        modules[name] = await compiled;
    }
    return modules;
}


/***/ }),

/***/ 38241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ appendCustomSection),
/* harmony export */   V0: () => (/* binding */ sections),
/* harmony export */   Wy: () => (/* binding */ isComponent),
/* harmony export */   gI: () => (/* binding */ MEMORY_SECTION),
/* harmony export */   kd: () => (/* binding */ capMemory),
/* harmony export */   n$: () => (/* binding */ WASM_PAGE),
/* harmony export */   yF: () => (/* binding */ customSections)
/* harmony export */ });
/* unused harmony exports isWasm, uleb */
/**
 * Just enough of the WebAssembly binary format for the plugin host: top-level sections of a
 * component or core module, custom sections, and a core module's memory limits.
 * See https://webassembly.github.io/spec/core/binary/modules.html (core) and the component
 * model's Binary.md (components share the 8-byte preamble and the section framing).
 */
const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const CUSTOM_SECTION = 0;
const MEMORY_SECTION = 5;
/** 64 KiB: the wasm page size. */
const WASM_PAGE = 65536;
function isWasm(bytes) {
    return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}
/** True for a component (layer 1), false for a core module (layer 0). */
function isComponent(bytes) {
    return isWasm(bytes) && bytes[6] === 0x01;
}
function readUleb(bytes, offset) {
    let result = 0;
    let shift = 0;
    let pos = offset;
    for (;;) {
        if (pos >= bytes.length)
            throw new Error('truncated LEB128');
        const byte = bytes[pos++];
        result += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new Error('LEB128 too long');
    }
}
function uleb(value) {
    const out = [];
    let rest = value;
    do {
        let byte = rest % 128;
        rest = Math.floor(rest / 128);
        if (rest > 0)
            byte |= 0x80;
        out.push(byte);
    } while (rest > 0);
    return out;
}
function* sections(bytes) {
    if (!isWasm(bytes))
        throw new Error('not a WebAssembly binary (bad magic)');
    let pos = 8;
    while (pos < bytes.length) {
        const id = bytes[pos];
        const [size, start] = readUleb(bytes, pos + 1);
        const end = start + size;
        if (end > bytes.length)
            throw new Error(`section ${id} runs past the end of the binary`);
        yield { id, header: pos, start, end };
        pos = end;
    }
}
/** The contents of every top-level custom section called `name`. */
function customSections(bytes, name) {
    const found = [];
    for (const section of sections(bytes)) {
        if (section.id !== CUSTOM_SECTION)
            continue;
        const [nameLength, nameStart] = readUleb(bytes, section.start);
        const sectionName = Buffer.from(bytes.subarray(nameStart, nameStart + nameLength)).toString('utf8');
        if (sectionName === name)
            found.push(bytes.subarray(nameStart + nameLength, section.end));
    }
    return found;
}
/** `bytes` with a custom section appended (valid anywhere in modules and components). */
function appendCustomSection(bytes, name, data) {
    const encodedName = Buffer.from(name, 'utf8');
    const content = [...uleb(encodedName.length), ...encodedName];
    const size = uleb(content.length + data.length);
    return Buffer.concat([bytes, Uint8Array.of(CUSTOM_SECTION, ...size, ...content), data]);
}
/**
 * Gives every memory a core module defines a maximum of at most `maxPages`, so that
 * `memory.grow` fails at the cap instead of taking host memory. Imported memories are left
 * alone: their limits come from the module that defines them, which is rewritten too.
 * Only 32-bit, unshared memories are supported (what wasm32 guests produce); anything else
 * is refused rather than left uncapped.
 */
function capMemory(bytes, maxPages) {
    for (const section of sections(bytes)) {
        if (section.id !== MEMORY_SECTION)
            continue;
        let [count, pos] = readUleb(bytes, section.start);
        const limits = [...uleb(count)];
        const minimumPages = [];
        while (count-- > 0) {
            const flags = bytes[pos++];
            if (flags > 0x01)
                throw new Error(`memory limits flag 0x${flags.toString(16)} (shared or 64-bit) is not supported`);
            const [min, afterMin] = readUleb(bytes, pos);
            pos = afterMin;
            let max = maxPages;
            if (flags === 0x01) {
                const [declaredMax, afterMax] = readUleb(bytes, pos);
                pos = afterMax;
                max = Math.min(declaredMax, maxPages);
            }
            minimumPages.push(min);
            limits.push(0x01, ...uleb(min), ...uleb(Math.max(min, max)));
        }
        const rewritten = Buffer.concat([
            bytes.subarray(0, section.header),
            Uint8Array.of(MEMORY_SECTION, ...uleb(limits.length), ...limits),
            bytes.subarray(section.end),
        ]);
        return { bytes: rewritten, minimumPages };
    }
    return { bytes, minimumPages: [] };
}


/***/ })

};
