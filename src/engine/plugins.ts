import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EdoError, UsageError, type SourcePosition } from '../model/errors.js';
import { formatLabel } from '../model/label.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { parsePluginDeclaration, type PluginDeclaration } from '../plugin/declaration.js';
import {
  fetchPluginSource,
  missingFileReason,
  parsePluginSource,
  type PluginFetchContext,
  readPluginFile,
} from '../plugin/distribution.js';
import { PluginManager } from '../plugin/manager.js';
import { readManifest } from '../plugin/manifest.js';
import { parseFile, StarlarkError, topLevelCalls, type Expr } from '../starlark/index.js';
import { LocalStore } from '../storage/local-store.js';
import { ChecksumMismatch } from '../source/url.js';
import type { LockEntry, LockFile } from '../vendor/lock.js';
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

/** The bytes of a plugin's component, and the `source` alternative that gave them. */
export interface ObtainedPlugin {
  /** The alternative: a canonical file label, or the remote source as written. */
  where: string;
  bytes: Buffer;
  /** What pins a remote alternative beyond its text (an npm version, an OCI manifest digest). */
  pin?: NodeValue;
  /** True when the bytes came from the local store rather than the alternative itself. */
  fromStore: boolean;
}

export interface ObtainPluginOptions {
  root: string;
  scanned: ScannedPlugin;
  declaration: PluginDeclaration;
  /** The local store, when it exists: remote alternatives whose digest is known are read from it. */
  store?: LocalStore;
  /** The lock's entry for this plugin, when it pins one: the bytes must have its digest. */
  locked?: LockEntry;
  /** How to fetch remote alternatives (into `store`); without it (edo plugin list) nothing is fetched. */
  fetch?: Pick<PluginFetchContext, 'tempRoot' | 'lock' | 'log' | 'env'>;
}

/** The canonical form of each alternative that parses (labels resolved), as lock entries name them. */
function alternativeNames(root: string, scanned: ScannedPlugin, declaration: PluginDeclaration): string[] {
  return declaration.sources.flatMap((text) => {
    try {
      const source = parsePluginSource(text, root, scanned.pkg);
      return [source.kind === 'file' ? source.label : source.text];
    } catch (err) {
      if (err instanceof UsageError) return [];
      throw err;
    }
  });
}

/**
 * Whether the lock's entry still answers for the declaration: it names one of the alternatives (any
 * of them may give the pinned bytes) and agrees with `sha256 = ...`; else the plugin is re-resolved.
 */
export function pluginPinSatisfies(
  entry: LockEntry,
  root: string,
  scanned: ScannedPlugin,
  declaration: PluginDeclaration,
): boolean {
  const declared = declaredDigest(declaration);
  return (
    entry.kind === 'plugin' &&
    alternativeNames(root, scanned, declaration).includes(entry.source) &&
    (declared === undefined || entry.digest === declared)
  );
}

/** `sha256:<hex>` of the declaration's `sha256 = ...`, if it has one. */
function declaredDigest(declaration: PluginDeclaration): string | undefined {
  return declaration.sha256 === undefined
    ? undefined
    : `sha256:${declaration.sha256.replace(/^sha256:/, '')}`;
}

/** Why a remote fetch failed, in one line: undici puts the reason (ECONNREFUSED …) in `cause`. */
function fetchFailure(err: unknown): string {
  if (err instanceof EdoError) return err.message;
  const cause = (err as { cause?: Error }).cause;
  return (cause ?? (err as Error)).message;
}

/**
 * Tries a declaration's `source` alternatives in order (seed 4.2, 7.2): a workspace file is read;
 * a remote one is read from the store when the digest it must have (lock pin or `sha256 = ...`) is
 * there, else fetched through the source layer. A download whose checksum differs from that digest
 * is refused at once (a tampered mirror is not a reason to try the next); any other failure moves
 * on to the next alternative. Returns the reasons when none gives bytes. The caller checks the
 * bytes against the pins with `refuseDigestMismatch`.
 */
export async function obtainPluginBytes(
  options: ObtainPluginOptions,
): Promise<ObtainedPlugin | { where?: undefined; reasons: string[]; usage: boolean }> {
  const { root, scanned, declaration, store, locked } = options;
  const wanted = locked?.digest ?? declaredDigest(declaration);
  const reasons: string[] = [];
  let usage = true;
  for (const text of declaration.sources) {
    let source;
    try {
      source = parsePluginSource(text, root, scanned.pkg);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      reasons.push(err.message);
      continue;
    }
    if (source.kind === 'file') {
      const bytes = readPluginFile(source);
      if (bytes !== undefined) return { where: source.label, bytes, fromStore: false };
      reasons.push(missingFileReason(source));
      continue;
    }
    const pin = locked?.source === source.text ? locked.node : undefined;
    if (wanted !== undefined && (await store?.hasBlob(wanted))) {
      const bytes = await store!.readBlob(wanted);
      return { where: source.text, bytes, fromStore: true, ...(pin !== undefined && { pin }) };
    }
    if (options.fetch === undefined || store === undefined) {
      reasons.push(`${source.text}: not in the local store yet (edo build fetches it)`);
      continue;
    }
    try {
      const fetched = await fetchPluginSource(source, {
        ...options.fetch,
        plugin: declaration.name,
        position: scanned.node.position,
        storage: store,
        ...(wanted !== undefined && { wanted }),
        ...(pin !== undefined && { pin }),
      });
      return { where: source.text, ...fetched, fromStore: false };
    } catch (err) {
      if (err instanceof ChecksumMismatch) {
        throw new EdoError(`${source.text}: ${err.message}; refusing to load it`, {
          plugin: declaration.name,
          position: scanned.node.position,
        });
      }
      if (err instanceof UsageError) {
        reasons.push(err.message);
        continue;
      }
      usage = false;
      reasons.push(`${source.text}: ${fetchFailure(err)}`);
    }
  }
  return { reasons, usage };
}

/** Refuses bytes that differ from the lock's pin or from `sha256 = ...`, naming source, wanted and got. */
export function refuseDigestMismatch(
  declaration: PluginDeclaration,
  scanned: ScannedPlugin,
  locked: LockEntry | undefined,
  obtained: ObtainedPlugin,
): void {
  const got = `sha256:${sha256Hex(obtained.bytes)}`;
  const where = { plugin: declaration.name, position: scanned.node.position };
  if (locked !== undefined && got !== locked.digest) {
    const key = pluginLockKey(scanned.pkg, declaration.name);
    throw new EdoError(
      `${obtained.where} has ${got}, but edo.lock.json pins ${locked.digest}; refusing to load it (run \`edo update ${key}\` if the change is intended)`,
      where,
    );
  }
  const declared = declaredDigest(declaration);
  if (declared !== undefined && got !== declared) {
    throw new EdoError(
      `${obtained.where} has ${got}, but the declaration's sha256 pins ${declared}; refusing to load it`,
      where,
    );
  }
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
    const fetch = {
      tempRoot: join(paths.state, 'tmp'),
      lock,
      log: { write: (data: string | Uint8Array) => process.stderr.write(data) },
      env: options.env,
    };
    for (const declared of scanned) {
      const declaration = parsePluginDeclaration(declared.node);
      const key = pluginLockKey(declared.pkg, declaration.name);
      const obtain = async (locked: LockEntry | undefined): Promise<ObtainedPlugin> => {
        const obtained = await obtainPluginBytes({
          root: paths.root,
          scanned: declared,
          declaration,
          store,
          fetch,
          ...(locked && { locked }),
        });
        if (obtained.where !== undefined) {
          refuseDigestMismatch(declaration, declared, locked, obtained);
          return obtained;
        }
        const Failure = obtained.usage ? UsageError : EdoError;
        throw new Failure(`plugin "${declaration.name}": no source could be used`, {
          position: declared.node.position,
          details: obtained.reasons,
        });
      };
      let fresh: ObtainedPlugin | undefined;
      const entry = await lock.pin(key, {
        satisfies: (e) => pluginPinSatisfies(e, paths.root, declared, declaration),
        resolve: async () => {
          fresh = await obtain(undefined);
          const manifest = readManifest(fresh.bytes, declaration.name);
          return {
            kind: 'plugin',
            name: manifest.name,
            version: manifest.version,
            source: fresh.where,
            digest: `sha256:${sha256Hex(fresh.bytes)}`,
            ...(fresh.pin !== undefined && { node: fresh.pin }),
          };
        },
        requiredBy: key,
      });
      const { bytes, fromStore } = fresh ?? (await obtain(entry));
      if (!fromStore) await store.writeBlob(bytes, entry.digest);
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
