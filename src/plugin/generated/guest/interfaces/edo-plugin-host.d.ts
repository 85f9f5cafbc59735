/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-storage.d.ts" />
declare module 'edo:plugin/host@1.0.0' {
  export function info(message: string): void;
  export function warn(message: string): void;
  export function fatal(message: string): void;
  export type Id = import('edo:plugin/common@1.0.0').Id;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Node = import('edo:plugin/common@1.0.0').Node;
  export type Reader = import('edo:plugin/common@1.0.0').Reader;
  export type Writer = import('edo:plugin/common@1.0.0').Writer;
  export type Log = import('edo:plugin/common@1.0.0').Log;
  export type Config = import('edo:plugin/common@1.0.0').Config;
  export type Artifact = import('edo:plugin/storage@1.0.0').Artifact;
  export type Layer = import('edo:plugin/storage@1.0.0').Layer;
  export type ArtifactConfig = import('edo:plugin/storage@1.0.0').ArtifactConfig;
  export type StorageManager = import('edo:plugin/storage@1.0.0').StorageManager;
  export type TransformStatus = TransformStatusSuccess | TransformStatusRetryable | TransformStatusFailed;
  export interface TransformStatusSuccess {
    tag: 'success',
    val: Artifact,
  }
  export interface TransformStatusRetryable {
    tag: 'retryable',
    val: [string | undefined, Error],
  }
  export interface TransformStatusFailed {
    tag: 'failed',
    val: [string | undefined, Error],
  }
  
  export class Command implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    set(key: string, value: string): void;
    chdir(path: string): void;
    pushd(path: string): void;
    popd(): void;
    createNamedDir(key: string, path: string): void;
    createDir(path: string): void;
    removeDir(path: string): void;
    removeFile(path: string): void;
    mv(source: string, target: string): void;
    copy(source: string, target: string): void;
    run(cmd: string): void;
    send(path: string): void;
    [Symbol.dispose](): void;
  }
  
  export class Context implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    getArg(name: string): string | undefined;
    getHandle(): Handle;
    config(): Config;
    storage(): StorageManager;
    getTransform(addr: string): Transform | undefined;
    getFarm(addr: string): Farm | undefined;
    addSource(addr: string, node: Node): Source;
    [Symbol.dispose](): void;
  }
  
  export class Environment implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    deferCmd(log: Log, id: Id): Command;
    expand(path: string): string;
    createDir(path: string): void;
    setEnv(key: string, value: string): void;
    getEnv(key: string): string | undefined;
    setup(log: Log, storage: StorageManager): void;
    up(log: Log): void;
    down(log: Log): void;
    clean(log: Log): void;
    write(path: string, data: Reader): void;
    unpack(path: string, data: Reader): void;
    read(path: string, writer: Writer): void;
    cmd(log: Log, id: Id, path: string, command: string): boolean;
    run(log: Log, id: Id, path: string, command: Command): boolean;
    shell(path: string): void;
    [Symbol.dispose](): void;
  }
  
  export class Farm implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    setup(log: Log, storage: StorageManager): void;
    create(log: Log, path: string): Environment;
    identity(): Array<[string, string]>;
    [Symbol.dispose](): void;
  }
  
  export class Handle implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    storage(): StorageManager;
    get(addr: string): Transform | undefined;
    [Symbol.dispose](): void;
  }
  
  export class Source implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    getUniqueId(): Id;
    fetch(log: Log, storage: StorageManager): Artifact;
    stage(log: Log, storage: StorageManager, env: Environment, path: string): void;
    [Symbol.dispose](): void;
  }
  
  export class Transform implements Disposable {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    environment(): string;
    depends(): Array<string>;
    getUniqueId(ctx: Handle): Id;
    prepare(log: Log, ctx: Handle): void;
    stage(log: Log, ctx: Handle, env: Environment): void;
    execute(log: Log, ctx: Handle, env: Environment): TransformStatus;
    canShell(): boolean;
    shell(env: Environment): void;
    [Symbol.dispose](): void;
  }
}
