import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { otherActiveProcesses } from '../../engine/activity.js';
import { findWorkspace } from '../../engine/workspace.js';
import { UsageError } from '../../model/errors.js';
import { LOCAL_ENV_PREFIX } from '../../environment/local/farm.js';
import { reapScratchDirs } from '../../environment/scratch-dirs.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

export const cleanCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('clean')
      .description("remove the workspace's .edo/ directory: local store, logs, temp files")
      .option(
        '--containers',
        'instead, force-remove the containers and volumes crashed builds of this workspace left, ' +
          'and the environment directories of edo processes that are gone',
      )
      .action(async (flags: { containers?: boolean }) => {
        const paths = findWorkspace(ctx.cwd, ctx.io.env);
        if (flags.containers) {
          // The Docker client is loaded only here: it costs more start-up time than the rest of edo.
          const { connectEngine, reapContainers, WORK_ROOT_PREFIX } =
            await import('../../environment/docker/index.js');
          const docker = connectEngine(undefined, ctx.io.env);
          const removed = await reapContainers(docker, { workspace: paths.root });
          // A killed edo could not delete its environments' directories (the temp directory's).
          const directories = await reapScratchDirs([WORK_ROOT_PREFIX, LOCAL_ENV_PREFIX]);
          ctx.io.stderr.write(
            `removed ${removed.containers} container(s), ${removed.volumes} volume(s) and ` +
              `${directories} environment director${directories === 1 ? 'y' : 'ies'}\n`,
          );
          return;
        }
        const others = otherActiveProcesses(paths.state);
        if (others.length > 0) {
          throw new UsageError(
            `edo (pid ${others.join(', ')}) is using this workspace: removing ${paths.state} now would ` +
              'fail its build; wait for it to end, or stop it',
          );
        }
        await rm(paths.state, { recursive: true, force: true, maxRetries: 3 });
        ctx.io.stderr.write(`removed ${paths.state}\n`);
      });
  },
};
