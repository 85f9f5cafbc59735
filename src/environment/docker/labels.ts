import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Labels on every container and volume Edo creates, so leftovers can always be found and reaped. */
export const LABEL_WORKSPACE = 'edo.workspace';
export const LABEL_BUILD = 'edo.build';
export const LABEL_TARGET = 'edo.target';

/** One build = one edo process: its containers share this id unless the engine passes its own. */
export const PROCESS_BUILD_ID = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;

export interface ResourceLabels {
  workspace: string;
  build: string;
  target: string;
}

export function labelsOf({ workspace, build, target }: ResourceLabels): Record<string, string> {
  return { [LABEL_WORKSPACE]: workspace, [LABEL_BUILD]: build, [LABEL_TARGET]: target };
}
