import * as core from '@actions/core';
import type { BuildOutcome } from './build.js';
import type { Published } from './publish.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1…');
}

/** How the store cache was found: an exact hit, a partial one (an earlier store), none, or not used. */
export type StoreCacheStatus = 'hit' | 'partial hit' | 'miss' | 'off';

/**
 * The job summary: the counts, why the build failed when it did, one row per target, then the
 * published artifacts with their digests. Runners without job summaries get none.
 */
export async function writeSummary(
  outcome: BuildOutcome,
  storeCache: StoreCacheStatus,
  published: Published[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('Edo build', 2);
  const count = (status: string) => outcome.targets.filter((t) => t.status === status).length;
  const cached = outcome.targets.filter((t) => t.cached).length;
  const parts = [
    `${outcome.targets.length} targets`,
    `${count('success') - cached} built`,
    `${cached} cached`,
  ];
  for (const status of ['failed', 'skipped', 'cancelled']) {
    if (count(status) > 0) parts.push(`${count(status)} ${status}`);
  }
  summary.addRaw(
    `${parts.join(', ')} · store cache ${storeCache === 'off' ? 'not used' : storeCache} · exit code ${outcome.exitCode}`,
    true,
  );
  // Errors that are no target's (a build file's, a pin's): with no table row, the reason would be missing.
  if (outcome.messages.length > 0) {
    summary.addList(outcome.messages.slice(0, 10).map((message) => escapeHtml(message)));
  }
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
