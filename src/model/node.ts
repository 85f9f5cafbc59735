import { UsageError, type SourcePosition } from './errors.js';
import { didYouMean } from './names.js';

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

/**
 * Refuses the attributes a built-in kind does not take (`environment_farm(kind = "local",
 * pas_env = ...)` would otherwise be ignored), suggesting the one meant. `declaration` is the
 * function that declared it (`environment_farm`, `storage_backend`, `vendor`).
 */
export function refuseUnknownAttributes(
  node: DeclarationNode,
  declaration: string,
  known: readonly string[],
): void {
  for (const key of Object.keys(node.attrs)) {
    if (known.includes(key)) continue;
    throw new UsageError(
      `${declaration} "${node.name}": unknown attribute "${key}" for kind "${node.kind}"${didYouMean(key, known)}`,
      { position: node.position },
    );
  }
}
