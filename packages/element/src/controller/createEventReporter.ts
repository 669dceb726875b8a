import type { MarkdownWarning, ValidationError } from '@roadmap-graph/core';
import type { RoadmapData } from '@roadmap-graph/react';
import { emit } from '../events.js';
import { summarizeErrors } from './summarizeErrors.js';

/** The element's `ready` and `error` events, each fired once for what it reports; see {@link createEventReporter}. */
export interface EventReporter {
  /** `error` for the problems of `cause` (a failed source, the map's error state, a crash), unless reported already. */
  error(cause: unknown, errors: ValidationError[]): void;
  /** `ready` for this ready data, unless reported already. */
  ready(data: Extract<RoadmapData, { status: 'ready' }>, warnings: MarkdownWarning[]): void;
  /** Forgets what was reported: the element left the page, and reports afresh when back. */
  reset(): void;
}

/**
 * Keeps the element from firing the same news twice: the map reports its data on every render,
 * and a source's error reaches both the loader and the map, but the page hears each once.
 */
export function createEventReporter(host: EventTarget): EventReporter {
  let reported: unknown;
  return {
    error(cause, errors) {
      if (reported === cause) return;
      reported = cause;
      emit(host, 'error', { message: summarizeErrors(errors), errors });
    },
    ready(data, warnings) {
      if (reported === data) return;
      reported = data;
      emit(host, 'ready', { roadmap: data.roadmap, layout: data.layout, warnings });
    },
    reset() {
      reported = undefined;
    },
  };
}
