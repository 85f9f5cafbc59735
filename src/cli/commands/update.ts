import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { LOCK_FILE } from '../../vendor/lock.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

/**
 * `edo update [NAMES...]`: re-resolves the lock entries named (entry keys such as `npm#pkg-a` or
 * `//app:src`, or package names), or every entry when none are named, to the newest that
 * satisfies the build files, and prints each change. Asks every source target for its identity,
 * which is where sources pin; builds nothing. Without NAMES, entries nothing asks for any more
 * are removed (except plugin entries).
 */
export const updateCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    program
      .command('update')
      .description(`re-resolve ${LOCK_FILE} entries (all, or the NAMES given) to the newest that satisfies`)
      .argument('[names...]', 'entry keys (npm#pkg-a, //app:src) or package names')
      .action(async (names: string[]) => {
        const { Engine } = await import('../../engine/engine.js');
        const engine = await Engine.open(ctx.cwd, {
          env: ctx.io.env,
          lockMode: 'update',
          lockUpdate: names,
          diagnostics: ctx.io.stderr,
        });
        const handle = engine.handle(await engine.storage());
        const sources = [...engine.model.targets.values()]
          .filter((target) => target.schema.component === 'source')
          .map((target) => target.node.id)
          .sort();
        await Promise.all(sources.map(async (label) => (await engine.target(label)).getUniqueId(handle)));
        const lock = engine.lock;
        const unknown = lock.unmatchedUpdateNames();
        // A target that exists but pins nothing (a script, a local source) is a different mistake.
        const unpinned = unknown.filter((name) => engine.model.targets.has(name));
        if (unpinned.length > 0) {
          const kinds = unpinned.map((label) => `${label} (${engine.model.targets.get(label)!.node.kind})`);
          throw new UsageError(
            `edo update: ${kinds.join(', ')} pins nothing: ${LOCK_FILE} holds git refs, image tags, vendor packages and plugins`,
          );
        }
        if (unknown.length > 0) {
          throw new UsageError(
            `edo update: nothing in ${LOCK_FILE} or the build files is named ${unknown.join(', ')}`,
          );
        }
        // Plugins pin their digests when they are loaded, which update does not do: keep theirs.
        if (names.length === 0) lock.pruneUntouched((entry) => entry.kind !== 'plugin');
        const changes = lock.describeChanges();
        await lock.save();
        for (const line of changes) ctx.io.stdout.write(`${line}\n`);
        if (changes.length === 0) ctx.io.stdout.write(`${LOCK_FILE} is up to date\n`);
      });
  },
};
