import type { Command } from 'commander';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EdoError, UsageError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import type { CommandModule } from './index.js';

// The plugin build code pulls in jco: it is loaded only when a plugin command runs.
const projectApi = () => import('../../plugin/build/project.js');

/** The example plugins `edo plugin new` starts from (plugins/ of this edo). */
const TEMPLATES = { c: 'c-upper', js: 'js-text', rust: 'rust-wasm' } as const;
type TemplateLanguage = keyof typeof TEMPLATES;
const PLUGINS_DIR = fileURLToPath(new URL('../../../plugins', import.meta.url));

function languageOf(value: string): TemplateLanguage {
  if (!(value in TEMPLATES))
    throw new UsageError(`--lang ${value}: one of ${Object.keys(TEMPLATES).join(', ')}`);
  return value as TemplateLanguage;
}

/**
 * A new project from the example plugin of `lang`: its sources (the JS SDK copied in), and its
 * project file renamed, with its rules and tests under the new plugin's name.
 */
async function createProject(target: string, name: string, lang: TemplateLanguage): Promise<void> {
  const { PROJECT_FILE } = await projectApi();
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new UsageError(`plugin name ${name}: lower case letters, digits and -`);
  if (existsSync(target)) throw new UsageError(`${target} already exists`);
  const template = join(PLUGINS_DIR, TEMPLATES[lang]);
  const project = JSON.parse(readFileSync(join(template, PROJECT_FILE), 'utf8')) as {
    manifest: { name: string; rules: Record<string, unknown> };
    tests: { transform: string }[];
  };
  const [[oldRule, schema]] = Object.entries(project.manifest.rules) as [[string, unknown]];
  // `<name>_upper`: a rule named like the plugin would clash with the plugin's own registration.
  const rule = `${name.replace(/-/g, '_')}_${oldRule.slice(oldRule.indexOf('_') + 1)}`;
  const oldName = project.manifest.name;
  project.manifest.name = name;
  project.manifest.rules = { [rule]: schema };
  for (const test of project.tests) if (test.transform === oldRule) test.transform = rule;
  mkdirSync(target, { recursive: true });
  cpSync(join(template, 'src'), join(target, 'src'), { recursive: true });
  // What the template's tests build from (the Rust rule's test crate).
  if (existsSync(join(template, 'tests')))
    cpSync(join(template, 'tests'), join(target, 'tests'), { recursive: true });
  // The name the plugin's errors carry (Rust's comes from the manifest at build time).
  const renameIn = (file: string, quote: string, more: (text: string) => string = (text) => text) => {
    const entry = join(target, 'src', file);
    const text = readFileSync(entry, 'utf8').replace(`${quote}${oldName}${quote}`, `${quote}${name}${quote}`);
    writeFileSync(entry, more(text));
  };
  if (lang === 'js') {
    cpSync(join(PLUGINS_DIR, 'sdk-js', 'index.js'), join(target, 'src', 'sdk.js'));
    renameIn('index.js', "'", (text) => text.replace("'../../sdk-js/index.js'", "'./sdk.js'"));
  } else if (lang === 'c') {
    renameIn('upper.c', '"');
  }
  writeFileSync(join(target, PROJECT_FILE), `${JSON.stringify(project, null, 2)}\n`);
}

/**
 * Runs a plugin build, whose tools (jco, componentize-js) are npm packages the bundle leaves out:
 * the action and the runner image run plugins, they do not build them.
 */
async function withBuildTools<T>(build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (error) {
    const missing = /Cannot find (?:package|module) '(@bytecodealliance\/[^'/]+)/.exec(
      (error as Error).message,
    );
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND' || !missing) throw error;
    throw new UsageError(
      `building a plugin needs ${missing[1]}, which this installation of edo does not include ` +
        `(the action and the runner image run plugins, they do not build them): ` +
        `run edo plugin build where edo's npm dependencies are installed`,
    );
  }
}

export const pluginCommand: CommandModule = {
  register(program: Command, ctx: CliContext): void {
    const plugin = program
      .command('plugin')
      .description('write, build, test and inspect WebAssembly plugins');
    const out = (text: string) => ctx.io.stdout.write(text);

    plugin
      .command('inspect')
      .argument('<file>', 'a plugin component (.wasm)')
      .description('print a plugin’s manifest, world (imports and exports) and sha256 digest')
      .option('--wit', 'also print the whole world as WIT')
      .action(async (file: string, flags: { wit?: boolean }) => {
        const path = resolve(ctx.cwd, file);
        if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
        const { inspectPlugin } = await projectApi();
        const info = await inspectPlugin(readFileSync(path), basename(path));
        const { manifest } = info;
        out(`plugin    ${manifest.name}@${manifest.version}\n`);
        const { interfaceProblem } = await import('../../plugin/manifest.js');
        const refused = interfaceProblem(manifest);
        out(`interface ${manifest.interface}${refused ? ` (not loadable: ${refused})` : ''}\n`);
        out(`digest    ${info.digest}\n`);
        out(`size      ${info.size} bytes\n`);
        for (const [kind, names] of Object.entries(manifest.provides)) {
          if (names.length > 0) out(`provides  ${kind}: ${names.join(', ')}\n`);
        }
        for (const [rule, schema] of Object.entries(manifest.rules)) {
          // `name?` for an attribute a call may leave out.
          const attrs = Object.entries(schema.attrs).map(([name, spec]) =>
            spec.required ? name : `${name}?`,
          );
          out(`rule      ${rule}(${attrs.join(', ')}) -> transform ${schema.transform}\n`);
        }
        out(
          `capabilities ${manifest.capabilities.length > 0 ? manifest.capabilities.join(' ') : '(none)'}\n`,
        );
        for (const item of info.imports) out(`import    ${item}\n`);
        for (const item of info.exports) out(`export    ${item}\n`);
        if (flags.wit) out(`\n${info.world}\n`);
      });

    plugin
      .command('list')
      .description('list the plugins the workspace declares: sources, digest, version and what each provides')
      .option('--json', 'print them as JSON')
      .action(async (flags: { json?: boolean }) => {
        const [{ findWorkspace }, { listWorkspacePlugins }] = await Promise.all([
          import('../../engine/workspace.js'),
          import('../../engine/plugin-list.js'),
        ]);
        const listed = await listWorkspacePlugins(findWorkspace(ctx.cwd, ctx.io.env));
        if (flags.json) {
          out(`${JSON.stringify(listed, null, 2)}\n`);
          return;
        }
        if (listed.length === 0) out('no plugins declared\n');
        for (const [index, plugin] of listed.entries()) {
          if (index > 0) out('\n');
          out(`plugin    ${plugin.name}  ${plugin.label}  (${plugin.declaredAt})\n`);
          out(`sources   ${plugin.sources.join(', ')}\n`);
          out(`resolved  ${plugin.resolved ?? '(none)'}\n`);
          const pinned = plugin.locked ? 'edo.lock.json' : 'file, not locked yet';
          out(`digest    ${plugin.digest ? `${plugin.digest} (${pinned})` : '(unknown)'}\n`);
          const { manifest } = plugin;
          if (manifest) {
            out(`version   ${manifest.version} (${manifest.interface})\n`);
            for (const [kind, names] of Object.entries(manifest.provides)) {
              if (names.length > 0) out(`provides  ${kind}: ${names.join(', ')}\n`);
            }
            if (manifest.rules.length > 0) out(`rules     ${manifest.rules.join(', ')}\n`);
          }
          for (const problem of plugin.problems) out(`problem   ${problem}\n`);
        }
      });

    plugin
      .command('push')
      .argument('<file>', 'a plugin component (.wasm)')
      .argument('<ref>', 'oci://host[:port]/repository:tag')
      .description(
        'publish a plugin component to an OCI registry, as an artifact plugin(source = ...) can name',
      )
      .action(async (file: string, ref: string) => {
        const path = resolve(ctx.cwd, file);
        if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
        const [{ pushPlugin }, { readManifest }] = await Promise.all([
          import('../../plugin/distribution.js'),
          import('../../plugin/manifest.js'),
        ]);
        const bytes = readFileSync(path);
        const manifest = readManifest(bytes, basename(path));
        const digest = await pushPlugin(bytes, ref, manifest, ctx.io.env);
        out(`pushed ${manifest.name}@${manifest.version} to ${ref} (${digest})\n`);
      });

    plugin
      .command('build')
      .argument('[dir]', 'the plugin project (with an edo-plugin.json)', '.')
      .description(
        'build a plugin project (C with clang-19, JS with componentize-js, Rust with rustc) into dist/<name>.wasm',
      )
      .action(async (dir: string) => {
        const { readPluginProject, buildPluginProject } = await projectApi();
        const project = readPluginProject(resolve(ctx.cwd, dir));
        const built = await withBuildTools(() => buildPluginProject(project));
        out(`${built.path}: ${built.bytes.length} bytes in ${built.buildMs.toFixed(0)} ms\n`);
      });

    plugin
      .command('test')
      .argument('[dir]', 'the plugin project (built with `edo plugin build`)', '.')
      .description('load the built plugin in the plugin host and run the tests of its edo-plugin.json')
      .action(async (dir: string) => {
        const { readPluginProject, builtComponentPath, PROJECT_FILE } = await projectApi();
        const { runPluginTests } = await import('../../plugin/build/test-runner.js');
        const project = readPluginProject(resolve(ctx.cwd, dir));
        const path = builtComponentPath(project);
        if (!existsSync(path)) throw new UsageError(`${path} does not exist: run edo plugin build first`);
        if (project.tests.length === 0) throw new UsageError(`${PROJECT_FILE} has no "tests"`);
        const results = await runPluginTests(project, readFileSync(path));
        for (const result of results) {
          out(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name}\n`);
          for (const problem of result.problems) out(`     ${problem}\n`);
        }
        const failed = results.filter((result) => !result.ok).length;
        if (failed > 0) throw new EdoError(`${failed} of ${results.length} plugin test(s) failed`);
        out(`${results.length} test(s) passed\n`);
      });

    plugin
      .command('new')
      .argument('<name>', 'the plugin name (also its directory)')
      .description('create a plugin project that builds and passes its own test as is')
      .option('--lang <lang>', 'c, js or rust', 'js')
      .action(async (name: string, flags: { lang: string }) => {
        const target = resolve(ctx.cwd, name);
        await createProject(target, name, languageOf(flags.lang));
        out(`created ${target}: cd ${name} && edo plugin build && edo plugin test\n`);
      });

    plugin
      .command('bindgen')
      .description('generate guest bindings from the edo:plugin WIT package')
      .option('--lang <lang>', 'the guest language: c (edo.h, edo.c) or rust (edo.rs, the crate edo)', 'c')
      .option('-o, --out <dir>', 'where to write them', '.')
      .action(async (flags: { lang: string; out: string }) => {
        if (flags.lang !== 'c' && flags.lang !== 'rust')
          throw new UsageError(
            `--lang ${flags.lang}: bindings are generated for c and rust (JS guests use jco's types)`,
          );
        const outDir = resolve(ctx.cwd, flags.out);
        mkdirSync(outDir, { recursive: true });
        const { WIT_DIR } = await projectApi();
        const files =
          flags.lang === 'c'
            ? (await import('../../plugin/build/c.js')).writeCBindings(WIT_DIR, outDir)
            : (await import('../../plugin/build/rust.js')).writeRustBindings(WIT_DIR, outDir);
        for (const file of files) out(`${file}\n`);
      });
  },
};
