/// <reference path="./edo-plugin-common.d.ts" />
declare module 'edo:plugin/system@1.0.0' {
  export function readFile(path: string): Uint8Array;
  export function writeFile(path: string, data: Uint8Array): void;
  export function readDir(path: string): Array<string>;
  export function getEnv(name: string): string | undefined;
  export function httpFetch(request: HttpRequest): HttpResponse;
  export type Error = import('edo:plugin/common@1.0.0').Error;
  export interface HttpRequest {
    method: string,
    url: string,
    headers: Array<[string, string]>,
    body?: Uint8Array,
  }
  export interface HttpResponse {
    status: number,
    headers: Array<[string, string]>,
    body: Uint8Array,
  }
}
