import { UsageError, type SourcePosition } from '../model/errors.js';
import { canonicalLabel, parsingLabels } from '../model/label.js';
import type { NodeValue } from '../model/node.js';
import { didYouMean } from '../model/names.js';

/**
 * Attribute types of rules. Label-typed values are stored canonical (`//pkg:name`), resolved
 * against the calling package; `files` are file labels or patterns, expanded to canonical file
 * labels when the build file is evaluated.
 */
export type AttrType =
  'string' | 'bool' | 'int' | 'string_list' | 'string_dict' | 'label' | 'label_list' | 'files' | 'any';

export interface AttrSpec {
  readonly type: AttrType;
  readonly required?: boolean;
  /** Stored when the call leaves the attribute out (`null`/absent: the attribute stays absent). */
  readonly default?: NodeValue;
  /** Whether the attribute names an environment farm (filled with the build config's default). */
  readonly farm?: boolean;
  readonly doc: string;
}

/** What a rule call turns into: a target built by a Source or by a Transform of the registry. */
export type RuleComponent = 'source' | 'transform';

export interface RuleSchema {
  readonly kind: string;
  readonly component: RuleComponent;
  readonly doc: string;
  /** Every attribute but `name` (always required, a string). */
  readonly attrs: Readonly<Record<string, AttrSpec>>;
}

/** Rule kinds callable in build files. Built-ins and plugins register theirs alike. */
export class RuleRegistry {
  private readonly schemas = new Map<string, RuleSchema>();

  register(schema: RuleSchema): void {
    if (this.schemas.has(schema.kind)) throw new Error(`rule kind "${schema.kind}" is registered twice`);
    this.schemas.set(schema.kind, schema);
  }

  get(kind: string): RuleSchema | undefined {
    return this.schemas.get(kind);
  }

  all(): RuleSchema[] {
    return [...this.schemas.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  }
}

/** What attribute checking needs from the evaluator. */
export interface CallSite {
  /** The package of the build file making the call. */
  readonly pkg: string;
  readonly position: SourcePosition;
  /** Expands a file label or pattern to canonical file labels. */
  expandFiles(text: string): string[];
}

export function describeValue(value: NodeValue): string {
  if (value === null) return 'None';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'string';
    default:
      return 'dict';
  }
}

/** A value of the wrong type, down to the element that is not a string in a list or dict. */
function describeMismatch(value: NodeValue): string {
  const type = describeValue(value);
  if (Array.isArray(value)) {
    const at = value.findIndex((element) => typeof element !== 'string');
    return at < 0 ? type : `a list with ${describeValue(value[at]!)} at index ${at}`;
  }
  if (type !== 'dict') return type;
  const entry = Object.entries(value as Record<string, NodeValue>).find(([, v]) => typeof v !== 'string');
  return entry ? `a dict with ${describeValue(entry[1])} for ${JSON.stringify(entry[0])}` : type;
}

const TYPE_NAMES: Record<AttrType, string> = {
  string: 'a string',
  bool: 'a bool',
  int: 'an int',
  string_list: 'a list of strings',
  string_dict: 'a dict of strings',
  label: 'a label string',
  label_list: 'a list of label strings',
  files: 'a list of file labels (or a glob())',
  any: 'any value',
};

function isStringList(value: NodeValue): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Checks one attribute value against its type; returns it normalised (labels canonical). */
function checkAttr(kind: string, attr: string, spec: AttrSpec, value: NodeValue, site: CallSite): NodeValue {
  const wrong = (): never => {
    throw new UsageError(
      `${kind}: attribute ${attr} must be ${TYPE_NAMES[spec.type]}, got ${describeMismatch(value)}`,
      {
        position: site.position,
      },
    );
  };
  const label = (text: string): string =>
    parsingLabels(() => canonicalLabel(text, site.pkg), {
      prefix: `${kind}: ${attr}`,
      position: site.position,
    });
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? value : wrong();
    case 'bool':
      return typeof value === 'boolean' ? value : wrong();
    case 'int':
      return typeof value === 'number' || typeof value === 'bigint' ? value : wrong();
    case 'string_list':
      return isStringList(value) ? value : wrong();
    case 'string_dict':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrong();
      return Object.values(value).every((v) => typeof v === 'string') ? value : wrong();
    case 'label':
      return typeof value === 'string' ? label(value) : wrong();
    case 'label_list': {
      if (!isStringList(value)) return wrong();
      const labels = value.map(label);
      // As in Bazel: a label twice is a mistake (in a compose's deps, order decides what wins).
      const twice = labels.find((each, i) => labels.indexOf(each) !== i);
      if (twice !== undefined) {
        throw new UsageError(`${kind}: label ${twice} is duplicated in attribute ${attr}`, {
          position: site.position,
        });
      }
      return labels;
    }
    case 'files': {
      if (!isStringList(value)) return wrong();
      const files = new Set<string>();
      for (const text of value) for (const file of site.expandFiles(text)) files.add(file);
      return [...files];
    }
    case 'any':
      return value;
  }
}

/**
 * Validates the keyword arguments of a rule call against its schema: every attribute known, of
 * the right type, the required ones present. Errors are at the call's position.
 */
export function checkRuleCall(
  schema: Pick<RuleSchema, 'kind' | 'attrs'>,
  kwargs: Readonly<Record<string, NodeValue>>,
  site: CallSite,
): { name: string; attrs: Record<string, NodeValue> } {
  const name = kwargs.name;
  if (typeof name !== 'string' || name === '') {
    throw new UsageError(`${schema.kind}: attribute name is required and must be a non-empty string`, {
      position: site.position,
    });
  }
  const attrs: Record<string, NodeValue> = {};
  for (const [attr, value] of Object.entries(kwargs)) {
    if (attr === 'name') continue;
    const spec = schema.attrs[attr];
    if (!spec) {
      throw new UsageError(
        `${schema.kind}: unknown attribute ${attr}${didYouMean(attr, Object.keys(schema.attrs))}`,
        {
          position: site.position,
        },
      );
    }
    if (value === null && !spec.required) continue;
    attrs[attr] = checkAttr(schema.kind, attr, spec, value, site);
  }
  for (const [attr, spec] of Object.entries(schema.attrs)) {
    if (attr in attrs) continue;
    if (spec.required) {
      throw new UsageError(`${schema.kind}: missing required attribute ${attr}`, { position: site.position });
    }
    if (spec.default !== undefined && spec.default !== null) attrs[attr] = spec.default;
  }
  return { name, attrs };
}

/** The labels a target depends on: every label and label_list attribute. */
export function dependencyLabels(schema: RuleSchema, attrs: Readonly<Record<string, NodeValue>>): string[] {
  const deps: string[] = [];
  for (const [attr, spec] of Object.entries(schema.attrs)) {
    const value = attrs[attr];
    if (spec.type === 'label' && typeof value === 'string') deps.push(value);
    if (spec.type === 'label_list' && Array.isArray(value)) deps.push(...(value as string[]));
  }
  return [...new Set(deps)];
}
