import type { Param, TypeDef, WitFunction, WitPackage, WitType } from './wit.js';

/**
 * Canonical ABI facts every guest generator needs, whatever its language: how a value flattens
 * into core wasm values, and its size and alignment in linear memory.
 */

export type Core = 'i32' | 'i64' | 'f32' | 'f64';
/** Beyond this many flat values, parameters are passed through memory. */
export const MAX_FLAT_PARAMS = 16;
/** Beyond this many flat values, a result is returned through memory. */
export const MAX_FLAT_RESULTS = 1;

/** How a function's parameters and result cross the canonical ABI as one core wasm function. */
export interface CoreSignature {
  /** The flat values of the parameters, in order. */
  flatParams: Core[];
  /** The parameters flatten to more than MAX_FLAT_PARAMS values: they go as one pointer. */
  byPointer: boolean;
  /** The flat values of the result (none without one). */
  flatResult: Core[];
  /** The result flattens to more than MAX_FLAT_RESULTS values: it goes through memory. */
  resultInMemory: boolean;
  /**
   * The core function's parameters. An import whose result is in memory takes a pointer to the
   * return area last; an export returns one instead.
   */
  params: Core[];
}

export function coreSignature(
  params: readonly Param[],
  result: WitType | undefined,
  side: 'import' | 'export',
): CoreSignature {
  const flatParams = params.flatMap((param) => flatTypes(param.type));
  const byPointer = flatParams.length > MAX_FLAT_PARAMS;
  const flatResult = result ? flatTypes(result) : [];
  const resultInMemory = flatResult.length > MAX_FLAT_RESULTS;
  const core: Core[] = byPointer ? ['i32'] : [...flatParams];
  if (side === 'import' && resultInMemory) core.push('i32');
  return { flatParams, byPointer, flatResult, resultInMemory, params: core };
}

export function unalias(type: WitType): WitType {
  return type.kind === 'named' && type.def.kind === 'alias' ? unalias(type.def.target) : type;
}

/** The core values a value of `type` flattens to. */
export function flatTypes(type: WitType): Core[] {
  const t = unalias(type);
  switch (t.kind) {
    case 'primitive':
      if (t.name === 'u64' || t.name === 's64') return ['i64'];
      if (t.name === 'f32' || t.name === 'f64') return [t.name];
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
      if (def.kind === 'record') return def.fields.flatMap((field) => flatTypes(field.type));
      if (def.kind === 'variant') return flatVariant(def.cases.map((c) => c.type));
      return ['i32']; // enum, flags (≤ 32)
    }
  }
}

/** A variant's flat form: the discriminant, then its payloads' slots joined. */
function flatVariant(payloads: (WitType | undefined)[]): Core[] {
  const joined: Core[] = [];
  for (const payload of payloads) {
    if (!payload) continue;
    flatTypes(payload).forEach((core, index) => {
      const have = joined[index];
      if (have === undefined) joined[index] = core;
      else if (have !== core)
        joined[index] =
          (have === 'i32' && core === 'f32') || (have === 'f32' && core === 'i32') ? 'i32' : 'i64';
    });
  }
  return ['i32', ...joined];
}

const PRIMITIVE_SIZE: Record<string, number> = {
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

export const alignTo = (offset: number, align: number) => Math.ceil(offset / align) * align;

/** Bytes of a discriminant for `cases` cases. */
export function discriminantSize(cases: number): number {
  return cases <= 256 ? 1 : cases <= 65536 ? 2 : 4;
}

/** The payload types of a variant-like type (option, result, variant), in case order. */
export function casesOf(type: WitType): (WitType | undefined)[] | undefined {
  const t = unalias(type);
  if (t.kind === 'option') return [undefined, t.inner];
  if (t.kind === 'result') return [t.ok, t.err];
  if (t.kind === 'named' && t.def.kind === 'variant') return t.def.cases.map((c) => c.type);
  return undefined;
}

/** The members of a record-like type (record, tuple), in memory order. */
export function membersOf(type: WitType): WitType[] | undefined {
  const t = unalias(type);
  if (t.kind === 'tuple') return t.items;
  if (t.kind === 'named' && t.def.kind === 'record') return t.def.fields.map((field) => field.type);
  return undefined;
}

export function alignOf(type: WitType): number {
  const t = unalias(type);
  if (t.kind === 'primitive') return PRIMITIVE_SIZE[t.name]!;
  if (t.kind === 'string' || t.kind === 'list' || t.kind === 'own' || t.kind === 'borrow') return 4;
  const members = membersOf(t);
  if (members) return Math.max(1, ...members.map(alignOf));
  const cases = casesOf(t);
  if (cases) {
    const payloads = cases.filter((c): c is WitType => c !== undefined);
    return Math.max(discriminantSize(cases.length), ...payloads.map(alignOf));
  }
  return sizeOf(t); // enum, flags
}

export function sizeOf(type: WitType): number {
  const t = unalias(type);
  if (t.kind === 'primitive') return PRIMITIVE_SIZE[t.name]!;
  if (t.kind === 'string' || t.kind === 'list') return 8;
  if (t.kind === 'own' || t.kind === 'borrow') return 4;
  const members = membersOf(t);
  if (members) {
    let offset = 0;
    for (const member of members) offset = alignTo(offset, alignOf(member)) + sizeOf(member);
    return alignTo(offset, alignOf(t));
  }
  const cases = casesOf(t);
  if (cases) {
    const payloads = cases.filter((c): c is WitType => c !== undefined);
    const offset = payloadOffset(t);
    return alignTo(offset + Math.max(0, ...payloads.map(sizeOf)), alignOf(t));
  }
  if (t.kind === 'named' && t.def.kind === 'enum') return discriminantSize(t.def.cases.length);
  if (t.kind === 'named' && t.def.kind === 'flags') {
    const count = t.def.flags.length;
    return count <= 8 ? 1 : count <= 16 ? 2 : 4;
  }
  throw new Error(`no size for ${t.kind}`);
}

/** Where a variant-like value's payload starts, after its discriminant. */
export function payloadOffset(type: WitType): number {
  const cases = casesOf(type)!;
  const payloads = cases.filter((c): c is WitType => c !== undefined);
  return alignTo(discriminantSize(cases.length), Math.max(1, ...payloads.map(alignOf)));
}

/** The offsets of a record-like type's members. */
export function memberOffsets(type: WitType): number[] {
  let offset = 0;
  return membersOf(type)!.map((member) => {
    offset = alignTo(offset, alignOf(member));
    const at = offset;
    offset += sizeOf(member);
    return at;
  });
}

/** A function's core name: `[constructor]r`, `[method]r.f`, `[static]r.f`, or its own name. */
export function coreName(fn: WitFunction, resource?: TypeDef): string {
  if (!resource) return fn.name;
  if (fn.role === 'constructor') return `[constructor]${resource.name}`;
  return `[${fn.role}]${resource.name}.${fn.name}`;
}

/** An `error` resource with a `constructor(plugin, message)`: what default exports return, if the package has one. */
export function errorResource(pkg: WitPackage): (TypeDef & { kind: 'resource' }) | undefined {
  for (const iface of pkg.interfaces.values()) {
    for (const def of iface.types) {
      if (def.kind === 'resource' && def.name === 'error' && def.functions[0]?.role === 'constructor')
        return def;
    }
  }
  return undefined;
}

/** Whether `fn` returns `result<_, error>` with the package's error resource: its default can be `err`. */
export function returnsError(pkg: WitPackage, fn: WitFunction): boolean {
  const result = fn.result ? unalias(fn.result) : undefined;
  const error = errorResource(pkg);
  return !!error && result?.kind === 'result' && result.err?.kind === 'own' && result.err.resource === error;
}

/** A function's parameters as the core function sees them: a method's `self` borrow first. */
export function allParams(fn: WitFunction, resource?: TypeDef): Param[] {
  if (fn.role !== 'method') return fn.params;
  return [{ name: 'self', type: { kind: 'borrow', resource: resource! } }, ...fn.params];
}

/** A function's result as the core function sees it: a constructor returns its resource, owned. */
export function loweredResult(fn: WitFunction, resource?: TypeDef): WitType | undefined {
  return fn.role === 'constructor' ? { kind: 'own', resource: resource! } : fn.result;
}

/** The resources the world's exported interfaces define: the guest implements these. */
export function exportedResources(pkg: WitPackage): Set<TypeDef> {
  const resources = new Set<TypeDef>();
  for (const name of pkg.world.exports) {
    for (const def of pkg.interfaces.get(name)!.types) if (def.kind === 'resource') resources.add(def);
  }
  return resources;
}

/** An interface's full name as core modules import and export it: `edo:plugin/host@1.0.0`. */
export function qualifiedInterface(pkg: WitPackage, iface: string): string {
  return `${pkg.name}/${iface}${pkg.version ? `@${pkg.version}` : ''}`;
}
