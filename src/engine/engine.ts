import { randomBytes } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { Farm } from '../environment/types.js';
import { atDeclaration, EdoError, placeOf, UsageError, withDetails } from '../model/errors.js';
import {
  formatLabel,
  isUnderPackage,
  parsingLabels,
  matchesPattern,
  parseLabel,
  parsePattern,
} from '../model/label.js';
import { logExcerpt, type Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { Source } from '../source/types.js';
import type { StorageBackend, StorageManager } from '../storage/types.js';
import type { CacheManager } from '../storage/manager.js';
import type { Handle, Transform } from '../transform/types.js';
import { LockFile, type LockMode } from '../vendor/lock.js';
import { registerBuiltins } from './builtins.js';
import { ComponentRegistry, type ComponentContext } from './components.js';
import { evaluateWorkspace, findPackages } from './evaluate.js';
import { scanPluginDeclarations } from './plugin-scan.js';
import { markActive } from './activity.js';
import type { PluginManager } from '../plugin/manager.js';
import { TargetLogs, withLog } from './logs.js';
import { BuildGraph } from './graph.js';
import {
  checkConfigs,
  selectConfig,
  type BuildConfig,
  type TargetDeclaration,
  type WorkspaceModel,
} from './model.js';
import { RuleRegistry, type RuleSchema } from './rules.js';
import { openStorageManager } from './storage.js';
import { SourceTransform, TargetView } from './target-view.js';
import {
  findWorkspace,
  IGNORE_FILE,
  ignoredDirectories,
  WORKSPACE_FILE,
  type WorkspacePaths,
} from './workspace.js';

export interface EngineOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** `--config NAME`. */
  readonly config?: string;
  /** `--arg KEY=VALUE`: what components read with `context.getArg`. */
  readonly args?: Readonly<Record<string, string>>;
  /** How the lock file is treated (`--locked` → `locked`, `edo update` → `update`). */
  readonly lockMode?: LockMode;
  /** For `update`: the entries to re-resolve (all when empty). */
  readonly lockUpdate?: readonly string[];
  /** Where diagnostics go (build files' `print`, plugin messages, warnings); stderr by default. */
  readonly diagnostics?: Log;
  /**
   * True for commands that only read the workspace model (list, graph, log): plugins' workers
   * then start only if something calls a plugin.
   */
  readonly inspectOnly?: boolean;
}

function diagnosticsOf(options: EngineOptions): Log {
  return options.diagnostics ?? { write: (data) => process.stderr.write(data) };
}

/** The farm every workspace has without declaring it. */
function implicitLocalFarm(paths: WorkspacePaths): DeclarationNode {
  return {
    kind: 'local',
    name: 'local',
    id: 'local',
    attrs: {},
    position: { file: join(paths.root, WORKSPACE_FILE), line: 1, col: 1 },
  };
}

/** The first package's error, naming the other packages that failed too (each is fixed in turn otherwise). */
function withOtherBrokenPackages([first, ...others]: UsageError[]): EdoError {
  const more =
    others.length > 0
      ? [`  (${others.length} more build file(s) with errors: ${others.map(placeOf).join(', ')})`]
      : [];
  return withDetails(first!, more);
}

/**
 * A farm's setup failure with what its steps printed, as a target's failure shows its log's tail.
 * Edo's own progress lines ("edo: pulling …") are left out: when nothing else was printed (an
 * image that cannot be pulled), the error says all there is.
 */
function withSetupOutput(
  err: unknown,
  output: ReadonlyArray<string | Uint8Array>,
  logPath?: string,
): unknown {
  const text = Buffer.concat(output.map((chunk) => Buffer.from(chunk))).toString('utf8');
  const printed = text
    .split('\n')
    .filter((line) => !line.startsWith('edo: '))
    .join('\n');
  const excerpt = logExcerpt(printed);
  if (!(err instanceof EdoError) || excerpt.length === 0) return err;
  return withLog(withDetails(err, excerpt), logPath);
}

/**
 * A loaded workspace: its build files evaluated, the component registries filled, components
 * created on demand. One per command.
 */
export class Engine {
  readonly graph: BuildGraph<TargetDeclaration>;
  private readonly views = new Map<string, TargetView>();
  private readonly farms = new Map<string, Promise<Farm>>();
  private readonly farmsSetUp = new Map<string, Promise<Farm>>();
  /** Cancels the build in progress (set by runBuild): farms' setup, run while keys are computed, stops with it. */
  signal?: AbortSignal;
  private storageManager: Promise<CacheManager> | undefined;
  private readonly args: Record<string, string>;
  readonly config: BuildConfig;
  /** Where warnings go (a remote cache that fails, ...). */
  warn: (message: string) => void;

  /** Ends this process's mark as a user of the workspace's state (activity.ts). */
  private unmarkActive: () => void = () => undefined;

  private constructor(
    readonly paths: WorkspacePaths,
    /** The directories `.edoignore` lists: a label or pattern there finds nothing, and says why. */
    private readonly ignored: ReadonlySet<string>,
    readonly model: WorkspaceModel,
    readonly components: ComponentRegistry,
    readonly rules: RuleRegistry,
    readonly lock: LockFile,
    /**
     * Rule kind → digest of the plugin that implements it, filled when a plugin's rules are
     * registered (before evaluation, in `open`); part of those targets' cache keys.
     */
    readonly pluginDigests: ReadonlyMap<string, string>,
    /** The workspace's plugins (undefined when it declares none); their workers stop in `close`. */
    readonly plugins: PluginManager | undefined,
    options: EngineOptions,
  ) {
    this.config = selectConfig(model, options.config);
    const diagnostics = diagnosticsOf(options);
    this.warn = (message) => diagnostics.write(`edo: warning: ${message}\n`);
    // Components may label what they create with the workspace and this build (the docker farm does).
    this.args = { workspace: paths.root, build: randomBytes(6).toString('hex'), ...options.args };
    this.graph = new BuildGraph<TargetDeclaration>((label) =>
      this.ignoredReason(this.evaluatedPackage(label.slice(2, label.indexOf(':')))),
    );
    for (const target of model.targets.values()) {
      this.graph.add({
        label: target.node.id,
        // A farm's mounted targets must be built before the targets that run in it.
        deps: [...target.deps, ...this.mountedTargetsOf(target)],
        data: target,
        position: target.node.position,
      });
    }
  }

  static async open(cwd: string, options: EngineOptions = {}): Promise<Engine> {
    const paths = findWorkspace(cwd, options.env);
    const components = new ComponentRegistry();
    const rules = new RuleRegistry();
    const diagnostics = diagnosticsOf(options);
    const lock = await LockFile.open(paths.root, {
      mode: options.lockMode ?? 'build',
      update: options.lockUpdate,
    });
    // Some built-ins (vendor_source) read the evaluated workspace when they are used.
    const evaluated: { model?: WorkspaceModel } = {};
    registerBuiltins(components, rules, paths, lock, () => evaluated.model!);
    // Plugins declared with plugin(...) register their components and rule kinds here, next to
    // the built-ins and before evaluation, recording each rule kind's plugin digest.
    const pluginDigests = new Map<string, string>();
    // Read once: package search, glob listings and the engine's "no such target" hints use it.
    const ignored = ignoredDirectories(paths.root);
    const packages = findPackages(paths.root, ignored);
    const declared = scanPluginDeclarations(paths.root, packages);
    // Loaded only for workspaces that declare plugins: the plugin host is a large part of start-up.
    const { loadWorkspacePlugins } = declared.length > 0 ? await import('./plugins.js') : {};
    const plugins = await loadWorkspacePlugins?.({
      paths,
      declared,
      components,
      rules,
      lock,
      pluginDigests,
      env: options.env ?? process.env,
      log: diagnostics,
      startWorkers: options.inspectOnly ? 'first-call' : 'load',
    });
    try {
      const model = (evaluated.model = await evaluateWorkspace(
        paths,
        rules,
        packages,
        ignored,
        declared,
        diagnostics,
      ));
      // A misspelt kind or attribute is an error before the build, used or not, as in Bazel.
      for (const node of model.farms.values()) components.farms.check(node, 'environment_farm');
      for (const node of model.backends.values()) components.storage.check(node, 'storage_backend');
      for (const node of model.vendors.values()) components.vendors.check(node, 'vendor');
      checkConfigs(model);
      const engine = new Engine(
        paths,
        ignored,
        model,
        components,
        rules,
        lock,
        pluginDigests,
        plugins,
        options,
      );
      engine.unmarkActive = markActive(paths.state);
      return engine;
    } catch (err) {
      await plugins?.close();
      throw err;
    }
  }

  /** `pkg`, unless its BUILD.edo failed to evaluate: then that error, where it happened. */
  private evaluatedPackage(pkg: string): string {
    const broken = this.model.brokenPackages.get(pkg);
    if (broken) throw broken;
    return pkg;
  }

  /** ` (DIR is listed in .edoignore ...)` when package `pkg` lies in an ignored directory, else ''. */
  private ignoredReason(pkg: string): string {
    const dir = [...this.ignored].find((ignored) => pkg === ignored || pkg.startsWith(`${ignored}/`));
    return dir === undefined ? '' : ` (${dir} is listed in ${IGNORE_FILE}: its build files are not read)`;
  }

  /** The package `dir` is in, relative to the root (`''` for the root), for relative labels. */
  packageOf(dir: string): string {
    const rel = relative(this.paths.root, dir);
    if (rel.startsWith('..')) return '';
    return rel.split(sep).join('/');
  }

  /**
   * Target labels matching the patterns (`//...` when none), sorted. A pattern that matches no
   * target is a usage error; a plain unknown label suggests the closest names. As in Bazel, a
   * pattern starting with "-" takes its targets out of what the patterns before it chose
   * (`edo build -- //... -//app:slow`).
   */
  resolvePatterns(patterns: readonly string[], cwd: string): string[] {
    return this.selectTargets(patterns, cwd, false).labels;
  }

  /**
   * `resolvePatterns` for `--keep-going`: packages whose build file failed are passed over rather
   * than failing the command (as Bazel's --keep_going does), and so are the targets that depend on
   * one. `broken` holds those packages' errors, each once, for the caller to report.
   */
  resolvePatternsKeepingGoing(
    patterns: readonly string[],
    cwd: string,
  ): { labels: string[]; broken: UsageError[] } {
    return this.selectTargets(patterns, cwd, true);
  }

  private selectTargets(
    patterns: readonly string[],
    cwd: string,
    keepGoing: boolean,
  ): { labels: string[]; broken: UsageError[] } {
    const passedOver = new Set<UsageError>();
    const brokenErrors = new Set(this.model.brokenPackages.values());
    /** With --keep-going, a broken package's error is noted and its targets left out. */
    const passOver = (err: unknown): void => {
      if (!keepGoing || !(err instanceof UsageError && brokenErrors.has(err))) throw err;
      passedOver.add(err);
    };
    const pkg = this.packageOf(cwd);
    const wanted = patterns.length > 0 ? patterns : ['//...'];
    const all = [...this.model.targets.keys()];
    const selected = new Set<string>();
    // Broken packages the patterns cover, in order: `-//bad/...` after `//...` leaves `bad` out.
    const wantedBroken = new Set<string>();
    for (const written of wanted) {
      const subtract = written.startsWith('-');
      const text = subtract ? written.slice(1) : written;
      const pattern = parsingLabels(() => parsePattern(text, pkg));
      let matches: string[];
      if (pattern.kind === 'label') {
        matches = [];
        try {
          matches.push(this.graph.get(formatLabel(pattern.label)).label);
        } catch (err) {
          passOver(err);
        }
      } else {
        // A pattern over a package whose build file failed cannot say what it matches.
        const broken = [...this.model.brokenPackages.keys()].filter((name) =>
          pattern.kind === 'recursive' ? isUnderPackage(name, pattern.pkg) : name === pattern.pkg,
        );
        for (const name of broken) {
          if (subtract) wantedBroken.delete(name);
          else wantedBroken.add(name);
        }
        matches = all.filter((label) => matchesPattern(pattern, parseLabel(label, '')));
        if (matches.length === 0 && broken.length === 0 && text !== '//...') {
          throw new UsageError(`pattern ${text} matches no target${this.ignoredReason(pattern.pkg)}`);
        }
      }
      for (const label of matches) {
        if (subtract) selected.delete(label);
        else selected.add(label);
      }
    }
    const broken = [...wantedBroken].map((name) => this.model.brokenPackages.get(name)!);
    if (broken.length > 0 && !keepGoing) throw withOtherBrokenPackages(broken);
    for (const error of broken) passedOver.add(error);
    if (keepGoing && brokenErrors.size > 0) {
      for (const label of selected) {
        try {
          this.graph.closure([label]);
        } catch (err) {
          // It depends on a target of a package whose build file failed.
          passOver(err);
          selected.delete(label);
        }
      }
    }
    return { labels: [...selected].sort(), broken: [...passedOver] };
  }

  /** The storage manager of the selected build config (build cache plus remote caches). */
  storage(): Promise<StorageManager> {
    this.storageManager ??= openStorageManager(
      this.config,
      (name) => this.backend(name),
      this.paths,
      (message) => this.warn(message),
    );
    return this.storageManager;
  }

  private async backend(name: string): Promise<StorageBackend> {
    const node = this.model.backends.get(name);
    if (!node) throw new UsageError(`no storage_backend named "${name}" (build_config ${this.config.name})`);
    // The storage manager is being made from this backend: its context has no storage yet.
    return this.create(this.components.storage, node, this.context(undefined));
  }

  private async create<T>(
    registry:
      | ComponentRegistry['farms']
      | ComponentRegistry['storage']
      | ComponentRegistry['sources']
      | ComponentRegistry['transforms'],
    node: DeclarationNode,
    context?: ComponentContext,
  ): Promise<T> {
    const factory = registry.factoryFor(node);
    return (await factory(node.id, node, context ?? this.context(await this.storage()))) as T;
  }

  private context(storage: StorageManager | undefined): ComponentContext {
    const available = (): StorageManager => {
      if (!storage) throw new UsageError('storage is not available while storage backends are created');
      return storage;
    };
    return {
      getArg: (name) => this.args[name],
      getHandle: () => this.handle(available()),
      storage: available,
      getTransform: (addr) => this.views.get(addr),
      getFarm: (addr) => this.readyFarms.get(addr),
      addSource: (addr, node) => this.create<Source>(this.components.sources, { ...node, id: addr }),
    };
  }

  /** Farms already set up, by name, for `context.getFarm` (which is synchronous). */
  private readonly readyFarms = new Map<string, Farm>();

  /**
   * The farm named `name`, created and set up once per command. The farms its declaration names
   * in a top-level string attribute (a plugin farm's `base`) are set up, and the targets it names
   * (a docker farm's `mounts`) get their views, before it is created, so that its factory and
   * setup find them with `context.getFarm` and `context.getTransform`, which are synchronous.
   */
  farm(name: string, requiredBy: readonly string[] = []): Promise<Farm> {
    if (requiredBy.includes(name)) {
      throw new UsageError(
        `environment_farm "${name}" names itself through ${[...requiredBy, name].join(' -> ')}`,
      );
    }
    let ready = this.farmsSetUp.get(name);
    if (!ready) {
      ready = (async () => {
        const node =
          this.model.farms.get(name) ?? (name === 'local' ? implicitLocalFarm(this.paths) : undefined);
        if (!node) {
          const known = ['local', ...this.model.farms.keys()].filter((v, i, a) => a.indexOf(v) === i).sort();
          throw new UsageError(`no environment_farm named "${name}" (known: ${known.join(', ')})`);
        }
        for (const other of this.farmsNamedBy(node)) await this.farm(other, [...requiredBy, name]);
        for (const label of this.targetsNamedBy(node.attrs)) await this.target(label, [...requiredBy, name]);
        let created = this.farms.get(name);
        if (!created) {
          created = this.create<Farm>(this.components.farms, node);
          this.farms.set(name, created);
        }
        const farm = await created;
        // What a farm's setup says (an image built from setup steps) is kept as a log of its own;
        // a setup with nothing to say (the usual, cached case) writes none.
        const output: Array<string | Uint8Array> = [];
        const keepLog = async () => {
          if (output.length === 0) return undefined;
          const log = await new TargetLogs(this.paths.logs).openFarm(name);
          output.forEach((chunk) => log.write(chunk));
          log.close();
          return log.path;
        };
        try {
          await farm.setup({ write: (data) => output.push(data) }, await this.storage(), this.signal);
        } catch (err) {
          const logPath = await keepLog();
          throw atDeclaration(withSetupOutput(err, output, logPath), node.position);
        }
        await keepLog();
        this.readyFarms.set(name, farm);
        return farm;
      })();
      this.farmsSetUp.set(name, ready);
    }
    return ready;
  }

  /**
   * Declared farms (and `local`) that a farm declaration's top-level string attributes name. The
   * built-in `local` farm comes with every other farm even unnamed: it "exists without being
   * declared", and a plugin farm wrapping it may ask for it by name in code (its setup is free).
   */
  private farmsNamedBy(node: DeclarationNode): string[] {
    const named = Object.values(node.attrs).filter(
      (value): value is string =>
        typeof value === 'string' &&
        value !== node.name &&
        (value === 'local' || this.model.farms.has(value)),
    );
    const implicitLocal = node.name !== 'local' && !this.model.farms.has('local');
    return implicitLocal && !named.includes('local') ? [...named, 'local'] : named;
  }

  /** Labels of targets that strings anywhere in `value` (a farm declaration's attributes) are. */
  private targetsNamedBy(value: NodeValue): string[] {
    if (typeof value === 'string') return this.model.targets.has(value) ? [value] : [];
    if (value === null || typeof value !== 'object') return [];
    return Object.values(value).flatMap((item) => this.targetsNamedBy(item));
  }

  /**
   * Targets the farms `target` runs in name (a docker farm's `mounts`), through the farms those
   * farms name (a plugin farm's `base`). Farms come from the rule's farm attributes, as in
   * `withDefaultFarm`; a plugin transform that picks its farm at run time is not seen here.
   */
  private mountedTargetsOf(target: TargetDeclaration): string[] {
    const farms = this.farmsOfRule(this.withDefaultFarm(target.node, target.schema), target.schema);
    const seen = new Set<string>();
    const mounted = new Set<string>();
    while (farms.length > 0) {
      const name = farms.pop()!;
      const node = this.model.farms.get(name);
      if (seen.has(name) || !node) continue;
      seen.add(name);
      this.targetsNamedBy(node.attrs).forEach((label) => mounted.add(label));
      farms.push(...this.farmsNamedBy(node));
    }
    return [...mounted];
  }

  /** The handle transforms get: the storage manager and every target's view. */
  handle(storage: StorageManager): Handle {
    return { storage: () => storage, get: (addr) => this.views.get(addr) };
  }

  /**
   * The view of a target, its component created on first use; the farm it runs in is set up first,
   * since the farm's identity is part of the target's cache key.
   */
  async target(label: string, requiredBy: readonly string[] = []): Promise<TargetView> {
    const existing = this.views.get(label);
    if (existing) return existing;
    const { node: declared, schema } = this.graph.get(label).data;
    const node = this.withDefaultFarm(declared, schema);
    // The farms its farm attributes name are set up before its component is created: a plugin's
    // transform may take one with `context.get-farm` (synchronous) when it is created.
    // A farm's own failures carry its declaration's place; a name that is no farm, the target's.
    const farmOf = (name: string) =>
      this.farm(name, requiredBy).catch((error: unknown) => {
        throw atDeclaration(error, node.position, { target: label });
      });
    for (const farm of this.farmsOfRule(node, schema)) {
      this.refuseOwnFarm(label, node, farm);
      await farmOf(farm);
    }
    let component: Transform;
    if (schema.component === 'source') {
      component = new SourceTransform(
        await this.create<Source>(this.components.sources, node),
        await this.storage(),
      );
    } else {
      component = await this.create<Transform>(this.components.transforms, node);
    }
    const environment = component.environment();
    if (environment !== '') {
      this.refuseOwnFarm(label, node, environment);
      await farmOf(environment);
    }
    const view = new TargetView(label, node.kind, component, this.pluginDigests.get(node.kind));
    if (this.views.has(label)) return this.views.get(label)!;
    this.views.set(label, view);
    return view;
  }

  /**
   * A plugin's transform cannot run in a farm of the same plugin: both live in the plugin's one
   * worker, which would have to call itself while it waits for the host (the component model
   * forbids a guest's re-entry). Refused before anything builds, at the target.
   */
  private refuseOwnFarm(label: string, node: DeclarationNode, farmName: string): void {
    const farmPlugin = this.model.farms.get(farmName)?.kind.split(':')[0];
    const plugin = this.plugins?.registry.list().find((each) => node.kind in each.manifest.rules);
    if (!plugin || plugin.name !== farmPlugin) return;
    throw new UsageError(
      `${node.kind}: farm "${farmName}" comes from plugin ${plugin.name}, as this rule does: a plugin's ` +
        'transform cannot run in its own farm (its one worker would call itself); use a farm of another plugin or a built-in one',
      { target: label, position: node.position },
    );
  }

  /** The farms a target's farm attributes name (after `withDefaultFarm`). */
  private farmsOfRule(node: DeclarationNode, schema: RuleSchema): string[] {
    return Object.entries(schema.attrs)
      .filter(([, spec]) => spec.farm)
      .map(([attr]) => node.attrs[attr])
      .filter((name): name is string => typeof name === 'string');
  }

  /** Fills farm-naming attributes the call left out with the build config's default farm. */
  private withDefaultFarm(node: DeclarationNode, schema: RuleSchema): DeclarationNode {
    const missing = Object.entries(schema.attrs).filter(
      ([attr, spec]) => spec.farm && node.attrs[attr] === undefined,
    );
    if (missing.length === 0) return node;
    const attrs = { ...node.attrs };
    for (const [attr] of missing) attrs[attr] = this.config.defaultFarm;
    return { ...node, attrs };
  }

  /**
   * The end of a command, whether it succeeded, failed or was cancelled: writes out what the
   * stores deferred (the local store's index journal) and unloads the plugins (seed 7.5).
   */
  async close(): Promise<void> {
    try {
      // A storage manager that failed to open has nothing to write out (its error was reported).
      await this.storageManager?.then(
        (storage) => storage.compact(),
        () => undefined,
      );
    } finally {
      await this.plugins?.close();
      this.unmarkActive();
    }
  }

  /** Writes the lock file when this command pinned something new; returns what changed, for printing. */
  async saveLock(): Promise<string[]> {
    if (this.lock.mode === 'locked') return [];
    const changes = this.lock.describeChanges();
    if (changes.length > 0) await this.lock.save();
    return changes;
  }
}
