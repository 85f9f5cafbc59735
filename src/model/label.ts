/**
 * Labels name targets and files of a workspace: `//pkg/path:name`, `:name` (in the current package),
 * `//pkg` (= `//pkg:pkg`), `//:name` (the root package). Patterns name sets of them: `//...`,
 * `//pkg/...`, `//pkg:all`, `//pkg:*` and globs over names such as `//src:*.cpp`.
 */

import { type SourcePosition, UsageError } from './errors.js';
export interface Label {
  /** Package path relative to the workspace root, `''` for the root package; never starts or ends with `/`. */
  readonly pkg: string;
  /** Target or file name inside the package; may contain `/` for files in subdirectories. */
  readonly name: string;
}

export type LabelPattern =
  /** Exactly one label. */
  | { readonly kind: 'label'; readonly label: Label }
  /** Every target in `pkg` and the packages below it (`//pkg/...`; `//...` when pkg is `''`). */
  | { readonly kind: 'recursive'; readonly pkg: string }
  /** Names in one package matching a glob (`//pkg:all` and `//pkg:*` match every name). */
  | { readonly kind: 'glob'; readonly pkg: string; readonly glob: string; readonly regexp: RegExp };

/** Thrown for a malformed label; callers add the position and rethrow as a user error. */
export class LabelSyntaxError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`invalid label "${text}": ${reason}`);
    this.name = 'LabelSyntaxError';
  }
}

/**
 * `parse()`, with a malformed label reported as the user's mistake: a UsageError whose message
 * starts with `prefix` (the rule and attribute, say), at `position`.
 */
export function parsingLabels<T>(
  parse: () => T,
  where: { prefix?: string; position?: SourcePosition } = {},
): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof LabelSyntaxError)) throw err;
    const message = where.prefix ? `${where.prefix}: ${err.message}` : err.message;
    throw new UsageError(message, where.position ? { position: where.position } : {});
  }
}

const SEGMENT = /^[A-Za-z0-9_@+=,.~-][A-Za-z0-9_@+=,.~ -]*$/;

function checkPath(text: string, path: string, what: string, allowEmpty: boolean): void {
  if (path === '') {
    if (allowEmpty) return;
    throw new LabelSyntaxError(text, `empty ${what}`);
  }
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
      throw new LabelSyntaxError(text, `bad ${what} "${path}"`);
    }
  }
}

/**
 * Parses a label, resolving relative forms (`:name`, `name`, `sub/file.c`) against `currentPkg`.
 */
export function parseLabel(text: string, currentPkg: string): Label {
  if (text.startsWith('@')) {
    throw new LabelSyntaxError(
      text,
      'edo has no external repositories (Bazel\'s @name//): its labels start with "//"',
    );
  }
  if (text.startsWith('//')) {
    const body = text.slice(2);
    const colon = body.indexOf(':');
    if (colon < 0) {
      checkPath(text, body, 'package', false);
      return { pkg: body, name: body.slice(body.lastIndexOf('/') + 1) };
    }
    const pkg = body.slice(0, colon);
    const name = body.slice(colon + 1);
    checkPath(text, pkg, 'package', true);
    checkPath(text, name, 'name', false);
    return { pkg, name };
  }
  const name = text.startsWith(':') ? text.slice(1) : text;
  if (name.includes(':')) {
    // `pkg:name` is how a label elsewhere is often mistyped: Bazel reads it as one target name.
    throw new LabelSyntaxError(
      text,
      name === text
        ? `a label in another package starts with "//" (did you mean "//${text}"?)`
        : 'more than one ":"',
    );
  }
  checkPath(text, name, 'name', false);
  return { pkg: currentPkg, name };
}

export function formatLabel(label: Label): string {
  return `//${label.pkg}:${label.name}`;
}

/** Parses and formats in one step: the canonical string of a label. */
export function canonicalLabel(text: string, currentPkg: string): string {
  return formatLabel(parseLabel(text, currentPkg));
}

/** Whether `text` has glob metacharacters (`*`, `?`, `[`). */
export function hasGlob(text: string): boolean {
  return /[*?[]/.test(text);
}

/**
 * Converts a glob to a regular expression over `/`-separated paths: `*` and `?` stay inside one
 * path segment, `**` spans segments (and `**\/` also matches nothing), `[...]` is a character class.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i += 1;
        if (glob[i + 1] === '/') {
          i += 1;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        out += '\\[';
      } else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else {
      out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/** Parses a target pattern; anything that is not a pattern is a single label. */
export function parsePattern(text: string, currentPkg: string): LabelPattern {
  const absolute = text.startsWith('//');
  // `//...:all` (and `:*`, `:all-targets`) is `//...`, as in Bazel: edo's packages hold only targets.
  const body = (absolute ? text.slice(2) : text).replace(/(^|\/)\.\.\.:(all|all-targets|\*)$/, '$1...');
  const colon = body.indexOf(':');
  if (!absolute && colon > 0 && !body.startsWith('@')) {
    // On the command line, `app:server` is relative to the current directory's package, as in Bazel.
    const pkg = [currentPkg, body.slice(0, colon)].filter((part) => part !== '').join('/');
    return parsePattern(`//${pkg}${body.slice(colon)}`, '');
  }
  if (body === '...' || body.endsWith('/...')) {
    const rel = body === '...' ? '' : body.slice(0, -4);
    checkPath(text, rel, 'package', true);
    const pkg = absolute ? rel : [currentPkg, rel].filter((p) => p !== '').join('/');
    return { kind: 'recursive', pkg };
  }
  const name = colon < 0 ? undefined : body.slice(colon + 1);
  if (name !== undefined && (name === 'all' || name === 'all-targets' || hasGlob(name))) {
    const pkgText = body.slice(0, colon);
    if (absolute) checkPath(text, pkgText, 'package', true);
    const pkg = absolute ? pkgText : currentPkg;
    const glob = name === 'all' || name === 'all-targets' ? '*' : name;
    return { kind: 'glob', pkg, glob, regexp: globToRegExp(glob === '*' ? '**' : glob) };
  }
  return { kind: 'label', label: parseLabel(text, currentPkg) };
}

/** Whether a package path equals `pkg` or lies below it. */
export function isUnderPackage(candidate: string, pkg: string): boolean {
  return pkg === '' || candidate === pkg || candidate.startsWith(pkg + '/');
}

export function matchesPattern(pattern: LabelPattern, label: Label): boolean {
  switch (pattern.kind) {
    case 'label':
      return pattern.label.pkg === label.pkg && pattern.label.name === label.name;
    case 'recursive':
      return isUnderPackage(label.pkg, pattern.pkg);
    case 'glob':
      return pattern.pkg === label.pkg && pattern.regexp.test(label.name);
  }
}
