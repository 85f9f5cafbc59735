import { join } from 'node:path';
import { atDeclaration, EdoError, networkReason, UsageError } from '../model/errors.js';
import { formatLabel } from '../model/label.js';
import type { Log } from '../model/log.js';
import type { NodeValue } from '../model/node.js';
import { parsePluginDeclaration, type PluginDeclaration } from '../plugin/declaration.js';
import {
  fetchPluginSource,
  missingFileReason,
  parsePluginSource,
  type PluginFetchContext,
  type PluginSource,
  readPluginFile,
} from '../plugin/distribution.js';
import { PluginManager } from '../plugin/manager.js';
import { readManifest } from '../plugin/manifest.js';
import { LocalStore } from '../storage/local-store.js';
import { FileDigestCache } from '../source/digest-cache.js';
import { ChecksumMismatch } from '../source/url.js';
import type { LockEntry, LockFile } from '../vendor/lock.js';
import { sha256Digest } from '../model/digest.js';
import type { ComponentRegistry } from './components.js';
import type { RuleRegistry } from './rules.js';
import type { ScannedPlugin } from './plugin-scan.js';
import type { WorkspacePaths } from './workspace.js';

/** The bytes of a plugin's component, and the `source` alternative that gave them. */
export interface ObtainedPlugin {
  /** The alternative: a canonical file label, or the remote source as written. */
  where: string;
  bytes: Buffer;
  /** `sha256:<hex>` of the bytes, computed once: a 14 MB component costs ≈ 30 ms a hash. */
  digest: string;
  /** What pins a remote alternative beyond its text (an npm version, an OCI manifest digest). */
  pin?: NodeValue;
  /** True when the bytes came from the local store rather than the alternative itself. */
  fromStore: boolean;
}

export interface ObtainPluginOptions {
  root: string;
  /** Remembers workspace files' digests by their signature (a build's; `edo plugin list` hashes). */
  fileDigests?: FileDigestCache;
  scanned: ScannedPlugin;
  declaration: PluginDeclaration;
  /** The local store, when it exists: remote alternatives whose digest is known are read from it. */
  store?: LocalStore;
  /** The lock's entry for this plugin, when it pins one: the bytes must have its digest. */
  locked?: LockEntry;
  /** How to fetch remote alternatives (into `store`); without it (edo plugin list) nothing is fetched. */
  fetch?: Pick<PluginFetchContext, 'tempRoot' | 'lock' | 'log' | 'env'>;
}

/** A workspace file's bytes and `sha256:` digest, remembered by the file's signature given a cache. */
async function readWorkspacePlugin(
  source: Extract<PluginSource, { kind: 'file' }>,
  cache: FileDigestCache | undefined,
): Promise<{ bytes: Buffer; digest: string } | undefined> {
  if (!cache) {
    const bytes = readPluginFile(source);
    return bytes && { bytes, digest: sha256Digest(bytes) };
  }
  const read = await cache.read(source.path, () => readPluginFile(source));
  return read && { bytes: read.bytes, digest: `sha256:${read.digest}` };
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
  return err instanceof EdoError ? err.message : networkReason(err);
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
      const read = await readWorkspacePlugin(source, options.fileDigests);
      if (read !== undefined) return { where: source.label, ...read, fromStore: false };
      reasons.push(missingFileReason(source));
      continue;
    }
    const pin = locked?.source === source.text ? locked.node : undefined;
    if (wanted !== undefined && (await store?.hasBlob(wanted))) {
      // readBlob verified the bytes against `wanted`.
      const bytes = await store!.readBlob(wanted);
      return {
        where: source.text,
        bytes,
        digest: wanted,
        fromStore: true,
        ...(pin !== undefined && { pin }),
      };
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
      return { where: source.text, ...fetched, digest: sha256Digest(fetched.bytes), fromStore: false };
    } catch (err) {
      if (err instanceof ChecksumMismatch) {
        throw new UsageError(`${source.text}: ${err.message}; refusing to load it`, {
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
  const got = obtained.digest;
  const where = { plugin: declaration.name, position: scanned.node.position };
  if (locked !== undefined && got !== locked.digest) {
    const key = pluginLockKey(scanned.pkg, declaration.name);
    throw new UsageError(
      `${obtained.where} has ${got}, but edo.lock.json pins ${locked.digest}; refusing to load it (run \`edo update ${key}\` if the change is intended)`,
      where,
    );
  }
  const declared = declaredDigest(declaration);
  if (declared !== undefined && got !== declared) {
    throw new UsageError(
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
  /** Where plugins' messages and fetch progress go. */
  log: Log;
  startWorkers: 'load' | 'first-call';
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
    startWorkers: options.startWorkers,
    ...(options.env.EDO_PLUGIN_CACHE && { cacheDir: options.env.EDO_PLUGIN_CACHE }),
    log: options.log,
  });
  try {
    const store = await LocalStore.open(paths.store);
    const fileDigests = FileDigestCache.ofWorkspace(paths.state);
    const fetch = {
      tempRoot: join(paths.state, 'tmp'),
      lock,
      log: options.log,
      env: options.env,
    };
    for (const declared of scanned) {
      const declaration = parsePluginDeclaration(declared.node);
      const key = pluginLockKey(declared.pkg, declaration.name);
      const obtain = async (locked: LockEntry | undefined): Promise<ObtainedPlugin> => {
        const obtained = await obtainPluginBytes({
          root: paths.root,
          fileDigests,
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
        throw new Failure('no source could be used', {
          position: declared.node.position,
          plugin: declaration.name,
          details: obtained.reasons.map((reason) => `  ${reason}`),
        });
      };
      // The plugin host knows the plugin, not the build file.
      const placeError = (error: unknown): never => {
        throw atDeclaration(error, declared.node.position, { plugin: declaration.name });
      };
      const placed = <T>(work: () => T): T => {
        try {
          return work();
        } catch (error) {
          return placeError(error);
        }
      };
      let fresh: ObtainedPlugin | undefined;
      const entry = await lock.pin(key, {
        satisfies: (e) => pluginPinSatisfies(e, paths.root, declared, declaration),
        resolve: async () => {
          fresh = await obtain(undefined);
          const manifest = placed(() => readManifest(fresh!.bytes, declaration.name));
          return {
            kind: 'plugin',
            name: manifest.name,
            version: manifest.version,
            source: fresh.where,
            digest: fresh.digest,
            ...(fresh.pin !== undefined && { node: fresh.pin }),
          };
        },
        requiredBy: key,
      });
      const { bytes, fromStore } = fresh ?? (await obtain(entry));
      if (!fromStore) await store.writeBlob(bytes, entry.digest);
      const plugin = await manager
        .loadPlugin({
          name: declaration.name,
          bytes,
          // Equal to the pin: refuseDigestMismatch checked the bytes' digest against it.
          computedDigest: entry.digest,
          ...(declaration.sha256 !== undefined && { sha256: declaration.sha256 }),
          ...(declaration.version !== undefined && { version: declaration.version }),
          capabilities: declaration.capabilities,
          limits: declaration.limits,
          config: declaration.config,
        })
        .catch(placeError);
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
