// The thread that lays out fences for the markdown-it plugin (see renderFenceSync.ts): ELK's API
// answers with a promise, markdown-it renders synchronously, so the plugin's thread waits on a
// shared flag while this one runs core's renderRoadmapFence. Plain JavaScript, so that the same
// file runs from the sources (tests) and from dist.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ port: import('node:worker_threads').MessagePort, flag: Int32Array }} */
const { port, flag } = workerData;
// Imported here rather than at the top, so that a failure reaches the waiting thread as an
// answer instead of leaving it waiting for one.
const loaded = Promise.all([import('@roadmap-graph/core'), import('@roadmap-graph/core/elk-node')]);
/** @type {import('@roadmap-graph/core').LayoutEngine | undefined} */
let engine;

parentPort?.on('message', async (/** @type {{ text: string, options: object }} */ request) => {
  let answer;
  try {
    const [core, elk] = await loaded;
    engine ??= elk.createElkEngine();
    answer = { result: await core.renderRoadmapFence(request.text, { ...request.options, engine }) };
  } catch (error) {
    answer = { thrown: error instanceof Error ? error.message : String(error), type: error instanceof TypeError };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
