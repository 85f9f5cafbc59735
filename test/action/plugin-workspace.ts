import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPluginProject, readPluginProject } from '../../src/plugin/build/project.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from './runner.js';

/**
 * A workspace in DIR whose one target comes from a rule of a C plugin built now (plugins/c-upper),
 * with the lock a repository would commit: the action and the image build with --locked, and
 * neither has the plugin compiled beforehand.
 */
export async function pluginWorkspace(dir: string, text: string): Promise<string> {
  const { bytes } = await buildPluginProject(readPluginProject(join(REPO, 'plugins', 'c-upper')));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'c-upper.wasm'), bytes);
  await writeFile(join(dir, 'WORKSPACE.edo'), 'plugin(name = "c-upper", source = "//:c-upper.wasm")\n');
  await writeFile(join(dir, 'BUILD.edo'), `c_upper(name = "shout", text = ${JSON.stringify(text)})\n`);
  const locked = await runCli(['update'], dir);
  if (locked.code !== 0) throw new Error(`edo update failed: ${locked.stderr}`);
  // What a clone has: no store, no compiled plugin.
  await rm(join(dir, '.edo'), { recursive: true, force: true });
  return dir;
}
