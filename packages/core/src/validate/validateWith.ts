import { walkRoadmap } from '../graph/walkRoadmap.js';
import { LIMITS } from '../schema/limits.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import { utf8Length } from '../shared/utf8Length.js';
import { checkCounts } from './checkCounts.js';
import { checkCycles } from './checkCycles.js';
import { checkReferences } from './checkReferences.js';
import { createErrorReport, type ErrorReport } from './errorReport.js';
import { scanInput } from './scanInput.js';
import type { ParseResult, ValidationError } from './types.js';

/**
 * Checks the shape and values of data already bounded by the size and count limits, adding each
 * problem to `report`; returns the roadmap when it finds none (`undefined` with no problem means
 * it could not tell: see readValidRoadmap).
 */
export type ShapeCheck = (data: unknown, report: ErrorReport) => Roadmap | undefined;

/** How {@link validateWith} treats its input. */
export interface ValidateOptions {
  /**
   * Check the content against `LIMITS.maxInputBytes`. Off only for data made from a source
   * whose own size was checked against it: a Markdown outline, whose limit is its text, and
   * whose roadmap data can be larger than the text it came from.
   */
  measureContent: boolean;
}

/**
 * Validation's steps around a shape check, in the order that bounds their work: JSON text parsed
 * (a byte order mark allowed, at most `LIMITS.maxFileBytes`), the size and nesting limits, the
 * counts, then the shape (`checkShape`, with zod, or readValidShape without it), unique ids, known
 * prerequisites and no cycles, every problem with its path. Never throws: exotic input (getters
 * that throw, proxies) ends as a problem too.
 */
export function validateWith(input: unknown, options: ValidateOptions, checkShape: ShapeCheck): ParseResult {
  try {
    return validateUnsafe(input, options, checkShape);
  } catch (error) {
    return fail([{ path: '', message: `could not read the input: ${describe(error)}` }]);
  }
}

function validateUnsafe(input: unknown, options: ValidateOptions, checkShape: ShapeCheck): ParseResult {
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
