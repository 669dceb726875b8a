// A type test, checked by tsconfig.worker.json (no test runs it): a real worker's global scope
// and a real Worker fit what core declares it needs of them (src/worker/types.ts), so core can
// be type-checked without the DOM library and still be handed the browser's objects.
import { createWorkerEngine } from '../../src/worker/createWorkerEngine.js';
import { registerWorkerHandlers } from '../../src/worker/registerWorkerHandlers.js';
import type { WorkerLike, WorkerScope } from '../../src/worker/types.js';

export const scope: WorkerScope = self;
export const worker: WorkerLike = new Worker('layout-worker.js');

registerWorkerHandlers({}, self);
createWorkerEngine(() => new Worker('layout-worker.js', { type: 'module' }));
createWorkerEngine(async () => new Worker(URL.createObjectURL(new Blob(['']))));
