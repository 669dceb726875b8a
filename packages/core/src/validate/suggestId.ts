import { distance } from 'fastest-levenshtein';

/**
 * The known id closest to a misspelt one, when it is close enough to be the likely intent
 * (at most a third of its length away, and at least two edits allowed), else `undefined`.
 */
export function suggestId(unknown: string, known: Iterable<string>): string | undefined {
  const allowed = Math.max(2, Math.floor(unknown.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = distance(unknown, id);
    if (d < bestDistance || (d === bestDistance && best !== undefined && id < best)) {
      best = id;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
