import { resolve } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../model/errors.js';
import { canonicalLabel, parsingLabels } from '../model/label.js';

/** A target to upload as a workflow artifact: its files as checked out, or its OCI tarball. */
export interface PublishRequest {
  name: string;
  label: string;
  format: 'files' | 'oci';
}

/** The action's inputs (action.yml declares every default; the runner passes them as INPUT_*). */
export interface ActionInputs {
  targets: string[];
  /** Absolute: `working-directory` resolved against GITHUB_WORKSPACE. */
  workingDirectory: string;
  config: string;
  /** 0: let edo choose. */
  jobs: number;
  keepGoing: boolean;
  locked: boolean;
  cache: boolean;
  cacheKeyPrefix: string;
  cacheModules: boolean;
  /** Keep only the newest artifact of each target in the store saved to the cache. */
  cachePrune: boolean;
  publish: PublishRequest[];
  /** 0: the repository's default retention. */
  retentionDays: number;
  dockerHost: string;
  /** `KEY=VALUE` pairs for `--arg`; values may be secrets and are never logged. */
  args: string[];
}

/**
 * Whitespace- or newline-separated labels, e.g. `targets: //app:bin //lib/...`, with `#` comments
 * (no label has a `#`).
 */
function labelWords(value: string): string[] {
  return withoutComments(value)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function withoutComments(value: string): string {
  return value.replace(/(^|\s)#.*$/gm, '');
}

/**
 * One entry per non-empty line; a line starting with `#` is a comment. Not a `#` later in a line:
 * `MESSAGE=release #42` is a value (inputs of labels strip their comments first).
 */
function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** `true`/`false` (as YAML 1.2 core spells them); anything else is the user's mistake, not a crash. */
function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`input ${name}: expected true or false, got '${core.getInput(name)}'`);
  }
}

function nonNegativeInteger(name: string): number {
  const text = core.getInput(name).trim();
  if (!/^\d+$/.test(text)) throw new UsageError(`input ${name}: expected a whole number, got '${text}'`);
  return Number(text);
}

/** A name GitHub accepts for an artifact, derived from a label: `//app:bin` → `app-bin`. */
export function artifactNameForLabel(label: string): string {
  const name = label
    .replace(/^@?\/\//, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name.length > 0 ? name : 'root';
}

/**
 * `publish` lines: `LABEL`, `NAME=LABEL`, or either with an `oci:` prefix on the label to upload
 * the OCI tarball instead of the files, e.g. `greeting=//:greeting`, `image=oci://app:image`.
 */
export function parsePublish(value: string): PublishRequest[] {
  const requests = lines(withoutComments(value)).map((line): PublishRequest => {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : undefined;
    let label = (eq > 0 ? line.slice(eq + 1) : line).trim();
    const format = label.startsWith('oci:') ? 'oci' : 'files';
    if (format === 'oci') label = label.slice('oci:'.length);
    if (!label.startsWith('//')) {
      throw new UsageError(`input publish: '${line}' does not name a target (expected //pkg:name)`);
    }
    // As the build reports it: `//sub` is `//sub:sub`.
    label = parsingLabels(() => canonicalLabel(label, ''), { prefix: 'input publish' });
    const artifact = name ?? artifactNameForLabel(label);
    const bad = /["<>|*?\r\n\\/:]/.exec(artifact);
    if (bad) {
      throw new UsageError(
        `input publish: artifact name '${artifact}' has ${JSON.stringify(bad[0])}, which GitHub does not allow in a name`,
      );
    }
    return { name: artifact, label, format };
  });
  const seen = new Set<string>();
  for (const { name } of requests) {
    if (seen.has(name)) throw new UsageError(`input publish: artifact name '${name}' is used twice`);
    seen.add(name);
  }
  return requests;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const args = lines(core.getInput('args'));
  for (const arg of args) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) {
      // Nothing of the line is shown: without a "=", the whole of it may be a secret.
      throw new UsageError(
        `input args: entry ${args.indexOf(arg) + 1} is not KEY=VALUE (a name of letters, digits and _, then "="; it is not shown, it may hold a secret)`,
      );
    }
  }
  return {
    targets: labelWords(core.getInput('targets')),
    workingDirectory: resolve(workspace, core.getInput('working-directory')),
    config: core.getInput('config').trim(),
    jobs: nonNegativeInteger('jobs'),
    keepGoing: booleanInput('keep-going'),
    locked: booleanInput('locked'),
    cache: booleanInput('cache'),
    cacheKeyPrefix: core.getInput('cache-key-prefix').trim(),
    cacheModules: booleanInput('cache-modules'),
    cachePrune: booleanInput('cache-prune'),
    publish: parsePublish(core.getInput('publish')),
    retentionDays: nonNegativeInteger('retention-days'),
    dockerHost: core.getInput('docker-host').trim(),
    args,
  };
}
