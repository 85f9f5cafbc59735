import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import type { ImageFormat } from '../../storage/export.js';
import { tempBeside } from '../../storage/fs-util.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { buildWithSignals } from './build.js';
import { addWorkspaceOptions, oneTarget, openEngine, type WorkspaceFlags } from './engine-options.js';

interface ExportFlags extends WorkspaceFlags {
  format: ImageFormat;
  output?: string;
  tag?: string;
}

export const exportCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('export')
        .description('build a target whose files form a root filesystem and write it as an image tar')
        .argument('<target>', 'a label')
        .addOption(
          new Option('--format <format>', 'docker: for `docker load`; oci: an OCI image layout tar')
            .choices(['docker', 'oci'])
            .makeOptionMandatory(),
        )
        .option('-o, --output <file>', 'write to FILE instead of stdout')
        .option('--tag <repository:tag>', 'the image name recorded in the archive'),
    ).action(async (target: string, flags: ExportFlags) => {
      if (!flags.output && ctx.io.stdout.isTTY) {
        throw new UsageError(
          'refusing to write an image tar to a terminal: redirect stdout or use --output FILE',
        );
      }
      const engine = await openEngine(ctx, flags);
      const label = oneTarget(engine, target, ctx.cwd, 'export');
      // Opened before the build, so a path that cannot be written is said at once.
      const output = flags.output && (await openOutput(resolve(ctx.cwd, flags.output), flags.output));
      try {
        const summary = await buildWithSignals(engine, [label], ctx, {});
        const [{ exportImage }, { idFromString }] = await Promise.all([
          import('../../storage/export.js'),
          import('../../model/id-format.js'),
        ]);
        const id = idFromString(summary.targets.find((t) => t.label === label)!.id);
        const storage = await engine.storage();
        const options = flags.tag === undefined ? {} : { tag: flags.tag };
        if (output) {
          await exportImage(storage, id, flags.format, output.stream, options);
          await output.commit();
          return;
        }
        // stdout stays open for the rest of the process: pipe into it without ending it.
        const out = new PassThrough();
        const copied = pipeline(out, ctx.io.stdout, { end: false });
        await exportImage(storage, id, flags.format, out, options);
        await copied;
      } catch (error) {
        if (output) await output.discard();
        throw error;
      }
    });
  },
};

/**
 * The tar goes to a temp file beside FILE, renamed over it once complete: a failed export leaves
 * FILE as it was, not half-written.
 */
async function openOutput(file: string, given: string) {
  const temp = tempBeside(file, 'export');
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    throw new UsageError(`--output ${given}: cannot write there (${(error as NodeJS.ErrnoException).code})`);
  }
  return {
    stream: handle.createWriteStream(),
    commit: () => rename(temp, file),
    discard: async () => {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
