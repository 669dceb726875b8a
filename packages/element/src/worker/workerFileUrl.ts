import { WORKER_URL } from '#script-url';
import { WORKER_FILE } from './workerFile.js';

/**
 * Where the layout worker lives: `override` when given (RoadmapGraphElement.workerUrl), else
 * beside the script that defined the element (the ES module's `new URL(…, import.meta.url)`,
 * which an app's bundler points at its copy of the file; the classic script's tag), else beside
 * the page.
 */
export function workerFileUrl(override?: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  if (override) return new URL(override, base).href;
  return WORKER_URL ?? new URL(WORKER_FILE, base).href;
}
