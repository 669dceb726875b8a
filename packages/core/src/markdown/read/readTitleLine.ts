import type { Heading, Paragraph } from 'mdast';
import { LIMITS } from '../../schema/limits.js';
import { resolveEscapes } from '../inline/escapable.js';
import { parseAttributes, type Attributes } from '../parseAttributes.js';
import { isLinkLine } from './isLinkLine.js';
import { parseInlinePiece } from './parseInlinePiece.js';
import { peelAttributeBlock } from './peelAttributeBlock.js';
import type { ReadContext } from './readContext.js';
import { readInline, type InlineLink } from './readInline.js';
import { lineEnd } from './textLines.js';

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

/**
 * Most characters of Markdown a title line may hold, its attribute block aside, unless it is
 * a line of plain links ({@link isLinkLine}). A title is at most `LIMITS.maxTitleLength`
 * characters; the room above that is for links and emphasis. It bounds what the inline reader,
 * whose time can grow with the square of a line, is given.
 */
export const TITLE_LINE_LIMIT = 1024;

/**
 * Most places in a title line (its attribute block aside, and unless it is a line of links) where
 * the inline reader may look ahead through the rest of the line: `]`, `<`, and runs of `*`, `_` or
 * backticks. With at most this many, reading a line costs about what a plain line of the same
 * length does; a real title needs a handful.
 */
export const TITLE_MARKUP_LIMIT = 32;

// What may stand between the links of a line that holds only links.
const LINK_SEPARATORS = /^[\s,;|/\u00b7\u2022\u2013\u2014-]*$/u;

/**
 * Reads a heading, or the first line of a list item's paragraph, as a title: the trailing
 * `{...}` attribute block is taken off as written (backslash escapes resolved), the rest is read
 * as inline Markdown on its own, flattened, whitespace collapsed and one final period dropped
 * (unless written `\.`, or part of an ellipsis). Inline Markdown in a list item's title closes on
 * its first line. A title line over {@link TITLE_LINE_LIMIT} characters, or with more than
 * {@link TITLE_MARKUP_LIMIT} places to scan from, is refused before it is read (unless it is a
 * line of links), with an error at `path`. Problems go to the context.
 */
export function readTitleLine(node: Heading | Paragraph, ctx: ReadContext, path: string): TitleLine {
  const empty: TitleLine = { title: '', attributes: undefined, links: [], linkOnly: false, restStart: undefined };
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!node.position || !first?.position || !last?.position) return empty;
  const line = node.position.start.line;
  const isItem = node.type === 'paragraph';
  const start = first.position.start.offset!;
  const end = isItem ? Math.min(lineEnd(ctx.source, start), last.position.end.offset!) : last.position.end.offset!;
  const continues = isItem && node.position.end.line > line;
  const raw = ctx.source.slice(start, end);

  const block = peelAttributeBlock(raw);
  const titleEnd = start + (block?.start ?? raw.length);
  const titleRaw = raw.slice(0, titleEnd - start);
  const markup = titleRaw.length > TITLE_LINE_LIMIT ? 0 : countMarkup(titleRaw);
  if ((titleRaw.length > TITLE_LINE_LIMIT || markup > TITLE_MARKUP_LIMIT) && !isLinkLine(titleRaw)) {
    const message =
      titleRaw.length > TITLE_LINE_LIMIT
        ? `line ${line}: the title line has ${titleRaw.length} characters of Markdown; a title holds at most ${LIMITS.maxTitleLength} (limit maxTitleLength), so only a line of links may be longer than ${TITLE_LINE_LIMIT}`
        : `line ${line}: the title line has ${markup} brackets, tags and emphasis or code marks; a title line may have at most ${TITLE_MARKUP_LIMIT} (limit TITLE_MARKUP_LIMIT) unless it is a line of links`;
    ctx.errors.push({ path: path ? `${path}.title` : 'title', message });
    return { ...empty, title: resolveEscapes(raw.slice(0, LIMITS.maxTitleLength)), attributes: readAttributes(block, line, ctx) };
  }

  // A heading is read from its `#`, so that it reads as a heading; anything else as a paragraph.
  const atx = node.type === 'heading' && ctx.source[node.position.start.offset!] === '#';
  const pieceStart = atx ? node.position.start.offset! : start;
  const pieceColumn = atx ? node.position.start.column : first.position.start.column;
  let { children, breakAt } = parseInlinePiece(
    ctx.source,
    { start: pieceStart, end: titleEnd, line, column: pieceColumn, continues: continues && !block },
    ctx.definedLabels,
  );
  // A block right after text (`Title{#id}`) is part of that text, as it would be in one text node.
  const attachedToText = block?.attached && children.at(-1)?.type === 'text';
  if (block && attachedToText) {
    children = [...children, { type: 'text', value: block.text, position: { start: { line, column: 0, offset: titleEnd }, end: { line, column: 0, offset: end } } }];
  }
  const attributes = block && !attachedToText ? readAttributes(block, line, ctx) : undefined;
  if (!attributes) {
    const trimmed = resolveEscapes(raw).trimEnd();
    if (trimmed.endsWith('}') && trimmed.includes('{')) {
      ctx.warn(line, 'the {...} at the end of the line is not a readable attribute block (check its quotes and braces); it stays in the title');
    }
  }

  const sourceEnd = Math.min(attributes ? titleEnd : end, breakAt ?? end);
  const restStart = continues ? ctx.lineStarts[line] : undefined;
  const inline = readInline(children, ctx.definitions);
  for (const dropped of inline.dropped) ctx.warn(dropped.line, `${dropped.kind} ignored: a title is plain text`);
  const linkOnly = inline.links.length > 0 && LINK_SEPARATORS.test(inline.outside);
  const title = normalizeTitle(inline.text, ctx.source.slice(start, sourceEnd), node.position.end.line > line && !isItem);
  return { title, attributes, links: inline.links, linkOnly, restStart };
}

/** `]`, `<`, and runs of `*`, `_` or backticks: where the inline reader may scan ahead. */
function countMarkup(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === ']' || char === '<') count++;
    else if (char === '*' || char === '_' || char === '`') {
      count++;
      while (text[i + 1] === char) i++;
    }
  }
  return count;
}

function readAttributes(block: ReturnType<typeof peelAttributeBlock>, line: number, ctx: ReadContext): Attributes | undefined {
  if (!block) return undefined;
  const { attributes, problems } = parseAttributes(block.content);
  for (const problem of problems) ctx.warn(line, `attribute block: ${problem}`);
  return attributes;
}

/**
 * Collapses the spaces typed in a title (and the line breaks of a heading written over several
 * lines): other whitespace, such as a tab or no-break space, or a line feed written as `&#10;`,
 * is kept as the title's own.
 */
function normalizeTitle(text: string, source: string, multiline: boolean): string {
  const lines = multiline ? text.replace(/ *(?:\r\n?|\n) */g, ' ') : text;
  const title = lines.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
  const written = source.trimEnd();
  // Only a period typed as such counts: not `\.`, not one inside a code span or a link.
  const plainPeriod = written.endsWith('.') && !/(^|[^\\])(\\\\)*\\\.$/.test(written);
  if (plainPeriod && title.endsWith('.') && !title.endsWith('..')) return title.slice(0, -1).trimEnd();
  return title;
}
