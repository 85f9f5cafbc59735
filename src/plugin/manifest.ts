import semver from 'semver';
import type { AttrType } from '../engine/rules.js';
import type { NodeValue } from '../model/node.js';
import { EdoError, UsageError } from '../model/errors.js';
import { appendCustomSection, customSections, isComponent } from './wasm-binary.js';

/** The `edo:plugin` interface this host implements (wit/). */
export const HOST_INTERFACE = { package: 'edo:plugin', version: '1.0.0' } as const;
export const HOST_INTERFACE_ID = `${HOST_INTERFACE.package}@${HOST_INTERFACE.version}`;

/** The custom section that carries a plugin's manifest, readable without instantiating. */
export const MANIFEST_SECTION = 'edo:plugin-manifest';

/** Component kinds a plugin can provide, named after the `abi` factories (`create-<kind>`). */
export const COMPONENT_KINDS = ['storage', 'farm', 'source', 'transform', 'vendor'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** One attribute of a plugin rule: the engine's attribute types (src/engine/rules.ts). */
export interface AttributeSchema {
  type: AttrType;
  required?: boolean;
  default?: NodeValue;
  /** Whether the attribute names an environment farm. */
  farm?: boolean;
  doc?: string;
}

/** A rule kind a plugin adds to build files: calling it declares a target built by `transform`. */
export interface RuleSchema {
  /** The transform name (a key of `provides.transform`) that builds these targets. */
  transform: string;
  attrs: Record<string, AttributeSchema>;
  doc?: string;
}

const ATTR_TYPES: readonly AttrType[] = [
  'string',
  'bool',
  'int',
  'string_list',
  'string_dict',
  'label',
  'label_list',
  'files',
  'any',
];

export interface PluginManifest {
  name: string;
  /** The plugin's own semver. */
  version: string;
  /** The interface it was built against, e.g. `edo:plugin@1.0.0`. */
  interface: string;
  /** kind → the component names it provides of that kind. */
  provides: Partial<Record<ComponentKind, string[]>>;
  /** rule name → schema. */
  rules: Record<string, RuleSchema>;
  /** Capabilities it may be granted (grants can only narrow these). */
  capabilities: string[];
}

/** A component that is no plugin, or a broken manifest: the declaration's (or the command's) file is wrong. */
function fail(what: string, message: string): never {
  throw new UsageError(message, { plugin: what });
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Validates manifest JSON; `what` names the plugin file in errors. */
export function parseManifest(json: string, what: string): PluginManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    fail(what, `its ${MANIFEST_SECTION} section is not JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null) fail(what, `its ${MANIFEST_SECTION} section is not an object`);
  const record = raw as Record<string, unknown>;
  const { name, version, interface: targeted } = record;
  if (typeof name !== 'string' || name === '') fail(what, 'its manifest has no "name"');
  if (typeof version !== 'string' || !semver.valid(version)) {
    fail(what, `its manifest "version" ${JSON.stringify(version)} is not a semver version`);
  }
  if (typeof targeted !== 'string' || !/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*@.+$/.test(targeted)) {
    fail(what, `its manifest "interface" ${JSON.stringify(targeted)} is not like "${HOST_INTERFACE_ID}"`);
  }
  const provides: PluginManifest['provides'] = {};
  const rawProvides = (record.provides ?? {}) as Record<string, unknown>;
  for (const [kind, names] of Object.entries(rawProvides)) {
    if (!(COMPONENT_KINDS as readonly string[]).includes(kind)) {
      fail(what, `its manifest provides unknown kind "${kind}" (kinds: ${COMPONENT_KINDS.join(', ')})`);
    }
    if (!isStringList(names)) fail(what, `its manifest "provides.${kind}" is not a list of names`);
    provides[kind as ComponentKind] = names;
  }
  const rules = (record.rules ?? {}) as Record<string, RuleSchema>;
  for (const [rule, schema] of Object.entries(rules)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(rule)) fail(what, `its rule name "${rule}" is not a Starlark identifier`);
    if (typeof schema?.transform !== 'string' || !provides.transform?.includes(schema.transform)) {
      fail(
        what,
        `its rule "${rule}" names transform ${JSON.stringify(schema?.transform)}, which it does not provide`,
      );
    }
    for (const [attr, spec] of Object.entries(schema.attrs ?? {})) {
      if (!ATTR_TYPES.includes(spec?.type)) {
        fail(
          what,
          `its rule "${rule}" attribute "${attr}" has type ${JSON.stringify(spec?.type)} (types: ${ATTR_TYPES.join(', ')})`,
        );
      }
    }
  }
  const capabilities = record.capabilities ?? [];
  if (!isStringList(capabilities)) fail(what, 'its manifest "capabilities" is not a list of strings');
  return { name, version, interface: targeted, provides, rules, capabilities };
}

/** The manifest inside a component, without instantiating it. */
export function readManifest(bytes: Uint8Array, what: string): PluginManifest {
  if (!isComponent(bytes)) fail(what, 'it is not a WebAssembly component');
  const found = customSections(bytes, MANIFEST_SECTION);
  if (found.length === 0)
    fail(what, `it has no ${MANIFEST_SECTION} custom section (build it with edo's plugin tooling)`);
  if (found.length > 1) fail(what, `it has ${found.length} ${MANIFEST_SECTION} sections`);
  return parseManifest(Buffer.from(found[0]!).toString('utf8'), what);
}

/** A component with `manifest` embedded (what `edo plugin build` writes). */
export function embedManifest(component: Uint8Array, manifest: PluginManifest): Uint8Array {
  if (customSections(component, MANIFEST_SECTION).length > 0) {
    throw new EdoError(`the component already has a ${MANIFEST_SECTION} section`, { plugin: manifest.name });
  }
  return appendCustomSection(component, MANIFEST_SECTION, Buffer.from(JSON.stringify(manifest), 'utf8'));
}

/** Why this host cannot load a plugin built against `manifest.interface`; undefined when it can. */
export function interfaceProblem(manifest: PluginManifest): string | undefined {
  const at = manifest.interface.lastIndexOf('@');
  const pkg = manifest.interface.slice(0, at);
  const wanted = manifest.interface.slice(at + 1);
  const compatible =
    pkg === HOST_INTERFACE.package &&
    semver.valid(wanted) !== null &&
    semver.satisfies(HOST_INTERFACE.version, `^${wanted}`);
  return compatible ? undefined : `this edo provides ${HOST_INTERFACE_ID}`;
}

/**
 * Refuses a plugin built against an interface version this host does not implement. `declared`
 * is the name the workspace gave it (`plugin(name = ...)`), which its errors use.
 */
export function checkInterfaceVersion(manifest: PluginManifest, declared: string = manifest.name): void {
  const problem = interfaceProblem(manifest);
  if (problem !== undefined) {
    throw new UsageError(
      `${manifest.name}@${manifest.version} targets ${manifest.interface}, but ${problem}`,
      { plugin: declared },
    );
  }
}
