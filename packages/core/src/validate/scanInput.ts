import { LIMITS } from '../schema/limits.js';
import { formatPath } from './formatPath.js';
import type { ValidationError } from './types.js';

/** What {@link LIMITS.maxInputBytes} charges for a value that is not a string (see there). */
const VALUE_COST = 8;
// JSON text spends at least two characters on a value ("0,"), so data with more values than this
// cannot have come from a file the readers accept; it bounds the walk of a host's object.
const MAX_VALUES = LIMITS.maxFileBytes / 2;

interface Frame {
  /** The array's items, or the object's own keys. */
  keys: readonly string[] | null;
  container: Record<string, unknown> | unknown[];
  next: number;
  depth: number;
  path: PropertyKey[];
  /** Whether its values count towards the content size (not inside the top-level `layout`). */
  counted: boolean;
}

/**
 * Checks raw input against the size and nesting limits before any recursive code sees it, so a
 * hostile document cannot overflow the stack or exhaust memory. The content size is measured on
 * the data as {@link LIMITS.maxInputBytes} defines it, without the top-level `layout` member (a
 * baked layout has bounds of its own), which is still checked for depth. An array's length is
 * checked before its items are visited, and items are visited in place, so a sparse array of
 * millions of holes is refused without a step per hole. Iterative on purpose; a circular structure
 * stops at the depth limit, and shared subtrees count once per visit. `measureContent` off skips
 * the content size (for data whose source was measured instead), never the other limits.
 */
export function scanInput(input: unknown, measureContent = true): ValidationError[] {
  let bytes = 0;
  let values = 1;
  const stack: Frame[] = [];
  // Returns an error for `value` at `path`, or pushes its frame when it is a container.
  const enter = (value: unknown, depth: number, path: PropertyKey[], counted: boolean): ValidationError | undefined => {
    if (counted) bytes += typeof value === 'string' ? value.length : VALUE_COST;
    if (measureContent && bytes > LIMITS.maxInputBytes) return contentTooLarge();
    // Typed arrays and other views are never roadmap data; their elements are not walked.
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
    if (depth > LIMITS.maxJsonDepth) {
      return { path: formatPath(path), message: `nested more than ${LIMITS.maxJsonDepth} levels deep (limit maxJsonDepth)` };
    }
    const keys = Array.isArray(value) ? null : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    if (values + size > MAX_VALUES) {
      const what = keys ? 'keys' : 'entries';
      return { path: formatPath(path), message: `has ${size} ${what}, more than a ${mb(LIMITS.maxFileBytes)} MB file can hold (limit maxFileBytes)` };
    }
    values += size;
    stack.push({ keys, container: value as Frame['container'], next: 0, depth, path, counted });
    return undefined;
  };

  const first = enter(input, 1, [], true);
  if (first) return [first];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const count = frame.keys ? frame.keys.length : (frame.container as unknown[]).length;
    if (frame.next >= count) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    let key: PropertyKey = index;
    let counted = frame.counted;
    if (frame.keys) {
      key = frame.keys[index]!;
      if (frame.depth === 1 && key === 'layout') counted = false;
      else if (counted) bytes += key.length;
    }
    const value = (frame.container as Record<PropertyKey, unknown>)[key];
    const error = enter(value, frame.depth + 1, isContainer(value) ? [...frame.path, key] : frame.path, counted);
    if (error) return [error];
  }
  return [];
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value);
}

function contentTooLarge(): ValidationError {
  return { path: '', message: `roadmap content is larger than ${mb(LIMITS.maxInputBytes)} MB, a baked layout not counted (limit maxInputBytes)` };
}

function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}
