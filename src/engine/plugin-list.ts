import { EdoError } from '../model/errors.js';
import { parsePluginDeclaration } from '../plugin/declaration.js';
import { readManifest, type PluginManifest } from '../plugin/manifest.js';
import { LockFile } from '../vendor/lock.js';
import { sha256Hex } from './cache-key.js';
import { findPackages } from './evaluate.js';
import { pluginLockKey, resolvePluginSource, scanPluginDeclarations } from './plugins.js';
import type { WorkspacePaths } from './workspace.js';

/** One `plugin(...)` declaration as `edo plugin list` shows it. */
export interface ListedPlugin {
  name: string;
  /** The declaring label, also its edo.lock.json key. */
  label: string;
  /** `file:line:col` of the declaration. */
  declaredAt: string;
  /** The `source` alternatives, in the order they are tried. */
  sources: string[];
  /** The alternative that yields a file now, if any. */
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
 * files' embedded manifests: nothing is instantiated, no plugin worker starts.
 */
export async function listWorkspacePlugins(paths: WorkspacePaths): Promise<ListedPlugin[]> {
  // Read-only: `locked` mode never writes the lock file.
  const lock = await LockFile.open(paths.root, { mode: 'locked' });
  return scanPluginDeclarations(paths.root, findPackages(paths.root)).map((scanned) => {
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
    const resolved = resolvePluginSource(paths.root, scanned, declaration);
    if (resolved.where === undefined) {
      listed.problems.push('no source could be used', ...resolved.reasons);
      return listed;
    }
    listed.resolved = resolved.where;
    const fileDigest = `sha256:${sha256Hex(resolved.bytes)}`;
    listed.digest ??= fileDigest;
    if (locked?.source === resolved.where && locked.digest !== fileDigest) {
      listed.problems.push(
        `${resolved.where} has ${fileDigest}, but edo.lock.json pins ${locked.digest}: a build refuses it`,
      );
    } else if (locked && locked.source !== resolved.where) {
      listed.problems.push(
        `edo.lock.json pins ${locked.source}: the next build re-pins it to ${resolved.where}`,
      );
    }
    try {
      const {
        version,
        interface: targeted,
        provides,
        rules,
        capabilities,
      } = readManifest(resolved.bytes, declaration.name);
      listed.manifest = { version, interface: targeted, provides, rules: Object.keys(rules), capabilities };
    } catch (err) {
      if (!(err instanceof EdoError)) throw err;
      listed.problems.push(err.message);
    }
    return listed;
  });
}
