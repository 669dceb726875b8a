import type { MarkdownWarning, ValidationError } from '@roadmap-graph/core';
import { INLINE_TEXT_LIMIT, trustValidatedRoadmap } from '@roadmap-graph/react/internal';
import { fetchSource } from './fetchSource.js';
import { readTextInWorker } from '../worker/readTextInWorker.js';
import type { SourceFormat } from './sourceFormat.js';
import type { WantedSource } from './wantedSource.js';

/** Where the element's data is: being fetched or read, failed, or there. */
export type SourceState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; errors: ValidationError[] }
  | { status: 'ready'; data: unknown };

/** Options of {@link loadSource}. */
export interface LoadSourceOptions {
  /** The read worker's URL: it reads Markdown and long JSON (see readWorkerFileUrl). */
  workerUrl: string;
  /** Deadline of the download of `src`, and of a read in the worker, in milliseconds. */
  timeoutMs: number;
  /** Stops the load; nothing is reported after it aborts. */
  signal: AbortSignal;
  /** Called with each state the data goes through; `warnings` come from a Markdown outline. */
  onState(state: SourceState, warnings: MarkdownWarning[]): void;
}

/**
 * Gets an element's data from where {@link wantedSource} said: fetches `src` (capped and with a
 * deadline), and reads the text. Short JSON is parsed here and validated by the map as usual;
 * Markdown, and JSON longer than INLINE_TEXT_LIMIT, are read and validated in the worker, so
 * text from outside the page's own code never blocks the page. Every failure ends as an error
 * state with paths (`src`, `script`, `roadmap`, or the roadmap's own), never as a rejection; no
 * source at all is the `empty` state.
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
    if (format === 'json' && text.length <= INLINE_TEXT_LIMIT) {
      try {
        report({ status: 'ready', data: JSON.parse(text) as unknown });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report({ status: 'error', errors: [{ path, message: `${origin} is not valid JSON: ${reason}` }] });
      }
      return;
    }
    report({ status: 'loading' });
    readTextInWorker(format, text, { workerUrl: options.workerUrl, timeoutMs: options.timeoutMs, signal, path })
      // A task of its own for what follows: the answer's copy into this thread and the map's
      // first render each take time with big input, and must not add up to one long task.
      .then((outcome) => new Promise<typeof outcome>((resolve) => setTimeout(() => resolve(outcome), 0)))
      .then((outcome) => {
        // Validated, its graph built and its baked layout checked in the worker: the map takes them as they are.
        if (outcome.ok) report({ status: 'ready', data: trustValidatedRoadmap(outcome.roadmap, outcome.graph, outcome.baked) }, outcome.warnings);
        else if (outcome.syntaxError !== undefined) report({ status: 'error', errors: [{ path, message: `${origin} is not valid JSON: ${outcome.syntaxError}` }] });
        else report({ status: 'error', errors: outcome.errors });
      })
      .catch(fail);
  };

  switch (wanted.kind) {
    case 'property':
      if (typeof wanted.data === 'string') readText('json', wanted.data, 'roadmap', 'the roadmap property');
      else report({ status: 'ready', data: wanted.data });
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
      fetchSource(wanted.url, { signal, timeoutMs: options.timeoutMs })
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
