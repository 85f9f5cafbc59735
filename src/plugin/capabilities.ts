import { dirname, isAbsolute, resolve } from 'node:path';
import { EdoError, UsageError } from '../model/errors.js';
import { isWithin, realPathOf } from '../storage/fs-util.js';

/**
 * Capabilities (seed 8.2): a plugin can do nothing outside its own memory but call the host,
 * and the host's file, environment and network functions (`edo:plugin/system`) check each
 * request against what the plugin was granted. Grant syntax:
 *
 * - `fs:read:<dir>` / `fs:write:<dir>`: files under `<dir>` (absolute, `//` = workspace root,
 *   `$VAR` = a variable the host defines, e.g. `$OUT`); write implies read. The paths a plugin
 *   passes to file calls may use `//` and `$VAR` the same way, so a declaration can configure a
 *   plugin with the very path it grants (`path = "//cache"`, `fs:write://cache`).
 * - `env:<NAME>`: one environment variable of the host process.
 * - `net:<host>:<port>` (`*` for any port): HTTP requests to that host and port.
 */
export type Capability =
  | { kind: 'fs'; access: 'read' | 'write'; path: string }
  | { kind: 'env'; name: string }
  | { kind: 'net'; host: string; port: string };

export interface CapabilityScope {
  /** Resolves `//` paths. */
  workspaceRoot: string;
  /** `$NAME` values in fs grants. */
  vars?: Record<string, string>;
}

export function parseCapability(text: string, scope: CapabilityScope): Capability {
  const [kind, ...rest] = text.split(':');
  if (kind === 'fs' && (rest[0] === 'read' || rest[0] === 'write') && rest.length >= 2) {
    return { kind: 'fs', access: rest[0], path: resolveGrantPath(rest.slice(1).join(':'), text, scope) };
  }
  if (kind === 'env' && rest.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(rest[0]!)) {
    return { kind: 'env', name: rest[0]! };
  }
  if (kind === 'net' && rest.length === 2 && rest[0] !== '' && /^(\d+|\*)$/.test(rest[1]!)) {
    return { kind: 'net', host: rest[0]!.toLowerCase(), port: rest[1]! };
  }
  throw new UsageError(
    `capability "${text}" is not one of fs:read:<dir>, fs:write:<dir>, env:<NAME>, net:<host>:<port>`,
  );
}

/** `raw` with `$VAR`s expanded and `//` resolved to the workspace root; undefined when relative. */
function expandPath(
  raw: string,
  scope: CapabilityScope,
  undefinedVar: (name: string) => never,
): string | undefined {
  const expanded = raw.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = scope.vars?.[name];
    return value ?? undefinedVar(name);
  });
  if (expanded.startsWith('//')) return resolve(scope.workspaceRoot, expanded.slice(2));
  return isAbsolute(expanded) ? resolve(expanded) : undefined;
}

function resolveGrantPath(raw: string, text: string, scope: CapabilityScope): string {
  const path = expandPath(raw, scope, (name) => {
    throw new UsageError(`capability "${text}" uses $${name}, which is not defined`);
  });
  if (path === undefined) throw new UsageError(`capability "${text}" needs an absolute or //workspace path`);
  return path;
}

/** Whether `granted` asks for no more than `requested`. */
function covers(requested: Capability, granted: Capability): boolean {
  if (requested.kind === 'fs' && granted.kind === 'fs') {
    return (
      (requested.access === 'write' || granted.access === 'read') && isWithin(granted.path, requested.path)
    );
  }
  if (requested.kind === 'env' && granted.kind === 'env') return requested.name === granted.name;
  if (requested.kind === 'net' && granted.kind === 'net') {
    return requested.host === granted.host && (requested.port === '*' || requested.port === granted.port);
  }
  return false;
}

/** The capabilities one plugin holds, and the checks its host calls go through. */
export class CapabilitySet {
  private constructor(
    readonly plugin: string,
    readonly granted: readonly Capability[],
    private readonly scope: CapabilityScope,
  ) {}

  /**
   * The grants of a `plugin(...)` declaration, each checked against what the manifest requests:
   * a grant can only narrow a request, never widen it.
   */
  static grant(
    plugin: string,
    requested: readonly string[],
    grants: readonly string[],
    scope: CapabilityScope,
  ) {
    const asked = requested.map((text) => parseCapability(text, scope));
    const given = grants.map((text) => {
      const capability = parseCapability(text, scope);
      if (!asked.some((request) => covers(request, capability))) {
        throw new UsageError(
          `grant "${text}" is not covered by the capabilities plugin ${plugin} requests` +
            ` (${requested.length > 0 ? requested.join(', ') : 'none'})`,
          { plugin },
        );
      }
      return capability;
    });
    return new CapabilitySet(plugin, given, scope);
  }

  private deny(what: string, needed: string): never {
    throw new EdoError(`${what} denied: it was granted no capability ${needed}`, {
      plugin: this.plugin,
    });
  }

  /** The real path to use for a file access (absolute, `//workspace` or `$VAR`), when granted. */
  checkPath(path: string, access: 'read' | 'write'): string {
    const expanded = expandPath(path, this.scope, (name) => {
      throw new EdoError(`${access} of "${path}": $${name} is not defined`, { plugin: this.plugin });
    });
    if (expanded === undefined)
      this.deny(
        `${access} of relative path "${path}"`,
        `fs:${access}:<dir> (use absolute or //workspace paths)`,
      );
    const real = realPathOf(expanded);
    const allowed = this.granted.some(
      (grant) =>
        grant.kind === 'fs' &&
        (grant.access === 'write' || access === 'read') &&
        isWithin(real, realPathOf(grant.path)),
    );
    if (!allowed) this.deny(`${access} of ${path}`, `fs:${access}:${dirname(real)} (or a parent)`);
    return real;
  }

  checkEnv(name: string): void {
    if (!this.granted.some((grant) => grant.kind === 'env' && grant.name === name)) {
      this.deny(`reading environment variable ${name}`, `env:${name}`);
    }
  }

  checkNet(url: URL): void {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      this.deny(`request to ${url.href}`, 'http(s) URLs only');
    const allowed = this.granted.some(
      (grant) => grant.kind === 'net' && grant.host === host && (grant.port === '*' || grant.port === port),
    );
    if (!allowed) this.deny(`connection to ${host}:${port}`, `net:${host}:${port}`);
  }
}
