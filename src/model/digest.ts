import { createHash } from 'node:crypto';
import { EdoError } from './errors.js';

/** A content digest as OCI writes it: `sha256:<64 lowercase hex>`. */
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

export function isSha256Digest(value: string): boolean {
  return SHA256_DIGEST.test(value);
}

/** The hex part of a sha256 digest; throws on anything else so a digest never becomes a path trick. */
export function digestHex(digest: string): string {
  if (!isSha256Digest(digest)) throw new EdoError(`not a sha256 digest: ${JSON.stringify(digest)}`);
  return digest.slice('sha256:'.length);
}

/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. The same value
 * always gives the same bytes, so digests of configs and manifests are stable across machines.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}
