import { parseInlineMarkdown } from './parseInlineMarkdown.js';
import type { InlineNode } from './types.js';

/**
 * Reads a description (a roadmap's, a section's or a topic's) as paragraphs of inline nodes:
 * paragraphs split at blank lines, each read by {@link parseInlineMarkdown}. Time and memory
 * grow linearly with the text, so text longer than the schema allows (unvalidated data) is read
 * the same way.
 *
 * @example
 * parseDescription('Routes and *views*.\n\nSee [the docs](https://flask.palletsprojects.com).');
 * // two paragraphs: [text, emphasis, text] and [text, link]
 */
export function parseDescription(markdown: string): InlineNode[][] {
  return markdown
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(parseInlineMarkdown);
}
