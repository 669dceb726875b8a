import type { MarkdownWarning, Progress, Roadmap, RoadmapLayout, Section, Topic, TopicState, ValidationError } from '@roadmap-graph/core';

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

/** The events of `<roadmap-graph>` and their details, for `addEventListener` typing. */
export interface RoadmapGraphEventMap {
  ready: CustomEvent<ReadyDetail>;
  'topic-select': CustomEvent<TopicSelectDetail>;
  'progress-change': CustomEvent<ProgressChangeDetail>;
  error: CustomEvent<ErrorDetail>;
}

/**
 * How each event travels. `ready`, `topic-select` and `progress-change` bubble and are composed,
 * so a page can listen once on `document`, even for elements inside other shadow roots. `error`
 * behaves like a native element's `error` (an `<img>` that fails to load): fired on the element
 * only, so it never reaches `window.onerror` or `window.addEventListener('error')`, where error
 * monitors would log it as an uncaught error without a message. A page listens on the element,
 * or on `document` in the capture phase.
 */
const PROPAGATION: Record<keyof RoadmapGraphEventMap, { bubbles: boolean; composed: boolean }> = {
  ready: { bubbles: true, composed: true },
  'topic-select': { bubbles: true, composed: true },
  'progress-change': { bubbles: true, composed: true },
  error: { bubbles: false, composed: false },
};

/** Dispatches one of the element's events, travelling as {@link PROPAGATION} says. */
export function emit<K extends keyof RoadmapGraphEventMap>(target: EventTarget, type: K, detail: RoadmapGraphEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, ...PROPAGATION[type] }));
}
