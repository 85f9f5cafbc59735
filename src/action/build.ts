import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as core from '@actions/core';
import { TargetLogs } from '../engine/logs.js';
import type { JsonTargetLine } from '../engine/reporter.js';
import { annotationFromLine } from './annotations.js';
import { LineSink, runEdo } from './edo.js';
import type { ActionInputs } from './inputs.js';

/** One line of `edo build --json`: a target of the requested set. */
export type TargetResult = JsonTargetLine;

export interface BuildOutcome {
  exitCode: number;
  targets: TargetResult[];
  /** The closing summary object of `--json` (absent if the build stopped before it). */
  summary: Record<string, unknown> | undefined;
  /** How many errors became annotations. */
  errors: number;
  /** The first line of each error that is not a target's (a build file's, a pin's...), for the summary. */
  messages: string[];
}

/** The flags every workspace command takes (config, args, lock mode): build, checkout, export, log. */
export function workspaceArgv(inputs: ActionInputs): string[] {
  const argv: string[] = [];
  if (inputs.config) argv.push('--config', inputs.config);
  if (inputs.locked) argv.push('--locked');
  for (const arg of inputs.args) argv.push('--arg', arg);
  return argv;
}

/**
 * The `edo build` command line for the inputs (`--` ends the variadic `--arg` before the targets).
 * What `publish` names is built too: a label that names no target then fails before anything builds.
 */
export function buildArgv(inputs: ActionInputs): string[] {
  const argv = ['build', '--json', ...workspaceArgv(inputs)];
  if (inputs.jobs > 0) argv.push('--jobs', String(inputs.jobs));
  if (inputs.keepGoing) argv.push('--keep-going');
  const published = inputs.publish
    .map((request) => request.label)
    .filter((label) => !inputs.targets.includes(label));
  return [...argv, '--', ...inputs.targets, ...new Set(published)];
}

/** edo's own warnings (a remote cache that cannot be reached, a build with no target...). */
const EDO_WARNING = /^edo: warning: (.*)$/;
/** The CLI's closing line after failed targets, each of which is an annotation of its own. */
const BUILD_FAILED = /^error: build failed: /;

/**
 * Prints every line of EDO's stderr, turning errors and edo's warnings into annotations; returns
 * the error count.
 */
export function stderrHandler(
  cwd: string,
  repoRoot: string,
): { onLine: (line: string) => void; errors: () => number; messages: string[] } {
  let errors = 0;
  const messages: string[] = [];
  return {
    onLine: (line) => {
      const annotation = BUILD_FAILED.test(line)
        ? undefined
        : annotationFromLine(line, [process.cwd(), cwd], repoRoot);
      const warning = EDO_WARNING.exec(line)?.[1];
      if (annotation) {
        errors++;
        messages.push(annotation.message);
        core.error(annotation.message, annotation.properties);
      } else if (warning !== undefined) {
        core.warning(warning);
      } else {
        core.info(line);
      }
    },
    errors: () => errors,
    messages,
  };
}

function describeTarget(t: TargetResult): string {
  return `${t.label}: ${t.status}${t.cached ? ' (cached)' : ''} in ${t.duration_ms} ms`;
}

/**
 * Runs the build, then shows each target in a collapsible group with its log when it ran.
 * LOGS_DIR is the workspace's log directory (WorkspacePaths.logs).
 */
export async function runBuild(
  inputs: ActionInputs,
  repoRoot: string,
  logsDir: string,
): Promise<BuildOutcome> {
  const logs = new TargetLogs(logsDir);
  const targets: TargetResult[] = [];
  let summary: Record<string, unknown> | undefined;
  const stdout = new LineSink((line) => {
    if (line.trim() === '') return;
    const value = JSON.parse(line) as Record<string, unknown>;
    if (typeof value.label !== 'string') {
      summary = value;
      return;
    }
    const target = value as unknown as TargetResult;
    targets.push(target);
    // As it happens, between the heartbeat's BUSY lines: each target with its log follows the build.
    if (!target.cached) core.info(describeTarget(target));
  });
  const stderr = stderrHandler(inputs.workingDirectory, repoRoot);
  const dir = relative(repoRoot, inputs.workingDirectory) || '.';
  // --arg values may be secrets: the logged command line shows only their keys.
  const shown = buildArgv({ ...inputs, args: inputs.args.map((a) => a.replace(/=[\s\S]*$/, '=***')) });
  core.info(`edo ${shown.join(' ')} (in ${dir})`);
  const exitCode = await runEdo(buildArgv(inputs), {
    dir: inputs.workingDirectory,
    env: process.env,
    stdout,
    onStderrLine: stderr.onLine,
  });

  let errors = stderr.errors();
  for (const target of targets.filter((t) => t.error !== undefined)) {
    const [head, ...details] = (target.error ?? '').split('\n');
    const annotation = annotationFromLine(head, [process.cwd(), inputs.workingDirectory], repoRoot);
    core.error([annotation?.message ?? head, ...details].join('\n'), annotation?.properties ?? {});
    errors++;
  }
  for (const target of targets) {
    core.startGroup(describeTarget(target));
    // A target whose key could not be computed (it failed before running) has neither.
    if (target.id !== '') core.info(`id: ${target.id}\ndigest: ${target.digest}`);
    // Only targets that ran here have a log (the engine's TargetLogs, as `edo log` reads them).
    const log = target.cached ? undefined : await logs.latest(target.label);
    if (log) core.info((await readFile(log, 'utf8')).trimEnd());
    core.endGroup();
  }
  return { exitCode, targets, summary, errors, messages: stderr.messages };
}
