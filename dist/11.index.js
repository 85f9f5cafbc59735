import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 11;
export const ids = [11];
export const modules = {

/***/ 86040:
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
webpackEmptyAsyncContext.id = 86040;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 85235:
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
webpackEmptyAsyncContext.id = 85235;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 35011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLUGIN_LANGUAGES: () => (/* binding */ PLUGIN_LANGUAGES),
  PROJECT_FILE: () => (/* binding */ PROJECT_FILE),
  WIT_DIR: () => (/* binding */ WIT_DIR),
  buildPluginProject: () => (/* binding */ buildPluginProject),
  builtComponentPath: () => (/* binding */ builtComponentPath),
  inspectPlugin: () => (/* binding */ inspectPlugin),
  jsonErrorPosition: () => (/* binding */ jsonErrorPosition),
  readPluginProject: () => (/* binding */ readPluginProject)
});

// EXTERNAL MODULE: external "@bytecodealliance/jco"
var jco_ = __webpack_require__(61119);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./lib/model/errors.js
var model_errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/plugin/manifest.js
var plugin_manifest = __webpack_require__(79242);
// EXTERNAL MODULE: ./lib/plugin/build/c.js + 1 modules
var c = __webpack_require__(89060);
// EXTERNAL MODULE: ./lib/plugin/bindgen/wit.js
var bindgen_wit = __webpack_require__(74503);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./lib/model/names.js
var names = __webpack_require__(71133);
;// CONCATENATED MODULE: ./lib/plugin/build/js-root.js






/** `import ... from './x.js'`, `export ... from '../y.js'` and `import './z.js'`: relative specifiers only. */
const RELATIVE_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](\.\.?\/[^'"]+)['"]/g;
/** The modules of the guest whose entry is `entry`; a missing one is an error naming who imports it. */
function jsSources(entry) {
    const first = (0,external_node_path_.resolve)(entry);
    if (!(0,external_node_fs_.existsSync)(first))
        throw new model_errors/* UsageError */.eb(`${(0,model_errors/* pathForMessages */.dg)(first)}: no such file (the "sources" of edo-plugin.json)`);
    const files = [];
    const pending = [{ file: first }];
    let root = (0,external_node_path_.dirname)(first);
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const { file, importer } = next;
        if (files.includes(file))
            continue;
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new model_errors/* UsageError */.eb(`${(0,model_errors/* pathForMessages */.dg)(importer)}: imports ${(0,model_errors/* pathForMessages */.dg)(file)}, which does not exist`);
        }
        files.push(file);
        root = commonDirectory(root, (0,external_node_path_.dirname)(file));
        for (const [, specifier] of (0,external_node_fs_.readFileSync)(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
            pending.push({ file: (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), specifier), importer: file });
        }
    }
    return { root, files };
}
/**
 * Syntax errors in a guest's modules, at their place: componentize-js only says how many it
 * found. Parsed with the parser componentize-js itself uses (a dependency of it, loaded from it).
 */
async function checkJsSyntax(files) {
    const fromComponentize = (0,external_node_module_.createRequire)(import.meta.resolve('@bytecodealliance/componentize-js'));
    const oxc = (await import((0,external_node_url_.pathToFileURL)(fromComponentize.resolve('oxc-parser')).href));
    for (const file of files) {
        const source = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const { errors } = await oxc.parseAsync(file, source);
        const first = errors[0];
        if (!first)
            continue;
        const offset = first.labels[0]?.start ?? 0;
        // Offsets count UTF-8 bytes.
        const before = Buffer.from(source).subarray(0, offset).toString('utf8').split('\n');
        throw new model_errors/* EdoError */.bX(first.message, {
            position: { file: (0,model_errors/* pathForMessages */.dg)(file), line: before.length, col: before.at(-1).length + 1 },
            ...(errors.length > 1 && {
                details: [`  (and ${errors.length - 1} more in ${(0,model_errors/* pathForMessages */.dg)(file)})`],
            }),
        });
    }
}
/** `import ... from 'edo:plugin/...'` (and `export ... from`): the host interfaces a module imports. */
const HOST_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](edo:plugin\/[^'"]*)['"]/g;
/**
 * Imports of host interfaces the guest's world does not have, at their place: componentize-js
 * reports them as a module it cannot find on disk, with no file or line. `available` are the
 * specifiers the world imports (`edo:plugin/common@1.0.0`, ...).
 */
function checkHostImports(files, available) {
    for (const file of files) {
        const source = (0,external_node_fs_.readFileSync)(file, 'utf8');
        for (const match of source.matchAll(HOST_IMPORT)) {
            const specifier = match[1];
            if (available.includes(specifier))
                continue;
            const unversioned = specifier.replace(/@.*$/, '');
            const versioned = available.find((name) => name.replace(/@.*$/, '') === unversioned);
            // Near misses by interface name (`sytem`), whatever the version.
            const interfaceOf = (name) => name.replace(/^[^/]*\//, '').replace(/@.*$/, '');
            const near = (0,names/* closestNames */.g)(interfaceOf(specifier), available.map(interfaceOf)).map((name) => available.find((each) => interfaceOf(each) === name));
            const hint = versioned
                ? ` (did you mean "${versioned}"? host interfaces are imported with their version)`
                : near.length > 0
                    ? ` (did you mean ${near.map((name) => `"${name}"`).join(', ')}?)`
                    : ` (the host's: ${available.join(', ')})`;
            const before = source.slice(0, match.index + match[0].length - specifier.length - 1).split('\n');
            throw new model_errors/* UsageError */.eb(`imports "${specifier}", which plugins cannot import${hint}`, {
                position: { file: (0,model_errors/* pathForMessages */.dg)(file), line: before.length, col: before.at(-1).length + 1 },
            });
        }
    }
}
function commonDirectory(a, b) {
    const left = a.split(external_node_path_.sep);
    const right = b.split(external_node_path_.sep);
    let same = 0;
    while (same < left.length && same < right.length && left[same] === right[same])
        same++;
    return left.slice(0, same).join(external_node_path_.sep) || external_node_path_.sep;
}

// EXTERNAL MODULE: ./lib/plugin/build/rust.js + 1 modules
var rust = __webpack_require__(46893);
;// CONCATENATED MODULE: ./lib/plugin/build/project.js













/** The WIT package this edo implements (the single source of truth for guests and host). */
const WIT_DIR = (__webpack_require__.ab + "wit");
/** A plugin project's description, at its root. */
const PROJECT_FILE = 'edo-plugin.json';
/** Every WASI feature off: JS guests reach I/O only through `edo:plugin/system`. */
const JS_DISABLED_FEATURES = ['stdio', 'random', 'clocks', 'http', 'fetch-event'];
/** The guest languages `edo plugin build` compiles. */
const PLUGIN_LANGUAGES = ['c', 'js', 'rust'];
function readPluginProject(dir) {
    const file = (0,external_node_path_.join)(dir, PROJECT_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new model_errors/* UsageError */.eb(`no ${PROJECT_FILE} in ${dir}: not a plugin project (edo plugin new NAME makes one)`);
        }
        throw new model_errors/* UsageError */.eb(`${file}: ${error.message}`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const { line, col } = jsonErrorPosition(text, message);
        // JSON has no comments, and a pasted example's `//` is the usual mistake.
        const comment = /^\s*\/[/*]/.test(text.split('\n')[line - 1].slice(col - 1))
            ? ' (JSON has no comments)'
            : '';
        throw new model_errors/* UsageError */.eb(`${PROJECT_FILE} is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${comment}`, {
            position: { file: (0,model_errors/* pathForMessages */.dg)(file), line, col },
        });
    }
    const { lang, sources, tests = [] } = raw;
    if (!PLUGIN_LANGUAGES.includes(lang))
        throw new model_errors/* EdoError */.bX(`${file}: "lang" must be one of ${PLUGIN_LANGUAGES.join(', ')}`);
    if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === 'string')) {
        throw new model_errors/* EdoError */.bX(`${file}: "sources" must be a non-empty list of paths`);
    }
    if (lang === 'js' && sources.length !== 1)
        throw new model_errors/* EdoError */.bX(`${file}: a JS plugin has one entry module in "sources"`);
    if (lang === 'rust' && sources.length !== 1)
        throw new model_errors/* EdoError */.bX(`${file}: a Rust plugin has one crate root in "sources" (its modules sit beside it)`);
    const manifest = (0,plugin_manifest.parseManifest)(JSON.stringify(raw.manifest ?? null), file);
    return {
        dir,
        lang: lang,
        sources: sources.map((source) => (0,external_node_path_.resolve)(dir, source)),
        manifest,
        tests: parseTestCases(tests, file),
    };
}
/**
 * Where JSON.parse stopped, from its message: `(line L column C)` (newer V8), `at position N`
 * (V8 before that), else the end of the text (`Unexpected end of JSON input`).
 */
function jsonErrorPosition(text, message) {
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), col: Number(lineColumn[2]) };
    const position = /at position (\d+)/.exec(message);
    const before = text.slice(0, position ? Number(position[1]) : text.length).split('\n');
    return { line: before.length, col: before.at(-1).length + 1 };
}
/** `tests` of edo-plugin.json, checked: `edo plugin test` trusts their shape. */
function parseTestCases(tests, file) {
    const fail = (message) => {
        throw new model_errors/* UsageError */.eb(`${file}: ${message}`);
    };
    if (!Array.isArray(tests))
        fail('"tests" must be a list of test cases');
    const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
    return tests.map((test, i) => {
        if (!isObject(test))
            return fail(`tests[${i}] must be an object`);
        const { name, transform, storage, attrs = {}, capabilities, expect } = test;
        const what = typeof name === 'string' && name !== '' ? `test "${name}"` : fail(`tests[${i}] needs a "name"`);
        if ((typeof transform === 'string') === (typeof storage === 'string'))
            fail(`${what} needs one of "transform" or "storage" (a component or rule name)`);
        if (!isObject(attrs))
            fail(`${what}: "attrs" must be an object`);
        if (capabilities !== undefined && !(0,plugin_manifest.isStringList)(capabilities))
            fail(`${what}: "capabilities" must be a list of strings`);
        if (expect !== undefined) {
            if (!isObject(expect))
                fail(`${what}: "expect" must be an object`);
            const { log, layers, files } = expect;
            if (log !== undefined && typeof log !== 'string')
                fail(`${what}: "expect.log" must be a string`);
            if (layers !== undefined && !(0,plugin_manifest.isStringList)(layers))
                fail(`${what}: "expect.layers" must be a list of strings`);
            if (files !== undefined &&
                !(isObject(files) && Object.values(files).every((v) => typeof v === 'string')))
                fail(`${what}: "expect.files" must map paths to their contents (strings)`);
        }
        return { ...test, attrs };
    });
}
/** Where `edo plugin build` writes a project's component. */
function builtComponentPath(project) {
    return (0,external_node_path_.join)(project.dir, 'dist', `${project.manifest.name}.wasm`);
}
/** Builds the project's component, embeds its manifest and writes it to `dist/<name>.wasm`. */
async function buildPluginProject(project) {
    (0,plugin_manifest.checkInterfaceVersion)(project.manifest);
    const started = performance.now();
    let component;
    if (project.lang === 'c') {
        ({ component } = await (0,c.buildCComponent)(project.sources, WIT_DIR, 'edo', project.manifest.name));
    }
    else if (project.lang === 'rust') {
        ({ component } = await (0,rust.buildRustComponent)(project.sources[0], WIT_DIR, project.manifest.name));
    }
    else {
        component = await buildJsComponent(project.sources[0]);
    }
    const bytes = (0,plugin_manifest.embedManifest)(component, project.manifest);
    const path = builtComponentPath(project);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(project.dir, 'dist'), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temp, bytes);
    (0,external_node_fs_.renameSync)(temp, path);
    return { path, bytes, buildMs: performance.now() - started };
}
/**
 * A JS guest through componentize-js. Its mistakes are found first where they can be shown at
 * their place (a missing module, a syntax error); what componentize-js finds later (a module that
 * throws while it initializes, a missing export) it reports as text, shown as such.
 */
/** What the wizer wrapper writes when it stops wizer. */
const WIZER_TIMED_OUT = 'edo: wizer stopped after its time limit';
/**
 * How long componentize-js may take to run a guest's top-level code (wizer, at build time; a
 * 14 MB guest takes ≈ 5 s here): `EDO_PLUGIN_INIT_SECONDS`, 300 by default.
 */
function initLimitSeconds() {
    const seconds = Number(process.env.EDO_PLUGIN_INIT_SECONDS ?? 300);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 300;
}
/**
 * componentize-js runs wizer with `spawnSync` and no time limit, so a guest whose top-level code
 * never returns hung `edo plugin build` for ever. It takes the wizer to run: this wrapper, in
 * `dir`, runs the real one under a time limit.
 */
async function timeLimitedWizer(dir) {
    // A variable, so TypeScript does not look for the package's (missing) types.
    const wizerPackage = '@bytecodealliance/wizer';
    const { default: wizer } = (await import(wizerPackage));
    const wrapper = (0,external_node_path_.join)(dir, 'wizer-time-limited.mjs');
    (0,external_node_fs_.writeFileSync)(wrapper, [
        `#!${process.execPath}`,
        "import { spawnSync } from 'node:child_process';",
        `const run = spawnSync(${JSON.stringify(wizer)}, process.argv.slice(2), { stdio: 'inherit', timeout: ${initLimitSeconds() * 1000}, killSignal: 'SIGKILL' });`,
        `if (run.error?.code === 'ETIMEDOUT') { process.stderr.write(${JSON.stringify(`${WIZER_TIMED_OUT}\n`)}); process.exit(124); }`,
        'process.exit(run.status ?? 1);',
        '',
    ].join('\n'), { mode: 0o755 });
    return wrapper;
}
async function buildJsComponent(entry) {
    const { root, files } = jsSources(entry);
    await checkJsSyntax(files);
    const wit = (0,bindgen_wit/* readWitPackage */.n)(WIT_DIR);
    checkHostImports(files, wit.world.imports.map((name) => `${wit.name}/${name}@${wit.version}`));
    // componentize-js is a dev dependency: loaded only when a JS plugin is built.
    const { componentize } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 87638));
    await (0,c.allowToolFileAccess)();
    // componentize-js maps the current directory as the guest's root when the entry is inside
    // it: the build runs from the directory that holds everything the plugin imports.
    // (A worker thread cannot change it: there the build sees the current directory, as before.)
    const previousDir = process.cwd();
    const shown = (0,model_errors/* pathForMessages */.dg)(entry);
    const moved = external_node_worker_threads_.isMainThread && root !== previousDir;
    // It works in a directory under the system's temp directory and leaves it behind when the
    // build fails: under a directory of ours, which goes whatever happens.
    const previousTemp = process.env.TMPDIR;
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-componentize-'));
    process.env.TMPDIR = temp;
    if (moved)
        process.chdir(root);
    try {
        const { component } = await componentize({
            sourcePath: entry,
            witPath: WIT_DIR,
            worldName: 'edo',
            disableFeatures: JS_DISABLED_FEATURES,
            wizerBin: await timeLimitedWizer(temp),
        });
        return component;
    }
    catch (error) {
        if (String(error.message).includes(WIZER_TIMED_OUT)) {
            throw new model_errors/* UsageError */.eb(`${shown}: its top-level code did not finish within ${initLimitSeconds()} s ` +
                '(componentize-js runs it while building: a loop or a wait that never ends?)');
        }
        const [first, ...rest] = String(error.message ?? error)
            .trimEnd()
            .split('\n');
        throw new model_errors/* EdoError */.bX(`componentize-js could not build ${(0,external_node_path_.relative)(previousDir, entry) || entry}: ${first}`, {
            details: rest
                .filter((line) => line.trim() !== '')
                .slice(0, 20)
                .map((line) => `  | ${line}`),
        });
    }
    finally {
        if (moved)
            process.chdir(previousDir);
        if (previousTemp === undefined)
            delete process.env.TMPDIR;
        else
            process.env.TMPDIR = previousTemp;
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
}
async function inspectPlugin(bytes, what) {
    const manifest = (0,plugin_manifest.readManifest)(bytes, what);
    await (0,c.allowToolFileAccess)();
    const world = await (0,jco_.componentWit)(bytes);
    const items = (direction) => [...world.matchAll(new RegExp(`^\\s*${direction} ([^;{]+)`, 'gm'))].map((match) => match[1].trim());
    return {
        manifest,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
        size: bytes.length,
        world,
        imports: items('import'),
        exports: items('export'),
    };
}


/***/ }),

/***/ 79242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPONENT_KINDS: () => (/* binding */ COMPONENT_KINDS),
/* harmony export */   HOST_INTERFACE: () => (/* binding */ HOST_INTERFACE),
/* harmony export */   HOST_INTERFACE_ID: () => (/* binding */ HOST_INTERFACE_ID),
/* harmony export */   MANIFEST_SECTION: () => (/* binding */ MANIFEST_SECTION),
/* harmony export */   checkInterfaceVersion: () => (/* binding */ checkInterfaceVersion),
/* harmony export */   embedManifest: () => (/* binding */ embedManifest),
/* harmony export */   interfaceProblem: () => (/* binding */ interfaceProblem),
/* harmony export */   isStringList: () => (/* binding */ isStringList),
/* harmony export */   parseManifest: () => (/* binding */ parseManifest),
/* harmony export */   readManifest: () => (/* binding */ readManifest)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73434);
/* harmony import */ var _wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38241);



/** The `edo:plugin` interface this host implements (wit/). */
const HOST_INTERFACE = { package: 'edo:plugin', version: '1.0.0' };
const HOST_INTERFACE_ID = `${HOST_INTERFACE.package}@${HOST_INTERFACE.version}`;
/** The custom section that carries a plugin's manifest, readable without instantiating. */
const MANIFEST_SECTION = 'edo:plugin-manifest';
/** Component kinds a plugin can provide, named after the `abi` factories (`create-<kind>`). */
const COMPONENT_KINDS = ['storage', 'farm', 'source', 'transform', 'vendor'];
const ATTR_TYPES = [
    'string',
    'bool',
    'int',
    'string_list',
    'string_dict',
    'label',
    'label_list',
    'files',
    'any',
];
/** A component that is no plugin, or a broken manifest: the declaration's (or the command's) file is wrong. */
function fail(what, message) {
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(message, { plugin: what });
}
function isStringList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
/** Validates manifest JSON; `what` names the plugin file in errors. */
function parseManifest(json, what) {
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (error) {
        fail(what, `its ${MANIFEST_SECTION} section is not JSON: ${error.message}`);
    }
    if (typeof raw !== 'object' || raw === null)
        fail(what, `its ${MANIFEST_SECTION} section is not an object`);
    const record = raw;
    const { name, version, interface: targeted } = record;
    if (typeof name !== 'string' || name === '')
        fail(what, 'its manifest has no "name"');
    if (typeof version !== 'string' || !semver__WEBPACK_IMPORTED_MODULE_0__.valid(version)) {
        fail(what, `its manifest "version" ${JSON.stringify(version)} is not a semver version`);
    }
    if (typeof targeted !== 'string' || !/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*@.+$/.test(targeted)) {
        fail(what, `its manifest "interface" ${JSON.stringify(targeted)} is not like "${HOST_INTERFACE_ID}"`);
    }
    const provides = {};
    const rawProvides = (record.provides ?? {});
    for (const [kind, names] of Object.entries(rawProvides)) {
        if (!COMPONENT_KINDS.includes(kind)) {
            fail(what, `its manifest provides unknown kind "${kind}" (kinds: ${COMPONENT_KINDS.join(', ')})`);
        }
        if (!isStringList(names))
            fail(what, `its manifest "provides.${kind}" is not a list of names`);
        provides[kind] = names;
    }
    const rules = (record.rules ?? {});
    for (const [rule, schema] of Object.entries(rules)) {
        if (!/^[a-z_][a-z0-9_]*$/.test(rule))
            fail(what, `its rule name "${rule}" is not a Starlark identifier`);
        if (typeof schema?.transform !== 'string' || !provides.transform?.includes(schema.transform)) {
            fail(what, `its rule "${rule}" names transform ${JSON.stringify(schema?.transform)}, which it does not provide`);
        }
        for (const [attr, spec] of Object.entries(schema.attrs ?? {})) {
            if (!ATTR_TYPES.includes(spec?.type)) {
                fail(what, `its rule "${rule}" attribute "${attr}" has type ${JSON.stringify(spec?.type)} (types: ${ATTR_TYPES.join(', ')})`);
            }
        }
    }
    const capabilities = record.capabilities ?? [];
    if (!isStringList(capabilities))
        fail(what, 'its manifest "capabilities" is not a list of strings');
    return { name, version, interface: targeted, provides, rules, capabilities };
}
/** The manifest inside a component, without instantiating it. */
function readManifest(bytes, what) {
    if (!(0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .isComponent */ .Wy)(bytes))
        fail(what, 'it is not a WebAssembly component');
    const found = (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(bytes, MANIFEST_SECTION);
    if (found.length === 0)
        fail(what, `it has no ${MANIFEST_SECTION} custom section (build it with edo's plugin tooling)`);
    if (found.length > 1)
        fail(what, `it has ${found.length} ${MANIFEST_SECTION} sections`);
    return parseManifest(Buffer.from(found[0]).toString('utf8'), what);
}
/** A component with `manifest` embedded (what `edo plugin build` writes). */
function embedManifest(component, manifest) {
    if ((0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .customSections */ .yF)(component, MANIFEST_SECTION).length > 0) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EdoError */ .bX(`the component already has a ${MANIFEST_SECTION} section`, { plugin: manifest.name });
    }
    return (0,_wasm_binary_js__WEBPACK_IMPORTED_MODULE_2__/* .appendCustomSection */ .RU)(component, MANIFEST_SECTION, Buffer.from(JSON.stringify(manifest), 'utf8'));
}
/** Why this host cannot load a plugin built against `manifest.interface`; undefined when it can. */
function interfaceProblem(manifest) {
    const at = manifest.interface.lastIndexOf('@');
    const pkg = manifest.interface.slice(0, at);
    const wanted = manifest.interface.slice(at + 1);
    const compatible = pkg === HOST_INTERFACE.package &&
        semver__WEBPACK_IMPORTED_MODULE_0__.valid(wanted) !== null &&
        semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(HOST_INTERFACE.version, `^${wanted}`);
    return compatible ? undefined : `this edo provides ${HOST_INTERFACE_ID}`;
}
/**
 * Refuses a plugin built against an interface version this host does not implement. `declared`
 * is the name the workspace gave it (`plugin(name = ...)`), which its errors use.
 */
function checkInterfaceVersion(manifest, declared = manifest.name) {
    const problem = interfaceProblem(manifest);
    if (problem !== undefined) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${manifest.name}@${manifest.version} targets ${manifest.interface}, but ${problem}`, { plugin: declared });
    }
}


/***/ })

};
