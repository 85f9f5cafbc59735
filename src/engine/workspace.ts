import { readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { UsageError } from '../model/errors.js';

export const WORKSPACE_FILE = 'WORKSPACE.edo';
export const BUILD_FILE = 'BUILD.edo';
/** Edo's own state (store, logs, locks) in a workspace. */
export const STATE_DIR = '.edo';
/** The workspace's list of directories that are never searched (Bazel's `.bazelignore`). */
export const IGNORE_FILE = '.edoignore';

/** Directories never searched, wherever they are: for packages, by glob, by `edo fmt`. */
export function neverSearched(name: string): boolean {
  return name === STATE_DIR || name === '.git' || name === 'node_modules';
}

/**
 * The directories `.edoignore` names: one workspace-relative path a line, `#` starting a comment.
 * They are never searched either (a large build-output tree of another tool, say): files in them
 * can still be named one by one.
 */
export function ignoredDirectories(root: string): Set<string> {
  const file = join(root, IGNORE_FILE);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return new Set();
  const ignored = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/#.*/, '').trim();
      if (line === '') return;
      const path = posix.normalize(line).replace(/^\.\/|\/$/g, '');
      if (path.startsWith('/') || path === '..' || path.startsWith('../') || path === '.') {
        throw new UsageError(`${IGNORE_FILE}: "${line}" is not a directory inside the workspace`, {
          position: { file: relative(process.cwd(), file) || IGNORE_FILE, line: index + 1, col: 1 },
        });
      }
      ignored.add(path);
    });
  return ignored;
}

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
