import { distance } from 'fastest-levenshtein';
import { LIMITS } from '../schema/limits.js';

/**
 * How much work one validation may spend on "did you mean" hints in all, in character pairs
 * compared (an edit distance of ids of lengths a and b costs about a × b). A file full of unknown
 * ids would otherwise cost (unknown ids × known ids) edit distances, a quadratic that froze a page
 * for half a minute; past the budget unknown ids are still reported, without a hint. About 50 ms.
 */
export const SUGGESTION_BUDGET = 20_000_000;
// Each comparison costs a call besides its character pairs.
const COMPARISON_COST = 100;

/**
 * The known id closest to a misspelt one, when it is close enough to be the likely intent
 * (at most a third of its length away, and at least two edits allowed), else `undefined`.
 * Ties go to the id that sorts first.
 */
export function suggestId(unknown: string, known: Iterable<string>): string | undefined {
  return createSuggester(known)(unknown);
}

/**
 * A {@link suggestId} for many unknown ids against one set of known ids, with bounded work: known
 * ids are grouped by length (an id whose length differs by more than the edits allowed cannot be
 * close enough, so the answer is the same), each unknown id is answered once, ids longer than
 * `LIMITS.maxIdLength` are never compared, and all answers together spend at most `budget`
 * (see {@link SUGGESTION_BUDGET}).
 */
export function createSuggester(known: Iterable<string>, budget = Infinity): (unknown: string) => string | undefined {
  const byLength = new Map<number, string[]>();
  for (const id of known) {
    if (id.length > LIMITS.maxIdLength) continue;
    const group = byLength.get(id.length);
    if (group) group.push(id);
    else byLength.set(id.length, [id]);
  }
  const answered = new Map<string, string | undefined>();
  let left = budget;
  return (unknown) => {
    if (unknown.length > LIMITS.maxIdLength) return undefined;
    if (answered.has(unknown)) return answered.get(unknown);
    const allowed = Math.max(2, Math.floor(unknown.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (let length = Math.max(0, unknown.length - allowed); length <= unknown.length + allowed; length++) {
      const group = byLength.get(length);
      if (!group) continue;
      const cost = group.length * (unknown.length * length + COMPARISON_COST);
      if (cost > left) return undefined;
      left -= cost;
      for (const id of group) {
        const d = distance(unknown, id);
        if (d < bestDistance || (d === bestDistance && best !== undefined && id < best)) {
          best = id;
          bestDistance = d;
        }
      }
    }
    const hint = bestDistance <= allowed ? best : undefined;
    answered.set(unknown, hint);
    return hint;
  };
}
