// Web Worker entry (`@roadmap-graph/core/layout-worker`): runs ELK off the main thread for
// createWorkerEngine. Self-contained on purpose, so bundlers can emit it as its own chunk, e.g.
// with Vite: `import LayoutWorker from '@roadmap-graph/core/layout-worker?worker'`, or with a
// copied file: `new Worker(new URL('./layoutWorker.js', import.meta.url), { type: 'module' })`.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './layoutWorkerProtocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: LayoutWorkerResponse): void;
}

/** ELK throws Java exceptions compiled to JS; find a readable message in whatever came. */
function describe(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  if (typeof error === 'object' && error !== null) {
    const record = error as Record<string, unknown>;
    for (const key of ['message', 'g']) {
      if (typeof record[key] === 'string' && record[key] !== '') return record[key];
    }
  }
  return String(error);
}

const elk = new ELK();
const scope = self as unknown as WorkerScope;

// Assigning (not adding a listener) also replaces the handler that elk.bundled.js installs
// on `self` when it is loaded inside a worker, which speaks ELK's own protocol.
scope.onmessage = (event) => {
  const request = event.data as Partial<LayoutWorkerRequest> | null;
  const id = typeof request?.id === 'number' ? request.id : -1;
  if (id < 0 || typeof request?.graph !== 'object' || request.graph === null) {
    scope.postMessage({ id, error: 'layout worker: expected a message { id: number, graph: ElkNode }' });
    return;
  }
  elk.layout(request.graph).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: describe(error) }),
  );
};
