import type { RoadmapFenceOptions, RoadmapFenceResult } from '@roadmap-graph/core';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** The options a fence is rendered with, without the engine (the worker has its own). */
export type SyncFenceOptions = Omit<RoadmapFenceOptions, 'engine'>;

type Answer = { result: RoadmapFenceResult } | { thrown: string; type: boolean };

interface Channel {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

/** Longest wait for one fence: a roadmap at the size limits lays out in well under this. */
const TIMEOUT_MS = 120_000;
/** Fences kept rendered, for a dev server that renders the same page again on every edit. */
const CACHE_SIZE = 200;

let channel: Channel | undefined;
const cache = new Map<string, RoadmapFenceResult>();

function open(): Channel {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./fenceWorker.js', import.meta.url), { workerData: { port: port2, flag }, transferList: [port2] });
  // The build may end while the worker idles: it must not keep the process alive.
  worker.unref();
  worker.on('error', () => {
    channel = undefined;
  });
  return { worker, port: port1, flag };
}

/**
 * core's `renderRoadmapFence`, synchronously: markdown-it calls its renderers synchronously and
 * ELK answers with a promise, so the layout runs in a worker thread and this thread waits for it
 * with `Atomics.wait` (as VitePress 1 did for Shiki through synckit). The worker starts with the
 * first fence and is reused; results are kept by text and options.
 */
export function renderFenceSync(text: string, options: SyncFenceOptions): RoadmapFenceResult {
  const key = JSON.stringify([text, options]);
  const cached = cache.get(key);
  if (cached) return cached;
  channel ??= open();
  const { worker, port, flag } = channel;
  Atomics.store(flag, 0, 0);
  worker.postMessage({ text, options });
  if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out') {
    void worker.terminate();
    channel = undefined;
    throw new Error(`roadmap fence: the layout did not finish within ${TIMEOUT_MS / 1000} s`);
  }
  const answer = receiveMessageOnPort(port)?.message as Answer | undefined;
  if (answer === undefined) throw new Error('roadmap fence: the layout worker gave no answer');
  if ('thrown' in answer) throw answer.type ? new TypeError(answer.thrown) : new Error(answer.thrown);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, answer.result);
  return answer.result;
}
