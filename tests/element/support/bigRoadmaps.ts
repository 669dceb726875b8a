/**
 * Roadmaps that are large by design, for tests of what a page does with big input. Each is
 * built from its parameters so a test says what it is made of.
 */

/**
 * A valid roadmap of `sections` × `perSection` topics, heavy in every way validation looks at:
 * descriptions as long as allowed, `resources` resources each with URLs of about `urlLength`
 * characters, every topic requiring the (up to 200) topics before it.
 */
export function heavyValidRoadmap(options: { sections: number; perSection: number; resources: number; urlLength: number }): { id: string; sections: unknown[] } {
  const { sections, perSection, resources, urlLength } = options;
  const ids: string[] = [];
  const data = {
    id: 'heavy',
    title: 'A heavy roadmap',
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `section-${s}`,
      title: `Section ${s}`,
      topics: Array.from({ length: perSection }, (_, t) => {
        const id = `topic-${s}-${t}`;
        // Every topic requires the 200 before it (the most a list may hold): dense prerequisites.
        const requires = ids.slice(-200);
        ids.push(id);
        return {
          id,
          title: `Topic ${t} of section ${s}`,
          description: 'A description as long as one may be. '.repeat(135).slice(0, 5000),
          requires,
          resources: Array.from({ length: resources }, (_, r) => ({
            title: `Resource ${r} about topic ${t}`,
            type: 'article',
            url: `https://example.com/${id}/resource-${r}?part=${'x'.repeat(Math.max(0, urlLength - 50))}`,
          })),
        };
      }),
    })),
  };
  return data;
}

/**
 * JSON text of a roadmap at the topic limit where every one of `unknown` topics requires an id
 * that does not exist: invalid, and each unknown id is compared with every known one for a
 * "did you mean" hint.
 */
export function unknownPrerequisitesRoadmap(options: { topics: number; unknown: number }): string {
  const perSection = 100;
  const sections = Math.ceil(options.topics / perSection);
  let n = 0;
  const data = {
    id: 'unknown-prerequisites',
    title: 'Unknown prerequisites',
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `section-${s}`,
      title: `Section ${s}`,
      topics: Array.from({ length: Math.min(perSection, options.topics - s * perSection) }, () => {
        const i = n++;
        return { id: `topic-${i}`, title: `Topic ${i}`, ...(i < options.unknown ? { requires: [`missing-${i}`] } : {}) };
      }),
    })),
  };
  return JSON.stringify(data);
}
