import type { z } from 'zod';
import { LIMITS } from '../schema/limits.js';
import { layoutSchema, resourceSchema, roadmapSchema, sectionSchema, topicSchema } from '../schema/roadmapSchema.js';
import { walkRoadmap } from '../graph/walkRoadmap.js';
import { checkCycles } from './checkCycles.js';
import { checkReferences } from './checkReferences.js';
import { formatPath } from './formatPath.js';
import { scanInput } from './scanInput.js';
import { suggestId } from './suggestId.js';
import type { ParseResult, ValidationError } from './types.js';

/**
 * Validates roadmap data, a parsed value or JSON text, and returns the typed roadmap or every
 * problem found, each with its path: shape and values (zod schema), limits, unique ids, known
 * prerequisites, no cycles. Never throws, whatever the input.
 *
 * @example
 * const result = parseRoadmap(JSON.parse(text));
 * if (!result.ok) console.error(formatErrors(result.errors, 'roadmap.json'));
 */
export function parseRoadmap(input: unknown): ParseResult {
  try {
    return parseUnsafe(input);
  } catch (error) {
    // Only exotic inputs get here (getters that throw, proxies): still an answer, not a crash.
    return { ok: false, errors: [{ path: '', message: `could not read the input: ${describe(error)}` }] };
  }
}

function parseUnsafe(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).length;
    if (bytes > LIMITS.maxInputBytes) {
      return fail([{ path: '', message: `input is larger than ${LIMITS.maxInputBytes / 1024 / 1024} MB (limit maxInputBytes)` }]);
    }
    try {
      data = JSON.parse(input);
    } catch (error) {
      return fail([{ path: '', message: `not valid JSON: ${describe(error)}` }]);
    }
  }
  const limitErrors = scanInput(data);
  if (limitErrors.length) return fail(limitErrors);

  const shape = roadmapSchema.safeParse(data, { reportInput: true });
  const errors: ValidationError[] = shape.success ? [] : shape.error.issues.flatMap(toValidationErrors);
  const nodes = walkRoadmap(data);
  const references = checkReferences(nodes);
  errors.push(...references.errors);
  if (!references.duplicates) errors.push(...checkCycles(nodes, references.indexById));
  if (errors.length || !shape.success) return fail(errors);
  return { ok: true, roadmap: shape.data };
}

function fail(errors: ValidationError[]): ParseResult {
  return { ok: false, errors };
}

const KNOWN_KEYS: [RegExp, string[]][] = [
  [/\.resources\[\d+\]$/, Object.keys(resourceSchema.shape)],
  [/\.topics\[\d+\]$/, Object.keys(topicSchema.shape)],
  [/^sections\[\d+\]$/, Object.keys(sectionSchema.shape)],
  [/^layout$/, Object.keys(layoutSchema.shape)],
  [/^$/, Object.keys(roadmapSchema.shape)],
];

function toValidationErrors(issue: z.core.$ZodIssue): ValidationError[] {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = KNOWN_KEYS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
    return issue.keys.map((key) => {
      const hint = suggestId(key, known);
      return {
        path: formatPath([...issue.path, key]),
        message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ path, message: `is required (${issue.expected})` }];
  }
  if (issue.code === 'invalid_union') {
    return [{ path, message: issue.message }];
  }
  return [{ path, message: lowerFirst(issue.message) }];
}

// "Invalid input" reads better mid-line as "invalid input"; "URL …" stays as it is.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
