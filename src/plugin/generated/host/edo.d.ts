// world edo:plugin/edo@1.0.0
import type * as EdoPluginCommon from './interfaces/edo-plugin-common.js'; // edo:plugin/common@1.0.0
import type * as EdoPluginHost from './interfaces/edo-plugin-host.js'; // edo:plugin/host@1.0.0
import type * as EdoPluginStorage from './interfaces/edo-plugin-storage.js'; // edo:plugin/storage@1.0.0
import type * as EdoPluginSystem from './interfaces/edo-plugin-system.js'; // edo:plugin/system@1.0.0
import type * as EdoPluginBackend from './interfaces/edo-plugin-backend.js'; // edo:plugin/backend@1.0.0
import type * as EdoPluginSource from './interfaces/edo-plugin-source.js'; // edo:plugin/source@1.0.0
import type * as EdoPluginVendor from './interfaces/edo-plugin-vendor.js'; // edo:plugin/vendor@1.0.0
import type * as EdoPluginEnvironment from './interfaces/edo-plugin-environment.js'; // edo:plugin/environment@1.0.0
import type * as EdoPluginTransform from './interfaces/edo-plugin-transform.js'; // edo:plugin/transform@1.0.0
import type * as EdoPluginAbi from './interfaces/edo-plugin-abi.js'; // edo:plugin/abi@1.0.0
export interface ImportObject {
  'edo:plugin/common@1.0.0': typeof EdoPluginCommon,
  'edo:plugin/host@1.0.0': typeof EdoPluginHost,
  'edo:plugin/storage@1.0.0': typeof EdoPluginStorage,
  'edo:plugin/system@1.0.0': typeof EdoPluginSystem,
}
export interface Edo {
  'edo:plugin/backend@1.0.0': typeof EdoPluginBackend,
  backend: typeof EdoPluginBackend,
  'edo:plugin/source@1.0.0': typeof EdoPluginSource,
  source: typeof EdoPluginSource,
  'edo:plugin/vendor@1.0.0': typeof EdoPluginVendor,
  vendor: typeof EdoPluginVendor,
  'edo:plugin/environment@1.0.0': typeof EdoPluginEnvironment,
  environment: typeof EdoPluginEnvironment,
  'edo:plugin/transform@1.0.0': typeof EdoPluginTransform,
  transform: typeof EdoPluginTransform,
  'edo:plugin/abi@1.0.0': typeof EdoPluginAbi,
  abi: typeof EdoPluginAbi,
}

/**
* Instantiates this component with the provided imports and
* returns a map of all the exports of the component.
*
* This function is intended to be similar to the
* `WebAssembly.Instantiate` constructor. The second `imports`
* argument is the "import object" for wasm, except here it
* uses component-model-layer types instead of core wasm
* integers/numbers/etc.
*
* The first argument to this function, `getCoreModule`, is
* used to compile core wasm modules within the component.
* Components are composed of core wasm modules and this callback
* will be invoked per core wasm module. The caller of this
* function is responsible for reading the core wasm module
* identified by `path` and returning its compiled
* `WebAssembly.Module` object. This would use the
* `WebAssembly.Module` constructor on the web, for example.
*/
export function instantiate(
getCoreModule: (path: string) => WebAssembly.Module,
imports: ImportObject,
instantiateCore?: (module: WebAssembly.Module, imports: Record<string, any>) => WebAssembly.Instance
): Edo;
export function instantiate(
getCoreModule: (path: string) => WebAssembly.Module | Promise<WebAssembly.Module>,
imports: ImportObject,
instantiateCore?: (module: WebAssembly.Module, imports: Record<string, any>) => WebAssembly.Instance | Promise<WebAssembly.Instance>
): Edo | Promise<Edo>;

