import type { WorkerRole } from './workerFile.js';

/** Blob URLs of cross-origin worker scripts, by their URL: each is fetched once per page. */
const blobUrls = new Map<string, Promise<string>>();

/**
 * The URL to start the worker script at `url` from. Browsers only start workers from the
 * page's own origin, so a script on another origin (the element loaded from a CDN) is fetched
 * (which needs CORS, as CDNs send) and started from a blob: URL instead. A Content-Security-
 * Policy without blob: in worker-src refuses such a worker; starting it then fails.
 */
export function resolveWorkerScript(url: string, role: WorkerRole): Promise<string> {
  if (sameOrigin(url)) return Promise.resolve(url);
  let pending = blobUrls.get(url);
  if (pending === undefined) {
    pending = fetchAsBlobUrl(url, role);
    blobUrls.set(url, pending);
    // A failed fetch is tried again by the next layout rather than remembered for the page.
    pending.catch(() => blobUrls.delete(url));
  }
  return pending;
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

async function fetchAsBlobUrl(url: string, role: WorkerRole): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch {
    throw new Error(`could not load the ${role} worker from ${url}: offline, or its server does not let other sites read it (CORS)`);
  }
  if (!response.ok) throw new Error(`could not load the ${role} worker from ${url}: HTTP ${response.status}`);
  const source = await response.text();
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
