import type { ValidationError } from '@roadmap-graph/core';
import { englishLabels } from '@roadmap-graph/react';

/** One line for the `error` event's `message` (for the page's developer, so in English): how many problems, and the first one. */
export function summarizeErrors(errors: readonly ValidationError[]): string {
  const first = errors[0];
  if (first === undefined) return englishLabels.notShown;
  const problem = first.path ? `${first.path}: ${first.message}` : first.message;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${englishLabels.notShown}: ${problem}${more}`;
}
