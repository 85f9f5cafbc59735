/**
 * Plugin-provided components behind the engine's TypeScript contracts: the engine calls these
 * exactly like built-ins. Host-side arguments (log, storage, environments...) are wrapped in the
 * host resource classes and reach the guest as handles.
 */
import type { Readable, Writable } from 'node:stream';
import type { Artifact, Layer } from '../model/artifact.js';
import type { Id } from '../model/id.js';
import type { Log } from '../model/log.js';
import type { NodeValue } from '../model/node.js';
import type { Command, Environment, Farm } from '../environment/types.js';
import type { Source, Vendor } from '../source/types.js';
import type { LayerWriter, StorageBackend, StorageManager } from '../storage/types.js';
import type { Handle, Transform, TransformStatus } from '../transform/types.js';
import { EdoError } from '../model/errors.js';
import {
  HostArtifact,
  HostEnvironment,
  HostHandle,
  HostId,
  HostLayer,
  HostLog,
  HostNode,
  HostReader,
  HostStorageManager,
  HostWriter,
  type WitTransformStatus,
} from './host-objects.js';
import { writerFinished } from '../storage/streams.js';
import { type GuestRef, type PluginInstance, StaleGuestObject } from './instance.js';

/**
 * A guest resource. When its worker was discarded (trap, time or memory limit), the next call
 * re-creates it through `recreate` (the plugin's `create-*` factory), if it has one.
 */
export class GuestObject {
  constructor(
    private readonly instance: PluginInstance,
    private current: GuestRef,
    /** For errors: `transform //pkg:name`. */
    readonly label: string,
    private readonly recreate?: () => Promise<GuestRef>,
  ) {}

  /** The guest's reference, to pass this object back to the guest as an argument. */
  get ref(): GuestRef {
    return this.current;
  }

  async call(method: string, ...args: unknown[]): Promise<unknown> {
    for (;;) {
      if (this.current.generation !== this.instance.generation && this.recreate) {
        this.current = await this.recreate();
      }
      try {
        return await this.instance.call(this.current, method, args, { component: this.label, method });
      } catch (err) {
        // Another call discarded the worker while this one was queued: re-create and call again.
        if (!(err instanceof StaleGuestObject) || !this.recreate) throw err;
      }
    }
  }

  /** A resource this one returned (an environment from a farm...): not re-creatable on its own. */
  child(ref: unknown, label: string): GuestObject {
    return new GuestObject(this.instance, ref as GuestRef, label);
  }
}

const idOf = (value: unknown): Id => (value as HostId).toModel();
const wrapEnvironment = (env: Environment) => new HostEnvironment(env);

export class PluginTransform implements Transform {
  private constructor(
    private readonly guest: GuestObject,
    private readonly farm: string,
    private readonly deps: string[],
    private readonly shellable: boolean,
  ) {}

  /** `environment`, `depends` and `can-shell` are synchronous in the engine: read them once here. */
  static async create(guest: GuestObject): Promise<PluginTransform> {
    const farm = (await guest.call('environment')) as string;
    const deps = (await guest.call('depends')) as string[];
    const shellable = (await guest.call('canShell')) as boolean;
    return new PluginTransform(guest, farm, deps, shellable);
  }

  environment(): string {
    return this.farm;
  }
  depends(): string[] {
    return [...this.deps];
  }
  async getUniqueId(ctx: Handle): Promise<Id> {
    return idOf(await this.guest.call('getUniqueId', new HostHandle(ctx)));
  }
  async prepare(log: Log, ctx: Handle): Promise<void> {
    await this.guest.call('prepare', new HostLog(log), new HostHandle(ctx));
  }
  async stage(log: Log, ctx: Handle, env: Environment): Promise<void> {
    await this.guest.call('stage', new HostLog(log), new HostHandle(ctx), wrapEnvironment(env));
  }
  async transform(log: Log, ctx: Handle, env: Environment): Promise<TransformStatus> {
    const status = (await this.guest.call(
      'execute',
      new HostLog(log),
      new HostHandle(ctx),
      wrapEnvironment(env),
    )) as WitTransformStatus;
    if (status.tag === 'success') return { kind: 'success', artifact: status.val.toModel() };
    const [output, error] = status.val;
    return {
      kind: status.tag,
      ...(output !== undefined && { log: output }),
      // The engine names the target; the plugin's own words follow the plugin's name.
      error: new EdoError(error.message, { plugin: error.plugin }),
    };
  }
  canShell(): boolean {
    return this.shellable;
  }
  async shell(env: Environment): Promise<void> {
    await this.guest.call('shell', wrapEnvironment(env));
  }
}

/** The writers a plugin backend handed out, so `finishLayer` can give the guest its own writer back. */
const backendWriters = new WeakMap<Writable, HostWriter>();

export class PluginStorageBackend implements StorageBackend {
  constructor(private readonly guest: GuestObject) {}

  async ls(): Promise<Id[]> {
    return ((await this.guest.call('ls')) as HostId[]).map(idOf);
  }
  async has(id: Id): Promise<boolean> {
    return (await this.guest.call('has', HostId.of(id))) as boolean;
  }
  async open(id: Id): Promise<Artifact> {
    return ((await this.guest.call('open', HostId.of(id))) as HostArtifact).toModel();
  }
  async save(artifact: Artifact): Promise<void> {
    await this.guest.call('save', HostArtifact.of(artifact));
  }
  async del(id: Id): Promise<void> {
    await this.guest.call('del', HostId.of(id));
  }
  async copy(source: Id, target: Id): Promise<void> {
    await this.guest.call('copy', HostId.of(source), HostId.of(target));
  }
  async prune(id: Id): Promise<void> {
    await this.guest.call('prune', HostId.of(id));
  }
  async pruneAll(): Promise<void> {
    await this.guest.call('pruneAll');
  }
  async read(layer: Layer): Promise<Readable> {
    return ((await this.guest.call('read', HostLayer.of(layer))) as HostReader).toReadable();
  }
  async startLayer(): Promise<LayerWriter> {
    const writer = (await this.guest.call('startLayer')) as HostWriter;
    backendWriters.set(writer.writable, writer);
    return writer.writable as LayerWriter;
  }
  async finishLayer(mediaType: string, platform: string | undefined, writer: LayerWriter): Promise<Layer> {
    const hostWriter = backendWriters.get(writer);
    if (!hostWriter) throw new EdoError('finishLayer got a writer this backend did not start');
    // Piping a layer in (a remote cache push) has already ended the writer.
    await writerFinished(writer);
    return ((await this.guest.call('finishLayer', mediaType, platform, hostWriter)) as HostLayer).layer;
  }
}

export class PluginFarm implements Farm {
  constructor(private readonly guest: GuestObject) {}

  async setup(log: Log, storage: StorageManager): Promise<void> {
    await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
  }
  async create(log: Log, path: string): Promise<Environment> {
    const ref = await this.guest.call('create', new HostLog(log), path);
    return new PluginEnvironment(this.guest.child(ref, `environment of ${this.guest.label}`));
  }
  async identity(): Promise<Record<string, unknown>> {
    return Object.fromEntries((await this.guest.call('identity')) as Array<[string, string]>);
  }
}

/** `deferCmd` is synchronous in the engine: the steps are recorded and replayed into the guest's command on `run`. */
class RecordedCommand implements Command {
  readonly steps: Array<[method: string, args: string[]]> = [];
  constructor(
    readonly log: Log,
    readonly id: Id,
  ) {}

  set(key: string, value: string): void {
    this.steps.push(['set', [key, value]]);
  }
  chdir(path: string): void {
    this.steps.push(['chdir', [path]]);
  }
  pushd(path: string): void {
    this.steps.push(['pushd', [path]]);
  }
  popd(): void {
    this.steps.push(['popd', []]);
  }
  createNamedDir(key: string, path: string): void {
    this.steps.push(['createNamedDir', [key, path]]);
  }
  createDir(path: string): void {
    this.steps.push(['createDir', [path]]);
  }
  removeDir(path: string): void {
    this.steps.push(['removeDir', [path]]);
  }
  removeFile(path: string): void {
    this.steps.push(['removeFile', [path]]);
  }
  mv(source: string, target: string): void {
    this.steps.push(['mv', [source, target]]);
  }
  copy(source: string, target: string): void {
    this.steps.push(['copy', [source, target]]);
  }
  run(cmd: string): void {
    this.steps.push(['run', [cmd]]);
  }
  send(path: string): void {
    this.steps.push(['send', [path]]);
  }
}

export class PluginEnvironment implements Environment {
  /** `getEnv` is synchronous in the engine: it answers from the values set through `setEnv`. */
  private readonly env = new Map<string, string>();

  constructor(private readonly guest: GuestObject) {}

  deferCmd(log: Log, id: Id): Command {
    return new RecordedCommand(log, id);
  }
  async expand(path: string): Promise<string> {
    return (await this.guest.call('expand', path)) as string;
  }
  async createDir(path: string): Promise<void> {
    await this.guest.call('createDir', path);
  }
  async setEnv(key: string, value: string): Promise<void> {
    await this.guest.call('setEnv', key, value);
    this.env.set(key, value);
  }
  getEnv(key: string): string | undefined {
    return this.env.get(key);
  }
  async setup(log: Log, storage: StorageManager): Promise<void> {
    await this.guest.call('setup', new HostLog(log), new HostStorageManager(storage));
  }
  async up(log: Log): Promise<void> {
    await this.guest.call('up', new HostLog(log));
  }
  async down(log: Log): Promise<void> {
    await this.guest.call('down', new HostLog(log));
  }
  async clean(log: Log): Promise<void> {
    await this.guest.call('clean', new HostLog(log));
  }
  async write(path: string, data: Readable): Promise<void> {
    await this.guest.call('write', path, new HostReader(data));
  }
  async unpack(path: string, data: Readable): Promise<void> {
    await this.guest.call('unpack', path, new HostReader(data));
  }
  async read(path: string, writer: Writable): Promise<void> {
    await this.guest.call('read', path, new HostWriter(writer));
  }
  async cmd(log: Log, id: Id, path: string, command: string): Promise<boolean> {
    return (await this.guest.call('cmd', new HostLog(log), HostId.of(id), path, command)) as boolean;
  }
  async run(log: Log, id: Id, path: string, command: Command): Promise<boolean> {
    if (!(command instanceof RecordedCommand))
      throw new EdoError('run got a command this environment did not defer');
    const guestCommand = this.guest.child(
      await this.guest.call('deferCmd', new HostLog(command.log), HostId.of(command.id)),
      `command of ${this.guest.label}`,
    );
    for (const [method, args] of command.steps) await guestCommand.call(method, ...args);
    return (await this.guest.call('run', new HostLog(log), HostId.of(id), path, guestCommand.ref)) as boolean;
  }
  /** A plugin's shell reports success or an error, no status: 0 when it ends well. */
  async shell(path: string): Promise<number> {
    await this.guest.call('shell', path);
    return 0;
  }
}

export class PluginSource implements Source {
  constructor(private readonly guest: GuestObject) {}

  async getUniqueId(): Promise<Id> {
    return idOf(await this.guest.call('getUniqueId'));
  }
  async fetch(log: Log, storage: StorageManager): Promise<Artifact> {
    return (
      (await this.guest.call('fetch', new HostLog(log), new HostStorageManager(storage))) as HostArtifact
    ).toModel();
  }
  async stage(log: Log, storage: StorageManager, env: Environment, path: string): Promise<void> {
    await this.guest.call(
      'stage',
      new HostLog(log),
      new HostStorageManager(storage),
      wrapEnvironment(env),
      path,
    );
  }
}

export class PluginVendor implements Vendor {
  constructor(private readonly guest: GuestObject) {}

  async getOptions(name: string): Promise<string[]> {
    return (await this.guest.call('getOptions', name)) as string[];
  }
  async resolve(name: string, version: string): Promise<NodeValue> {
    return ((await this.guest.call('resolve', name, version)) as HostNode).value;
  }
  async getDependencies(name: string, version: string): Promise<Array<[string, string]> | undefined> {
    return (await this.guest.call('getDependencies', name, version)) as Array<[string, string]> | undefined;
  }
}
