import type { z } from 'zod';
import { layoutSchema, resourceSchema, roadmapSchema, sectionSchema, topicSchema, type Roadmap } from '../schema/roadmapSchema.js';
import { formatPath } from './formatPath.js';
import { suggestId } from './suggestId.js';
import type { ValidationError } from './types.js';

/** What {@link checkShape} found: the parsed roadmap when the shape is right, else the errors. */
export type ShapeResult = { ok: true; roadmap: Roadmap } | { ok: false; errors: ValidationError[] };

// Stands in for the sections while the roadmap's own fields are checked (the list must not be empty).
const PLACEHOLDER_SECTION = { id: 'placeholder', title: 'Placeholder', topics: [] };

/**
 * Checks data (already bounded by `scanInput`) against the zod schema. Zod gathers a child's
 * problems into its parent with `push(...issues)`, which overflows the call stack once one
 * subtree holds about a hundred thousand problems; then the data is checked again one section and
 * one topic at a time (each with its children set aside), so every problem is still reported with
 * its path, in document order.
 */
export function checkShape(data: unknown): ShapeResult {
  let whole: ReturnType<typeof roadmapSchema.safeParse>;
  try {
    whole = roadmapSchema.safeParse(data, { reportInput: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, errors: checkPiecewise(data) };
  }
  if (whole.success) return { ok: true, roadmap: whole.data };
  const errors: ValidationError[] = [];
  for (const issue of whole.error.issues) addIssue(errors, issue, []);
  return { ok: false, errors };
}

function checkPiecewise(data: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const check = (schema: z.ZodType, value: unknown, path: PropertyKey[]) => {
    const result = schema.safeParse(value, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) addIssue(errors, issue, path);
  };
  const sections = isRecord(data) ? data.sections : undefined;
  if (!isRecord(data) || !Array.isArray(sections)) {
    check(roadmapSchema, data, []);
    return errors;
  }
  check(roadmapSchema, { ...data, sections: sections.length ? [PLACEHOLDER_SECTION] : [] }, []);
  const visit = (schema: z.ZodType, value: unknown, path: PropertyKey[]) => {
    const topics = isRecord(value) ? value.topics : undefined;
    if (!isRecord(value) || !Array.isArray(topics)) return check(schema, value, path);
    check(schema, { ...value, topics: [] }, path);
    // An index loop, not forEach: holes are problems too ("expected object, received undefined").
    for (let i = 0; i < topics.length; i++) visit(topicSchema, topics[i], [...path, 'topics', i]);
  };
  for (let i = 0; i < sections.length; i++) visit(sectionSchema, sections[i], ['sections', i]);
  return errors;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KNOWN_KEYS: [RegExp, string[]][] = [
  [/\.resources\[\d+\]$/, Object.keys(resourceSchema.shape)],
  [/\.topics\[\d+\]$/, Object.keys(topicSchema.shape)],
  [/^sections\[\d+\]$/, Object.keys(sectionSchema.shape)],
  [/^layout$/, Object.keys(layoutSchema.shape)],
  [/^$/, Object.keys(roadmapSchema.shape)],
];

function addIssue(errors: ValidationError[], issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): void {
  const at = prefix.length ? [...prefix, ...issue.path] : issue.path;
  const path = formatPath(at);
  if (issue.code === 'unrecognized_keys') {
    const known = KNOWN_KEYS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
    for (const key of issue.keys) {
      const hint = suggestId(key, known);
      errors.push({ path: formatPath([...at, key]), message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
    }
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    errors.push({ path, message: `is required (${issue.expected})` });
  } else if (issue.code === 'invalid_union') {
    errors.push({ path, message: issue.message });
  } else {
    errors.push({ path, message: lowerFirst(issue.message) });
  }
}

// "Invalid input" reads better mid-line as "invalid input"; "URL …" stays as it is.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
