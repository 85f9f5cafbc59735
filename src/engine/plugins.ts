import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EdoError, UsageError, type SourcePosition } from '../model/errors.js';
import { formatLabel, LabelSyntaxError, parseLabel } from '../model/label.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { parsePluginDeclaration, type PluginDeclaration } from '../plugin/declaration.js';
import { PluginManager } from '../plugin/manager.js';
import { readManifest } from '../plugin/manifest.js';
import { parseFile, StarlarkError, topLevelCalls, type Expr } from '../starlark/index.js';
import { LocalStore } from '../storage/local-store.js';
import type { LockFile } from '../vendor/lock.js';
import { sha256Hex } from './cache-key.js';
import type { ComponentRegistry } from './components.js';
import type { RuleRegistry } from './rules.js';
import { BUILD_FILE, WORKSPACE_FILE, type WorkspacePaths } from './workspace.js';

/** How a build file's path reads in positions: relative to where edo was started, as the evaluator does. */
function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Starlark string literals hold UTF-8 bytes, one char per byte. */
function decodeString(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * The value of a literal expression: `plugin(...)` is read before evaluation, so its arguments
 * must be written out (strings, numbers, booleans, None, lists, tuples, dicts).
 */
function literalValue(expr: Expr, what: string, position: SourcePosition): NodeValue {
  const at = { ...position, line: expr.line, col: expr.col };
  switch (expr.kind) {
    case 'Literal':
      if (typeof expr.value === 'string') return decodeString(expr.value);
      if (typeof expr.value === 'number' || typeof expr.value === 'bigint') return expr.value;
      break;
    case 'Ident':
      if (expr.name === 'True') return true;
      if (expr.name === 'False') return false;
      if (expr.name === 'None') return null;
      break;
    case 'Paren':
      return literalValue(expr.x, what, position);
    case 'List':
    case 'Tuple':
      return expr.elems.map((e) => literalValue(e, what, position));
    case 'Dict': {
      const out: Record<string, NodeValue> = {};
      for (const [k, v] of expr.entries) {
        const key = literalValue(k, what, position);
        if (typeof key !== 'string')
          throw new UsageError(`${what}: dict keys must be strings`, { position: at });
        out[key] = literalValue(v, what, position);
      }
      return out;
    }
    default:
      break;
  }
  throw new UsageError(
    `${what} must be a literal value: plugin(...) declarations are read before the build files are evaluated`,
    { position: at },
  );
}

/** A top-level `plugin(...)` call, read without evaluating its file. */
export interface ScannedPlugin {
  /** The package of the file declaring it ('' for WORKSPACE.edo and the root BUILD.edo). */
  pkg: string;
  node: DeclarationNode;
}

/**
 * The syntactic pre-pass: every top-level `plugin(...)` call of WORKSPACE.edo and each package's
 * BUILD.edo, so that the plugins' components and rule kinds exist before any file is evaluated (a
 * plugin and its rule kind may then be used in the same file). Files without `plugin(` are not parsed.
 */
export function scanPluginDeclarations(root: string, packages: readonly string[]): ScannedPlugin[] {
  const files: [string, string][] = [
    [join(root, WORKSPACE_FILE), ''],
    ...packages.map((pkg): [string, string] => [join(root, pkg, BUILD_FILE), pkg]),
  ];
  const found: ScannedPlugin[] = [];
  for (const [path, pkg] of files) {
    const source = readFileSync(path, 'latin1');
    if (!source.includes('plugin(')) continue;
    const file = displayPath(path);
    let calls;
    try {
      calls = topLevelCalls(parseFile(file, source), 'plugin');
    } catch (err) {
      // The evaluation reports syntax errors with their traceback.
      if (err instanceof StarlarkError) continue;
      throw err;
    }
    for (const call of calls) {
      const position = { file, line: call.line, col: call.col };
      const attrs: Record<string, NodeValue> = {};
      for (const arg of call.args) {
        if (arg.kind !== 'named' || arg.name === undefined) {
          throw new UsageError('plugin: takes keyword arguments only (name = ..., ...)', { position });
        }
        attrs[arg.name] = literalValue(arg.value, `plugin: attribute ${arg.name}`, position);
      }
      const { name, ...rest } = attrs;
      if (typeof name !== 'string' || name === '') {
        throw new UsageError('plugin: attribute name is required and must be a non-empty string', {
          position,
        });
      }
      found.push({ pkg, node: { kind: 'plugin', name, id: name, attrs: rest, position } });
    }
  }
  return found;
}

/** What kind of place a `source` alternative names, for the ones not supported yet. */
function remoteSourceKind(source: string): string | undefined {
  if (/^git\+|\.git(#|$)/.test(source)) return 'git';
  if (/^https?:\/\//.test(source)) return 'url';
  if (source.startsWith('npm:')) return 'npm';
  if (source.startsWith('oci://') || source.startsWith('docker://')) return 'OCI';
  return undefined;
}

/** Where a plugin's component was found: the first usable `source` alternative, or why none was. */
export type ResolvedPluginSource =
  { where: string; path: string; bytes: Buffer } | { where?: undefined; reasons: string[] };

/** Tries a declaration's `source` alternatives in order; the first naming a workspace file wins. */
export function resolvePluginSource(
  root: string,
  scanned: ScannedPlugin,
  declaration: PluginDeclaration,
): ResolvedPluginSource {
  const reasons: string[] = [];
  for (const source of declaration.sources) {
    const remote = remoteSourceKind(source);
    if (remote) {
      reasons.push(
        `${source}: ${remote} sources of plugins are not supported yet (use a workspace file label)`,
      );
      continue;
    }
    let label;
    try {
      label = parseLabel(source, scanned.pkg);
    } catch (err) {
      if (err instanceof LabelSyntaxError) {
        reasons.push(err.message);
        continue;
      }
      throw err;
    }
    const path = join(root, label.pkg, label.name);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
      reasons.push(`${formatLabel(label)}: no such file ${displayPath(path)}`);
      continue;
    }
    return { where: formatLabel(label), path, bytes: readFileSync(path) };
  }
  return { reasons };
}

/** The first `source` alternative that yields the component's bytes, with where it was found. */
function fetchPluginBytes(
  paths: WorkspacePaths,
  scanned: ScannedPlugin,
  declaration: PluginDeclaration,
): { where: string; bytes: Buffer } {
  const resolved = resolvePluginSource(paths.root, scanned, declaration);
  if (resolved.where !== undefined) return resolved;
  throw new UsageError(`plugin "${declaration.name}": no source could be used`, {
    position: scanned.node.position,
    details: resolved.reasons,
  });
}

/** A plugin's entry in edo.lock.json: its declaring label, `//pkg:name`. */
export function pluginLockKey(pkg: string, name: string): string {
  return formatLabel({ pkg, name });
}

export interface WorkspacePluginsOptions {
  paths: WorkspacePaths;
  /** What `scanPluginDeclarations` found. */
  declared: readonly ScannedPlugin[];
  components: ComponentRegistry;
  rules: RuleRegistry;
  lock: LockFile;
  /** Filled with rule kind → plugin digest, for the cache keys of the targets plugins implement. */
  pluginDigests: Map<string, string>;
  env: NodeJS.ProcessEnv;
}

/**
 * Loads every plugin the workspace declares (seed 7.1–7.3): resolve `source` alternatives in
 * order, store the component in the local store, pin its digest in edo.lock.json (a mismatch with
 * the lock or with `sha256 = ...` refuses it), load it and register its components and rule kinds.
 * Returns the manager to close at the end of the command, or undefined when there are no plugins.
 */
export async function loadWorkspacePlugins(
  options: WorkspacePluginsOptions,
): Promise<PluginManager | undefined> {
  const { paths, lock, declared: scanned } = options;
  if (scanned.length === 0) return undefined;
  const manager = new PluginManager({
    workspaceRoot: paths.root,
    ...(options.env.EDO_PLUGIN_CACHE && { cacheDir: options.env.EDO_PLUGIN_CACHE }),
    log: { write: (data) => process.stderr.write(data) },
  });
  try {
    const store = await LocalStore.open(paths.store);
    for (const declared of scanned) {
      const declaration = parsePluginDeclaration(declared.node);
      const { where, bytes } = fetchPluginBytes(paths, declared, declaration);
      const digest = `sha256:${sha256Hex(bytes)}`;
      const key = pluginLockKey(declared.pkg, declaration.name);
      const entry = await lock.pin(key, {
        satisfies: (e) => e.kind === 'plugin' && e.source === where,
        resolve: async () => {
          const manifest = readManifest(bytes, declaration.name);
          return { kind: 'plugin', name: manifest.name, version: manifest.version, source: where, digest };
        },
        requiredBy: key,
      });
      if (entry.digest !== digest) {
        throw new EdoError(
          `${where} has ${digest}, but edo.lock.json pins ${entry.digest}; refusing to load it (run \`edo update ${key}\` if the change is intended)`,
          { plugin: declaration.name, position: declared.node.position },
        );
      }
      await store.writeBlob(bytes, digest);
      const plugin = await manager.loadPlugin({
        name: declaration.name,
        bytes,
        ...(declaration.sha256 !== undefined && { sha256: declaration.sha256 }),
        ...(declaration.version !== undefined && { version: declaration.version }),
        capabilities: declaration.capabilities,
        limits: declaration.limits,
        config: declaration.config,
      });
      manager.registerComponents(plugin, options.components);
      manager.registerRules(plugin, options.rules);
      for (const rule of Object.keys(plugin.manifest.rules)) options.pluginDigests.set(rule, plugin.digest);
    }
  } catch (err) {
    await manager.close();
    throw err;
  }
  return manager;
}
