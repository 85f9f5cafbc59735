import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { runCli } from '../helpers/cli.js';
import { describeWithNode24 } from '../helpers/node24.js';
import { pluginWorkspace } from './plugin-workspace.js';
import { hideActionsDebug } from './quiet.js';
import { resultsEnv, startResultsServer, type ResultsServer } from './results-server.js';
import {
  actionDefaults,
  checkOutAction,
  parseCommandFile,
  phaseEnv,
  REPO,
  runnerFiles,
  runPhase,
  type PhaseResult,
} from './runner.js';

/**
 * Acceptance for edo/build: dist/index.js under Node 24, exactly as a runner starts it, against the
 * local results service. Each run gets a fresh workspace at the same path (a new runner), so
 * whatever run 2 reuses can only have come through the cache service.
 */
const EXAMPLE = join(REPO, 'examples', 'hello');
const EXAMPLE_IN_REPO = 'examples/hello';
const PUBLISHED_LABEL = '//:greeting';

/** Relative path → bytes (base64) of every file under DIR. */
async function treeContents(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents: Record<string, string> = {};
  for (const file of files.sort()) contents[relative(dir, file)] = (await readFile(file)).toString('base64');
  return contents;
}

describeWithNode24('edo/build action (dist/index.js under Node 24)', (node) => {
  let server: ResultsServer;
  let root: string;
  let workspace: string;
  let runnerTemp: string;
  let action: string;
  let defaults: Record<string, string>;

  let showDebug: () => void;

  beforeAll(async () => {
    showDebug = hideActionsDebug();
    server = await startResultsServer();
    root = await mkdtemp(join(tmpdir(), 'edo-action-'));
    workspace = join(root, 'workspace');
    runnerTemp = join(root, 'runner-temp');
    action = await checkOutAction(join(root, 'actions', 'edo-build'));
    defaults = await actionDefaults();
  });

  afterAll(async () => {
    showDebug();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  /** A new runner: empty workspace and temp dir at the same paths, the example checked out. */
  async function freshRunner(example = EXAMPLE): Promise<void> {
    await rm(workspace, { recursive: true, force: true });
    await rm(runnerTemp, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    await cp(example, join(workspace, EXAMPLE_IN_REPO), {
      recursive: true,
      filter: (src) => !src.includes('/.edo'),
    });
  }

  function runnerEnv(): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? root,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
      ...resultsEnv(server),
    };
  }

  /** Main phase then post phase; BEFORE_POST may change the state handed over (as a killed main would). */
  async function runAction(
    inputs: Record<string, string>,
    beforePost: (state: Record<string, string>) => Promise<void> = async () => undefined,
  ) {
    const files = await runnerFiles(runnerTemp);
    const allInputs = { ...defaults, 'working-directory': EXAMPLE_IN_REPO, ...inputs };
    const main = await runPhase(node, {
      action,
      cwd: workspace,
      env: phaseEnv(runnerEnv(), allInputs, files),
    });
    const outputs = parseCommandFile(await readFile(files.output, 'utf8'));
    const state = parseCommandFile(await readFile(files.state, 'utf8'));
    await beforePost(state);
    const post = await runPhase(node, {
      action,
      cwd: workspace,
      env: phaseEnv(runnerEnv(), allInputs, files, state),
    });
    const summary = await readFile(files.summary, 'utf8');
    return { main, post, outputs, summary };
  }

  const explain = (phase: PhaseResult) => `exit ${phase.code}\n${phase.stdout}\n${phase.stderr}`;

  it('run 1 builds and saves the store; run 2 on a new runner hits the cache, builds nothing and publishes', async () => {
    await freshRunner();
    const started = Date.now();
    const run1 = await runAction({});
    const run1Ms = Date.now() - started;
    expect(explain(run1.main)).toMatch(/^exit 0/);
    expect(explain(run1.post)).toMatch(/^exit 0/);
    expect(run1.outputs['cache-hit']).toBe('false');
    const built1 = JSON.parse(run1.outputs.built) as Record<string, string>;
    expect(Object.keys(built1)).toContain(PUBLISHED_LABEL);
    // Each target that ran is logged as it finishes, before the groups that follow the build.
    const live = run1.main.stdout.indexOf(`\n${PUBLISHED_LABEL}: success in `);
    expect(live).toBeGreaterThan(0);
    expect(live).toBeLessThan(run1.main.stdout.indexOf('::group::'));
    const storeEntries = server.cacheEntries.filter((e) => e.finalized && e.key.includes('-store-'));
    expect(storeEntries).toHaveLength(1);
    expect(storeEntries[0].id).toBeGreaterThan(0);
    expect(run1.post.stdout).toMatch(/store: saved .* as edo-linux-x64-store-/);

    await freshRunner();
    const started2 = Date.now();
    const run2 = await runAction({
      publish: `greeting=${PUBLISHED_LABEL}\ngreeting-image=oci:${PUBLISHED_LABEL}`,
    });
    const run2Ms = Date.now() - started2;
    expect(explain(run2.main)).toMatch(/^exit 0/);
    expect(explain(run2.post)).toMatch(/^exit 0/);
    expect(run2.outputs['cache-hit']).toBe('true');
    expect(JSON.parse(run2.outputs.built)).toEqual(built1);
    // Built nothing: every target came from the restored store.
    expect(run2.summary).toMatch(/(\d+) targets, 0 built, \1 cached/);
    expect(run2.main.stdout).not.toMatch(/::group::.*: \w+ in \d+ ms/);
    expect(run2.post.stdout).toMatch(/store: unchanged since/);
    expect(server.cacheEntries.filter((e) => e.key.includes('-store-'))).toHaveLength(1);

    const ids = JSON.parse(run2.outputs['artifact-ids']) as Record<string, number>;
    expect(ids.greeting).toBeGreaterThan(0);
    expect(run2.summary).toContain(built1[PUBLISHED_LABEL]);
    const uploaded = server.artifacts.find((a) => a.id === ids.greeting);
    expect(uploaded).toMatchObject({ name: 'greeting', finalized: true, mimeType: 'application/zip' });

    // The real client downloads what the real client uploaded; files match the build's output.
    const env = { ...process.env };
    try {
      Object.assign(process.env, resultsEnv(server));
      const out = join(root, 'download');
      await new DefaultArtifactClient().downloadArtifact(ids.greeting, { path: out });
      const blob = server.blobs.get(uploaded!.blob)!;
      expect(uploaded!.hash).toMatch(/^sha256:/);
      expect(blob.content.length).toBe(uploaded!.size);
      const checkout = join(root, 'checkout');
      const cli = await runCli(
        ['checkout', '--', PUBLISHED_LABEL, checkout],
        join(workspace, EXAMPLE_IN_REPO),
      );
      expect(cli.code).toBe(0);
      const expected = await treeContents(checkout);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(await treeContents(out)).toEqual(expected);

      // The OCI tarball is uploaded as is (not zipped) and comes back byte for byte.
      const tarball = server.artifacts.find((a) => a.id === ids['greeting-image.tar']);
      expect(tarball).toMatchObject({ name: 'greeting-image.tar', finalized: true });
      const tarOut = join(root, 'download-oci');
      await new DefaultArtifactClient().downloadArtifact(tarball!.id, { path: tarOut });
      const downloaded = await readFile(join(tarOut, 'greeting-image.tar'));
      expect(downloaded.equals(server.blobs.get(tarball!.blob)!.content)).toBe(true);
      expect(downloaded.subarray(0, 100).toString('latin1')).toMatch(/^oci-layout\0/);
      const saved = /store: saved .*/.exec(run1.post.stdout)?.[0];
      const restored = /store: hit .*/.exec(run2.main.stdout)?.[0];
      console.log(
        `action e2e: run 1 (cold, saves) ${run1Ms} ms, run 2 (cache hit, publish) ${run2Ms} ms\n${saved}\n${restored}`,
      );
    } finally {
      process.env = env;
    }
  }, 240_000);

  it('annotates a failed target with its command and still saves the store in the post step', async () => {
    await freshRunner();
    const buildFile = join(workspace, EXAMPLE_IN_REPO, 'BUILD.edo');
    const failing = (await readFile(buildFile, 'utf8')).replace(
      '"cat src/src/*.txt > $OUT/share/greeting.txt",',
      '"echo about to fail; exit 3",',
    );
    // A new target that does build, so the store has something new to keep despite the failure.
    await writeFile(
      buildFile,
      `${failing}\nscript(name = "extra", commands = ["echo new > $OUT/extra.txt"])\n`,
    );
    const storesBefore = server.cacheEntries.filter((e) => e.key.includes('-store-')).length;
    const run = await runAction({ 'keep-going': 'true' });
    expect(run.main.code).toBe(1);
    expect(run.main.stdout).toMatch(
      /::error::\/\/:greeting: command failed with exit code 3: echo about to fail; exit 3/,
    );
    expect(run.main.stdout).toContain('about to fail');
    expect(explain(run.post)).toMatch(/^exit 0/);
    expect(run.post.stdout).toMatch(/store: saved/);
    expect(server.cacheEntries.filter((e) => e.key.includes('-store-'))).toHaveLength(storesBefore + 1);
    expect(run.summary).toMatch(/<td><code>\/\/:greeting<\/code><\/td><td>failed<\/td>/);
    // Counted as what they are, not as built; one annotation each, none for the closing line.
    expect(run.summary).toMatch(
      /\d+ targets, 1 built, \d+ cached, 1 failed, 1 skipped · store cache partial hit/,
    );
    expect(run.main.stdout).not.toContain('::error::build failed:');
    // Saved apart from the primary key: a re-run must build what failed, not "hit" the store.
    expect(run.post.stdout).toMatch(/store: saved .* as \S+-incomplete-/);
    // Only targets with an artifact: not the failed one, nor the one skipped after it.
    const built = JSON.parse(run.outputs.built) as Record<string, string>;
    expect(Object.keys(built)).toContain('//:extra');
    expect(Object.keys(built)).not.toContain('//:greeting');
    expect(Object.keys(built)).not.toContain('//:hello');
  }, 120_000);

  it('saves no store when the main phase was stopped before the build returned', async () => {
    await freshRunner();
    const buildFile = join(workspace, EXAMPLE_IN_REPO, 'BUILD.edo');
    await writeFile(
      buildFile,
      `${await readFile(buildFile, 'utf8')}\nscript(name = "other", commands = ["true"])\n`,
    );
    const entriesBefore = server.cacheEntries.length;
    // A main phase killed midway never records that its build returned.
    const run = await runAction({}, async (state) => {
      expect(state.buildFinished).toBe('true');
      delete state.buildFinished;
    });
    expect(run.post.code).toBe(0);
    expect(run.post.stdout).toMatch(
      /::warning::the build did not finish: not saving a store that may be half-written/,
    );
    expect(server.cacheEntries).toHaveLength(entriesBefore);
  }, 120_000);

  it('turns a Starlark error into an ::error annotation on the file, line and column', async () => {
    await freshRunner();
    const buildFile = join(workspace, EXAMPLE_IN_REPO, 'BUILD.edo');
    await writeFile(
      buildFile,
      (await readFile(buildFile, 'utf8')) + '\nscript(name = "broken", deps = [undefined_name])\n',
    );
    const lines = (await readFile(buildFile, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.includes('undefined_name')) + 1;
    const run = await runAction({ cache: 'false' });
    expect(run.main.code).not.toBe(0);
    expect(run.main.stdout).toMatch(
      new RegExp(`::error file=${EXAMPLE_IN_REPO}/BUILD.edo,line=${line},col=\\d+::.*undefined_name`),
    );
  }, 120_000);

  it("compiles a user's plugin on a cold cache, then restores the compiled module on the next runner", async () => {
    const plugins = await pluginWorkspace(join(root, 'plugin-workspace'), 'from a plugin');
    await freshRunner(plugins);
    const run1 = await runAction({});
    expect(explain(run1.main)).toMatch(/^exit 0/);
    expect(run1.main.stdout).toContain('upper: FROM A PLUGIN');
    expect(explain(run1.post)).toMatch(/^exit 0/);
    expect(run1.post.stdout).toMatch(/plugin modules: saved .* as edo-linux-x64-modules-/);

    // Another commit: the target runs the plugin again, from the module the first runner compiled.
    await freshRunner(plugins);
    const buildFile = join(workspace, EXAMPLE_IN_REPO, 'BUILD.edo');
    await writeFile(buildFile, 'c_upper(name = "shout", text = "next commit")\n');
    const run2 = await runAction({});
    expect(explain(run2.main)).toMatch(/^exit 0/);
    expect(run2.main.stdout).toMatch(/plugin modules: (partial )?hit/);
    expect(run2.main.stdout).toContain('upper: NEXT COMMIT');
    expect(run2.post.stdout).toMatch(/plugin modules: unchanged since/);
  }, 240_000);

  it('says what `edo plugin build` needs when run from the bundle alone', async () => {
    const project = join(root, 'plugin-project');
    const template = join(REPO, 'plugins', 'c-upper');
    await cp(template, project, {
      recursive: true,
      filter: (src) => !src.startsWith(join(template, 'dist')),
    });
    const result = spawnSync(node, [join(action, 'dist', 'cli.js'), 'plugin', 'build', project], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error: building a plugin needs @bytecodealliance\/[\w-]+, which this installation of edo does not include/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
