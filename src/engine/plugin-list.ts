import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EdoError } from '../model/errors.js';
import { parsePluginDeclaration } from '../plugin/declaration.js';
import { readManifest, type PluginManifest } from '../plugin/manifest.js';
import { LocalStore } from '../storage/local-store.js';
import { LockFile } from '../vendor/lock.js';
import { findPackages } from './evaluate.js';
import { scanPluginDeclarations, type ScannedPlugin } from './plugin-scan.js';
import { ignoredDirectories, type WorkspacePaths } from './workspace.js';
import { obtainPluginBytes, pluginLockKey, pluginPinSatisfies } from './plugins.js';

/** One `plugin(...)` declaration as `edo plugin list` shows it. */
export interface ListedPlugin {
  name: string;
  /** The declaring label, also its edo.lock.json key. */
  label: string;
  /** `file:line:col` of the declaration. */
  declaredAt: string;
  /** The `source` alternatives, in the order they are tried. */
  sources: string[];
  /** The alternative that yields the component now (a file, or a remote one already in the store). */
  resolved?: string;
  /** What edo.lock.json pins, if it has an entry. */
  locked?: { source: string; digest: string };
  /** The pinned digest, else the digest of the resolved file. */
  digest?: string;
  manifest?: Pick<PluginManifest, 'version' | 'interface' | 'provides' | 'capabilities'> & {
    rules: string[];
  };
  /** Why something is missing, or what a build would refuse. */
  problems: string[];
}

/**
 * The plugins the workspace declares, from the syntactic scan, the lock file and the component
 * files' embedded manifests: nothing is instantiated, no plugin worker starts, nothing is fetched.
 * A remote source already fetched (its pinned digest in the local store) is read from the store.
 */
export async function listWorkspacePlugins(paths: WorkspacePaths): Promise<ListedPlugin[]> {
  // Read-only: `locked` mode never writes the lock file; the store is opened only if it exists.
  const lock = await LockFile.open(paths.root, { mode: 'locked' });
  const store = existsSync(join(paths.store, 'oci-layout')) ? await LocalStore.open(paths.store) : undefined;
  const listed: ListedPlugin[] = [];
  for (const scanned of scanPluginDeclarations(
    paths.root,
    findPackages(paths.root, ignoredDirectories(paths.root)),
  )) {
    listed.push(await listPlugin(paths.root, scanned, lock, store));
  }
  return listed;
}

async function listPlugin(
  root: string,
  scanned: ScannedPlugin,
  lock: LockFile,
  store: LocalStore | undefined,
): Promise<ListedPlugin> {
  const declaration = parsePluginDeclaration(scanned.node);
  const label = pluginLockKey(scanned.pkg, declaration.name);
  const { file, line, col } = scanned.node.position;
  const entry = lock.get(label);
  const locked = entry?.kind === 'plugin' ? { source: entry.source, digest: entry.digest } : undefined;
  const listed: ListedPlugin = {
    name: declaration.name,
    label,
    declaredAt: `${file}:${line}:${col}`,
    sources: declaration.sources,
    ...(locked && { locked, digest: locked.digest }),
    problems: [],
  };
  // A pin the declaration no longer matches is re-resolved by the next build, not enforced.
  const current =
    entry !== undefined && pluginPinSatisfies(entry, root, scanned, declaration) ? entry : undefined;
  const obtained = await obtainPluginBytes({
    root,
    scanned,
    declaration,
    ...(store && { store }),
    ...(current && { locked: current }),
  });
  if (obtained.where === undefined) {
    listed.problems.push('no source could be used', ...obtained.reasons);
    return listed;
  }
  listed.resolved = obtained.fromStore ? `${obtained.where} (from the local store)` : obtained.where;
  const digest = obtained.digest;
  listed.digest ??= digest;
  if (locked && !current) {
    listed.problems.push(
      `edo.lock.json pins ${locked.source}, which the declaration no longer matches: the next build re-pins it`,
    );
  } else if (locked && locked.digest !== digest) {
    listed.problems.push(
      `${obtained.where} has ${digest}, but edo.lock.json pins ${locked.digest}: a build refuses it`,
    );
  }
  try {
    const {
      version,
      interface: targeted,
      provides,
      rules,
      capabilities,
    } = readManifest(obtained.bytes, declaration.name);
    listed.manifest = { version, interface: targeted, provides, rules: Object.keys(rules), capabilities };
  } catch (err) {
    if (!(err instanceof EdoError)) throw err;
    listed.problems.push(err.message);
  }
  return listed;
}
