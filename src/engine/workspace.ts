import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../model/errors.js';

export const WORKSPACE_FILE = 'WORKSPACE.edo';
export const BUILD_FILE = 'BUILD.edo';
/** Edo's own state (store, logs, locks) in a workspace. */
export const STATE_DIR = '.edo';

export interface WorkspacePaths {
  /** The directory holding WORKSPACE.edo. */
  root: string;
  /** `.edo/` under the root. */
  state: string;
  /** The local OCI store: `$EDO_STORE`, else `.edo/store`. */
  store: string;
  logs: string;
}

/** Finds the workspace that contains `dir` by walking up to the nearest WORKSPACE.edo. */
export function findWorkspace(dir: string, env: NodeJS.ProcessEnv = process.env): WorkspacePaths {
  let current = resolve(dir);
  for (;;) {
    if (statSync(join(current, WORKSPACE_FILE), { throwIfNoEntry: false })?.isFile()) {
      return workspacePaths(current, env);
    }
    const parent = dirname(current);
    if (parent === current) {
      throw new UsageError(
        `not inside an edo workspace: no ${WORKSPACE_FILE} in ${resolve(dir)} or above (an empty ${WORKSPACE_FILE} at the root of the repository makes one)`,
      );
    }
    current = parent;
  }
}

export function workspacePaths(root: string, env: NodeJS.ProcessEnv = process.env): WorkspacePaths {
  const state = join(root, STATE_DIR);
  return {
    root,
    state,
    store: env.EDO_STORE ? resolve(root, env.EDO_STORE) : join(state, 'store'),
    logs: join(state, 'logs'),
  };
}
