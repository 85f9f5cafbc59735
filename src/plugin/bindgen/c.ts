import {
  allParams,
  loweredResult,
  coreName,
  errorResource,
  flatTypes,
  coreSignature,
  returnsError,
  unalias,
  type Core,
  exportedResources,
  qualifiedInterface,
} from './abi.js';
import type { Param, TypeDef, WitFunction, WitPackage, WitType } from './wit.js';

/**
 * C guest bindings for a WIT world: a header (`<prefix>.h`) with a C type per WIT type, laid out
 * exactly as the canonical ABI lays values out in linear memory (so results returned through
 * memory need no lifting), and glue (`<prefix>.c`) that flattens parameters, calls the core
 * imports, lifts exported calls' flat parameters, stores results in a return area, frees them in
 * `cabi_post_*`, and exports `cabi_realloc` over the libc allocator.
 */

const CORE_C: Record<Core, string> = { i32: 'int32_t', i64: 'int64_t', f32: 'float', f64: 'double' };

const PRIMITIVE_C: Record<string, string> = {
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

const snake = (name: string) => name.replace(/-/g, '_');

export interface CBindings {
  header: string;
  glue: string;
}

export function generateC(pkg: WitPackage, prefix = 'edo'): CBindings {
  return new CGenerator(pkg, prefix).generate();
}

class CGenerator {
  private readonly typeDecls: string[] = [];
  private readonly declared = new Set<string>();
  private readonly freeDecls: string[] = [];
  private readonly freeBodies: string[] = [];
  private readonly protos: string[] = [];
  private readonly glue: string[] = [];
  /** Resources the world's exported interfaces define: guest-implemented, seen by the host as reps. */
  private readonly exportedResources: Set<TypeDef>;
  private tempCounter = 0;

  constructor(
    private readonly pkg: WitPackage,
    private readonly prefix: string,
  ) {
    this.exportedResources = exportedResources(pkg);
  }

  private qualified(iface: string): string {
    return qualifiedInterface(this.pkg, iface);
  }

  private defName(def: TypeDef): string {
    return `${this.prefix}_${snake(def.interfaceName)}_${snake(def.name)}`;
  }

  // ---- types ----

  /** Mangled name for anonymous types; also the C type name suffix. */
  private mangle(type: WitType): string {
    const t = unalias(type);
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
  cType(type: WitType): string {
    const t = unalias(type);
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
        if (this.needsFree(t)) this.freeFunction(t);
        return name;
      }
      default: {
        const name = `${this.prefix}_${this.mangle(t)}_t`;
        this.declare(name, () => this.anonymousBody(t, name));
        if (this.needsFree(t)) this.freeFunction(t);
        return name;
      }
    }
  }

  private declare(name: string, body: () => string) {
    if (this.declared.has(name)) return;
    this.declared.add(name);
    const text = body(); // declares dependencies first
    this.typeDecls.push(text);
  }

  private unionOf(members: [string, WitType | undefined][]): string {
    const present = members.filter((member): member is [string, WitType] => member[1] !== undefined);
    if (present.length === 0) return '';
    return ` union { ${present.map(([name, type]) => `${this.cType(type)} ${name};`).join(' ')} } val;`;
  }

  private anonymousBody(t: WitType, name: string): string {
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

  private namedBody(def: TypeDef, name: string): string {
    switch (def.kind) {
      case 'record':
        return `typedef struct { ${def.fields.map((field) => `${this.cType(field.type)} ${snake(field.name)};`).join(' ')} } ${name};`;
      case 'variant': {
        const tags = def.cases.map(
          (c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c.name).toUpperCase()} ${index}`,
        );
        return `${tags.join('\n')}\ntypedef struct { ${this.discriminantC(def.cases.length)} tag;${this.unionOf(
          def.cases.map((c) => [snake(c.name), c.type]),
        )} } ${name};`;
      }
      case 'enum':
        return `${def.cases.map((c, index) => `#define ${this.defName(def).toUpperCase()}_${snake(c).toUpperCase()} ${index}`).join('\n')}\ntypedef ${this.discriminantC(def.cases.length)} ${name};`;
      case 'flags': {
        if (def.flags.length > 32) throw new Error(`flags ${def.name}: more than 32 flags are not supported`);
        const bits = def.flags.map(
          (flag, index) =>
            `#define ${this.defName(def).toUpperCase()}_${snake(flag).toUpperCase()} (1u << ${index})`,
        );
        const width = def.flags.length <= 8 ? 'uint8_t' : def.flags.length <= 16 ? 'uint16_t' : 'uint32_t';
        return `${bits.join('\n')}\ntypedef ${width} ${name};`;
      }
      case 'resource':
      case 'alias':
        throw new Error(`${def.kind} ${def.name} has no C body`);
    }
  }

  private discriminantC(cases: number): string {
    return cases <= 256 ? 'uint8_t' : cases <= 65536 ? 'uint16_t' : 'uint32_t';
  }

  // ---- memory ----

  private needsFree(type: WitType): boolean {
    const t = unalias(type);
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
        if (t.def.kind === 'record') return t.def.fields.some((field) => this.needsFree(field.type));
        if (t.def.kind === 'variant')
          return t.def.cases.some((c) => c.type !== undefined && this.needsFree(c.type));
        return false;
      default:
        return false;
    }
  }

  /** `<type>_free(T *)`: frees the memory a value owns (not the handles it holds). */
  private freeFunction(type: WitType): string {
    const t = unalias(type);
    const base = t.kind === 'named' ? this.defName(t.def) : `${this.prefix}_${this.mangle(t)}`;
    const name = `${base}_free`;
    if (this.declared.has(name)) return name;
    this.declared.add(name);
    const cType = this.cType(t);
    const lines: string[] = [];
    const freeField = (fieldType: WitType, expr: string) => {
      if (this.needsFree(fieldType)) lines.push(`  ${this.freeFunction(fieldType)}(&${expr});`);
    };
    switch (t.kind) {
      case 'string':
        lines.push('  if (ptr->len > 0) free(ptr->ptr);');
        break;
      case 'list':
        if (this.needsFree(t.element))
          lines.push(
            `  for (size_t i = 0; i < ptr->len; i++) ${this.freeFunction(t.element)}(&ptr->ptr[i]);`,
          );
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
          for (const field of t.def.fields) freeField(field.type, `ptr->${snake(field.name)}`);
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

  private temp(): string {
    return `t${this.tempCounter++}`;
  }

  /** Converts a flat value of core type `from` into a joined slot of core type `to`. */
  private coerce(expr: string, from: Core, to: Core): string {
    if (from === to) return expr;
    if (to === 'i64') {
      if (from === 'i32') return `(int64_t)(uint32_t)(${expr})`;
      if (from === 'f32') return `(int64_t)(uint32_t)edo_abi_f32_bits(${expr})`;
      return `edo_abi_f64_bits(${expr})`;
    }
    return `edo_abi_f32_bits(${expr})`; // f32 into an i32 slot
  }

  /** The inverse of `coerce`: a joined slot read back as the payload's own core type. */
  private uncoerce(expr: string, slot: Core, want: Core): string {
    if (slot === want) return expr;
    if (slot === 'i64') {
      if (want === 'i32') return `(int32_t)(${expr})`;
      if (want === 'f32') return `edo_abi_bits_f32((int32_t)(${expr}))`;
      return `edo_abi_bits_f64(${expr})`;
    }
    return `edo_abi_bits_f32(${expr})`;
  }

  /** Statements that lower the C value `expr` into the flat variables `out` (already declared, zeroed). */
  private lowerFlat(
    type: WitType,
    expr: string,
    out: { name: string; core: Core }[],
    code: string[],
    indent: string,
  ) {
    const t = unalias(type);
    const put = (value: string, from: Core) => {
      const slot = out.shift()!;
      code.push(`${indent}${slot.name} = ${this.coerce(value, from, slot.core)};`);
    };
    switch (t.kind) {
      case 'primitive': {
        const core = flatTypes(t)[0];
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
        put(
          this.exportedResources.has(t.resource) && t.kind === 'borrow'
            ? `(int32_t)(${expr})`
            : `(${expr}).__handle`,
          'i32',
        );
        return;
      case 'tuple':
        t.items.forEach((item, index) => this.lowerFlat(item, `(${expr}).f${index}`, out, code, indent));
        return;
      case 'option':
        return this.lowerVariant(
          `(${expr}).is_some`,
          [[undefined], [t.inner, `(${expr}).val`]],
          t,
          out,
          code,
          indent,
        );
      case 'result':
        return this.lowerVariant(
          `(${expr}).is_err`,
          [
            [t.ok, `(${expr}).val.ok`],
            [t.err, `(${expr}).val.err`],
          ],
          t,
          out,
          code,
          indent,
        );
      case 'named': {
        const def = t.def;
        if (def.kind === 'record') {
          for (const field of def.fields)
            this.lowerFlat(field.type, `(${expr}).${snake(field.name)}`, out, code, indent);
          return;
        }
        if (def.kind === 'variant') {
          return this.lowerVariant(
            `(${expr}).tag`,
            def.cases.map((c) => [c.type, `(${expr}).val.${snake(c.name)}`]),
            t,
            out,
            code,
            indent,
          );
        }
        put(`(int32_t)(${expr})`, 'i32');
        return;
      }
    }
  }

  private lowerVariant(
    tag: string,
    cases: [WitType | undefined, string?][],
    type: WitType,
    out: { name: string; core: Core }[],
    code: string[],
    indent: string,
  ) {
    const slots = out.splice(0, flatTypes(type).length);
    code.push(`${indent}${slots[0].name} = (int32_t)(${tag});`);
    code.push(`${indent}switch ((int32_t)(${tag})) {`);
    cases.forEach(([payload, expr], index) => {
      if (!payload) return;
      code.push(`${indent}case ${index}: {`);
      const payloadSlots = flatTypes(payload).map((core, at) => ({ core, slot: slots[at + 1] }));
      // Lower into temporaries of the payload's own types, then widen into the joined slots.
      const temps = payloadSlots.map(({ core }) => ({ name: this.temp(), core }));
      for (const tempVar of temps) code.push(`${indent}  ${CORE_C[tempVar.core]} ${tempVar.name} = 0;`);
      this.lowerFlat(payload, expr!, [...temps], code, `${indent}  `);
      payloadSlots.forEach(({ core, slot }, at) =>
        code.push(`${indent}  ${slot.name} = ${this.coerce(temps[at].name, core, slot.core)};`),
      );
      code.push(`${indent}  break;\n${indent}}`);
    });
    code.push(`${indent}}`);
  }

  /** Statements that lift the flat values `input` into the C lvalue `target`. */
  private liftFlat(
    type: WitType,
    target: string,
    input: { expr: string; core: Core }[],
    code: string[],
    indent: string,
  ) {
    const t = unalias(type);
    const take = () => input.shift()!.expr;
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
        else code.push(`${indent}${target}.__handle = ${take()};`);
        return;
      case 'tuple':
        t.items.forEach((item, index) => this.liftFlat(item, `${target}.f${index}`, input, code, indent));
        return;
      case 'option':
        return this.liftVariant(
          `${target}.is_some`,
          [[undefined], [t.inner, `${target}.val`]],
          t,
          input,
          code,
          indent,
        );
      case 'result':
        return this.liftVariant(
          `${target}.is_err`,
          [
            [t.ok, `${target}.val.ok`],
            [t.err, `${target}.val.err`],
          ],
          t,
          input,
          code,
          indent,
        );
      case 'named': {
        const def = t.def;
        if (def.kind === 'record') {
          for (const field of def.fields)
            this.liftFlat(field.type, `${target}.${snake(field.name)}`, input, code, indent);
          return;
        }
        if (def.kind === 'variant') {
          return this.liftVariant(
            `${target}.tag`,
            def.cases.map((c) => [c.type, `${target}.val.${snake(c.name)}`]),
            t,
            input,
            code,
            indent,
          );
        }
        code.push(`${indent}${target} = (${this.cType(t)})(${take()});`);
        return;
      }
    }
  }

  private liftVariant(
    tag: string,
    cases: [WitType | undefined, string?][],
    type: WitType,
    input: { expr: string; core: Core }[],
    code: string[],
    indent: string,
  ) {
    const joined = flatTypes(type);
    const slots = input.splice(0, joined.length);
    code.push(`${indent}${tag} = ${slots[0].expr};`);
    code.push(`${indent}switch (${slots[0].expr}) {`);
    cases.forEach(([payload, target], index) => {
      if (!payload) return;
      code.push(`${indent}case ${index}: {`);
      const values = flatTypes(payload).map((core, at) => ({
        expr: this.uncoerce(slots[at + 1].expr, slots[at + 1].core, core),
        core,
      }));
      this.liftFlat(payload, target!, values, code, `${indent}  `);
      code.push(`${indent}  break;\n${indent}}`);
    });
    code.push(`${indent}}`);
  }

  // ---- functions ----

  private cFunctionName(ifaceName: string, fn: WitFunction, resource?: TypeDef): string {
    const base = resource ? this.defName(resource) : `${this.prefix}_${snake(ifaceName)}`;
    return `${base}_${fn.role === 'constructor' ? 'new' : snake(fn.name)}`;
  }

  private signature(name: string, fn: WitFunction, params: Param[]): string {
    const { result } = fn;
    const args = params.map((param) => `${this.cType(param.type)} ${snake(param.name)}`).join(', ') || 'void';
    return `${result ? this.cType(result) : 'void'} ${name}(${args})`;
  }

  private importFunction(ifaceName: string, fn: WitFunction, resource?: TypeDef) {
    const params = allParams(fn, resource);
    const result = loweredResult(fn, resource);
    const withResult = { ...fn, result };
    const cName = this.cFunctionName(ifaceName, fn, resource);
    const signature = this.signature(cName, withResult, params);
    this.protos.push(`${signature};`);

    const {
      flatParams,
      byPointer,
      flatResult,
      resultInMemory,
      params: coreParams,
    } = coreSignature(params, result, 'import');
    const coreResult = !resultInMemory && result ? CORE_C[flatResult[0]!] : 'void';
    const importName = `__wasm_import_${cName}`;
    const code: string[] = [];
    code.push(
      `__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("${coreName(fn, resource)}")))`,
      `extern ${coreResult} ${importName}(${coreParams.map((core) => CORE_C[core]).join(', ') || 'void'});`,
      `${signature} {`,
    );
    const args: string[] = [];
    if (byPointer) {
      const tuple = { kind: 'tuple', items: params.map((param) => param.type) } as WitType;
      code.push(`  ${this.cType(tuple)} args = { ${params.map((param) => snake(param.name)).join(', ')} };`);
      args.push('(int32_t)&args');
    } else {
      const out = flatParams.map((core) => ({ name: this.temp(), core }));
      for (const slot of out) code.push(`  ${CORE_C[slot.core]} ${slot.name} = 0;`);
      args.push(...out.map((slot) => slot.name));
      for (const param of params) this.lowerFlat(param.type, snake(param.name), out, code, '  ');
    }
    if (!result) code.push(`  ${importName}(${args.join(', ')});`);
    else if (resultInMemory) {
      code.push(
        `  ${this.cType(result)} ret;`,
        `  ${importName}(${[...args, '(int32_t)&ret'].join(', ')});`,
        '  return ret;',
      );
    } else {
      code.push(
        `  ${CORE_C[flatResult[0]]} flat = ${importName}(${args.join(', ')});`,
        `  ${this.cType(result)} ret;`,
      );
      this.liftFlat(result, 'ret', [{ expr: 'flat', core: flatResult[0] }], code, '  ');
      code.push('  return ret;');
    }
    code.push('}');
    this.glue.push(code.join('\n'));
  }

  private importResource(ifaceName: string, def: TypeDef & { kind: 'resource' }) {
    const own = this.cType({ kind: 'own', resource: def });
    const borrow = this.cType({ kind: 'borrow', resource: def });
    const base = this.defName(def);
    this.protos.push(
      `/** Drops an owned ${def.name} handle. */\nvoid ${base}_drop_own(${own} handle);`,
      `static inline ${borrow} ${base}_borrow(${own} handle) { return (${borrow}){ handle.__handle }; }`,
    );
    this.glue.push(
      `__attribute__((import_module("${this.qualified(ifaceName)}"), import_name("[resource-drop]${def.name}")))\nextern void __wasm_import_${base}_drop(int32_t);\nvoid ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`,
    );
    for (const fn of def.functions) this.importFunction(ifaceName, fn, def);
  }

  private exportResource(ifaceName: string, def: TypeDef & { kind: 'resource' }) {
    const base = this.defName(def);
    const own = this.cType({ kind: 'own', resource: def });
    const module = `[export]${this.qualified(ifaceName)}`;
    this.typeDecls.push(
      `/** Defined by the plugin: the state behind one ${def.name}. */\ntypedef struct ${base} ${base}_t;`,
    );
    this.protos.push(
      `/** Hands a ${def.name} to the host; it calls ${base}_destructor when the last handle goes. */\n${own} ${base}_new(${base}_t *rep);`,
      `${base}_t *${base}_rep(${own} handle);`,
      `void ${base}_drop_own(${own} handle);`,
      `/** Implemented by the plugin when it provides ${def.name}s. */\nvoid ${base}_destructor(${base}_t *rep);`,
    );
    this.glue.push(
      [
        `__attribute__((import_module("${module}"), import_name("[resource-new]${def.name}"))) extern int32_t __wasm_import_${base}_new(int32_t);`,
        `__attribute__((import_module("${module}"), import_name("[resource-rep]${def.name}"))) extern int32_t __wasm_import_${base}_rep(int32_t);`,
        `__attribute__((import_module("${module}"), import_name("[resource-drop]${def.name}"))) extern void __wasm_import_${base}_drop(int32_t);`,
        `${own} ${base}_new(${base}_t *rep) { return (${own}){ __wasm_import_${base}_new((int32_t)rep) }; }`,
        `${base}_t *${base}_rep(${own} handle) { return (${base}_t *)__wasm_import_${base}_rep(handle.__handle); }`,
        `void ${base}_drop_own(${own} handle) { __wasm_import_${base}_drop(handle.__handle); }`,
        `__attribute__((weak)) void ${base}_destructor(${base}_t *rep) { free(rep); }`,
        `__attribute__((export_name("${this.qualified(ifaceName)}#[dtor]${def.name}")))\nvoid __wasm_export_${base}_dtor(int32_t rep) { ${base}_destructor((${base}_t *)rep); }`,
      ].join('\n'),
    );
    for (const fn of def.functions) this.exportFunction(ifaceName, fn, def);
  }

  /** The weak default of an export the plugin does not implement. */
  private defaultBody(fn: WitFunction): string {
    const error = errorResource(this.pkg);
    if (!error || !returnsError(this.pkg, fn)) return '  __builtin_trap();';
    const errorCtor = this.cFunctionName(error.interfaceName, error.functions[0]!, error);
    return [
      `  ${this.cType(fn.result!)} ret = { .is_err = true };`,
      `  ret.val.err = ${errorCtor}(${this.prefix}_string_from(EDO_PLUGIN_NAME), ${this.prefix}_string_from("${fn.name} is not implemented by this plugin"));`,
      '  return ret;',
    ].join('\n');
  }

  private exportFunction(ifaceName: string, fn: WitFunction, resource?: TypeDef) {
    const params = allParams(fn, resource);
    const cName = this.cFunctionName(ifaceName, fn, resource);
    const signature = this.signature(cName, fn, params);
    this.protos.push(`${signature};`);
    const exportName = `${this.qualified(ifaceName)}#${coreName(fn, resource)}`;
    const {
      byPointer,
      flatResult,
      resultInMemory,
      params: coreParams,
    } = coreSignature(params, fn.result, 'export');
    const coreResult = !fn.result ? 'void' : resultInMemory ? 'int32_t' : CORE_C[flatResult[0]];
    const wrapper = `__wasm_export_${cName}`;
    const code: string[] = [
      `__attribute__((weak)) ${signature} {`,
      ...params.map((param) => `  (void)${snake(param.name)};`),
      this.defaultBody(fn),
      '}',
      `__attribute__((export_name("${exportName}")))`,
      `${coreResult} ${wrapper}(${coreParams.map((core, index) => `${CORE_C[core]} p${index}`).join(', ') || 'void'}) {`,
    ];
    const locals = params.map((param) => ({ ...param, local: `arg_${snake(param.name)}` }));
    if (byPointer) {
      const tuple = { kind: 'tuple', items: params.map((param) => param.type) } as WitType;
      code.push(`  ${this.cType(tuple)} *args = (${this.cType(tuple)} *)p0;`);
      locals.forEach((local, index) =>
        code.push(`  ${this.cType(local.type)} ${local.local} = args->f${index};`),
      );
    } else {
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
      if (this.needsFree(local.type)) code.push(`  ${this.freeFunction(local.type)}(&${local.local});`);
    }
    if (byPointer) code.push('  free(args);');
    if (fn.result && resultInMemory) {
      code.push(
        `  static ${this.cType(fn.result)} ret_area;`,
        '  ret_area = ret;',
        '  return (int32_t)&ret_area;',
      );
    } else if (fn.result) {
      const out = [{ name: 'flat', core: flatResult[0] }];
      code.push(`  ${CORE_C[flatResult[0]]} flat = 0;`);
      this.lowerFlat(fn.result, 'ret', out, code, '  ');
      code.push('  return flat;');
    }
    code.push('}');
    if (fn.result && resultInMemory && this.needsFree(fn.result)) {
      // Results are owned by the glue once returned: freed after the host copied them.
      code.push(
        `__attribute__((export_name("cabi_post_${exportName}")))`,
        `void __wasm_post_${cName}(int32_t ret) { ${this.freeFunction(fn.result)}((${this.cType(fn.result)} *)ret); }`,
      );
    }
    this.glue.push(code.join('\n'));
  }

  generate(): CBindings {
    const guard = `${this.prefix.toUpperCase()}_BINDINGS_H`;
    const { world } = this.pkg;
    // The string type first: the helpers below use it.
    const stringType = this.cType({ kind: 'string' });
    for (const name of world.imports) {
      const iface = this.pkg.interfaces.get(name)!;
      this.protos.push(`\n// ---- import ${this.qualified(name)} ----`);
      for (const def of iface.types) if (def.kind === 'resource') this.importResource(name, def);
      for (const fn of iface.functions) this.importFunction(name, fn);
    }
    for (const name of world.exports) {
      const iface = this.pkg.interfaces.get(name)!;
      this.protos.push(`\n// ---- export ${this.qualified(name)} (implement what the plugin provides) ----`);
      for (const def of iface.types) if (def.kind === 'resource') this.exportResource(name, def);
      for (const fn of iface.functions) this.exportFunction(name, fn);
    }
    // Every other named type of the package, so plugins can use them all.
    for (const iface of this.pkg.interfaces.values()) {
      for (const def of iface.types)
        if (def.kind !== 'resource' && def.kind !== 'alias') this.cType({ kind: 'named', def });
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
