import { componentWit } from '@bytecodealliance/jco';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { EdoError, pathForMessages, UsageError } from '../../model/errors.js';
import type { NodeValue } from '../../model/node.js';
import {
  checkInterfaceVersion,
  embedManifest,
  isStringList,
  parseManifest,
  readManifest,
  type PluginManifest,
} from '../manifest.js';
import { allowToolFileAccess, buildCComponent } from './c.js';
import { readWitPackage } from '../bindgen/wit.js';
import { checkHostImports, checkJsSyntax, jsSources } from './js-root.js';
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
    /** The artifact's files (its layers applied in order, tars extracted): path → UTF-8 content. */
    files?: Record<string, string>;
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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(
        `no ${PROJECT_FILE} in ${dir}: not a plugin project (edo plugin new NAME makes one)`,
      );
    }
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    const message = (error as Error).message;
    const { line, col } = jsonErrorPosition(text, message);
    // JSON has no comments, and a pasted example's `//` is the usual mistake.
    const comment = /^\s*\/[/*]/.test(text.split('\n')[line - 1]!.slice(col - 1))
      ? ' (JSON has no comments)'
      : '';
    throw new UsageError(
      `${PROJECT_FILE} is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${comment}`,
      {
        position: { file: pathForMessages(file), line, col },
      },
    );
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
    tests: parseTestCases(tests, file),
  };
}

/**
 * Where JSON.parse stopped, from its message: `(line L column C)` (newer V8), `at position N`
 * (V8 before that), else the end of the text (`Unexpected end of JSON input`).
 */
export function jsonErrorPosition(text: string, message: string): { line: number; col: number } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), col: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const before = text.slice(0, position ? Number(position[1]) : text.length).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** `tests` of edo-plugin.json, checked: `edo plugin test` trusts their shape. */
function parseTestCases(tests: unknown, file: string): PluginTestCase[] {
  const fail = (message: string): never => {
    throw new UsageError(`${file}: ${message}`);
  };
  if (!Array.isArray(tests)) fail('"tests" must be a list of test cases');
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return (tests as unknown[]).map((test, i) => {
    if (!isObject(test)) return fail(`tests[${i}] must be an object`);
    const { name, transform, storage, attrs = {}, capabilities, expect } = test;
    const what =
      typeof name === 'string' && name !== '' ? `test "${name}"` : fail(`tests[${i}] needs a "name"`);
    if ((typeof transform === 'string') === (typeof storage === 'string'))
      fail(`${what} needs one of "transform" or "storage" (a component or rule name)`);
    if (!isObject(attrs)) fail(`${what}: "attrs" must be an object`);
    if (capabilities !== undefined && !isStringList(capabilities))
      fail(`${what}: "capabilities" must be a list of strings`);
    if (expect !== undefined) {
      if (!isObject(expect)) fail(`${what}: "expect" must be an object`);
      const { log, layers, files } = expect as Record<string, unknown>;
      if (log !== undefined && typeof log !== 'string') fail(`${what}: "expect.log" must be a string`);
      if (layers !== undefined && !isStringList(layers))
        fail(`${what}: "expect.layers" must be a list of strings`);
      if (
        files !== undefined &&
        !(isObject(files) && Object.values(files).every((v) => typeof v === 'string'))
      )
        fail(`${what}: "expect.files" must map paths to their contents (strings)`);
    }
    return { ...test, attrs } as unknown as PluginTestCase;
  });
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
    component = await buildJsComponent(project.sources[0]!);
  }
  const bytes = embedManifest(component, project.manifest);
  const path = builtComponentPath(project);
  mkdirSync(join(project.dir, 'dist'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  return { path, bytes, buildMs: performance.now() - started };
}

/**
 * A JS guest through componentize-js. Its mistakes are found first where they can be shown at
 * their place (a missing module, a syntax error); what componentize-js finds later (a module that
 * throws while it initializes, a missing export) it reports as text, shown as such.
 */
/** What the wizer wrapper writes when it stops wizer. */
const WIZER_TIMED_OUT = 'edo: wizer stopped after its time limit';

/**
 * How long componentize-js may take to run a guest's top-level code (wizer, at build time; a
 * 14 MB guest takes ≈ 5 s here): `EDO_PLUGIN_INIT_SECONDS`, 300 by default.
 */
function initLimitSeconds(): number {
  const seconds = Number(process.env.EDO_PLUGIN_INIT_SECONDS ?? 300);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 300;
}

/**
 * componentize-js runs wizer with `spawnSync` and no time limit, so a guest whose top-level code
 * never returns hung `edo plugin build` for ever. It takes the wizer to run: this wrapper, in
 * `dir`, runs the real one under a time limit.
 */
async function timeLimitedWizer(dir: string): Promise<string> {
  // A variable, so TypeScript does not look for the package's (missing) types.
  const wizerPackage = '@bytecodealliance/wizer';
  const { default: wizer } = (await import(wizerPackage)) as { default: string };
  const wrapper = join(dir, 'wizer-time-limited.mjs');
  writeFileSync(
    wrapper,
    [
      `#!${process.execPath}`,
      "import { spawnSync } from 'node:child_process';",
      `const run = spawnSync(${JSON.stringify(wizer)}, process.argv.slice(2), { stdio: 'inherit', timeout: ${initLimitSeconds() * 1000}, killSignal: 'SIGKILL' });`,
      `if (run.error?.code === 'ETIMEDOUT') { process.stderr.write(${JSON.stringify(`${WIZER_TIMED_OUT}\n`)}); process.exit(124); }`,
      'process.exit(run.status ?? 1);',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return wrapper;
}

async function buildJsComponent(entry: string): Promise<Uint8Array> {
  const { root, files } = jsSources(entry);
  await checkJsSyntax(files);
  const wit = readWitPackage(WIT_DIR);
  checkHostImports(
    files,
    wit.world.imports.map((name) => `${wit.name}/${name}@${wit.version}`),
  );
  // componentize-js is a dev dependency: loaded only when a JS plugin is built.
  const { componentize } = await import('@bytecodealliance/componentize-js');
  await allowToolFileAccess();
  // componentize-js maps the current directory as the guest's root when the entry is inside
  // it: the build runs from the directory that holds everything the plugin imports.
  // (A worker thread cannot change it: there the build sees the current directory, as before.)
  const previousDir = process.cwd();
  const shown = pathForMessages(entry);
  const moved = isMainThread && root !== previousDir;
  // It works in a directory under the system's temp directory and leaves it behind when the
  // build fails: under a directory of ours, which goes whatever happens.
  const previousTemp = process.env.TMPDIR;
  const temp = mkdtempSync(join(tmpdir(), 'edo-componentize-'));
  process.env.TMPDIR = temp;
  if (moved) process.chdir(root);
  try {
    const { component } = await componentize({
      sourcePath: entry,
      witPath: WIT_DIR,
      worldName: 'edo',
      disableFeatures: JS_DISABLED_FEATURES as never,
      wizerBin: await timeLimitedWizer(temp),
    });
    return component;
  } catch (error) {
    if (String((error as Error).message).includes(WIZER_TIMED_OUT)) {
      throw new UsageError(
        `${shown}: its top-level code did not finish within ${initLimitSeconds()} s ` +
          '(componentize-js runs it while building: a loop or a wait that never ends?)',
      );
    }
    const [first, ...rest] = String((error as Error).message ?? error)
      .trimEnd()
      .split('\n');
    throw new EdoError(`componentize-js could not build ${relative(previousDir, entry) || entry}: ${first}`, {
      details: rest
        .filter((line) => line.trim() !== '')
        .slice(0, 20)
        .map((line) => `  | ${line}`),
    });
  } finally {
    if (moved) process.chdir(previousDir);
    if (previousTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTemp;
    rmSync(temp, { recursive: true, force: true });
  }
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
