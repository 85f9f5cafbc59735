import type { Log } from '../model/log.js';
import type { Environment } from './types.js';

/**
 * Removes an environment once its outputs are out. A failure is logged, not thrown: a leftover
 * temp directory or container must not hide the target's own result.
 */
export function removeEnvironment(env: Environment, log: Log): Promise<void> {
  return env
    .clean(log)
    .catch((err: Error) => log.write(`edo: removing the environment failed: ${err.message}\n`));
}
