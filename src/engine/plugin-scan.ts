import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError, type SourcePosition } from '../model/errors.js';
import type { DeclarationNode, NodeValue } from '../model/node.js';
import { parseFile, StarlarkError, topLevelCalls, type Expr } from '../starlark/index.js';
import { BUILD_FILE, WORKSPACE_FILE } from './workspace.js';

/** How a build file's path reads in positions: relative to where edo was started, as the evaluator does. */
function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Starlark string literals hold UTF-8 bytes, one char per byte. */
function decodeString(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * The value of a literal expression: `plugin(...)` is read before evaluation, so its arguments
 * must be written out (strings, numbers, booleans, None, lists, tuples, dicts).
 */
function literalValue(expr: Expr, what: string, position: SourcePosition): NodeValue {
  const at = { ...position, line: expr.line, col: expr.col };
  switch (expr.kind) {
    case 'Literal':
      if (typeof expr.value === 'string') return decodeString(expr.value);
      if (typeof expr.value === 'number' || typeof expr.value === 'bigint') return expr.value;
      break;
    case 'Ident':
      if (expr.name === 'True') return true;
      if (expr.name === 'False') return false;
      if (expr.name === 'None') return null;
      break;
    case 'Paren':
      return literalValue(expr.x, what, position);
    case 'List':
    case 'Tuple':
      return expr.elems.map((e) => literalValue(e, what, position));
    case 'Dict': {
      const out: Record<string, NodeValue> = {};
      for (const [k, v] of expr.entries) {
        const key = literalValue(k, what, position);
        if (typeof key !== 'string')
          throw new UsageError(`${what}: dict keys must be strings`, { position: at });
        out[key] = literalValue(v, what, position);
      }
      return out;
    }
    default:
      break;
  }
  throw new UsageError(
    `${what} must be a literal value: plugin(...) declarations are read before the build files are evaluated`,
    { position: at },
  );
}

/** A top-level `plugin(...)` call, read without evaluating its file. */
export interface ScannedPlugin {
  /** The package of the file declaring it ('' for WORKSPACE.edo and the root BUILD.edo). */
  pkg: string;
  node: DeclarationNode;
}

/**
 * The syntactic pre-pass: every top-level `plugin(...)` call of WORKSPACE.edo and each package's
 * BUILD.edo, so that the plugins' components and rule kinds exist before any file is evaluated (a
 * plugin and its rule kind may then be used in the same file). Files without `plugin(` are not parsed.
 */
export function scanPluginDeclarations(root: string, packages: readonly string[]): ScannedPlugin[] {
  const files: [string, string][] = [
    [join(root, WORKSPACE_FILE), ''],
    ...packages.map((pkg): [string, string] => [join(root, pkg, BUILD_FILE), pkg]),
  ];
  const found: ScannedPlugin[] = [];
  for (const [path, pkg] of files) {
    const source = readFileSync(path, 'latin1');
    if (!source.includes('plugin(')) continue;
    const file = displayPath(path);
    let calls;
    try {
      calls = topLevelCalls(parseFile(file, source), 'plugin');
    } catch (err) {
      // The evaluation reports syntax errors with their traceback.
      if (err instanceof StarlarkError) continue;
      throw err;
    }
    for (const call of calls) {
      const position = { file, line: call.line, col: call.col };
      const attrs: Record<string, NodeValue> = {};
      for (const arg of call.args) {
        if (arg.kind !== 'named' || arg.name === undefined) {
          throw new UsageError('plugin: takes keyword arguments only (name = ..., ...)', { position });
        }
        attrs[arg.name] = literalValue(arg.value, `plugin: attribute ${arg.name}`, position);
      }
      const { name, ...rest } = attrs;
      if (typeof name !== 'string' || name === '') {
        throw new UsageError('plugin: attribute name is required and must be a non-empty string', {
          position,
        });
      }
      found.push({ pkg, node: { kind: 'plugin', name, id: name, attrs: rest, position } });
    }
  }
  return found;
}
