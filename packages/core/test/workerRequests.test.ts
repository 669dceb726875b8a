import type { ElkGraph } from '../src/layout/elkGraph.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { createWorkerEngine } from '../src/worker/createWorkerEngine.js';
import { readRoadmapText } from '../src/worker/readRoadmapText.js';
import { readRoadmapTextInWorker } from '../src/worker/readRoadmapTextInWorker.js';
import { registerWorkerHandlers, type WorkerHandlers } from '../src/worker/registerWorkerHandlers.js';
import type { WorkerEventLike, WorkerLike, WorkerScope } from '../src/worker/types.js';
import type { WorkerResponse } from '../src/worker/workerProtocol.js';
import { smallRoadmap } from './support/smallRoadmap.js';

// The client (createWorkerEngine) against the worker side (registerWorkerHandlers) on one
// stand-in worker: what one posts, the other answers on a later task, as across threads.

/** A worker whose global scope runs the real handler registry. */
class LoopbackWorker implements WorkerLike {
  readonly posted: unknown[] = [];
  terminated = false;
  readonly scope: WorkerScope;
  private readonly listeners = new Map<string, ((event: WorkerEventLike) => void)[]>();

  constructor(handlers: WorkerHandlers) {
    this.scope = {
      onmessage: null,
      postMessage: (message) => this.emit('message', { data: structuredClone(message) }),
    };
    registerWorkerHandlers(handlers, this.scope);
  }

  addEventListener(type: string, listener: (event: WorkerEventLike) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.scope.onmessage?.({ data: copy });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private emit(type: string, event: object): void {
    if (this.terminated) return;
    for (const listener of this.listeners.get(type) ?? []) listener({ preventDefault: () => {}, ...event });
  }
}

const echoLayout = async (graph: ElkGraph): Promise<ElkGraph> => ({ ...graph, width: 1, height: 1 });
const tinyGraph = (): ElkGraph => ({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });
const json = JSON.stringify(smallRoadmap());
const outline = '# Web developer\n\n## Basics\n\n- Syntax\n- Functions\n';

afterEach(() => {
  vi.useRealTimers();
});

describe('createWorkerEngine with a worker that starts later', () => {
  it('waits for a worker the factory resolves with, then lays out and reads in it', async () => {
    const workers: LoopbackWorker[] = [];
    const engine = createWorkerEngine(async () => {
      await new Promise((next) => setTimeout(next, 5));
      const worker = new LoopbackWorker({ layout: echoLayout, read: (format, text) => readRoadmapText(format, text) });
      workers.push(worker);
      return worker;
    });
    await expect(engine.layout(tinyGraph())).resolves.toMatchObject({ id: 'root', width: 1 });
    const outcome = await engine.read('json', json);
    expect(outcome).toMatchObject({ ok: true, roadmap: { id: 'web-dev' }, baked: { status: 'missing' } });
    expect(outcome.ok && [...outcome.graph.nodes.keys()]).toContain('functions');
    // One worker served both; the read went as the documented message.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted[1]).toEqual({ type: 'roadmap-graph:read', id: 2, format: 'json', text: json });
    engine.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('counts starting the worker within the one deadline, and stops a worker that arrives late', async () => {
    vi.useFakeTimers();
    const late: LoopbackWorker[] = [];
    const engine = createWorkerEngine(
      () =>
        new Promise<WorkerLike>((resolve) =>
          setTimeout(() => {
            const worker = new LoopbackWorker({ layout: echoLayout });
            late.push(worker);
            resolve(worker);
          }, 1_500),
        ),
      { timeoutMs: 1_000 },
    );
    const layout = engine.layout(tinyGraph());
    const failed = expect(layout).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'Layout timed out after 1000 ms; the layout worker was terminated. Raise timeoutMs or lay out a smaller roadmap.',
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await failed;
    await vi.advanceTimersByTimeAsync(500);
    expect(late).toHaveLength(1);
    expect(late[0]!.terminated).toBe(true);
    expect(late[0]!.posted).toEqual([]);
  });

  it('rejects with the factory’s own reason when the worker cannot start, and tries again next time', async () => {
    let attempts = 0;
    const engine = createWorkerEngine(async () => {
      attempts++;
      if (attempts === 1) throw new Error('could not load the layout worker from https://cdn.test/w.js: HTTP 404');
      return new LoopbackWorker({ layout: echoLayout });
    });
    await expect(engine.layout(tinyGraph())).rejects.toThrow('could not load the layout worker from https://cdn.test/w.js: HTTP 404');
    await expect(engine.layout(tinyGraph())).resolves.toMatchObject({ id: 'root' });
  });

  it('stops waiting for the worker on abort, and terminates it when it comes', async () => {
    let arrive: ((worker: WorkerLike) => void) | undefined;
    const engine = createWorkerEngine(() => new Promise<WorkerLike>((resolve) => (arrive = resolve)));
    const controller = new AbortController();
    const read = engine.read('json', json, controller.signal);
    controller.abort(new Error('the element was removed'));
    await expect(read).rejects.toThrow('the element was removed');
    const worker = new LoopbackWorker({ read: (format, text) => readRoadmapText(format, text) });
    arrive!(worker);
    await vi.waitFor(() => expect(worker.terminated).toBe(true));
    expect(worker.posted).toEqual([]);
  });

  it('names a read that runs out of time, and a worker that cannot read', async () => {
    const silent = createWorkerEngine(() => ({ postMessage() {}, terminate() {}, addEventListener() {} }), { timeoutMs: 20 });
    await expect(silent.read('markdown', outline)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'Reading the roadmap timed out after 20 ms; the layout worker was terminated. Raise timeoutMs or read a smaller roadmap.',
    });
    const layoutOnly = createWorkerEngine(() => new LoopbackWorker({ layout: echoLayout }));
    await expect(layoutOnly.read('json', json)).rejects.toThrow('The worker could not read the roadmap: this worker does not read roadmap text');
  });
});

describe('readRoadmapTextInWorker', () => {
  it('reads in a worker of its own and terminates it after the answer', async () => {
    const workers: LoopbackWorker[] = [];
    const createWorker = () => {
      const worker = new LoopbackWorker({ read: (format, text) => readRoadmapText(format, text, fromMarkdown) });
      workers.push(worker);
      return worker;
    };
    const outcome = await readRoadmapTextInWorker('markdown', outline, { createWorker, timeoutMs: 10_000 });
    expect(outcome).toMatchObject({ ok: true, roadmap: { title: 'Web developer' } });
    expect(workers.map((worker) => worker.terminated)).toEqual([true]);
  });
});

describe('registerWorkerHandlers', () => {
  const answers = (handlers: WorkerHandlers[], messages: unknown[]): Promise<WorkerResponse[]> => {
    const replies: WorkerResponse[] = [];
    // What elk.bundled.js installs in a worker: it must not answer too.
    const scope: WorkerScope = { onmessage: () => replies.push({ id: -2, error: 'ELK protocol' }), postMessage: (reply) => replies.push(reply as WorkerResponse) };
    for (const set of handlers) registerWorkerHandlers(set, scope);
    for (const data of messages) scope.onmessage?.({ data });
    return vi.waitFor(() => {
      expect(replies).toHaveLength(messages.length);
      return replies;
    });
  };

  it('sends each request to its handler, registered in any order, replacing the handler found on the scope', async () => {
    const read = (format: 'json' | 'markdown', text: string) => readRoadmapText(format, text, fromMarkdown);
    const replies = await answers(
      [{ read }, { layout: echoLayout }],
      [
        { id: 1, graph: tinyGraph() },
        { type: 'roadmap-graph:read', id: 2, format: 'markdown', text: outline },
      ],
    );
    const byId = new Map(replies.map((reply) => [reply.id, reply]));
    expect(byId.get(1)).toMatchObject({ result: { id: 'root', width: 1 } });
    expect(byId.get(2)).toMatchObject({ result: { ok: true, roadmap: { title: 'Web developer' } } });
    expect(byId.has(-2)).toBe(false);
  });

  it('answers what it cannot serve with an error, never silence', async () => {
    const replies = await answers(
      [{ read: (format, text) => readRoadmapText(format, text) }],
      [
        { type: 'roadmap-graph:read', id: 1, format: 'markdown', text: outline },
        { id: 2, graph: tinyGraph() },
        { hello: 'there' },
        { type: 'roadmap-graph:read', id: 3, format: 'json', text: '{"id": ' },
      ],
    );
    const byId = new Map(replies.map((reply) => [reply.id, reply]));
    expect(byId.get(1)).toMatchObject({ result: { ok: false, errors: [{ message: 'this worker reads JSON roadmaps only, not Markdown outlines' }] } });
    expect(byId.get(2)).toEqual({ id: 2, error: 'this worker does not compute layouts' });
    expect(byId.get(-1)).toMatchObject({ error: expect.stringMatching(/expected a message \{ id: number, graph: ElkNode \}/) });
    expect(byId.get(3)).toMatchObject({ result: { ok: false, syntaxError: expect.any(String), errors: [{ message: expect.stringMatching(/^not valid JSON/) }] } });
  });

  it('reports a handler that throws as that request’s error', async () => {
    const replies = await answers(
      [
        {
          layout: () => {
            throw { g: 'java.lang.IllegalStateException: bad graph' };
          },
        },
      ],
      [{ id: 4, graph: tinyGraph() }],
    );
    expect(replies).toEqual([{ id: 4, error: 'java.lang.IllegalStateException: bad graph' }]);
  });
});
