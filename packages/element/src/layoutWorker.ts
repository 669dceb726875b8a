// The element's worker (dist/roadmap-graph.layout-worker.js): core's ELK layout worker plus
// the Markdown import, both kept out of the page scripts. Built as a classic script so it also
// starts from a blob: URL when the page script lives on another origin.
import './jitless.js';
import '@roadmap-graph/core/layout-worker';
import { fromMarkdown } from '@roadmap-graph/core';
import { isMarkdownRequest, type MarkdownResponse } from './markdownProtocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: MarkdownResponse): void;
}

const scope = self as unknown as WorkerScope;
// Core's worker entry assigns its layout handler to `onmessage` when imported (above); Markdown
// requests are answered here and everything else still reaches it.
const layout = scope.onmessage;

scope.onmessage = (event) => {
  const request = event.data;
  if (!isMarkdownRequest(request)) {
    layout?.call(self, event);
    return;
  }
  const result = fromMarkdown(request.markdown);
  const base = { type: 'roadmap-graph:markdown', id: request.id } as const;
  scope.postMessage(
    result.ok
      ? { ...base, ok: true, roadmap: result.roadmap, warnings: result.warnings }
      : { ...base, ok: false, errors: result.errors, warnings: result.warnings },
  );
};
