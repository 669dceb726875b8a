import { useEffect, useRef, useState } from 'react';
import type { DraftAnalysis } from './analyzeDraft.js';
import type { DraftAnalysisRequest, DraftAnalysisResponse } from './draftAnalysisProtocol.js';
import type { Draft } from './types.js';

/**
 * How long one analysis may take in the worker. Real drafts take milliseconds; 10 s leaves a
 * loaded machine ample room and ends a pathological text (a share link crafted to make the
 * Markdown parser work for minutes) long before a reader gives up on the page.
 */
export const ANALYSIS_TIMEOUT_MS = 10_000;

/**
 * A newer draft does not wait longer than this for an older one: past it, the worker busy with
 * the old draft is stopped (its result would be stale anyway) and a fresh one reads the new.
 */
const SUPERSEDE_AFTER_MS = 500;

/** The result of analysing one draft in the worker. */
export interface FinishedAnalysis extends DraftAnalysis {
  /** The draft analysed (compare with the current one: analyses arrive after the text changed). */
  draft: Draft;
  /** The analysis ran past {@link ANALYSIS_TIMEOUT_MS} and was stopped; `problems` says so. */
  timedOut: boolean;
}

/** What {@link useDraftAnalysis} returns. */
export interface DraftAnalysisState {
  /** The newest finished analysis, possibly of an older draft than the current one. */
  latest: FinishedAnalysis | undefined;
  /** The current draft is still being analysed. */
  pending: boolean;
}

const startWorker = (): Worker => new Worker(new URL('./draftWorker.ts', import.meta.url), { type: 'module', name: 'playground draft' });

/**
 * Analyses each new draft in a worker that stays warm for the page's life, one at a time: while
 * one runs, newer drafts wait and only the latest is analysed next (a slow old one is given up
 * for it after {@link SUPERSEDE_AFTER_MS}). An analysis that runs past
 * {@link ANALYSIS_TIMEOUT_MS} is stopped by terminating the worker (a fresh one serves the next
 * draft) and reported as a problem of that draft. The main thread never parses the draft.
 */
export function useDraftAnalysis(draft: Draft): DraftAnalysisState {
  const [latest, setLatest] = useState<FinishedAnalysis | undefined>(undefined);
  const worker = useRef<Worker | undefined>(undefined);
  const running = useRef<{ id: number; draft: Draft; started: number; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);
  const waiting = useRef<Draft | undefined>(undefined);
  const nextId = useRef(1);
  const live = useRef(true);

  const stop = (): void => {
    worker.current?.terminate();
    worker.current = undefined;
  };

  const run = (): void => {
    const job = waiting.current;
    if (running.current !== undefined || job === undefined || !live.current) return;
    waiting.current = undefined;
    const id = nextId.current++;
    let target = worker.current;
    if (target === undefined) {
      const created = startWorker();
      created.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data as Partial<DraftAnalysisResponse> | null;
        const current = running.current;
        if (data?.type !== 'playground:analyze' || current === undefined || data.id !== current.id || !data.analysis) return;
        finish({ ...data.analysis, draft: current.draft, timedOut: false });
      });
      created.addEventListener('error', (event) => {
        event.preventDefault();
        stop();
        const current = running.current;
        if (current) finish(failed(current.draft, `the draft could not be read: ${event.message || 'the worker failed'}`, false));
      });
      worker.current = created;
      target = created;
    }
    const timer = setTimeout(() => {
      // The worker is busy with this draft and cannot be interrupted: stop it.
      stop();
      const current = running.current;
      if (current) finish(failed(current.draft, `reading this draft took longer than ${ANALYSIS_TIMEOUT_MS / 1000} s and was stopped; shorten or simplify it`, true));
    }, ANALYSIS_TIMEOUT_MS);
    running.current = { id, draft: job, started: performance.now(), timer };
    const request: DraftAnalysisRequest = { type: 'playground:analyze', id, draft: job };
    target.postMessage(request);
  };

  /** Gives up the running analysis, if a newer draft waits and it has run long enough. */
  const supersede = (): void => {
    const current = running.current;
    if (current === undefined || waiting.current === undefined) return;
    const ran = performance.now() - current.started;
    if (ran < SUPERSEDE_AFTER_MS) {
      setTimeout(supersede, SUPERSEDE_AFTER_MS - ran);
      return;
    }
    clearTimeout(current.timer);
    running.current = undefined;
    stop();
    run();
  };

  const finish = (analysis: FinishedAnalysis): void => {
    clearTimeout(running.current?.timer);
    running.current = undefined;
    if (!live.current) return;
    setLatest(analysis);
    run();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: on unmount only; `stop` reads refs
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      clearTimeout(running.current?.timer);
      running.current = undefined;
      stop();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` and `supersede` read only refs; the draft is the one input
  useEffect(() => {
    waiting.current = draft;
    run();
    supersede();
  }, [draft]);

  const pending = latest === undefined || latest.draft !== draft;
  return { latest, pending };
}

function failed(draft: Draft, message: string, timedOut: boolean): FinishedAnalysis {
  return { draft, roadmap: undefined, problems: [{ severity: 'error', path: '', message }], timedOut };
}
