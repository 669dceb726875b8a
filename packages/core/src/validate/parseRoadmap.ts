import { LIMITS } from '../schema/limits.js';
import { walkRoadmap } from '../graph/walkRoadmap.js';
import { utf8Length } from '../shared/utf8Length.js';
import { checkCounts } from './checkCounts.js';
import { checkCycles } from './checkCycles.js';
import { checkReferences } from './checkReferences.js';
import { checkShape } from './checkShape.js';
import { createErrorReport } from './errorReport.js';
import { scanInput } from './scanInput.js';
import type { ParseResult, ValidationError } from './types.js';

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

/** How {@link validateRoadmap} treats its input. */
export interface ValidateOptions {
  /**
   * Check the content against `LIMITS.maxInputBytes`. Off only for data made from a source
   * whose own size was checked against it: a Markdown outline, whose limit is its text, and
   * whose roadmap data can be larger than the text it came from.
   */
  measureContent: boolean;
}

/** {@link parseRoadmap}, for core's own readers that already measured their source. */
export function validateRoadmap(input: unknown, options: ValidateOptions): ParseResult {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    // Only exotic inputs get here (getters that throw, proxies): still an answer, not a crash.
    return { ok: false, errors: [{ path: '', message: `could not read the input: ${describe(error)}` }] };
  }
}

function parseUnsafe(input: unknown, options: ValidateOptions): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    if (utf8Length(input, LIMITS.maxFileBytes) > LIMITS.maxFileBytes) {
      return fail([{ path: '', message: `input is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB (limit maxFileBytes)` }]);
    }
    try {
      // JSON.parse refuses a byte order mark; editors on Windows write one, browsers skip it.
      data = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
    } catch (error) {
      return fail([{ path: '', message: `not valid JSON: ${describe(error)}` }]);
    }
  }
  const limitErrors = scanInput(data, options.measureContent);
  if (limitErrors.length) return fail(limitErrors);
  // Counted before the schema and reference checks, whose work grows with them.
  const countErrors = checkCounts(data);
  if (countErrors.length) return fail(countErrors);

  const report = createErrorReport();
  const roadmap = checkShape(data, report);
  const nodes = walkRoadmap(data);
  const references = checkReferences(nodes);
  for (const error of references.errors) report.add(error);
  if (!references.duplicates) for (const error of checkCycles(nodes, references.indexById)) report.add(error);
  if (report.count || !roadmap) return fail(report.errors());
  return { ok: true, roadmap };
}

function fail(errors: ValidationError[]): ParseResult {
  return { ok: false, errors };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
