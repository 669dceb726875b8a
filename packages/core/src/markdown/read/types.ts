import type { Roadmap } from '../../schema/roadmapSchema.js';
import type { ValidationError } from '../../validate/types.js';

/** Something in a Markdown outline that was ignored or read with a guess, with its 1-based line. */
export interface MarkdownWarning {
  line: number;
  message: string;
}

/**
 * What {@link fromMarkdown} returns: the validated roadmap, or every problem found. Warnings come
 * with both; `draft` is the plain object built from the outline before validation (`null` when the
 * text was refused before parsing), so a caller can show what the outline turned into.
 */
export type MarkdownImport =
  | { ok: true; roadmap: Roadmap; warnings: MarkdownWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: MarkdownWarning[]; draft: unknown };
