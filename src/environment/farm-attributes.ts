import { UsageError } from '../model/errors.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';

export function isDict(value: NodeValue | undefined): value is { [key: string]: NodeValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Readers of an `environment_farm` declaration's attributes, shared by the built-in farms: each
 * refuses a value of the wrong shape at the declaration, naming the farm and what was expected.
 * An attribute left out (or None) reads as undefined.
 */
export function farmAttributes(node: DeclarationNode) {
  const fail = (message: string): never => {
    throw new UsageError(`environment_farm "${node.name}": ${message}`, { position: node.position });
  };
  const given = (key: string): NodeValue | undefined => {
    const value = node.attrs[key];
    return value === null ? undefined : value;
  };
  return {
    fail,
    given,
    str(key: string): string | undefined {
      const value = given(key);
      if (value !== undefined && (typeof value !== 'string' || value === ''))
        fail(`"${key}" must be a non-empty string`);
      return value as string | undefined;
    },
    strList(key: string): string[] | undefined {
      const value = given(key);
      if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string')))
        fail(`"${key}" must be a list of strings`);
      return value as string[] | undefined;
    },
    strDict(key: string): Record<string, string> {
      const value = given(key);
      if (value === undefined) return {};
      if (!isDict(value) || Object.values(value).some((v) => typeof v !== 'string'))
        fail(`"${key}" must be a dict of strings to strings`);
      return { ...(value as Record<string, string>) };
    },
    positive(key: string): number | undefined {
      const value = given(key);
      if (value === undefined) return undefined;
      const n = typeof value === 'bigint' ? Number(value) : value;
      if (typeof n !== 'number' || !(n > 0)) fail(`"${key}" must be a positive number`);
      return n as number;
    },
  };
}
