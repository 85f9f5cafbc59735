/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-storage.d.ts" />
declare module 'edo:plugin/environment@1.0.0' {
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Reader = import('edo:plugin/common@1.0.0').Reader;
  export type Writer = import('edo:plugin/common@1.0.0').Writer;
  export type Id = import('edo:plugin/common@1.0.0').Id;
  export type Log = import('edo:plugin/common@1.0.0').Log;
  export type StorageManager = import('edo:plugin/storage@1.0.0').StorageManager;
  
  export class Command {
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
  }
  
  export class Environment {
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
  }
  
  export class Farm {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    setup(log: Log, storage: StorageManager): void;
    create(log: Log, path: string): Environment;
    /**
    * Added: what makes this farm's environments differ; part of every cache key built in it.
    */
    identity(): Array<[string, string]>;
  }
}
