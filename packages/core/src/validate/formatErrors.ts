import type { ValidationError } from './types.js';

/**
 * Formats validation errors as `file:path: message` lines, the shape editors and CI logs
 * recognise. Errors without a path print as `file: message`.
 */
export function formatErrors(errors: readonly ValidationError[], file: string): string {
  return errors.map((e) => (e.path ? `${file}:${e.path}: ${e.message}` : `${file}: ${e.message}`)).join('\n');
}
