/** @module Interface edo:plugin/common@1.0.0 **/
/**
 * Logging (to the build's output; `fatal` is logged as an error, the plugin then returns `err`).
 */
export function info(message: string): void;
export function warn(message: string): void;
export function fatal(message: string): void;

export class Config {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  get(name: string): Node | undefined;
}

export class Error {
  constructor(plugin: string, message: string)
  toString(): string;
}

export class Id {
  constructor(name: string, digest: string, version: string | undefined, pkg: string | undefined, arch: string | undefined)
  name(): string;
  digest(): string;
  setDigest(digest: string): void;
  version(): string | undefined;
  setVersion(input: string): void;
  clearVersion(): void;
  pkg(): string | undefined;
  arch(): string | undefined;
  static fromString(input: string): Id;
  /**
  * The string form of the id (added: the inverse of `from-string`).
  */
  toString(): string;
}

export class Log {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  write(message: Uint8Array): bigint;
}

export class Node {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  validateKeys(keys: Array<string>): void;
  asBool(): boolean | undefined;
  asInt(): bigint | undefined;
  asFloat(): number | undefined;
  asString(): string | undefined;
  asVersion(): string | undefined;
  asRequire(): string | undefined;
  asList(): Array<Node> | undefined;
  asTable(): Array<[string, Node]> | undefined;
  getId(): string | undefined;
  getKind(): string | undefined;
  getName(): string | undefined;
  getTable(): Array<[string, Node]> | undefined;
  /**
  * Added: lets a vendor return a node it built (`resolve`); the JSON is a value, not a declaration.
  */
  static fromJson(json: string): Node;
  /**
  * Added: the whole value as JSON, so a plugin can read a table in one call.
  */
  toJson(): string;
}

export class Reader {
  /**
  * Added: a reader over bytes held by the host (e.g. a plugin backend's `read` result).
  */
  constructor(data: Uint8Array)
  /**
  * An empty list means end of stream.
  */
  read(size: bigint): Uint8Array;
}

export class Writer {
  /**
  * Added: a writer whose bytes the host keeps until `to-reader` (e.g. a plugin backend's `start-layer`).
  */
  constructor()
  write(data: Uint8Array): bigint;
  /**
  * Added: what was written to a constructed writer, to read back in chunks.
  */
  toReader(): Reader;
}
