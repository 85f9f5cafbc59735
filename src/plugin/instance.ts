import { AsyncLocalStorage } from 'node:async_hooks';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { EdoError } from '../model/errors.js';
import {
  BackgroundWork,
  GUEST_CONSTRUCTIBLE,
  GUEST_STATICS,
  HOST_CLASSES,
  HostError,
} from './host-objects.js';
import type { AtomicsWithWaitAsync, WasmModule } from './wasm-api.js';
import { makeWasiStubs, WASI_OUTPUT } from './wasi-stubs.js';
import { workerMain, type WorkerData, type WorkerLoad } from './worker-main.js';
import { makeWire, WIRE_HEADER_BYTES, type WireMessage, type WireRef } from './wire.js';

/** Per-plugin limits (seed 8.3). */
export interface PluginLimits {
  /** Guest time per call, excluding time spent in host calls. */
  timeMs: number;
  /** Cap on the guest's linear memory (all memories together). */
  memoryMb: number;
  /** Stack of the worker thread running the guest. */
  stackMb: number;
  /**
   * Host objects the guest may hold handles to at once. Each is host memory the guest's own cap
   * does not cover, and componentize-js guests never drop theirs: one that outgrows this is
   * stopped like one over its memory limit (≈ 5 are kept per transform by the test plugin).
   */
  handles: number;
}

export const DEFAULT_LIMITS: PluginLimits = { timeMs: 60_000, memoryMb: 512, stackMb: 4, handles: 1_000_000 };

/** What one call is, for error messages: `plugin P: transform //x:y: execute: ...`. */
export interface CallSite {
  component: string;
  method: string;
}

/** Functions a plugin imports (not resource methods), already bound to its capabilities. */
export type HostFunctions = Record<string, Record<string, (...args: never[]) => unknown>>;

export interface InstanceSpec {
  plugin: string;
  jsPath: string;
  /**
   * Compiled core modules by the names the generated code asks for. A promise lets the worker
   * start (and load the generated JS) while they compile.
   */
  modules: Record<string, WasmModule> | Promise<Record<string, WasmModule>>;
  functions: HostFunctions;
  limits: PluginLimits;
  /** A worker booted ahead (see WorkerBoot), used by the first start. */
  boot?: WorkerBoot;
}

/** How long the worker may take to answer, and how the limit is named when it does not. */
interface TimeBudget {
  ms: number;
  name: string;
}

/**
 * A call on a guest object of a discarded worker generation. Callers that can re-create the object
 * (components, through `create-*`) do so and call again: the worker may have been discarded by
 * another call while this one waited in the queue.
 */
export class StaleGuestObject extends EdoError {}

/** The guest holds more host handles than its limit allows (see `PluginLimits.handles`). */
class HandleLimitExceeded extends Error {
  constructor(limit: number) {
    super(`held more than ${limit} host handles (drop the handles it no longer needs)`);
  }
}

/** A resource the guest implements (a transform, a farm...), valid in one worker generation. */
export class GuestRef {
  constructor(
    readonly instance: PluginInstance,
    readonly generation: number,
    readonly id: number,
  ) {}
}

/** Messages up to this size go through shared memory; bigger ones through the MessagePort. */
const CHANNEL_BYTES = 1 << 20;
/**
 * How long the main thread spins waiting for a guest reply before yielding to the event loop
 * (`Atomics.waitAsync`). Small calls return within tens of µs; spinning through them avoids both
 * a thread wake-up and a trip through the event loop (wire.ts). The worker pays for that trip too:
 * its `Atomics.notify` of an asynchronous waiter takes ≈ 16 µs (measured), against well under
 * 1 µs with none. A guest's code between two host calls runs for 0.05–0.3 ms: with 0.2 ms spins a
 * transform of 14 host calls still went through the event loop 2–14 times, with 0.5 ms 0–1 times
 * (transform 1.51× → 1.40× the built-in). The back-off in wire.ts bounds the cost when the guest
 * computes for longer.
 */
const SPIN_MS = 0.5;
/**
 * Starting a worker (loading ~1 MB of generated JS, instantiating) is host work, not guest time:
 * it gets its own budget rather than the per-call limit.
 */
const START_BUDGET_MS = 120_000;

type Message = WireMessage;
/** A message from the worker: `hostIds` are the host handles in it, `unknownHandle` a bad one. */
interface Received {
  message: Message;
  hostIds: Set<number>;
  unknownHandle?: number;
}

/** `table[key]` only for the table's own keys: guests name interfaces and functions. */
function ownEntry<T>(table: Record<string, T>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

const HOST_CLASS_NAMES = new Map<object, string>();
/** The methods a guest may call on each host class: looked up on every host call. */
const GUEST_CALLABLE = new Map<object, ReadonlySet<string>>();
/** Host-side helpers on the resource classes, never callable by a guest. */
const HELPER_METHODS = new Set(['constructor', 'toModel', 'toDeclaration', 'toReadable', 'remaining']);
function witMethods(cls: { prototype: object }): string[] {
  return Object.getOwnPropertyNames(cls.prototype).filter(
    (name) =>
      !HELPER_METHODS.has(name) && typeof (cls.prototype as Record<string, unknown>)[name] === 'function',
  );
}
const WORKER_CLASSES: WorkerData['classes'] = {};
for (const [iface, byName] of Object.entries(HOST_CLASSES)) {
  WORKER_CLASSES[iface] = {};
  for (const [name, cls] of Object.entries(byName)) {
    HOST_CLASS_NAMES.set(cls, name);
    const methods = witMethods(cls);
    GUEST_CALLABLE.set(cls, new Set(methods));
    WORKER_CLASSES[iface][name] = { methods, statics: [...(GUEST_STATICS.get(cls) ?? [])] };
  }
}
const WORKER_SOURCE = `(${workerMain.toString()})({ makeWasiStubs: ${makeWasiStubs.toString()}, makeWire: ${makeWire.toString()} })`;

/**
 * A plugin worker thread, booted before it has a plugin to run: Node takes ~40 ms to boot one,
 * which can overlap hashing, checking and compiling the plugin. The worker runs no guest code
 * until its instance sends it the generated JS (`WorkerLoad`) and the compiled modules.
 */
export class WorkerBoot {
  readonly worker: Worker;
  readonly sab = new SharedArrayBuffer(WIRE_HEADER_BYTES + CHANNEL_BYTES);
  readonly port: MessagePort;
  private exited = false;
  private exitListener?: () => void;
  private adopted = false;

  constructor(limits: PluginLimits) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const workerData: WorkerData = {
      sab: this.sab,
      port: port2,
      classes: WORKER_CLASSES,
      wasiOutput: WASI_OUTPUT,
    };
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData,
      transferList: [port2],
      // The JS heap of the worker (generated bindings, messages); wasm memory is capped in loader.ts.
      resourceLimits: {
        stackSizeMb: limits.stackMb,
        maxOldGenerationSizeMb: Math.max(256, limits.memoryMb),
      },
      stdout: true,
      stderr: true,
    });
    this.worker.unref();
    const exit = () => {
      this.exited = true;
      this.exitListener?.();
    };
    this.worker.on('error', exit);
    this.worker.on('exit', exit);
  }

  /** Calls `listener` when the worker fails or exits (now, if it already has). */
  onExit(listener: () => void): void {
    this.exitListener = listener;
    if (this.exited) listener();
  }

  /** This boot for an instance's first start; undefined once taken. */
  adopt(): WorkerBoot | undefined {
    if (this.adopted) return undefined;
    this.adopted = true;
    return this;
  }

  /** Stops the worker unless an instance adopted it. */
  release(): void {
    if (this.adopt()) {
      this.port.close();
      void this.worker.terminate();
    }
  }
}

/** A step of a call, as `PluginInstance.trace` sees it (each when the main thread sees it). */
export type CallStep = 'call' | 'host call' | 'host reply' | 'async host reply' | 'reply';

/** Messages from the worker that ask the host for something (the others end a call). */
const HOST_REQUESTS: ReadonlySet<unknown> = new Set(['host', 'new', 'static', 'fn']);

/** Instances inside a host call, per async context: a guest calling back into itself would deadlock. */
const activeHostCalls = new AsyncLocalStorage<ReadonlySet<PluginInstance>>();
/**
 * Instances whose last call just ended: their workers spin a while for a next call (wire.ts).
 * When another plugin is called instead, that spin would hold the core its worker needs (the
 * main thread spins too, and this machine has 2), so they are told to sleep.
 */
const justReplied = new Set<PluginInstance>();

/**
 * One plugin's guest, running in its own worker thread. Calls are serialized; a call that traps,
 * runs out of time or memory discards the worker, and the next call starts a new one (guest
 * resources from the old one are gone: callers re-create them, see adapters.ts).
 */
export class PluginInstance {
  private worker?: Worker;
  private wire?: ReturnType<typeof makeWire>;
  private port?: MessagePort;
  private seenFromWorker = 0;
  private dead = false;
  private starting?: Promise<void>;
  /** True once the current worker is ready (calls then skip waiting for its start). */
  private ready = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** Calls queued or running: the first of a run starts at once rather than after the queue's promise. */
  private inFlight = 0;
  /** Bumped whenever a worker is discarded: GuestRefs of older generations are stale. */
  generation = 0;
  private readonly handles = new Map<number, object>();
  private readonly handleIds = new WeakMap<object, number>();
  private nextHandle = 1;
  /** Statistics for tests and benchmarks. */
  readonly stats = { workersStarted: 0, calls: 0, hostCalls: 0, hostCallMs: 0 };
  /** Told of each step of a call's exchange, when set (bench/plugin-transform.mjs breaks a transform down). */
  trace?: (step: CallStep) => void;
  /** The last host call of the current call that failed, for the message if the guest traps. */
  private lastHostFailure?: string;
  /**
   * What the guest last reported through `fatal` during the current call: a guest that cannot
   * return its error (a JS exception in a method returning no `result`) says it before trapping.
   */
  private lastGuestReport?: string;
  /** Handle ids created for the arguments of the call in progress. */
  private callScope?: Set<number>;
  /** The async context of a host call this instance makes when no other instance is in one. */
  private aloneInHostCall?: ReadonlySet<PluginInstance>;
  /** Host work the guest was answered before (`BackgroundWork`), by the handle it was asked of. */
  private readonly background = new Map<number, Promise<void>>();

  /** Host objects the guest currently holds handles to. */
  get liveHandles(): number {
    return this.handles.size;
  }

  constructor(readonly spec: InstanceSpec) {}

  /** Calls an `abi` export (`target` undefined, `fn` like `abi.createTransform`) or a guest resource method. */
  call(target: GuestRef | undefined, fn: string, args: unknown[], site: CallSite): Promise<unknown> {
    if (activeHostCalls.getStore()?.has(this)) {
      return Promise.reject(
        this.failure(
          site,
          'the plugin called back into itself through the host (re-entrant calls are not supported)',
        ),
      );
    }
    let run: Promise<unknown>;
    if (
      this.inFlight === 0 &&
      this.ready &&
      !this.dead &&
      (!target || target.generation === this.generation)
    ) {
      // Nothing queued and the worker up: the call starts here, and a reply that comes within the
      // first spin settles it with no async step (each one counts on a call of ~10 µs).
      let started: ReturnType<PluginInstance['begin']>;
      try {
        started = this.begin(target, fn, args);
      } catch (error) {
        return Promise.reject(error);
      }
      run = this.conclude(started, site);
      if (started.reply) return run;
    } else {
      const callNow = () => this.callNow(target, fn, args, site);
      run = this.inFlight === 0 ? callNow() : this.queue.then(callNow);
    }
    this.inFlight++;
    const settled = () => {
      this.inFlight--;
    };
    this.queue = run.then(settled, settled);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    this.discard();
  }

  private failure(site: CallSite, message: string): EdoError {
    return new EdoError(`${site.component}: ${site.method}: ${message}`, { plugin: this.spec.plugin });
  }

  private async callNow(target: GuestRef | undefined, fn: string, args: unknown[], site: CallSite) {
    if (target && target.generation !== this.generation) {
      throw new StaleGuestObject(
        `${site.component}: ${site.method}: the guest object was lost when its worker was discarded`,
        {
          plugin: this.spec.plugin,
        },
      );
    }
    if (!this.ready) await this.start(site);
    return this.conclude(this.begin(target, fn, args), site);
  }

  /**
   * Sends the call and spins briefly for the worker's first message. `reply` is set when that
   * message ends the call; otherwise `received` is what came (a host request), if anything.
   */
  private begin(target: GuestRef | undefined, fn: string, args: unknown[]) {
    this.stats.calls++;
    this.lastHostFailure = undefined;
    this.lastGuestReport = undefined;
    // Handles made for this call's arguments are borrows: the guest cannot keep them past the
    // call, so they are released after it (unless the guest also received them as own).
    const scope = new Set<number>();
    this.callScope = scope;
    for (const other of justReplied) if (other !== this) other.wire?.setHostBusy(true);
    justReplied.clear();
    this.wire!.setHostBusy(false);
    try {
      this.send({ k: 'call', t: target?.id, f: fn, a: args }, scope);
      this.trace?.('call');
      const received = this.spinForWorker(Math.min(SPIN_MS, this.spec.limits.timeMs));
      const reply = received && !HOST_REQUESTS.has(received.message.k) ? this.replyOf(received) : undefined;
      if (reply) this.trace?.('reply');
      return { scope, received, reply };
    } catch (error) {
      this.endScope(scope);
      throw error;
    }
  }

  /** The call's outcome: at once when the guest replied within the first spin, else after the exchange. */
  private conclude(started: ReturnType<PluginInstance['begin']>, site: CallSite): Promise<unknown> {
    return started.reply
      ? this.settle(started.reply, started.scope, site)
      : this.finish(started.scope, site, started.received);
  }

  /** The rest of a call whose reply did not come within the first spin. */
  private async finish(scope: Set<number>, site: CallSite, received: Received | undefined) {
    let reply: Message;
    try {
      reply = await this.exchange(site, undefined, received);
    } catch (error) {
      this.endScope(scope);
      throw error;
    } finally {
      await this.backgroundDone();
    }
    return this.settle(reply, scope, site);
  }

  /** Waits for the call's background work (none can start before a call's first host call). */
  private async backgroundDone(): Promise<void> {
    while (this.background.size > 0) {
      const work = [...this.background.values()];
      this.background.clear();
      await Promise.all(work);
    }
  }

  private endScope(scope: Set<number>): void {
    this.callScope = undefined;
    for (const id of scope) this.handles.delete(id);
  }

  /** The call's outcome from the worker's reply: its value, or the error (a trap discards the worker). */
  private settle(reply: Message, scope: Set<number>, site: CallSite): Promise<unknown> {
    this.endScope(scope);
    justReplied.add(this);
    if (reply.k === 'ret') return Promise.resolve(reply.v);
    if (reply.k === 'err') {
      const message = reply.v instanceof HostError ? reply.v.toString() : String(reply.v);
      return Promise.reject(this.failure(site, message));
    }
    this.discard();
    return Promise.reject(this.failure(site, this.describeTrap(reply)));
  }

  private describeTrap(reply: Message): string {
    const capBytes = this.spec.limits.memoryMb * 1024 * 1024;
    // Allocators grow in chunks: a trap with memory this close to the cap is the cap's doing.
    const nearCap = Math.max(8 * 1024 * 1024, capBytes / 8);
    if (typeof reply.memory === 'number' && capBytes - reply.memory < nearCap) {
      return `exceeded the memory limit of ${this.spec.limits.memoryMb} MiB (${String(reply.m)})`;
    }
    if (reply.n === 'RangeError' && /call stack/i.test(String(reply.m))) {
      return `exceeded the stack limit (${this.spec.limits.stackMb} MiB): ${String(reply.m)}`;
    }
    const after = this.lastHostFailure ? ` after the host call ${this.lastHostFailure}` : '';
    const trap = `${String(reply.n)}: ${String(reply.m)}`;
    if (this.lastGuestReport !== undefined)
      return `${this.lastGuestReport}; the plugin then trapped (${trap})${after} and was restarted`;
    return `trapped (${trap})${after}; the plugin was restarted`;
  }

  /** Starts the worker (instantiating the guest) unless it runs. */
  start(site: CallSite): Promise<void> {
    if (this.worker) return this.starting!;
    const boot = this.spec.boot?.adopt() ?? new WorkerBoot(this.spec.limits);
    const { worker } = boot;
    this.wire = makeWire({ sab: boot.sab, port: boot.port, receiveMessageOnPort, side: 0 });
    this.port = boot.port;
    this.seenFromWorker = 0;
    this.dead = false;
    boot.onExit(() => this.markDead(worker));
    this.worker = worker;
    this.stats.workersStarted++;
    const starting = { ...site, method: `${site.method} (starting the plugin)` };
    const budget = { ms: START_BUDGET_MS, name: 'start-up time limit' };
    const load: WorkerLoad = {
      jsPath: this.spec.jsPath,
      functions: Object.fromEntries(
        Object.entries(this.spec.functions).map(([iface, fns]) => [iface, Object.keys(fns)]),
      ),
    };
    worker.postMessage(load);
    // The worker waits for the modules after loading the generated JS; a failed compilation
    // (e.g. memory over the cap) fails the start with its own error.
    const modules = Promise.resolve(this.spec.modules);
    modules.then(
      (compiled) => worker.postMessage(compiled),
      () => this.markDead(worker),
    );
    this.starting = Promise.all([modules, this.exchange(starting, budget)]).then(([, reply]) => {
      if (reply.k !== 'ready') {
        this.discard();
        throw this.failure(site, String(reply.m));
      }
      if (worker === this.worker) this.ready = true;
    });
    return this.starting;
  }

  private markDead(worker: Worker): void {
    if (worker !== this.worker || !this.wire) return;
    this.dead = true;
    Atomics.add(this.wire.control, 1, 1);
    Atomics.notify(this.wire.control, 1);
  }

  /** Terminates the worker; guest objects of this generation become stale. */
  discard(): void {
    if (!this.worker) return;
    const worker = this.worker;
    this.worker = undefined;
    justReplied.delete(this);
    this.starting = undefined;
    this.ready = false;
    this.generation++;
    this.handles.clear();
    this.port?.close();
    void worker.terminate();
  }

  /**
   * Serves the guest's host calls until it replies to the message just sent (or starts), from
   * `first` if the worker's first message is already read. One async function for the whole
   * exchange: each promise counts on a fast call's path.
   */
  private async exchange(
    site: CallSite,
    budget: TimeBudget = { ms: this.spec.limits.timeMs, name: 'time limit' },
    first?: Received,
  ): Promise<Message> {
    let remaining = budget.ms;
    let received = first;
    for (;;) {
      if (!received) {
        const started = performance.now();
        received = this.spinForWorker(Math.min(SPIN_MS, Math.max(remaining, 0)));
        const state = received ? 'ok' : await this.waitForWorker(started, remaining);
        remaining -= performance.now() - started;
        if (!received && this.dead) {
          this.discard();
          throw this.failure(site, 'the plugin worker exited unexpectedly');
        }
        // A wake-up is only a hint: the counter says whether the worker wrote a message. A
        // time-out is one too: on a loaded machine the timer may fire late, after the worker replied.
        if (!received && Atomics.load(this.wire!.control, 1) === this.seenFromWorker) {
          if (state !== 'timed-out') continue;
          this.discard();
          throw this.failure(site, `exceeded the ${budget.name} of ${budget.ms} ms; the plugin was stopped`);
        }
        received ??= this.receive();
      }
      if (!HOST_REQUESTS.has(received.message.k)) {
        this.trace?.('reply');
        return this.replyOf(received);
      }
      this.trace?.('host call');
      try {
        await this.serveHostCall(received.message, received.unknownHandle);
      } catch (error) {
        if (!(error instanceof HandleLimitExceeded)) throw error;
        this.discard();
        throw this.failure(site, `${error.message}; the plugin was restarted`);
      }
      received = undefined;
    }
  }

  /** Spins up to `spinMs` for the worker's next message and reads it (undefined if none came). */
  private spinForWorker(spinMs: number): Received | undefined {
    if (this.wire!.waitSync(this.seenFromWorker, spinMs, 0) === this.seenFromWorker || this.dead)
      return undefined;
    return this.receive();
  }

  /** The message that ends a call; host objects in its result are owned by the host again. */
  private replyOf(received: Received): Message {
    for (const id of received.hostIds) this.handles.delete(id);
    if (received.unknownHandle !== undefined) throw this.unknownHandle(received.unknownHandle);
    return received.message;
  }

  /** After a spin that saw no reply: waits with `Atomics.waitAsync` for what is left of the budget. */
  private async waitForWorker(started: number, budgetMs: number): Promise<'ok' | 'not-equal' | 'timed-out'> {
    const left = budgetMs - (performance.now() - started);
    if (left <= 0) return 'timed-out';
    const { control } = this.wire!;
    const waiting = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(
      control,
      1,
      this.seenFromWorker,
      left,
    );
    if (!waiting.async) return waiting.value;
    // Atomics.waitAsync does not keep the process alive: the worker does, while it is waited for.
    const worker = this.worker!;
    worker.ref();
    try {
      return await waiting.value;
    } finally {
      worker.unref();
    }
  }

  /** Runs a guest → host call and sends its result (or the error) back. */
  private async serveHostCall(request: Message, unknownHandle: number | undefined): Promise<void> {
    this.stats.hostCalls++;
    if (this.handles.size > this.spec.limits.handles) {
      throw new HandleLimitExceeded(this.spec.limits.handles);
    }
    const started = performance.now();
    let isAsync = false;
    try {
      if (unknownHandle !== undefined) throw this.unknownHandle(unknownHandle);
      // A method of a handle whose background work goes on comes after that work.
      const handleBusy = request.k === 'host' ? this.background.get(request.h as number) : undefined;
      if (handleBusy) {
        isAsync = true;
        await this.whileHostBusy(handleBusy);
      }
      const outer = activeHostCalls.getStore();
      const busy = outer ? new Set(outer).add(this) : (this.aloneInHostCall ??= new Set([this]));
      const pending = activeHostCalls.run(busy, () => this.invokeHost(request, request.a as unknown[]));
      let result = pending;
      if (pending instanceof BackgroundWork) {
        result = undefined;
        this.inBackground(request.h as number, pending.work);
      } else if (pending instanceof Promise) {
        isAsync = true;
        result = await this.whileHostBusy(pending);
      }
      this.send({ k: 'hret', v: result });
    } catch (error) {
      const failure = HostError.from(error);
      // Kept for the error message if the guest does not handle it and traps.
      this.lastHostFailure = `${String(request.m ?? request.c)}: ${failure.message}`;
      this.send({ k: 'hthrow', v: failure });
    } finally {
      this.stats.hostCallMs += performance.now() - started;
      this.trace?.(isAsync ? 'async host reply' : 'host reply');
    }
  }

  /** Awaits host work the worker waits for: it then sleeps rather than spins (wire.ts). */
  private async whileHostBusy<T>(work: Promise<T>): Promise<T> {
    this.wire!.setHostBusy(true);
    try {
      return await work;
    } finally {
      this.wire!.setHostBusy(false);
    }
  }

  private inBackground(handle: number, work: Promise<void>): void {
    const done: Promise<void> = work.then(() => {
      if (this.background.get(handle) === done) this.background.delete(handle);
    });
    this.background.set(handle, done);
  }

  private invokeHost(request: Message, args: unknown[]): unknown {
    const name = String(request.m ?? request.c);
    if (request.k === 'host') {
      const target = this.handles.get(request.h as number) as Record<string, (...a: unknown[]) => unknown>;
      const cls = target?.constructor as { prototype: object } | undefined;
      if (!cls || !GUEST_CALLABLE.get(cls)?.has(name))
        throw new HostError('edo', `no host method ${name} on this handle`);
      return target[name]!(...args);
    }
    if (request.k === 'fn') {
      const functions = ownEntry(this.spec.functions, request.i);
      const fn = (functions && ownEntry(functions, name)) as ((...a: unknown[]) => unknown) | undefined;
      if (!fn) throw new HostError('edo', `no host function ${String(request.i)}#${name}`);
      if (name === 'fatal') this.lastGuestReport = String(args[0]);
      return fn(...args);
    }
    const classes = ownEntry(HOST_CLASSES as Record<string, Record<string, unknown>>, request.i);
    const cls = (classes && ownEntry(classes, request.c)) as (new (...a: unknown[]) => object) &
      Record<string, (...a: unknown[]) => unknown>;
    if (request.k === 'new' && GUEST_CONSTRUCTIBLE.has(cls)) return new cls(...args);
    if (request.k === 'static' && GUEST_STATICS.get(cls)?.includes(name)) return cls[name]!(...args);
    throw new HostError('edo', `the host provides no ${request.k} ${String(request.c)}.${name}`);
  }

  /**
   * Writes `message` to the worker, host objects in it as handles. `argumentScope` collects the
   * handles created for a call's arguments.
   */
  private send(message: Message, argumentScope?: Set<number>): void {
    this.wire!.write(message, (object) => {
      if (object instanceof GuestRef) return { kind: 'g', id: object.id };
      const className = HOST_CLASS_NAMES.get(object.constructor);
      if (!className)
        throw new EdoError(`cannot pass a ${object.constructor.name} to plugin ${this.spec.plugin}`);
      let id = this.handleIds.get(object);
      if (id === undefined || !this.handles.has(id)) {
        id = this.nextHandle++;
        this.handles.set(id, object);
        this.handleIds.set(object, id);
        argumentScope?.add(id);
      }
      // Handed over outside the call's arguments (a host call's result): the guest may own it.
      if (!argumentScope) this.callScope?.delete(id);
      return { kind: 'h', id, c: className };
    });
  }

  /** Reads the worker's message (its counter just moved past `seenFromWorker`). */
  private receive(): Received {
    this.seenFromWorker = Atomics.load(this.wire!.control, 1);
    const hostIds = new Set<number>();
    let unknownHandle: number | undefined;
    const message = this.wire!.read((ref: WireRef) => {
      const id = ref.id as number;
      if (ref.kind === 'g') return new GuestRef(this, this.generation, id);
      hostIds.add(id);
      const object = this.handles.get(id);
      if (!object) unknownHandle = id;
      return object;
    });
    // Handles the guest dropped (jco disposes the worker's proxies), piggybacked on any message.
    for (const id of (message.d as number[] | undefined) ?? []) this.handles.delete(id);
    return { message, hostIds, unknownHandle };
  }

  private unknownHandle(id: number): EdoError {
    return new EdoError(`plugin ${this.spec.plugin} used an unknown host handle ${id}`);
  }
}
