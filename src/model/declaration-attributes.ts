import { UsageError } from './errors.js';
import { refuseUnknownAttributes, type DeclarationNode, type NodeValue } from './node.js';

export function isDict(value: NodeValue | undefined): value is { [key: string]: NodeValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Readers of a workspace declaration's attributes (`environment_farm`, `vendor`...), shared by the
 * built-in kinds. An attribute not in `known` is refused at once; each reader refuses a value of
 * the wrong shape, naming the declaration and what was expected. An attribute left out (or None)
 * reads as undefined.
 */
export function declarationAttributes(node: DeclarationNode, declaration: string, known: readonly string[]) {
  refuseUnknownAttributes(node, declaration, known);
  const fail = (message: string): never => {
    throw new UsageError(`${declaration} "${node.name}": ${message}`, { position: node.position });
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
