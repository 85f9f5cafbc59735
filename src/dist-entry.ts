/**
 * The entry point of dist/edo.js, the one ncc bundle the action and the CLI share
 * (scripts/bundle.mjs writes it and the two files that start it): dist/index.js, the action, calls
 * runAction; dist/cli.js, the runner image's `edo`, calls runCli. Nothing runs on import.
 */
export { runProcess as runCli } from './cli/main.js';

/**
 * The action's main or post phase. Its modules (@actions/*) become a chunk of their own, loaded
 * here only, so the CLI does not load them when it starts.
 */
export async function runAction(): Promise<void> {
  const action = await import('./action/index.js');
  await action.runAction();
}
