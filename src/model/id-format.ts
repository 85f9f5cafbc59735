import { UsageError } from './errors.js';
import type { Id } from './id.js';

/**
 * The string form of an `Id` (documented in docs/storage.md):
 *
 *     [<pkg>/]<name>[@<version>][+<arch>][:<digest>]
 *
 * e.g. `core/hello@1.2.0+x86_64:sha256:2c26…`. Inside each part the characters `% / @ + :`,
 * whitespace and control characters are percent-encoded, so every part may hold any text and the
 * form always round-trips. Names made of letters, digits and `._-` read as written.
 */
export function idToString(id: Id): string {
  let text = id.pkg !== undefined ? `${encodePart(id.pkg)}/` : '';
  text += encodePart(id.name);
  if (id.version !== undefined) text += `@${encodePart(id.version)}`;
  if (id.arch !== undefined) text += `+${encodePart(id.arch)}`;
  // The digest is the last part and may itself contain `:` (`sha256:…`); it is not encoded.
  if (id.digest !== '') text += `:${id.digest}`;
  return text;
}

/** Parses the string form above; throws a UsageError naming the input when it is malformed. */
export function idFromString(text: string): Id {
  const fail = (why: string): never => {
    throw new UsageError(`invalid artifact id ${JSON.stringify(text)}: ${why}`);
  };
  const colon = text.indexOf(':');
  const head = colon === -1 ? text : text.slice(0, colon);
  const digest = colon === -1 ? '' : text.slice(colon + 1);
  if (colon !== -1 && digest === '') fail('empty digest after ":"');
  const slash = head.indexOf('/');
  const pkg = slash === -1 ? undefined : head.slice(0, slash);
  let rest = slash === -1 ? head : head.slice(slash + 1);
  let arch: string | undefined;
  const plus = rest.indexOf('+');
  if (plus !== -1) {
    arch = rest.slice(plus + 1);
    rest = rest.slice(0, plus);
  }
  let version: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    version = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  if (rest === '') fail('empty name');
  for (const part of [pkg, version, arch]) {
    if (part !== undefined && /[/@+]/.test(part))
      fail('parts out of order (expected [pkg/]name[@version][+arch][:digest])');
  }
  const decode = (part: string): string => {
    try {
      return decodeURIComponent(part);
    } catch {
      return fail(`bad percent-encoding in ${JSON.stringify(part)}`);
    }
  };
  return {
    name: decode(rest),
    digest,
    ...(version !== undefined && { version: decode(version) }),
    ...(pkg !== undefined && { pkg: decode(pkg) }),
    ...(arch !== undefined && { arch: decode(arch) }),
  };
}

/** Parts that need no encoding (the common case, kept fast: has() formats an id per call). */
const PLAIN_PART = /^[A-Za-z0-9._-]*$/;

/** Two ids are the same artifact key when their string forms are equal. */
export function sameId(a: Id, b: Id): boolean {
  return idToString(a) === idToString(b);
}

function encodePart(part: string): string {
  if (PLAIN_PART.test(part)) return part;
  // eslint-disable-next-line no-control-regex
  return part.replace(/[%/@+:\s\x00-\x1f\x7f]/g, (c) =>
    Array.from(Buffer.from(c, 'utf8'), (byte) => '%' + byte.toString(16).toUpperCase().padStart(2, '0')).join(
      '',
    ),
  );
}
