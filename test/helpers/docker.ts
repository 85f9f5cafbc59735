import Docker from 'dockerode';
import { failsForMissing } from './missing.js';

/**
 * Every Docker-backed test gets its engine from here. On a developer machine without Docker the
 * suite is skipped with a visible reason; with EDO_REQUIRE_DOCKER=1 (CI) a missing engine is a failure.
 */
export interface DockerForTests {
  docker: Docker | undefined;
  /** Why Docker is unavailable, when it is. */
  reason?: string;
}

/** The busybox image .ci/run (and scripts/test-images.sh) builds locally; no registry is reachable. */
export const TEST_IMAGE = 'edo-test/busybox:1';
/** The same with dash as /bin/sh, as in Debian and Ubuntu images (scripts/test-images.sh). */
export const DASH_IMAGE = 'edo-test/dash:1';

export async function connectDocker(): Promise<DockerForTests> {
  const docker = new Docker();
  try {
    await docker.ping();
    return { docker };
  } catch (err) {
    const reason = `no Docker engine answers (${(err as Error).message})`;
    if (process.env.EDO_REQUIRE_DOCKER === '1') {
      throw new Error(`EDO_REQUIRE_DOCKER=1 but ${reason}`, { cause: err });
    }
    return { docker: undefined, reason };
  }
}

/** `describe` when Docker is there, otherwise a block whose one test fails saying why. */
export async function describeWithDocker(name: string, body: (docker: Docker) => void): Promise<void> {
  const { docker, reason } = await connectDocker();
  if (docker) {
    describe(name, () => body(docker));
  } else {
    describe(name, () => failsForMissing('a Docker engine', reason));
  }
}

/** Fails when a test image is missing, naming the script that builds it. */
export async function requireTestImage(docker: Docker, image = TEST_IMAGE): Promise<void> {
  try {
    await docker.getImage(image).inspect();
  } catch {
    throw new Error(`test image ${image} is missing: run 'bash scripts/test-images.sh'`);
  }
}

/**
 * The ids of containers with all of `labels`, once the engine is done removing them: Edo leaves
 * the removal of a container whose work is over to the engine (AutoRemove), which takes it a
 * moment later. Waits up to 10 s for none to be left, and returns those that still are.
 */
export async function containersLeft(docker: Docker, labels: string[]): Promise<string[]> {
  const filters = JSON.stringify({ label: labels });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ids = (await docker.listContainers({ all: true, filters })).map((c) => c.Id);
    if (ids.length === 0 || Date.now() > deadline) return ids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
