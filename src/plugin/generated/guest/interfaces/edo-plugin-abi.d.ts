/// <reference path="./edo-plugin-backend.d.ts" />
/// <reference path="./edo-plugin-common.d.ts" />
/// <reference path="./edo-plugin-environment.d.ts" />
/// <reference path="./edo-plugin-host.d.ts" />
/// <reference path="./edo-plugin-source.d.ts" />
/// <reference path="./edo-plugin-transform.d.ts" />
/// <reference path="./edo-plugin-vendor.d.ts" />
declare module 'edo:plugin/abi@1.0.0' {
  export function createStorage(addr: string, node: Node, ctx: Context): Backend;
  export function createFarm(addr: string, node: Node, ctx: Context): Farm;
  export function createSource(addr: string, node: Node, ctx: Context): Source;
  export function createTransform(addr: string, node: Node, ctx: Context): Transform;
  export function createVendor(addr: string, node: Node, ctx: Context): Vendor;
  export type Node = import('edo:plugin/common@1.0.0').Node;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export type Context = import('edo:plugin/host@1.0.0').Context;
  export type Backend = import('edo:plugin/backend@1.0.0').Backend;
  export type Source = import('edo:plugin/source@1.0.0').Source;
  export type Vendor = import('edo:plugin/vendor@1.0.0').Vendor;
  export type Farm = import('edo:plugin/environment@1.0.0').Farm;
  export type Transform = import('edo:plugin/transform@1.0.0').Transform;
}
