import type { Paragraph } from 'mdast';
import { paragraphSource } from './paragraphSource.js';
import type { ReadContext } from './readContext.js';
import { readParagraphMarkup } from './readParagraphMarkup.js';

/**
 * A paragraph's Markdown source as (part of) a description, from offset `from` when the
 * paragraph's first line was a title. The source is kept as written, images and HTML too (a
 * paragraph of nothing but an image included), with a warning that they will not be shown.
 */
export function paragraphDescription(paragraph: Paragraph, ctx: ReadContext, from?: number): string {
  const start = from ?? paragraph.position?.start.offset ?? 0;
  const end = paragraph.position?.end.offset ?? start;
  if (end <= start) return '';
  const line = from === undefined ? (paragraph.position?.start.line ?? 0) : lineOf(ctx, from);
  const markup = readParagraphMarkup(ctx, start, end, line);
  for (const d of markup?.dropped ?? []) ctx.warn(d.line, `${d.kind} in a description is kept as written but will not be shown`);
  return paragraphSource(ctx.source, start, end);
}

function lineOf(ctx: ReadContext, offset: number): number {
  let low = 0;
  let high = ctx.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (ctx.lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
