import { resolveWorkerScript } from './resolveWorkerScript.js';
import type { WorkerRole } from './workerFile.js';

/**
 * The element's worker factory for core's worker client: fetches the script first when it is
 * on another origin (see resolveWorkerScript), so starting may take a while; the client's
 * deadline covers it. `name` shows in the browser's developer tools.
 */
export function startWorker(workerUrl: string, name: string, role: WorkerRole): () => Promise<Worker> {
  return async () => new Worker(await resolveWorkerScript(workerUrl, role), { name: `roadmap-graph ${name}` });
}
