// The roadmap format's fixed values, apart from its zod schemas (roadmapSchema.ts builds them
// from these), so that code which checks or draws roadmaps without zod need not load zod.

/** Topic difficulty levels, in learning order. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** Resource kinds, in the order a topic panel lists them. */
export const RESOURCE_TYPES = [
  'official',
  'docs',
  'article',
  'video',
  'course',
  'book',
  'podcast',
  'tool',
  'opensource',
] as const;

/** What an id looks like: a kebab-case slug. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
