import { createHash } from 'node:crypto';

/**
 * Bumped whenever what the engine stores for a target, or how it derives keys, changes: every
 * cache key includes it, so old entries are simply never hit again.
 */
export const ENGINE_CACHE_VERSION = 1;

/**
 * A canonical JSON encoding: object keys sorted, no whitespace, bigints as `{"$bigint": "123"}`,
 * `undefined` members dropped. Equal data always gives equal bytes, whatever the key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot encode ${value} canonically`);
      return JSON.stringify(value);
    case 'bigint':
      return `{"$bigint":${JSON.stringify(value.toString())}}`;
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`cannot encode a ${typeof value} canonically`);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `sha256:<hex>` of the canonical encoding of `value`. */
export function digestOf(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

/** Everything a built-in transform's output depends on; see `transformDigest`. */
export interface TransformKeyInputs {
  /** Rule kind, e.g. `script`. */
  readonly kind: string;
  /** The rule's attributes as declared (labels canonical), without `name`. */
  readonly attrs: unknown;
  /** Dependency label → that dependency's cache digest. */
  readonly inputs: Readonly<Record<string, string>>;
  /** `Farm.identity()` of the environment it runs in, or null when it runs in none. */
  readonly environment: Record<string, unknown> | null;
}

/** The digest a transform's `getUniqueId` reports: its cache key before the engine adds its own parts. */
export function transformDigest(inputs: TransformKeyInputs): string {
  return digestOf(inputs);
}

/**
 * The key a target's artifact is stored under: the component's own id digest, the plugin that
 * implements it (if any) and the engine's cache format.
 */
export function targetDigest(componentDigest: string, pluginDigest: string | undefined): string {
  return digestOf({ engine: ENGINE_CACHE_VERSION, component: componentDigest, plugin: pluginDigest ?? null });
}
