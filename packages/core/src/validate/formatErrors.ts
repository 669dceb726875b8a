import { escapeControl } from './escapeControl.js';
import type { ValidationError } from './types.js';

/**
 * Formats validation errors as `file:path: message` lines, the shape editors and CI logs
 * recognise. Errors without a path print as `file: message`. Control characters in the file
 * name, the path and the message are escaped (see `escapeControl`), so each error is exactly one
 * line and text from the data cannot drive the terminal it is printed to.
 */
export function formatErrors(errors: readonly ValidationError[], file: string): string {
  const name = escapeControl(file);
  return errors
    .map((e) => (e.path ? `${name}:${escapeControl(e.path)}: ${escapeControl(e.message)}` : `${name}: ${escapeControl(e.message)}`))
    .join('\n');
}
