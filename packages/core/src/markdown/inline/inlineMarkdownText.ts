import { parseDescription } from './parseDescription.js';
import type { InlineNode } from './types.js';

/**
 * The text that inline nodes show, markup dropped: a link shows its label (never its URL), code
 * its content, escapes the character they escape.
 *
 * @example
 * inlineMarkdownText(parseInlineMarkdown('\\*not em\\* and [a link](https://e.com)')); // '*not em* and a link'
 */
export function inlineMarkdownText(nodes: readonly InlineNode[]): string {
  let text = '';
  for (const node of nodes) text += node.type === 'text' || node.type === 'code' ? node.value : inlineMarkdownText(node.children);
  return text;
}

/**
 * A description as one line of plain text, as the map and the panel show it without markup:
 * paragraphs joined by a space, runs of blanks and line breaks collapsed to one space.
 *
 * @example
 * descriptionText('Routes and *views*.\n\nSee [the docs](https://e.com).'); // 'Routes and views. See the docs.'
 */
export function descriptionText(markdown: string): string {
  return parseDescription(markdown).map(inlineMarkdownText).join(' ').replace(/\s+/g, ' ').trim();
}
