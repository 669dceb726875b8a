import { sanitizeProgress, type Progress } from '@roadmap-graph/core';
import { PROGRESS_FILE_VERSION } from './exportProgress.js';

/** What {@link parseProgressFile} returns: the progress, or why the file cannot be used. */
export type ProgressFileResult =
  | {
      ok: true;
      progress: Progress;
      /** Entries left out because their value is not a topic state. */
      ignored: number;
    }
  | { ok: false; message: string };

/** Largest progress file read, in characters: far above any real one, far below a hang. */
export const MAX_PROGRESS_FILE_LENGTH = 2 * 1024 * 1024;

const fail = (message: string): ProgressFileResult => ({ ok: false, message });

// Values from the file go into messages; a hostile file must not make them huge.
function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Reads a progress file written by `exportProgress` for the roadmap `roadmapId`. Never throws:
 * junk, a file of another roadmap or of an unknown version come back as a message a reader can
 * act on. Entries whose state is unknown are left out and counted in `ignored`.
 *
 * @example
 * const result = parseProgressFile(await file.text(), roadmap.id);
 * if (result.ok) replace(result.progress); else showError(result.message);
 */
export function parseProgressFile(text: string, roadmapId: string): ProgressFileResult {
  if (typeof text !== 'string') return fail('The progress file could not be read as text.');
  if (text.length > MAX_PROGRESS_FILE_LENGTH) {
    return fail(`This file is too large to be a progress file (more than ${MAX_PROGRESS_FILE_LENGTH / 1024 / 1024} MB).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This is not a progress file: it is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a progress file: expected an object with "roadmap", "version" and "progress".');
  }
  const file = data as Record<string, unknown>;
  if (typeof file.roadmap !== 'string' || !('progress' in file)) {
    return fail('This is not a progress file: "roadmap" and "progress" are missing.');
  }
  if (file.version !== PROGRESS_FILE_VERSION) {
    return fail(`Unsupported progress file version ${brief(file.version)}: this page reads version ${PROGRESS_FILE_VERSION}.`);
  }
  if (file.roadmap !== roadmapId) {
    return fail(`This progress is for the roadmap ${brief(file.roadmap)}, not for "${roadmapId}".`);
  }
  const sanitized = sanitizeProgress(file.progress);
  if (sanitized === undefined) return fail('The "progress" of this file is not an object of topic states.');
  return { ok: true, progress: sanitized.progress, ignored: sanitized.ignored };
}
