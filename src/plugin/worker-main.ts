/**
 * The code of a plugin worker thread. It runs as an `eval` worker from `workerMain.toString()`
 * (so it works the same from lib/ and from sources under test), hence it must be
 * self-contained: no imports, only what is inside the function.
 *
 * Protocol (over the shared-memory wire of wire.ts, strictly turn by turn):
 * - main → worker: `call` (an export or a guest resource method), `hret`/`hthrow` (the result
 *   of a host call), `drop` (forget guest resources).
 * - worker → main: `ready`, `ret`, `err` (the guest returned `err(error)`), `trap` (anything else
 *   went wrong: the instance is unusable), `host`/`new`/`fn`/`static` (a guest → host call, while
 *   the worker blocks in `Atomics.wait`).
 * Resources travel as refs `{ kind: 'h' | 'g', id, c }`: host handles, guest objects.
 */
import type { MessagePort } from 'node:worker_threads';
import type { makeWasiStubs } from './wasi-stubs.js';
import type { makeWire, WireMessage } from './wire.js';
import type { WasmApi, WasmImports, WasmInstance, WasmMemory, WasmModule } from './wasm-api.js';

/**
 * What the worker boots with (the same for every plugin, so it can boot before its plugin is
 * known); on `parentPort` it then gets a `WorkerLoad`, then its compiled core modules by name.
 */
export interface WorkerData {
  sab: SharedArrayBuffer;
  port: MessagePort;
  /** interface → class name → { methods, statics }. */
  classes: Record<string, Record<string, { methods: string[]; statics: string[] }>>;
  /** The host function stdout/stderr of wasi guests go to (`wasi-stubs.ts`). */
  wasiOutput: { iface: string; fn: string };
}

export interface WorkerLoad {
  /** The generated bindings (a script: see loader.ts). */
  jsPath: string;
  /** interface → names of the host functions (not resource methods) the plugin may import. */
  functions: Record<string, string[]>;
}

/** The self-contained helpers the worker gets in source form, next to this function. */
export interface WorkerHelpers {
  makeWasiStubs: typeof makeWasiStubs;
  makeWire: typeof makeWire;
}

export async function workerMain(helpers: WorkerHelpers): Promise<void> {
  // process.getBuiltinModule rather than import(): an ESM namespace of node:fs reads every lazy
  // getter, which loads the stream modules (≈ 7 ms of a worker's ≈ 60 ms start on Node 24).
  const { workerData, receiveMessageOnPort, parentPort } = process.getBuiltinModule('node:worker_threads');
  // Messages from the instance: a WorkerLoad, then the modules (possibly both before we listen for the second).
  const inbox: unknown[] = [];
  const waiting: Array<(message: unknown) => void> = [];
  parentPort!.on('message', (message: unknown) => {
    const take = waiting.shift();
    if (take) take(message);
    else inbox.push(message);
  });
  const nextMessage = <T>() =>
    new Promise<T>((resolve) => {
      if (inbox.length > 0) resolve(inbox.shift() as T);
      else waiting.push(resolve as (message: unknown) => void);
    });
  const { readFileSync, renameSync, rmSync, writeFileSync } = process.getBuiltinModule('node:fs');
  const { Script } = process.getBuiltinModule('node:vm');
  const { sab, port, classes, wasiOutput } = workerData as WorkerData;
  const { jsPath, functions } = await nextMessage<WorkerLoad>();
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const wire = helpers.makeWire({ sab, port, receiveMessageOnPort, side: 1 });
  /**
   * How long the worker spins for the next message before blocking: a guest's host calls and a
   * host's calls in a row arrive within µs, and a futex wake-up costs tens of µs.
   */
  const SPIN_MS = 0.2;
  let seenFromMain = 0;
  type Message = WireMessage;
  /** Host handles the guest dropped, reported with the next message. */
  let dropped: number[] = [];

  // Host objects: proxies holding a main-thread handle id; guest objects: this thread's table.
  const hostIds = new WeakMap<object, number>();
  const hostProxies = new Map<number, object>();
  const proxyClasses = new Map<string, { prototype: object }>();
  const guestObjects = new Map<number, object>();
  const guestIds = new WeakMap<object, number>();
  let nextGuestId = 1;

  const send = (message: Message) => {
    if (dropped.length > 0) {
      message.d = dropped;
      dropped = [];
    }
    wire.write(message, (object) => {
      const hostId = hostIds.get(object);
      if (hostId !== undefined) return { kind: 'h', id: hostId };
      let id = guestIds.get(object);
      if (id === undefined) {
        id = nextGuestId++;
        guestIds.set(object, id);
        guestObjects.set(id, object);
      }
      return { kind: 'g', id };
    });
  };

  function receive(): Message {
    // Loop: a wake-up is only a hint, the counter says whether a message arrived.
    let now: number;
    while ((now = wire.waitSync(seenFromMain, SPIN_MS, Infinity)) === seenFromMain);
    seenFromMain = now;
    return wire.read((ref) => {
      const id = ref.id as number;
      if (ref.kind === 'g') return guestObjects.get(id);
      let proxy = hostProxies.get(id);
      if (!proxy) {
        proxy = Object.create(proxyClasses.get(ref.c as string)!.prototype) as object;
        hostIds.set(proxy, id);
        hostProxies.set(id, proxy);
      }
      return proxy;
    });
  }

  function callHost(message: Message): unknown {
    send(message);
    const reply = receive();
    if (reply.k === 'hret') return reply.v;
    if (reply.k === 'hthrow') throw reply.v;
    throw new Error(`plugin worker: unexpected ${reply.k} during a host call (re-entrant call?)`);
  }

  const imports: Record<string, Record<string, unknown>> = {};
  for (const [iface, byName] of Object.entries(classes)) {
    const target = (imports[iface] ??= {});
    for (const [name, { methods, statics }] of Object.entries(byName)) {
      const proxyClass = class {
        constructor(...args: unknown[]) {
          const ref = callHost({ k: 'new', i: iface, c: name, a: args }) as object;
          hostIds.set(this, hostIds.get(ref)!);
          hostProxies.set(hostIds.get(ref)!, this);
        }
      };
      Object.defineProperty(proxyClass, 'name', { value: name });
      Object.defineProperty(proxyClass.prototype, Symbol.dispose ?? Symbol.for('dispose'), {
        value: function (this: object) {
          const id = hostIds.get(this);
          if (id === undefined) return;
          hostIds.delete(this);
          hostProxies.delete(id);
          dropped.push(id);
        },
      });
      for (const method of methods) {
        Object.defineProperty(proxyClass.prototype, method, {
          value: function (this: object, ...args: unknown[]) {
            return callHost({ k: 'host', h: hostIds.get(this), m: method, a: args });
          },
        });
      }
      for (const method of statics) {
        Object.defineProperty(proxyClass, method, {
          value: (...args: unknown[]) => callHost({ k: 'static', i: iface, c: name, m: method, a: args }),
        });
      }
      proxyClasses.set(name, proxyClass);
      target[name] = proxyClass;
    }
  }
  for (const [iface, names] of Object.entries(functions)) {
    const target = (imports[iface] ??= {});
    for (const name of names) {
      target[name] = (...args: unknown[]) => callHost({ k: 'fn', i: iface, m: name, a: args });
    }
  }

  const writeOutput = imports[wasiOutput.iface]![wasiOutput.fn] as (
    stream: string,
    bytes: Uint8Array,
  ) => void;
  Object.assign(imports, helpers.makeWasiStubs(writeOutput));

  // Node 20 lacks JSPI; jco probes WebAssembly.promising ~60 times per instantiation, and a
  // missing function makes V8 re-parse a huge function each time (~340 ms). Throwing is cheap.
  if (typeof wasm.promising !== 'function') {
    wasm.promising = () => {
      throw new TypeError('JSPI is not available');
    };
  }

  const memories: WasmMemory[] = [];
  type ExportsRoot = Record<string, Record<string, (...args: unknown[]) => unknown>>;
  type GeneratedInstantiate = (
    getCoreModule: (path: string) => WasmModule,
    imports: unknown,
    instantiateCore: (module: WasmModule, imports: WasmImports) => Promise<WasmInstance>,
  ) => Promise<ExportsRoot>;
  let exportsRoot: ExportsRoot;
  // The generated JS is a script (see loader.ts) run with V8's code cache, which spares parsing
  // its ~1 MB again in every process; the cache is (re)made on the first start.
  const codeCachePath = `${jsPath}.v8-cache`;
  let codeCache: Buffer | undefined;
  try {
    codeCache = readFileSync(codeCachePath);
  } catch {
    codeCache = undefined;
  }
  let script: InstanceType<typeof Script>;
  try {
    script = new Script(readFileSync(jsPath, 'utf8'), { filename: jsPath, cachedData: codeCache });
    const instantiate = (script.runInThisContext() as () => GeneratedInstantiate)();
    const modules = await nextMessage<Record<string, WasmModule>>();
    parentPort!.removeAllListeners('message');
    exportsRoot = await instantiate(
      (path) => modules[path]!,
      imports,
      async (module, coreImports) => {
        const instance = await wasm.instantiate(module, coreImports);
        for (const item of Object.values(instance.exports)) {
          if (item instanceof wasm.Memory) memories.push(item);
        }
        return instance;
      },
    );
  } catch (error) {
    send({ k: 'trap', m: `instantiation failed: ${(error as Error)?.message ?? String(error)}` });
    return;
  }
  if (!codeCache || script.cachedDataRejected) {
    const temp = `${codeCachePath}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, codeCachePath);
    } catch {
      // Only a cache: the next start parses the script again.
      rmSync(temp, { force: true });
    }
  }
  send({ k: 'ready' });

  const memoryBytes = () => memories.reduce((total, memory) => total + memory.buffer.byteLength, 0);
  for (;;) {
    const message = receive();
    if (message.k === 'drop') {
      for (const id of message.ids as number[]) guestObjects.delete(id);
      continue;
    }
    try {
      const args = message.a as unknown[];
      let result: unknown;
      if (message.t === undefined) {
        const [iface, name] = (message.f as string).split('.') as [string, string];
        result = exportsRoot[iface]![name]!(...args);
      } else {
        const target = guestObjects.get(message.t as number) as Record<
          string,
          (...args: unknown[]) => unknown
        >;
        if (!target) throw new Error(`guest object ${String(message.t)} no longer exists`);
        result = target[message.f as string]!(...args);
      }
      send({ k: 'ret', v: result });
    } catch (error) {
      const payload = (error as { payload?: unknown })?.payload;
      if (payload !== undefined && typeof payload === 'object' && payload !== null && hostIds.has(payload)) {
        send({ k: 'err', v: payload });
      } else {
        const failure = error as Error;
        send({
          k: 'trap',
          m: failure?.message ?? String(error),
          n: failure?.name ?? typeof error,
          memory: memoryBytes(),
        });
        return;
      }
    }
  }
}
