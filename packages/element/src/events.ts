import type { RoadmapGraphEventMap } from '../types/events.js';

// The event types live in the published declarations, their one home (types/events.d.ts).
export type { ErrorDetail, ProgressChangeDetail, ReadyDetail, RoadmapGraphEventListeners, RoadmapGraphEventMap, TopicSelectDetail } from '../types/events.js';

/**
 * How each event travels. `ready`, `topic-select` and `progress-change` bubble and are composed,
 * so a page can listen once on `document`, even for elements inside other shadow roots. `error`
 * behaves like a native element's `error` (an `<img>` that fails to load): fired on the element
 * only, so it never reaches `window.onerror` or `window.addEventListener('error')`, where error
 * monitors would log it as an uncaught error without a message. A page listens on the element,
 * or on `document` in the capture phase.
 */
export const PROPAGATION: Record<keyof RoadmapGraphEventMap, { bubbles: boolean; composed: boolean }> = {
  ready: { bubbles: true, composed: true },
  'topic-select': { bubbles: true, composed: true },
  'progress-change': { bubbles: true, composed: true },
  error: { bubbles: false, composed: false },
};

/** Dispatches one of the element's events, travelling as {@link PROPAGATION} says. */
export function emit<K extends keyof RoadmapGraphEventMap>(target: EventTarget, type: K, detail: RoadmapGraphEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, ...PROPAGATION[type] }));
}
