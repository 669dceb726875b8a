import { sanitizeProgress, type Progress } from '@roadmap-graph/core';

/** Version of the progress file format written by {@link exportProgress}. */
export const PROGRESS_FILE_VERSION = 1;

/**
 * Serialises progress to the text of a progress file:
 * `{ "roadmap": id, "version": 1, "progress": { id: state } }`, keys sorted so that the same
 * progress always gives the same file. Entries that are not a topic state are left out;
 * entries for topics the roadmap no longer has are kept.
 *
 * @example
 * const text = exportProgress('python-backend', { flask: 'done' });
 * parseProgressFile(text, 'python-backend'); // { ok: true, progress: { flask: 'done' }, ignored: 0 }
 */
export function exportProgress(roadmapId: string, progress: Progress): string {
  const clean = sanitizeProgress(progress)?.progress ?? {};
  const sorted = Object.fromEntries(Object.entries(clean).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ roadmap: roadmapId, version: PROGRESS_FILE_VERSION, progress: sorted }, null, 2)}\n`;
}
