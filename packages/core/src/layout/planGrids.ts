import type { GraphNode, RoadmapGraph } from '../graph/types.js';
import type { BoxMetrics } from './measureBoxes.js';
import { planGrid, type GridItem } from './planGrid.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import type { LayoutDirection } from './types.js';

/** Size along the flow (`main`) and across it (`cross`): height and width when flowing down. */
export interface Extent {
  main: number;
  cross: number;
}

/** The grids planned for one section: rows of children per container, and estimated sizes. */
export interface SectionGrids {
  rows: Map<string, string[][]>;
  extents: Map<string, Extent>;
  /** Estimated size of the section itself. */
  extent: Extent;
}

/** What grid planning reads. */
export interface GridContext {
  graph: RoadmapGraph;
  style: LayoutStyle;
  direction: LayoutDirection;
  metrics: ReadonlyMap<string, BoxMetrics>;
  predecessors: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

function ownExtent(metrics: BoxMetrics, direction: LayoutDirection): Extent {
  const width = metrics.compound ? metrics.minWidth : metrics.width;
  const height = metrics.compound ? metrics.minHeight : metrics.height;
  return direction === 'DOWN' ? { main: height, cross: width } : { main: width, cross: height };
}

/** Padding of a compound along and across the flow. */
function paddingOf(metrics: BoxMetrics, direction: LayoutDirection): Extent {
  if (!metrics.compound) return { main: 0, cross: 0 };
  const p = metrics.padding;
  return direction === 'DOWN' ? { main: p.top + p.bottom, cross: p.left + p.right } : { main: p.left + p.right, cross: p.top + p.bottom };
}

/**
 * Plans the rows of `node` and of every container inside it, each row no longer across the flow
 * than the room its container leaves (`crossBudget` for `node`, less the padding for each level
 * further in), and estimates every size from the rows (ELK's own spacing around edges comes on top).
 */
function planNode(node: GraphNode, crossBudget: number, ctx: GridContext, into: SectionGrids): Extent {
  const { style, direction } = ctx;
  const metrics = ctx.metrics.get(node.id) as BoxMetrics;
  const own = ownExtent(metrics, direction);
  if (node.children.length === 0) {
    into.extents.set(node.id, own);
    return own;
  }
  const pad = paddingOf(metrics, direction);
  const inner = crossBudget - pad.cross;
  const items: GridItem[] = node.children.map((id) => {
    const child = ctx.graph.nodes.get(id) as GraphNode;
    return { id, ...planNode(child, inner, ctx, into) };
  });
  const rows = planGrid(items, ctx.predecessors.get(node.id) ?? new Map(), { nodeSpacing: style.nodeSpacing, crossBudget: inner });
  into.rows.set(node.id, rows);
  let main = -style.layerSpacing;
  let cross = 0;
  for (const row of rows) {
    let rowMain = 0;
    let rowCross = -style.nodeSpacing;
    for (const id of row) {
      const extent = into.extents.get(id) as Extent;
      rowMain = Math.max(rowMain, extent.main);
      rowCross += extent.cross + style.nodeSpacing;
    }
    main += rowMain + style.layerSpacing;
    cross = Math.max(cross, rowCross);
  }
  const extent = { main: Math.max(own.main, main + pad.main), cross: Math.max(own.cross, cross + pad.cross) };
  into.extents.set(node.id, extent);
  return extent;
}

/**
 * Plans the grids of one section with rows no longer than `crossBudget` across the flow (its
 * width flowing down, its height flowing right), padding included.
 */
export function planWithin(section: GraphNode, crossBudget: number, ctx: GridContext): SectionGrids {
  const grids: SectionGrids = { rows: new Map(), extents: new Map(), extent: { main: 0, cross: 0 } };
  grids.extent = planNode(section, crossBudget, ctx, grids);
  return grids;
}

/**
 * Plans the grids of one section so that it is at most `width` pixels wide where it can be.
 * Flowing down, rows simply fill that width. Flowing right, a section's width is its number of
 * columns of topics, so the height each column may take is searched: the smallest that keeps the
 * section within `width` (or, when a chain of prerequisites is longer than `width` allows, the
 * smallest that makes it as narrow as it gets).
 */
export function planSectionGrids(section: GraphNode, width: number, ctx: GridContext): SectionGrids {
  if (ctx.direction === 'DOWN') return planWithin(section, width, ctx);
  // Flowing right, `cross` is height: search it.
  let tallest = 0;
  let total = 0;
  const collect = (node: GraphNode): void => {
    const metrics = ctx.metrics.get(node.id) as BoxMetrics;
    const own = ownExtent(metrics, 'RIGHT');
    tallest = Math.max(tallest, own.cross + paddingOf(metrics, 'RIGHT').cross);
    total += own.cross + paddingOf(metrics, 'RIGHT').cross + ctx.style.nodeSpacing;
    for (const id of node.children) collect(ctx.graph.nodes.get(id) as GraphNode);
  };
  collect(section);
  let high = Math.max(tallest, total);
  const narrowest = planWithin(section, high, ctx);
  const target = Math.max(width, narrowest.extent.main);
  let low = tallest;
  let best = narrowest;
  // Twenty halvings find the height to well under a pixel for any section within the limits.
  for (let step = 0; step < 20 && high - low > 1; step += 1) {
    const middle = (low + high) / 2;
    const grids = planWithin(section, middle, ctx);
    if (grids.extent.main <= target) {
      high = middle;
      best = grids;
    } else {
      low = middle;
    }
  }
  return best;
}
