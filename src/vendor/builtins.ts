import type { ComponentRegistry } from '../engine/components.js';
import { stringAttr } from './attrs.js';
import { DEFAULT_NPM_REGISTRY, NPM_PACKAGE_KIND, NpmPackageSource, NpmVendor } from './npm.js';

/** Registers the built-in vendors and the source kinds they resolve to. */
export function registerVendorBuiltins(registry: ComponentRegistry): void {
  registry.vendors.register(
    'npm',
    async (addr, node) => new NpmVendor(stringAttr(node, 'registry', DEFAULT_NPM_REGISTRY), addr),
  );
  registry.sources.register(NPM_PACKAGE_KIND, async (_addr, node) => new NpmPackageSource(node));
}
