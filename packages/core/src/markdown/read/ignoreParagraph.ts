import type { Paragraph } from 'mdast';
import type { ReadContext } from './readContext.js';
import { readParagraphMarkup } from './readParagraphMarkup.js';

/**
 * Warns about a paragraph that has no description to belong to, naming an image (or HTML) when
 * that is all it holds, since that is what the author will look for.
 */
export function ignoreParagraph(paragraph: Paragraph, ctx: ReadContext): void {
  const line = paragraph.position?.start.line ?? 0;
  const inline = readParagraphMarkup(ctx, paragraph.position?.start.offset ?? 0, paragraph.position?.end.offset ?? 0, line);
  if (inline && !inline.text.trim() && inline.dropped.length) {
    for (const d of inline.dropped) ctx.warn(d.line, `${d.kind} ignored: it has no place in a roadmap`);
    return;
  }
  ctx.warn(line, 'paragraph ignored: text belongs right under a heading (as its description) or in a list item');
}
