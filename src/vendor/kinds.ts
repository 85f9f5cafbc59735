// Names the registrations need before any vendor implementation is loaded (vendor/builtins.ts).

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
/** The source kind an npm vendor resolves packages to. */
export const NPM_PACKAGE_KIND = 'npm_package';
