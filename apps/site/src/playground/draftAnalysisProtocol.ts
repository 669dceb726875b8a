import type { DraftAnalysis } from './analyzeDraft.js';
import type { Draft } from './types.js';

/** Asks the draft worker to analyse a draft (see draftWorker.ts). */
export interface DraftAnalysisRequest {
  type: 'playground:analyze';
  id: number;
  draft: Draft;
}

/** The draft worker's answer to the request with the same `id`. */
export interface DraftAnalysisResponse {
  type: 'playground:analyze';
  id: number;
  analysis: DraftAnalysis;
}

/** Whether a message is a {@link DraftAnalysisRequest}. */
export function isDraftAnalysisRequest(value: unknown): value is DraftAnalysisRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const draft = record.draft as Record<string, unknown> | null | undefined;
  return (
    record.type === 'playground:analyze' &&
    typeof record.id === 'number' &&
    typeof draft === 'object' &&
    draft !== null &&
    (draft.format === 'markdown' || draft.format === 'json') &&
    typeof draft.text === 'string'
  );
}
