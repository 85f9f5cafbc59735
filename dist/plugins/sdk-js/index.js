/* global TextEncoder, TextDecoder */
// Helpers for plugins written in JavaScript (built with componentize-js against wit/); their
// types are in index.d.ts, over the guest declarations jco generates from wit/.
// A component must export every interface of the `edo` world: `definePlugin` fills in what a
// plugin does not provide with exports that return `err`.
import { Error as PluginError } from 'edo:plugin/common@1.0.0';

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

class Unsupported {
  constructor() {
    fail('sdk', 'not provided by this plugin');
  }
}

/** The world's exports, with `provided` overriding the defaults. */
export function definePlugin(name, provided) {
  const unsupported = (kind) => () => fail(name, `this plugin provides no ${kind}`);
  return {
    abi: {
      createStorage: unsupported('storage backend'),
      createFarm: unsupported('environment farm'),
      createSource: unsupported('source'),
      createTransform: unsupported('transform'),
      createVendor: unsupported('vendor'),
      ...provided.abi,
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
