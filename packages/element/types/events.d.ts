// The events of <roadmap-graph> and their typed listeners (shipped as dist/events.d.ts,
// re-exported by dist/roadmap-graph.d.ts). The one home of these types: the element's sources
// (src/events.ts, src/RoadmapGraphElement.ts) take them from here.
import type { MarkdownWarning, Progress, Roadmap, RoadmapLayout, Section, Topic, TopicState, ValidationError } from './data.js';

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

/**
 * `addEventListener` and `removeEventListener` typed for the element's events (`detail` typed),
 * the DOM's own events, and any other name.
 */
export interface RoadmapGraphEventListeners<Self> {
  addEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: Self, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RoadmapGraphEventMap>(
    type: K,
    listener: (this: Self, event: RoadmapGraphEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: Self, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
