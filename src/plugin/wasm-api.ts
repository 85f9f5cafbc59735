/**
 * The parts of the WebAssembly JS API the plugin host uses. TypeScript's ES lib and this
 * repo's @types/node do not declare the `WebAssembly` global, and declaring it globally here
 * could clash with other declarations; so the host types the global locally.
 */
export interface WasmModule {
  readonly __wasmModule?: never;
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export type WasmImports = Record<string, Record<string, unknown>>;

export interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: WasmImports): Promise<WasmInstance>;
  Memory: abstract new (...args: never[]) => WasmMemory;
  promising?: unknown;
}

/** `Atomics.waitAsync` (Node ≥ 16; in lib es2024, newer than this repo's target). */
export interface AtomicsWithWaitAsync {
  waitAsync(
    array: Int32Array,
    index: number,
    value: number,
    timeout?: number,
  ): { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
}
