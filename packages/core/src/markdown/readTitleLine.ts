import type { PhrasingContent } from 'mdast';
import { findAttributeBlock } from './findAttributeBlock.js';
import { parseAttributes, type Attributes } from './parseAttributes.js';
import type { ReadContext } from './readContext.js';
import { readInline, type InlineLink } from './readInline.js';

/** The first line of a heading or list item, read as a title. */
export interface TitleLine {
  title: string;
  /** The line's `{...}` block, `undefined` when it has none. */
  attributes: Attributes | undefined;
  links: InlineLink[];
  /** Whether the line is nothing but links (and separators): a line of resources, not a topic. */
  linkOnly: boolean;
  /** Offset where the rest of a paragraph starts when only its first line was the title. */
  restStart: number | undefined;
}

// What may stand between the links of a line that holds only links.
const LINK_SEPARATORS = /^[\s,;|/\u00b7\u2022\u2013\u2014-]*$/u;

/**
 * Reads a heading's content, or the first line of a list item's paragraph (`firstLineOnly`),
 * as a title: the trailing attribute block is parsed, inline Markdown flattened, whitespace
 * collapsed and one final period dropped (unless written `\.`, or part of an ellipsis).
 * Problems go to the context's warnings.
 */
export function readTitleLine(children: readonly PhrasingContent[], ctx: ReadContext, firstLineOnly: boolean): TitleLine {
  const first = children[0];
  const last = children.at(-1);
  if (!first?.position || !last?.position) {
    return { title: '', attributes: undefined, links: [], linkOnly: false, restStart: undefined };
  }
  let lineChildren = [...children];
  let sourceEnd = last.position.end.offset ?? 0;
  let restStart: number | undefined;
  if (firstLineOnly) {
    const cut = firstLineCut(children, ctx);
    if (cut) ({ lineChildren, sourceEnd, restStart } = cut);
  }
  const { attributes, children: titleChildren } = takeAttributes(lineChildren, ctx);
  let source = ctx.source.slice(first.position.start.offset ?? 0, sourceEnd);
  if (attributes) source = source.slice(0, findAttributeBlock(source)?.start ?? source.length);

  const inline = readInline(titleChildren, ctx.definitions);
  for (const dropped of inline.dropped) ctx.warn(dropped.line, `${dropped.kind} ignored: a title is plain text`);
  const linkOnly = inline.links.length > 0 && LINK_SEPARATORS.test(inline.outside);
  return { title: normalizeTitle(inline.text, source), attributes, links: inline.links, linkOnly, restStart };
}

function firstLineCut(children: readonly PhrasingContent[], ctx: ReadContext) {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const line = child.position?.start.line ?? 1;
    if (child.type === 'text') {
      const newline = child.value.search(/[\r\n]/);
      if (newline < 0) continue;
      // The text before its first line break lies on the line where the text node starts.
      return {
        lineChildren: [...children.slice(0, i), { ...child, value: child.value.slice(0, newline) }],
        sourceEnd: lineEnd(ctx, line),
        restStart: ctx.lineStarts[line],
      };
    }
    if (child.type === 'break') {
      return { lineChildren: children.slice(0, i), sourceEnd: child.position?.start.offset ?? 0, restStart: ctx.lineStarts[line] };
    }
  }
  return undefined;
}

function takeAttributes(children: PhrasingContent[], ctx: ReadContext) {
  const last = children.at(-1);
  if (last?.type !== 'text') return { attributes: undefined, children };
  const line = last.position?.start.line ?? 1;
  const block = findAttributeBlock(last.value);
  if (!block) {
    const trimmed = last.value.trimEnd();
    if (trimmed.endsWith('}') && trimmed.includes('{')) {
      ctx.warn(line, 'the {...} at the end of the line is not a readable attribute block (check its quotes and braces); it stays in the title');
    }
    return { attributes: undefined, children };
  }
  const { attributes, problems } = parseAttributes(block.content);
  for (const problem of problems) ctx.warn(line, `attribute block: ${problem}`);
  return { attributes, children: [...children.slice(0, -1), { ...last, value: last.value.slice(0, block.start) }] };
}

function normalizeTitle(text: string, source: string): string {
  const title = text.replace(/\s+/g, ' ').trim();
  const written = source.trimEnd();
  // Only a period typed as such counts: not `\.`, not one inside a code span or a link.
  const plainPeriod = written.endsWith('.') && !/(^|[^\\])(\\\\)*\\\.$/.test(written);
  if (plainPeriod && title.endsWith('.') && !title.endsWith('..')) return title.slice(0, -1).trimEnd();
  return title;
}

function lineEnd(ctx: ReadContext, line: number): number {
  let end = ctx.lineStarts[line] ?? ctx.source.length;
  const start = ctx.lineStarts[line - 1] ?? 0;
  while (end > start && (ctx.source[end - 1] === '\n' || ctx.source[end - 1] === '\r')) end--;
  return end;
}
