import { UsageError } from '../model/errors.js';
import type { DeclarationNode } from '../model/node.js';
import { didYouMean } from '../model/names.js';
import type { Farm } from '../environment/types.js';
import type { Source, Vendor } from '../source/types.js';
import type { StorageBackend, StorageManager } from '../storage/types.js';
import type { Handle, Transform } from '../transform/types.js';

/** The seed's `context`: what a component factory may use while it is created. */
export interface ComponentContext {
  getArg(name: string): string | undefined;
  getHandle(): Handle;
  storage(): StorageManager;
  getTransform(addr: string): Transform | undefined;
  getFarm(addr: string): Farm | undefined;
  addSource(addr: string, node: DeclarationNode): Promise<Source>;
}

/** One kind of component made from a declaration: `create-*` of the seed's `abi`. */
export type Factory<T> = (addr: string, node: DeclarationNode, ctx: ComponentContext) => Promise<T>;

/**
 * The component registry (seed 3.2.4): factories by kind, one map per component type.
 * Built-ins and plugins register here alike; the engine only ever looks components up by kind.
 */
export class ComponentRegistry {
  readonly storage = new KindRegistry<StorageBackend>('storage backend');
  readonly farms = new KindRegistry<Farm>('environment farm');
  readonly sources = new KindRegistry<Source>('source');
  readonly transforms = new KindRegistry<Transform>('transform');
  readonly vendors = new KindRegistry<Vendor>('vendor');
}

/** Refuses a declaration whose attributes a kind cannot take (names or shapes), at its position. */
export type DeclarationCheck = (node: DeclarationNode, declaration: string) => void;

export class KindRegistry<T> {
  private readonly factories = new Map<string, Factory<T>>();
  private readonly checks = new Map<string, DeclarationCheck>();

  constructor(readonly what: string) {}

  /**
   * `check`, when given, refuses a declaration of the kind the factory would refuse: `check` (the
   * method) applies it when the workspace is read, before anything is built, used or not
   * (plugins' kinds check their own).
   */
  register(kind: string, factory: Factory<T>, check?: DeclarationCheck): void {
    if (this.factories.has(kind)) throw new Error(`${this.what} kind "${kind}" is registered twice`);
    this.factories.set(kind, factory);
    if (check) this.checks.set(kind, check);
  }

  get(kind: string): Factory<T> | undefined {
    return this.factories.get(kind);
  }

  /** The factory of the node's kind; an unknown kind is the declaration's mistake. */
  factoryFor(node: DeclarationNode): Factory<T> {
    const factory = this.factories.get(node.kind);
    if (factory) return factory;
    // `plugin = "p"` names the kind: p is not declared, or it provides no component of this type.
    const message =
      node.attrs.plugin === node.kind
        ? `plugin "${node.kind}" is not declared (plugin(name = "${node.kind}", source = ...)), or provides no ${this.what}`
        : `unknown ${this.what} kind "${node.kind}"${didYouMean(node.kind, this.kinds())} (known: ${this.kinds().join(', ') || 'none'})`;
    throw new UsageError(message, { position: node.position });
  }

  /** Refuses a declaration (made with `declaration`) of an unknown kind or with attributes it cannot take. */
  check(node: DeclarationNode, declaration: string): void {
    this.factoryFor(node);
    this.checks.get(node.kind)?.(node, declaration);
  }

  kinds(): string[] {
    return [...this.factories.keys()].sort();
  }
}
