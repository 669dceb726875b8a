import type { ValidationError } from '@roadmap-graph/core';

/** One line for the `error` event's `message`: how many problems, and the first one. */
export function summarizeErrors(errors: readonly ValidationError[]): string {
  const first = errors[0];
  if (first === undefined) return 'The roadmap could not be shown';
  const problem = first.path ? `${first.path}: ${first.message}` : first.message;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `The roadmap could not be shown: ${problem}${more}`;
}
