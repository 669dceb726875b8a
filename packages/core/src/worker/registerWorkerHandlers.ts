import type { ElkGraph } from '../layout/elkGraph.js';
import { isReadRequest, type RoadmapTextFormat, type RoadmapTextOutcome, type WorkerResponse } from './workerProtocol.js';
import type { WorkerScope } from './types.js';

/** What a worker can do for {@link createWorkerEngine}; each request goes to its handler. */
export interface WorkerHandlers {
  /** Lays out an ELK graph (core's `layout-worker` entry registers ELK here). */
  layout?: (graph: ElkGraph) => Promise<ElkGraph>;
  /** Reads roadmap text; see readRoadmapText, which never throws. */
  read?: (format: RoadmapTextFormat, text: string) => RoadmapTextOutcome;
}

const registries = new WeakMap<WorkerScope, WorkerHandlers>();

/**
 * Makes the worker whose global scope is `scope` answer the requests of
 * {@link createWorkerEngine} with `handlers`, added to those registered before (a later handler
 * for the same request replaces the earlier one), so a worker entry states everything it
 * serves, in any order. Requests without a handler, and malformed ones, are answered with an
 * error rather than left hanging.
 *
 * @example
 * // A worker that lays out (core's entry registers ELK) and reads Markdown too:
 * import '@roadmap-graph/core/layout-worker';
 * import { fromMarkdown, readRoadmapText, registerWorkerHandlers } from '@roadmap-graph/core';
 * registerWorkerHandlers({ read: (format, text) => readRoadmapText(format, text, fromMarkdown) });
 */
export function registerWorkerHandlers(handlers: WorkerHandlers, scope: WorkerScope = workerScope()): void {
  const registry = registries.get(scope) ?? {};
  registries.set(scope, Object.assign(registry, handlers));
  // Assigned, not added as a listener: that also replaces the handler that elk.bundled.js
  // installs on the scope when it is loaded in a worker, which speaks ELK's own protocol.
  scope.onmessage = (event) => {
    const id = requestId(event.data);
    answer(registry, event.data)
      .then((response) => scope.postMessage(response))
      // A handler that threw, or a result the browser cannot copy: still an answer.
      .catch((error: unknown) => scope.postMessage({ id, error: describe(error) } satisfies WorkerResponse));
  };
}

/** `self`, the worker's global scope (read when called, so a test can stand one in). */
function workerScope(): WorkerScope {
  return ((globalThis as { self?: unknown }).self ?? globalThis) as WorkerScope;
}

async function answer(handlers: WorkerHandlers, request: unknown): Promise<WorkerResponse> {
  const id = requestId(request);
  if (isReadRequest(request)) {
    if (handlers.read === undefined) return { id, error: 'this worker does not read roadmap text' };
    return { id, result: handlers.read(request.format, request.text) };
  }
  const graph = (request as { graph?: unknown } | null)?.graph;
  if (id < 0 || typeof graph !== 'object' || graph === null) {
    return { id, error: 'layout worker: expected a message { id: number, graph: ElkNode } or { type: "roadmap-graph:read", id, format, text }' };
  }
  if (handlers.layout === undefined) return { id, error: 'this worker does not compute layouts' };
  return { id, result: await handlers.layout(graph as ElkGraph) };
}

function requestId(request: unknown): number {
  const id = (request as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : -1;
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
