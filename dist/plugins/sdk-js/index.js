/* global TextEncoder, TextDecoder */
// Helpers for plugins written in JavaScript (built with componentize-js against wit/); their
// types are in index.d.ts, over the guest declarations jco generates from wit/.
// A component must export every interface of the `edo` world: `definePlugin` fills in what a
// plugin does not provide with exports that return `err`, and makes what a plugin's code throws
// an `err` (or a `failed` status) carrying the exception's message and where it was thrown.
import { Error as PluginError, fatal } from 'edo:plugin/common@1.0.0';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// What the generated bindings name the method that drops a handle (StarlingMonkey has no
// Symbol.dispose, so they fall back to the registered symbol).
const disposeSymbol = Symbol.dispose ?? Symbol.for('dispose');

/** Fails the current call: the host sees `err(error)` naming the plugin. */
export function fail(plugin, message) {
  throw new PluginError(plugin, message);
}

/** A declaration node's attributes as a plain object (one host call). */
export function attrs(node) {
  const value = JSON.parse(node.toJson());
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Writes a line to a host log. */
export function logLine(log, text) {
  log.write(encoder.encode(`${text}\n`));
}

/** Reads a host reader to the end as UTF-8. */
export function readAll(reader) {
  const chunks = [];
  for (let chunk = reader.read(65536n); chunk.length > 0; chunk = reader.read(65536n))
    chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks.join('') + decoder.decode();
}

/**
 * Drops host handles the plugin owns (what `ctx.storage()`, `new Id(...)`, `node.asList()`...
 * return) and no longer needs. componentize-js never drops them by itself: each one kept is an
 * entry in the host's handle table until the plugin's worker stops.
 */
export function dispose(...handles) {
  for (const handle of handles) handle?.[disposeSymbol]?.();
}

/** `use(handle)`, then the handle dropped whatever happens. */
export function using(handle, use) {
  try {
    return use(handle);
  } finally {
    dispose(handle);
  }
}

/**
 * Gives `Class` each of `methods` as a call of the same method on `this[field]`: a resource that
 * wraps another (a farm over a host farm) writes only the methods it changes. They are defined on
 * the class itself, before it is exported: the generated bindings call the exported class's own
 * methods.
 */
export function forward(Class, field, methods) {
  for (const method of methods) {
    Object.defineProperty(Class.prototype, method, {
      value(...args) {
        return this[field][method](...args);
      },
      writable: true,
      configurable: true,
    });
  }
  return Class;
}

/**
 * The methods of the world's exported resources (wit/, in the bindings' camelCase), by how they
 * return: `result` (`result<_, error>`: a throw becomes `err`), `status` (`transform-status`: a
 * throw becomes `failed`) and `value` (a value that cannot carry an error: a throw traps, after
 * the message is reported to the host, which shows it). Checked against wit/ by
 * test/plugin/sdk-guard.test.ts.
 */
const GUEST_METHODS = {
  backend: {
    Backend: {
      result: [
        'ls',
        'has',
        'open',
        'save',
        'del',
        'copy',
        'prune',
        'pruneAll',
        'read',
        'startLayer',
        'finishLayer',
      ],
    },
  },
  source: { Source: { result: ['getUniqueId', 'fetch', 'stage'] } },
  vendor: { Vendor: { result: ['getOptions', 'resolve', 'getDependencies'] } },
  environment: {
    Command: {
      result: [
        'set',
        'chdir',
        'pushd',
        'createNamedDir',
        'createDir',
        'removeDir',
        'removeFile',
        'mv',
        'copy',
        'run',
        'send',
      ],
      value: ['popd'],
    },
    Environment: {
      result: [
        'expand',
        'createDir',
        'setEnv',
        'setup',
        'up',
        'down',
        'clean',
        'write',
        'unpack',
        'read',
        'cmd',
        'run',
        'shell',
      ],
      value: ['deferCmd', 'getEnv'],
    },
    Farm: { result: ['setup', 'create', 'identity'] },
  },
  transform: {
    Transform: {
      result: ['environment', 'depends', 'getUniqueId', 'prepare', 'stage', 'shell'],
      status: ['execute'],
      value: ['canShell'],
    },
  },
};

/** The component names of GUEST_METHODS' resources, for messages. */
const RESOURCE_NAMES = {
  Backend: 'storage backend',
  Source: 'source',
  Vendor: 'vendor',
  Command: 'command',
  Environment: 'environment',
  Farm: 'farm',
  Transform: 'transform',
};

/** Methods (and abi functions) already guarded: a class exported twice is wrapped once. */
const guarded = Symbol('edo.guarded');

/** Where `thrown` was thrown: the first frame of its stack (`file:line:col`), when it has one. */
function thrownAt(thrown) {
  const stack = typeof thrown?.stack === 'string' ? thrown.stack : '';
  for (const frame of stack.split('\n')) {
    // SpiderMonkey's frames: `function@file:line:col`.
    const at = /@(.*:\d+:\d+)$/.exec(frame.trim());
    if (at) return at[1];
  }
  return undefined;
}

/** What a plugin's code threw, in words: its message, its class when not plain `Error`, where. */
function describeThrown(thrown) {
  if (!(thrown instanceof Error))
    return `threw ${typeof thrown === 'string' ? JSON.stringify(thrown) : String(thrown)}`;
  const text = thrown.name && thrown.name !== 'Error' ? `${thrown.name}: ${thrown.message}` : thrown.message;
  const at = thrownAt(thrown);
  return at ? `${text} (at ${at})` : text;
}

/** The edo error a throw stands for: a `fail(...)`, a host call's `err`, or one made from an exception. */
function errorOf(plugin, thrown) {
  if (thrown instanceof PluginError) return thrown;
  // A host call that returned `err` throws an Error whose `payload` is the host's error.
  if (
    thrown !== null &&
    typeof thrown === 'object' &&
    Object.hasOwn(thrown, 'payload') &&
    thrown.payload instanceof PluginError
  )
    return thrown.payload;
  return new PluginError(plugin, describeThrown(thrown));
}

/**
 * SpiderMonkey's own limits: out of memory (thrown as a string) and too much recursion. The
 * instance may be left broken: these trap, so the host restarts it and names the limit.
 */
function isExhaustion(thrown) {
  return thrown === 'out of memory' || (thrown instanceof Error && thrown.name === 'InternalError');
}

/** What a call of a method that returns `how` gives back when it threw `thrown`. */
function onThrow(plugin, how, label, thrown) {
  if (isExhaustion(thrown)) throw thrown;
  if (how === 'result') throw errorOf(plugin, thrown);
  if (how === 'status') return { tag: 'failed', val: [undefined, errorOf(plugin, thrown)] };
  // A value cannot carry the error: the host is told, then the call traps.
  fatal(`${label}: ${thrown instanceof PluginError ? thrown.toString() : describeThrown(thrown)}`);
  throw thrown;
}

/** `fn` with what it throws (or what its promise rejects with) turned into what `how` allows. */
function guard(plugin, how, label, fn) {
  if (fn[guarded]) return fn;
  const wrapped = function (...args) {
    let returned;
    try {
      returned = fn.apply(this, args);
    } catch (thrown) {
      return onThrow(plugin, how, label, thrown);
    }
    if (typeof returned?.then === 'function')
      return returned.then(undefined, (thrown) => onThrow(plugin, how, label, thrown));
    return returned;
  };
  wrapped[guarded] = true;
  return wrapped;
}

/** The method of `Class` that stands in for a missing one: it says so. */
function missingMethod(plugin, how, resource, Class, method) {
  // The engine asks every transform whether it has a shell: one that says nothing has none.
  if (method === 'canShell') return () => false;
  const message = `the plugin's ${resource} (class ${Class.name || 'anonymous'}) has no method ${method}`;
  const missing = () => {
    if (how === 'value') {
      fatal(message);
      throw new Error(message);
    }
    const error = new PluginError(plugin, message);
    if (how === 'status') return { tag: 'failed', val: [undefined, error] };
    throw error;
  };
  missing[guarded] = true;
  return missing;
}

/**
 * Guards each resource method of `Class` in place (the bindings call the exported class's own
 * methods, `Class.prototype.method.call(object, ...)`): a throw becomes what the method can
 * return, and a missing method one that names itself.
 */
function guardClass(plugin, resource, Class, methods) {
  for (const [how, names] of Object.entries(methods)) {
    for (const method of names) {
      const own = Class.prototype[method];
      const value =
        typeof own === 'function'
          ? guard(plugin, how, `${Class.name || resource}.${method}`, own)
          : missingMethod(plugin, how, RESOURCE_NAMES[resource], Class, method);
      Object.defineProperty(Class.prototype, method, { value, writable: true, configurable: true });
    }
  }
}

class Unsupported {
  constructor() {
    fail('sdk', 'not provided by this plugin');
  }
}

/**
 * The world's exports, with `provided` overriding the defaults. What the provided functions and
 * classes throw is guarded: an exception (a `TypeError`, a plain `Error`...) becomes an `err`
 * naming the plugin, with the exception's message and where it was thrown; in `execute`, a
 * `failed` status with that error. A provided class's missing method returns `err` naming it.
 */
export function definePlugin(name, provided) {
  const unsupported = (kind) => () => fail(name, `this plugin provides no ${kind}`);
  for (const [iface, classes] of Object.entries(GUEST_METHODS)) {
    for (const [resource, methods] of Object.entries(classes)) {
      const Class = provided[iface]?.[resource];
      if (typeof Class === 'function') guardClass(name, resource, Class, methods);
    }
  }
  const abi = { ...provided.abi };
  for (const [fn, value] of Object.entries(abi)) {
    if (typeof value === 'function') abi[fn] = guard(name, 'result', fn, value);
  }
  return {
    abi: {
      createStorage: unsupported('storage backend'),
      createFarm: unsupported('environment farm'),
      createSource: unsupported('source'),
      createTransform: unsupported('transform'),
      createVendor: unsupported('vendor'),
      ...abi,
    },
    backend: { Backend: Unsupported, ...provided.backend },
    source: { Source: Unsupported, ...provided.source },
    vendor: { Vendor: Unsupported, ...provided.vendor },
    environment: {
      Command: Unsupported,
      Environment: Unsupported,
      Farm: Unsupported,
      ...provided.environment,
    },
    transform: { Transform: Unsupported, ...provided.transform },
  };
}
