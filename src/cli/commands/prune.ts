import { stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { findWorkspace } from '../../engine/workspace.js';
import { PRUNED_PLUGINS } from '../../plugin/cache-policy.js';
import { DEFAULT_GC_GRACE_MS, LocalStore, type GcReport } from '../../storage/local-store.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

interface PruneFlags {
  dryRun?: boolean;
  grace?: number;
  keepNewest?: boolean;
}

export const pruneCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('prune')
      .description(
        `remove blobs of the local store that no artifact references, stale temp files and compiled plugins ${PRUNED_PLUGINS} (with --keep-newest, older builds of each target first)`,
      )
      .option('-n, --dry-run', 'report what would be removed, remove nothing')
      .option(
        '--keep-newest',
        'first drop every artifact but the newest of each target (package, name and arch), as the GitHub Action does before caching the store',
      )
      .option(
        '--grace <seconds>',
        `keep unreferenced blobs younger than this: a build in another process may be saving them (default ${DEFAULT_GC_GRACE_MS / 1000})`,
        parseSeconds,
      )
      .action(async (flags: PruneFlags) => {
        const paths = findWorkspace(ctx.cwd, ctx.io.env);
        const { defaultCacheDir, prunePluginCache } = await import('../../plugin/loader.js');
        const dropped = await prunePluginCache(defaultCacheDir(paths.root, ctx.io.env), {
          dryRun: flags.dryRun,
        });
        if (dropped.length > 0) {
          ctx.io.stdout.write(
            `${flags.dryRun ? 'would drop' : 'dropped'} ${plural(dropped.length, 'compiled plugin')} ${PRUNED_PLUGINS}\n`,
          );
        }
        const { store: root } = paths;
        if (!(await stat(root).catch(() => undefined))) {
          ctx.io.stdout.write(`nothing to prune: no store at ${root}\n`);
          return;
        }
        const store = await LocalStore.open(root);
        const options = {
          dryRun: flags.dryRun,
          ...(flags.grace !== undefined && { graceMs: flags.grace * 1000 }),
        };
        let report: GcReport;
        if (flags.keepNewest) {
          const pruned = await store.keepNewest(options);
          report = pruned.gc;
          const dropped = plural(pruned.droppedArtifacts, 'older artifact');
          ctx.io.stdout.write(`${flags.dryRun ? 'would drop' : 'dropped'} ${dropped}\n`);
        } else {
          report = await store.gc(options);
        }
        const verb = flags.dryRun ? 'would remove' : 'removed';
        if (report.brokenArtifacts.length > 0) {
          ctx.io.stdout.write(
            `${flags.dryRun ? 'would drop' : 'dropped'} ${plural(report.brokenArtifacts.length, 'artifact')} ` +
              `whose blobs are missing or corrupt (their targets build again): ${report.brokenArtifacts.join(', ')}\n`,
          );
        }
        // Blobs an artifact just dropped (--keep-newest) are among the young ones: say why they stay.
        const young =
          report.keptYoungBlobs > 0
            ? ` (${report.keptYoungBlobs} of them unreferenced but newer than the grace period of ` +
              `${(options.graceMs ?? DEFAULT_GC_GRACE_MS) / 1000} s, for builds in other processes; ` +
              '--grace 0 removes them when no other edo uses this store)'
            : '';
        ctx.io.stdout.write(
          `${verb} ${plural(report.removedBlobs, 'blob')} and ${plural(report.removedTempFiles, 'temp file')}, ` +
            `${flags.dryRun ? 'freeing' : 'freed'} ${formatBytes(report.freedBytes)}; ` +
            `kept ${plural(report.keptBlobs, 'blob')}${young}\n`,
        );
      });
  },
};

function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(seconds)) {
    throw new InvalidArgumentError('expected a number of seconds');
  }
  return seconds;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}
