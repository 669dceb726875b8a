import type { MarkdownWarning } from '@roadmap-graph/core';
import { loadSource, type SourceState } from './loadSource.js';
import { wantedSource } from './wantedSource.js';

/** Options of {@link createSourceLoader}. */
export interface SourceLoaderOptions {
  /** The read worker's URL, read at each load (`RoadmapGraphElement.workerUrl` may be set late). */
  workerUrl(): string;
  /** The deadline of each step, read at each load (the `layoutTimeout` property). */
  timeoutMs(): number;
  /** The data went into a new state. */
  onChange(state: SourceState): void;
}

/** An element's data source; see {@link createSourceLoader}. */
export interface SourceLoader {
  /** Where the data is now. */
  readonly state: SourceState;
  /** Counts the states, so a crash of the map on earlier data is forgotten. */
  readonly version: number;
  /** What the Markdown outline on show had that was ignored or guessed. */
  readonly warnings: MarkdownWarning[];
  /** The `roadmap` property as set: `undefined` when it is not. */
  readonly property: unknown;
  /** Sets the `roadmap` property; it wins over `src` and inline data. */
  setProperty(value: unknown): void;
  /** Loads again when the source changed (`src`, the element's children); nothing while stopped. */
  reload(): void;
  /** Starts loading (the element came near the viewport). */
  start(): void;
  /** Stops: a load under way is aborted, and the next start loads afresh. */
  stop(): void;
}

/**
 * Keeps an element's data in step with where it should come from ({@link wantedSource}): loads
 * it when the source changes, aborting a load still running for the old one, and keeps the
 * state that the view shows.
 */
export function createSourceLoader(host: Element, options: SourceLoaderOptions): SourceLoader {
  let active = false;
  let property: unknown;
  let propertyVersion = 0;
  let key: string | undefined;
  let loading: AbortController | undefined;
  let state: SourceState = { status: 'loading' };
  let version = 0;
  let warnings: MarkdownWarning[] = [];

  const loader: SourceLoader = {
    get state() {
      return state;
    },
    get version() {
      return version;
    },
    get warnings() {
      return warnings;
    },
    get property() {
      return property;
    },
    setProperty(value) {
      property = value ?? undefined;
      propertyVersion++;
      loader.reload();
    },
    reload() {
      if (!active) return;
      const wanted = wantedSource(host, { value: property, version: propertyVersion });
      if (wanted.key === key) return;
      key = wanted.key;
      loading?.abort();
      const controller = new AbortController();
      loading = controller;
      warnings = [];
      loadSource(wanted, {
        workerUrl: options.workerUrl(),
        timeoutMs: options.timeoutMs(),
        signal: controller.signal,
        onState: (next, nextWarnings) => {
          warnings = nextWarnings;
          state = next;
          version++;
          options.onChange(next);
        },
      });
    },
    start() {
      active = true;
      loader.reload();
    },
    stop() {
      active = false;
      loading?.abort();
      loading = undefined;
      key = undefined;
      state = { status: 'loading' };
    },
  };
  return loader;
}
