// Type declarations of @roadmap-graph/element, shipped as dist/roadmap-graph.d.ts.
//
// Self-contained on purpose: the element's script bundles core and React, so its users install
// neither, and these types import nothing. Core's data types are written out here readably
// (in core they are inferred from zod schemas, which a consumer would need zod to read).
// test/types/drift.ts checks every declaration against the sources (src/, core's types):
// `pnpm typecheck` fails when one of them changes and this file does not.
//
// React users add JSX typing for <roadmap-graph> with `@roadmap-graph/element/jsx` (dist/jsx.d.ts).

// ---------------------------------------------------------------------------------------------
// Roadmap data (from @roadmap-graph/core)

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

// ---------------------------------------------------------------------------------------------
// Events

/** `ready`: the map is on screen (data valid, layout there). */
export interface ReadyDetail {
  roadmap: Roadmap;
  layout: RoadmapLayout;
  /** What a Markdown outline had that was ignored or guessed; empty for JSON. */
  warnings: MarkdownWarning[];
}

/** `topic-select`: the reader (or `openTopic`) opened a topic's panel, or closed it (`id: null`). */
export interface TopicSelectDetail {
  id: string | null;
  /** The topic or section as in the data; `null` when the panel was closed. */
  topic: Topic | Section | null;
}

/** `progress-change`: the reader changed progress. */
export interface ProgressChangeDetail {
  /** The topic whose state changed; `null` when several changed at once (reset, import). */
  id: string | null;
  /** Its new state; `null` when cleared (or when several changed). */
  state: TopicState | null;
  /** All progress of this roadmap after the change. */
  progress: Progress;
}

/** `error`: the roadmap cannot be shown; the element shows the same problems in its error box. */
export interface ErrorDetail {
  /** One line summing up what went wrong. */
  message: string;
  /** Every problem, each with the path of the value at fault (`src`, `script`, `sections[2].id`, `layout`…). */
  errors: ValidationError[];
}

/**
 * The events of `<roadmap-graph>` and their details. `ready`, `topic-select` and
 * `progress-change` bubble and are composed (listen once on `document`); `error` stays on the element.
 */
export interface RoadmapGraphEventMap {
  ready: CustomEvent<ReadyDetail>;
  'topic-select': CustomEvent<TopicSelectDetail>;
  'progress-change': CustomEvent<ProgressChangeDetail>;
  error: CustomEvent<ErrorDetail>;
}

// ---------------------------------------------------------------------------------------------
// The element

/**
 * `<roadmap-graph>`: the interactive learning roadmap as a custom element. Data comes from the
 * `roadmap` property, the `src` attribute or a child `<script type="application/json">` /
 * `<script type="text/markdown">`, in that order. Importing the package registers it.
 *
 * @example
 * const map = document.querySelector('roadmap-graph')!;
 * map.addEventListener('topic-select', (event) => console.log(event.detail.id));
 * map.openTopic('flask');
 */
export declare class RoadmapGraphElement extends HTMLElement {
  static get observedAttributes(): string[];
  /**
   * Where to load the layout worker from, for pages that host `roadmap-graph.layout-worker.js`
   * somewhere else than beside the element's script (e.g. after bundling the ES module).
   * @default the worker file beside the script
   */
  static workerUrl: string | undefined;
  /** Nonce for the `<style>` fallback in browsers without adoptedStyleSheets; default: the script tag's. */
  static styleNonce: string | undefined;
  constructor();
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, previous: string | null, value: string | null): void;
  /**
   * The roadmap on show (validated), else the one set. Set it to roadmap data (a {@link Roadmap}
   * object, or JSON text) to show it instead of `src` or inline data; `null` goes back to those.
   * Reads as `unknown` because what was set need not be valid until the element has checked it
   * (invalid data shows the error box and fires `error`).
   */
  get roadmap(): Roadmap | unknown;
  set roadmap(value: Roadmap | string | null);
  /** The layout in use once ready, else the one set. Set a precomputed layout (used when it matches the roadmap). */
  get layout(): RoadmapLayout | undefined;
  set layout(value: RoadmapLayout | undefined);
  /** The reader's progress on this roadmap. Setting it replaces it and saves it. */
  get progress(): Progress;
  set progress(value: Progress);
  /**
   * Longest time in milliseconds each step of loading may take: downloading `src`, loading the
   * worker plus a layout, or reading Markdown or long JSON in it.
   * @default 30000
   */
  get layoutTimeout(): number;
  set layoutTimeout(value: number);
  /**
   * Opens the panel of a topic (or section) and brings it into view. Before the roadmap is on
   * screen the id is kept and opened then. `false` when the roadmap shown has no such id.
   */
  openTopic(id: string): boolean;
  /** Closes the topic panel. */
  closeTopic(): void;
  /** Zooms and pans the map so the whole roadmap is in view. */
  fit(): void;
  addEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RoadmapGraphElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Registers the element under `name` (default `roadmap-graph`); harmless when the name is taken
 * already (the first definition stays). Returns the class registered under the name, or
 * `undefined` where there is no `customElements` (a server render).
 */
export declare function defineRoadmapGraph(name?: string): CustomElementConstructor | undefined;

/**
 * Replaces each ` ```roadmap ` fence already in `root` (`<pre><code class="language-roadmap">`)
 * with a `<roadmap-graph>` holding the fence's text, and the fence itself as its fallback.
 * Returns the elements made, in document order.
 */
export declare function upgradeFences(root: ParentNode): HTMLElement[];

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-graph': RoadmapGraphElement;
  }
}
