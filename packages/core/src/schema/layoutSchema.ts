import * as z from 'zod';
import { WIDTH_CLASS_NAMES, type WidthClass } from '../layout/widthClasses.js';
import { LIMITS } from './limits.js';
import { suspendJit } from './suspendJit.js';
import { checkViewRoutes, collectProblems, outside, valid } from './layoutProblems.js';
import { DIRECTIONS, EDGE_KINDS, LAYOUT_VERSION, MAX_BOXES } from './layoutValues.js';

export { EDGE_KINDS, LAYOUT_VERSION } from './layoutValues.js';

// Every schema of this module is built between these two calls: see suspendJit for why.
const resumeJit = suspendJit();

const EXTENT = `must be between 0 and ${LIMITS.maxLayoutExtent} (limit maxLayoutExtent)`;

/** A coordinate: finite and within the extent every layout stays in. */
const coordinate = z.number().min(0, EXTENT).max(LIMITS.maxLayoutExtent, EXTENT);
/** A box size: more than nothing, so that no box is invisible. */
const size = z.number().positive('must be more than 0').max(LIMITS.maxLayoutExtent, EXTENT);

const pointSchema = z.strictObject({ x: coordinate, y: coordinate });

/** A positioned box in a layout, in absolute coordinates. */
export const layoutBoxSchema = z.strictObject({ id: z.string(), x: coordinate, y: coordinate, width: size, height: size });

/** A drawn edge in a layout: its route as a polyline in absolute coordinates. */
export const layoutEdgeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(EDGE_KINDS),
  source: z.string(),
  target: z.string(),
  points: z
    .array(pointSchema)
    .min(2, 'must have at least 2 points')
    .max(LIMITS.maxRoutePoints, `more than ${LIMITS.maxRoutePoints} points (limit maxRoutePoints)`),
});

/**
 * The layout of a roadmap for one width class, as {@link layoutRoadmap} returns it and renderers
 * draw it: a box for every section and topic, a route for every drawn edge, in absolute pixel
 * coordinates from (0, 0) to (`width`, `height`). Beyond shape and limits, it checks what a
 * renderer relies on: every box and route point inside the declared size, box ids unique, and
 * every edge between boxes of the layout.
 */
export const roadmapLayoutSchema = z
  .strictObject({
    version: z.literal(LAYOUT_VERSION),
    hash: z.string().meta({ description: 'Content hash of the roadmap this layout was computed for.' }),
    direction: z.enum(DIRECTIONS),
    widthClass: z.enum(WIDTH_CLASS_NAMES as [WidthClass, ...WidthClass[]]),
    width: size,
    height: size,
    nodes: z.array(layoutBoxSchema).max(MAX_BOXES, `more than ${MAX_BOXES} boxes (limits maxTopics + maxSections)`),
    edges: z.array(layoutEdgeSchema).max(LIMITS.maxLayoutEdges, `more than ${LIMITS.maxLayoutEdges} edges (limit maxLayoutEdges)`),
  })
  .superRefine((layout, ctx) => {
    const { say, full, issues } = collectProblems();
    const ids = new Set<string>();
    layout.nodes.forEach((box, i) => {
      if (ids.has(box.id)) say(['nodes', i, 'id'], `box "${box.id}" appears more than once`);
      ids.add(box.id);
      if (!valid(box.x, box.y, box.width, box.height, layout.width, layout.height)) return;
      if (box.x + box.width > layout.width || box.y + box.height > layout.height) {
        say(['nodes', i], `box "${box.id}" ${outside(layout.width, layout.height)}`);
      }
    });
    let points = 0;
    const edgeIds = new Set<string>();
    for (let i = 0; i < layout.edges.length && !full(); i += 1) {
      const edge = layout.edges[i] as z.infer<typeof layoutEdgeSchema>;
      if (edgeIds.has(edge.id)) say(['edges', i, 'id'], `edge "${edge.id}" appears more than once`);
      edgeIds.add(edge.id);
      if (!ids.has(edge.source)) say(['edges', i, 'source'], `"${edge.source}" has no box in this layout`);
      if (!ids.has(edge.target)) say(['edges', i, 'target'], `"${edge.target}" has no box in this layout`);
      points += edge.points.length;
      const stray = edge.points.findIndex((p) => valid(p.x, p.y, layout.width, layout.height) && (p.x > layout.width || p.y > layout.height));
      if (stray >= 0) say(['edges', i, 'points', stray], `${outside(layout.width, layout.height)}`);
    }
    if (points > LIMITS.maxLayoutPoints) say(['edges'], `more than ${LIMITS.maxLayoutPoints} route points in all (limit maxLayoutPoints)`);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  })
  .meta({ id: 'RoadmapLayout', title: 'Layout of one width class' });

/**
 * One width class of a baked layout, written compactly: `boxes[i]` is `[x, y, width, height]` of
 * the i-th section or topic of the roadmap in document order (sections, each followed by its
 * topics and their subtopics, depth first), so ids need not be repeated; `edges` are
 * `[source, target, kind, [x0, y0, x1, y1, …]]` with source and target as such indices.
 * `direction` is the one this view flows in (a phone always flows down).
 */
export const bakedViewSchema = z
  .strictObject({
    direction: z.enum(DIRECTIONS),
    width: size,
    height: size,
    boxes: z
      .array(z.tuple([coordinate, coordinate, size, size]))
      .max(MAX_BOXES, `more than ${MAX_BOXES} boxes (limits maxTopics + maxSections)`),
    edges: z
      .array(
        z.tuple([
          z.int().nonnegative(),
          z.int().nonnegative(),
          z.enum(EDGE_KINDS),
          z
            .array(coordinate)
            .min(4, 'must have at least 2 points')
            .max(2 * LIMITS.maxRoutePoints, `more than ${LIMITS.maxRoutePoints} points (limit maxRoutePoints)`),
        ]),
      )
      .max(LIMITS.maxLayoutEdges, `more than ${LIMITS.maxLayoutEdges} edges (limit maxLayoutEdges)`),
  })
  .superRefine((view, ctx) => {
    const { say, full, issues } = collectProblems();
    checkViewRoutes(view, say, full);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  })
  .meta({
    id: 'LayoutView',
    title: 'Layout of one width class',
    description:
      'boxes[i] = [x, y, width, height] of the i-th section or topic in document order (depth first); edges = [source, target, kind, [x0, y0, x1, y1, …]] with box indices.',
  });

/**
 * The `layout` member of a roadmap file (version 2): the layouts of the width classes, all
 * computed for the content with hash `hash`, written compactly (see {@link bakedViewSchema}).
 * `direction` is the one asked for; each view records the one it flows in.
 */
export const layoutSchema = z
  .strictObject({
    version: z.literal(LAYOUT_VERSION),
    hash: z.string().meta({ description: 'Content hash of the roadmap the layouts were computed for.' }),
    direction: z.enum(DIRECTIONS),
    views: z
      .strictObject({ phone: bakedViewSchema.optional(), column: bakedViewSchema.optional(), wide: bakedViewSchema.optional() })
      .refine((views) => Object.keys(views).length > 0, 'must hold the layout of at least one width class'),
  })
  .meta({ id: 'Layout', title: 'Layout', description: 'Layouts per width class, baked by `roadmap-graph layout`.' });

/**
 * A layout block written by an older version of this package. It is accepted as it is and never
 * drawn: {@link checkBakedLayout} calls it stale, so renderers lay the roadmap out again.
 */
export const legacyLayoutSchema = z
  .looseObject({ version: z.literal(1) })
  .meta({ description: 'A layout baked by an older version; ignored (stale) until `roadmap-graph layout` runs again.' });

resumeJit();

/** A computed layout of one width class. */
export type RoadmapLayout = z.infer<typeof roadmapLayoutSchema>;
/** The baked `layout` member of a roadmap file: the layouts of the width classes under one content hash. */
export type BakedLayout = z.infer<typeof layoutSchema>;
/** One width class of a {@link BakedLayout}, in its compact form. */
export type BakedView = z.infer<typeof bakedViewSchema>;
/** A layout block left by an older version of this package. */
export type LegacyLayout = z.infer<typeof legacyLayoutSchema>;
/** A positioned box in a {@link RoadmapLayout}. */
export type LayoutBox = z.infer<typeof layoutBoxSchema>;
/** A routed edge in a {@link RoadmapLayout}. */
export type LayoutEdge = z.infer<typeof layoutEdgeSchema>;
/** A point of an edge route. */
export type Point = z.infer<typeof pointSchema>;
/** One of {@link EDGE_KINDS}. */
export type EdgeKind = (typeof EDGE_KINDS)[number];
