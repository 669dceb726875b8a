import * as z from 'zod';
import { layoutSchema, resourceSchema, roadmapSchema, sectionSchema, topicSchema, type Roadmap } from '../schema/roadmapSchema.js';
import { suspendJit } from '../schema/suspendJit.js';
import type { ErrorReport } from './errorReport.js';
import { formatPath } from './formatPath.js';
import { readValidShape } from './readValidShape.js';
import { suggestId } from './suggestId.js';

// Stands in for the sections while the roadmap's own fields are checked (the list must not be empty).
const PLACEHOLDER_SECTION = { id: 'placeholder', title: 'Placeholder', topics: [] };
const FAILED = Symbol('failed');

// A section and a topic with their subtopics left unchecked (checked one by one instead); not
// recursive, so zod parses them without the bookkeeping a recursive schema needs per parse.
const resumeJit = suspendJit();
const sectionOnly = sectionSchema.extend({ topics: z.array(z.unknown()) });
const topicOnly = topicSchema.extend({ topics: z.array(z.unknown()).optional() });
resumeJit();

/**
 * Checks data (already bounded by `scanInput` and `checkCounts`) against the zod schema, adding
 * each problem to the report, and returns the parsed roadmap when there is none.
 *
 * The roadmap, each section and each topic are parsed one at a time, with their subtopics set
 * aside, then put back together: the same result as parsing the whole. Parsing the whole at once
 * is not safe: zod gathers a child's problems into its parent with `push(...issues)`, which
 * overflows the call stack past about a hundred thousand problems, and ten thousand topics with
 * 200 empty tags each are within every limit. One node has a few hundred problems at most (zod
 * refuses an over-long list without checking its entries). Once the report lists all it will,
 * checking stops: a million more messages would cost seconds and say nothing new.
 *
 * Valid data in its parsed form takes the fast path, readValidShape, with the same answer.
 */
export function checkShape(data: unknown, report: ErrorReport): Roadmap | undefined {
  const valid = readValidShape(data);
  if (valid !== undefined) return valid;
  if (!isRecord(data) || !Array.isArray(data.sections)) return orUndefined(parse(roadmapSchema, data, [], report));
  const { layout, ...rest } = data;
  const sections: unknown[] = data.sections;
  const top = parse(roadmapSchema, { ...rest, sections: sections.length ? [PLACEHOLDER_SECTION] : [] }, [], report);
  const parsedSections = parseAll(sectionOnly, sections, ['sections'], report);
  const parsedLayout = 'layout' in data ? parse(roadmapSchema.shape.layout, layout, ['layout'], report) : undefined;
  if (top === FAILED || parsedSections === FAILED || parsedLayout === FAILED) return undefined;
  const roadmap = top as Roadmap;
  roadmap.sections = parsedSections as Roadmap['sections'];
  // The layout is the last key of the schema, so it goes back where a whole parse puts it.
  if ('layout' in data) roadmap.layout = parsedLayout as Roadmap['layout'];
  return roadmap;
}

/** Parses a section or topic without its subtopics, then each subtopic, and puts them back. */
function parseNode(schema: z.ZodType, value: unknown, path: PropertyKey[], report: ErrorReport): unknown {
  const own = parse(schema, value, path, report);
  if (!isRecord(value) || !Array.isArray(value.topics)) return own;
  const children = parseAll(topicOnly, value.topics, [...path, 'topics'], report);
  if (own === FAILED || children === FAILED) return FAILED;
  (own as { topics: unknown }).topics = children;
  return own;
}

function parseAll(schema: z.ZodType, list: unknown[], path: PropertyKey[], report: ErrorReport): unknown[] | typeof FAILED {
  const parsed: unknown[] = [];
  let failed = false;
  // An index loop, not forEach: holes are problems too ("expected object, received undefined").
  for (let i = 0; i < list.length; i++) {
    if (!report.listing) {
      report.stop();
      return FAILED;
    }
    const item = parseNode(schema, list[i], [...path, i], report);
    if (item === FAILED) failed = true;
    else if (!failed) parsed.push(item);
  }
  return failed ? FAILED : parsed;
}

function parse(schema: z.ZodType, value: unknown, path: readonly PropertyKey[], report: ErrorReport): unknown {
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch (error) {
    // Only a baked layout has lists long enough to get here; it has bounds of its own.
    if (!(error instanceof RangeError)) throw error;
    report.add({ path: formatPath(path), message: 'has more problems than can be listed' });
    return FAILED;
  }
  if (result.success) return result.data;
  for (const issue of result.error.issues) addIssue(report, issue, path);
  return FAILED;
}

function orUndefined(parsed: unknown): Roadmap | undefined {
  return parsed === FAILED ? undefined : (parsed as Roadmap);
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

function addIssue(report: ErrorReport, issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): void {
  if (!report.listing) {
    report.skip(issue.code === 'unrecognized_keys' ? issue.keys.length : 1);
    return;
  }
  const at = prefix.length ? [...prefix, ...issue.path] : issue.path;
  const path = formatPath(at);
  if (issue.code === 'unrecognized_keys') {
    const known = KNOWN_KEYS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
    for (const key of issue.keys) {
      const hint = report.listing ? suggestId(key, known) : undefined;
      report.add({ path: formatPath([...at, key]), message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
    }
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    report.add({ path, message: `is required (${issue.expected})` });
  } else if (issue.code === 'invalid_union') {
    report.add({ path, message: issue.message });
  } else {
    report.add({ path, message: lowerFirst(issue.message) });
  }
}

// "Invalid input" reads better mid-line as "invalid input"; "URL …" stays as it is.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
