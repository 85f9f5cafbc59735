// Builds every plugin project under plugins/ (each directory with an edo-plugin.json) from
// source into plugins/<name>/dist/<name>.wasm, like `edo plugin build` on each, then copies the
// components into the example workspaces that use them, where each one's plugins.json says (its
// vendor/ is not committed: the components, and so their digests, change with plugins/). Uses the
// compiled edo in lib/ (`npm run build` first).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const builtPaths = new Map();
for (const name of names) {
  const project = readPluginProject(join(pluginsDir, name));
  const built = await buildPluginProject(project);
  const { digest } = await inspectPlugin(built.bytes, name);
  console.log(`${built.path}: ${built.bytes.length} bytes in ${built.buildMs.toFixed(0)} ms, ${digest}`);
  builtPaths.set(name, built.path);
}

const examplesDir = join(root, 'examples');
for (const example of readdirSync(examplesDir).sort()) {
  const listing = join(examplesDir, example, 'plugins.json');
  if (!existsSync(listing)) continue;
  for (const [path, name] of Object.entries(JSON.parse(readFileSync(listing, 'utf8')))) {
    const target = join(examplesDir, example, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(builtPaths.get(name), target);
    console.log(`examples/${example}/${path}: ${name}`);
  }
}
