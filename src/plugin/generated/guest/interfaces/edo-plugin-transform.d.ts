/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-host.d.ts" />
declare module 'edo:plugin/transform@1.0.0' {
  export type Id = import('edo:plugin/common@1.0.0').Id;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Log = import('edo:plugin/common@1.0.0').Log;
  export type Handle = import('edo:plugin/host@1.0.0').Handle;
  export type TransformStatus = import('edo:plugin/host@1.0.0').TransformStatus;
  export type Environment = import('edo:plugin/host@1.0.0').Environment;
  
  export class Transform {
    /**
     * This type does not have a public constructor.
     */
    private constructor();
    environment(): string;
    depends(): Array<string>;
    getUniqueId(ctx: Handle): Id;
    prepare(log: Log, ctx: Handle): void;
    stage(log: Log, ctx: Handle, env: Environment): void;
    /**
    * The seed's `transform` method: a method cannot share its resource's name.
    */
    execute(log: Log, ctx: Handle, env: Environment): TransformStatus;
    canShell(): boolean;
    shell(env: Environment): void;
  }
}
