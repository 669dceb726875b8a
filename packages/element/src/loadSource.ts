import type { MarkdownWarning } from '@roadmap-graph/core';
import type { SourceState } from './ElementView.js';
import { fetchSource } from './fetchSource.js';
import { readMarkdownInWorker } from './readMarkdownInWorker.js';
import type { SourceFormat } from './sourceFormat.js';
import type { WantedSource } from './wantedSource.js';

/** Options of {@link loadSource}. */
export interface LoadSourceOptions {
  /** The layout worker's URL: it also reads Markdown. */
  workerUrl: string;
  /** Deadline of a Markdown read, in milliseconds. */
  timeoutMs: number;
  /** Stops the load; nothing is reported after it aborts. */
  signal: AbortSignal;
  /** Called with each state the data goes through; `warnings` come from a Markdown outline. */
  onState(state: SourceState, warnings: MarkdownWarning[]): void;
}

/**
 * Gets an element's data from where {@link wantedSource} said: fetches `src`, parses JSON, has
 * Markdown read in the worker. Every failure ends as an error state with paths (`src`,
 * `script`, or the roadmap's own), never as a rejection; no source at all is the `empty` state.
 */
export function loadSource(wanted: WantedSource, options: LoadSourceOptions): void {
  const { signal, onState } = options;
  const report = (state: SourceState, warnings: MarkdownWarning[] = []): void => {
    if (!signal.aborted) onState(state, warnings);
  };
  const fail = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    report({ status: 'error', errors: [{ path: '', message: `could not load the roadmap: ${message}` }] });
  };

  const readText = (format: SourceFormat, text: string, path: string, origin: string): void => {
    if (format === 'json') {
      try {
        report({ status: 'ready', data: JSON.parse(text) as unknown });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report({ status: 'error', errors: [{ path, message: `${origin} is not valid JSON: ${reason}` }] });
      }
      return;
    }
    report({ status: 'loading' });
    readMarkdownInWorker(text, { workerUrl: options.workerUrl, timeoutMs: options.timeoutMs, signal, path })
      .then((outcome) => {
        if (outcome.ok) report({ status: 'ready', data: outcome.roadmap }, outcome.warnings);
        else report({ status: 'error', errors: outcome.errors });
      })
      .catch(fail);
  };

  switch (wanted.kind) {
    case 'property':
      report({ status: 'ready', data: wanted.data });
      return;
    case 'none':
      // Not an error: a page script may still set `roadmap` or add a child script later.
      report({ status: 'empty' });
      return;
    case 'bad-url':
      report({ status: 'error', errors: [{ path: 'src', message: `“${wanted.src}” is not a valid URL` }] });
      return;
    case 'url':
      report({ status: 'loading' });
      fetchSource(wanted.url, signal)
        .then((fetched) => {
          if (fetched.ok) readText(fetched.format, fetched.text, 'src', wanted.url);
          else report({ status: 'error', errors: fetched.errors });
        })
        .catch(fail);
      return;
    case 'inline':
      readText(wanted.format, wanted.text, 'script', 'the roadmap inside the element');
      return;
  }
}
