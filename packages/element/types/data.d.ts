// Roadmap data types of @roadmap-graph/element (shipped as dist/data.d.ts, re-exported by
// dist/roadmap-graph.d.ts). Core's types, written out readably: in core they are inferred from
// zod schemas, which a consumer would need zod to read. test/types/drift.ts checks each against
// core's: `pnpm typecheck` fails when one changes and this file does not.

/** Topic difficulty levels, in learning order. */
export type Level = 'beginner' | 'intermediate' | 'advanced';

/** Resource kinds, in the order a topic panel lists them. */
export type ResourceType = 'official' | 'docs' | 'article' | 'video' | 'course' | 'book' | 'podcast' | 'tool' | 'opensource';

/** A learning resource attached to a topic. */
export interface Resource {
  title: string;
  /** An http, https, mailto or relative URL. */
  url: string;
  type: ResourceType;
  /** Whether the resource costs nothing. @default true */
  free?: boolean | undefined;
}

/** A topic to learn; it may hold subtopics. */
export interface Topic {
  /** Kebab-case slug, unique across the whole roadmap. */
  id: string;
  title: string;
  /** Short Markdown: *emphasis*, **strong**, `code` and [links](https://example.com) only. */
  description?: string | undefined;
  level?: Level | undefined;
  /** Nice to know: not needed to finish its parent. */
  optional?: boolean | undefined;
  tags?: string[] | undefined;
  /** Ids of topics or sections that must be finished first. */
  requires?: string[] | undefined;
  resources?: Resource[] | undefined;
  /** When true, the subtopics are alternatives: finishing any one of them satisfies whatever requires this topic. */
  choice?: boolean | undefined;
  topics?: Topic[] | undefined;
}

/** A section of the roadmap: a stage on the path, grouping topics. */
export interface Section {
  /** Kebab-case slug, unique across the whole roadmap. */
  id: string;
  title: string;
  /** Short Markdown: *emphasis*, **strong**, `code` and [links](https://example.com) only. */
  description?: string | undefined;
  topics: Topic[];
  /** Ids that must be finished before this section. Without it the section follows the previous one; an empty list makes it a starting point. */
  requires?: string[] | undefined;
  /** When true, the topics are alternatives: finishing any one of them satisfies whatever requires this section. */
  choice?: boolean | undefined;
}

/** The kinds of edges in a roadmap graph. */
export type EdgeKind = 'sequence' | 'requires' | 'contains' | 'alternative';

/** Flow of the map. */
export type LayoutDirection = 'DOWN' | 'RIGHT';

/** The width classes a roadmap is laid out for. */
export type WidthClass = 'phone' | 'column' | 'wide';

/**
 * One width class of a baked layout, written compactly: `boxes[i]` is `[x, y, width, height]` of
 * the i-th section or topic in document order (depth first); `edges` are
 * `[source, target, kind, [x0, y0, x1, y1, …]]` with box indices.
 */
export interface BakedView {
  direction: LayoutDirection;
  width: number;
  height: number;
  boxes: [number, number, number, number][];
  edges: [number, number, EdgeKind, number[]][];
}

/** The `layout` member of a roadmap file: the layouts of the width classes under one content hash. */
export interface BakedLayout {
  version: 2;
  /** Content hash of the roadmap the layouts were computed for. */
  hash: string;
  direction: LayoutDirection;
  views: { phone?: BakedView | undefined; column?: BakedView | undefined; wide?: BakedView | undefined };
}

/** A layout block written by an older version; ignored (stale) until `roadmap-graph layout` runs again. */
export interface LegacyLayout {
  version: 1;
  [key: string]: unknown;
}

/** A validated roadmap (version 1 of the format). */
export interface Roadmap {
  $schema?: string | undefined;
  /** Kebab-case slug. */
  id: string;
  title: string;
  /** Short Markdown: *emphasis*, **strong**, `code` and [links](https://example.com) only. */
  description?: string | undefined;
  sections: Section[];
  /** Baked layouts, one per width class (see `roadmap-graph layout`), so renderers need not run ELK. */
  layout?: BakedLayout | LegacyLayout | undefined;
}

/** A point of an edge's route, in pixels. */
export interface Point {
  x: number;
  y: number;
}

/** A positioned box in a {@link RoadmapLayout}, in absolute pixel coordinates. */
export interface LayoutBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed edge in a {@link RoadmapLayout}: a polyline in absolute pixel coordinates. */
export interface LayoutEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  points: Point[];
}

/** The computed layout of one width class: a box per section and topic, a route per drawn edge. */
export interface RoadmapLayout {
  version: 2;
  /** Content hash of the roadmap this layout was computed for. */
  hash: string;
  direction: LayoutDirection;
  widthClass: WidthClass;
  width: number;
  height: number;
  nodes: LayoutBox[];
  edges: LayoutEdge[];
}

/** What a learner says about a topic. Topics without an entry are not started. */
export type TopicState = 'done' | 'in-progress' | 'skipped';

/** The states of the topics a learner has touched, keyed by topic id. */
export type Progress = Readonly<Record<string, TopicState>>;

/** One problem found in roadmap input, located by a path like `sections[2].topics[4].requires[0]`. */
export interface ValidationError {
  /** Where the problem is; empty for the document as a whole. */
  path: string;
  message: string;
}

/** Something in a Markdown outline that was ignored or read with a guess, with its 1-based line. */
export interface MarkdownWarning {
  line: number;
  message: string;
}

