import { UsageError } from '../model/errors.js';
import { didYouMean } from '../model/names.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { RuleSchema } from './rules.js';
import type { WorkspacePaths } from './workspace.js';

/** One target: a rule call of a build file. */
export interface TargetDeclaration {
  readonly node: DeclarationNode;
  readonly schema: RuleSchema;
  /** Canonical labels of the targets it depends on. */
  readonly deps: readonly string[];
}

/**
 * Everything the build files declare. Workspace-level declarations (`storage_backend`,
 * `environment_farm`, `build_config`, `vendor`) are keyed by their global name; their node's `kind` is the
 * component kind (`local`, `docker`, ...).
 */
export interface WorkspaceModel {
  readonly paths: WorkspacePaths;
  readonly packages: readonly string[];
  readonly targets: ReadonlyMap<string, TargetDeclaration>;
  readonly farms: ReadonlyMap<string, DeclarationNode>;
  readonly backends: ReadonlyMap<string, DeclarationNode>;
  readonly configs: ReadonlyMap<string, DeclarationNode>;
  /** `vendor(name, kind, ...)` declarations; the node's kind is the vendor kind (`npm`, `oci`). */
  readonly vendors: ReadonlyMap<string, DeclarationNode>;
  /** Build files and `.star` files read, workspace-relative: what a watcher or cache would track. */
  readonly files: readonly string[];
  /**
   * Packages whose BUILD.edo failed to evaluate, with the error: as in Bazel, a command fails on
   * one only when it needs it (a target in it, a pattern over it), not for a typo elsewhere.
   */
  readonly brokenPackages: ReadonlyMap<string, UsageError>;
}

export interface BuildConfig {
  readonly name: string;
  /** A storage_backend name, or undefined for the workspace's local store. */
  readonly buildCache?: string;
  readonly remoteCaches: readonly string[];
  readonly writeBack: boolean;
  readonly defaultFarm: string;
  readonly jobs?: number;
}

export const DEFAULT_CONFIG: BuildConfig = {
  name: 'default',
  remoteCaches: [],
  writeBack: false,
  defaultFarm: 'local',
};

/** The build config: `--config NAME`, else `default` when declared, else the defaults. */
export function selectConfig(model: WorkspaceModel, name: string | undefined): BuildConfig {
  const node = model.configs.get(name ?? 'default');
  if (!node) {
    if (name === undefined || name === 'default') return DEFAULT_CONFIG;
    const known = [...model.configs.keys()].sort().join(', ') || 'none declared';
    throw new UsageError(`no build_config named "${name}" (known: ${known})`);
  }
  const attrs = node.attrs;
  const jobs = attrs.jobs as NodeValue | undefined;
  return {
    name: node.name,
    buildCache: (attrs.build_cache as string | null | undefined) ?? undefined,
    remoteCaches: (attrs.remote_caches as string[] | undefined) ?? [],
    writeBack: attrs.write_back === true,
    defaultFarm: (attrs.default_farm as string | undefined) ?? DEFAULT_CONFIG.defaultFarm,
    jobs: typeof jobs === 'number' ? jobs : typeof jobs === 'bigint' ? Number(jobs) : undefined,
  };
}

/**
 * Refuses a `build_config` that names a farm or storage backend the workspace does not declare,
 * or a `jobs` that is not a positive integer: every config, used or not, when the workspace is read.
 */
export function checkConfigs(model: WorkspaceModel): void {
  for (const node of model.configs.values()) {
    const fail = (message: string): never => {
      throw new UsageError(`build_config "${node.name}": ${message}`, { position: node.position });
    };
    const { jobs, default_farm: farm, build_cache: cache, remote_caches: remotes } = node.attrs;
    if (jobs !== undefined && jobs !== null && !(Number(jobs) >= 1 && Number.isInteger(Number(jobs))))
      fail(`jobs must be a positive integer, not ${String(jobs)}`);
    const farms = ['local', ...model.farms.keys()];
    if (typeof farm === 'string' && !farms.includes(farm))
      fail(`default_farm "${farm}" is no environment_farm${didYouMean(farm, farms)}`);
    for (const backend of [cache, ...((remotes as string[] | undefined) ?? [])]) {
      if (typeof backend === 'string' && !model.backends.has(backend))
        fail(`"${backend}" is no storage_backend${didYouMean(backend, model.backends.keys())}`);
    }
  }
}
