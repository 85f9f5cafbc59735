/**
 * Main-thread implementations of the resources a plugin imports (wit/common.wit, storage.wit,
 * host.wit). A guest sees them as handles; the worker forwards each method call here
 * (see instance.ts). Methods may be async: the worker blocks until they settle.
 *
 * Each class `implements Implements<Generated.X>`, so typecheck fails when the WIT (and the
 * bindings generated from it) gains a method the host does not provide.
 */
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import type { Artifact, ArtifactConfig, Layer, Requirements } from '../model/artifact.js';
import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import { idFromString, idToString } from '../model/id-format.js';
import type { Log } from '../model/log.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import type { ComponentContext } from '../engine/components.js';
import type { Command, Environment, Farm } from '../environment/types.js';
import { removeEnvironment } from '../environment/removal.js';
import type { Source } from '../source/types.js';
import type { LayerWriter, StorageManager } from '../storage/types.js';
import type { Handle, Transform, TransformStatus } from '../transform/types.js';
import type * as Common from './generated/host/interfaces/edo-plugin-common.js';
import type * as Storage from './generated/host/interfaces/edo-plugin-storage.js';
import type * as Host from './generated/host/interfaces/edo-plugin-host.js';

/** Every method of a generated resource class must exist on the host's implementation. */
type Implements<T> = Record<keyof T, (...args: never[]) => unknown>;

/**
 * Host work the guest need not wait for. The host answers the guest's call at once (saving the
 * worker a wake-up, ≈ 75 µs) and the work goes on beside the guest's next calls; the guest's own
 * call into the plugin ends only after it, and calls on the same handle wait for it
 * (instance.ts). `work` must not reject: the method says where a failure goes.
 */
export class BackgroundWork {
  constructor(readonly work: Promise<void>) {}
}

/** The `error` resource. Deliberately not a JS `Error`: jco lowers it as a resource value. */
export class HostError implements Implements<Common.Error> {
  constructor(
    readonly plugin: string,
    readonly message: string,
  ) {}

  static from(error: unknown): HostError {
    if (error instanceof HostError) return error;
    if (error instanceof EdoError) return new HostError(error.context.plugin ?? 'edo', error.message);
    return new HostError('edo', error instanceof Error ? error.message : String(error));
  }

  toString(): string {
    return `${this.plugin}: ${this.message}`;
  }
}

export class HostId implements Implements<Common.Id> {
  private value: Id;

  constructor(name: string, digest: string, version?: string, pkg?: string, arch?: string) {
    this.value = { name, digest, version, pkg, arch };
  }

  static of(id: Id): HostId {
    return new HostId(id.name, id.digest, id.version, id.pkg, id.arch);
  }

  static fromString(input: string): HostId {
    return HostId.of(idFromString(input));
  }

  toModel(): Id {
    const { name, digest, version, pkg, arch } = this.value;
    return {
      name,
      digest,
      ...(version !== undefined && { version }),
      ...(pkg !== undefined && { pkg }),
      ...(arch !== undefined && { arch }),
    };
  }

  name(): string {
    return this.value.name;
  }
  digest(): string {
    return this.value.digest;
  }
  setDigest(digest: string): void {
    this.value = { ...this.value, digest };
  }
  version(): string | undefined {
    return this.value.version;
  }
  setVersion(input: string): void {
    this.value = { ...this.value, version: input };
  }
  clearVersion(): void {
    this.value = { ...this.value, version: undefined };
  }
  pkg(): string | undefined {
    return this.value.pkg;
  }
  arch(): string | undefined {
    return this.value.arch;
  }
  toString(): string {
    return idToString(this.toModel());
  }
}

function isTable(value: NodeValue): value is { [key: string]: NodeValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonOf(value: NodeValue): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item));
}

/** The `node` resource: a declaration (kind, name, id, attributes) or one value inside one. */
export class HostNode implements Implements<Common.Node> {
  constructor(
    readonly value: NodeValue,
    readonly declaration?: DeclarationNode,
  ) {}

  static ofDeclaration(declaration: DeclarationNode): HostNode {
    return new HostNode(declaration.attrs as NodeValue, declaration);
  }

  static fromJson(json: string): HostNode {
    try {
      return new HostNode(JSON.parse(json) as NodeValue);
    } catch (error) {
      throw new HostError('edo', `node.from-json: ${(error as Error).message}`);
    }
  }

  /** The declaration this node stands for, making one up for a plain table. */
  toDeclaration(addr: string): DeclarationNode {
    if (this.declaration) return this.declaration;
    const attrs = isTable(this.value) ? this.value : {};
    const kind = typeof attrs.kind === 'string' ? attrs.kind : '';
    return { kind, name: addr, id: addr, attrs, position: { file: addr, line: 0, col: 0 } };
  }

  validateKeys(keys: string[]): void {
    if (!isTable(this.value)) return;
    const unknown = Object.keys(this.value).filter((key) => !keys.includes(key));
    if (unknown.length > 0) {
      const where = this.declaration ? `${this.declaration.kind} ${this.declaration.id}` : 'node';
      throw new HostError(
        'edo',
        `${where}: unknown attribute(s) ${unknown.join(', ')} (allowed: ${keys.join(', ')})`,
      );
    }
  }
  asBool(): boolean | undefined {
    return typeof this.value === 'boolean' ? this.value : undefined;
  }
  asInt(): bigint | undefined {
    if (typeof this.value === 'bigint') return this.value;
    return typeof this.value === 'number' && Number.isInteger(this.value) ? BigInt(this.value) : undefined;
  }
  asFloat(): number | undefined {
    if (typeof this.value === 'bigint') return Number(this.value);
    return typeof this.value === 'number' ? this.value : undefined;
  }
  asString(): string | undefined {
    return typeof this.value === 'string' ? this.value : undefined;
  }
  asVersion(): string | undefined {
    return this.asString();
  }
  asRequire(): string | undefined {
    return this.asString();
  }
  asList(): HostNode[] | undefined {
    return Array.isArray(this.value) ? this.value.map((item) => new HostNode(item)) : undefined;
  }
  asTable(): Array<[string, HostNode]> | undefined {
    return isTable(this.value)
      ? Object.entries(this.value).map(([key, item]) => [key, new HostNode(item)])
      : undefined;
  }
  getId(): string | undefined {
    return this.declaration?.id;
  }
  getKind(): string | undefined {
    return this.declaration?.kind;
  }
  getName(): string | undefined {
    return this.declaration?.name;
  }
  getTable(): Array<[string, HostNode]> | undefined {
    return this.asTable();
  }
  toJson(): string {
    return jsonOf(this.value);
  }
}

/**
 * The most one `read` returns, whatever the guest asks: the host never buffers a whole stream
 * (a layer may be gigabytes) because a guest asked for 2^64 bytes. Guests read until an empty
 * list, as with any stream.
 */
const MAX_READ_BYTES = 16 * 1024 * 1024;

/** The `reader` resource over bytes or a stream; `read` returns an empty list at the end. */
export class HostReader implements Implements<Common.Reader> {
  private pending: Buffer = Buffer.alloc(0);
  private readonly chunks?: AsyncIterator<Buffer>;
  private done = false;

  constructor(source: Uint8Array | Readable) {
    if (source instanceof Readable) this.chunks = source[Symbol.asyncIterator]();
    else {
      this.pending = Buffer.from(source);
      this.done = true;
    }
  }

  /** Synchronous when the bytes are at hand (a guest waiting on a promise costs a wake-up). */
  read(size: bigint): Uint8Array | Promise<Uint8Array> {
    const wanted = Number(size < BigInt(MAX_READ_BYTES) ? size : BigInt(MAX_READ_BYTES));
    if (this.pending.length >= wanted || this.done || !this.chunks) return this.take(wanted);
    return this.fill(wanted).then(() => this.take(wanted));
  }

  private take(wanted: number): Uint8Array {
    const out = this.pending.subarray(0, wanted);
    this.pending = this.pending.subarray(out.length);
    return out;
  }

  /** Reads from the stream until `wanted` bytes are pending or it ends (one copy at the end). */
  private async fill(wanted: number): Promise<void> {
    const parts = [this.pending];
    let have = this.pending.length;
    while (have < wanted) {
      const next = await this.chunks!.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const chunk = Buffer.from(next.value);
      parts.push(chunk);
      have += chunk.length;
    }
    this.pending = Buffer.concat(parts, have);
  }

  /** What is left to read, as a stream for the engine. */
  toReadable(): Readable {
    return Readable.from(this.remaining());
  }

  private async *remaining(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const chunk = await this.read(65536n);
      if (chunk.length === 0) return;
      yield chunk;
    }
  }
}

/**
 * The most the host keeps in its memory for a guest at once (a writer the guest constructs, a
 * file it reads): its own memory is capped (512 MiB by default), what it makes the host hold is
 * not otherwise.
 */
export const MAX_GUEST_BUFFER_BYTES = 256 * 1024 * 1024;

/** A writer that keeps what is written in memory (a guest-constructed `writer`). */
class MemoryWriter extends Writable implements LayerWriter {
  readonly chunks: Buffer[] = [];
  bytesWritten = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.bytesWritten += chunk.length;
    callback();
  }
}

/** The `writer` resource: over a host stream (a layer being written), or in memory. */
export class HostWriter implements Implements<Common.Writer> {
  readonly writable: Writable;

  constructor(writable?: Writable) {
    this.writable = writable ?? new MemoryWriter();
  }

  /**
   * Synchronous unless the stream pushes back: a guest waiting on a promise blocks its worker,
   * which then costs a thread wake-up to resume.
   */
  write(data: Uint8Array): bigint | Promise<bigint> {
    const written = BigInt(data.length);
    if (
      this.writable instanceof MemoryWriter &&
      this.writable.bytesWritten + data.length > MAX_GUEST_BUFFER_BYTES
    ) {
      // The guest's memory is capped; what it keeps in the host's must be too.
      throw new HostError(
        'edo',
        `writer: a writer the plugin makes holds at most ${MAX_GUEST_BUFFER_BYTES >> 20} MiB`,
      );
    }
    if (this.writable.write(Buffer.from(data))) return written;
    return once(this.writable, 'drain').then(() => written);
  }

  toReader(): HostReader {
    if (!(this.writable instanceof MemoryWriter)) {
      throw new HostError('edo', 'writer.to-reader: only a writer the plugin constructed can be read back');
    }
    return new HostReader(Buffer.concat(this.writable.chunks));
  }
}

export class HostLog implements Implements<Common.Log> {
  constructor(readonly log: Log) {}

  write(message: Uint8Array): bigint {
    this.log.write(message);
    return BigInt(message.length);
  }
}

export class HostConfig implements Implements<Common.Config> {
  constructor(private readonly values: Readonly<Record<string, NodeValue>>) {}

  get(name: string): HostNode | undefined {
    return Object.hasOwn(this.values, name) ? new HostNode(this.values[name]!) : undefined;
  }
}

export class HostLayer implements Implements<Storage.Layer> {
  readonly layer: Layer;

  constructor(mediaType: string, digest: string, size: bigint, platform?: string) {
    this.layer = { mediaType, digest, size: Number(size), ...(platform !== undefined && { platform }) };
  }

  static of(layer: Layer): HostLayer {
    return new HostLayer(layer.mediaType, layer.digest, BigInt(layer.size), layer.platform);
  }

  mediaType(): string {
    return this.layer.mediaType;
  }
  digest(): string {
    return this.layer.digest;
  }
  size(): bigint {
    return BigInt(this.layer.size);
  }
  platform(): string | undefined {
    return this.layer.platform;
  }
}

export class HostArtifactConfig implements Implements<Storage.ArtifactConfig> {
  private readonly idValue: Id;
  /** Without prototypes: the guest names the groups and packages (`__proto__` is just a name). */
  private readonly requirements: Requirements = Object.create(null) as Requirements;

  constructor(
    id: HostId,
    private readonly provided: string[],
    private readonly metadataJson?: string,
  ) {
    this.idValue = id.toModel();
  }

  static of(config: ArtifactConfig): HostArtifactConfig {
    const metadata = config.metadata === undefined ? undefined : JSON.stringify(config.metadata);
    const host = new HostArtifactConfig(HostId.of(config.id), [...config.provides], metadata);
    for (const [group, names] of Object.entries(config.requires)) {
      for (const [name, version] of Object.entries(names)) host.addRequirement(group, name, version);
    }
    return host;
  }

  toModel(): ArtifactConfig {
    let metadata: unknown;
    if (this.metadataJson !== undefined) {
      try {
        metadata = JSON.parse(this.metadataJson);
      } catch {
        throw new HostError('edo', `artifact-config metadata is not JSON: ${this.metadataJson.slice(0, 80)}`);
      }
    }
    return {
      id: this.idValue,
      provides: [...this.provided],
      // A copy by hand: structuredClone took ≈ 40 µs of every plugin transform's result.
      requires: Object.fromEntries(
        Object.entries(this.requirements).map(([group, names]) => [group, { ...names }]),
      ),
      ...(metadata !== undefined && { metadata }),
    };
  }

  id(): HostId {
    return HostId.of(this.idValue);
  }
  provides(): string[] {
    return [...this.provided];
  }
  requires(): Array<[string, Array<[string, string]>]> {
    return Object.entries(this.requirements).map(([group, names]) => [group, Object.entries(names)]);
  }
  addRequirement(group: string, name: string, version: string): void {
    (this.requirements[group] ??= Object.create(null) as Record<string, string>)[name] = version;
  }
  metadata(): string | undefined {
    return this.metadataJson;
  }
}

export class HostArtifact implements Implements<Storage.Artifact> {
  private readonly configValue: HostArtifactConfig;
  private readonly layerList: HostLayer[] = [];

  constructor(config: HostArtifactConfig) {
    this.configValue = config;
  }

  static of(artifact: Artifact): HostArtifact {
    const host = new HostArtifact(HostArtifactConfig.of(artifact.config));
    for (const layer of artifact.layers) host.addLayer(HostLayer.of(layer));
    return host;
  }

  toModel(): Artifact {
    return { config: this.configValue.toModel(), layers: this.layerList.map((layer) => layer.layer) };
  }

  config(): HostArtifactConfig {
    return this.configValue;
  }
  layers(): HostLayer[] {
    return [...this.layerList];
  }
  addLayer(layer: HostLayer): void {
    this.layerList.push(layer);
  }
}

export class HostStorageManager implements Implements<Storage.StorageManager> {
  constructor(readonly manager: StorageManager) {}

  async open(id: HostId): Promise<HostArtifact> {
    return HostArtifact.of(await this.manager.open(id.toModel()));
  }
  has(id: HostId): Promise<boolean> {
    return this.manager.has(id.toModel());
  }
  async read(layer: HostLayer): Promise<HostReader> {
    return new HostReader(await this.manager.read(layer.layer));
  }
  async startLayer(): Promise<HostWriter> {
    return new HostWriter(await this.manager.startLayer());
  }
  async finishLayer(mediaType: string, platform: string | undefined, writer: HostWriter): Promise<HostLayer> {
    // The guest has no `end`: finishing a layer ends its writer (the engine's convention).
    if (!writer.writable.writableEnded) writer.writable.end();
    const layer = await this.manager.finishLayer(mediaType, platform, writer.writable as LayerWriter);
    return HostLayer.of(layer);
  }
  save(artifact: HostArtifact): Promise<void> {
    return this.manager.save(artifact.toModel());
  }
}

export class HostCommand implements Implements<Host.Command> {
  constructor(readonly command: Command) {}

  set(key: string, value: string): void {
    this.command.set(key, value);
  }
  chdir(path: string): void {
    this.command.chdir(path);
  }
  pushd(path: string): void {
    this.command.pushd(path);
  }
  popd(): void {
    this.command.popd();
  }
  createNamedDir(key: string, path: string): void {
    this.command.createNamedDir(key, path);
  }
  createDir(path: string): void {
    this.command.createDir(path);
  }
  removeDir(path: string): void {
    this.command.removeDir(path);
  }
  removeFile(path: string): void {
    this.command.removeFile(path);
  }
  mv(source: string, target: string): void {
    this.command.mv(source, target);
  }
  copy(source: string, target: string): void {
    this.command.copy(source, target);
  }
  run(cmd: string): void {
    this.command.run(cmd);
  }
  send(path: string): void {
    this.command.send(path);
  }
}

export class HostEnvironment implements Implements<Host.Environment> {
  constructor(readonly environment: Environment) {}

  deferCmd(log: HostLog, id: HostId): HostCommand {
    return new HostCommand(this.environment.deferCmd(log.log, id.toModel()));
  }
  expand(path: string): Promise<string> {
    return this.environment.expand(path);
  }
  createDir(path: string): Promise<void> {
    return this.environment.createDir(path);
  }
  setEnv(key: string, value: string): Promise<void> {
    return this.environment.setEnv(key, value);
  }
  getEnv(key: string): string | undefined {
    return this.environment.getEnv(key);
  }
  setup(log: HostLog, storage: HostStorageManager): Promise<void> {
    return this.environment.setup(log.log, storage.manager);
  }
  up(log: HostLog): Promise<void> {
    return this.environment.up(log.log);
  }
  down(log: HostLog): Promise<void> {
    return this.environment.down(log.log);
  }
  /**
   * In the background, as the engine removes a target's environment while it saves the artifact;
   * and as there, a failed removal is logged rather than failing the transform.
   */
  clean(log: HostLog): BackgroundWork {
    return new BackgroundWork(removeEnvironment(this.environment, log.log));
  }
  write(path: string, data: HostReader): Promise<void> {
    return this.environment.write(path, data.toReadable());
  }
  unpack(path: string, data: HostReader): Promise<void> {
    return this.environment.unpack(path, data.toReadable());
  }
  read(path: string, writer: HostWriter): Promise<void> {
    return this.environment.read(path, writer.writable);
  }
  cmd(log: HostLog, id: HostId, path: string, command: string): Promise<boolean> {
    return this.environment.cmd(log.log, id.toModel(), path, command);
  }
  run(log: HostLog, id: HostId, path: string, command: HostCommand): Promise<boolean> {
    return this.environment.run(log.log, id.toModel(), path, command.command);
  }
  async shell(path: string): Promise<void> {
    // WIT's shell returns no status; `edo shell` reads it from the environment it passed.
    await this.environment.shell(path);
  }
}

export class HostFarm implements Implements<Host.Farm> {
  constructor(readonly farm: Farm) {}

  setup(log: HostLog, storage: HostStorageManager): Promise<void> {
    return this.farm.setup(log.log, storage.manager);
  }
  async create(log: HostLog, path: string): Promise<HostEnvironment> {
    return new HostEnvironment(await this.farm.create(log.log, path));
  }
  async identity(): Promise<Array<[string, string]>> {
    const identity = await this.farm.identity();
    return Object.entries(identity).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]);
  }
}

export class HostSource implements Implements<Host.Source> {
  constructor(readonly source: Source) {}

  async getUniqueId(): Promise<HostId> {
    return HostId.of(await this.source.getUniqueId());
  }
  async fetch(log: HostLog, storage: HostStorageManager): Promise<HostArtifact> {
    return HostArtifact.of(await this.source.fetch(log.log, storage.manager));
  }
  stage(log: HostLog, storage: HostStorageManager, env: HostEnvironment, path: string): Promise<void> {
    return this.source.stage(log.log, storage.manager, env.environment, path);
  }
}

/** The WIT `transform-status` variant, as jco represents it. */
export type WitTransformStatus =
  | { tag: 'success'; val: HostArtifact }
  | { tag: 'retryable' | 'failed'; val: [string | undefined, HostError] };

export class HostTransform implements Implements<Host.Transform> {
  constructor(readonly transform: Transform) {}

  environment(): string {
    return this.transform.environment();
  }
  depends(): string[] {
    return this.transform.depends();
  }
  async getUniqueId(ctx: HostHandle): Promise<HostId> {
    return HostId.of(await this.transform.getUniqueId(ctx.handle));
  }
  prepare(log: HostLog, ctx: HostHandle): Promise<void> {
    return this.transform.prepare(log.log, ctx.handle);
  }
  stage(log: HostLog, ctx: HostHandle, env: HostEnvironment): Promise<void> {
    return this.transform.stage(log.log, ctx.handle, env.environment);
  }
  async execute(log: HostLog, ctx: HostHandle, env: HostEnvironment): Promise<WitTransformStatus> {
    const status: TransformStatus = await this.transform.transform(log.log, ctx.handle, env.environment);
    if (status.kind === 'success') return { tag: 'success', val: HostArtifact.of(status.artifact) };
    return { tag: status.kind, val: [status.log, HostError.from(status.error)] };
  }
  canShell(): boolean {
    return this.transform.canShell();
  }
  shell(env: HostEnvironment): Promise<void> {
    return this.transform.shell(env.environment);
  }
}

export class HostHandle implements Implements<Host.Handle> {
  constructor(readonly handle: Handle) {}

  storage(): HostStorageManager {
    return new HostStorageManager(this.handle.storage());
  }
  get(addr: string): HostTransform | undefined {
    const transform = this.handle.get(addr);
    return transform && new HostTransform(transform);
  }
}

export class HostContext implements Implements<Host.Context> {
  constructor(
    readonly context: ComponentContext,
    private readonly configValues: Readonly<Record<string, NodeValue>>,
  ) {}

  getArg(name: string): string | undefined {
    return this.context.getArg(name);
  }
  getHandle(): HostHandle {
    return new HostHandle(this.context.getHandle());
  }
  config(): HostConfig {
    return new HostConfig(this.configValues);
  }
  storage(): HostStorageManager {
    return new HostStorageManager(this.context.storage());
  }
  getTransform(addr: string): HostTransform | undefined {
    const transform = this.context.getTransform(addr);
    return transform && new HostTransform(transform);
  }
  getFarm(addr: string): HostFarm | undefined {
    const farm = this.context.getFarm(addr);
    return farm && new HostFarm(farm);
  }
  async addSource(addr: string, node: HostNode): Promise<HostSource> {
    return new HostSource(await this.context.addSource(addr, node.toDeclaration(addr)));
  }
}

/** The host classes by import interface (unversioned, as jco's generated code reads them) and WIT-derived class name. */
export const HOST_CLASSES = {
  'edo:plugin/common': {
    Error: HostError,
    Id: HostId,
    Node: HostNode,
    Reader: HostReader,
    Writer: HostWriter,
    Log: HostLog,
    Config: HostConfig,
  },
  'edo:plugin/storage': {
    Layer: HostLayer,
    ArtifactConfig: HostArtifactConfig,
    Artifact: HostArtifact,
    StorageManager: HostStorageManager,
  },
  'edo:plugin/host': {
    Command: HostCommand,
    Environment: HostEnvironment,
    Farm: HostFarm,
    Source: HostSource,
    Transform: HostTransform,
    Handle: HostHandle,
    Context: HostContext,
  },
} as const;

/** Constructors a guest may call (`constructor` in the WIT). Others are reachable only as handles. */
export const GUEST_CONSTRUCTIBLE: ReadonlySet<object> = new Set<object>([
  HostError,
  HostId,
  HostReader,
  HostWriter,
  HostLayer,
  HostArtifactConfig,
  HostArtifact,
]);

/** Static functions a guest may call, per class. */
export const GUEST_STATICS: ReadonlyMap<object, readonly string[]> = new Map<object, string[]>([
  [HostId, ['fromString']],
  [HostNode, ['fromJson']],
]);
