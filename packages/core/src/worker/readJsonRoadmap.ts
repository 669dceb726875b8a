import type { MarkdownWarning } from '../markdown/read/types.js';
import { LIMITS } from '../schema/limits.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import { parseRoadmap } from '../validate/parseRoadmap.js';
import type { ValidationError } from '../validate/types.js';

/** What {@link readJsonRoadmap} returns: the validated roadmap, or every problem. */
export type JsonRoadmap =
  | { ok: true; roadmap: Roadmap; warnings: MarkdownWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: MarkdownWarning[]; syntaxError?: string };

/**
 * Parses JSON text and validates it as a roadmap with core's `parseRoadmap`, which applies the
 * content limits; text longer than `LIMITS.maxFileBytes` is refused before parsing. A syntax
 * error comes back with the parser's reason in `syntaxError`. Never throws.
 */
export function readJsonRoadmap(text: string): JsonRoadmap {
  // More characters than a file may have bytes: no reader would have read this much.
  if (text.length > LIMITS.maxFileBytes) {
    return { ok: false, errors: [{ path: '', message: `the roadmap text is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB (limit maxFileBytes)` }], warnings: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${reason}` }], warnings: [], syntaxError: reason };
  }
  const result = parseRoadmap(value);
  return result.ok ? { ok: true, roadmap: result.roadmap, warnings: [] } : { ok: false, errors: result.errors, warnings: [] };
}
