import { componentWit } from '@bytecodealliance/jco';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { EdoError } from '../../model/errors.js';
import type { NodeValue } from '../../model/node.js';
import {
  checkInterfaceVersion,
  embedManifest,
  parseManifest,
  readManifest,
  type PluginManifest,
} from '../manifest.js';
import { allowToolFileAccess, buildCComponent } from './c.js';
import { jsSourceRoot } from './js-root.js';
import { buildRustComponent } from './rust.js';

/** The WIT package this edo implements (the single source of truth for guests and host). */
export const WIT_DIR = fileURLToPath(new URL('../../../wit', import.meta.url));
/** A plugin project's description, at its root. */
export const PROJECT_FILE = 'edo-plugin.json';
/** Every WASI feature off: JS guests reach I/O only through `edo:plugin/system`. */
const JS_DISABLED_FEATURES = ['stdio', 'random', 'clocks', 'http', 'fetch-event'];

/**
 * One case of `edo plugin test`: a transform (a rule the plugin adds, or a component name) run
 * with `attrs`, or a storage backend (a component name) put through a save/open/read/del round
 * trip. `$TEST_DIR` in string attributes and in `capabilities` (the grants) is a fresh directory.
 */
export interface PluginTestCase {
  name: string;
  transform?: string;
  storage?: string;
  attrs: Record<string, NodeValue>;
  capabilities?: string[];
  expect?: {
    /** The exact text the transform writes to its log. */
    log?: string;
    /** The artifact's layers' contents, as UTF-8. */
    layers?: string[];
  };
}

/** The guest languages `edo plugin build` compiles. */
export const PLUGIN_LANGUAGES = ['c', 'js', 'rust'] as const;
export type PluginLanguage = (typeof PLUGIN_LANGUAGES)[number];

export interface PluginProject {
  dir: string;
  lang: PluginLanguage;
  /** C: the translation units; JS: the entry module (its imports are bundled); Rust: the crate root. */
  sources: string[];
  manifest: PluginManifest;
  tests: PluginTestCase[];
}

export function readPluginProject(dir: string): PluginProject {
  const file = join(dir, PROJECT_FILE);
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new EdoError(`${file}: ${(error as Error).message} (a plugin project has an ${PROJECT_FILE})`);
  }
  const { lang, sources, tests = [] } = raw;
  if (!PLUGIN_LANGUAGES.includes(lang as PluginLanguage))
    throw new EdoError(`${file}: "lang" must be one of ${PLUGIN_LANGUAGES.join(', ')}`);
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => typeof s === 'string')) {
    throw new EdoError(`${file}: "sources" must be a non-empty list of paths`);
  }
  if (lang === 'js' && sources.length !== 1)
    throw new EdoError(`${file}: a JS plugin has one entry module in "sources"`);
  if (lang === 'rust' && sources.length !== 1)
    throw new EdoError(`${file}: a Rust plugin has one crate root in "sources" (its modules sit beside it)`);
  const manifest = parseManifest(JSON.stringify(raw.manifest ?? null), file);
  return {
    dir,
    lang: lang as PluginLanguage,
    sources: (sources as string[]).map((source) => resolve(dir, source)),
    manifest,
    tests: tests as PluginTestCase[],
  };
}

/** Where `edo plugin build` writes a project's component. */
export function builtComponentPath(project: PluginProject): string {
  return join(project.dir, 'dist', `${project.manifest.name}.wasm`);
}

export interface BuiltPlugin {
  path: string;
  bytes: Uint8Array;
  buildMs: number;
}

/** Builds the project's component, embeds its manifest and writes it to `dist/<name>.wasm`. */
export async function buildPluginProject(project: PluginProject): Promise<BuiltPlugin> {
  checkInterfaceVersion(project.manifest);
  const started = performance.now();
  let component: Uint8Array;
  if (project.lang === 'c') {
    ({ component } = await buildCComponent(project.sources, WIT_DIR, 'edo', project.manifest.name));
  } else if (project.lang === 'rust') {
    ({ component } = await buildRustComponent(project.sources[0]!, WIT_DIR, project.manifest.name));
  } else {
    // componentize-js is a dev dependency: loaded only when a JS plugin is built.
    const { componentize } = await import('@bytecodealliance/componentize-js');
    await allowToolFileAccess();
    // componentize-js maps the current directory as the guest's root when the entry is inside
    // it: the build runs from the directory that holds everything the plugin imports.
    // (A worker thread cannot change it: there the build sees the current directory, as before.)
    const previousDir = process.cwd();
    const root = jsSourceRoot(project.sources[0]!);
    const moved = isMainThread && root !== previousDir;
    if (moved) process.chdir(root);
    try {
      ({ component } = await componentize({
        sourcePath: project.sources[0]!,
        witPath: WIT_DIR,
        worldName: 'edo',
        disableFeatures: JS_DISABLED_FEATURES as never,
      }));
    } finally {
      if (moved) process.chdir(previousDir);
    }
  }
  const bytes = embedManifest(component, project.manifest);
  const path = builtComponentPath(project);
  mkdirSync(join(project.dir, 'dist'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  return { path, bytes, buildMs: performance.now() - started };
}

export interface PluginInspection {
  manifest: PluginManifest;
  /** `sha256:<hex>`: what a `plugin(sha256 = ...)` declaration pins. */
  digest: string;
  size: number;
  /** The component's world as WIT (its imports and exports). */
  world: string;
  imports: string[];
  exports: string[];
}

export async function inspectPlugin(bytes: Uint8Array, what: string): Promise<PluginInspection> {
  const manifest = readManifest(bytes, what);
  await allowToolFileAccess();
  const world = await componentWit(bytes);
  const items = (direction: string) =>
    [...world.matchAll(new RegExp(`^\\s*${direction} ([^;{]+)`, 'gm'))].map((match) => match[1]!.trim());
  return {
    manifest,
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length,
    world,
    imports: items('import'),
    exports: items('export'),
  };
}
