import type { ElkNode } from 'elkjs/lib/elk-api';
import type { RoadmapGraph } from '../graph/types.js';
import { LIMITS } from '../schema/limits.js';
import { LAYOUT_VERSION } from '../schema/layoutValues.js';
import type { RoadmapLayout } from '../schema/roadmapSchema.js';
import { placeEdges } from './placeEdges.js';
import { narrowSections, planWidthClass, type ClassPlan } from './planWidthClass.js';
import { readElkLayout } from './readElkLayout.js';
import { resolveLayoutStyle, type LayoutStyle } from './resolveLayoutStyle.js';
import { roadmapContentHash } from './roadmapContentHash.js';
import { sectionFrameId, toElkGraph } from './toElkGraph.js';
import type { LayoutOptions } from './types.js';

/** How often sections that came out too wide are laid out again, narrower. */
const MAX_ATTEMPTS = 3;

/** Sections wider than the class allows, with the narrower width to plan them at next. */
function tooWide(result: ElkNode, plan: ClassPlan, sectionIds: readonly string[], style: LayoutStyle): Map<string, number> {
  const frames = new Map((result.children ?? []).map((frame) => [frame.id, frame]));
  const limit = plan.frame.sectionWidth;
  const floor = style.minTopicWidth + 2 * style.sectionPadding;
  const narrower = new Map<string, number>();
  for (const id of sectionIds) {
    const planned = plan.sectionWidths.get(id) ?? limit;
    const width = frames.get(sectionFrameId(id))?.width ?? 0;
    // Give back the excess and a little more: topic columns only narrow in whole pixels.
    const next = Math.max(floor, planned - Math.ceil(width - limit) - 2);
    if (width > limit + 0.25 && next < planned) narrower.set(id, next);
  }
  return narrower;
}

/**
 * Computes the picture of a roadmap for one width class (see {@link WIDTH_CLASSES}): a box for
 * every section, topic and subtopic and a route for every drawn edge, in absolute pixel
 * coordinates rounded to half a pixel. The result is deterministic (byte-identical JSON for the
 * same roadmap and options, in any process) and carries the roadmap's content hash, so it can
 * be baked into the file (see {@link layoutAllWidths}) and checked later.
 *
 * Inside each section, topics that do not depend on each other wrap into rows as wide as the
 * class allows. Sections are stacked on `phone` and `column`; on `wide` they flow in columns
 * (`'DOWN'`) or rows (`'RIGHT'`) sized to fit a landscape screen. ELK lays out each section;
 * arrows between sections run straight to the next section or through the gaps around them.
 *
 * @example
 * import { createElkEngine } from '@roadmap-graph/core/elk-node';
 * const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine(), widthClass: 'column' });
 */
export async function layoutRoadmap(graph: RoadmapGraph, options: LayoutOptions): Promise<RoadmapLayout> {
  if (typeof options?.engine?.layout !== 'function') {
    throw new TypeError(
      'layoutRoadmap: options.engine is required: createElkEngine() from "@roadmap-graph/core/elk-node" in Node, createWorkerEngine(...) in browsers',
    );
  }
  if (!(graph?.nodes instanceof Map) || !Array.isArray(graph.drawnEdges) || typeof graph.roadmap !== 'object') {
    throw new TypeError('layoutRoadmap: graph must be a RoadmapGraph, as returned by buildGraph(roadmap)');
  }
  options.signal?.throwIfAborted();
  const style = resolveLayoutStyle(options);
  if (graph.drawnEdges.length > LIMITS.maxLayoutEdges) {
    throw new RangeError(
      `layoutRoadmap: the roadmap has ${graph.drawnEdges.length} prerequisite arrows to draw, more than ${LIMITS.maxLayoutEdges} (limit maxLayoutEdges)`,
    );
  }
  const hash = roadmapContentHash(graph.roadmap);
  const placed = placeEdges(graph);
  let plan = planWidthClass(graph, style, placed);
  let elk = toElkGraph(graph, style, plan, placed);
  // Read back as elkjs's types: the engine ran ELK on the graph core wrote.
  const result = (await options.engine.layout(elk.root, options.signal)) as ElkNode;
  options.signal?.throwIfAborted();
  // Where the class width is a limit, sections that ELK made wider than planned (its spacing
  // around edges comes on top of the plan) are planned narrower and laid out again, alone.
  for (let attempt = 0; attempt < MAX_ATTEMPTS && style.widthClass !== 'wide'; attempt += 1) {
    const narrower = tooWide(result, plan, graph.roadmap.sections.map((section) => section.id), style);
    if (narrower.size === 0) break;
    plan = narrowSections(graph, style, plan, placed, narrower);
    elk = toElkGraph(graph, style, plan, placed);
    const again = new Set([...narrower.keys()].map(sectionFrameId));
    const redone = (await options.engine.layout(
      { ...elk.root, children: (elk.root.children ?? []).filter((frame) => again.has(frame.id)) },
      options.signal,
    )) as ElkNode;
    options.signal?.throwIfAborted();
    const replaced = new Map((redone.children ?? []).map((frame) => [frame.id, frame]));
    result.children = (result.children ?? []).map((frame) => replaced.get(frame.id) ?? frame);
  }
  const geometry = readElkLayout(result, { graph, style, plan, elk });
  return { version: LAYOUT_VERSION, hash, direction: plan.direction, widthClass: style.widthClass, ...geometry };
}
