import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { EdoError } from '../model/errors.js';
import type { TargetResult } from './build.js';
import { LineSink, runEdo } from './edo.js';
import type { PublishRequest } from './inputs.js';

/** A target uploaded as a workflow artifact. */
export interface Published {
  /** The artifact's name in GitHub (an OCI tarball's is its file name, NAME.tar). */
  name: string;
  label: string;
  format: PublishRequest['format'];
  artifactId: number;
  /** The target's artifact digest (from the build). */
  digest: string;
  /** sha256 of the uploaded bytes (the zip, or the tarball). */
  uploadDigest: string | undefined;
  size: number;
}

export interface PublishOptions {
  dir: string;
  /** Flags that select the same configuration as the build (config, args, lock mode). */
  workspaceArgv: string[];
  env: NodeJS.ProcessEnv;
  retentionDays: number;
  onStderrLine: (line: string) => void;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Materialises REQUEST's target with the CLI (`edo checkout` for files, `edo export --format oci`
 * for the tarball) and uploads it. The target must be among the ones just built.
 */
async function publishOne(
  client: DefaultArtifactClient,
  request: PublishRequest,
  built: TargetResult,
  options: PublishOptions,
): Promise<Published> {
  const temp = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'edo-publish-'));
  try {
    const run = (command: string[], positional: string[]) =>
      runEdo([...command, ...options.workspaceArgv, '--', ...positional], {
        dir: options.dir,
        env: options.env,
        stdout: new LineSink((line) => core.info(line)),
        onStderrLine: options.onStderrLine,
      });
    const uploadOptions = options.retentionDays > 0 ? { retentionDays: options.retentionDays } : {};
    // The service's refusals (a name taken by another job of the run, a quota) in its words, no stack.
    const uploadArtifact = (...args: Parameters<DefaultArtifactClient['uploadArtifact']>) =>
      client.uploadArtifact(...args).catch((err: unknown) => {
        const reason = String((err as Error)?.message ?? err).split('\n')[0];
        throw new EdoError(`publish ${request.name}: the upload failed: ${reason}`);
      });
    let upload;
    let artifactName = request.name;
    if (request.format === 'files') {
      const root = join(temp, request.name);
      const code = await run(['checkout'], [request.label, root]);
      if (code !== 0) throw new EdoError(`publish ${request.name}: edo checkout ${request.label} failed`);
      const files = await filesUnder(root);
      if (files.length === 0) throw new EdoError(`publish ${request.name}: ${request.label} has no files`);
      upload = await uploadArtifact(request.name, files, root, uploadOptions);
    } else {
      // Uploaded as is (not zipped); GitHub names such an artifact after the file.
      const tarball = join(temp, request.name.endsWith('.tar') ? request.name : `${request.name}.tar`);
      const code = await run(['export', '--format', 'oci', '--output', tarball], [request.label]);
      if (code !== 0) throw new EdoError(`publish ${request.name}: edo export ${request.label} failed`);
      upload = await uploadArtifact(request.name, [tarball], temp, {
        ...uploadOptions,
        skipArchive: true,
      });
      artifactName = basename(tarball);
    }
    if (upload.id === undefined)
      throw new EdoError(`publish ${request.name}: the upload returned no artifact id`);
    return {
      name: artifactName,
      label: request.label,
      format: request.format,
      artifactId: upload.id,
      digest: built.digest,
      uploadDigest: upload.digest,
      size: upload.size ?? 0,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Publishes each request in turn, into PUBLISHED as it goes (a failure keeps what came before it). */
export async function publishTargets(
  requests: PublishRequest[],
  built: TargetResult[],
  published: Published[],
  options: PublishOptions,
): Promise<void> {
  const client = new DefaultArtifactClient();
  for (const request of requests) {
    const target = built.find((t) => t.label === request.label);
    if (!target) {
      throw new EdoError(`publish ${request.name}: ${request.label} is not among the targets built`);
    }
    const result = await publishOne(client, request, target, options);
    core.info(
      `published ${request.label} as ${result.name} (artifact ${result.artifactId}, ${result.size} bytes)`,
    );
    published.push(result);
  }
}
