import type { Command } from 'commander';
import { EdoError, UsageError } from '../../model/errors.js';
import type { Log } from '../../model/log.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';
import { buildWithSignals } from './build.js';
import { addWorkspaceOptions, oneTarget, openEngine, type WorkspaceFlags } from './engine-options.js';

export const shellCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    addWorkspaceOptions(
      program
        .command('shell')
        .description("open an interactive shell in a target's environment with its inputs staged")
        .argument('<target>', 'a label'),
    ).action(async (target: string, flags: WorkspaceFlags) => {
      if (!process.stdin.isTTY || !ctx.io.stdout.isTTY) {
        throw new UsageError('edo shell needs an interactive terminal (stdin and stdout must be a TTY)');
      }
      const engine = await openEngine(ctx, flags);
      const label = oneTarget(engine, target, ctx.cwd, 'shell');
      const view = await engine.target(label);
      if (!view.canShell()) throw new UsageError(`${label} (${view.kind}) has no shell: it runs no commands`);
      const deps = engine.graph.get(label).deps;
      if (deps.length > 0) await buildWithSignals(engine, deps, ctx, {});
      const storage = await engine.storage();
      const handle = engine.handle(storage);
      const log: Log = { write: (data) => ctx.io.stderr.write(data) };
      const env = await (await engine.farm(view.environment())).create(log, label);
      try {
        await env.setup(log, storage);
        await env.up(log);
        await view.prepare(log, handle);
        await view.stage(log, handle, env);
        ctx.io.stderr.write(`edo: shell for ${label}; its inputs are staged here. Exit to tear it down.\n`);
        // The transform opens the shell (a plugin's through WIT, which carries no status): the
        // environment it is given records the shell's exit status, which edo then exits with.
        await view.shell(
          new Proxy(env, {
            get(target, key) {
              if (key === 'shell') return async (path: string) => (ctx.exitStatus = await target.shell(path));
              const value: unknown = Reflect.get(target, key, target);
              return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
            },
          }),
        );
      } catch (err) {
        throw err instanceof EdoError ? err : new EdoError(String(err), { target: label });
      } finally {
        await env.down(log).catch(() => undefined);
        await env.clean(log).catch(() => undefined);
      }
    });
  },
};
