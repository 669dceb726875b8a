import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createLayoutWorker } from '../createLayoutWorker.js';
import { INLINE_TEXT_LIMIT, TEXT_READ_TIMEOUT_MS } from '../roadmapText/inlineTextLimit.js';
import { readRoadmapTextInWorker } from '@roadmap-graph/core';
import { parseRoadmapInput, type ParsedRoadmap } from '../data/parseRoadmapInput.js';
import { trustValidatedRoadmap } from '../data/trustedRoadmaps.js';

const noSubscription = (): (() => void) => () => {};

/**
 * Roadmap input validated with its graph built: at once for objects and short text, in a worker
 * (with a deadline) for JSON text longer than {@link INLINE_TEXT_LIMIT}, so that text from
 * outside the page's own code never blocks the main thread. `undefined` while the worker reads.
 * On the server, during hydration (the markup must match the server's) and where there are no
 * Web Workers, long text is validated inline too.
 */
export function useParsedRoadmap(input: unknown): ParsedRoadmap | undefined {
  // false on the server and while hydrating; true in the browser afterwards.
  const client = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const offThread = client && typeof input === 'string' && input.length > INLINE_TEXT_LIMIT && typeof Worker !== 'undefined';
  const inline = useMemo(() => (offThread ? undefined : parseRoadmapInput(input)), [input, offThread]);
  const [read, setRead] = useState<{ text: string; parsed: ParsedRoadmap } | undefined>(undefined);

  useEffect(() => {
    if (!offThread || typeof input !== 'string') return;
    const controller = new AbortController();
    const done = (parsed: ParsedRoadmap): void => {
      if (!controller.signal.aborted) setRead({ text: input, parsed });
    };
    readRoadmapTextInWorker('json', input, { createWorker: createLayoutWorker, timeoutMs: TEXT_READ_TIMEOUT_MS, signal: controller.signal }).then(
      (outcome) => done(outcome.ok ? parseRoadmapInput(trustValidatedRoadmap(outcome.roadmap, outcome.graph, outcome.baked)) : { ok: false, errors: outcome.errors }),
      (error: unknown) => {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        const reason = timedOut
          ? `checking it took longer than ${TEXT_READ_TIMEOUT_MS / 1000} s and was stopped`
          : `it could not be checked in a Web Worker (${error instanceof Error ? error.message : String(error)}); pass the roadmap as an object instead of JSON text`;
        done({ ok: false, errors: [{ path: '', message: `this roadmap is ${Math.round(input.length / 1024)} KB of JSON text: ${reason}` }] });
      },
    );
    return () => controller.abort();
  }, [input, offThread]);

  if (!offThread) return inline;
  return read?.text === input ? read.parsed : undefined;
}
