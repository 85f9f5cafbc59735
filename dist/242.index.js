import { fileURLToPath as __edoFileURLToPath } from 'node:url';
import { dirname as __edoDirname } from 'node:path';
const __filename = __edoFileURLToPath(import.meta.url);
const __dirname = __edoDirname(__filename);
const __edoNoNativeAddon = (name) => {
  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });
};
export const id = 242;
export const ids = [242];
export const modules = {

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
