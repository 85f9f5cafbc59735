import semver from 'semver';
import { UsageError } from '../model/errors.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { PluginLimits } from './instance.js';

/**
 * `plugin(name, kind = "wasm", source = [...], sha256 = ..., version = ..., capabilities = [...],
 * time_limit_ms = ..., memory_limit_mb = ..., stack_limit_mb = ..., **config)`, checked.
 * The engine resolves `sources` (alternatives tried in order) to a file, then calls
 * `PluginManager.loadPlugin({ name, wasmPath, sha256, version, capabilities, limits, config })`.
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

const LIMIT_ATTRS = {
  time_limit_ms: 'timeMs',
  memory_limit_mb: 'memoryMb',
  stack_limit_mb: 'stackMb',
} as const;

export function parsePluginDeclaration(node: DeclarationNode): PluginDeclaration {
  const fail = (message: string): never => {
    throw new UsageError(`plugin "${node.name}": ${message}`, { position: node.position });
  };
  const { kind = 'wasm', source, sha256, version, capabilities = [], ...rest } = node.attrs;
  if (kind !== 'wasm') fail(`kind ${JSON.stringify(kind)} is not supported (only "wasm")`);
  const sources = typeof source === 'string' ? [source] : source;
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((item) => typeof item === 'string')) {
    fail('source must be a label or URL string, or a non-empty list of them');
  }
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
  for (const [attr, value] of Object.entries(rest)) {
    if (!Object.hasOwn(LIMIT_ATTRS, attr)) {
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
    sources: sources as string[],
    ...(sha256 !== undefined && { sha256: sha256 as string }),
    ...(version !== undefined && { version: version as string }),
    capabilities: capabilities as string[],
    limits,
    config,
  };
}
