// The playground's draft worker: reads and validates the draft (Markdown import, JSON parse,
// schema) off the main thread, so that no text, typed or from a share link, can freeze the
// page; useDraftAnalysis stops it when it takes too long. Started by useDraftAnalysis with
// `new Worker(new URL('./draftWorker.ts', import.meta.url), { type: 'module' })`.
import { analyzeDraft } from './analyzeDraft.js';
import { isDraftAnalysisRequest, type DraftAnalysisResponse } from './draftAnalysisProtocol.js';

const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: DraftAnalysisResponse): void };

scope.onmessage = (event) => {
  const request = event.data;
  if (!isDraftAnalysisRequest(request)) return;
  scope.postMessage({ type: 'playground:analyze', id: request.id, analysis: analyzeDraft(request.draft) });
};
