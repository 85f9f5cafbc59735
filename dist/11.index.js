import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 11;
export const ids = [11,893];
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
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
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
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new model_errors/* UsageError */.eb(`no ${PROJECT_FILE} in ${dir}: not a plugin project (edo plugin new NAME makes one)`);
        }
        throw new model_errors/* UsageError */.eb(`${file}: ${error.message}`);
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
            const { log, layers } = expect;
            if (log !== undefined && typeof log !== 'string')
                fail(`${what}: "expect.log" must be a string`);
            if (layers !== undefined && !(0,plugin_manifest.isStringList)(layers))
                fail(`${what}: "expect.layers" must be a list of strings`);
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
async function buildJsComponent(entry) {
    const { root, files } = jsSources(entry);
    await checkJsSyntax(files);
    // componentize-js is a dev dependency: loaded only when a JS plugin is built.
    const { componentize } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 87638));
    await (0,c.allowToolFileAccess)();
    // componentize-js maps the current directory as the guest's root when the entry is inside
    // it: the build runs from the directory that holds everything the plugin imports.
    // (A worker thread cannot change it: there the build sees the current directory, as before.)
    const previousDir = process.cwd();
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
        });
        return component;
    }
    catch (error) {
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

/***/ 46893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUST_COMPILER: () => (/* binding */ RUST_COMPILER),
  buildRustComponent: () => (/* binding */ buildRustComponent),
  writeRustBindings: () => (/* binding */ writeRustBindings)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/plugin/bindgen/abi.js
var abi = __webpack_require__(58257);
;// CONCATENATED MODULE: ./lib/plugin/bindgen/rust.js

/**
 * Rust guest bindings for a WIT world, as one file compiled as the crate `edo` (an rlib the
 * plugin links against; rustc 1.63, no crates). Values are idiomatic Rust (`String`, `Vec<T>`,
 * `Option`, `Result`, tuples, structs, enums); imported resources are handle structs that drop
 * their handle; exported resources are traits (`Guest<Resource>`) whose methods default to
 * `err` (or a trap when the result cannot be an error), boxed behind the handle the host holds.
 * Exported freestanding functions are traits too, wired to a type by `edo::export!(Type)`.
 */
const RUST_PRIMITIVE = {
    bool: 'bool',
    u8: 'u8',
    s8: 'i8',
    u16: 'u16',
    s16: 'i16',
    u32: 'u32',
    s32: 'i32',
    u64: 'u64',
    s64: 'i64',
    f32: 'f32',
    f64: 'f64',
    char: 'char',
};
/** Element types whose Rust layout is their canonical ABI layout: lists of them cross as is. */
const PLAIN = new Set(['u8', 's8', 'u16', 's16', 'u32', 's32', 'u64', 's64', 'f32', 'f64']);
const KEYWORDS = new Set('as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self static struct super trait true type unsafe use where while async await dyn abstract become box do final macro override priv typeof unsized virtual yield try'.split(' '));
const snake = (name) => {
    const text = name.replace(/-/g, '_');
    return KEYWORDS.has(text) ? `r#${text}` : text;
};
const camel = (name) => name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
/** `Some(<type>)` when a list of it crosses the boundary as is. */
function plainElement(type) {
    const t = (0,abi/* unalias */.EE)(type);
    return t.kind === 'primitive' && PLAIN.has(t.name) ? RUST_PRIMITIVE[t.name] : undefined;
}
function generateRust(pkg) {
    return new RustGenerator(pkg).generate();
}
class RustGenerator {
    pkg;
    /** Resources the world's exported interfaces define: guest-implemented, seen by the host as reps. */
    exportedResources;
    /** `crate` in the bindings crate, `$crate` inside `export!`. */
    root = 'crate';
    counter = 0;
    /** The largest result any export returns through memory (bytes). */
    retAreaSize = 8;
    constructor(pkg) {
        this.pkg = pkg;
        this.exportedResources = (0,abi/* exportedResources */.xV)(pkg);
    }
    qualified(iface) {
        return (0,abi/* qualifiedInterface */.C)(this.pkg, iface);
    }
    fresh(prefix = 'v') {
        return `${prefix}${this.counter++}`;
    }
    path(def) {
        return `${this.root}::${snake(def.interfaceName)}::${camel(def.name)}`;
    }
    guestTrait(def) {
        return `${this.root}::${snake(def.interfaceName)}::Guest${camel(def.name)}`;
    }
    // ---- types ----
    /** The owned Rust type of a WIT type (fields, results, exported functions' parameters). */
    owned(type) {
        const t = (0,abi/* unalias */.EE)(type);
        switch (t.kind) {
            case 'primitive':
                return RUST_PRIMITIVE[t.name];
            case 'string':
                return 'String';
            case 'list':
                return `Vec<${this.owned(t.element)}>`;
            case 'option':
                return `Option<${this.owned(t.inner)}>`;
            case 'result':
                return `Result<${t.ok ? this.owned(t.ok) : '()'}, ${t.err ? this.owned(t.err) : '()'}>`;
            case 'tuple':
                return `(${t.items.map((item) => `${this.owned(item)},`).join(' ')})`;
            case 'own':
                return this.path(t.resource);
            case 'borrow':
                return this.borrowType(t.resource);
            case 'named':
                return this.path(t.def);
        }
    }
    borrowType(resource) {
        return this.exportedResources.has(resource)
            ? `&dyn ${this.guestTrait(resource)}`
            : `&${this.path(resource)}`;
    }
    /** What an imported function takes: borrowed strings and lists, references to compound values. */
    paramType(type) {
        const t = (0,abi/* unalias */.EE)(type);
        switch (t.kind) {
            case 'string':
                return '&str';
            case 'list':
                return `&[${this.owned(t.element)}]`;
            case 'option': {
                const inner = (0,abi/* unalias */.EE)(t.inner);
                return inner.kind === 'string' || inner.kind === 'list'
                    ? `Option<${this.paramType(inner)}>`
                    : `&${this.owned(t)}`;
            }
            case 'primitive':
            case 'own':
            case 'borrow':
                return this.owned(t);
            case 'named':
                return t.def.kind === 'enum' || t.def.kind === 'flags' ? this.owned(t) : `&${this.owned(t)}`;
            default:
                return `&${this.owned(t)}`;
        }
    }
    typeDefinition(def) {
        const name = camel(def.name);
        switch (def.kind) {
            case 'record':
                return `pub struct ${name} {\n${def.fields.map((field) => `    pub ${snake(field.name)}: ${this.owned(field.type)},`).join('\n')}\n}`;
            case 'variant':
                return `pub enum ${name} {\n${def.cases.map((c) => `    ${camel(c.name)}${c.type ? `(${this.owned(c.type)})` : ''},`).join('\n')}\n}`;
            case 'enum':
                return `#[derive(Clone, Copy, Debug, PartialEq, Eq)]\n#[repr(u${(0,abi/* discriminantSize */.jL)(def.cases.length) * 8})]\npub enum ${name} {\n${def.cases.map((c) => `    ${camel(c)},`).join('\n')}\n}`;
            case 'flags': {
                const width = (0,abi/* sizeOf */.$d)({ kind: 'named', def }) * 8;
                return [
                    `pub type ${name} = u${width};`,
                    ...def.flags.map((flag, index) => `pub const ${snake(`${def.name}-${flag}`).toUpperCase()}: ${name} = 1 << ${index};`),
                ].join('\n');
            }
            case 'alias':
                return `pub type ${name} = ${this.owned(def.target)};`;
            case 'resource':
                throw new Error('resources are generated by importResource / exportResource');
        }
    }
    // ---- lowering: Rust values into flat values or memory ----
    /**
     * Names `expr` (a value or a reference to one) as a reference: `&<type>` when given (deref
     * coercion makes `&String`, `&&str`, `&Vec<T>` all `&str` / `&[T]`), else `&_` for compound
     * values, whose field accesses and match patterns see through any number of references.
     */
    bind(code, type, expr) {
        const name = this.fresh();
        code.push(`let ${name}${type ? `: &${type}` : ''} = &(${expr});`);
        return name;
    }
    coerce(expr, from, to) {
        if (from === to)
            return expr;
        if (to === 'i64')
            return from === 'i32' ? `((${expr}) as u32 as i64)` : `((${expr}).to_bits() as i64)`;
        return `((${expr}).to_bits() as i32)`; // f32 into an i32 slot
    }
    uncoerce(expr, slot, want) {
        if (slot === want)
            return expr;
        if (slot === 'i64') {
            if (want === 'i32')
                return `((${expr}) as i32)`;
            return want === 'f32' ? `f32::from_bits((${expr}) as u32)` : `f64::from_bits((${expr}) as u64)`;
        }
        return `f32::from_bits((${expr}) as u32)`;
    }
    /** A primitive (or enum) as the core value it flattens to. */
    primitiveToCore(name, value) {
        if (name === 'f32' || name === 'f64')
            return value;
        if (name === 'u64' || name === 's64')
            return `(${value} as i64)`;
        return `(${value} as i32)`;
    }
    /** Statements lowering `expr` into the flat slots `out` (declared `let mut`). */
    lowerFlat(type, expr, out, code) {
        const t = (0,abi/* unalias */.EE)(type);
        const put = (value, from) => {
            const slot = out.shift();
            code.push(`${slot.name} = ${this.coerce(value, from, slot.core)};`);
        };
        const cases = (0,abi/* casesOf */.DS)(t);
        const members = (0,abi/* membersOf */.lS)(t);
        switch (t.kind) {
            case 'primitive': {
                const value = this.bind(code, RUST_PRIMITIVE[t.name], expr);
                put(this.primitiveToCore(t.name, `*${value}`), (0,abi/* flatTypes */.lH)(t)[0]);
                return;
            }
            case 'string':
            case 'list': {
                const { ptr, len } = this.lowerSequence(t, expr, code);
                put(ptr, 'i32');
                put(len, 'i32');
                return;
            }
            case 'own':
            case 'borrow':
                put(this.lowerHandle(t, expr, code), 'i32');
                return;
            default:
                break;
        }
        if (members) {
            const value = this.bind(code, undefined, expr);
            members.forEach((member, index) => this.lowerFlat(member, this.memberExpr(t, value, index), out, code));
            return;
        }
        if (cases) {
            const slots = out.splice(0, (0,abi/* flatTypes */.lH)(t).length);
            const value = this.bind(code, undefined, expr);
            code.push(`match ${value} {`);
            cases.forEach((payload, index) => {
                const payloadName = this.fresh('e');
                code.push(`${this.casePattern(t, index, payload ? payloadName : undefined)} => {`);
                code.push(`${slots[0].name} = ${index};`);
                if (payload) {
                    const temps = (0,abi/* flatTypes */.lH)(payload).map((core) => ({ name: this.fresh('f'), core }));
                    for (const temp of temps)
                        code.push(`let mut ${temp.name}: ${temp.core} = Default::default();`);
                    this.lowerFlat(payload, payloadName, [...temps], code);
                    temps.forEach((temp, at) => code.push(`${slots[at + 1].name} = ${this.coerce(temp.name, temp.core, slots[at + 1].core)};`));
                }
                code.push('}');
            });
            code.push('}');
            return;
        }
        // enum, flags
        const value = this.bind(code, this.owned(t), expr);
        put(`(*${value} as i32)`, 'i32');
    }
    memberExpr(type, value, index) {
        const t = (0,abi/* unalias */.EE)(type);
        if (t.kind === 'tuple')
            return `${value}.${index}`;
        if (t.kind === 'named' && t.def.kind === 'record')
            return `${value}.${snake(t.def.fields[index].name)}`;
        throw new Error('not a record or tuple');
    }
    /** The match pattern of case `index` of a variant-like type, binding its payload as `payload`. */
    casePattern(type, index, payload) {
        const t = (0,abi/* unalias */.EE)(type);
        const bound = payload ? `(${payload})` : '';
        if (t.kind === 'option')
            return index === 0 ? 'None' : `Some${bound}`;
        if (t.kind === 'result')
            return `${index === 0 ? 'Ok' : 'Err'}${payload ? bound : '(_)'}`;
        if (t.kind === 'named' && t.def.kind === 'variant')
            return `${this.path(t.def)}::${camel(t.def.cases[index].name)}${bound}`;
        throw new Error('not a variant');
    }
    /** A string or list's pointer and length; elements that are not plain go through a buffer in `keep`. */
    lowerSequence(t, expr, code) {
        if (t.kind === 'string') {
            const value = this.bind(code, 'str', expr);
            return { ptr: `(${value}.as_ptr() as i32)`, len: `(${value}.len() as i32)` };
        }
        if (t.kind !== 'list')
            throw new Error('not a sequence');
        const element = this.owned(t.element);
        const value = this.bind(code, `[${element}]`, expr);
        if (plainElement(t.element))
            return { ptr: `(${value}.as_ptr() as i32)`, len: `(${value}.len() as i32)` };
        const size = (0,abi/* sizeOf */.$d)(t.element);
        const base = this.fresh('buf');
        code.push(`let ${base} = keep.buffer(${value}.len() * ${size}, ${(0,abi/* alignOf */.Vv)(t.element)});`);
        const item = this.fresh('item');
        const index = this.fresh('i');
        code.push(`for (${index}, ${item}) in ${value}.iter().enumerate() {`);
        this.store(t.element, item, `${base} + ${index} * ${size}`, code);
        code.push('}');
        return { ptr: `(${base} as i32)`, len: `(${value}.len() as i32)` };
    }
    /** An own handle is given away (the Rust value no longer drops it); a borrow lends it. */
    lowerHandle(t, expr, code) {
        if (t.kind === 'borrow' && this.exportedResources.has(t.resource))
            throw new Error(`borrow<${t.resource.name}> of an exported resource cannot be passed to the host`);
        const value = this.bind(code, this.path(t.resource), expr);
        return t.kind === 'own' ? `${value}.take_handle()` : `${value}.handle()`;
    }
    /** Statements storing `expr` at address `addr` (a usize expression), in canonical ABI layout. */
    store(type, expr, addr, code) {
        const t = (0,abi/* unalias */.EE)(type);
        const rt = `${this.root}::rt`;
        const cases = (0,abi/* casesOf */.DS)(t);
        const members = (0,abi/* membersOf */.lS)(t);
        switch (t.kind) {
            case 'primitive': {
                const value = this.bind(code, RUST_PRIMITIVE[t.name], expr);
                const stored = t.name === 'bool' ? `(*${value} as u8)` : t.name === 'char' ? `(*${value} as u32)` : `*${value}`;
                code.push(`${rt}::store(${addr}, ${stored});`);
                return;
            }
            case 'string':
            case 'list': {
                const { ptr, len } = this.lowerSequence(t, expr, code);
                code.push(`${rt}::store::<i32>(${addr}, ${ptr});`, `${rt}::store::<i32>(${addr} + 4, ${len});`);
                return;
            }
            case 'own':
            case 'borrow':
                code.push(`${rt}::store::<i32>(${addr}, ${this.lowerHandle(t, expr, code)});`);
                return;
            default:
                break;
        }
        if (members) {
            const value = this.bind(code, undefined, expr);
            const offsets = (0,abi/* memberOffsets */.rN)(t);
            members.forEach((member, index) => this.store(member, this.memberExpr(t, value, index), `${addr} + ${offsets[index]}`, code));
            return;
        }
        const discriminant = `u${(0,abi/* discriminantSize */.jL)(cases?.length ?? this.enumCases(t)) * 8}`;
        if (cases) {
            const value = this.bind(code, undefined, expr);
            const offset = (0,abi/* payloadOffset */.Kp)(t);
            code.push(`match ${value} {`);
            cases.forEach((payload, index) => {
                const payloadName = this.fresh('e');
                code.push(`${this.casePattern(t, index, payload ? payloadName : undefined)} => {`);
                code.push(`${rt}::store::<${discriminant}>(${addr}, ${index});`);
                if (payload)
                    this.store(payload, payloadName, `${addr} + ${offset}`, code);
                code.push('}');
            });
            code.push('}');
            return;
        }
        const value = this.bind(code, this.owned(t), expr);
        const width = `u${(0,abi/* sizeOf */.$d)(t) * 8}`;
        code.push(`${rt}::store::<${width}>(${addr}, *${value} as ${width});`);
    }
    enumCases(t) {
        return t.kind === 'named' && t.def.kind === 'enum' ? t.def.cases.length : 1;
    }
    // ---- lifting: flat values or memory into Rust values ----
    primitiveFromCore(name, value) {
        if (name === 'bool')
            return `(${value} != 0)`;
        if (name === 'char')
            return `char::from_u32_unchecked(${value} as u32)`;
        return `(${value} as ${RUST_PRIMITIVE[name]})`;
    }
    enumFromInt(def, value) {
        const arms = def.cases.map((c, index) => `${index} => ${this.path(def)}::${camel(c)},`);
        return `match ${value} { ${arms.join(' ')} _ => std::process::abort() }`;
    }
    /** An expression lifting the flat values `input` (consumed) into an owned Rust value. */
    liftFlat(type, input) {
        const t = (0,abi/* unalias */.EE)(type);
        const take = () => input.shift().expr;
        const cases = (0,abi/* casesOf */.DS)(t);
        const members = (0,abi/* membersOf */.lS)(t);
        switch (t.kind) {
            case 'primitive':
                return this.primitiveFromCore(t.name, take());
            case 'string':
            case 'list':
                return this.liftSequence(t, take(), take());
            case 'own':
                return `${this.path(t.resource)}::from_handle(${take()})`;
            case 'borrow':
                throw new Error(`borrow<${t.resource.name}> is supported only as a function's parameter`);
            default:
                break;
        }
        if (members) {
            const items = members.map((member) => this.liftFlat(member, input));
            if (t.kind === 'tuple')
                return `(${items.map((item) => `${item},`).join(' ')})`;
            const def = t.def;
            return `${this.path(def)} { ${def.fields.map((field, index) => `${snake(field.name)}: ${items[index]}`).join(', ')} }`;
        }
        if (cases) {
            const slots = input.splice(0, (0,abi/* flatTypes */.lH)(t).length);
            const arms = cases.map((payload, index) => {
                const lifted = payload
                    ? this.liftFlat(payload, (0,abi/* flatTypes */.lH)(payload).map((core, at) => ({
                        expr: this.uncoerce(slots[at + 1].expr, slots[at + 1].core, core),
                        core,
                    })))
                    : undefined;
                return `${index} => ${this.caseValue(t, index, lifted)},`;
            });
            return `match ${slots[0].expr} { ${arms.join(' ')} _ => std::process::abort() }`;
        }
        if (t.kind === 'named' && t.def.kind === 'enum')
            return this.enumFromInt(t.def, take());
        return `(${take()} as ${this.owned(t)})`; // flags
    }
    caseValue(type, index, payload) {
        const t = (0,abi/* unalias */.EE)(type);
        if (t.kind === 'option')
            return index === 0 ? 'None' : `Some(${payload})`;
        if (t.kind === 'result')
            return `${index === 0 ? 'Ok' : 'Err'}(${payload ?? '()'})`;
        if (t.kind === 'named' && t.def.kind === 'variant')
            return `${this.path(t.def)}::${camel(t.def.cases[index].name)}${payload ? `(${payload})` : ''}`;
        throw new Error('not a variant');
    }
    /** A string or list the other side allocated with `cabi_realloc`: ours to own (and free). */
    liftSequence(t, ptr, len) {
        const rt = `${this.root}::rt`;
        if (t.kind === 'string')
            return `${rt}::string_from(${ptr}, ${len})`;
        if (t.kind !== 'list')
            throw new Error('not a sequence');
        const plain = plainElement(t.element);
        if (plain)
            return `${rt}::vec_from::<${plain}>(${ptr}, ${len})`;
        const at = this.fresh('at');
        return `${rt}::lift_list(${ptr}, ${len}, ${(0,abi/* sizeOf */.$d)(t.element)}, ${(0,abi/* alignOf */.Vv)(t.element)}, |${at}| ${this.load(t.element, at)})`;
    }
    /** An expression reading an owned value of `type` at address `addr` (a usize expression). */
    load(type, addr) {
        const t = (0,abi/* unalias */.EE)(type);
        const rt = `${this.root}::rt`;
        const cases = (0,abi/* casesOf */.DS)(t);
        const members = (0,abi/* membersOf */.lS)(t);
        switch (t.kind) {
            case 'primitive': {
                if (t.name === 'bool')
                    return `(${rt}::load::<u8>(${addr}) != 0)`;
                if (t.name === 'char')
                    return `char::from_u32_unchecked(${rt}::load::<u32>(${addr}))`;
                return `${rt}::load::<${RUST_PRIMITIVE[t.name]}>(${addr})`;
            }
            case 'string':
            case 'list':
                return this.liftSequence(t, `${rt}::load::<i32>(${addr})`, `${rt}::load::<i32>(${addr} + 4)`);
            case 'own':
                return `${this.path(t.resource)}::from_handle(${rt}::load::<i32>(${addr}))`;
            case 'borrow':
                throw new Error(`borrow<${t.resource.name}> is supported only as a function's parameter`);
            default:
                break;
        }
        if (members) {
            const offsets = (0,abi/* memberOffsets */.rN)(t);
            const items = members.map((member, index) => this.load(member, `${addr} + ${offsets[index]}`));
            if (t.kind === 'tuple')
                return `(${items.map((item) => `${item},`).join(' ')})`;
            const def = t.def;
            return `${this.path(def)} { ${def.fields.map((field, index) => `${snake(field.name)}: ${items[index]}`).join(', ')} }`;
        }
        if (cases) {
            const discriminant = `u${(0,abi/* discriminantSize */.jL)(cases.length) * 8}`;
            const offset = (0,abi/* payloadOffset */.Kp)(t);
            const arms = cases.map((payload, index) => `${index} => ${this.caseValue(t, index, payload ? this.load(payload, `${addr} + ${offset}`) : undefined)},`);
            return `match ${rt}::load::<${discriminant}>(${addr}) { ${arms.join(' ')} _ => std::process::abort() }`;
        }
        const width = `u${(0,abi/* sizeOf */.$d)(t) * 8}`;
        if (t.kind === 'named' && t.def.kind === 'enum')
            return this.enumFromInt(t.def, `${rt}::load::<${width}>(${addr})`);
        return `${rt}::load::<${width}>(${addr})`;
    }
    // ---- functions ----
    /** An imported function: lowers its arguments, calls the host, lifts the result. */
    importFunction(ifaceName, fn, resource) {
        const result = (0,abi/* loweredResult */.Ak)(fn, resource);
        const params = (0,abi/* allParams */.S$)(fn, resource);
        const { flatParams, byPointer, flatResult, resultInMemory, params: coreParams, } = (0,abi/* coreSignature */.Mz)(params, result, 'import');
        const coreResult = result && !resultInMemory ? ` -> ${flatResult[0]}` : '';
        const rustParams = fn.params.map((param) => `${snake(param.name)}: ${this.paramType(param.type)}`);
        const receiver = fn.role === 'method' ? ['&self'] : [];
        const name = fn.role === 'constructor' ? 'new' : snake(fn.name);
        const returns = fn.role === 'constructor' ? ' -> Self' : result ? ` -> ${this.owned(result)}` : '';
        const code = [
            `pub fn ${name}(${[...receiver, ...rustParams].join(', ')})${returns} {`,
            `#[link(wasm_import_module = "${this.qualified(ifaceName)}")]`,
            `extern "C" { #[link_name = "${(0,abi/* coreName */.T$)(fn, resource)}"] fn import(${coreParams.map((core, index) => `p${index}: ${core}`).join(', ')})${coreResult}; }`,
            'unsafe {',
            `let mut keep = ${this.root}::rt::Keep::default();`,
        ];
        const args = [];
        const argumentExpr = (param) => (param.name === 'self' ? 'self' : snake(param.name));
        if (byPointer) {
            const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
            const base = this.fresh('args');
            code.push(`let ${base} = keep.buffer(${(0,abi/* sizeOf */.$d)(tuple)}, ${(0,abi/* alignOf */.Vv)(tuple)});`);
            const offsets = (0,abi/* memberOffsets */.rN)(tuple);
            params.forEach((param, index) => this.store(param.type, argumentExpr(param), `${base} + ${offsets[index]}`, code));
            args.push(`${base} as i32`);
        }
        else {
            const out = flatParams.map((core) => ({ name: this.fresh('p'), core }));
            for (const slot of out)
                code.push(`let mut ${slot.name}: ${slot.core} = Default::default();`);
            args.push(...out.map((slot) => slot.name));
            for (const param of params)
                this.lowerFlat(param.type, argumentExpr(param), out, code);
        }
        if (!result)
            code.push(`import(${args.join(', ')});`);
        else if (resultInMemory) {
            code.push(`let mut ret = [0u64; ${Math.ceil((0,abi/* sizeOf */.$d)(result) / 8)}];`, `import(${[...args, 'ret.as_mut_ptr() as i32'].join(', ')});`, `let addr = ret.as_ptr() as usize;`, `let value = ${this.load(result, 'addr')};`, 'drop(keep);', 'value');
        }
        else {
            code.push(`let flat = import(${args.join(', ')});`, 'drop(keep);', this.liftFlat(result, [{ expr: 'flat', core: flatResult[0] }]));
        }
        code.push('}', '}');
        return code.join('\n');
    }
    importResource(ifaceName, def) {
        const name = camel(def.name);
        return [
            `/** A ${def.name} the host owns; dropping it drops the handle. */`,
            ...this.handleStruct(name, this.qualified(ifaceName), def.name, [
                `#[doc(hidden)] pub fn handle(&self) -> i32 { self.handle.get() }`,
                ...def.functions.map((fn) => this.importFunction(ifaceName, fn, def)),
            ]),
        ].join('\n');
    }
    /**
     * A resource handle: `take_handle` gives it away (lowering an own handle), dropping an unused
     * one calls `[resource-drop]` in `module`.
     */
    handleStruct(name, module, resource, items) {
        return [
            `pub struct ${name} { handle: std::cell::Cell<i32> }`,
            `impl ${name} {`,
            `#[doc(hidden)] pub unsafe fn from_handle(handle: i32) -> Self { Self { handle: std::cell::Cell::new(handle) } }`,
            `#[doc(hidden)] pub fn take_handle(&self) -> i32 { self.handle.replace(-1) }`,
            ...items,
            '}',
            `impl Drop for ${name} {`,
            'fn drop(&mut self) {',
            `#[link(wasm_import_module = "${module}")]`,
            `extern "C" { #[link_name = "[resource-drop]${resource}"] fn drop_handle(handle: i32); }`,
            'let handle = self.handle.get();',
            'if handle != -1 { unsafe { drop_handle(handle) } }',
            '}',
            '}',
        ];
    }
    /** The default of an export the plugin does not implement: `err(error(plugin, ...))`, else a trap. */
    defaultBody(fn) {
        const error = (0,abi/* errorResource */.dy)(this.pkg);
        if (!error || !(0,abi/* returnsError */.mh)(this.pkg, fn))
            return 'std::process::abort()';
        return `Err(${this.path(error)}::new(${this.root}::PLUGIN_NAME, "${fn.name} is not implemented by this plugin"))`;
    }
    /** A trait method (or function) the plugin implements, with its default. */
    traitItem(fn, receiver) {
        const params = fn.params.map((param) => `${snake(param.name)}: ${this.owned(param.type)}`);
        const returns = fn.result ? ` -> ${this.owned(fn.result)}` : '';
        return `fn ${snake(fn.name)}(${[...(receiver ? ['&self'] : []), ...params].join(', ')})${returns} { ${this.defaultBody(fn)} }`;
    }
    /**
     * The core export for `fn`: lifts the host's arguments, calls `target` (a method of `self`, or
     * a trait function), returns the result flat or through the return area (freed in `cabi_post_*`).
     */
    exportFunction(ifaceName, fn, resource, target) {
        const exportName = `${this.qualified(ifaceName)}#${(0,abi/* coreName */.T$)(fn, resource)}`;
        const params = (0,abi/* allParams */.S$)(fn, resource);
        const { byPointer, flatResult, resultInMemory, params: coreParams, } = (0,abi/* coreSignature */.Mz)(params, fn.result, 'export');
        const coreResult = !fn.result ? '' : resultInMemory ? ' -> i32' : ` -> ${flatResult[0]}`;
        const wrapper = this.fresh('__export_');
        const rt = `${this.root}::rt`;
        const code = [
            `#[export_name = "${exportName}"]`,
            `unsafe extern "C" fn ${wrapper}(${coreParams.map((core, index) => `p${index}: ${core}`).join(', ')})${coreResult} {`,
        ];
        const input = byPointer ? [] : coreParams.map((core, index) => ({ expr: `p${index}`, core }));
        const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
        const offsets = byPointer ? (0,abi/* memberOffsets */.rN)(tuple) : [];
        const args = [];
        params.forEach((param, index) => {
            const t = (0,abi/* unalias */.EE)(param.type);
            const local = this.fresh('arg');
            const flat = () => byPointer ? `${rt}::load::<i32>(p0 as usize + ${offsets[index]})` : input.shift().expr;
            if (t.kind === 'borrow') {
                if (this.exportedResources.has(t.resource)) {
                    code.push(`let ${local}: &dyn ${this.guestTrait(t.resource)} = ${rt}::rep::<dyn ${this.guestTrait(t.resource)}>(${flat()});`);
                    args.push(local);
                }
                else {
                    code.push(`let ${local} = std::mem::ManuallyDrop::new(${this.path(t.resource)}::from_handle(${flat()}));`);
                    args.push(`&*${local}`);
                }
                return;
            }
            const value = byPointer ? this.load(t, `p0 as usize + ${offsets[index]}`) : this.liftFlat(t, input);
            code.push(`let ${local} = ${value};`);
            args.push(local);
        });
        if (byPointer)
            code.push(`${rt}::free(p0, ${(0,abi/* sizeOf */.$d)(tuple)}, ${(0,abi/* alignOf */.Vv)(tuple)});`);
        const [self, ...rest] = args;
        const call = fn.role === 'method'
            ? `${self}.${snake(fn.name)}(${rest.join(', ')})`
            : `${target}(${args.join(', ')})`;
        if (!fn.result)
            code.push(`${call};`);
        else if (resultInMemory) {
            this.retAreaSize = Math.max(this.retAreaSize, (0,abi/* sizeOf */.$d)(fn.result));
            code.push(`let ret = Box::new(${call});`, `let mut keep = ${rt}::Keep::default();`, `let area = ${rt}::ret_area();`);
            this.store(fn.result, '*ret', 'area', code);
            code.push('keep.value(ret);', `${rt}::keep_until_post_return(keep);`, 'area as i32');
        }
        else {
            const out = [{ name: 'flat', core: flatResult[0] }];
            code.push(`let ret = ${call};`, `let mut flat: ${flatResult[0]} = Default::default();`);
            this.lowerFlat(fn.result, 'ret', out, code);
            code.push('flat');
        }
        code.push('}');
        if (fn.result && resultInMemory) {
            code.push(`#[export_name = "cabi_post_${exportName}"]`, `unsafe extern "C" fn ${wrapper}_post(_ret: i32) { ${rt}::post_return(); }`);
        }
        return code.join('\n');
    }
    exportResource(ifaceName, def) {
        const name = camel(def.name);
        const guest = `Guest${name}`;
        const module = `[export]${this.qualified(ifaceName)}`;
        const methods = def.functions.filter((fn) => fn.role === 'method');
        if (methods.length !== def.functions.length)
            throw new Error(`exported resource ${def.name}: constructors and static functions are not supported`);
        return [
            `/** What the plugin implements for a ${def.name}; methods it leaves out return err (or trap). */`,
            '#[allow(unused_variables)]',
            `pub trait ${guest}: 'static {`,
            ...methods.map((fn) => this.traitItem(fn, true)),
            '}',
            `/** A handle to a ${def.name} the plugin implements, as the host sees it. */`,
            ...this.handleStruct(name, module, def.name, [
                `/** Hands \`value\` to the host; it is dropped when the host drops its last handle. */`,
                `pub fn new<T: ${guest}>(value: T) -> Self {`,
                `#[link(wasm_import_module = "${module}")]`,
                `extern "C" { #[link_name = "[resource-new]${def.name}"] fn resource_new(rep: i32) -> i32; }`,
                `let rep: Box<Box<dyn ${guest}>> = Box::new(Box::new(value));`,
                'unsafe { Self::from_handle(resource_new(Box::into_raw(rep) as i32)) }',
                '}',
            ]),
            `#[export_name = "${this.qualified(ifaceName)}#[dtor]${def.name}"]`,
            `unsafe extern "C" fn __dtor_${snake(def.name).replace(/^r#/, '')}(rep: i32) { drop(Box::from_raw(rep as *mut Box<dyn ${guest}>)); }`,
            ...methods.map((fn) => this.exportFunction(ifaceName, fn, def, '')),
        ].join('\n');
    }
    generate() {
        const { world } = this.pkg;
        const modules = [];
        for (const iface of this.pkg.interfaces.values()) {
            const imported = world.imports.includes(iface.name);
            const exported = world.exports.includes(iface.name);
            if (!imported && !exported)
                continue;
            const items = [];
            for (const def of iface.types) {
                if (def.kind !== 'resource')
                    items.push(this.typeDefinition(def));
                else if (exported)
                    items.push(this.exportResource(iface.name, def));
                else
                    items.push(this.importResource(iface.name, def));
            }
            if (imported)
                items.push(...iface.functions.map((fn) => this.importFunction(iface.name, fn)));
            if (exported && iface.functions.length > 0) {
                items.push(`/** The freestanding functions of ${this.qualified(iface.name)}: implement them, then \`export!(YourType)\`. */`, '#[allow(unused_variables)]', 'pub trait Guest {', ...iface.functions.map((fn) => this.traitItem(fn, false)), '}');
            }
            modules.push(`/** ${imported ? 'import' : 'export'} ${this.qualified(iface.name)} */\npub mod ${snake(iface.name)} {\n${items.join('\n')}\n}`);
        }
        // The freestanding exports, wired to the plugin's type by `export!` (expanded in the plugin).
        this.root = '$crate';
        const exports = [];
        for (const name of world.exports) {
            const iface = this.pkg.interfaces.get(name);
            for (const fn of iface.functions)
                exports.push(this.exportFunction(name, fn, undefined, `<$t as $crate::${snake(name)}::Guest>::${snake(fn.name)}`));
        }
        this.root = 'crate';
        return [
            `// Generated by \`edo plugin bindgen --lang rust\` from the WIT package ${this.pkg.name}@${this.pkg.version} (world ${world.name}). Do not edit.`,
            '#![allow(dead_code, unused_assignments, unused_mut, unused_parens, unused_unsafe, unused_variables, clippy::all)]',
            '',
            '/** The plugin name default exports put in their errors (`EDO_PLUGIN_NAME` when this crate is built). */',
            'pub const PLUGIN_NAME: &str = match option_env!("EDO_PLUGIN_NAME") { Some(name) => name, None => "rust-plugin" };',
            '',
            RUNTIME.replaceAll('RET_AREA_WORDS', String(Math.ceil(this.retAreaSize / 8))),
            ...modules,
            '',
            "/** Exports the world's freestanding functions, implemented by `$t` (e.g. `edo::export!(MyPlugin);`). */",
            '#[macro_export]',
            'macro_rules! export {',
            '($t:ty) => {',
            '#[allow(unused_assignments, unused_mut, unused_parens, unused_unsafe, unused_variables)]',
            'const _: () = {',
            ...exports,
            '};',
            '};',
            '}',
            '',
        ].join('\n');
    }
}
/** The canonical ABI support every generated crate carries (allocator, memory access, lifetimes). */
const RUNTIME = `#[doc(hidden)]
pub mod rt {
    use std::alloc::{alloc, dealloc, realloc, Layout};

    /// The canonical ABI allocator: the host allocates arguments and results in guest memory through it.
    #[no_mangle]
    pub unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
        if new_size == 0 {
            return align as *mut u8;
        }
        let ptr = if old_size == 0 {
            alloc(Layout::from_size_align_unchecked(new_size, align))
        } else {
            realloc(old, Layout::from_size_align_unchecked(old_size, align), new_size)
        };
        if ptr.is_null() {
            std::process::abort();
        }
        ptr
    }

    pub unsafe fn free(ptr: i32, size: usize, align: usize) {
        if size > 0 {
            dealloc(ptr as *mut u8, Layout::from_size_align_unchecked(size, align));
        }
    }

    pub unsafe fn load<T: Copy>(addr: usize) -> T {
        std::ptr::read(addr as *const T)
    }

    pub unsafe fn store<T>(addr: usize, value: T) {
        std::ptr::write(addr as *mut T, value)
    }

    /// A string the other side allocated with \`cabi_realloc\` (align 1): now ours.
    pub unsafe fn string_from(ptr: i32, len: i32) -> String {
        String::from_utf8_unchecked(vec_from::<u8>(ptr, len))
    }

    /// A list of plain values the other side allocated with \`cabi_realloc\`: now ours. An empty
    /// one may come with any pointer (even null), which a \`Vec\` must not hold.
    pub unsafe fn vec_from<T>(ptr: i32, len: i32) -> Vec<T> {
        if len == 0 {
            return Vec::new();
        }
        Vec::from_raw_parts(ptr as *mut T, len as usize, len as usize)
    }

    /// A list whose elements are read one by one (\`lift\` at each address), then its memory freed.
    pub unsafe fn lift_list<T>(ptr: i32, len: i32, size: usize, align: usize, lift: impl Fn(usize) -> T) -> Vec<T> {
        let items = (0..len as usize).map(|index| lift(ptr as usize + index * size)).collect();
        free(ptr, len as usize * size, align);
        items
    }

    /// A guest object the host refers to by its rep.
    pub unsafe fn rep<'a, T: ?Sized>(rep: i32) -> &'a T {
        &**(rep as *const Box<T>)
    }

    /// Memory a lowered value points into: lent to the host until the call (or post-return) ends.
    #[derive(Default)]
    pub struct Keep {
        buffers: Vec<(usize, Layout)>,
        values: Vec<Box<dyn std::any::Any>>,
    }

    impl Keep {
        pub fn buffer(&mut self, size: usize, align: usize) -> usize {
            if size == 0 {
                return align;
            }
            unsafe {
                let layout = Layout::from_size_align_unchecked(size, align);
                let ptr = alloc(layout);
                if ptr.is_null() {
                    std::process::abort();
                }
                self.buffers.push((ptr as usize, layout));
                ptr as usize
            }
        }

        pub fn value(&mut self, value: Box<dyn std::any::Any>) {
            self.values.push(value);
        }
    }

    impl Drop for Keep {
        fn drop(&mut self) {
            for (ptr, layout) in self.buffers.drain(..) {
                unsafe { dealloc(ptr as *mut u8, layout) }
            }
        }
    }

    static mut RET_AREA: [u64; RET_AREA_WORDS] = [0; RET_AREA_WORDS];
    static mut POST_RETURN: Option<Keep> = None;

    /// Where exports return results that do not fit one core value.
    pub unsafe fn ret_area() -> usize {
        RET_AREA.as_mut_ptr() as usize
    }

    /// Keeps an export's result alive until the host has copied it (\`cabi_post_*\`).
    pub unsafe fn keep_until_post_return(keep: Keep) {
        POST_RETURN = Some(keep);
    }

    pub unsafe fn post_return() {
        POST_RETURN = None;
    }
}
`;

// EXTERNAL MODULE: ./lib/plugin/bindgen/wit.js
var wit = __webpack_require__(74503);
// EXTERNAL MODULE: ./lib/plugin/build/c.js + 1 modules
var c = __webpack_require__(89060);
;// CONCATENATED MODULE: ./lib/plugin/build/rust.js











const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The compiler Rust plugins are built with: Debian's rustc (apt-get install rustc
 * libstd-rust-dev-wasm32 lld-14), by its full path so that a rustup toolchain earlier on PATH is
 * not picked up (`$EDO_RUSTC` overrides it).
 */
const RUST_COMPILER = process.env.EDO_RUSTC ?? '/usr/bin/rustc';
const INSTALL_HINT = 'apt-get install rustc libstd-rust-dev-wasm32 lld-14';
/**
 * The compiled bindings (~3 s of a build) are reused across builds from the OS temp dir, keyed by
 * their source, the plugin name baked into them, the flags and the compiler binary.
 */
const BINDINGS_CACHE = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-rust-bindings');
/** No cargo, no crates: the bindings are a crate of their own (`edo`), the plugin links it. */
const RUSTC_FLAGS = ['--edition', '2021', '--target', 'wasm32-unknown-unknown', '-C', 'opt-level=s'];
/** Hand-written helpers every Rust plugin gets as `edo::sdk` (plugins/sdk-rust of this edo). */
const RUST_SDK = (__webpack_require__.ab + "sdk.rs");
/** The crate `edo`: the bindings generated from `witDir`, with the SDK helpers for `edo:plugin`. */
function crateSource(witDir) {
    const pkg = (0,wit/* readWitPackage */.n)(witDir);
    const bindings = generateRust(pkg);
    if (pkg.name !== 'edo:plugin')
        return bindings;
    return `${bindings}\npub mod sdk {\n${(0,external_node_fs_.readFileSync)(RUST_SDK, 'utf8')}}\n`;
}
/** Writes `edo.rs` (the bindings crate's single file) for the WIT package in `witDir` into `outDir`. */
function writeRustBindings(witDir, outDir) {
    return (0,c.writeFilesAtomically)([[(0,external_node_path_.join)(outDir, 'edo.rs'), crateSource(witDir)]]);
}
async function rustc(args, pluginName, what) {
    try {
        await run(RUST_COMPILER, [...RUSTC_FLAGS, ...args], {
            // What the bindings' default exports name in their errors.
            env: { ...process.env, EDO_PLUGIN_NAME: pluginName },
        });
    }
    catch (error) {
        const { stderr, code } = error;
        if (code === 'ENOENT')
            throw new errors/* EdoError */.bX(`${RUST_COMPILER} is not installed (${INSTALL_HINT})`);
        throw new errors/* EdoError */.bX(`compiling ${what} failed:\n${stderr ?? error.message}`);
    }
}
/** The bindings for `witDir` compiled as the rlib `edo`: from the cache, or compiled in `work` and cached. */
async function compiledBindings(witDir, pluginName, work) {
    const source = crateSource(witDir);
    let compiler;
    try {
        compiler = (0,external_node_fs_.statSync)(RUST_COMPILER);
    }
    catch {
        throw new errors/* EdoError */.bX(`${RUST_COMPILER} is not installed (${INSTALL_HINT})`);
    }
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([source, pluginName, RUSTC_FLAGS, RUST_COMPILER, compiler.size, compiler.mtimeMs]))
        .digest('hex');
    const cached = (0,external_node_path_.join)(BINDINGS_CACHE, `libedo-${key}.rlib`);
    if ((0,external_node_fs_.existsSync)(cached))
        return cached;
    const [bindings] = (0,c.writeFilesAtomically)([[(0,external_node_path_.join)(work, 'edo.rs'), source]]);
    const rlib = (0,external_node_path_.join)(work, 'libedo.rlib');
    await rustc(['--crate-type', 'rlib', '--crate-name', 'edo', '-o', rlib, bindings], pluginName, 'the bindings');
    (0,external_node_fs_.mkdirSync)(BINDINGS_CACHE, { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    (0,external_node_fs_.copyFileSync)(rlib, temp);
    (0,external_node_fs_.renameSync)(temp, cached); // atomic: a concurrent build sees the whole file or none
    return cached;
}
/**
 * Builds a Rust plugin: the bindings generated from `witDir` compiled as the rlib `edo`, the
 * plugin crate (`crateRoot`, its modules beside it) as a cdylib linking it, then componentised.
 */
async function buildRustComponent(crateRoot, witDir, pluginName, world = 'edo') {
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-rust-plugin-'));
    try {
        const rlib = await compiledBindings(witDir, pluginName, work);
        const coreFile = (0,external_node_path_.join)(work, 'plugin.core');
        await rustc(['--crate-type', 'cdylib', '-C', 'strip=symbols', '--extern', `edo=${rlib}`, '-o', coreFile, crateRoot], pluginName, 'the Rust plugin');
        const core = (0,external_node_fs_.readFileSync)(coreFile);
        return { core, component: await (0,c.componentOf)(core, witDir, world) };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
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
/** Refuses a plugin built against an interface version this host does not implement. */
function checkInterfaceVersion(manifest) {
    const at = manifest.interface.lastIndexOf('@');
    const pkg = manifest.interface.slice(0, at);
    const wanted = manifest.interface.slice(at + 1);
    const compatible = pkg === HOST_INTERFACE.package &&
        semver__WEBPACK_IMPORTED_MODULE_0__.valid(wanted) !== null &&
        semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(HOST_INTERFACE.version, `^${wanted}`);
    if (!compatible) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`plugin ${manifest.name}@${manifest.version} targets ${manifest.interface}, but this edo provides ${HOST_INTERFACE_ID}`, { plugin: manifest.name });
    }
}


/***/ })

};
