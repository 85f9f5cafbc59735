/**
 * A test that fails, naming the part of the test machine that is missing. Tests never skip:
 * `bash .ci/run` installs and starts everything they need (Docker engine, test images, Node 24,
 * podman); to run only the tests that need none of it, pass jest their paths.
 */
export function failsForMissing(what: string, reason: string | undefined): void {
  it(`needs ${what}`, () => {
    throw new Error(
      `${reason ?? `no ${what}`}: \`bash .ci/run\` installs and starts everything the tests need`,
    );
  });
}
