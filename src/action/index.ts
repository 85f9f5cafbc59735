import * as core from '@actions/core';
import { findWorkspace } from '../engine/workspace.js';
import { EdoError } from '../model/errors.js';
import { annotationFromLine } from './annotations.js';
import { runBuild, stderrHandler, workspaceArgv } from './build.js';
import { edoDirs, restoreCaches, saveCaches, type CacheState } from './cache.js';
import { readInputs } from './inputs.js';
import { publishTargets, type Published } from './publish.js';
import { writeSummary, type StoreCacheStatus } from './summary.js';

/**
 * `edo/build`, both phases: action.yml runs dist/index.js as `main` and again as `post` (with
 * `post-if: always()`), and that calls runAction each time; the main phase leaves a state flag so
 * the second run knows it is the post phase.
 */

const STATE_IS_POST = 'isPost';
const STATE_CACHE = 'cache';
/** Set once the build returned (success or failure): the store is consistent and may be saved. */
const STATE_BUILD_FINISHED = 'buildFinished';
/** Whether it succeeded: only then is the store saved under its primary key. */
const STATE_BUILD_SUCCEEDED = 'buildSucceeded';

async function mainPhase(): Promise<void> {
  core.saveState(STATE_IS_POST, 'true');
  const inputs = readInputs();
  const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workspace = findWorkspace(inputs.workingDirectory);
  const dirs = edoDirs(workspace.root);
  // Docker farms and image sources connect through DOCKER_HOST of this very process.
  if (inputs.dockerHost) process.env.DOCKER_HOST = inputs.dockerHost;

  let storeCache: StoreCacheStatus = 'off';
  if (inputs.cache) {
    const restored = await restoreCaches(inputs, dirs);
    storeCache = restored.cacheHit ? 'hit' : restored.state.storeMatchedKey ? 'partial hit' : 'miss';
    core.saveState(STATE_CACHE, JSON.stringify(restored.state));
  }
  core.setOutput('cache-hit', String(storeCache === 'hit'));

  const outcome = await runBuild(inputs, repoRoot, workspace.logs);
  core.saveState(STATE_BUILD_FINISHED, 'true');
  core.saveState(STATE_BUILD_SUCCEEDED, String(outcome.exitCode === 0));
  // Only targets that have an artifact: a failed or skipped one has none to point at.
  const built = outcome.targets.filter((t) => t.status === 'success');
  core.setOutput('built', JSON.stringify(Object.fromEntries(built.map((t) => [t.label, t.digest]))));

  const published: Published[] = [];
  let publishFailure: unknown;
  if (outcome.exitCode === 0 && inputs.publish.length > 0) {
    // What was uploaded before a failure is still in the outputs and the summary.
    await publishTargets(inputs.publish, outcome.targets, published, {
      dir: inputs.workingDirectory,
      workspaceArgv: workspaceArgv(inputs),
      env: process.env,
      retentionDays: inputs.retentionDays,
      onStderrLine: stderrHandler(inputs.workingDirectory, repoRoot).onLine,
    }).catch((err: unknown) => (publishFailure = err));
  }
  core.setOutput(
    'artifact-ids',
    JSON.stringify(Object.fromEntries(published.map((p) => [p.name, p.artifactId]))),
  );
  await writeSummary(outcome, storeCache, published);
  if (publishFailure !== undefined) throw publishFailure;
  if (outcome.exitCode !== 0) {
    // The errors are annotations already; without any, say at least that the build failed.
    if (outcome.errors > 0) process.exitCode = core.ExitCode.Failure;
    else core.setFailed(`edo build failed (exit code ${outcome.exitCode})`);
  }
}

async function postPhase(): Promise<void> {
  const saved = core.getState(STATE_CACHE);
  if (!saved) return; // caching is off, or the main phase stopped before restoring
  if (core.getState(STATE_BUILD_FINISHED) !== 'true') {
    core.warning('the build did not finish: not saving a store that may be half-written');
    return;
  }
  await saveCaches(JSON.parse(saved) as CacheState, core.getState(STATE_BUILD_SUCCEEDED) === 'true');
}

/** A user mistake becomes an annotation (on its file and line when it has one), never a stack trace. */
function fail(err: unknown): void {
  if (err instanceof EdoError) {
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const annotation = annotationFromLine(err.format().split('\n')[0], [process.cwd()], repoRoot);
    if (annotation?.properties.file) core.error(annotation.message, annotation.properties);
    core.setFailed(err.format().replace(/^error: /, ''));
  } else {
    core.setFailed(
      `internal error in edo/build: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  }
}

/** Runs the phase this process is: the main phase, or the post phase after it. */
export async function runAction(): Promise<void> {
  const phase = core.getState(STATE_IS_POST) === 'true' ? postPhase : mainPhase;
  await phase().catch(fail);
}
