import { parseInlinePiece } from './parseInlinePiece.js';
import type { ReadContext } from './readContext.js';
import { readInline, type InlineText } from './readInline.js';

/**
 * Longest paragraph (as written) read for images and HTML to warn about. Descriptions are kept
 * as written and never need reading; this bounds what the inline reader, whose time can grow with
 * the square of a paragraph, is given for a warning.
 */
export const MARKUP_CHECK_LIMIT = 1024;

/**
 * Reads the inline Markdown of a paragraph (from offset `start`, which begins line `line`, to
 * `end`) to find its images and raw HTML. A paragraph with no `![` and no `<` has none and is
 * not read; one longer than {@link MARKUP_CHECK_LIMIT} is not read either (`undefined`).
 */
export function readParagraphMarkup(ctx: ReadContext, start: number, end: number, line: number): InlineText | undefined {
  const raw = ctx.source.slice(start, end);
  if (!raw.includes('![') && !raw.includes('<')) return { text: raw, outside: raw, links: [], dropped: [] };
  if (raw.length > MARKUP_CHECK_LIMIT) return undefined;
  // Start at the first character: indentation there would read as code on its own.
  const lead = raw.length - raw.trimStart().length;
  const column = start + lead - (ctx.lineStarts[line - 1] ?? 0) + 1;
  const { children } = parseInlinePiece(ctx.source, { start: start + lead, end, line, column, continues: false }, ctx.definedLabels);
  return readInline(children, ctx.definitions);
}
