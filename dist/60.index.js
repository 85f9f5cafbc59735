import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 60;
export const ids = [60,140];
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

/***/ 58257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   Ak: () => (/* binding */ loweredResult),
/* harmony export */   C: () => (/* binding */ qualifiedInterface),
/* harmony export */   DS: () => (/* binding */ casesOf),
/* harmony export */   EE: () => (/* binding */ unalias),
/* harmony export */   Kp: () => (/* binding */ payloadOffset),
/* harmony export */   Mz: () => (/* binding */ coreSignature),
/* harmony export */   S$: () => (/* binding */ allParams),
/* harmony export */   T$: () => (/* binding */ coreName),
/* harmony export */   Vv: () => (/* binding */ alignOf),
/* harmony export */   dy: () => (/* binding */ errorResource),
/* harmony export */   jL: () => (/* binding */ discriminantSize),
/* harmony export */   lH: () => (/* binding */ flatTypes),
/* harmony export */   lS: () => (/* binding */ membersOf),
/* harmony export */   mh: () => (/* binding */ returnsError),
/* harmony export */   rN: () => (/* binding */ memberOffsets),
/* harmony export */   xV: () => (/* binding */ exportedResources)
/* harmony export */ });
/* unused harmony exports MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, alignTo */
/** Beyond this many flat values, parameters are passed through memory. */
const MAX_FLAT_PARAMS = 16;
/** Beyond this many flat values, a result is returned through memory. */
const MAX_FLAT_RESULTS = 1;
function coreSignature(params, result, side) {
    const flatParams = params.flatMap((param) => flatTypes(param.type));
    const byPointer = flatParams.length > MAX_FLAT_PARAMS;
    const flatResult = result ? flatTypes(result) : [];
    const resultInMemory = flatResult.length > MAX_FLAT_RESULTS;
    const core = byPointer ? ['i32'] : [...flatParams];
    if (side === 'import' && resultInMemory)
        core.push('i32');
    return { flatParams, byPointer, flatResult, resultInMemory, params: core };
}
function unalias(type) {
    return type.kind === 'named' && type.def.kind === 'alias' ? unalias(type.def.target) : type;
}
/** The core values a value of `type` flattens to. */
function flatTypes(type) {
    const t = unalias(type);
    switch (t.kind) {
        case 'primitive':
            if (t.name === 'u64' || t.name === 's64')
                return ['i64'];
            if (t.name === 'f32' || t.name === 'f64')
                return [t.name];
            return ['i32'];
        case 'string':
        case 'list':
            return ['i32', 'i32'];
        case 'own':
        case 'borrow':
            return ['i32'];
        case 'tuple':
            return t.items.flatMap(flatTypes);
        case 'option':
            return flatVariant([undefined, t.inner]);
        case 'result':
            return flatVariant([t.ok, t.err]);
        case 'named': {
            const def = t.def;
            if (def.kind === 'record')
                return def.fields.flatMap((field) => flatTypes(field.type));
            if (def.kind === 'variant')
                return flatVariant(def.cases.map((c) => c.type));
            return ['i32']; // enum, flags (≤ 32)
        }
    }
}
/** A variant's flat form: the discriminant, then its payloads' slots joined. */
function flatVariant(payloads) {
    const joined = [];
    for (const payload of payloads) {
        if (!payload)
            continue;
        flatTypes(payload).forEach((core, index) => {
            const have = joined[index];
            if (have === undefined)
                joined[index] = core;
            else if (have !== core)
                joined[index] =
                    (have === 'i32' && core === 'f32') || (have === 'f32' && core === 'i32') ? 'i32' : 'i64';
        });
    }
    return ['i32', ...joined];
}
const PRIMITIVE_SIZE = {
    bool: 1,
    u8: 1,
    s8: 1,
    u16: 2,
    s16: 2,
    u32: 4,
    s32: 4,
    f32: 4,
    char: 4,
    u64: 8,
    s64: 8,
    f64: 8,
};
const alignTo = (offset, align) => Math.ceil(offset / align) * align;
/** Bytes of a discriminant for `cases` cases. */
function discriminantSize(cases) {
    return cases <= 256 ? 1 : cases <= 65536 ? 2 : 4;
}
/** The payload types of a variant-like type (option, result, variant), in case order. */
function casesOf(type) {
    const t = unalias(type);
    if (t.kind === 'option')
        return [undefined, t.inner];
    if (t.kind === 'result')
        return [t.ok, t.err];
    if (t.kind === 'named' && t.def.kind === 'variant')
        return t.def.cases.map((c) => c.type);
    return undefined;
}
/** The members of a record-like type (record, tuple), in memory order. */
function membersOf(type) {
    const t = unalias(type);
    if (t.kind === 'tuple')
        return t.items;
    if (t.kind === 'named' && t.def.kind === 'record')
        return t.def.fields.map((field) => field.type);
    return undefined;
}
function alignOf(type) {
    const t = unalias(type);
    if (t.kind === 'primitive')
        return PRIMITIVE_SIZE[t.name];
    if (t.kind === 'string' || t.kind === 'list' || t.kind === 'own' || t.kind === 'borrow')
        return 4;
    const members = membersOf(t);
    if (members)
        return Math.max(1, ...members.map(alignOf));
    const cases = casesOf(t);
    if (cases) {
        const payloads = cases.filter((c) => c !== undefined);
        return Math.max(discriminantSize(cases.length), ...payloads.map(alignOf));
    }
    return sizeOf(t); // enum, flags
}
function sizeOf(type) {
    const t = unalias(type);
    if (t.kind === 'primitive')
        return PRIMITIVE_SIZE[t.name];
    if (t.kind === 'string' || t.kind === 'list')
        return 8;
    if (t.kind === 'own' || t.kind === 'borrow')
        return 4;
    const members = membersOf(t);
    if (members) {
        let offset = 0;
        for (const member of members)
            offset = alignTo(offset, alignOf(member)) + sizeOf(member);
        return alignTo(offset, alignOf(t));
    }
    const cases = casesOf(t);
    if (cases) {
        const payloads = cases.filter((c) => c !== undefined);
        const offset = payloadOffset(t);
        return alignTo(offset + Math.max(0, ...payloads.map(sizeOf)), alignOf(t));
    }
    if (t.kind === 'named' && t.def.kind === 'enum')
        return discriminantSize(t.def.cases.length);
    if (t.kind === 'named' && t.def.kind === 'flags') {
        const count = t.def.flags.length;
        return count <= 8 ? 1 : count <= 16 ? 2 : 4;
    }
    throw new Error(`no size for ${t.kind}`);
}
/** Where a variant-like value's payload starts, after its discriminant. */
function payloadOffset(type) {
    const cases = casesOf(type);
    const payloads = cases.filter((c) => c !== undefined);
    return alignTo(discriminantSize(cases.length), Math.max(1, ...payloads.map(alignOf)));
}
/** The offsets of a record-like type's members. */
function memberOffsets(type) {
    let offset = 0;
    return membersOf(type).map((member) => {
        offset = alignTo(offset, alignOf(member));
        const at = offset;
        offset += sizeOf(member);
        return at;
    });
}
/** A function's core name: `[constructor]r`, `[method]r.f`, `[static]r.f`, or its own name. */
function coreName(fn, resource) {
    if (!resource)
        return fn.name;
    if (fn.role === 'constructor')
        return `[constructor]${resource.name}`;
    return `[${fn.role}]${resource.name}.${fn.name}`;
}
/** An `error` resource with a `constructor(plugin, message)`: what default exports return, if the package has one. */
function errorResource(pkg) {
    for (const iface of pkg.interfaces.values()) {
        for (const def of iface.types) {
            if (def.kind === 'resource' && def.name === 'error' && def.functions[0]?.role === 'constructor')
                return def;
        }
    }
    return undefined;
}
/** Whether `fn` returns `result<_, error>` with the package's error resource: its default can be `err`. */
function returnsError(pkg, fn) {
    const result = fn.result ? unalias(fn.result) : undefined;
    const error = errorResource(pkg);
    return !!error && result?.kind === 'result' && result.err?.kind === 'own' && result.err.resource === error;
}
/** A function's parameters as the core function sees them: a method's `self` borrow first. */
function allParams(fn, resource) {
    if (fn.role !== 'method')
        return fn.params;
    return [{ name: 'self', type: { kind: 'borrow', resource: resource } }, ...fn.params];
}
/** A function's result as the core function sees it: a constructor returns its resource, owned. */
function loweredResult(fn, resource) {
    return fn.role === 'constructor' ? { kind: 'own', resource: resource } : fn.result;
}
/** The resources the world's exported interfaces define: the guest implements these. */
function exportedResources(pkg) {
    const resources = new Set();
    for (const name of pkg.world.exports) {
        for (const def of pkg.interfaces.get(name).types)
            if (def.kind === 'resource')
                resources.add(def);
    }
    return resources;
}
/** An interface's full name as core modules import and export it: `edo:plugin/host@1.0.0`. */
function qualifiedInterface(pkg, iface) {
    return `${pkg.name}/${iface}${pkg.version ? `@${pkg.version}` : ''}`;
}


/***/ }),

/***/ 74503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readWitPackage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73434);



const PRIMITIVES = new Set([
    'bool',
    'u8',
    's8',
    'u16',
    's16',
    'u32',
    's32',
    'u64',
    's64',
    'f32',
    'f64',
    'char',
]);
function tokenize(text, file) {
    const tokens = [];
    const pattern = /(\/\/[^\n]*)|(\/\*[\s\S]*?\*\/)|(\s+)|(->|[{}();:,<>=.*@/])|(%?[A-Za-z0-9_-]+)|(.)/g;
    let line = 1;
    for (const match of text.matchAll(pattern)) {
        const [whole, , , , punct, word, other] = match;
        if (other !== undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`${file}:${line}: unexpected character '${other}'`);
        if (punct !== undefined || word !== undefined)
            tokens.push({ token: whole.replace(/^%/, ''), line });
        line += whole.split('\n').length - 1;
    }
    return tokens;
}
/** Parses every `*.wit` file of a one-package directory. */
function readWitPackage(dir) {
    const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((name) => name.endsWith('.wit'))
        .sort();
    const pkg = {
        name: '',
        version: '',
        interfaces: new Map(),
        world: { name: '', imports: [], exports: [] },
    };
    // Uses and type names are resolved once every interface is known: name → [interface, name].
    const scopes = new Map();
    const unresolved = [];
    for (const file of files) {
        const tokens = tokenize((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), 'utf8'), file);
        let at = 0;
        const peek = () => tokens[at]?.token;
        const fail = (message) => {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`${file}:${tokens[Math.min(at, tokens.length - 1)]?.line ?? 1}: ${message}`);
        };
        const next = () => tokens[at++]?.token ?? fail('unexpected end of file');
        const expect = (token) => {
            const got = next();
            if (got !== token)
                fail(`expected '${token}', found '${got}'`);
        };
        const parseType = (iface, fixups) => {
            const word = next();
            if (PRIMITIVES.has(word))
                return { kind: 'primitive', name: word };
            if (word === 'string')
                return { kind: 'string' };
            if (word === 'list' || word === 'option') {
                expect('<');
                const inner = parseType(iface, fixups);
                expect('>');
                return word === 'list' ? { kind: 'list', element: inner } : { kind: 'option', inner };
            }
            if (word === 'result') {
                if (peek() !== '<')
                    return { kind: 'result' };
                next();
                const ok = peek() === '_' ? (next(), undefined) : parseType(iface, fixups);
                let err;
                if (peek() === ',') {
                    next();
                    err = parseType(iface, fixups);
                }
                expect('>');
                return { kind: 'result', ok, err };
            }
            if (word === 'tuple') {
                expect('<');
                const items = [parseType(iface, fixups)];
                while (peek() === ',') {
                    next();
                    items.push(parseType(iface, fixups));
                }
                expect('>');
                return { kind: 'tuple', items };
            }
            // A named type: resolved after every file is read.
            let handle;
            let name = word;
            if (word === 'own' || word === 'borrow') {
                handle = word;
                expect('<');
                name = next();
                expect('>');
            }
            const type = { kind: 'named' };
            fixups.push((scope) => {
                const def = scope(name);
                if (def.kind === 'resource')
                    Object.assign(type, { kind: handle ?? 'own', resource: def });
                else if (handle)
                    fail(`${handle}<${name}>: ${name} is not a resource`);
                else
                    Object.assign(type, { kind: 'named', def });
            });
            return type;
        };
        const parseParams = (iface, fixups) => {
            expect('(');
            const params = [];
            while (peek() !== ')') {
                const name = next();
                expect(':');
                params.push({ name, type: parseType(iface, fixups) });
                if (peek() === ',')
                    next();
            }
            expect(')');
            return params;
        };
        const parseFunction = (iface, name, role, fixups) => {
            const params = parseParams(iface, fixups);
            let result;
            if (peek() === '->') {
                next();
                result = parseType(iface, fixups);
            }
            expect(';');
            return { name, role, params, result };
        };
        expect('package');
        let pkgName = next();
        while (peek() !== '@')
            pkgName += next();
        next();
        let version = next();
        while (peek() === '.')
            version += next() + next();
        expect(';');
        if (pkg.name && (pkg.name !== pkgName || pkg.version !== version))
            fail('every file must declare the same package');
        pkg.name = pkgName;
        pkg.version = version;
        while (at < tokens.length) {
            const keyword = next();
            if (keyword === 'world') {
                pkg.world.name = next();
                expect('{');
                while (peek() !== '}') {
                    const direction = next();
                    const target = next();
                    expect(';');
                    if (direction === 'import')
                        pkg.world.imports.push(target);
                    else if (direction === 'export')
                        pkg.world.exports.push(target);
                    else
                        fail(`unsupported world item '${direction}'`);
                }
                expect('}');
                continue;
            }
            if (keyword !== 'interface')
                fail(`expected 'interface' or 'world', found '${keyword}'`);
            const ifaceName = next();
            const iface = { name: ifaceName, types: [], functions: [] };
            pkg.interfaces.set(ifaceName, iface);
            const scope = new Map();
            scopes.set(ifaceName, scope);
            const fixups = [];
            unresolved.push({ iface: ifaceName, fix: (lookup) => fixups.forEach((fixup) => fixup(lookup)) });
            expect('{');
            while (peek() !== '}') {
                const word = next();
                if (word === 'use') {
                    const from = next();
                    expect('.');
                    expect('{');
                    while (peek() !== '}') {
                        const name = next();
                        let alias = name;
                        if (peek() === 'as') {
                            next();
                            alias = next();
                        }
                        scope.set(alias, [from, name]);
                        if (peek() === ',')
                            next();
                    }
                    expect('}');
                    expect(';');
                }
                else if (word === 'resource') {
                    const def = { interfaceName: ifaceName, name: next(), kind: 'resource', functions: [] };
                    iface.types.push(def);
                    if (peek() === ';') {
                        next();
                        continue;
                    }
                    expect('{');
                    while (peek() !== '}') {
                        const member = next();
                        if (member === 'constructor') {
                            def.functions.push(parseFunction(ifaceName, 'constructor', 'constructor', fixups));
                            continue;
                        }
                        expect(':');
                        const isStatic = peek() === 'static';
                        if (isStatic)
                            next();
                        expect('func');
                        def.functions.push(parseFunction(ifaceName, member, isStatic ? 'static' : 'method', fixups));
                    }
                    expect('}');
                }
                else if (word === 'record' || word === 'variant' || word === 'enum' || word === 'flags') {
                    const name = next();
                    expect('{');
                    const items = [];
                    while (peek() !== '}') {
                        const itemName = next();
                        let type;
                        if (word === 'record') {
                            expect(':');
                            type = parseType(ifaceName, fixups);
                        }
                        else if (word === 'variant' && peek() === '(') {
                            next();
                            type = parseType(ifaceName, fixups);
                            expect(')');
                        }
                        items.push({ name: itemName, type });
                        if (peek() === ',')
                            next();
                    }
                    expect('}');
                    const base = { interfaceName: ifaceName, name };
                    iface.types.push(word === 'record'
                        ? {
                            ...base,
                            kind: 'record',
                            fields: items.map(({ name: field, type }) => ({ name: field, type: type })),
                        }
                        : word === 'variant'
                            ? { ...base, kind: 'variant', cases: items }
                            : word === 'enum'
                                ? { ...base, kind: 'enum', cases: items.map((item) => item.name) }
                                : { ...base, kind: 'flags', flags: items.map((item) => item.name) });
                }
                else if (word === 'type') {
                    const name = next();
                    expect('=');
                    iface.types.push({
                        interfaceName: ifaceName,
                        name,
                        kind: 'alias',
                        target: parseType(ifaceName, fixups),
                    });
                    expect(';');
                }
                else {
                    expect(':');
                    expect('func');
                    iface.functions.push(parseFunction(ifaceName, word, 'freestanding', fixups));
                }
            }
            expect('}');
        }
    }
    const lookup = (ifaceName, name, seen = new Set()) => {
        const iface = pkg.interfaces.get(ifaceName);
        if (!iface)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`wit: unknown interface '${ifaceName}'`);
        const local = iface.types.find((def) => def.name === name);
        if (local)
            return local;
        const used = scopes.get(ifaceName)?.get(name);
        const key = `${ifaceName}.${name}`;
        if (!used || seen.has(key))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`wit: interface ${ifaceName}: unknown type '${name}'`);
        seen.add(key);
        return lookup(used[0], used[1], seen);
    };
    for (const { iface, fix } of unresolved)
        fix((name) => lookup(iface, name));
    if (!pkg.world.name)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EdoError */ .bX(`wit: ${dir} declares no world`);
    return pkg;
}


/***/ }),

/***/ 89060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C_COMPILER: () => (/* binding */ C_COMPILER),
  allowToolFileAccess: () => (/* binding */ allowToolFileAccess),
  buildCComponent: () => (/* binding */ buildCComponent),
  componentOf: () => (/* binding */ componentOf),
  writeCBindings: () => (/* binding */ writeCBindings),
  writeFilesAtomically: () => (/* binding */ writeFilesAtomically)
});

// EXTERNAL MODULE: external "@bytecodealliance/jco"
var jco_ = __webpack_require__(61119);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/model/errors.js
var errors = __webpack_require__(73434);
// EXTERNAL MODULE: ./lib/plugin/bindgen/abi.js
var abi = __webpack_require__(58257);
;// CONCATENATED MODULE: ./lib/plugin/bindgen/c.js

/**
 * C guest bindings for a WIT world: a header (`<prefix>.h`) with a C type per WIT type, laid out
 * exactly as the canonical ABI lays values out in linear memory (so results returned through
 * memory need no lifting), and glue (`<prefix>.c`) that flattens parameters, calls the core
 * imports, lifts exported calls' flat parameters, stores results in a return area, frees them in
 * `cabi_post_*`, and exports `cabi_realloc` over the libc allocator.
 */
const CORE_C = { i32: 'int32_t', i64: 'int64_t', f32: 'float', f64: 'double' };
const PRIMITIVE_C = {
    bool: 'bool',
    u8: 'uint8_t',
    s8: 'int8_t',
    u16: 'uint16_t',
    s16: 'int16_t',
    u32: 'uint32_t',
    s32: 'int32_t',
    u64: 'uint64_t',
    s64: 'int64_t',
    f32: 'float',
    f64: 'double',
    char: 'uint32_t',
};
const snake = (name) => name.replace(/-/g, '_');
function generateC(pkg, prefix = 'edo') {
    return new CGenerator(pkg, prefix).generate();
}
class CGenerator {
    pkg;
    prefix;
    typeDecls = [];
    declared = new Set();
    freeDecls = [];
    freeBodies = [];
    protos = [];
    glue = [];
    /** Resources the world's exported interfaces define: guest-implemented, seen by the host as reps. */
    exportedResources;
    tempCounter = 0;
    constructor(pkg, prefix) {
        this.pkg = pkg;
        this.prefix = prefix;
        this.exportedResources = (0,abi/* exportedResources */.xV)(pkg);
    }
    qualified(iface) {
        return (0,abi/* qualifiedInterface */.C)(this.pkg, iface);
    }
    defName(def) {
        return `${this.prefix}_${snake(def.interfaceName)}_${snake(def.name)}`;
    }
    // ---- types ----
    /** Mangled name for anonymous types; also the C type name suffix. */
    mangle(type) {
        const t = (0,abi/* unalias */.EE)(type);
        switch (t.kind) {
            case 'primitive':
                return t.name;
            case 'string':
                return 'string';
            case 'list':
                return `list_${this.mangle(t.element)}`;
            case 'option':
                return `option_${this.mangle(t.inner)}`;
            case 'result':
                return `result_${t.ok ? this.mangle(t.ok) : 'void'}_${t.err ? this.mangle(t.err) : 'void'}`;
            case 'tuple':
                return `tuple${t.items.length}_${t.items.map((item) => this.mangle(item)).join('_')}`;
            case 'own':
            case 'borrow':
                return `${t.kind}_${snake(t.resource.interfaceName)}_${snake(t.resource.name)}`;
            case 'named':
                return `${snake(t.def.interfaceName)}_${snake(t.def.name)}`;
        }
    }
    /** The C type of a WIT type, declaring it (and what it contains) first. */
    cType(type) {
        const t = (0,abi/* unalias */.EE)(type);
        switch (t.kind) {
            case 'primitive':
                return PRIMITIVE_C[t.name];
            case 'own':
            case 'borrow': {
                if (t.kind === 'borrow' && this.exportedResources.has(t.resource))
                    return `${this.defName(t.resource)}_t *`;
                const name = `${this.prefix}_${snake(t.resource.interfaceName)}_${t.kind}_${snake(t.resource.name)}_t`;
                this.declare(name, () => `typedef struct { int32_t __handle; } ${name};`);
                return name;
            }
            case 'named': {
                const name = `${this.defName(t.def)}_t`;
                this.declare(name, () => this.namedBody(t.def, name));
                if (this.needsFree(t))
                    this.freeFunction(t);
                return name;
            }
            default: {
                const name = `${this.prefix}_${this.mangle(t)}_t`;
                this.declare(name, () => this.anonymousBody(t, name));
                if (this.needsFree(t))
                    this.freeFunction(t);
                return name;
            }
        }
    }
    declare(name, body) {
        if (this.declared.has(name))
            return;
        this.declared.add(name);
        const text = body(); // declares dependencies first
        this.typeDecls.push(text);
    }
    unionOf(members) {
        const present = members.filter((member) => member[1] !== undefined);
        if (present.length === 0)
            return '';
        return ` union { ${present.map(([name, type]) => `${this.cType(type)} ${name};`).join(' ')} } val;`;
    }
    anonymousBody(t, name) {
        switch (t.kind) {
            case 'string':
                return `typedef struct { uint8_t *ptr; size_t len; } ${name};`;
            case 'list':
                return `typedef struct { ${this.cType(t.element)} *ptr; size_t len; } ${name};`;
            case 'option':
                return `typedef struct { bool is_some; ${this.cType(t.inner)} val; } ${name};`;
            case 'result':
                return `typedef struct { bool is_err;${this.unionOf([
                    ['ok', t.ok],
                    ['err', t.err],
                ])} } ${name};`;
            case 'tuple':
                return `typedef struct { ${t.items.map((item, index) => `${this.cType(item)} f${index};`).join(' ')} } ${name};`;
            default:
                throw new Error(`not an anonymous type: ${t.kind}`);
        }
    }
    namedBody(def, name) {
        switch (def.kind) {
            case 'record':
                return `typedef struct { ${def.fields.map((field) => `${this.cType(field.type)} ${snake(field.name)};`).join(' ')} } ${name};`;
            case 'variant': {
                const tags = def.cases.map((c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c.name).toUpperCase()} ${index}`);
                return `${tags.join('\n')}\ntypedef struct { ${this.discriminantC(def.cases.length)} tag;${this.unionOf(def.cases.map((c) => [snake(c.name), c.type]))} } ${name};`;
            }
            case 'enum':
                return `${def.cases.map((c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c).toUpperCase()} ${index}`).join('\n')}\ntypedef ${this.discriminantC(def.cases.length)} ${name};`;
            case 'flags': {
                if (def.flags.length > 32)
                    throw new Error(`flags ${def.name}: more than 32 flags are not supported`);
                const bits = def.flags.map((flag, index) => `#define ${this.defName(def).toUpperCase()}_${snake(flag).toUpperCase()} (1u << ${index})`);
                const width = def.flags.length <= 8 ? 'uint8_t' : def.flags.length <= 16 ? 'uint16_t' : 'uint32_t';
                return `${bits.join('\n')}\ntypedef ${width} ${name};`;
            }
            case 'resource':
            case 'alias':
                throw new Error(`${def.kind} ${def.name} has no C body`);
        }
    }
    discriminantC(cases) {
        return cases <= 256 ? 'uint8_t' : cases <= 65536 ? 'uint16_t' : 'uint32_t';
    }
    // ---- memory ----
    needsFree(type) {
        const t = (0,abi/* unalias */.EE)(type);
        switch (t.kind) {
            case 'string':
            case 'list':
                return true;
            case 'option':
                return this.needsFree(t.inner);
            case 'result':
                return (t.ok !== undefined && this.needsFree(t.ok)) || (t.err !== undefined && this.needsFree(t.err));
            case 'tuple':
                return t.items.some((item) => this.needsFree(item));
            case 'named':
                if (t.def.kind === 'record')
                    return t.def.fields.some((field) => this.needsFree(field.type));
                if (t.def.kind === 'variant')
                    return t.def.cases.some((c) => c.type !== undefined && this.needsFree(c.type));
                return false;
            default:
                return false;
        }
    }
    /** `<type>_free(T *)`: frees the memory a value owns (not the handles it holds). */
    freeFunction(type) {
        const t = (0,abi/* unalias */.EE)(type);
        const base = t.kind === 'named' ? this.defName(t.def) : `${this.prefix}_${this.mangle(t)}`;
        const name = `${base}_free`;
        if (this.declared.has(name))
            return name;
        this.declared.add(name);
        const cType = this.cType(t);
        const lines = [];
        const freeField = (fieldType, expr) => {
            if (this.needsFree(fieldType))
                lines.push(`  ${this.freeFunction(fieldType)}(&${expr});`);
        };
        switch (t.kind) {
            case 'string':
                lines.push('  if (ptr->len > 0) free(ptr->ptr);');
                break;
            case 'list':
                if (this.needsFree(t.element))
                    lines.push(`  for (size_t i = 0; i < ptr->len; i++) ${this.freeFunction(t.element)}(&ptr->ptr[i]);`);
                lines.push('  if (ptr->len > 0) free(ptr->ptr);');
                break;
            case 'option':
                lines.push(`  if (ptr->is_some) {`);
                freeField(t.inner, 'ptr->val');
                lines.push('  }');
                break;
            case 'result':
                if (t.ok && this.needsFree(t.ok))
                    lines.push(`  if (!ptr->is_err) ${this.freeFunction(t.ok)}(&ptr->val.ok);`);
                if (t.err && this.needsFree(t.err))
                    lines.push(`  if (ptr->is_err) ${this.freeFunction(t.err)}(&ptr->val.err);`);
                break;
            case 'tuple':
                t.items.forEach((item, index) => freeField(item, `ptr->f${index}`));
                break;
            case 'named':
                if (t.def.kind === 'record')
                    for (const field of t.def.fields)
                        freeField(field.type, `ptr->${snake(field.name)}`);
                if (t.def.kind === 'variant') {
                    lines.push('  switch (ptr->tag) {');
                    t.def.cases.forEach((c, index) => {
                        if (c.type && this.needsFree(c.type))
                            lines.push(`  case ${index}: ${this.freeFunction(c.type)}(&ptr->val.${snake(c.name)}); break;`);
                    });
                    lines.push('  }');
                }
                break;
            default:
                break;
        }
        this.freeDecls.push(`void ${name}(${cType} *ptr);`);
        this.freeBodies.push(`void ${name}(${cType} *ptr) {\n${lines.join('\n')}\n}`);
        return name;
    }
    temp() {
        return `t${this.tempCounter++}`;
    }
    /** Converts a flat value of core type `from` into a joined slot of core type `to`. */
    coerce(expr, from, to) {
        if (from === to)
            return expr;
        if (to === 'i64') {
            if (from === 'i32')
                return `(int64_t)(uint32_t)(${expr})`;
            if (from === 'f32')
                return `(int64_t)(uint32_t)edo_abi_f32_bits(${expr})`;
            return `edo_abi_f64_bits(${expr})`;
        }
        return `edo_abi_f32_bits(${expr})`; // f32 into an i32 slot
    }
    /** The inverse of `coerce`: a joined slot read back as the payload's own core type. */
    uncoerce(expr, slot, want) {
        if (slot === want)
            return expr;
        if (slot === 'i64') {
            if (want === 'i32')
                return `(int32_t)(${expr})`;
            if (want === 'f32')
                return `edo_abi_bits_f32((int32_t)(${expr}))`;
            return `edo_abi_bits_f64(${expr})`;
        }
        return `edo_abi_bits_f32(${expr})`;
    }
    /** Statements that lower the C value `expr` into the flat variables `out` (already declared, zeroed). */
    lowerFlat(type, expr, out, code, indent) {
        const t = (0,abi/* unalias */.EE)(type);
        const put = (value, from) => {
            const slot = out.shift();
            code.push(`${indent}${slot.name} = ${this.coerce(value, from, slot.core)};`);
        };
        switch (t.kind) {
            case 'primitive': {
                const core = (0,abi/* flatTypes */.lH)(t)[0];
                put(core === 'i32' ? `(int32_t)(${expr})` : expr, core);
                return;
            }
            case 'string':
            case 'list':
                put(`(int32_t)(${expr}).ptr`, 'i32');
                put(`(int32_t)(${expr}).len`, 'i32');
                return;
            case 'own':
            case 'borrow':
                put(this.exportedResources.has(t.resource) && t.kind === 'borrow'
                    ? `(int32_t)(${expr})`
                    : `(${expr}).__handle`, 'i32');
                return;
            case 'tuple':
                t.items.forEach((item, index) => this.lowerFlat(item, `(${expr}).f${index}`, out, code, indent));
                return;
            case 'option':
                return this.lowerVariant(`(${expr}).is_some`, [[undefined], [t.inner, `(${expr}).val`]], t, out, code, indent);
            case 'result':
                return this.lowerVariant(`(${expr}).is_err`, [
                    [t.ok, `(${expr}).val.ok`],
                    [t.err, `(${expr}).val.err`],
                ], t, out, code, indent);
            case 'named': {
                const def = t.def;
                if (def.kind === 'record') {
                    for (const field of def.fields)
                        this.lowerFlat(field.type, `(${expr}).${snake(field.name)}`, out, code, indent);
                    return;
                }
                if (def.kind === 'variant') {
                    return this.lowerVariant(`(${expr}).tag`, def.cases.map((c) => [c.type, `(${expr}).val.${snake(c.name)}`]), t, out, code, indent);
                }
                put(`(int32_t)(${expr})`, 'i32');
                return;
            }
        }
    }
    lowerVariant(tag, cases, type, out, code, indent) {
        const slots = out.splice(0, (0,abi/* flatTypes */.lH)(type).length);
        code.push(`${indent}${slots[0].name} = (int32_t)(${tag});`);
        code.push(`${indent}switch ((int32_t)(${tag})) {`);
        cases.forEach(([payload, expr], index) => {
            if (!payload)
                return;
            code.push(`${indent}case ${index}: {`);
            const payloadSlots = (0,abi/* flatTypes */.lH)(payload).map((core, at) => ({ core, slot: slots[at + 1] }));
            // Lower into temporaries of the payload's own types, then widen into the joined slots.
            const temps = payloadSlots.map(({ core }) => ({ name: this.temp(), core }));
            for (const tempVar of temps)
                code.push(`${indent}  ${CORE_C[tempVar.core]} ${tempVar.name} = 0;`);
            this.lowerFlat(payload, expr, [...temps], code, `${indent}  `);
            payloadSlots.forEach(({ core, slot }, at) => code.push(`${indent}  ${slot.name} = ${this.coerce(temps[at].name, core, slot.core)};`));
            code.push(`${indent}  break;\n${indent}}`);
        });
        code.push(`${indent}}`);
    }
    /** Statements that lift the flat values `input` into the C lvalue `target`. */
    liftFlat(type, target, input, code, indent) {
        const t = (0,abi/* unalias */.EE)(type);
        const take = () => input.shift().expr;
        switch (t.kind) {
            case 'primitive':
                code.push(`${indent}${target} = (${PRIMITIVE_C[t.name]})(${take()});`);
                return;
            case 'string':
            case 'list':
                code.push(`${indent}${target}.ptr = (void *)(${take()});`);
                code.push(`${indent}${target}.len = (size_t)(${take()});`);
                return;
            case 'own':
            case 'borrow':
                if (t.kind === 'borrow' && this.exportedResources.has(t.resource))
                    code.push(`${indent}${target} = (void *)(${take()});`);
                else
                    code.push(`${indent}${target}.__handle = ${take()};`);
                return;
            case 'tuple':
                t.items.forEach((item, index) => this.liftFlat(item, `${target}.f${index}`, input, code, indent));
                return;
            case 'option':
                return this.liftVariant(`${target}.is_some`, [[undefined], [t.inner, `${target}.val`]], t, input, code, indent);
            case 'result':
                return this.liftVariant(`${target}.is_err`, [
                    [t.ok, `${target}.val.ok`],
                    [t.err, `${target}.val.err`],
                ], t, input, code, indent);
            case 'named': {
                const def = t.def;
                if (def.kind === 'record') {
                    for (const field of def.fields)
                        this.liftFlat(field.type, `${target}.${snake(field.name)}`, input, code, indent);
                    return;
                }
                if (def.kind === 'variant') {
                    return this.liftVariant(`${target}.tag`, def.cases.map((c) => [c.type, `${target}.val.${snake(c.name)}`]), t, input, code, indent);
                }
                code.push(`${indent}${target} = (${this.cType(t)})(${take()});`);
                return;
            }
        }
    }
    liftVariant(tag, cases, type, input, code, indent) {
        const joined = (0,abi/* flatTypes */.lH)(type);
        const slots = input.splice(0, joined.length);
        code.push(`${indent}${tag} = ${slots[0].expr};`);
        code.push(`${indent}switch (${slots[0].expr}) {`);
        cases.forEach(([payload, target], index) => {
            if (!payload)
                return;
            code.push(`${indent}case ${index}: {`);
            const values = (0,abi/* flatTypes */.lH)(payload).map((core, at) => ({
                expr: this.uncoerce(slots[at + 1].expr, slots[at + 1].core, core),
                core,
            }));
            this.liftFlat(payload, target, values, code, `${indent}  `);
            code.push(`${indent}  break;\n${indent}}`);
        });
        code.push(`${indent}}`);
    }
    // ---- functions ----
    cFunctionName(ifaceName, fn, resource) {
        const base = resource ? this.defName(resource) : `${this.prefix}_${snake(ifaceName)}`;
        return `${base}_${fn.role === 'constructor' ? 'new' : snake(fn.name)}`;
    }
    signature(name, fn, params) {
        const { result } = fn;
        const args = params.map((param) => `${this.cType(param.type)} ${snake(param.name)}`).join(', ') || 'void';
        return `${result ? this.cType(result) : 'void'} ${name}(${args})`;
    }
    importFunction(ifaceName, fn, resource) {
        const params = (0,abi/* allParams */.S$)(fn, resource);
        const result = (0,abi/* loweredResult */.Ak)(fn, resource);
        const withResult = { ...fn, result };
        const cName = this.cFunctionName(ifaceName, fn, resource);
        const signature = this.signature(cName, withResult, params);
        this.protos.push(`${signature};`);
        const { flatParams, byPointer, flatResult, resultInMemory, params: coreParams, } = (0,abi/* coreSignature */.Mz)(params, result, 'import');
        const coreResult = !resultInMemory && result ? CORE_C[flatResult[0]] : 'void';
        const importName = `__wasm_import_${cName}`;
        const code = [];
        code.push(`__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("${(0,abi/* coreName */.T$)(fn, resource)}")))`, `extern ${coreResult} ${importName}(${coreParams.map((core) => CORE_C[core]).join(', ') || 'void'});`, `${signature} {`);
        const args = [];
        if (byPointer) {
            const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
            code.push(`  ${this.cType(tuple)} args = { ${params.map((param) => snake(param.name)).join(', ')} };`);
            args.push('(int32_t)&args');
        }
        else {
            const out = flatParams.map((core) => ({ name: this.temp(), core }));
            for (const slot of out)
                code.push(`  ${CORE_C[slot.core]} ${slot.name} = 0;`);
            args.push(...out.map((slot) => slot.name));
            for (const param of params)
                this.lowerFlat(param.type, snake(param.name), out, code, '  ');
        }
        if (!result)
            code.push(`  ${importName}(${args.join(', ')});`);
        else if (resultInMemory) {
            code.push(`  ${this.cType(result)} ret;`, `  ${importName}(${[...args, '(int32_t)&ret'].join(', ')});`, '  return ret;');
        }
        else {
            code.push(`  ${CORE_C[flatResult[0]]} flat = ${importName}(${args.join(', ')});`, `  ${this.cType(result)} ret;`);
            this.liftFlat(result, 'ret', [{ expr: 'flat', core: flatResult[0] }], code, '  ');
            code.push('  return ret;');
        }
        code.push('}');
        this.glue.push(code.join('\n'));
    }
    importResource(ifaceName, def) {
        const own = this.cType({ kind: 'own', resource: def });
        const borrow = this.cType({ kind: 'borrow', resource: def });
        const base = this.defName(def);
        this.protos.push(`/** Drops an owned ${def.name} handle. */\nvoid ${base}_drop_own(${own} handle);`, `static inline ${borrow} ${base}_borrow(${own} handle) { return (${borrow}){ handle.__handle }; }`);
        this.glue.push(`__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("[resource-drop]${def.name}")))\nextern void __wasm_import_${base}_drop(int32_t);\nvoid ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`);
        for (const fn of def.functions)
            this.importFunction(ifaceName, fn, def);
    }
    exportResource(ifaceName, def) {
        const base = this.defName(def);
        const own = this.cType({ kind: 'own', resource: def });
        const module = `[export]${this.qualified(ifaceName)}`;
        this.typeDecls.push(`/** Defined by the plugin: the state behind one ${def.name}. */\ntypedef struct ${base} ${base}_t;`);
        this.protos.push(`/** Hands a ${def.name} to the host; it calls ${base}_destructor when the last handle goes. */\n${own} ${base}_new(${base}_t *rep);`, `${base}_t *${base}_rep(${own} handle);`, `void ${base}_drop_own(${own} handle);`, `/** Implemented by the plugin when it provides ${def.name}s. */\nvoid ${base}_destructor(${base}_t *rep);`);
        this.glue.push([
            `__attribute__((import_module("${module}"), import_name("[resource-new]${def.name}"))) extern int32_t __wasm_import_${base}_new(int32_t);`,
            `__attribute__((import_module("${module}"), import_name("[resource-rep]${def.name}"))) extern int32_t __wasm_import_${base}_rep(int32_t);`,
            `__attribute__((import_module("${module}"), import_name("[resource-drop]${def.name}"))) extern void __wasm_import_${base}_drop(int32_t);`,
            `${own} ${base}_new(${base}_t *rep) { return (${own}){ __wasm_import_${base}_new((int32_t)rep) }; }`,
            `${base}_t *${base}_rep(${own} handle) { return (${base}_t *)__wasm_import_${base}_rep(handle.__handle); }`,
            `void ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`,
            `__attribute__((weak)) void ${base}_destructor(${base}_t *rep) { free(rep); }`,
            `__attribute__((export_name("${this.qualified(ifaceName)}#[dtor]${def.name}")))\nvoid __wasm_export_${base}_dtor(int32_t rep) { ${base}_destructor((${base}_t *)rep); }`,
        ].join('\n'));
        for (const fn of def.functions)
            this.exportFunction(ifaceName, fn, def);
    }
    /** The weak default of an export the plugin does not implement. */
    defaultBody(fn) {
        const error = (0,abi/* errorResource */.dy)(this.pkg);
        if (!error || !(0,abi/* returnsError */.mh)(this.pkg, fn))
            return '  __builtin_trap();';
        const errorCtor = this.cFunctionName(error.interfaceName, error.functions[0], error);
        return [
            `  ${this.cType(fn.result)} ret = { .is_err = true };`,
            `  ret.val.err = ${errorCtor}(${this.prefix}_string_from(EDO_PLUGIN_NAME), ${this.prefix}_string_from("${fn.name} is not implemented by this plugin"));`,
            '  return ret;',
        ].join('\n');
    }
    exportFunction(ifaceName, fn, resource) {
        const params = (0,abi/* allParams */.S$)(fn, resource);
        const cName = this.cFunctionName(ifaceName, fn, resource);
        const signature = this.signature(cName, fn, params);
        this.protos.push(`${signature};`);
        const exportName = `${this.qualified(ifaceName)}#${(0,abi/* coreName */.T$)(fn, resource)}`;
        const { byPointer, flatResult, resultInMemory, params: coreParams, } = (0,abi/* coreSignature */.Mz)(params, fn.result, 'export');
        const coreResult = !fn.result ? 'void' : resultInMemory ? 'int32_t' : CORE_C[flatResult[0]];
        const wrapper = `__wasm_export_${cName}`;
        const code = [
            `__attribute__((weak)) ${signature} {`,
            ...params.map((param) => `  (void)${snake(param.name)};`),
            this.defaultBody(fn),
            '}',
            `__attribute__((export_name("${exportName}")))`,
            `${coreResult} ${wrapper}(${coreParams.map((core, index) => `${CORE_C[core]} p${index}`).join(', ') || 'void'}) {`,
        ];
        const locals = params.map((param) => ({ ...param, local: `arg_${snake(param.name)}` }));
        if (byPointer) {
            const tuple = { kind: 'tuple', items: params.map((param) => param.type) };
            code.push(`  ${this.cType(tuple)} *args = (${this.cType(tuple)} *)p0;`);
            locals.forEach((local, index) => code.push(`  ${this.cType(local.type)} ${local.local} = args->f${index};`));
        }
        else {
            const input = coreParams.map((core, index) => ({ expr: `p${index}`, core }));
            for (const local of locals) {
                code.push(`  ${this.cType(local.type)} ${local.local};`);
                this.liftFlat(local.type, local.local, input, code, '  ');
            }
        }
        const call = `${cName}(${locals.map((local) => local.local).join(', ')})`;
        code.push(fn.result ? `  ${this.cType(fn.result)} ret = ${call};` : `  ${call};`);
        // Parameters are lent to the plugin for the call: their memory is freed here.
        for (const local of locals) {
            if (this.needsFree(local.type))
                code.push(`  ${this.freeFunction(local.type)}(&${local.local});`);
        }
        if (byPointer)
            code.push('  free(args);');
        if (fn.result && resultInMemory) {
            code.push(`  static ${this.cType(fn.result)} ret_area;`, '  ret_area = ret;', '  return (int32_t)&ret_area;');
        }
        else if (fn.result) {
            const out = [{ name: 'flat', core: flatResult[0] }];
            code.push(`  ${CORE_C[flatResult[0]]} flat = 0;`);
            this.lowerFlat(fn.result, 'ret', out, code, '  ');
            code.push('  return flat;');
        }
        code.push('}');
        if (fn.result && resultInMemory && this.needsFree(fn.result)) {
            // Results are owned by the glue once returned: freed after the host copied them.
            code.push(`__attribute__((export_name("cabi_post_${exportName}")))`, `void __wasm_post_${cName}(int32_t ret) { ${this.freeFunction(fn.result)}((${this.cType(fn.result)} *)ret); }`);
        }
        this.glue.push(code.join('\n'));
    }
    generate() {
        const guard = `${this.prefix.toUpperCase()}_BINDINGS_H`;
        const { world } = this.pkg;
        // The string type first: the helpers below use it.
        const stringType = this.cType({ kind: 'string' });
        for (const name of world.imports) {
            const iface = this.pkg.interfaces.get(name);
            this.protos.push(`\n// ---- import ${this.qualified(name)} ----`);
            for (const def of iface.types)
                if (def.kind === 'resource')
                    this.importResource(name, def);
            for (const fn of iface.functions)
                this.importFunction(name, fn);
        }
        for (const name of world.exports) {
            const iface = this.pkg.interfaces.get(name);
            this.protos.push(`\n// ---- export ${this.qualified(name)} (implement what the plugin provides) ----`);
            for (const def of iface.types)
                if (def.kind === 'resource')
                    this.exportResource(name, def);
            for (const fn of iface.functions)
                this.exportFunction(name, fn);
        }
        // Every other named type of the package, so plugins can use them all.
        for (const iface of this.pkg.interfaces.values()) {
            for (const def of iface.types)
                if (def.kind !== 'resource' && def.kind !== 'alias')
                    this.cType({ kind: 'named', def });
        }
        const header = [
            `// Generated by \`edo plugin bindgen --lang c\` from the WIT package ${this.pkg.name}@${this.pkg.version} (world ${world.name}). Do not edit.`,
            `#ifndef ${guard}`,
            `#define ${guard}`,
            '#include <stdbool.h>',
            '#include <stddef.h>',
            '#include <stdint.h>',
            '#ifdef __cplusplus',
            'extern "C" {',
            '#endif',
            '',
            '/** The plugin name default exports put in their errors; define it before including this header. */',
            '#ifndef EDO_PLUGIN_NAME',
            '#define EDO_PLUGIN_NAME "c-plugin"',
            '#endif',
            '',
            ...this.typeDecls,
            '',
            '// Free the memory a value owns (strings, lists), not the handles it holds.',
            ...this.freeDecls,
            '',
            `/** A string borrowing a NUL-terminated C string (for arguments). */`,
            `${stringType} ${this.prefix}_string_from(const char *text);`,
            `/** A malloc'd copy of a NUL-terminated C string (for results: the glue frees them). */`,
            `${stringType} ${this.prefix}_string_dup(const char *text);`,
            `/** A malloc'd copy of \`len\` bytes. */`,
            `${stringType} ${this.prefix}_string_dup_n(const uint8_t *data, size_t len);`,
            ...this.protos,
            '',
            '#ifdef __cplusplus',
            '}',
            '#endif',
            '#endif',
            '',
        ].join('\n');
        const glue = [
            `// Generated by \`edo plugin bindgen --lang c\`. Do not edit.`,
            '#include <stdlib.h>',
            '#include <string.h>',
            `#include "${this.prefix}.h"`,
            '',
            'static inline __attribute__((unused)) int32_t edo_abi_f32_bits(float value) { int32_t bits; memcpy(&bits, &value, 4); return bits; }',
            'static inline __attribute__((unused)) float edo_abi_bits_f32(int32_t bits) { float value; memcpy(&value, &bits, 4); return value; }',
            'static inline __attribute__((unused)) int64_t edo_abi_f64_bits(double value) { int64_t bits; memcpy(&bits, &value, 8); return bits; }',
            'static inline __attribute__((unused)) double edo_abi_bits_f64(int64_t bits) { double value; memcpy(&value, &bits, 8); return value; }',
            '',
            '/** The canonical ABI allocator: the host allocates arguments and results in guest memory through it. */',
            '__attribute__((export_name("cabi_realloc")))',
            'void *cabi_realloc(void *ptr, size_t old_size, size_t align, size_t new_size) {',
            '  (void)old_size;',
            '  if (new_size == 0) return (void *)align;',
            '  void *result = realloc(ptr, new_size);',
            '  if (!result) abort();',
            '  return result;',
            '}',
            '',
            `${stringType} ${this.prefix}_string_from(const char *text) { return (${stringType}){ (uint8_t *)text, strlen(text) }; }`,
            `${stringType} ${this.prefix}_string_dup_n(const uint8_t *data, size_t len) {`,
            '  uint8_t *copy = malloc(len ? len : 1);',
            '  if (!copy) abort();',
            '  memcpy(copy, data, len);',
            `  return (${stringType}){ copy, len };`,
            '}',
            `${stringType} ${this.prefix}_string_dup(const char *text) { return ${this.prefix}_string_dup_n((const uint8_t *)text, strlen(text)); }`,
            '',
            ...this.freeBodies,
            '',
            ...this.glue,
            '',
        ].join('\n');
        return { header, glue };
    }
}

// EXTERNAL MODULE: ./lib/plugin/bindgen/wit.js
var wit = __webpack_require__(74503);
// EXTERNAL MODULE: ./lib/plugin/loader.js
var loader = __webpack_require__(1140);
;// CONCATENATED MODULE: ./lib/plugin/build/c.js










const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The compiler C plugins are built with (Debian: clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32). */
const C_COMPILER = process.env.EDO_CLANG ?? 'clang-19';
/**
 * wasm32-wasi only for wasi-libc's allocator and string functions: a plugin that calls nothing
 * needing WASI (no stdio, files, clocks) gets a core module without WASI imports, so no preview1
 * adapter is needed. No start files: the module is a library the host calls into.
 */
const CLANG_FLAGS = [
    '--target=wasm32-wasi',
    '-O2',
    '-Wall',
    '-Wextra',
    '-nostartfiles',
    '-Wl,--no-entry',
    '-Wl,--strip-all',
];
/** Writes each `[path, text]` atomically (temp file + rename); returns the paths. */
function writeFilesAtomically(files) {
    for (const [file, text] of files) {
        const temp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, text);
        (0,external_node_fs_.renameSync)(temp, file);
    }
    return files.map(([file]) => file);
}
/** Writes `<prefix>.h` and `<prefix>.c` for the WIT package in `witDir` into `outDir`. */
function writeCBindings(witDir, outDir, prefix = 'edo') {
    const { header, glue } = generateC((0,wit/* readWitPackage */.n)(witDir), prefix);
    return writeFilesAtomically([
        [(0,external_node_path_.join)(outDir, `${prefix}.h`), header],
        [(0,external_node_path_.join)(outDir, `${prefix}.c`), glue],
    ]);
}
/**
 * jco's wasm-tools run as a component over preview2-shim, which preopens no directory by default;
 * these build-time tools may read the file system. (The package's types are the browser build's,
 * whose preopens map to in-memory entries: the Node build takes host paths.) It must be the copy
 * jco itself loads from node_modules, not the one bundled for the plugin host's bindings
 * generator, so the import is left to run time.
 */
async function allowToolFileAccess() {
    const { _setPreopens } = await (0,loader/* importUnbundled */.Xd)('@bytecodealliance/preview2-shim/filesystem');
    _setPreopens({ '/': '/' });
}
/**
 * Builds a C plugin: bindings generated from `witDir`, `sources` compiled with them into a core
 * module, the world's type information embedded, then turned into a component by jco. C++
 * sources (`.cpp`) compile as C++ (clang picks the language by extension). `pluginName` is the
 * `EDO_PLUGIN_NAME` every file sees, the glue's default exports included.
 */
async function buildCComponent(sources, witDir, world = 'edo', pluginName) {
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'edo-c-plugin-'));
    try {
        const [, glue] = writeCBindings(witDir, work);
        const coreFile = (0,external_node_path_.join)(work, 'plugin.core');
        const defines = pluginName === undefined ? [] : [`-DEDO_PLUGIN_NAME=${JSON.stringify(pluginName)}`];
        try {
            await run(C_COMPILER, [...CLANG_FLAGS, ...defines, `-I${work}`, '-o', coreFile, ...sources, glue]);
        }
        catch (error) {
            const { stderr, code } = error;
            if (code === 'ENOENT')
                throw new errors/* EdoError */.bX(`${C_COMPILER} is not installed (apt-get install clang-19 lld-19 wasi-libc)`);
            throw new errors/* EdoError */.bX(`compiling the C plugin failed:\n${stderr ?? error.message}`);
        }
        const core = (0,external_node_fs_.readFileSync)(coreFile);
        return { core, component: await componentOf(core, witDir, world) };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** A core module made a component of `world`: its type information embedded, then jco's `componentNew`. */
async function componentOf(core, witDir, world) {
    await allowToolFileAccess();
    const embedded = await (0,jco_.componentEmbed)({ binary: core, witPath: witDir, world });
    return (0,jco_.componentNew)(embedded);
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
