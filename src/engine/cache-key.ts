import { createHash } from 'node:crypto';
import type { Farm } from '../environment/types.js';

/**
 * Bumped whenever what the engine stores for a target, or how it derives keys, changes: every
 * cache key includes it, so old entries are simply never hit again.
 */
export const ENGINE_CACHE_VERSION = 1;

/** A copy of `value` with object keys sorted, bigints as `{"$bigint": "123"}`, `undefined` members dropped. */
function canonicalForm(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return { $bigint: value.toString() };
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`cannot encode ${value} canonically`);
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new Error(`cannot encode a ${typeof value} canonically`);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(canonicalForm);
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = canonicalForm(member);
  }
  return sorted;
}

/**
 * A canonical JSON encoding: object keys sorted, no whitespace, bigints as `{"$bigint": "123"}`,
 * `undefined` members dropped. Equal data always gives equal bytes, whatever the key order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalForm(value)) ?? 'null';
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
  /** `environmentDigest` of the farm it runs in, or null when it runs in none. */
  readonly environment: string | null;
}

const farmDigests = new WeakMap<Farm, Promise<string>>();

/** The digest of a farm's identity (kind, image, setup, variables), computed once per farm. */
export function environmentDigest(farm: Farm): Promise<string> {
  let digest = farmDigests.get(farm);
  if (!digest) {
    digest = farm.identity().then(digestOf);
    farmDigests.set(farm, digest);
  }
  return digest;
}

/** The digest a transform's `getUniqueId` reports: its cache key before the engine adds its own parts. */
export function transformDigest(inputs: TransformKeyInputs): string {
  return digestOf({ engine: ENGINE_CACHE_VERSION, ...inputs });
}

/** The key of a source target: the source's own id digest under the engine's cache format. */
export function sourceDigest(sourceIdDigest: string): string {
  return digestOf({ engine: ENGINE_CACHE_VERSION, source: sourceIdDigest });
}

/**
 * The key of a target a plugin implements: the component's own id digest (which the plugin
 * computes, without the engine's format), the plugin's digest and the engine's cache format.
 * Built-in components already include the format (`transformDigest`, `sourceDigest`).
 */
export function pluginTargetDigest(componentDigest: string, pluginDigest: string): string {
  return digestOf({ engine: ENGINE_CACHE_VERSION, component: componentDigest, plugin: pluginDigest });
}
