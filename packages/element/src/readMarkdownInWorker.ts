import type { MarkdownWarning, Roadmap, ValidationError } from '@roadmap-graph/core';
import type { MarkdownRequest, MarkdownResponse } from './markdownProtocol.js';
import { resolveWorkerScript } from './resolveWorkerScript.js';
import { withDeadline } from './withDeadline.js';
import { workerFailure } from './workerFailure.js';

/** A Markdown outline read into a roadmap, or every problem with it. */
export type MarkdownOutcome =
  | { ok: true; roadmap: Roadmap; warnings: MarkdownWarning[] }
  | { ok: false; errors: ValidationError[] };

let nextId = 1;

/**
 * Reads a Markdown outline into a roadmap with core's `fromMarkdown`, in the element's worker
 * (the Markdown parser stays out of the page script, and the main thread free). The worker is
 * terminated when done, on abort and on time-out. Resolves with errors rather than rejecting,
 * except on abort.
 */
export async function readMarkdownInWorker(
  markdown: string,
  options: { workerUrl: string; timeoutMs: number; signal: AbortSignal; path: string },
): Promise<MarkdownOutcome> {
  const { workerUrl, timeoutMs, signal, path } = options;
  let worker: Worker | undefined;
  const stop = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  try {
    const response = await withDeadline(
      timeoutMs,
      signal,
      async (inner) => {
        const script = await resolveWorkerScript(workerUrl);
        inner.throwIfAborted();
        worker = new Worker(script, { name: 'roadmap-graph markdown' });
        return ask(worker, markdown, inner);
      },
      () => {
        stop();
        return workerFailure('timeout', timeoutMs, workerUrl);
      },
    );
    if (response.ok) return { ok: true, roadmap: response.roadmap, warnings: response.warnings };
    return { ok: false, errors: response.errors };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const reason = workerFailure(error, timeoutMs, workerUrl).message;
    return { ok: false, errors: [{ path, message: `could not read the Markdown outline: ${reason}` }] };
  } finally {
    stop();
  }
}

function ask(worker: Worker, markdown: string, signal: AbortSignal): Promise<MarkdownResponse> {
  const id = nextId++;
  return new Promise<MarkdownResponse>((resolve, reject) => {
    const onMessage = (event: MessageEvent<unknown>): void => {
      const data = event.data as Partial<MarkdownResponse> | null;
      if (data?.type === 'roadmap-graph:markdown' && data.id === id) resolve(data as MarkdownResponse);
    };
    const onError = (event: Event): void => {
      // Keeps the failure from also being reported as an uncaught error on the page.
      event.preventDefault();
      const message = (event as Partial<ErrorEvent>).message;
      reject(new Error(`the worker failed${message ? `: ${message}` : ''}`));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    const request: MarkdownRequest = { type: 'roadmap-graph:markdown', id, markdown };
    worker.postMessage(request);
  });
}
