import { LIMITS } from '../schema/limits.js';
import type { ValidationError } from './types.js';

/**
 * Checks raw input against the size and nesting limits before any recursive code sees it, so a
 * hostile document cannot overflow the stack or exhaust memory. Iterative on purpose; a circular
 * structure stops at the depth limit, and shared subtrees count once per visit against the size.
 */
export function scanInput(input: unknown): ValidationError[] {
  let bytes = 0;
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: input, depth: 1, path: '' }];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string') bytes += value.length;
    else bytes += 8;
    if (bytes > LIMITS.maxInputBytes) {
      return [{ path: '', message: `input is larger than ${LIMITS.maxInputBytes / 1024 / 1024} MB (limit maxInputBytes)` }];
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > LIMITS.maxJsonDepth) {
      return [{ path, message: `nested more than ${LIMITS.maxJsonDepth} levels deep (limit maxJsonDepth)` }];
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, depth: depth + 1, path: `${path}[${i}]` }));
    } else {
      for (const key of Object.keys(value)) {
        bytes += key.length;
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return [];
}
