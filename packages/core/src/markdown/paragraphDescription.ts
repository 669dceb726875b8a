import type { Paragraph } from 'mdast';
import { paragraphSource } from './paragraphSource.js';
import type { ReadContext } from './readContext.js';
import { readInline } from './readInline.js';

/**
 * A paragraph's Markdown source as (part of) a description, from offset `from` when the
 * paragraph's first line was a title. Images and HTML are not shown in descriptions: a
 * paragraph of nothing else is dropped, others keep them as written; both with a warning.
 */
export function paragraphDescription(paragraph: Paragraph, ctx: ReadContext, from?: number): string {
  const start = from ?? paragraph.position?.start.offset ?? 0;
  const end = paragraph.position?.end.offset ?? start;
  if (end <= start) return '';
  const fromLine = from === undefined ? 0 : (paragraph.position?.start.line ?? 0);
  const inline = readInline(paragraph.children, ctx.definitions);
  const dropped = inline.dropped.filter((d) => d.line > fromLine);
  if (!inline.text.trim() && dropped.length) {
    for (const d of dropped) ctx.warn(d.line, `${d.kind} ignored: it has no place in a roadmap`);
    return '';
  }
  for (const d of dropped) ctx.warn(d.line, `${d.kind} in a description is kept as written but will not be shown`);
  return paragraphSource(ctx.source, start, end);
}

