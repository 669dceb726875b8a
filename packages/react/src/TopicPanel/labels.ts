import type { ResourceType } from '@roadmap-graph/core';

// Every word the panel and the outline show, in one place, so a translation has one file to touch;
// the words of states and levels, which the map and the static SVG show too, are core's STATE_LABELS,
// NEXT_LABEL and LEVEL_WORDS.

/** The badge of one resource of a type. */
export const RESOURCE_TYPE_LABELS: Readonly<Record<ResourceType, string>> = {
  official: 'Official',
  docs: 'Docs',
  article: 'Article',
  video: 'Video',
  course: 'Course',
  book: 'Book',
  podcast: 'Podcast',
  tool: 'Tool',
  opensource: 'Open source',
};

/** The heading of a group of resources of a type. */
export const RESOURCE_GROUP_LABELS: Readonly<Record<ResourceType, string>> = {
  official: 'Official',
  docs: 'Documentation',
  article: 'Articles',
  video: 'Videos',
  course: 'Courses',
  book: 'Books',
  podcast: 'Podcasts',
  tool: 'Tools',
  opensource: 'Open source',
};

/** "1 problem", "3 problems". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
