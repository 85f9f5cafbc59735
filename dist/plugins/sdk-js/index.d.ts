// Types of the JS plugin SDK (index.js), over the guest declarations jco generates from wit/
// (src/plugin/generated/guest, regenerated and checked against wit/ by test/plugin/bindings.test.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the guest declarations are ambient modules (`declare module 'edo:plugin/...'`): only a reference brings them in
/// <reference path="../../src/plugin/generated/guest/edo.d.ts" />
import type { Log, Node, Reader } from 'edo:plugin/common@1.0.0';
import type * as Abi from 'edo:plugin/abi@1.0.0';
import type { Backend } from 'edo:plugin/backend@1.0.0';
import type { Source } from 'edo:plugin/source@1.0.0';
import type { Vendor } from 'edo:plugin/vendor@1.0.0';
import type { Command, Environment, Farm } from 'edo:plugin/environment@1.0.0';
import type { Transform } from 'edo:plugin/transform@1.0.0';

/** A class the plugin exports for a resource: its instances have the resource's methods. */
export type ResourceClass<T> = new (...args: never[]) => T;

/** What a component of the `edo` world exports (`export const { abi, ... } = definePlugin(...)`). */
export interface PluginExports {
  abi: typeof Abi;
  backend: { Backend: ResourceClass<Backend> };
  source: { Source: ResourceClass<Source> };
  vendor: { Vendor: ResourceClass<Vendor> };
  environment: {
    Command: ResourceClass<Command>;
    Environment: ResourceClass<Environment>;
    Farm: ResourceClass<Farm>;
  };
  transform: { Transform: ResourceClass<Transform> };
}

/** What a plugin provides: any part of the exports; the rest return `err`. */
export type ProvidedExports = { [K in keyof PluginExports]?: Partial<PluginExports[K]> };

/** A host handle the plugin owns: `dispose` drops it. */
export interface OwnedHandle {
  [Symbol.dispose]?(): void;
}

/**
 * The world's exports, with `provided` overriding the defaults (factories that return `err`).
 * What the provided code throws becomes `err` (in `execute`, a `failed` status) carrying the
 * message and where it was thrown; a provided class's missing method returns `err` naming it.
 */
export function definePlugin(name: string, provided: ProvidedExports): PluginExports;
/** Fails the current call: the host sees `err(error)` naming the plugin. */
export function fail(plugin: string, message: string): never;
/** A declaration node's attributes as a plain object (one host call). */
export function attrs(node: Node): Record<string, unknown>;
/** Writes a line to a host log. */
export function logLine(log: Log, text: string): void;
/** Reads a host reader to the end as UTF-8. */
export function readAll(reader: Reader): string;
/** Drops host handles the plugin owns and no longer needs (componentize-js never does). */
export function dispose(...handles: (OwnedHandle | undefined)[]): void;
/** `use(handle)`, then the handle dropped whatever happens. */
export function using<T extends OwnedHandle, R>(handle: T, use: (handle: T) => R): R;
/**
 * Gives `Class` each of `methods` as a call of the same method on `this[field]` (a resource
 * wrapping another writes only what it changes). Call it before exporting the class.
 */
export function forward<C extends abstract new (...args: never[]) => object>(
  Class: C,
  field: string,
  methods: readonly string[],
): C;
