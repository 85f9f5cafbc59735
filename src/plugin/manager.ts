import { readFile } from 'node:fs/promises';
import semver from 'semver';
import type { ComponentContext, ComponentRegistry, Factory, KindRegistry } from '../engine/components.js';
import type { RuleRegistry } from '../engine/rules.js';
import { EdoError, UsageError } from '../model/errors.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import {
  GuestObject,
  PluginFarm,
  PluginSource,
  PluginStorageBackend,
  PluginTransform,
  PluginVendor,
} from './adapters.js';
import { CapabilitySet } from './capabilities.js';
import { HOST_CLASSES, HostContext, HostNode } from './host-objects.js';
import { DEFAULT_LIMITS, type GuestRef, PluginInstance, type PluginLimits, WorkerBoot } from './instance.js';
import { compileCoreModules, defaultCacheDir, sha256Hex, transpileCached } from './loader.js';
import {
  checkInterfaceVersion,
  type ComponentKind,
  HOST_INTERFACE,
  type PluginManifest,
  readManifest,
} from './manifest.js';
import { hostFunctions } from './system.js';
import { WASI_STUBBED } from './wasi-stubs.js';

export interface LoadPluginOptions {
  /** The declared name (`plugin(name = ...)`), used in every error. */
  name: string;
  wasmPath?: string;
  bytes?: Uint8Array;
  /** Expected sha256 (hex, optionally `sha256:`-prefixed): a mismatch refuses the plugin. */
  sha256?: string;
  /**
   * The sha256 (hex, optionally `sha256:`-prefixed) of `bytes` as the caller itself just
   * computed it (the engine does, for the lock): spares hashing a 14 MB component again. Never a
   * declared or recorded value: that is `sha256`, which is checked against this.
   */
  computedDigest?: string;
  /** A semver range the plugin's own version must satisfy (`plugin(version = ...)`). */
  version?: string;
  /** Grants; each must be covered by what the manifest requests. Nothing is granted by default. */
  capabilities?: readonly string[];
  limits?: Partial<PluginLimits>;
  /** What the plugin reads through `context.config()`. */
  config?: Readonly<Record<string, NodeValue>>;
}

export interface PluginManagerOptions {
  workspaceRoot: string;
  /** Default: `$EDO_PLUGIN_CACHE`, else `<workspace>/.edo/plugin-cache`. */
  cacheDir?: string;
  /** Where plugins' info/warn/fatal go. */
  log: Log;
  /** `$NAME` values usable in fs grants (e.g. `OUT`). */
  vars?: Record<string, string>;
  /**
   * When plugins' workers start: `load` (default) boots the worker and instantiates the guest as
   * the plugin loads, overlapped with its checks and compilation; `first-call` waits for a call,
   * for commands that only read what plugins declare (their rules), such as `edo list`.
   */
  startWorkers?: 'load' | 'first-call';
}

const FACTORIES: Record<ComponentKind, string> = {
  storage: 'abi.createStorage',
  farm: 'abi.createFarm',
  source: 'abi.createSource',
  transform: 'abi.createTransform',
  vendor: 'abi.createVendor',
};

/** A loaded plugin (seed 3.2.1): its manifest, its digest and its (worker) instance. */
export class Plugin {
  constructor(
    readonly name: string,
    readonly manifest: PluginManifest,
    /** sha256 hex of the component. */
    readonly digest: string,
    readonly instance: PluginInstance,
    /** True when this load had to transpile (nothing was cached). */
    readonly cold: boolean,
    private readonly config: Readonly<Record<string, NodeValue>>,
  ) {}

  private async createRef(kind: ComponentKind, addr: string, node: DeclarationNode, ctx: ComponentContext) {
    const args = [addr, HostNode.ofDeclaration(node), new HostContext(ctx, this.config)];
    const site = { component: `${kind} ${addr}`, method: `create-${kind}` };
    return (await this.instance.call(undefined, FACTORIES[kind], args, site)) as GuestRef;
  }

  private async guest(kind: ComponentKind, addr: string, node: DeclarationNode, ctx: ComponentContext) {
    const recreate = () => this.createRef(kind, addr, node, ctx);
    return new GuestObject(this.instance, await recreate(), `${kind} ${addr}`, recreate);
  }

  async createStorage(addr: string, node: DeclarationNode, ctx: ComponentContext) {
    return new PluginStorageBackend(await this.guest('storage', addr, node, ctx));
  }
  async createFarm(addr: string, node: DeclarationNode, ctx: ComponentContext) {
    return new PluginFarm(await this.guest('farm', addr, node, ctx));
  }
  async createSource(addr: string, node: DeclarationNode, ctx: ComponentContext) {
    return new PluginSource(await this.guest('source', addr, node, ctx));
  }
  async createTransform(addr: string, node: DeclarationNode, ctx: ComponentContext) {
    return PluginTransform.create(await this.guest('transform', addr, node, ctx));
  }
  async createVendor(addr: string, node: DeclarationNode, ctx: ComponentContext) {
    return new PluginVendor(await this.guest('vendor', addr, node, ctx));
  }
}

/** The catalog of loaded plugins (seed 3.2.3). */
export class PluginRegistry {
  private readonly plugins = new Map<string, Plugin>();

  add(plugin: Plugin): void {
    if (this.plugins.has(plugin.name)) throw new EdoError(`plugin ${plugin.name} is declared twice`);
    this.plugins.set(plugin.name, plugin);
  }
  get(name: string): Plugin | undefined {
    return this.plugins.get(name);
  }
  list(): Plugin[] {
    return [...this.plugins.values()];
  }
}

/** The unversioned import interfaces the host provides. */
const PROVIDED_IMPORTS = new Set([...Object.keys(HOST_CLASSES), 'edo:plugin/system']);
const WASI_IMPORTS = new Set<string>(WASI_STUBBED);

/** The imports (as jco lists them, possibly versioned) that the host cannot satisfy. */
export function unprovidedImports(imports: readonly string[]): string[] {
  const hostMajor = HOST_INTERFACE.version.split('.')[0];
  return imports.filter((name) => {
    const at = name.lastIndexOf('@');
    const base = at === -1 ? name : name.slice(0, at);
    const version = at === -1 ? undefined : name.slice(at + 1);
    if (PROVIDED_IMPORTS.has(base)) return version !== undefined && version.split('.')[0] !== hostMajor;
    if (WASI_IMPORTS.has(base)) return version !== undefined && !version.startsWith('0.2.');
    return true;
  });
}

/**
 * Loads plugins and registers their components (seed 3.2.2, lifecycle seed 7): load = digest
 * check, manifest and version check, capability grants, transpile (cached), compile (cached in
 * process), start the worker; initialisation = `create-*` per declaration, through the registry.
 */
export class PluginManager {
  readonly registry = new PluginRegistry();
  readonly cacheDir: string;

  constructor(private readonly options: PluginManagerOptions) {
    this.cacheDir = options.cacheDir ?? defaultCacheDir(options.workspaceRoot);
  }

  async loadPlugin(options: LoadPluginOptions): Promise<Plugin> {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    if (this.options.startWorkers === 'first-call') return this.loadPluginWith(options, limits);
    // Booting a worker thread overlaps everything up to the instance's start.
    const boot = new WorkerBoot(limits);
    try {
      return await this.loadPluginWith(options, limits, boot);
    } finally {
      boot.release();
    }
  }

  /** Without `boot`, the worker starts (and the core modules compile) on the first call. */
  private async loadPluginWith(options: LoadPluginOptions, limits: PluginLimits, boot?: WorkerBoot) {
    const { name } = options;
    const bytes = options.bytes ?? (options.wasmPath ? await readFile(options.wasmPath) : undefined);
    if (!bytes) throw new EdoError('no wasmPath or bytes given', { plugin: name });
    const what = options.wasmPath ?? name;
    const computed = options.bytes && options.computedDigest?.replace(/^sha256:/, '').toLowerCase();
    const digest = computed || sha256Hex(bytes);
    if (options.sha256 !== undefined) {
      const expected = options.sha256.replace(/^sha256:/, '').toLowerCase();
      if (expected !== digest) {
        throw new EdoError(
          `${what} has sha256 ${digest}, but the declaration pins ${expected}; refusing to load it`,
          {
            plugin: name,
          },
        );
      }
    }
    const manifest = readManifest(bytes, name);
    checkInterfaceVersion(manifest, name);
    if (options.version !== undefined && !semver.satisfies(manifest.version, options.version)) {
      throw new UsageError(
        `the declaration wants version ${options.version}, but ${what} is ${manifest.name}@${manifest.version}`,
        { plugin: name },
      );
    }
    const capabilities = CapabilitySet.grant(name, manifest.capabilities, options.capabilities ?? [], {
      workspaceRoot: this.options.workspaceRoot,
      vars: this.options.vars,
    });
    const transpiled = await transpileCached(bytes, digest, this.cacheDir, name);
    const missing = unprovidedImports(transpiled.imports);
    if (missing.length > 0) {
      throw new EdoError(`it imports what the host does not provide: ${missing.join(', ')}`, {
        plugin: name,
      });
    }
    let compiled: ReturnType<typeof compileCoreModules> | undefined;
    const instance = new PluginInstance({
      plugin: name,
      jsPath: transpiled.jsPath,
      // Compiled when the worker starts (read once, by start), while it loads the generated JS.
      get modules() {
        compiled ??= compileCoreModules(transpiled, limits.memoryMb, name);
        return compiled;
      },
      functions: hostFunctions(name, capabilities, this.options.log),
      limits,
      ...(boot && { boot }),
    });
    if (boot) await instance.start({ component: 'plugin', method: 'load' });
    const plugin = new Plugin(name, manifest, digest, instance, transpiled.transpiled, options.config ?? {});
    this.registry.add(plugin);
    return plugin;
  }

  /**
   * Registers every component the plugin's manifest provides, like a built-in: each under
   * `<plugin>:<component>`, the first of each kind also under `<plugin>` (what a declaration like
   * `environment_farm(name, plugin = "docker-env")` resolves to), and each rule kind under its name.
   */
  registerComponents(plugin: Plugin, registry: ComponentRegistry): void {
    const { provides, rules } = plugin.manifest;
    const add = <T>(
      kinds: KindRegistry<T>,
      names: string[] | undefined,
      create: (addr: string, node: DeclarationNode, ctx: ComponentContext) => Promise<T>,
    ) => {
      names?.forEach((component, index) => {
        // The guest's factory sees the component name as the node's kind.
        const factory: Factory<T> = (addr, node, ctx) =>
          create.call(plugin, addr, { ...node, kind: component }, ctx);
        kinds.register(`${plugin.name}:${component}`, factory);
        if (index === 0) kinds.register(plugin.name, factory);
      });
    };
    add(registry.storage, provides.storage, plugin.createStorage);
    add(registry.farms, provides.farm, plugin.createFarm);
    add(registry.sources, provides.source, plugin.createSource);
    add(registry.transforms, provides.transform, plugin.createTransform);
    add(registry.vendors, provides.vendor, plugin.createVendor);
    for (const [rule, schema] of Object.entries(rules)) {
      registry.transforms.register(rule, (addr, node, ctx) =>
        plugin.createTransform(addr, { ...node, kind: schema.transform }, ctx),
      );
    }
  }

  /** Makes the plugin's rule kinds callable in build files, like built-in rules. */
  registerRules(plugin: Plugin, rules: RuleRegistry): void {
    for (const [kind, schema] of Object.entries(plugin.manifest.rules)) {
      const attrs = Object.fromEntries(
        Object.entries(schema.attrs).map(([name, { doc, ...spec }]) => [name, { ...spec, doc: doc ?? '' }]),
      );
      rules.register({
        kind,
        component: 'transform',
        doc: schema.doc ?? `provided by plugin ${plugin.name}`,
        attrs,
      });
    }
  }

  /** Unloading (seed 7.5): stops every plugin's worker. */
  async close(): Promise<void> {
    await Promise.all(this.registry.list().map((plugin) => plugin.instance.close()));
  }
}
