/** @module Interface edo:plugin/vendor@1.0.0 **/
export type Error = import('./edo-plugin-common.js').Error;
export type Node = import('./edo-plugin-common.js').Node;

export class Vendor {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  getOptions(name: string): Array<string>;
  resolve(name: string, version: string): Node;
  getDependencies(name: string, version: string): Array<[string, string]> | undefined;
}
