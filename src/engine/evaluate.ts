import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Log } from '../model/log.js';
import { UsageError, type SourcePosition } from '../model/errors.js';
import {
  formatLabel,
  globToRegExp,
  hasGlob,
  LabelSyntaxError,
  parseLabel,
  type Label,
  parsingLabels,
} from '../model/label.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { sha256Hex } from './cache-key.js';
import { EvaluationCache } from './eval-cache.js';
import type { TargetDeclaration, WorkspaceModel } from './model.js';
import type { ScannedPlugin } from './plugin-scan.js';
import {
  checkRuleCall,
  dependencyLabels,
  type AttrSpec,
  type CallSite,
  type RuleRegistry,
  type RuleSchema,
} from './rules.js';
import {
  BuildFileRunner,
  hostFunction,
  toNodeValue,
  toStarlark,
  type HostCall,
  type StarValue,
} from './starlark-host.js';
import { statIfPresent } from '../storage/fs-util.js';
import { positional, Struct, structBuiltin, unpackArgs } from '../starlark/index.js';
import { BUILD_FILE, neverSearched, WORKSPACE_FILE, type WorkspacePaths } from './workspace.js';

const isFile = (path: string): boolean => statIfPresent(path)?.isFile() ?? false;
/** A host call's keyword arguments as the interpreter's argument helpers take them. */
const mutableKwargs = (call: HostCall): [string, StarValue][] => call.kwargs.map(([k, v]) => [k, v]);

/** Steps one build or `.star` file may take: generous for real files, a stop for runaway ones. */
export const MAX_STEPS_PER_FILE = 10_000_000;

/**
 * Every package (a directory with BUILD.edo) under `root`, as package paths, sorted; `ignored`
 * are the directories `.edoignore` lists (`ignoredDirectories`).
 */
export function findPackages(root: string, ignored: ReadonlySet<string>): string[] {
  const packages: string[] = [];
  const walk = (dir: string, pkg: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.name === BUILD_FILE && e.isFile())) packages.push(pkg);
    for (const entry of entries) {
      const sub = pkg === '' ? entry.name : `${pkg}/${entry.name}`;
      if (entry.isDirectory() && !neverSearched(entry.name) && !ignored.has(sub))
        walk(join(dir, entry.name), sub);
    }
  };
  walk(root, '');
  return packages.sort();
}

/**
 * The files of a package (relative paths, sorted) for glob and file patterns: subpackages,
 * directories `.edoignore` names (`stops` holds both), hidden state and node_modules excluded.
 */
export function listPackageFiles(root: string, pkg: string, stops: ReadonlySet<string>): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        const sub = pkg === '' ? rel : `${pkg}/${rel}`;
        if (neverSearched(entry.name) || stops.has(sub)) continue;
        walk(join(dir, entry.name), rel + '/');
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(rel);
      }
    }
  };
  walk(join(root, pkg), '');
  return files.sort();
}

/** Workspace-level declarations: global names, usable in any build file. */
const WORKSPACE_DECLARATIONS = {
  storage_backend: 'backends',
  environment_farm: 'farms',
  build_config: 'configs',
  vendor: 'vendors',
} as const;
type DeclarationKind = keyof typeof WORKSPACE_DECLARATIONS;

const BUILD_CONFIG_ATTRS: Record<string, AttrSpec> = {
  build_cache: { type: 'string', doc: 'storage_backend for local results (default: the local store)' },
  remote_caches: { type: 'string_list', default: [], doc: 'storage_backends read through, in order' },
  write_back: { type: 'bool', default: false, doc: 'push new results to the remote caches' },
  default_farm: { type: 'string', default: 'local', doc: 'environment_farm of targets that name none' },
  jobs: { type: 'int', doc: 'default for --jobs' },
};

/**
 * Evaluates every build file of a workspace into its model: WORKSPACE.edo first, then each
 * package's BUILD.edo. Rule calls record targets; declarations record farms, backends and configs.
 * Evaluation is synchronous: build files cannot do I/O except through `load` and `glob`.
 */
class WorkspaceEvaluator {
  readonly targets = new Map<string, TargetDeclaration>();
  readonly declarations: Record<
    (typeof WORKSPACE_DECLARATIONS)[DeclarationKind],
    Map<string, DeclarationNode>
  > = {
    backends: new Map(),
    farms: new Map(),
    configs: new Map(),
    vendors: new Map(),
  };
  /** Every file read (workspace-relative path → sha256 of its bytes). */
  readonly fileDigests = new Map<string, string>();
  private readonly runner: BuildFileRunner;
  /** The package of each file evaluated (by display path), for relative labels in its loads. */
  private readonly packageOfFile = new Map<string, string>();
  private readonly predeclared = new Map<string, StarValue>();
  private readonly packageSet: Set<string>;
  /** The package whose build file is being evaluated: rule calls in loaded macros belong to it. */
  private pkg = '';
  /** Package listings read by glob and file patterns: what else an evaluation depends on. */
  readonly listings = new Map<string, string[]>();

  constructor(
    private readonly paths: WorkspacePaths,
    rules: RuleRegistry,
    readonly packages: readonly string[],
    /** Where a package's file listing stops (`searchStops`). */
    private readonly searchStops: ReadonlySet<string>,
    /** `file:line` of each plugin(...) call the pre-pass read. */
    private readonly pluginCalls: ReadonlySet<string>,
    /** Where build files' `print()` goes. */
    output: Log,
  ) {
    this.packageSet = new Set(packages);
    for (const schema of rules.all()) {
      this.predeclared.set(
        schema.kind,
        hostFunction(schema.kind, (call) => this.ruleCall(schema, call)),
      );
    }
    for (const kind of Object.keys(WORKSPACE_DECLARATIONS) as DeclarationKind[]) {
      this.predeclared.set(
        kind,
        hostFunction(kind, (call) => this.declaration(kind, call)),
      );
    }
    // Plugins were read by the pre-pass (plugins.ts); a call it did not see (in a macro or a
    // loaded .star file) would come too late to register anything.
    this.predeclared.set(
      'plugin',
      hostFunction('plugin', (call) => {
        if (!this.pluginCalls.has(`${call.position.file}:${call.position.line}`)) {
          throw new UsageError(
            'plugin(...) must be called at the top level of WORKSPACE.edo or a BUILD.edo file',
            { position: call.position },
          );
        }
        return null;
      }),
    );
    this.predeclared.set(
      'glob',
      hostFunction('glob', (call) => this.glob(call)),
    );
    // Bazel's build files have it: constants grouped in .star files (`DEPS = struct(...)`).
    this.predeclared.set('struct', structBuiltin);
    this.predeclared.set(
      'package_name',
      hostFunction('package_name', (call) => {
        this.requirePackage('package_name()', call);
        positional('package_name', [...call.args], mutableKwargs(call), 0, 0);
        return toStarlark(this.pkg);
      }),
    );
    // Bazel's macros reach the rules through `native` (native.genrule(...), native.glob(...)).
    this.predeclared.set('native', new Struct(new Map(this.predeclared), 'native'));
    this.runner = new BuildFileRunner({
      predeclared: this.predeclared,
      resolveLoad: (module, fromFile) => this.resolveLoad(module, fromFile),
      maxSteps: MAX_STEPS_PER_FILE,
      print: (line) => output.write(`${line}\n`),
    });
  }

  /** How a position's file reads in messages: relative to where edo was started. */
  private displayPath(file: string): string {
    return relative(process.cwd(), file) || file;
  }

  evaluateFile(path: string, pkg: string): void {
    this.pkg = pkg;
    const file = this.displayPath(path);
    this.packageOfFile.set(file, pkg);
    this.runner.run(file, this.read(path));
  }

  private read(path: string): string {
    const bytes = readFileSync(path);
    this.fileDigests.set(relative(this.paths.root, path).split(sep).join('/'), sha256Hex(bytes));
    return bytes.toString('utf8');
  }

  /** `load("//pkg:file.star", ...)`: a label, relative ones resolved in the loading file's package. */
  private resolveLoad(module: string, fromFile: string): { key: string; file: string; source: string } {
    const label = parsingLabels(() => parseLabel(module, this.packageOfFile.get(fromFile) ?? this.pkg));
    const path = join(this.paths.root, label.pkg, label.name);
    if (!isFile(path)) {
      // `//lib/defs.star` names the file defs.star in package lib/defs.star, as in Bazel.
      const meant = !module.includes(':') && isFile(join(this.paths.root, label.pkg));
      const hint = meant
        ? `; did you mean //${posix.dirname(label.pkg).replace(/^\.$/, '')}:${posix.basename(label.pkg)}?`
        : '';
      throw new UsageError(`no such file ${this.displayPath(path)}${hint}`);
    }
    const file = this.displayPath(path);
    this.packageOfFile.set(file, label.pkg);
    return { key: formatLabel(label), file, source: this.read(path) };
  }

  private site(position: SourcePosition): CallSite {
    return { pkg: this.pkg, position, expandFiles: (text) => this.expandFiles(text, position) };
  }

  private kwargs(kind: string, call: HostCall): Record<string, NodeValue> {
    if (call.args.length > 0) {
      throw new UsageError(`${kind}: takes keyword arguments only (name = ..., ...)`, {
        position: call.position,
      });
    }
    const out: Record<string, NodeValue> = {};
    for (const [key, value] of call.kwargs)
      out[key] = toNodeValue(value, `${kind}: attribute ${key}`, call.position);
    return out;
  }

  /**
   * Rule calls, glob() and package_name() act on the package being evaluated. A `.star` file's
   * top level has none: it runs once, for whichever package loads it first (as in Bazel, an error).
   */
  private requirePackage(what: string, call: HostCall): void {
    if (this.runner.loadingModule) {
      throw new UsageError(
        `${what} can only be called from a BUILD file and the macros it calls, not at the top level of a .star file`,
        { position: call.position },
      );
    }
  }

  private ruleCall(schema: RuleSchema, call: HostCall): StarValue {
    this.requirePackage(`${schema.kind}()`, call);
    const { name, attrs } = checkRuleCall(schema, this.kwargs(schema.kind, call), this.site(call.position));
    const label = parsingLabels(() => formatLabel(parseLabel(`:${name}`, this.pkg)), {
      prefix: schema.kind,
      position: call.position,
    });
    const existing = this.targets.get(label);
    if (existing) {
      const at = existing.node.position;
      throw new UsageError(`target ${label} is already declared at ${at.file}:${at.line}:${at.col}`, {
        position: call.position,
      });
    }
    const node: DeclarationNode = { kind: schema.kind, name, id: label, attrs, position: call.position };
    this.targets.set(label, { node, schema, deps: dependencyLabels(schema, attrs) });
    return null;
  }

  /**
   * `storage_backend(name, kind = "local", plugin = None, **config)`; `environment_farm(...)` and
   * `vendor(...)` alike,
   * `build_config(...)` with its fixed attributes. The node's kind is the component kind: `kind`,
   * else the plugin's name (a plugin registers its components under it), else `local`.
   */
  private declaration(kind: DeclarationKind, call: HostCall): StarValue {
    const kwargs = this.kwargs(kind, call);
    let name: string;
    let attrs: Record<string, NodeValue>;
    let componentKind: string;
    if (kind === 'build_config') {
      ({ name, attrs } = checkRuleCall(
        { kind, attrs: BUILD_CONFIG_ATTRS },
        kwargs,
        this.site(call.position),
      ));
      componentKind = kind;
    } else {
      const { name: n, kind: k, ...rest } = kwargs;
      if (typeof n !== 'string' || n === '') {
        throw new UsageError(`${kind}: attribute name is required and must be a non-empty string`, {
          position: call.position,
        });
      }
      if (k !== undefined && typeof k !== 'string') {
        throw new UsageError(`${kind}: attribute kind must be a string`, { position: call.position });
      }
      name = n;
      attrs = rest;
      componentKind = k ?? (typeof rest.plugin === 'string' ? rest.plugin : 'local');
    }
    const table = this.declarations[WORKSPACE_DECLARATIONS[kind]];
    const existing = table.get(name);
    if (existing) {
      const at = existing.position;
      throw new UsageError(`${kind} "${name}" is already declared at ${at.file}:${at.line}:${at.col}`, {
        position: call.position,
      });
    }
    table.set(name, { kind: componentKind, name, id: name, attrs, position: call.position });
    return null;
  }

  /** The files of a package, listed once per evaluation (glob and file patterns read it). */
  private packageFiles(pkg: string): string[] {
    let files = this.listings.get(pkg);
    if (!files) {
      files = listPackageFiles(this.paths.root, pkg, this.searchStops);
      this.listings.set(pkg, files);
    }
    return files;
  }

  private matchFiles(pkg: string, include: readonly string[], exclude: readonly string[]): string[] {
    const inc = include.map(globToRegExp);
    const exc = exclude.map(globToRegExp);
    return this.packageFiles(pkg).filter((f) => inc.some((r) => r.test(f)) && !exc.some((r) => r.test(f)));
  }

  /**
   * `glob(include, exclude = [], allow_empty = False)`: files of the current package, as names
   * relative to it, sorted. As in Bazel 8, a pattern that matches nothing (a typo in a path, most
   * often) is an error unless `allow_empty = True`, and so is an empty result.
   */
  private glob(call: HostCall): StarValue {
    this.requirePackage('glob()', call);
    const [include, exclude, allowEmpty] = unpackArgs('glob', [...call.args], mutableKwargs(call), [
      'include',
      'exclude?',
      'allow_empty?',
    ]);
    const asList = (value: StarValue, what: string): string[] => {
      const node = toNodeValue(value, `glob: ${what}`, call.position);
      if (!Array.isArray(node) || node.some((v) => typeof v !== 'string')) {
        throw new UsageError(`glob: ${what} must be a list of strings`, { position: call.position });
      }
      return node as string[];
    };
    const included = asList(include!, 'include');
    const excluded = exclude === undefined ? [] : asList(exclude, 'exclude');
    const files = this.matchFiles(this.pkg, included, excluded);
    const mayBeEmpty =
      allowEmpty === undefined ? false : toNodeValue(allowEmpty, 'glob: allow_empty', call.position);
    if (typeof mayBeEmpty !== 'boolean')
      throw new UsageError('glob: allow_empty must be True or False', { position: call.position });
    if (!mayBeEmpty) {
      const where = this.pkg === '' ? 'the root package' : `package ${this.pkg}`;
      const fix = '(allow_empty = True allows it)';
      const listing = this.packageFiles(this.pkg);
      for (const pattern of included) {
        const regexp = globToRegExp(pattern);
        if (!listing.some((file) => regexp.test(file))) {
          throw new UsageError(`glob: ${JSON.stringify(pattern)} matches no file in ${where} ${fix}`, {
            position: call.position,
          });
        }
      }
      if (files.length === 0) {
        throw new UsageError(`glob: every file it matches in ${where} is excluded ${fix}`, {
          position: call.position,
        });
      }
    }
    return toStarlark(files);
  }

  /**
   * A file label, which must name a file of its package: `p/y.c` where `p` has a BUILD.edo of its
   * own is that package's file, as in Bazel ("crosses into package").
   */
  private fileLabel(text: string, position: SourcePosition): Label {
    const label = parseLabel(text, this.pkg);
    const parts = label.name.split('/');
    for (let i = parts.length - 1; i > 0; i--) {
      const inner = [label.pkg, ...parts.slice(0, i)].filter((part) => part !== '').join('/');
      if (this.packageSet.has(inner)) {
        throw new UsageError(
          `${text}: ${parts.slice(0, i).join('/')} is a package of its own (it has a ${BUILD_FILE}): name the file //${inner}:${parts.slice(i).join('/')}`,
          { position },
        );
      }
    }
    return label;
  }

  /** A `files` attribute entry: a file label, or a pattern such as `//src:*.cpp` or `*.txt`. */
  private expandFiles(text: string, position: SourcePosition): string[] {
    return parsingLabels(
      () => {
        const colon = text.lastIndexOf(':');
        const name = colon < 0 ? text : text.slice(colon + 1);
        if (!hasGlob(name)) return [formatLabel(this.fileLabel(text, position))];
        const pkg = text.startsWith('//') ? text.slice(2, colon) : this.pkg;
        if (!text.startsWith('//') && colon > 0)
          throw new LabelSyntaxError(text, 'a relative pattern must start with ":"');
        parseLabel(`//${pkg}:x`, '');
        if (!this.packageSet.has(pkg) && pkg !== '') {
          throw new UsageError(`${text}: no package ${pkg} (no ${pkg}/${BUILD_FILE})`, { position });
        }
        const files = this.matchFiles(pkg, [name], []);
        // As glob(): a pattern that matches nothing is a misspelling more often than not.
        if (files.length === 0) {
          const where = pkg === '' ? 'the root package' : `package ${pkg}`;
          throw new UsageError(`${text} matches no file in ${where}`, { position });
        }
        return files.map((file) => formatLabel({ pkg, name: file }));
      },
      { position },
    );
  }
}

/**
 * Evaluates the workspace's build files into its model, or takes the model from the evaluation
 * cache when nothing it was made from has changed (see eval-cache.ts).
 */
export async function evaluateWorkspace(
  paths: WorkspacePaths,
  rules: RuleRegistry,
  packages: readonly string[],
  ignored: ReadonlySet<string>,
  plugins: readonly ScannedPlugin[],
  output: Log,
): Promise<WorkspaceModel> {
  // Where a package's file listing stops: other packages and the ignored directories.
  const stops = new Set([...packages, ...ignored]);
  const cache = new EvaluationCache(paths, rules, packages);
  const cached = cache.load((pkg) => listPackageFiles(paths.root, pkg, stops));
  if (cached) return cached;
  const pluginCalls = new Set(plugins.map(({ node: { position } }) => `${position.file}:${position.line}`));
  const evaluator = new WorkspaceEvaluator(paths, rules, packages, stops, pluginCalls, output);
  evaluator.evaluateFile(join(paths.root, WORKSPACE_FILE), '');
  const brokenPackages = new Map<string, UsageError>();
  for (const pkg of packages) {
    try {
      evaluator.evaluateFile(join(paths.root, pkg, BUILD_FILE), pkg);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      brokenPackages.set(pkg, err);
      // What it declared before the error is not the package: none of it is used.
      for (const label of evaluator.targets.keys()) {
        if (label.slice(2, label.indexOf(':')) === pkg) evaluator.targets.delete(label);
      }
    }
  }
  const model: WorkspaceModel = {
    paths,
    packages,
    targets: evaluator.targets,
    farms: evaluator.declarations.farms,
    backends: evaluator.declarations.backends,
    configs: evaluator.declarations.configs,
    vendors: evaluator.declarations.vendors,
    files: [...evaluator.fileDigests.keys()],
    brokenPackages,
  };
  if (brokenPackages.size === 0) await cache.save(model, evaluator.fileDigests, evaluator.listings);
  return model;
}
