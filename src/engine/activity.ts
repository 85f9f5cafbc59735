import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isOwnerAlive, ownerLine } from '../storage/lock.js';

/**
 * Which edo processes use a workspace's state: each command that opens the workspace leaves a
 * file under `.edo/active/` while it runs, so `edo clean` does not pull the store from under a
 * build. A killed process leaves its file; it is ignored (and removed) once the process is gone.
 */
const ACTIVE_DIR = 'active';

/** Marks this process as using `stateDir`; the returned function unmarks it. */
export function markActive(stateDir: string): () => void {
  const dir = join(stateDir, ACTIVE_DIR);
  const file = join(dir, String(process.pid));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, ownerLine());
  } catch {
    // A read-only workspace: commands that only read it still run, unmarked.
    return () => undefined;
  }
  return () => rmSync(file, { force: true });
}

/** The pids of other live edo processes using `stateDir`. */
export function otherActiveProcesses(stateDir: string): number[] {
  const dir = join(stateDir, ACTIVE_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const others: number[] = [];
  for (const name of names) {
    if (name === String(process.pid)) continue;
    const file = join(dir, name);
    let owner: string;
    try {
      owner = readFileSync(file, 'utf8');
    } catch {
      continue; // removed by its process meanwhile
    }
    if (isOwnerAlive(owner)) others.push(Number(name));
    else rmSync(file, { force: true });
  }
  return others;
}
