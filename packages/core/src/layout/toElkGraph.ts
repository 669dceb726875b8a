import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { GraphEdge, RoadmapGraph } from '../graph/types.js';
import type { BoxMetrics } from './measureBoxes.js';
import { lineage, type PlacedEdges } from './placeEdges.js';
import type { ClassPlan } from './planWidthClass.js';
import type { LayoutStyle } from './resolveLayoutStyle.js';
import type { LayoutDirection } from './types.js';

/** Id of the ELK root; roadmap ids are kebab-case, so they never clash with it. */
export const ELK_ROOT_ID = '__root';

/** Id of the frame ELK lays one section out in. */
export function sectionFrameId(sectionId: string): string {
  return `__frame:${sectionId}`;
}

/**
 * How an edge between two sections leaves its source section and enters its target section:
 * through a port on each box it crosses on the way out (from the source's parent up to the
 * section) and on the way in. `out` and `in` list the ELK edges of those legs in route order;
 * they are empty when the edge starts (or ends) at the section itself.
 */
export interface AcrossLegs {
  edge: GraphEdge;
  /** Port on the source section's end side, or `undefined` when the section is the source. */
  outPort: string | undefined;
  /** Port on the target section's start side, or `undefined` when the section is the target. */
  inPort: string | undefined;
  out: string[];
  in: string[];
}

/** An ELK graph for a roadmap and what is needed to read its result back. */
export interface RoadmapElkGraph {
  root: ElkNode;
  /** Ids of the invisible edges that shape topic grids; they are not part of the layout. */
  gridEdgeIds: ReadonlySet<string>;
  /** The inner legs of every edge between sections, in drawn order. */
  across: AcrossLegs[];
}

function layeredOptions(direction: LayoutDirection, nodeSpacing: number, layerSpacing: number): Record<string, string> {
  return {
    'elk.spacing.nodeNode': String(nodeSpacing),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(layerSpacing),
    'elk.spacing.edgeNode': String(Math.max(4, Math.round(nodeSpacing / 2))),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(Math.max(4, Math.round(layerSpacing / 3))),
    // Every node starts as early as its prerequisites allow, which also makes the planned grid
    // rows (chained by invisible edges) come out exactly as planned.
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
    'elk.direction': direction,
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

/** Sides of a box where arrows leave (its end along the flow) and arrive (its start). */
function sides(direction: LayoutDirection): { out: string; in: string } {
  return direction === 'DOWN' ? { out: 'SOUTH', in: 'NORTH' } : { out: 'EAST', in: 'WEST' };
}

/**
 * Turns a roadmap graph into one ELK graph per width class: every section is its own
 * hierarchical layered layout (topics and subtopics as compound nodes, every edge within the
 * section in the deepest node containing both ends) under a root that ELK leaves alone
 * (`fixed`): sections are placed afterwards, in lines, by {@link flowSections}. Children of each
 * section or topic are wrapped into the rows planned for them (see {@link planGrid}): invisible
 * edges between consecutive rows put each row in its own layer, and `elk.position` hints keep
 * document order within rows. An edge between sections leaves its source through ports on the
 * boxes around it, so ELK routes the part inside each section.
 *
 * (`considerModelOrder` would be the obvious way to keep document order, but elkjs 0.12 crashes
 * with it inside hierarchical nodes: the nested graphs lack the maximum model order it reads.)
 */
export function toElkGraph(graph: RoadmapGraph, style: LayoutStyle, plan: ClassPlan, placed: PlacedEdges): RoadmapElkGraph {
  const { nodes } = graph;
  const { direction } = plan;
  const side = sides(direction);
  const gridEdgeIds = new Set<string>();
  const elkNodes = new Map<string, ElkNode>();
  const gridCell = new Map<string, { row: number; column: number }>();
  const ports = new Map<string, ElkPort[]>();
  const legsIn = new Map<string, ElkExtendedEdge[]>();
  const addLeg = (container: string, leg: ElkExtendedEdge): void => {
    const list = legsIn.get(container) ?? [];
    list.push(leg);
    legsIn.set(container, list);
  };
  const addPort = (node: string, id: string, portSide: string): void => {
    const list = ports.get(node) ?? [];
    list.push({ id, width: 0, height: 0, layoutOptions: { 'elk.port.side': portSide } });
    ports.set(node, list);
  };
  // Ports are on sections and on topics with subtopics; the side only binds on sections.

  // Edges between sections: a port on every box between each end and its section.
  const across: AcrossLegs[] = placed.across.map((edge) => {
    const legs: AcrossLegs = { edge, outPort: undefined, inPort: undefined, out: [], in: [] };
    const up = lineage(edge.source, nodes);
    let from = edge.source;
    for (const box of up.slice(1)) {
      const port = `__port:out:${edge.id}@${box}`;
      addPort(box, port, side.out);
      const leg = `__leg:out:${edge.id}@${box}`;
      addLeg(box, { id: leg, sources: [from], targets: [port] });
      legs.out.push(leg);
      legs.outPort = port;
      from = port;
    }
    const down = lineage(edge.target, nodes).slice(1).reverse();
    let entry: string | undefined;
    down.forEach((box, i) => {
      const port = `__port:in:${edge.id}@${box}`;
      addPort(box, port, side.in);
      if (i === 0) legs.inPort = port;
      if (entry !== undefined) {
        const leg = `__leg:in:${edge.id}@${down[i - 1]}`;
        addLeg(down[i - 1] as string, { id: leg, sources: [entry], targets: [port] });
        legs.in.push(leg);
      }
      entry = port;
    });
    if (entry !== undefined) {
      const last = down[down.length - 1] as string;
      const leg = `__leg:in:${edge.id}@${last}`;
      addLeg(last, { id: leg, sources: [entry], targets: [edge.target] });
      legs.in.push(leg);
    }
    return legs;
  });

  const root: ElkNode = {
    id: ELK_ROOT_ID,
    layoutOptions: {
      // Sections are placed by flowSections once ELK has sized them.
      'elk.algorithm': 'fixed',
      // Route points relative to the edge's container, named in its `container` property.
      'elk.json.edgeCoords': 'CONTAINER',
    },
    children: [],
  };

  const ordered = [...nodes.values()].sort((a, b) => a.index - b.index);
  for (const node of ordered) {
    const own = plan.metrics.get(node.id) as BoxMetrics;
    const elkNode: ElkNode = { id: node.id };
    const isSection = node.kind === 'section';
    const cell = gridCell.get(node.id);
    if (cell !== undefined) {
      // With semi-interactive crossing minimisation ELK keeps this order within each row.
      const along = cell.row * 1000;
      const across = cell.column * 1000;
      elkNode.layoutOptions = {
        'elk.position': direction === 'DOWN' ? `(${across}, ${along})` : `(${along}, ${across})`,
        // Rows read best flush with their start; ELK's automatic choice mixes centre and end.
        'elk.alignment': direction === 'DOWN' ? 'TOP' : 'LEFT',
      };
    }
    const nodePorts = ports.get(node.id);
    if (nodePorts !== undefined) {
      elkNode.ports = nodePorts;
      // The routes between sections start and end on a section's own side. Inside a section the
      // side is ELK's choice: fixing it on a topic too makes elkjs 0.12 fail on some graphs.
      if (isSection) elkNode.layoutOptions = { ...elkNode.layoutOptions, 'elk.portConstraints': 'FIXED_SIDE' };
    }
    // A section as wide (flowing down) or as tall (flowing right) as the others of its line.
    const lineCross = isSection ? (plan.sectionCross.get(node.id) ?? 0) : 0;
    if (own.compound) {
      const { padding: p } = own;
      const minWidth = direction === 'DOWN' ? Math.max(own.minWidth, lineCross) : own.minWidth;
      const minHeight = direction === 'RIGHT' ? Math.max(own.minHeight, lineCross) : own.minHeight;
      // elkjs 0.12 swaps the minimum size of nested hierarchical nodes when the direction is DOWN
      // (eclipse-elk/elk#1033), so it is handed over pre-swapped; a test checks the result.
      const swap = direction === 'DOWN';
      elkNode.layoutOptions = {
        ...elkNode.layoutOptions,
        ...layeredOptions(direction, style.nodeSpacing, style.layerSpacing),
        'elk.padding': `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': swap ? `(${minHeight}, ${minWidth})` : `(${minWidth}, ${minHeight})`,
      };
      elkNode.children = [];
      const edges: ElkExtendedEdge[] = (placed.inside.get(node.id) ?? []).map((edge) => ({
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target],
      }));
      edges.push(...(legsIn.get(node.id) ?? []));
      const rows = plan.grids.get(node.section)?.rows.get(node.id) ?? [];
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
      elkNode.width = direction === 'DOWN' ? Math.max(own.width, lineCross) : own.width;
      elkNode.height = direction === 'RIGHT' ? Math.max(own.height, lineCross) : own.height;
    }
    elkNodes.set(node.id, elkNode);
    if (isSection) {
      // Each section is laid out on its own, inside a frame that ELK sizes to fit it exactly. The
      // frame keeps the section a nested node, whose minimum size ELK applies once (a layout's
      // top node gets it applied both ways round when flowing down).
      root.children?.push({
        id: sectionFrameId(node.id),
        layoutOptions: {
          'elk.algorithm': 'layered',
          'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
          'elk.randomSeed': '1',
          'elk.edgeRouting': 'ORTHOGONAL',
          'elk.direction': direction,
          'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        },
        children: [elkNode],
      });
      continue;
    }
    const parent = node.parent === null ? undefined : elkNodes.get(node.parent);
    if (parent?.children === undefined) {
      throw new Error(
        `layoutRoadmap: node "${node.id}" has parent "${node.parent}", which is not listed before it or does not list it as a child`,
      );
    }
    parent.children.push(elkNode);
  }
  return { root, gridEdgeIds, across };
}
