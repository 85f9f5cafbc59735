// Spelling suggestions for names, as starlark-go's internal/spell: for the resolver, at run time
// and for the engine's labels and attributes.

/** Levenshtein-based spelling suggestion, as go.starlark.net's spell.Nearest. */
export function nearest(x: string, candidates: Iterable<string>): string | undefined {
  const fold = (s: string): string => s.replace(/_/g, '').toLowerCase();
  const fx = fold(x);
  let best: string | undefined;
  let bestD = Math.floor((fx.length + 1) / 2);
  for (const c of candidates) {
    const d = editDistance(fx, fold(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Levenshtein distance (also the engine's "did you mean" for labels and attributes). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
