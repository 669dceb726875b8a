import type { Roadmap, Section, Topic } from '../../src/schema/roadmapSchema.js';

const WORDS = [
  'async', 'http', 'routing', 'caching', 'testing', 'types', 'generators', 'decorators', 'packaging',
  'virtual', 'environments', 'databases', 'migrations', 'queues', 'logging', 'metrics', 'security',
  'authentication', 'authorization', 'deployment', 'containers', 'profiling', 'concurrency', 'sockets',
  'serialization', 'validation', 'templates', 'middleware', 'sessions', 'cookies', 'indexes', 'joins',
  'transactions', 'observability', 'internationalization', 'accessibility', 'rate', 'limiting', 'and',
  'the', 'of', 'basics', 'advanced', 'patterns', 'in', 'practice', 'tooling', 'orm', 'sql', 'api',
];

/** Mulberry32: tiny, fast and the same on every JS engine, so the fixtures never drift. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic roadmap with `topicCount` topics (subtopics included) for benchmarks and
 * property tests: sections of 5–30 topics, some subtopics (a few two levels deep), requires
 * inside sections and across sections (always pointing back in document order, so never a
 * cycle; mostly to recent sections), a few sections starting fresh (`requires: []`) or
 * requiring an earlier section, long titles that must wrap, and one choice group (none when
 * `topicCount` is 1). The last section holds whatever topics are left, so it may be smaller.
 */
export function syntheticRoadmap(topicCount: number, seed = 1): Roadmap {
  if (!Number.isInteger(topicCount) || topicCount < 1) {
    throw new Error(`syntheticRoadmap: topicCount must be a positive integer, got ${topicCount}`);
  }
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const title = (): string => {
    // Mostly short titles, now and then a long one that has to wrap onto several lines.
    const count = random() < 0.1 ? 6 + Math.floor(random() * 8) : 1 + Math.floor(random() * 3);
    const words = Array.from({ length: count }, () => pick(WORDS));
    // Stay well inside the 200-character title limit, whatever words came up.
    while (words.length > 1 && words.join(' ').length > 120) words.pop();
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const sections: Section[] = [];
  const earlierTopicIds: string[] = [];
  let made = 0;
  let choiceMade = false;

  while (made < topicCount) {
    const s = sections.length;
    const sectionId = `section-${s + 1}`;
    const wanted = Math.min(5 + Math.floor(random() * 26), topicCount - made);
    const sectionTopicIds: string[] = [];
    const topics: Topic[] = [];
    let inSection = 0;

    while (inSection < wanted) {
      const topicId = `${sectionId}-topic-${topics.length + 1}`;
      const topic: Topic = { id: topicId, title: title() };
      inSection += 1;
      const requires: string[] = [];
      if (sectionTopicIds.length > 0 && random() < 0.3) {
        requires.push(pick(sectionTopicIds));
      }
      if (earlierTopicIds.length > 0 && random() < 0.06) {
        // Mostly a topic of a recent section, as in real roadmaps; now and then any earlier one.
        const target = pick(random() < 0.8 ? earlierTopicIds.slice(-60) : earlierTopicIds);
        if (!requires.includes(target)) requires.push(target);
      }
      if (requires.length > 0) topic.requires = requires;

      const room = wanted - inSection;
      if (room >= 2 && random() < 0.15) {
        const subCount = Math.min(room, 2 + Math.floor(random() * 3));
        const subtopics: Topic[] = [];
        for (let k = 0; k < subCount && inSection < wanted; k += 1) {
          const sub: Topic = { id: `${topicId}-sub-${k + 1}`, title: title() };
          inSection += 1;
          if (k > 0 && random() < 0.3) sub.requires = [`${topicId}-sub-${k}`];
          if (inSection < wanted && random() < 0.15) {
            sub.topics = [{ id: `${topicId}-sub-${k + 1}-detail`, title: title() }];
            inSection += 1;
          }
          subtopics.push(sub);
        }
        topic.topics = subtopics;
        if (!choiceMade && subtopics.length >= 2) {
          topic.choice = true;
          choiceMade = true;
        }
      }
      topics.push(topic);
      sectionTopicIds.push(topicId);
    }

    const section: Section = { id: sectionId, title: `Stage ${s + 1}: ${title()}`, topics };
    if (s > 0 && random() < 0.03) section.requires = [];
    else if (s > 1 && random() < 0.06) section.requires = [`section-${1 + Math.floor(random() * (s - 1))}`];
    sections.push(section);
    earlierTopicIds.push(...sectionTopicIds);
    made += inSection;
  }

  if (!choiceMade) {
    // No topic got subtopics: make the first section with two topics or more the choice.
    const group = sections.find((section) => section.topics.length >= 2);
    if (group !== undefined) group.choice = true;
  }
  return {
    id: `synthetic-${topicCount}-${seed}`,
    title: `Synthetic roadmap (${topicCount} topics)`,
    description: 'Generated for layout benchmarks and property tests.',
    sections,
  };
}
