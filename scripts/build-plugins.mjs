// Builds every plugin project under plugins/ (each directory with an edo-plugin.json) from
// source into plugins/<name>/dist/<name>.wasm, like `edo plugin build` on each. Uses the compiled
// edo in lib/ (`npm run build` first).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const projectModule = join(root, 'lib/plugin/build/project.js');
if (!existsSync(projectModule)) {
  console.error('lib/ is missing: run `npm run build` first');
  process.exit(1);
}
const { buildPluginProject, inspectPlugin, PROJECT_FILE, readPluginProject } = await import(projectModule);

const pluginsDir = join(root, 'plugins');
const names = readdirSync(pluginsDir)
  .filter((name) => existsSync(join(pluginsDir, name, PROJECT_FILE)))
  .sort();
for (const name of names) {
  const project = readPluginProject(join(pluginsDir, name));
  const built = await buildPluginProject(project);
  const { digest } = await inspectPlugin(built.bytes, name);
  console.log(`${built.path}: ${built.bytes.length} bytes in ${built.buildMs.toFixed(0)} ms, ${digest}`);
}
