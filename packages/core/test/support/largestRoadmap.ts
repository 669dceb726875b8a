import type { Roadmap, Section, Topic } from '../../src/schema/roadmapSchema.js';
import { LIMITS } from '../../src/schema/limits.js';
import { syntheticRoadmap } from './syntheticRoadmap.js';

/**
 * A valid roadmap at the topic limit (10,000 topics) with ids as long as allowed (100
 * characters): the synthetic roadmap of that size with every two sections merged into one (it
 * has more sections than the limit allows otherwise) and every id padded. The worst case for the
 * size of a baked file.
 */
export function largestRoadmap(): Roadmap {
  const base = syntheticRoadmap(LIMITS.maxTopics);
  const long = (id: string): string => `${id}-${'x'.repeat(LIMITS.maxIdLength - id.length - 1)}`;
  const mergedInto = new Map<string, string>();
  base.sections.forEach((section, i) => mergedInto.set(section.id, base.sections[i - (i % 2)]!.id));
  const rename = (id: string): string => long(mergedInto.get(id) ?? id);
  const topic = (t: Topic): Topic => ({
    ...t,
    id: long(t.id),
    ...(t.requires ? { requires: t.requires.map(rename) } : {}),
    ...(t.topics ? { topics: t.topics.map(topic) } : {}),
  });
  const sections: Section[] = [];
  base.sections.forEach((section, i) => {
    if (i % 2 === 1) {
      (sections[sections.length - 1] as Section).topics.push(...section.topics.map(topic));
      return;
    }
    const merged: Section = { ...section, id: long(section.id), topics: section.topics.map(topic) };
    if (section.requires) merged.requires = section.requires.map(rename).filter((id) => id !== merged.id);
    sections.push(merged);
  });
  return { ...base, id: 'largest', sections };
}
