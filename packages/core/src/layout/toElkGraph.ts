import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphNode, RoadmapGraph } from '../graph/types.js';
import { measureBoxes, type BoxMetrics } from './measureBoxes.js';
import { planGrid, type GridItem } from './planGrid.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';

/** Id of the ELK root; roadmap ids are kebab-case, so they never clash with it. */
export const ELK_ROOT_ID = '__root';

/** An ELK graph for a roadmap and what is needed to read its result back. */
export interface RoadmapElkGraph {
  root: ElkNode;
  /** Ids of the invisible edges that shape topic grids; they are not part of the layout. */
  gridEdgeIds: ReadonlySet<string>;
}

/** The node itself and its ancestors, nearest first. */
function lineage(id: string, nodes: RoadmapGraph['nodes']): string[] {
  const chain: string[] = [];
  for (let current: string | null = id; current !== null; current = nodes.get(current)?.parent ?? null) {
    if (chain.length > nodes.size) throw new Error(`layoutRoadmap: the parent chain of "${id}" loops`);
    chain.push(current);
  }
  return chain;
}

/** Size along and across the flow; a compound's size is estimated from its planned grid. */
interface Extent {
  main: number;
  cross: number;
}

function leafExtent(metrics: BoxMetrics, style: LayoutStyle): Extent {
  const width = metrics.compound ? metrics.minWidth : metrics.width;
  const height = metrics.compound ? metrics.minHeight : metrics.height;
  return style.direction === 'DOWN' ? { main: height, cross: width } : { main: width, cross: height };
}

function compoundExtent(rows: string[][], extents: Map<string, Extent>, metrics: BoxMetrics, style: LayoutStyle): Extent {
  let main = 0;
  let cross = 0;
  for (const row of rows) {
    let rowMain = 0;
    let rowCross = -style.nodeSpacing;
    for (const id of row) {
      const extent = extents.get(id) as Extent;
      rowMain = Math.max(rowMain, extent.main);
      rowCross += extent.cross + style.nodeSpacing;
    }
    main += rowMain + style.layerSpacing;
    cross = Math.max(cross, rowCross);
  }
  const own = leafExtent(metrics, style);
  if (!metrics.compound) return own;
  const pad = metrics.padding;
  const padMain = style.direction === 'DOWN' ? pad.top + pad.bottom : pad.left + pad.right;
  const padCross = style.direction === 'DOWN' ? pad.left + pad.right : pad.top + pad.bottom;
  return { main: Math.max(own.main, main - style.layerSpacing + padMain), cross: Math.max(own.cross, cross + padCross) };
}

function layeredOptions(style: LayoutStyle, nodeSpacing: number, layerSpacing: number): Record<string, string> {
  return {
    'elk.spacing.nodeNode': String(nodeSpacing),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(layerSpacing),
    'elk.spacing.edgeNode': String(Math.max(4, Math.round(nodeSpacing / 2))),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(Math.max(4, Math.round(layerSpacing / 3))),
    // Every node starts as early as its prerequisites allow, which also makes the planned grid
    // rows (chained by invisible edges) come out exactly as planned.
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    'elk.direction': style.direction,
    // Keep the planned order within rows (given as `elk.position`) while still ordering the
    // dummy nodes of long edges to avoid crossings.
    'elk.layered.crossingMinimization.semiInteractive': 'true',
    // With the order fixed, more sweeps buy nothing measurable; one is markedly faster.
    'elk.layered.thoroughness': '1',
    // Packs each row into a compact block instead of shifting boxes sideways to straighten
    // edges, which spreads a grid out with gaps.
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
  };
}

/**
 * Turns a roadmap graph into one hierarchical ELK graph: sections contain their topics, topics
 * contain their subtopics, and every drawn edge sits in the deepest node containing both ends.
 * Children of each section or topic are wrapped into a grid (see {@link planGrid}): invisible
 * edges between consecutive rows put each row in its own layer, and `elk.position` hints keep
 * document order within rows.
 *
 * (`considerModelOrder` would be the obvious way to keep document order, but elkjs 0.12 crashes
 * with it inside hierarchical nodes: the nested graphs lack the maximum model order it reads.)
 */
export function toElkGraph(graph: RoadmapGraph, style: LayoutStyle): RoadmapElkGraph {
  const { nodes } = graph;
  const metrics = measureBoxes(graph, style);
  const edgesIn = new Map<string, ElkExtendedEdge[]>();
  const predecessors = new Map<string, Map<string, Set<string>>>();

  for (const edge of graph.drawnEdges) {
    for (const end of [edge.source, edge.target]) {
      if (!nodes.has(end)) throw new Error(`layoutRoadmap: edge "${edge.id}" refers to unknown node "${end}"`);
    }
    const fromSource = lineage(edge.source, nodes);
    const toTarget = lineage(edge.target, nodes);
    const shared = new Set(fromSource);
    const container = toTarget.find((id) => shared.has(id)) ?? ELK_ROOT_ID;
    const list = edgesIn.get(container) ?? [];
    list.push({ id: edge.id, sources: [edge.source], targets: [edge.target] });
    edgesIn.set(container, list);
    if (container === ELK_ROOT_ID) continue;
    // Lift the edge to the two children of its container that hold its ends: the grid keeps them apart.
    const before = fromSource[fromSource.indexOf(container) - 1];
    const after = toTarget[toTarget.indexOf(container) - 1];
    if (before === undefined || after === undefined || before === after) continue;
    const byChild = predecessors.get(container) ?? new Map<string, Set<string>>();
    const set = byChild.get(after) ?? new Set<string>();
    set.add(before);
    byChild.set(after, set);
    predecessors.set(container, byChild);
  }

  // Plan grids bottom-up: document order lists parents before children, so walk it backwards.
  const ordered = [...nodes.values()].sort((a, b) => a.index - b.index);
  const extents = new Map<string, Extent>();
  const rowsOf = new Map<string, string[][]>();
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const node = ordered[i] as GraphNode;
    const own = metrics.get(node.id) as BoxMetrics;
    if (node.children.length === 0) {
      extents.set(node.id, leafExtent(own, style));
      continue;
    }
    const items: GridItem[] = node.children.map((id) => ({ id, ...(extents.get(id) as Extent) }));
    const rows = planGrid(items, predecessors.get(node.id) ?? new Map(), {
      nodeSpacing: style.nodeSpacing,
      layerSpacing: style.layerSpacing,
      aspectRatio: style.gridAspectRatio,
    });
    rowsOf.set(node.id, rows);
    extents.set(node.id, compoundExtent(rows, extents, own, style));
  }

  const gridEdgeIds = new Set<string>();
  const elkNodes = new Map<string, ElkNode>();
  const gridCell = new Map<string, { row: number; column: number }>();
  const root: ElkNode = {
    id: ELK_ROOT_ID,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.randomSeed': '1',
      'elk.edgeRouting': 'ORTHOGONAL',
      // Route points relative to the edge's container, named in its `container` property.
      'elk.json.edgeCoords': 'CONTAINER',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      ...layeredOptions(style, style.sectionSpacing, style.sectionSpacing),
    },
    children: [],
    edges: edgesIn.get(ELK_ROOT_ID) ?? [],
  };

  graph.roadmap.sections.forEach((section, i) => gridCell.set(section.id, { row: 0, column: i }));
  for (const node of ordered) {
    const own = metrics.get(node.id) as BoxMetrics;
    const elkNode: ElkNode = { id: node.id };
    const cell = gridCell.get(node.id);
    if (cell !== undefined) {
      // With semi-interactive crossing minimisation ELK keeps this order within each row.
      const along = cell.row * 1000;
      const across = cell.column * 1000;
      elkNode.layoutOptions = {
        'elk.position': style.direction === 'DOWN' ? `(${across}, ${along})` : `(${along}, ${across})`,
        // Rows read best flush with their start; ELK's automatic choice mixes centre and end.
        'elk.alignment': style.direction === 'DOWN' ? 'TOP' : 'LEFT',
      };
    }
    if (own.compound) {
      const { padding: p, minWidth, minHeight } = own;
      // elkjs 0.12 swaps the minimum size of hierarchical nodes when the direction is DOWN
      // (eclipse-elk/elk#1033), so it is handed over pre-swapped; a test checks the result.
      const minimum = style.direction === 'DOWN' ? `(${minHeight}, ${minWidth})` : `(${minWidth}, ${minHeight})`;
      elkNode.layoutOptions = {
        ...elkNode.layoutOptions,
        ...layeredOptions(style, style.nodeSpacing, style.layerSpacing),
        'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': minimum,
      };
      elkNode.children = [];
      const edges = edgesIn.get(node.id) ?? [];
      const rows = rowsOf.get(node.id) ?? [];
      rows.forEach((row, r) => row.forEach((id, k) => gridCell.set(id, { row: r, column: k })));
      for (let r = 1; r < rows.length; r += 1) {
        const above = rows[r - 1] as string[];
        (rows[r] as string[]).forEach((id, k) => {
          const source = above[Math.min(k, above.length - 1)] as string;
          const gridId = `__grid:${source}->${id}`;
          gridEdgeIds.add(gridId);
          edges.push({ id: gridId, sources: [source], targets: [id] });
        });
      }
      elkNode.edges = edges;
    } else {
      elkNode.width = own.width;
      elkNode.height = own.height;
    }
    elkNodes.set(node.id, elkNode);
    const parent = node.parent === null ? root : elkNodes.get(node.parent);
    if (parent?.children === undefined) {
      throw new Error(
        `layoutRoadmap: node "${node.id}" has parent "${node.parent}", which is not listed before it or does not list it as a child`,
      );
    }
    parent.children.push(elkNode);
  }
  return { root, gridEdgeIds };
}
