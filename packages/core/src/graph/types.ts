import type { EdgeKind, Level, Roadmap, Section, Topic } from '../schema/roadmapSchema.js';

/** What a graph node stands for: a section, a topic directly in a section, or a nested subtopic. */
export type GraphNodeKind = 'section' | 'topic' | 'subtopic';

/** A section or topic of a roadmap, with its place in the hierarchy. */
export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  title: string;
  /** Id of the containing section or topic; `null` for sections. */
  parent: string | null;
  /** Id of the enclosing section (a section's own id for a section). */
  section: string;
  /** 0 for sections, 1 for their topics, 2 and more for subtopics. */
  depth: number;
  /** Ids of the direct children, in document order. */
  children: string[];
  /** Whether the children are alternatives the learner picks one of. */
  choice: boolean;
  /** Id of the `choice` parent when this node is one of its alternatives, else `null`. */
  alternativeOf: string | null;
  /** Whether the node is nice-to-know and not needed to finish its parent. */
  optional: boolean;
  level: Level | undefined;
  /** Position in document order, stable across runs. */
  index: number;
  /** The source data of the node. */
  data: Section | Topic;
}

/**
 * A relation between two nodes. Edges point from the prerequisite (or container) to what
 * depends on it (or is contained), the direction in which a learner moves.
 */
export interface GraphEdge {
  /** `${kind}:${source}->${target}`, unique in a graph. */
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
}

/** The dependency graph of a roadmap, built by {@link buildGraph}. */
export interface RoadmapGraph {
  roadmap: Roadmap;
  /** Every section and topic, in document order. */
  nodes: ReadonlyMap<string, GraphNode>;
  /** Every edge: `sequence`, `requires`, `contains` and `alternative`. */
  edges: readonly GraphEdge[];
  /**
   * The prerequisite edges (`sequence` and `requires`) worth drawing: the transitive reduction,
   * so a→c is left out when a→b→c already says it (through sections too).
   */
  drawnEdges: readonly GraphEdge[];
  /** All node ids in a topological order of the prerequisites, ties broken by document order. */
  order: readonly string[];
  /** For each node, the ids it declares as prerequisites itself (`requires`, or the previous section). */
  prerequisites: ReadonlyMap<string, readonly string[]>;
  /** For each node, the ids that declare it as a prerequisite. */
  dependents: ReadonlyMap<string, readonly string[]>;
}
