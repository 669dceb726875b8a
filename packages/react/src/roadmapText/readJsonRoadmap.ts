import { parseRoadmap, type Roadmap } from '@roadmap-graph/core';
import type { MarkdownWarning, ValidationError } from '@roadmap-graph/core';

/** What {@link readJsonRoadmap} returns: the validated roadmap, or every problem. */
export type JsonRoadmap =
  | { ok: true; roadmap: Roadmap; warnings: MarkdownWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: MarkdownWarning[]; syntaxError?: string };

/**
 * Parses JSON text and validates it as a roadmap with core's `parseRoadmap`, which applies the
 * content limits. A syntax error comes back with the parser's reason in `syntaxError`. Never
 * throws.
 */
export function readJsonRoadmap(text: string): JsonRoadmap {
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
