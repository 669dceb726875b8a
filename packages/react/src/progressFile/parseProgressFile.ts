import { sanitizeProgress, type Progress } from '@roadmap-graph/core';
import { englishLabels } from '../labels/english.js';
import type { ProgressFileProblem } from '../labels/RoadmapLabels.js';
import { PROGRESS_FILE_VERSION } from './exportProgress.js';

/** What {@link parseProgressFile} returns: the progress, or why the file cannot be used. */
export type ProgressFileResult =
  | {
      ok: true;
      progress: Progress;
      /** Entries left out because their value is not a topic state. */
      ignored: number;
    }
  | {
      ok: false;
      /** What is wrong, for a message in the reader's language (the `progressFileProblem` label). */
      problem: ProgressFileProblem;
      /** The problem in English. */
      message: string;
    };

/** Largest progress file read, in characters: far above any real one, far below a hang. */
export const MAX_PROGRESS_FILE_LENGTH = 2 * 1024 * 1024;

const fail = (problem: ProgressFileProblem): ProgressFileResult => ({ ok: false, problem, message: englishLabels.progressFileProblem(problem) });

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
  if (typeof text !== 'string') return fail({ kind: 'not-text' });
  if (text.length > MAX_PROGRESS_FILE_LENGTH) return fail({ kind: 'too-large', megabytes: MAX_PROGRESS_FILE_LENGTH / 1024 / 1024 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ kind: 'not-object' });
  }
  const file = data as Record<string, unknown>;
  if (typeof file.roadmap !== 'string' || !('progress' in file)) {
    return fail({ kind: 'missing-fields' });
  }
  if (file.version !== PROGRESS_FILE_VERSION) {
    return fail({ kind: 'version', found: brief(file.version), supported: PROGRESS_FILE_VERSION });
  }
  if (file.roadmap !== roadmapId) {
    return fail({ kind: 'other-roadmap', found: brief(file.roadmap), expected: roadmapId });
  }
  const sanitized = sanitizeProgress(file.progress);
  if (sanitized === undefined) return fail({ kind: 'not-progress' });
  return { ok: true, progress: sanitized.progress, ignored: sanitized.ignored };
}
