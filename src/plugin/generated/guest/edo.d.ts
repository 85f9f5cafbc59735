/// <reference path="./interfaces/edo-plugin-abi.d.ts" />
/// <reference path="./interfaces/edo-plugin-backend.d.ts" />
/// <reference path="./interfaces/edo-plugin-common.d.ts" />
/// <reference path="./interfaces/edo-plugin-environment.d.ts" />
/// <reference path="./interfaces/edo-plugin-host.d.ts" />
/// <reference path="./interfaces/edo-plugin-source.d.ts" />
/// <reference path="./interfaces/edo-plugin-storage.d.ts" />
/// <reference path="./interfaces/edo-plugin-system.d.ts" />
/// <reference path="./interfaces/edo-plugin-transform.d.ts" />
/// <reference path="./interfaces/edo-plugin-vendor.d.ts" />
declare module 'edo:plugin/edo@1.0.0' {
  export type * as EdoPluginCommon100 from 'edo:plugin/common@1.0.0'; // import edo:plugin/common@1.0.0
  export type * as EdoPluginHost100 from 'edo:plugin/host@1.0.0'; // import edo:plugin/host@1.0.0
  export type * as EdoPluginStorage100 from 'edo:plugin/storage@1.0.0'; // import edo:plugin/storage@1.0.0
  export type * as EdoPluginSystem100 from 'edo:plugin/system@1.0.0'; // import edo:plugin/system@1.0.0
  export * as backend from 'edo:plugin/backend@1.0.0'; // export edo:plugin/backend@1.0.0
  export * as source from 'edo:plugin/source@1.0.0'; // export edo:plugin/source@1.0.0
  export * as vendor from 'edo:plugin/vendor@1.0.0'; // export edo:plugin/vendor@1.0.0
  export * as environment from 'edo:plugin/environment@1.0.0'; // export edo:plugin/environment@1.0.0
  export * as transform from 'edo:plugin/transform@1.0.0'; // export edo:plugin/transform@1.0.0
  export * as abi from 'edo:plugin/abi@1.0.0'; // export edo:plugin/abi@1.0.0
}
