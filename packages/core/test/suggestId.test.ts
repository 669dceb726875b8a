import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../src/schema/roadmapSchema.js';
import { createSuggester, suggestId } from '../src/validate/suggestId.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import type { ValidationError } from '../src/validate/types.js';

// Counts the edit distances computed: the work of "did you mean", independent of machine speed.
const comparisons = vi.hoisted(() => ({ count: 0 }));
vi.mock('fastest-levenshtein', async (importOriginal) => {
  const real = await importOriginal<typeof import('fastest-levenshtein')>();
  return {
    ...real,
    distance: (a: string, b: string) => {
      comparisons.count++;
      return real.distance(a, b);
    },
  };
});
beforeEach(() => {
  comparisons.count = 0;
});

function errorsOf(input: unknown): ValidationError[] {
  const result = parseRoadmap(input);
  return result.ok ? [] : result.errors;
}

/** `topics` topics, each requiring `unknown` ids that do not exist (issue 9, item 3). */
function unknownPrerequisites(topics: number, unknown: number) {
  const list: Topic[] = Array.from({ length: topics }, (_, i) => ({
    id: `topic-${i}`,
    title: `Topic ${i}`,
    requires: Array.from({ length: unknown }, (_, j) => `missing-${i}-${j}`),
  }));
  return { id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics: list }] };
}

// The answer before length groups and the budget: the closest of all known ids.
function bruteForce(unknown: string, known: readonly string[]): string | undefined {
  const allowed = Math.max(2, Math.floor(unknown.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = distance(unknown, id);
    if (d < bestDistance || (d === bestDistance && best !== undefined && id < best)) [best, bestDistance] = [id, d];
  }
  return bestDistance <= allowed ? best : undefined;
}

describe('"did you mean" hints', () => {
  it('cost at most linear work: 4,000 topics with 20 unknown ids each compare fewer ids than there are unknown ids', () => {
    const errors = errorsOf(unknownPrerequisites(4_000, 20));
    expect(errors[0]).toEqual({ path: 'sections[0].topics[0].requires[0]', message: 'unknown topic "missing-0-0"' });
    expect(errors.at(-1)!.message).toBe('79000 more problems not listed (only the first 1000 are)');
    // Comparing every unknown id with every known id was 80,000 × 4,000 = 320 million distances.
    expect(comparisons.count).toBeLessThan(200_000);
  });

  it('grow at most linearly: four times the topics and unknown ids cost at most four times the comparisons', () => {
    errorsOf(unknownPrerequisites(250, 20));
    const small = comparisons.count;
    comparisons.count = 0;
    errorsOf(unknownPrerequisites(1_000, 20));
    expect(comparisons.count).toBeLessThanOrEqual(4 * small);
  });

  it('are still given for a few typos among 4,000 topics', () => {
    const roadmap = unknownPrerequisites(4_000, 0);
    const topics = roadmap.sections[0]!.topics;
    const typos = [17, 950, 2_001, 3_999].map((i) => ({ at: i, typo: `topic-${i}`.replace('topic', 'topik') }));
    for (const { at, typo } of typos) topics[at]!.requires = [typo];
    const messages = errorsOf(roadmap).map((e) => e.message);
    for (const { at, typo } of typos) expect(messages).toContain(`unknown topic "${typo}" (did you mean "topic-${at}"?)`);
  });

  it('give the same answer as comparing with every known id', () => {
    const id = fc.stringMatching(/^[a-c]{1,8}(-[a-c]{1,4})?$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), fc.array(id, { minLength: 1, maxLength: 10 }), (known, unknowns) => {
        const suggest = createSuggester(known);
        for (const unknown of unknowns) {
          expect(suggest(unknown)).toBe(bruteForce(unknown, known));
          expect(suggestId(unknown, known)).toBe(bruteForce(unknown, known));
        }
      }),
    );
  });

  it('never compare ids longer than an id may be', () => {
    const long = 'a'.repeat(1_000_000);
    expect(suggestId(`${long}b`, [long, 'a'])).toBeUndefined();
    expect(comparisons.count).toBe(0);
  });
});
