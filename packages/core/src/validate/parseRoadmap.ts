import { checkShape } from './checkShape.js';
import type { ParseResult } from './types.js';
import { validateWith, type ValidateOptions } from './validateWith.js';

export type { ValidateOptions } from './validateWith.js';

/**
 * Validates roadmap data, a parsed value or JSON text, and returns the typed roadmap or the
 * problems found, each with its path: shape and values (zod schema), limits, unique ids, known
 * prerequisites, no cycles. Never throws, whatever the input. JSON text may start with a byte
 * order mark and may be up to `LIMITS.maxFileBytes` long (UTF-8); the content limit
 * (`LIMITS.maxInputBytes`) is measured on the data, so text and value give the same answer. At
 * most 1,000 problems are listed, then one more saying how many were left out.
 *
 * @example
 * const result = parseRoadmap(JSON.parse(text));
 * if (!result.ok) console.error(formatErrors(result.errors, 'roadmap.json'));
 */
export function parseRoadmap(input: unknown): ParseResult {
  return validateRoadmap(input, { measureContent: true });
}

/** {@link parseRoadmap}, for core's own readers that already measured their source. */
export function validateRoadmap(input: unknown, options: ValidateOptions): ParseResult {
  return validateWith(input, options, checkShape);
}
