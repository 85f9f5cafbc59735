import type { SourcePosition } from './errors.js';

/**
 * Configuration as components receive it (the seed's `node` resource): the attributes of a
 * Starlark declaration, converted to plain data. Labels stay strings; the engine resolves them.
 */
export type NodeValue =
  null | boolean | number | bigint | string | NodeValue[] | { [key: string]: NodeValue };

/** One declaration from a build file: `kind(name = ..., **attrs)`. */
export interface DeclarationNode {
  /** The rule or declaration kind: `script`, `environment_farm`, `rust_wasm_build`, ... */
  readonly kind: string;
  readonly name: string;
  /** The declaring label, e.g. `//pkg:name`. */
  readonly id: string;
  readonly attrs: Readonly<Record<string, NodeValue>>;
  /** Where the declaration is, for errors. */
  readonly position: SourcePosition;
}
