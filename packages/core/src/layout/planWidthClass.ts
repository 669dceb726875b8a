import type { GraphNode, RoadmapGraph } from '../graph/types.js';
import { bestLineBreak, compareFits, fitOf, measureLines, type Fit } from './breakLines.js';
import { laneBand, SharedLanes } from './laneBand.js';
import { measureBoxes, type BoxFrame, type BoxMetrics } from './measureBoxes.js';
import type { PlacedEdges } from './placeEdges.js';
import { planSectionGrids, planWithin, type Extent, type GridContext, type SectionGrids } from './planGrids.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import type { LayoutDirection } from './types.js';
import { WIDTH_CLASSES } from './widthClasses.js';

/** Everything decided about a layout before ELK runs. */
export interface ClassPlan {
  /** The direction drawn: the requested one, except that phones always flow down. */
  direction: LayoutDirection;
  frame: BoxFrame;
  metrics: Map<string, BoxMetrics>;
  /** The planned grids of each section, by section id. */
  grids: Map<string, SectionGrids>;
  /** Sections that must be narrower than `frame.sectionWidth`, found too wide in an earlier try. */
  sectionWidths: Map<string, number>;
  /**
   * The least extent across the flow of each section listed (its width flowing down, its height
   * flowing right), so that the sections of one line line up.
   */
  sectionCross: Map<string, number>;
  /**
   * How sections wrap into lines once ELK has sized them: one line (`'single'`), lines of at most
   * a given length along the flow (`{ limit }`), or lines decided beforehand (`{ groups }`,
   * section indices per line).
   */
  lines: 'single' | { limit: number } | { groups: number[][] };
}

/** The most topics side by side in a section of a wide layout that the search tries. */
const MAX_WIDE_COLUMNS = 8;

function sectionsOf(graph: RoadmapGraph): GraphNode[] {
  return graph.roadmap.sections.map((section) => graph.nodes.get(section.id) as GraphNode);
}

function contextOf(graph: RoadmapGraph, style: LayoutStyle, direction: LayoutDirection, metrics: Map<string, BoxMetrics>, placed: PlacedEdges): GridContext {
  return { graph, style, direction, metrics, predecessors: placed.predecessors };
}

function planGrids(
  graph: RoadmapGraph,
  style: LayoutStyle,
  direction: LayoutDirection,
  frame: BoxFrame,
  placed: PlacedEdges,
  sectionWidths: Map<string, number> = new Map(),
) {
  const metrics = measureBoxes(graph, style, frame, sectionWidths);
  const ctx = contextOf(graph, style, direction, metrics, placed);
  const grids = new Map<string, SectionGrids>();
  for (const section of sectionsOf(graph)) {
    grids.set(section.id, planSectionGrids(section, sectionWidths.get(section.id) ?? frame.sectionWidth, ctx));
  }
  return { metrics, grids, sectionWidths };
}

/**
 * The plan again, with the given sections narrower: ELK's own spacing (around edges that pass
 * between topics) can make a section come out wider than planned, so it is planned once more
 * with less room.
 */
export function narrowSections(
  graph: RoadmapGraph,
  style: LayoutStyle,
  plan: ClassPlan,
  placed: PlacedEdges,
  narrower: ReadonlyMap<string, number>,
): ClassPlan {
  const widths = new Map([...plan.sectionWidths, ...narrower]);
  const planned = planGrids(graph, style, plan.direction, plan.frame, placed, widths);
  const sectionCross = new Map([...plan.sectionCross].map(([id, cross]) => [id, Math.min(cross, widths.get(id) ?? cross)]));
  return { ...plan, ...planned, sectionCross };
}

/**
 * Lanes beside one column of sections for the edges that cannot run straight from a section to
 * the next: edges that run past different sections share a lane (as {@link flowSections} does).
 */
function detourLanes(graph: RoadmapGraph, placed: PlacedEdges): number {
  const order = new Map(graph.roadmap.sections.map((section, i) => [section.id, i]));
  const lanes = new SharedLanes();
  for (const edge of placed.across) {
    const from = order.get(graph.nodes.get(edge.source)?.section ?? '') ?? 0;
    const to = order.get(graph.nodes.get(edge.target)?.section ?? '') ?? 0;
    // From just after the source section to just before the target section.
    if (to !== from + 1) lanes.take(to > from ? from + 0.5 : to - 0.5, to > from ? to - 0.5 : from + 0.5, 0);
  }
  return lanes.count;
}

/**
 * A phone or column layout: flowing down, sections stacked in one column, all as wide as the
 * class (less the lane beside them for arrows that skip a section), topics in as many even
 * columns as fit; flowing right, sections in rows that wrap at the class width.
 */
function planColumn(graph: RoadmapGraph, style: LayoutStyle, placed: PlacedEdges, direction: LayoutDirection): ClassPlan {
  const classWidth = WIDTH_CLASSES[style.widthClass].width;
  // One column of sections keeps a lane beside it for arrows that skip sections; rows of
  // sections flowing right keep room before and after each row for the arrow to the next row.
  const reserve = direction === 'DOWN' ? laneBand(detourLanes(graph, placed), style, true) : 2 * laneBand(1, style, true);
  const sectionWidth = Math.max(style.minTopicWidth + 2 * style.sectionPadding, classWidth - reserve);
  const gap = direction === 'DOWN' ? style.nodeSpacing : style.layerSpacing;
  const frame: BoxFrame = { sectionWidth, leafWidth: style.maxTopicWidth, columnGap: gap };
  const planned = planGrids(graph, style, direction, frame, placed);
  if (direction === 'RIGHT') return { direction, frame, ...planned, sectionCross: new Map(), lines: { limit: sectionWidth } };
  const sectionCross = new Map(sectionsOf(graph).map((section) => [section.id, sectionWidth]));
  return { direction, frame, ...planned, sectionCross, lines: 'single' };
}

/** How often a wide candidate is wrapped into lines again after its lines were filled. */
const FILL_ROUNDS = 3;

/**
 * Candidate wide layouts for one starting section width: sections planned, wrapped into the
 * lines that show them largest, and each line's sections made to fill it across the flow (a
 * column of sections as wide as its widest, each one's topics spread over that width, so it gets
 * shorter; a row as tall as its tallest, each one's topic columns that tall, so it gets
 * narrower). Filled sections may then wrap better, so this repeats a few times; the best
 * candidate is returned.
 */
function wideCandidate(graph: RoadmapGraph, style: LayoutStyle, direction: LayoutDirection, placed: PlacedEdges, columns: number) {
  const gap = direction === 'DOWN' ? style.nodeSpacing : style.layerSpacing;
  const frame: BoxFrame = {
    leafWidth: style.maxTopicWidth,
    sectionWidth: columns * (style.maxTopicWidth + gap) - gap + 2 * style.sectionPadding,
  };
  const planned = planGrids(graph, style, direction, frame, placed);
  const sections = sectionsOf(graph);
  const mainIsWidth = direction === 'RIGHT';
  const ctx = contextOf(graph, style, direction, planned.metrics, placed);
  let natural: Extent[] = sections.map((section) => (planned.grids.get(section.id) as SectionGrids).extent);
  let best: { plan: ClassPlan; fit: Fit } | undefined;
  for (let round = 0; round < FILL_ROUNDS; round += 1) {
    const { lineBreak } = bestLineBreak(natural, style.sectionSpacing, WIDTH_CLASSES.wide, mainIsWidth);
    const grids = new Map(planned.grids);
    const sectionCross = new Map<string, number>();
    const filled = [...natural];
    for (const line of lineBreak.lines) {
      const thickness = Math.max(...line.map((i) => (natural[i] as Extent).cross));
      for (const i of line) {
        const section = sections[i] as GraphNode;
        const planFilled = planWithin(section, thickness, ctx);
        planFilled.extent = { main: planFilled.extent.main, cross: Math.max(planFilled.extent.cross, thickness) };
        grids.set(section.id, planFilled);
        filled[i] = planFilled.extent;
        sectionCross.set(section.id, thickness);
      }
    }
    const fit = fitOf(measureLines(filled, lineBreak.lines, style.sectionSpacing), WIDTH_CLASSES.wide, mainIsWidth);
    if (best === undefined || compareFits(fit, best.fit) < 0) {
      best = { plan: { direction, frame, ...planned, grids, sectionCross, lines: { groups: lineBreak.lines } }, fit };
    }
    natural = filled;
  }
  return best as { plan: ClassPlan; fit: Fit };
}

/**
 * Decides how a roadmap is laid out for its width class:
 * - `phone` (always flowing down) and `column` flowing down: sections stacked in one column, all
 *   as wide as the class (less the lane beside them for arrows that skip a section), topics in as
 *   many even columns as fit;
 * - `column` flowing right: sections in rows that wrap at the class width, when every section
 *   fits that width flowing right; otherwise as flowing down;
 * - `wide`: sections in lines (columns of sections flowing down, rows flowing right), the
 *   sections of a line as wide (down) or as tall (right) as each other; each section's starting
 *   width (1 to 8 topics side by side) and the line length are chosen so that the whole shows
 *   largest in the wide target area (1280 × 630).
 */
export function planWidthClass(graph: RoadmapGraph, style: LayoutStyle, placed: PlacedEdges): ClassPlan {
  if (style.widthClass === 'phone') return planColumn(graph, style, placed, 'DOWN');
  if (style.widthClass === 'column') {
    if (style.direction === 'DOWN') return planColumn(graph, style, placed, 'DOWN');
    // Flowing right, a section is at least as wide as its longest chain of prerequisites: when
    // one does not fit the column that way, the column flows down instead, like a phone.
    const right = planColumn(graph, style, placed, 'RIGHT');
    const fits = sectionsOf(graph).every(
      (section) => (right.grids.get(section.id) as SectionGrids).extent.main <= right.frame.sectionWidth,
    );
    return fits ? right : planColumn(graph, style, placed, 'DOWN');
  }
  let best: { plan: ClassPlan; fit: Fit } | undefined;
  for (let columns = 1; columns <= MAX_WIDE_COLUMNS; columns += 1) {
    const candidate = wideCandidate(graph, style, style.direction, placed, columns);
    if (best === undefined || compareFits(candidate.fit, best.fit) < 0) best = candidate;
  }
  return (best as { plan: ClassPlan }).plan;
}
