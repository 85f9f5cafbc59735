import type { Log } from '../../model/log.js';
import type { DeclarationNode } from '../../model/node.js';
import type { StorageManager } from '../../storage/types.js';
import { declarationAttributes } from '../../model/declaration-attributes.js';
import { makeScratchDir } from '../scratch-dirs.js';
import type { Environment, Farm } from '../types.js';
import { LocalEnvironment } from './environment.js';

/** Host variables a local environment sees by default; everything else is cleared. */
export const DEFAULT_PASS_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'] as const;

/** What a `local` farm's declaration may set. */
const LOCAL_FARM_ATTRS = ['env', 'pass_env'];

/** Prefix of every local environment's temp directory, so leftovers of a crash are recognisable. */
export const LOCAL_ENV_PREFIX = 'edo-env-';

/**
 * The `local` farm: each environment is a fresh temp directory on the host, commands run with
 * `/bin/sh` and a cleared environment (an allowlist of host variables plus the farm's `env`),
 * `HOME` and `TMPDIR` inside the temp dir. Not hermetic: the host's tools and files are reachable.
 */
export class LocalFarm implements Farm {
  private readonly variables: Record<string, string>;

  constructor(node: DeclarationNode, hostEnv: NodeJS.ProcessEnv = process.env) {
    const { strList, strDict } = declarationAttributes(node, 'environment_farm', LOCAL_FARM_ATTRS);
    const passEnv = strList('pass_env') ?? [...DEFAULT_PASS_ENV];
    const passed: Record<string, string> = {};
    for (const name of passEnv) {
      const value = hostEnv[name];
      if (value !== undefined) passed[name] = value;
    }
    this.variables = { ...passed, ...strDict('env') };
  }

  async setup(_log: Log, _storage: StorageManager): Promise<void> {}

  async create(_log: Log, path: string): Promise<Environment> {
    const root = await makeScratchDir(LOCAL_ENV_PREFIX, path);
    return new LocalEnvironment(root, this.variables);
  }

  async identity(): Promise<Record<string, unknown>> {
    return { kind: 'local', platform: process.platform, arch: process.arch, env: this.variables };
  }
}
