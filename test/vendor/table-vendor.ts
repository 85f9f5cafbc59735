import { sha256Digest } from '../../src/model/digest.js';
import type { NodeValue } from '../../src/model/node.js';
import type { Vendor } from '../../src/source/types.js';

/** package → version → dependencies (name → range) */
export type PackageTable = Record<string, Record<string, Record<string, string>>>;

/**
 * A complete Vendor over a fixed table: the input of solver and lock tests. `calls` counts
 * upstream questions so tests can tell when the lock answered instead.
 */
export class TableVendor implements Vendor {
  calls = 0;

  constructor(readonly table: PackageTable) {}

  async getOptions(name: string): Promise<string[]> {
    this.calls++;
    return Object.keys(this.table[name] ?? {});
  }

  async resolve(name: string, version: string): Promise<NodeValue> {
    this.calls++;
    return {
      kind: 'table_package',
      url: `table://${name}/${version}`,
      digest: sha256Digest(`${name}@${version}`),
    };
  }

  async getDependencies(name: string, version: string): Promise<Array<[string, string]> | undefined> {
    this.calls++;
    const deps = this.table[name]?.[version];
    return deps === undefined ? undefined : Object.entries(deps);
  }
}
