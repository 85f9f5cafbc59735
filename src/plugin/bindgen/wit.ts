import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdoError } from '../../model/errors.js';

/**
 * A small WIT reader for the subset `wit/` uses (interfaces, `use`, resources, records,
 * variants, enums, flags, type aliases, functions, one world). jco exposes no WIT → JSON
 * resolve; see docs/plugin-authoring.md for why this lives here.
 */

export type Primitive =
  'bool' | 'u8' | 's8' | 'u16' | 's16' | 'u32' | 's32' | 'u64' | 's64' | 'f32' | 'f64' | 'char';

export type WitType =
  | { kind: 'primitive'; name: Primitive }
  | { kind: 'string' }
  | { kind: 'list'; element: WitType }
  | { kind: 'option'; inner: WitType }
  | { kind: 'result'; ok?: WitType; err?: WitType }
  | { kind: 'tuple'; items: WitType[] }
  | { kind: 'own' | 'borrow'; resource: TypeDef }
  | { kind: 'named'; def: TypeDef };

export interface Param {
  name: string;
  type: WitType;
}

export interface WitFunction {
  name: string;
  /** freestanding, or a resource's constructor / method / static function. */
  role: 'freestanding' | 'constructor' | 'method' | 'static';
  params: Param[];
  result?: WitType;
}

export type TypeDef = {
  interfaceName: string;
  name: string;
} & (
  | { kind: 'record'; fields: Param[] }
  | { kind: 'variant'; cases: { name: string; type?: WitType }[] }
  | { kind: 'enum'; cases: string[] }
  | { kind: 'flags'; flags: string[] }
  | { kind: 'resource'; functions: WitFunction[] }
  | { kind: 'alias'; target: WitType }
);

export interface WitInterface {
  name: string;
  /** Types defined here, in order (not the ones `use`d). */
  types: TypeDef[];
  functions: WitFunction[];
}

export interface WitPackage {
  /** e.g. `edo:plugin` */
  name: string;
  version: string;
  interfaces: Map<string, WitInterface>;
  world: { name: string; imports: string[]; exports: string[] };
}

const PRIMITIVES = new Set([
  'bool',
  'u8',
  's8',
  'u16',
  's16',
  'u32',
  's32',
  'u64',
  's64',
  'f32',
  'f64',
  'char',
]);

function tokenize(text: string, file: string): { token: string; line: number }[] {
  const tokens: { token: string; line: number }[] = [];
  const pattern = /(\/\/[^\n]*)|(\/\*[\s\S]*?\*\/)|(\s+)|(->|[{}();:,<>=.*@/])|(%?[A-Za-z0-9_-]+)|(.)/g;
  let line = 1;
  for (const match of text.matchAll(pattern)) {
    const [whole, , , , punct, word, other] = match;
    if (other !== undefined) throw new EdoError(`${file}:${line}: unexpected character '${other}'`);
    if (punct !== undefined || word !== undefined) tokens.push({ token: whole.replace(/^%/, ''), line });
    line += whole.split('\n').length - 1;
  }
  return tokens;
}

/** Parses every `*.wit` file of a one-package directory. */
export function readWitPackage(dir: string): WitPackage {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.wit'))
    .sort();
  const pkg: WitPackage = {
    name: '',
    version: '',
    interfaces: new Map(),
    world: { name: '', imports: [], exports: [] },
  };
  // Uses and type names are resolved once every interface is known: name → [interface, name].
  const scopes = new Map<string, Map<string, [string, string]>>();
  const unresolved: { iface: string; fix: (scope: (name: string) => TypeDef) => void }[] = [];

  for (const file of files) {
    const tokens = tokenize(readFileSync(join(dir, file), 'utf8'), file);
    let at = 0;
    const peek = () => tokens[at]?.token;
    const fail = (message: string): never => {
      throw new EdoError(`${file}:${tokens[Math.min(at, tokens.length - 1)]?.line ?? 1}: ${message}`);
    };
    const next = () => tokens[at++]?.token ?? fail('unexpected end of file');
    const expect = (token: string) => {
      const got = next();
      if (got !== token) fail(`expected '${token}', found '${got}'`);
    };

    const parseType = (iface: string, fixups: ((scope: (name: string) => TypeDef) => void)[]): WitType => {
      const word = next();
      if (PRIMITIVES.has(word)) return { kind: 'primitive', name: word as Primitive };
      if (word === 'string') return { kind: 'string' };
      if (word === 'list' || word === 'option') {
        expect('<');
        const inner = parseType(iface, fixups);
        expect('>');
        return word === 'list' ? { kind: 'list', element: inner } : { kind: 'option', inner };
      }
      if (word === 'result') {
        if (peek() !== '<') return { kind: 'result' };
        next();
        const ok = peek() === '_' ? (next(), undefined) : parseType(iface, fixups);
        let err: WitType | undefined;
        if (peek() === ',') {
          next();
          err = parseType(iface, fixups);
        }
        expect('>');
        return { kind: 'result', ok, err };
      }
      if (word === 'tuple') {
        expect('<');
        const items = [parseType(iface, fixups)];
        while (peek() === ',') {
          next();
          items.push(parseType(iface, fixups));
        }
        expect('>');
        return { kind: 'tuple', items };
      }
      // A named type: resolved after every file is read.
      let handle: 'own' | 'borrow' | undefined;
      let name = word;
      if (word === 'own' || word === 'borrow') {
        handle = word;
        expect('<');
        name = next();
        expect('>');
      }
      const type = { kind: 'named' } as WitType;
      fixups.push((scope) => {
        const def = scope(name);
        if (def.kind === 'resource') Object.assign(type, { kind: handle ?? 'own', resource: def });
        else if (handle) fail(`${handle}<${name}>: ${name} is not a resource`);
        else Object.assign(type, { kind: 'named', def });
      });
      return type;
    };

    const parseParams = (iface: string, fixups: ((scope: (name: string) => TypeDef) => void)[]): Param[] => {
      expect('(');
      const params: Param[] = [];
      while (peek() !== ')') {
        const name = next();
        expect(':');
        params.push({ name, type: parseType(iface, fixups) });
        if (peek() === ',') next();
      }
      expect(')');
      return params;
    };

    const parseFunction = (
      iface: string,
      name: string,
      role: WitFunction['role'],
      fixups: ((scope: (name: string) => TypeDef) => void)[],
    ): WitFunction => {
      const params = parseParams(iface, fixups);
      let result: WitType | undefined;
      if (peek() === '->') {
        next();
        result = parseType(iface, fixups);
      }
      expect(';');
      return { name, role, params, result };
    };

    expect('package');
    let pkgName = next();
    while (peek() !== '@') pkgName += next();
    next();
    let version = next();
    while (peek() === '.') version += next() + next();
    expect(';');
    if (pkg.name && (pkg.name !== pkgName || pkg.version !== version))
      fail('every file must declare the same package');
    pkg.name = pkgName;
    pkg.version = version;

    while (at < tokens.length) {
      const keyword = next();
      if (keyword === 'world') {
        pkg.world.name = next();
        expect('{');
        while (peek() !== '}') {
          const direction = next();
          const target = next();
          expect(';');
          if (direction === 'import') pkg.world.imports.push(target);
          else if (direction === 'export') pkg.world.exports.push(target);
          else fail(`unsupported world item '${direction}'`);
        }
        expect('}');
        continue;
      }
      if (keyword !== 'interface') fail(`expected 'interface' or 'world', found '${keyword}'`);
      const ifaceName = next();
      const iface: WitInterface = { name: ifaceName, types: [], functions: [] };
      pkg.interfaces.set(ifaceName, iface);
      const scope = new Map<string, [string, string]>();
      scopes.set(ifaceName, scope);
      const fixups: ((scope: (name: string) => TypeDef) => void)[] = [];
      unresolved.push({ iface: ifaceName, fix: (lookup) => fixups.forEach((fixup) => fixup(lookup)) });
      expect('{');
      while (peek() !== '}') {
        const word = next();
        if (word === 'use') {
          const from = next();
          expect('.');
          expect('{');
          while (peek() !== '}') {
            const name = next();
            let alias = name;
            if (peek() === 'as') {
              next();
              alias = next();
            }
            scope.set(alias, [from, name]);
            if (peek() === ',') next();
          }
          expect('}');
          expect(';');
        } else if (word === 'resource') {
          const def: TypeDef = { interfaceName: ifaceName, name: next(), kind: 'resource', functions: [] };
          iface.types.push(def);
          if (peek() === ';') {
            next();
            continue;
          }
          expect('{');
          while (peek() !== '}') {
            const member = next();
            if (member === 'constructor') {
              def.functions.push(parseFunction(ifaceName, 'constructor', 'constructor', fixups));
              continue;
            }
            expect(':');
            const isStatic = peek() === 'static';
            if (isStatic) next();
            expect('func');
            def.functions.push(parseFunction(ifaceName, member, isStatic ? 'static' : 'method', fixups));
          }
          expect('}');
        } else if (word === 'record' || word === 'variant' || word === 'enum' || word === 'flags') {
          const name = next();
          expect('{');
          const items: { name: string; type?: WitType }[] = [];
          while (peek() !== '}') {
            const itemName = next();
            let type: WitType | undefined;
            if (word === 'record') {
              expect(':');
              type = parseType(ifaceName, fixups);
            } else if (word === 'variant' && peek() === '(') {
              next();
              type = parseType(ifaceName, fixups);
              expect(')');
            }
            items.push({ name: itemName, type });
            if (peek() === ',') next();
          }
          expect('}');
          const base = { interfaceName: ifaceName, name };
          iface.types.push(
            word === 'record'
              ? {
                  ...base,
                  kind: 'record',
                  fields: items.map(({ name: field, type }) => ({ name: field, type: type! })),
                }
              : word === 'variant'
                ? { ...base, kind: 'variant', cases: items }
                : word === 'enum'
                  ? { ...base, kind: 'enum', cases: items.map((item) => item.name) }
                  : { ...base, kind: 'flags', flags: items.map((item) => item.name) },
          );
        } else if (word === 'type') {
          const name = next();
          expect('=');
          iface.types.push({
            interfaceName: ifaceName,
            name,
            kind: 'alias',
            target: parseType(ifaceName, fixups),
          });
          expect(';');
        } else {
          expect(':');
          expect('func');
          iface.functions.push(parseFunction(ifaceName, word, 'freestanding', fixups));
        }
      }
      expect('}');
    }
  }

  const lookup = (ifaceName: string, name: string, seen = new Set<string>()): TypeDef => {
    const iface = pkg.interfaces.get(ifaceName);
    if (!iface) throw new EdoError(`wit: unknown interface '${ifaceName}'`);
    const local = iface.types.find((def) => def.name === name);
    if (local) return local;
    const used = scopes.get(ifaceName)?.get(name);
    const key = `${ifaceName}.${name}`;
    if (!used || seen.has(key)) throw new EdoError(`wit: interface ${ifaceName}: unknown type '${name}'`);
    seen.add(key);
    return lookup(used[0], used[1], seen);
  };
  for (const { iface, fix } of unresolved) fix((name) => lookup(iface, name));
  if (!pkg.world.name) throw new EdoError(`wit: ${dir} declares no world`);
  return pkg;
}
