import * as core from '@actions/core';
import type { BuildOutcome } from './build.js';
import type { Published } from './publish.js';

function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1…');
}

/** The job summary: one row per target, then the published artifacts with their digests. */
export async function writeSummary(
  outcome: BuildOutcome,
  cacheHit: boolean,
  published: Published[],
): Promise<void> {
  const summary = core.summary.addHeading('Edo build', 2);
  const built = outcome.targets.filter((t) => !t.cached).length;
  summary.addRaw(
    `${outcome.targets.length} targets, ${built} built, ${outcome.targets.length - built} cached` +
      ` · store cache ${cacheHit ? 'hit' : 'miss'} · exit code ${outcome.exitCode}`,
    true,
  );
  if (outcome.targets.length > 0) {
    summary.addTable([
      [
        { data: 'Target', header: true },
        { data: 'Status', header: true },
        { data: 'Cached', header: true },
        { data: 'Duration', header: true },
        { data: 'Digest', header: true },
      ],
      ...outcome.targets.map((t) => [
        `<code>${t.label}</code>`,
        t.status,
        t.cached ? 'yes' : 'no',
        `${(t.duration_ms / 1000).toFixed(2)} s`,
        `<code>${shortDigest(t.digest)}</code>`,
      ]),
    ]);
  }
  if (published.length > 0) {
    summary.addHeading('Published artifacts', 3);
    summary.addTable([
      [
        { data: 'Artifact', header: true },
        { data: 'Target', header: true },
        { data: 'Digest', header: true },
        { data: 'Upload sha256', header: true },
      ],
      ...published.map((p) => [
        `${p.name} (${p.format === 'oci' ? 'OCI tarball' : 'files'}, id ${p.artifactId})`,
        `<code>${p.label}</code>`,
        `<code>${p.digest}</code>`,
        `<code>${p.uploadDigest ?? ''}</code>`,
      ]),
    ]);
  }
  await summary.write();
}
