import { EdoError } from '../model/errors.js';
import type { Id } from '../model/id.js';
import type { NodeValue } from '../model/node.js';
import type { Artifact } from '../model/artifact.js';
import type { Handle, Transform } from './types.js';

/** The transform of a dependency; a missing one is an engine bug, since the graph is checked first. */
export function dependency(handle: Handle, label: string): Transform {
  const transform = handle.get(label);
  if (!transform) throw new EdoError(`dependency ${label} is not part of this build`);
  return transform;
}

/** Dependency label → that dependency's cache digest: the inputs part of a cache key. */
export async function inputDigests(
  handle: Handle,
  labels: readonly string[],
): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const label of labels) digests[label] = (await dependency(handle, label).getUniqueId(handle)).digest;
  return digests;
}

/** The artifact a dependency produced (or that a cache holds for it). */
export async function inputArtifact(handle: Handle, label: string): Promise<Artifact> {
  const id: Id = await dependency(handle, label).getUniqueId(handle);
  return handle.storage().open(id);
}

/** The last part of a label: the directory a dependency is staged in. */
export function labelName(label: string): string {
  return label.slice(label.lastIndexOf(':') + 1);
}

/** Attributes that go into a cache key: everything but the name, which does not change the work. */
export function keyAttributes(
  attrs: Readonly<Record<string, NodeValue>>,
  omit: readonly string[] = [],
): Record<string, NodeValue> {
  const copy: Record<string, NodeValue> = {};
  for (const [key, value] of Object.entries(attrs))
    if (key !== 'name' && !omit.includes(key)) copy[key] = value;
  return copy;
}
