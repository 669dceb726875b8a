import type { MarkdownWarning, Roadmap, ValidationError } from '@roadmap-graph/core';

/** Asks the worker to read a Markdown outline (core's `fromMarkdown`) off the main thread. */
export interface MarkdownRequest {
  type: 'roadmap-graph:markdown';
  id: number;
  markdown: string;
}

/** The worker's answer to a {@link MarkdownRequest}. */
export type MarkdownResponse = { type: 'roadmap-graph:markdown'; id: number } & (
  | { ok: true; roadmap: Roadmap; warnings: MarkdownWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: MarkdownWarning[] }
);

/** Whether a message is a {@link MarkdownRequest}; everything else goes to the layout handler. */
export function isMarkdownRequest(value: unknown): value is MarkdownRequest {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.type === 'roadmap-graph:markdown' && typeof record.id === 'number' && typeof record.markdown === 'string';
}
