import type { ComponentContext, ComponentRegistry } from '../engine/components.js';
import type { RuleRegistry, RuleSchema } from '../engine/rules.js';
import { atDeclaration, UsageError } from '../model/errors.js';
import type { DeclarationNode } from '../model/node.js';
import type { Vendor } from '../source/types.js';
import { declarationAttributes } from '../model/declaration-attributes.js';
import { DEFAULT_NPM_REGISTRY, NPM_PACKAGE_KIND } from './kinds.js';
import type { LockFile } from './lock.js';
import type { VendorHandle, VendorResolution } from './resolver.js';

/** The rules of this module: their names and attributes are a contract (docs/vendors.md). */
export const VENDOR_RULES: readonly RuleSchema[] = [
  {
    kind: 'vendor_source',
    component: 'source',
    doc: 'A package a vendor resolves from a version range; the pin is recorded in edo.lock.json.',
    attrs: {
      vendor: { type: 'string', required: true, doc: 'name of a vendor(...) declaration' },
      package: { type: 'string', required: true, doc: 'package (npm) or repository (oci) name' },
      version: { type: 'string', required: true, doc: 'semver range such as "^1.2", or an exact tag' },
    },
  },
  {
    kind: 'image',
    component: 'source',
    doc: 'An OCI/Docker image from a registry or the local Docker engine, its layers kept as layers.',
    attrs: {
      ref: {
        type: 'string',
        required: true,
        doc: 'host[:port]/repo:tag, host/repo@sha256:..., or docker-daemon:name:tag',
      },
      digest: {
        type: 'string',
        doc: 'manifest digest (image ID for docker-daemon:); else the tag is locked',
      },
    },
  },
];

/** What the `vendor_source` factory needs from the evaluated workspace. */
export interface VendorWorkspace {
  /** Every `vendor_source` declaration of the workspace: those naming one vendor are solved together. */
  vendorSources(): readonly DeclarationNode[];
  /** The `vendor(name = ..., kind = ..., ...)` declaration named `name`; its node's kind is the vendor kind. */
  vendorDeclaration(name: string): DeclarationNode | undefined;
}

/**
 * Registers the built-in vendors (`npm`, `oci`), the sources they resolve to (`npm_package`,
 * `image`) and the `vendor_source` and `image` rules. One VendorResolution per command (per
 * `lock`): all `vendor_source` targets of a vendor share one solve.
 */
export function registerVendorBuiltins(
  components: ComponentRegistry,
  rules: RuleRegistry,
  lock: LockFile,
  workspace: VendorWorkspace,
): void {
  for (const rule of VENDOR_RULES) rules.register(rule);

  // Implementations are loaded when first used: most builds use none, and they cost start-up time.
  // Each reads its configuration before the vendor is made: the workspace check (when it is read,
  // used or not) and the factory apply the same reading.
  const npmConfig = (node: DeclarationNode) => {
    const { str } = declarationAttributes(node, 'vendor', ['registry', 'token_env']);
    return { registry: str('registry') ?? DEFAULT_NPM_REGISTRY, tokenEnv: str('token_env') };
  };
  const ociRegistry = (node: DeclarationNode): string => {
    const { str, fail } = declarationAttributes(node, 'vendor', ['registry']);
    return str('registry') ?? fail('"registry" is required');
  };
  components.vendors.register(
    'npm',
    async (addr, node) => {
      const { registry, tokenEnv } = npmConfig(node);
      const { NpmVendor } = await import('./npm.js');
      return new NpmVendor(registry, addr, tokenEnv);
    },
    (node) => void npmConfig(node),
  );
  components.vendors.register(
    'oci',
    async (addr, node) => {
      const registry = ociRegistry(node);
      const { OciVendor } = await import('./oci.js');
      return new OciVendor(registry, addr);
    },
    (node) => void ociRegistry(node),
  );
  components.sources.register(NPM_PACKAGE_KIND, async (_addr, node) => {
    const { NpmPackageSource } = await import('./npm.js');
    return new NpmPackageSource(node);
  });
  components.sources.register('image', async (_addr, node) => {
    const { ImageSource } = await import('../source/image.js');
    return new ImageSource(node, lock);
  });

  // A vendor is asked while the lock is pinned, before any build: what fails there (a registry
  // that does not answer, say) is the vendor declaration's to point at.
  const placedAt = (vendor: Vendor, declaration: DeclarationNode): Vendor => {
    const placed = (error: unknown) => {
      throw atDeclaration(error, declaration.position);
    };
    return {
      getOptions: (name) => vendor.getOptions(name).catch(placed),
      resolve: (name, version) => vendor.resolve(name, version).catch(placed),
      getDependencies: (name, version) => vendor.getDependencies(name, version).catch(placed),
    };
  };
  let resolution: VendorResolution | undefined;
  const vendors = new Map<string, Promise<VendorHandle>>();
  const vendorNamed = (
    name: string,
    asking: DeclarationNode,
    ctx: ComponentContext,
  ): Promise<VendorHandle> => {
    let handle = vendors.get(name);
    if (!handle) {
      handle = (async () => {
        const declaration = workspace.vendorDeclaration(name);
        if (!declaration)
          throw new UsageError(`no vendor named "${name}"`, { position: asking.position, target: asking.id });
        const factory = components.vendors.factoryFor(declaration);
        const vendor = await factory(name, declaration, ctx);
        return { label: name, kind: declaration.kind, vendor: placedAt(vendor, declaration) };
      })();
      vendors.set(name, handle);
    }
    return handle;
  };
  components.sources.register('vendor_source', async (addr, node, ctx) => {
    const { VendorResolution } = await import('./resolver.js');
    resolution ??= new VendorResolution(lock, workspace.vendorSources(), (name, asking) =>
      vendorNamed(name, asking, ctx),
    );
    return ctx.addSource(addr, await resolution.pinned(node));
  });
}
