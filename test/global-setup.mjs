// Builds the local test images once per run when a Docker engine answers (no registry pulls here).
// Plain JS: jest loads globalSetup outside its module mapper. Whether a missing engine is an error
// is decided by each Docker-backed suite through test/helpers/docker.ts.
import { execFileSync } from 'node:child_process';
import Docker from 'dockerode';

export default async function globalSetup() {
  try {
    await new Docker().ping();
  } catch {
    return;
  }
  execFileSync('bash', ['scripts/test-images.sh'], { stdio: 'inherit' });
}
