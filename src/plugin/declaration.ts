import semver from 'semver';
import { UsageError } from '../model/errors.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { closestNames } from '../model/names.js';
import type { PluginLimits } from './instance.js';

/**
 * `plugin(name, kind = "wasm", source = [...], sha256 = ..., version = ..., capabilities = [...],
 * time_limit_ms = ..., memory_limit_mb = ..., stack_limit_mb = ..., handle_limit = ..., **config)`,
 * checked.
 * The engine resolves `sources` (alternatives tried in order, each a string: source dicts are
 * turned into their string form here) to the component's bytes, then calls
 * `PluginManager.loadPlugin({ name, bytes, sha256, version, capabilities, limits, config })`.
 */
export interface PluginDeclaration {
  name: string;
  sources: string[];
  sha256?: string;
  /** A semver range the plugin's own version must satisfy. */
  version?: string;
  capabilities: string[];
  limits: Partial<PluginLimits>;
  /** Every other attribute: what the plugin reads through `context.config()`. */
  config: Record<string, NodeValue>;
}

type SourceDict = { [key: string]: NodeValue };

function isDict(value: NodeValue | undefined): value is SourceDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The keys of each dict form of a remote `source` alternative: the first names the kind, then its
 * required and optional members. Each dict stands for one string form (src/plugin/distribution.ts),
 * which is what edo.lock.json records.
 */
const SOURCE_DICTS = {
  url: { required: ['url'], optional: ['sha256'] },
  git: { required: ['git', 'commit', 'path'], optional: [] },
  npm: { required: ['npm', 'path'], optional: ['version', 'registry', 'token_env'] },
  oci: { required: ['oci'], optional: [] },
} as const;

/**
 * `{"url": U, "sha256": H}` → `U#sha256=H`; `{"git": U, "commit": C, "path": P}` →
 * `git+U#commit=C&path=P`; `{"npm": N, "version": R, "path": P, ...}` → `npm:N@R#path=P&...`;
 * `{"oci": REF}` → `oci://REF`.
 */
function sourceText(dict: SourceDict, fail: (message: string) => never): string {
  const kind = (Object.keys(SOURCE_DICTS) as (keyof typeof SOURCE_DICTS)[]).filter((k) => k in dict);
  if (kind.length !== 1) {
    fail(
      `a source dict needs exactly one of ${Object.keys(SOURCE_DICTS).join(', ')}: ${JSON.stringify(dict)}`,
    );
  }
  const { required, optional } = SOURCE_DICTS[kind[0]!];
  const known: readonly string[] = [...required, ...optional];
  for (const key of Object.keys(dict)) {
    if (!known.includes(key)) fail(`a ${kind[0]} source takes ${known.join(', ')}, not ${key}`);
  }
  const value = (key: string): string | undefined => {
    const member = dict[key];
    if (member === undefined) {
      if (required.includes(key as never)) fail(`a ${kind[0]} source needs ${key}`);
      return undefined;
    }
    if (typeof member !== 'string' || member === '') fail(`source ${key} must be a non-empty string`);
    // The string form starts its fragment with # and separates members with &.
    if ((member as string).includes('#') || (key !== kind[0] && (member as string).includes('&'))) {
      fail(`source ${key} must not contain # (nor & after the first member)`);
    }
    return member as string;
  };
  const fragment = (keys: readonly string[]) =>
    keys
      .flatMap((key) => {
        const member = value(key);
        return member === undefined ? [] : [`${key}=${member}`];
      })
      .join('&');
  switch (kind[0]!) {
    case 'url': {
      const sha256 = value('sha256');
      return sha256 === undefined
        ? value('url')!
        : `${value('url')}#sha256=${sha256.replace(/^sha256:/, '')}`;
    }
    case 'git':
      return `git+${value('git')}#${fragment(['commit', 'path'])}`;
    case 'npm':
      return `npm:${value('npm')}@${value('version') ?? '*'}#${fragment(['path', 'registry', 'token_env'])}`;
    case 'oci':
      return `oci://${value('oci')}`;
  }
}

const LIMIT_ATTRS = {
  time_limit_ms: 'timeMs',
  memory_limit_mb: 'memoryMb',
  stack_limit_mb: 'stackMb',
  handle_limit: 'handles',
} as const;

export function parsePluginDeclaration(node: DeclarationNode): PluginDeclaration {
  const fail = (message: string): never => {
    throw new UsageError(message, { position: node.position, plugin: node.name });
  };
  const { kind = 'wasm', source, sha256, version, capabilities = [], ...rest } = node.attrs;
  if (kind !== 'wasm') fail(`kind ${JSON.stringify(kind)} is not supported (only "wasm")`);
  const items = typeof source === 'string' || isDict(source) ? [source] : source;
  if (
    !Array.isArray(items) ||
    items.length === 0 ||
    !items.every((i) => typeof i === 'string' || isDict(i))
  ) {
    fail('source must be a label or URL string, a source dict, or a non-empty list of them');
  }
  const sources = (items as (string | SourceDict)[]).map((item) =>
    typeof item === 'string' ? item : sourceText(item, fail),
  );
  if (sha256 !== undefined && (typeof sha256 !== 'string' || !/^(sha256:)?[0-9a-f]{64}$/.test(sha256))) {
    fail('sha256 must be 64 lowercase hex digits, optionally prefixed "sha256:"');
  }
  if (version !== undefined && (typeof version !== 'string' || semver.validRange(version) === null)) {
    fail(`version ${JSON.stringify(version)} is not a semver range`);
  }
  if (!Array.isArray(capabilities) || !capabilities.every((item) => typeof item === 'string')) {
    fail('capabilities must be a list of strings');
  }
  const limits: Partial<PluginLimits> = {};
  const config: Record<string, NodeValue> = {};
  const edoAttrs = ['kind', 'source', 'sha256', 'version', 'capabilities', ...Object.keys(LIMIT_ATTRS)];
  for (const [attr, value] of Object.entries(rest)) {
    if (!Object.hasOwn(LIMIT_ATTRS, attr)) {
      // A misspelt pin or grant would otherwise pass silently as the plugin's config.
      const meant = closestNames(attr, edoAttrs);
      if (meant.length > 0) {
        fail(
          `"${attr}" is not an attribute of plugin(); did you mean ${meant.join(', ')}? (config attributes must not look like one)`,
        );
      }
      config[attr] = value;
      continue;
    }
    const amount = typeof value === 'bigint' ? Number(value) : value;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
      fail(`${attr} must be a positive int`);
    }
    limits[LIMIT_ATTRS[attr as keyof typeof LIMIT_ATTRS]] = amount as number;
  }
  return {
    name: node.name,
    sources,
    ...(sha256 !== undefined && { sha256: sha256 as string }),
    ...(version !== undefined && { version: version as string }),
    capabilities: capabilities as string[],
    limits,
    config,
  };
}
