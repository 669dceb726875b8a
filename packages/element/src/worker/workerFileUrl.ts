import { READ_WORKER_URL, WORKER_URL } from '#script-url';
import { READ_WORKER_FILE, WORKER_FILE } from './workerFile.js';

const pageBase = (): string | undefined => (typeof document === 'undefined' ? undefined : document.baseURI);

/**
 * Where the layout worker lives: `override` when given (RoadmapGraphElement.workerUrl), else
 * beside the script that defined the element (the ES module's `new URL(…, import.meta.url)`,
 * which an app's bundler points at its copy of the file; the classic script's tag), else beside
 * the page.
 */
export function workerFileUrl(override?: string): string {
  if (override) return new URL(override, pageBase()).href;
  return WORKER_URL ?? new URL(WORKER_FILE, pageBase()).href;
}

/**
 * Where the read worker lives, found like the layout worker. A page that named its layout
 * worker (`override`) may host that file alone, so reading goes there too: it reads as well.
 */
export function readWorkerFileUrl(override?: string): string {
  if (override) return workerFileUrl(override);
  return READ_WORKER_URL ?? new URL(READ_WORKER_FILE, pageBase()).href;
}
