import { editDistance } from '../starlark/spell.js';

/** The candidates closest to `wanted` (at most three, within a distance that scales with length). */
export function closestNames(wanted: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return [...candidates]
    .map((name) => ({ name, distance: editDistance(wanted, name) }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name))
    .slice(0, 3)
    .map((c) => c.name);
}

/** ` (did you mean a, b?)` for the candidates closest to `wanted`, or nothing. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const suggestions = closestNames(wanted, candidates);
  return suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
}
