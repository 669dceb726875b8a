import * as z from 'zod';
import { isAllowedUrl } from './isAllowedUrl.js';
import { urlProblem } from './urlProblem.js';
import { LIMITS } from './limits.js';
import { layoutSchema, legacyLayoutSchema, LAYOUT_VERSION } from './layoutSchema.js';
import { suspendJit } from './suspendJit.js';
import { ID_PATTERN, LEVELS, RESOURCE_TYPES } from './roadmapValues.js';

export { LEVELS, RESOURCE_TYPES } from './roadmapValues.js';

export {
  EDGE_KINDS,
  LAYOUT_VERSION,
  layoutSchema,
  legacyLayoutSchema,
  roadmapLayoutSchema,
  bakedViewSchema,
  layoutBoxSchema,
  layoutEdgeSchema,
} from './layoutSchema.js';
export type { RoadmapLayout, BakedLayout, BakedView, LegacyLayout, LayoutBox, LayoutEdge, Point, EdgeKind } from './layoutSchema.js';

// Every schema of this module is built between these two calls: see suspendJit for why.
const resumeJit = suspendJit();

const idSchema = z
  .string()
  .max(LIMITS.maxIdLength, `must be at most ${LIMITS.maxIdLength} characters (limit maxIdLength)`)
  .regex(ID_PATTERN, 'must be a kebab-case slug: lowercase letters, digits and single hyphens, like "http-basics"')
  .meta({ description: 'Kebab-case slug, unique across the whole roadmap.' });

const titleSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.maxTitleLength, `must be at most ${LIMITS.maxTitleLength} characters (limit maxTitleLength)`);

const descriptionSchema = z
  .string()
  .max(
    LIMITS.maxDescriptionLength,
    `must be at most ${LIMITS.maxDescriptionLength} characters (limit maxDescriptionLength)`,
  )
  .meta({ description: 'Short Markdown: *emphasis*, **strong**, `code` and [links](https://example.com) only.' });

const requiresSchema = z
  .array(z.string())
  .max(LIMITS.maxListLength, `must list at most ${LIMITS.maxListLength} ids (limit maxListLength)`)
  .meta({ description: 'Ids of topics or sections that must be finished first.' });

const choiceSchema = z.boolean().meta({
  description:
    'When true, the children are alternatives: the learner picks one, and finishing any one of them satisfies whatever requires this group.',
});

/** A learning resource attached to a topic. */
export const resourceSchema = z
  .strictObject({
    title: titleSchema,
    url: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(LIMITS.maxUrlLength, `must be at most ${LIMITS.maxUrlLength} characters (limit maxUrlLength)`)
      .refine(isAllowedUrl, { error: (issue) => urlProblem(issue.input as string), abort: true }),
    type: z.enum(RESOURCE_TYPES),
    free: z.boolean().optional().meta({ description: 'Whether the resource costs nothing.', default: true }),
  })
  .meta({ id: 'Resource', title: 'Resource' });

/** A topic to learn; it may hold subtopics. */
export const topicSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema,
    description: descriptionSchema.optional(),
    level: z.enum(LEVELS).optional(),
    optional: z.boolean().optional().meta({ description: 'Nice to know: not needed to finish its parent.' }),
    tags: z.array(z.string().trim().min(1).max(LIMITS.maxIdLength)).max(LIMITS.maxListLength).optional(),
    requires: requiresSchema.optional(),
    resources: z.array(resourceSchema).max(LIMITS.maxListLength).optional(),
    choice: choiceSchema.optional(),
    get topics(): z.ZodOptional<z.ZodArray<typeof topicSchema>> {
      return z.array(topicSchema).optional();
    },
  })
  .meta({ id: 'Topic', title: 'Topic' });

/** A section of the roadmap: a stage on the path, grouping topics. */
export const sectionSchema = z
  .strictObject({
    id: idSchema,
    title: titleSchema,
    description: descriptionSchema.optional(),
    topics: z.array(topicSchema),
    requires: requiresSchema.optional().meta({
      description:
        'Ids that must be finished before this section. Without it the section follows the previous one; an empty list makes it a starting point.',
    }),
    choice: choiceSchema.optional(),
  })
  .meta({ id: 'Section', title: 'Section' });

/** A whole roadmap, version 1 of the format. */
export const roadmapSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    title: titleSchema,
    description: descriptionSchema.optional(),
    sections: z.array(sectionSchema).min(1, 'a roadmap needs at least one section'),
    layout: z
      .discriminatedUnion('version', [layoutSchema, legacyLayoutSchema], {
        error: (issue) =>
          issue.code === 'invalid_union'
            ? `unknown layout version: this reader draws version ${LAYOUT_VERSION} (and treats 1 as stale); run \`roadmap-graph layout\` again`
            : undefined,
      })
      .optional()
      .meta({
        description: 'Baked layouts, one per width class (see `roadmap-graph layout`), so renderers need not run ELK.',
      }),
  })
  .meta({ id: 'Roadmap', title: 'Roadmap' });

resumeJit();

/** A learning resource. `free` defaults to true. */
export type Resource = z.infer<typeof resourceSchema>;
/** One of {@link RESOURCE_TYPES}. */
export type ResourceType = Resource['type'];
/** One of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];
/** A topic, possibly with subtopics. */
export type Topic = z.infer<typeof topicSchema>;
/** A section of a roadmap. */
export type Section = z.infer<typeof sectionSchema>;
/** A validated roadmap. */
export type Roadmap = z.infer<typeof roadmapSchema>;
