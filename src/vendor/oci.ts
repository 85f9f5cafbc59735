import { EdoError } from '../model/errors.js';
import type { NodeValue } from '../model/node.js';
import { parseRegistryAddress, RegistryClient } from '../storage/registry.js';
import type { Vendor } from '../source/types.js';

/**
 * `vendor(name, kind = "oci", registry = "host[:port]")`: images of an OCI distribution registry.
 * A package is a repository (`library/debian`), its options are the repository's tags, and a tag
 * resolves to an `image` source pinned by the manifest digest the tag points at now. Images have
 * no dependencies. Semver ranges select among tags that are versions (`^1.2` → `1.4.0`, and short
 * numeric tags such as `1.36`); any other request (`latest`, `bookworm`) must be a tag exactly.
 */
export class OciVendor implements Vendor {
  constructor(
    readonly registry: string,
    private readonly label: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  getOptions(name: string): Promise<string[]> {
    return this.client(name).listTags();
  }

  async getDependencies(): Promise<Array<[string, string]>> {
    return [];
  }

  async resolve(name: string, version: string): Promise<NodeValue> {
    const ref = `${this.repository(name)}:${version}`;
    const digest = await this.client(name).headManifest(version);
    if (digest === undefined) throw new EdoError(`oci vendor ${this.label}: ${ref} not found`);
    return { kind: 'image', ref, digest };
  }

  private repository(name: string): string {
    return `${this.registry.replace(/\/+$/, '')}/${name}`;
  }

  private client(name: string): RegistryClient {
    return new RegistryClient(parseRegistryAddress(this.repository(name)), this.env);
  }
}
