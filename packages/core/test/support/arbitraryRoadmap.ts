import fc from 'fast-check';
import { LEVELS, type Roadmap, type Topic } from '../../src/schema/roadmapSchema.js';

const topicShape = fc.record({
  subtopics: fc.nat({ max: 3 }),
  requires: fc.array(fc.nat(), { maxLength: 3 }),
  optional: fc.boolean(),
  level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
});

const sectionShape = fc.record({
  topics: fc.array(topicShape, { maxLength: 12 }),
  choice: fc.boolean(),
  startsFresh: fc.boolean(),
});

/**
 * Random valid roadmaps, up to about 300 topics: any mix of sections, subtopics, optional topics,
 * choices, fresh starts and prerequisites. Prerequisites point back in document order and never at
 * an ancestor, which is what keeps them acyclic.
 */
export const arbitraryRoadmap: fc.Arbitrary<Roadmap> = fc
  .array(sectionShape, { minLength: 1, maxLength: 10 })
  .map((shapes) => {
    const earlier: { id: string; ancestors: Set<string> }[] = [];
    let count = 0;
    const pickRequires = (picks: number[], ancestors: Set<string>): string[] | undefined => {
      const allowed = earlier.filter((e) => !ancestors.has(e.id));
      if (!allowed.length) return undefined;
      const ids = [...new Set(picks.map((p) => allowed[p % allowed.length]!.id))];
      return ids.length ? ids : undefined;
    };
    const sections = shapes.map((shape, s) => {
      const sectionId = `s${s}`;
      earlier.push({ id: sectionId, ancestors: new Set() });
      const topics: Topic[] = shape.topics.map((t, i) => {
        const id = `${sectionId}-t${i}`;
        const ancestors = new Set([sectionId]);
        const topic: Topic = { id, title: t.title, requires: pickRequires(t.requires, ancestors), optional: t.optional || undefined, level: t.level };
        earlier.push({ id, ancestors });
        count++;
        if (t.subtopics) {
          topic.topics = Array.from({ length: t.subtopics }, (_, k) => {
            const subId = `${id}-sub${k}`;
            const subAncestors = new Set([sectionId, id]);
            const sub: Topic = { id: subId, title: `${t.title} ${k}`, requires: pickRequires(t.requires.slice(k), subAncestors) };
            earlier.push({ id: subId, ancestors: subAncestors });
            count++;
            return clean(sub);
          });
        }
        return clean(topic);
      });
      return clean({
        id: sectionId,
        title: `Section ${s}`,
        topics,
        choice: shape.choice && topics.length >= 2 ? true : undefined,
        requires: shape.startsFresh ? [] : undefined,
      });
    });
    return { id: 'random', title: `Random roadmap of ${count} topics`, sections };
  });

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
