/** @module Interface edo:plugin/abi@1.0.0 **/
export function createStorage(addr: string, node: Node, ctx: Context): Backend;
export function createFarm(addr: string, node: Node, ctx: Context): Farm;
export function createSource(addr: string, node: Node, ctx: Context): Source;
export function createTransform(addr: string, node: Node, ctx: Context): Transform;
export function createVendor(addr: string, node: Node, ctx: Context): Vendor;
export type Node = import('./edo-plugin-common.js').Node;
export type Error = import('./edo-plugin-common.js').Error;
export type Context = import('./edo-plugin-host.js').Context;
export type Backend = import('./edo-plugin-backend.js').Backend;
export type Source = import('./edo-plugin-source.js').Source;
export type Vendor = import('./edo-plugin-vendor.js').Vendor;
export type Farm = import('./edo-plugin-environment.js').Farm;
export type Transform = import('./edo-plugin-transform.js').Transform;
