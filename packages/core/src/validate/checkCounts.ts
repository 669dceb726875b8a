import { LIMITS } from '../schema/limits.js';
import type { ValidationError } from './types.js';

/**
 * Checks the number of sections and topics (entries of `sections` and of every `topics` list,
 * whatever they hold) against `LIMITS.maxSections` and `LIMITS.maxTopics`, before the schema and
 * reference checks, whose work grows with them. Needs data bounded by `scanInput`.
 */
export function checkCounts(data: unknown): ValidationError[] {
  if (!isRecord(data) || !Array.isArray(data.sections)) return [];
  const errors: ValidationError[] = [];
  const sections: unknown[] = data.sections;
  if (sections.length > LIMITS.maxSections) {
    errors.push({ path: 'sections', message: `has ${sections.length} sections; at most ${LIMITS.maxSections} are allowed (limit maxSections)` });
  }
  let topics = 0;
  const stack: unknown[] = [...sections];
  while (stack.length) {
    const node = stack.pop();
    if (!isRecord(node) || !Array.isArray(node.topics)) continue;
    topics += node.topics.length;
    for (const child of node.topics) stack.push(child);
  }
  if (topics > LIMITS.maxTopics) {
    errors.push({ path: 'sections', message: `has ${topics} topics; at most ${LIMITS.maxTopics} are allowed (limit maxTopics)` });
  }
  return errors;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
