// Bundles the GitHub Action and the CLI into dist/ with @vercel/ncc (rollup cannot bundle
// dockerode's optional native dependencies). dist/ is committed and CI checks that a fresh bundle
// is identical, so the output must be deterministic: ncc's cache is off, no source maps, assets are
// written in sorted order, and dist/ is rebuilt from scratch.
//
// The action runs the CLI in-process, so both are one bundle (two were 15 MB, mostly the same
// chunks twice), started by two small files this script writes:
//
//   dist/edo.js        the bundle of src/dist-entry.ts, with its chunks (NNN.index.js) and assets
//   dist/index.js      the action (main and post phases; action.yml runs it with Node 24)
//   dist/cli.js        the `edo` CLI (the container image's entrypoint)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repo, 'dist');

// ncc bundles the JavaScript tsc emits into lib/ (`npm run build`): its own TypeScript loader would
// compile these ES modules to CommonJS, which cannot load the ESM-only @actions packages.
const ENTRY = 'lib/dist-entry.js';
const BUNDLE = 'edo.js';

// What starts the bundle: each file calls the entry's export for it. Written here, not by ncc: a
// few lines that import the bundle instead of repeating it.
const starters = [
  {
    file: 'index.js',
    text: [
      '// The edo/build action: action.yml runs this file for its main and its post phase.',
      `import { runAction } from './${BUNDLE}';`,
      '',
      'await runAction();',
      '',
    ],
  },
  {
    file: 'cli.js',
    text: [
      '#!/usr/bin/env node',
      '// The edo CLI (the runner image runs it as `edo`).',
      `import { runCli } from './${BUNDLE}';`,
      '',
      'await runCli();',
      '',
    ],
    mode: 0o755,
  },
];

// ncc's ESM output still refers to __dirname/__filename (ssh2, for one, reads them while loading):
// define them from import.meta.url before any bundled code runs.
const ESM_PRELUDE = [
  "import { fileURLToPath as __edoFileURLToPath } from 'node:url';",
  "import { dirname as __edoDirname } from 'node:path';",
  'const __filename = __edoFileURLToPath(import.meta.url);',
  'const __dirname = __edoDirname(__filename);',
  '',
].join('\n');

// Native addons are built for the Node that bundles, not for the Node that runs the bundle (24 in
// GitHub): never ship them. Their packages (ssh2's crypto binding, cpu-features) catch the failed
// require and fall back to JavaScript. Whether npm managed to compile them decides what ncc emits
// (a relocated asset, or eval("require") of a missing file), so both forms become the same throw:
// the bundle does not depend on the machine that made it.
const isNativeAddon = (name) => name.endsWith('.node');
const NATIVE_REQUIRE =
  /eval\("require"\)\("[^"]*?([\w.-]+\.node)"\)|require\(__nccwpck_require__\.ab \+ "[^"]*?([\w.-]+\.node)"\)/g;
const NATIVE_PRELUDE = [
  'const __edoNoNativeAddon = (name) => {',
  '  throw Object.assign(new Error(`native addon ${name} is not bundled`), { code: "MODULE_NOT_FOUND" });',
  '};',
  '',
].join('\n');

const isChunk = (name) => /^\d+\.index\.js$/.test(name);

// ncc relocates `new URL('../x', import.meta.url)` to an emitted asset but as a file path
// (`__nccwpck_require__.ab + "x"`; the loader's name differs in chunks, see below), so a
// fileURLToPath() around it would throw: the path is already what that call would have returned.
const RELOCATED_URL_TO_PATH =
  /(?:\((?:0,\s*)?[\w$.]*\.fileURLToPath\)|\bfileURLToPath)\((__(?:nccwpck|webpack)_require__\.ab \+ "[^"]*")\)/g;

// The externals are loaded when first used, not when the bundle starts (they are missing where the
// action runs): a static `import * as NS` of one becomes a namespace of forwarding functions. Every
// API function of jco and componentize-js is async, so awaiting callers see no difference.
const LAZY_EXTERNAL_IMPORT = /^import \* as (\S+) from "(@bytecodealliance\/(?:jco|componentize-js))";$/gm;
const lazyNamespace = (_match, name, pkg) =>
  `const ${name} = new Proxy({}, { get: (_target, key) => key === 'then' ? undefined : ` +
  `async (...args) => (await import(${JSON.stringify(pkg)}))[key](...args) });`;

// webpack turns dynamic imports into its own module loading: `import('node:x')` into a lookup of
// the builtin by module id, and `import(expression)` into an empty context that always fails. Both
// break the plugin host (compiled plugins are imported from the plugin-module cache, and its worker
// code is stringified into an eval'd worker where webpack's loader does not exist), so they become
// native import() again. Module ids come from the module definitions of all the bundle's files. (The
// loader is `__nccwpck_require__` in the bundle and `__webpack_require__` in its chunks.)
const BUILTIN_MODULE =
  /\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\n\n(?:"use strict";\n)?module\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\);/g;
const EMPTY_ASYNC_CONTEXT =
  /\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\n\nfunction webpackEmptyAsyncContext\(/g;
const BUILTIN_DYNAMIC_IMPORT =
  /Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__(?:nccwpck|webpack)_require__\.t\.bind\(__(?:nccwpck|webpack)_require__, (\d+), \d+\)\)/g;
const CONTEXT_DYNAMIC_IMPORT = /__(?:nccwpck|webpack)_require__\((\d+)\)\(/g;

function moduleIds(files) {
  const builtins = new Map();
  const emptyContexts = new Set();
  for (const code of files) {
    for (const [, id, name] of code.matchAll(BUILTIN_MODULE)) builtins.set(id, name);
    for (const [, id] of code.matchAll(EMPTY_ASYNC_CONTEXT)) emptyContexts.add(id);
  }
  return { builtins, emptyContexts };
}

function withPrelude(code, { builtins, emptyContexts }) {
  const body = code
    .replace(
      NATIVE_REQUIRE,
      (_match, evalName, assetName) => `__edoNoNativeAddon(${JSON.stringify(evalName ?? assetName)})`,
    )
    .replace(RELOCATED_URL_TO_PATH, '($1)')
    .replace(LAZY_EXTERNAL_IMPORT, lazyNamespace)
    .replace(BUILTIN_DYNAMIC_IMPORT, (match, id) =>
      builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : match,
    )
    .replace(CONTEXT_DYNAMIC_IMPORT, (match, id) => (emptyContexts.has(id) ? 'import(' : match));
  return ESM_PRELUDE + NATIVE_PRELUDE + body;
}

async function bundle() {
  const { code, assets } = await ncc(join(repo, ENTRY), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    // jco does not survive bundling (its native oxc bindings and WebAssembly parts fail when the
    // bundle loads), and componentize-js is a dev dependency: both stay plain imports, resolved
    // from node_modules when a plugin is built. Code reachable from the entry points must import
    // them lazily. Compiling a plugin needs neither: the bindings generator jco runs for it is
    // copied beside the bundle (copyRuntimePackage).
    // ssh2's optional native addons (built by `npm ci` when a compiler is there, absent otherwise)
    // stay external too, by their exact require strings: otherwise the bundle's code differs with
    // whether they were built, and dist/ would not be reproducible. At run time the require fails
    // and ssh2 falls back to JavaScript, as it must under a Node they were not built for.
    externals: [
      '@bytecodealliance/jco',
      '@bytecodealliance/componentize-js',
      './crypto/build/Release/sshcrypto.node',
      '../build/Release/cpufeatures.node',
    ],
  });
  const outFile = join(dist, BUNDLE);
  const chunks = Object.keys(assets).filter(isChunk);
  const ids = moduleIds([code, ...chunks.map((name) => assets[name].source.toString('utf8'))]);
  await writeFile(outFile, withPrelude(code, ids));
  const skipped = [];
  const ignored = gitIgnored(Object.keys(assets));
  for (const name of Object.keys(assets).sort()) {
    if (isNativeAddon(name) || ignored.has(name)) {
      skipped.push(name);
      continue;
    }
    const asset = assets[name];
    const file = join(dist, name);
    await mkdir(dirname(file), { recursive: true });
    // Chunks split off at dynamic imports are ES modules of the same bundle: they need the same prelude.
    await writeFile(file, isChunk(name) ? withPrelude(asset.source.toString('utf8'), ids) : asset.source);
    if (asset.permissions) await chmod(file, asset.permissions);
  }
  const digest = createHash('sha256').update(code).digest('hex').slice(0, 12);
  console.log(
    `${relative(repo, outFile)}: ${(code.length / 1e6).toFixed(1)} MB (sha256 ${digest}), ` +
      `${Object.keys(assets).length - skipped.length} assets` +
      (skipped.length > 0 ? `, left out: ${skipped.join(', ')}` : ''),
  );
}

// ncc copies whole directories that code points at with new URL(...) (plugins/, wit/), with the
// same relative layout. Build outputs git ignores in them (plugins/*/dist/) stay out: the bundle
// must be a function of tracked files only, whatever the tests built before `npm run bundle`.
function gitIgnored(names) {
  const result = spawnSync('git', ['check-ignore', '--no-index', '--stdin', '-z'], {
    cwd: repo,
    input: names.map((n) => `${n}\0`).join(''),
    encoding: 'utf8',
  });
  // Exit status 1: none ignored.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`git check-ignore failed: ${result.stderr}`);
  return new Set(result.stdout.split('\0').filter((n) => n.length > 0));
}

function compile() {
  const tsc = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: repo,
      stdio: 'inherit',
    },
  );
  // tsc still emits when it finds type errors; `npm run typecheck` is what fails on them.
  if (tsc.status !== 0) console.warn('bundle: tsc reported errors (see above); bundling what it emitted');
}

// A module the bundle imports at run time from dist/node_modules, as npm would have installed it
// (its dependencies nested under it, so they shadow nothing else). Compiling a user's plugin needs
// jco's bindings generator, a component shipped as JS and core wasm: bundled, webpack rewrote its
// wasm files as UTF-8 text. Only the files the entry reaches are copied, with each package's
// package.json (its exports and module type) and licence. The host finds the entry the same way
// from the bundle (bindingsGeneratorPath, src/plugin/loader.ts).
// Static imports and re-exports, at the start of a line (generated code holds import-like text in strings).
const STATIC_IMPORT = /^\s*(?:(?:import|export)\s[^;'"]*?\bfrom\s*|import\s*)['"]([^'"\n]+)['"]/gm;
const URL_ASSET = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"],\s*import\.meta\.url\s*\)/g;

/** The directory of the package a file belongs to. */
function packageOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`bundle: no package.json above ${file}`);
}

async function copyRuntimePackage() {
  const { bindingsGeneratorPath } = await import(join(repo, 'lib/plugin/loader.js'));
  const entry = bindingsGeneratorPath(join(repo, 'package.json'));
  const rootOf = new Map(); // package dir → its destination under dist/
  const root = packageOf(entry);
  rootOf.set(root, join(dist, 'node_modules', relative(join(repo, 'node_modules'), root)));
  const seen = new Set();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(file, 'utf8');
    for (const [, target] of code.matchAll(URL_ASSET)) todo.push(join(dirname(file), target));
    const requireHere = createRequire(file);
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) {
        todo.push(join(dirname(file), spec));
        continue;
      }
      const resolved = requireHere.resolve(spec);
      const dir = packageOf(resolved);
      if (!rootOf.has(dir)) {
        const name = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).name;
        rootOf.set(dir, join(rootOf.get(root), 'node_modules', ...name.split('/')));
      }
      todo.push(resolved);
    }
  }
  for (const dir of rootOf.keys()) {
    seen.add(join(dir, 'package.json'));
    for (const licence of ['LICENSE', 'LICENSE.md'])
      if (existsSync(join(dir, licence))) seen.add(join(dir, licence));
  }
  for (const file of [...seen].sort()) {
    const dir = [...rootOf.keys()].find((d) => file.startsWith(d + sep));
    if (!dir) throw new Error(`bundle: ${file} is outside the runtime packages`);
    const target = join(rootOf.get(dir), relative(dir, file));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  }
}

// `edo plugin new` copies an example plugin, and Rust builds include the SDK: their files are read
// through paths ncc cannot follow (it finds some of them, not C sources), so they are copied as
// git tracks them.
const PLUGIN_TEMPLATES = [
  'plugins/c-upper',
  'plugins/js-text',
  'plugins/rust-wasm',
  'plugins/sdk-js',
  'plugins/sdk-rust',
];

async function copyPluginTemplates() {
  const listed = spawnSync('git', ['ls-files', '-z', '--', ...PLUGIN_TEMPLATES], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const name of listed.stdout
    .split('\0')
    .filter((n) => n.length > 0)
    .sort()) {
    await mkdir(dirname(join(dist, name)), { recursive: true });
    await copyFile(join(repo, name), join(dist, name));
  }
}

compile();
await rm(dist, { recursive: true, force: true });
await mkdir(dist);
await bundle();
await copyPluginTemplates();
await copyRuntimePackage();
for (const { file, text, mode } of starters) {
  await writeFile(join(dist, file), text.join('\n'));
  if (mode) await chmod(join(dist, file), mode);
}
// dist/ is ES modules wherever it is copied to. (The CLI reads its version from package.json, so
// ncc usually emits the repository's, which says so already.)
const marker = join(dist, 'package.json');
if (!existsSync(marker)) await writeFile(marker, '{ "type": "module" }\n');
