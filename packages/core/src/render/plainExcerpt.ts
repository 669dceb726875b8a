import { descriptionText } from '../markdown/inline/inlineMarkdownText.js';

/**
 * A description as plain text for a tooltip or a document summary, read as the panel reads it
 * ({@link descriptionText}: markup dropped, a link's label kept and its URL left out), cut at a
 * word boundary to at most `maxLength` characters, an ellipsis included.
 */
export function plainExcerpt(markdown: string, maxLength = 200): string {
  const text = descriptionText(markdown);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
