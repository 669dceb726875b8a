import type { WorkerRole } from './workerFile.js';

/**
 * A reader-facing error for a failed worker task (a layout, or reading text): what happened
 * and what the page's author can do about it, naming the worker (`layout` or `read`) and its
 * URL. `'timeout'` stands for the deadline running out.
 */
export function workerFailure(cause: unknown, timeoutMs: number, workerUrl: string, role: WorkerRole = 'layout'): Error {
  if (cause === 'timeout' || (cause instanceof Error && cause.name === 'TimeoutError')) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    const error = new Error(
      `it took longer than ${seconds} s and was stopped. A roadmap file with a baked layout (roadmap-graph layout) needs no work in the browser`,
    );
    error.name = 'TimeoutError';
    return error;
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/could not load the (layout|read) worker/.test(message)) return new Error(message);
  if (/worker|security/i.test(message)) {
    return new Error(
      `the ${role} worker (${workerUrl}) could not run: ${message}. Check that the file is served beside the script; a Content-Security-Policy must allow it in worker-src (blob: too when the script comes from another site)`,
    );
  }
  return new Error(message);
}
