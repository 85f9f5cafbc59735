import { UsageError } from '../model/errors.js';
import type { DeclarationNode } from '../model/node.js';

/** A string attribute of a declaration, or `fallback` when absent. */
export function stringAttr(node: DeclarationNode, attr: string, fallback?: string): string {
  const value = node.attrs[attr] ?? fallback;
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`${node.kind}: attribute ${attr} must be a non-empty string`, {
      position: node.position,
      target: node.id,
    });
  }
  return value;
}
