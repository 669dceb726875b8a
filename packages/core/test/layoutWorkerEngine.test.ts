import type { ElkNode } from 'elkjs/lib/elk-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createWorkerEngine } from '../src/worker/createWorkerEngine.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import type { WorkerLike } from '../src/worker/types.js';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from '../src/worker/workerProtocol.js';
import { layoutViolations } from './support/layoutViolations.js';
import { smallRoadmap } from './support/smallRoadmap.js';

type Behaviour = (request: LayoutWorkerRequest, reply: (response: LayoutWorkerResponse) => void, worker: FakeWorker) => void;

/** Just enough of a Web Worker for the engine: messages, error events, terminate. */
class FakeWorker {
  readonly posted: LayoutWorkerRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  constructor(private readonly behaviour: Behaviour) {}

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(request: LayoutWorkerRequest): void {
    this.posted.push(request);
    const copy = structuredClone(request);
    setTimeout(() => this.behaviour(copy, (response) => this.emit('message', { data: structuredClone(response) }), this), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(type: string, event: object): void {
    if (this.terminated) return;
    for (const listener of this.listeners.get(type) ?? []) listener({ preventDefault: () => {}, ...event });
  }
}

const elk = createElkEngine();
const realElk: Behaviour = (request, reply) => {
  elk.layout(request.graph).then((result) => reply({ id: request.id, result }));
};
const never: Behaviour = () => {};
/** Answers at once (the graph back as laid out): no ELK time that a short deadline could race. */
const echo: Behaviour = (request, reply) => reply({ id: request.id, result: request.graph });
const tinyGraph = (): ElkNode => ({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });

function fakes(behaviour: Behaviour) {
  const workers: FakeWorker[] = [];
  const createWorker = vi.fn(() => {
    const worker = new FakeWorker(behaviour);
    workers.push(worker);
    return worker as unknown as WorkerLike;
  });
  return { workers, createWorker };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createWorkerEngine', () => {
  it('lays out a roadmap through the worker, starting it on first use and reusing it', async () => {
    const { workers, createWorker } = fakes(realElk);
    const engine = createWorkerEngine(createWorker);
    expect(createWorker).not.toHaveBeenCalled();
    const graph = buildGraph(smallRoadmap());
    const viaWorker = await layoutRoadmap(graph, { engine });
    const inThread = await layoutRoadmap(graph, { engine: createElkEngine() });
    expect(JSON.stringify(viaWorker)).toBe(JSON.stringify(inThread));
    expect(layoutViolations(graph, viaWorker)).toEqual([]);
    await engine.layout(tinyGraph());
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(workers[0]?.posted.map((request) => request.id)).toEqual([1, 2]);
    engine.dispose();
    expect(workers[0]?.terminated).toBe(true);
  });

  it('runs layouts one at a time, in the order asked', async () => {
    const { workers, createWorker } = fakes(realElk);
    const engine = createWorkerEngine(createWorker);
    const first = engine.layout(tinyGraph());
    const second = engine.layout({ ...tinyGraph(), id: 'second' });
    expect(workers[0]?.posted).toHaveLength(1);
    await expect(first).resolves.toMatchObject({ id: 'root' });
    await expect(second).resolves.toMatchObject({ id: 'second' });
    expect(workers[0]?.posted).toHaveLength(2);
  });

  it('rejects with a clear message on timeout, terminates the worker and uses a fresh one next', async () => {
    let hang = true;
    const { workers, createWorker } = fakes((request, reply, worker) => (hang ? never(request, reply, worker) : echo(request, reply, worker)));
    const engine = createWorkerEngine(createWorker, { timeoutMs: 50 });
    const timedOut = engine.layout(tinyGraph());
    await expect(timedOut).rejects.toThrow(/Layout timed out after 50 ms; the layout worker was terminated/);
    await expect(timedOut).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(workers[0]?.terminated).toBe(true);
    hang = false;
    await expect(engine.layout(tinyGraph())).resolves.toMatchObject({ id: 'root' });
    expect(createWorker).toHaveBeenCalledTimes(2);
  });

  it('terminates the worker when a running layout is aborted, so the computation stops', async () => {
    const { workers, createWorker } = fakes(never);
    const engine = createWorkerEngine(createWorker);
    const controller = new AbortController();
    const running = engine.layout(tinyGraph(), controller.signal);
    const queued = engine.layout(tinyGraph());
    // Abort once the worker is busy with it.
    await vi.waitFor(() => expect(workers[0]?.posted).toHaveLength(1));
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    // The queued layout moves on to a fresh worker.
    expect(createWorker).toHaveBeenCalledTimes(2);
    expect(workers[1]?.posted).toHaveLength(1);
    engine.dispose();
    await expect(queued).rejects.toThrow(/disposed/);
  });

  it('drops an aborted layout from the queue without bothering the worker', async () => {
    const { workers, createWorker } = fakes(realElk);
    const engine = createWorkerEngine(createWorker);
    const controller = new AbortController();
    const first = engine.layout(tinyGraph());
    const second = engine.layout(tinyGraph(), controller.signal);
    controller.abort(new Error('user left the page'));
    await expect(second).rejects.toThrow('user left the page');
    await first;
    expect(workers[0]?.posted).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
  });

  it('rejects at once, without a worker, when the signal is already aborted', async () => {
    const { createWorker } = fakes(realElk);
    const engine = createWorkerEngine(createWorker);
    await expect(engine.layout(tinyGraph(), AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('passes on errors reported by the worker, and worker crashes', async () => {
    const failing = fakes((request, reply) => reply({ id: request.id, error: 'java.lang.IllegalStateException: bad graph' }));
    await expect(createWorkerEngine(failing.createWorker).layout(tinyGraph())).rejects.toThrow(
      'ELK layout failed: java.lang.IllegalStateException: bad graph',
    );
    const crashing = fakes((_, __, worker) => worker.emit('error', { message: 'Uncaught SyntaxError' }));
    const engine = createWorkerEngine(crashing.createWorker);
    await expect(engine.layout(tinyGraph())).rejects.toThrow('The layout worker failed: Uncaught SyntaxError');
    expect(crashing.workers[0]?.terminated).toBe(true);
  });

  it('ignores answers to other requests and from terminated workers', async () => {
    const { createWorker } = fakes((request, reply) => {
      reply({ id: request.id + 100, result: tinyGraph() });
      setTimeout(() => reply({ id: request.id, result: { ...tinyGraph(), id: 'right' } }), 1);
    });
    await expect(createWorkerEngine(createWorker).layout(tinyGraph())).resolves.toMatchObject({ id: 'right' });
  });

  it('rejects every layout after dispose', async () => {
    const { createWorker } = fakes(realElk);
    const engine = createWorkerEngine(createWorker);
    engine.dispose();
    await expect(engine.layout(tinyGraph())).rejects.toThrow(/disposed/);
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('explains bad arguments', () => {
    expect(() => createWorkerEngine(undefined as unknown as () => WorkerLike)).toThrow(/createWorker must be a function/);
    expect(() => createWorkerEngine(() => ({}) as WorkerLike, { timeoutMs: 0 })).toThrow(/timeoutMs must be a positive number/);
  });
});

describe('layout worker entry', () => {
  it('answers { id, graph } with { id, result } and bad messages with { id, error }', async () => {
    const replies: LayoutWorkerResponse[] = [];
    const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (r: LayoutWorkerResponse) => void } = {
      onmessage: null,
      postMessage: (response) => replies.push(response),
    };
    vi.stubGlobal('self', scope);
    try {
      await import('../src/layout/layoutWorker.js');
      expect(typeof scope.onmessage).toBe('function');
      scope.onmessage?.({ data: { id: 7, graph: tinyGraph() } });
      scope.onmessage?.({ data: { graph: tinyGraph() } });
      scope.onmessage?.({ data: { id: 8, graph: { id: 'root', edges: [{ id: 'e', sources: ['missing'], targets: ['x'] }] } } });
      await vi.waitFor(() => expect(replies).toHaveLength(3));
    } finally {
      vi.unstubAllGlobals();
    }
    const byId = new Map(replies.map((reply) => [reply.id, reply]));
    expect(byId.get(7)).toMatchObject({ result: { id: 'root', width: expect.any(Number) } });
    expect(byId.get(-1)).toMatchObject({ error: expect.stringMatching(/expected a message \{ id: number, graph: ElkNode \}/) });
    expect(byId.get(8)).toMatchObject({ error: expect.stringMatching(/missing/) });
  });
});
