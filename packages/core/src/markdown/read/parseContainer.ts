import type { Blockquote, List, ListItem, RootContent } from 'mdast';
import type { LazyLineTest } from './createLazyLineTest.js';
import { type LineOrigin, mapPositions, pointAt } from './mapPositions.js';
import { advance, isBlank, lineEnd, nextLineStart } from './textLines.js';

/** A list item or block quote read on its own, and where the text after it starts. */
export interface ParsedContainer {
  /** A list of this one item, or the block quote. */
  node: List | Blockquote;
  /** Offset and line number of the first line after the container. */
  next: number;
  nextLine: number;
}

interface ContentLine {
  text: string;
  origin: LineOrigin;
  /** Offset where the line ends in the outer text, line ending excluded. */
  end: number;
  /** A stand-in for a line without the container's prefix, kept only if it continues a paragraph. */
  lazy: boolean;
}

/**
 * Reads a list item or block quote that starts at line `line` (offset `lineStart`) of `text`
 * by taking its content out and reading that as a document of its own, the way CommonMark
 * defines containers: the item's indentation or the quote's `>` is removed from each line
 * (tabs counted to the next multiple of 4 columns), and `parseContent` reads the rest, so a big
 * container is read in bounded pieces too. `found` is the container as micromark started it.
 *
 * A line without the container's prefix ends it, unless it continues an open paragraph
 * ("lazily"). Whether micromark would take it so is asked of `isLazy`; whether a paragraph is
 * open there shows in the content once read. Such a line goes into the content as a stand-in
 * that can only continue a paragraph; if one was not taken up by a paragraph, the container
 * ended before it and the shorter content is read again (once).
 *
 * The result is micromark's, positions included, for list items. In a block quote, the
 * quote itself and the structure inside are micromark's, but micromark gives some nodes inside
 * a quote odd end positions (a list ends after the blank `>` lines that follow it; a nested
 * quote ends after the outer `>` of the line where a list starts), which are not copied.
 * Nor is one quirk of lazy lines: a lazy line that starts an HTML block goes inside or outside
 * the container depending on the line after it; read on its own, it ends the container.
 */
export function parseContainer(
  text: string,
  lineStart: number,
  line: number,
  found: List | Blockquote,
  parseContent: (content: string) => RootContent[],
  isLazy: LazyLineTest,
): ParsedContainer {
  const isList = found.type === 'list';
  const marker = (isList ? found.children[0]! : found).position!.start.offset!;
  const first = text.slice(lineStart, lineEnd(text, lineStart));
  const item = isList ? readMarker(first, marker - lineStart) : undefined;
  const lines: ContentLine[] = [];
  const push = (at: number, end: number, stripped: { synthetic: number; from: number }, lazy = false) => {
    const raw = text.slice(at, end);
    const body = raw.slice(stripped.from);
    // A lazy line goes in behind an `x`, so that it can only continue what is open; one that
    // may be a link definition (after another one) goes in as it is: `[` starts no block either.
    const marked = lazy && !body.startsWith('[');
    lines.push({
      text: marked ? `x${body}` : ' '.repeat(lazy ? 0 : stripped.synthetic) + body,
      origin: { line: line + lines.length, start: at, synthetic: lazy && !marked ? 0 : stripped.synthetic, from: stripped.from },
      end,
      lazy,
    });
  };
  push(lineStart, lineStart + first.length, item ? stripColumns(first, item.width) : afterQuoteMarker(first, marker - lineStart));

  let at = nextLineStart(text, lineStart + first.length);
  while (at < text.length) {
    const end = lineEnd(text, at);
    const raw = text.slice(at, end);
    const previousBlank = isBlank(lines.at(-1)!.text);
    if (item) {
      // An item may begin with one blank line, not two.
      if (isBlank(raw) && item.emptyFirstLine && lines.length === 1) break;
      if (isBlank(raw) || indentation(raw).columns >= item.width) push(at, end, isBlank(raw) ? { synthetic: 0, from: raw.length } : stripColumns(raw, item.width));
      else if (!previousBlank && isLazy(at)) push(at, end, { synthetic: 1, from: indentation(raw).index }, true);
      else break;
    } else {
      const gt = quoteMarker(raw);
      if (gt >= 0) push(at, end, afterQuoteMarker(raw, gt));
      else if (!isBlank(raw) && !previousBlank && isLazy(at)) push(at, end, { synthetic: 1, from: indentation(raw).index }, true);
      else break;
    }
    if (end >= text.length) break;
    at = nextLineStart(text, end);
    // An item that runs to the end of a text ending in a line ending holds the empty line
    // after it, as its last block (an unclosed fence) would.
    if (at >= text.length && item) push(at, at, { synthetic: 0, from: 0 });
  }

  let children = parseContent(lines.map((l) => l.text).join('\n'));
  const cut = firstStrayLine(children, lines);
  if (cut !== undefined) {
    lines.length = cut;
    children = parseContent(lines.map((l) => l.text).join('\n'));
  }
  const spread = children.some((child, i) => i > 0 && child.position!.start.line - children[i - 1]!.position!.end.line > 1);
  mapPositions(children, lines.map((l) => l.origin));
  const lastLine = lines.at(-1)!;
  const after = lastLine.end >= text.length ? text.length : nextLineStart(text, lastLine.end);
  const start = pointAt(line, lineStart, marker);
  const result = { next: after, nextLine: lastLine.origin.line + (after > lastLine.end ? 1 : 0) };
  if (!item) {
    const end = pointAt(lastLine.origin.line, lastLine.origin.start, lastLine.end);
    return { ...result, node: { type: 'blockquote', children: children as Blockquote['children'], position: { start, end } } };
  }
  const itemEnd = children.length ? { ...children.at(-1)!.position!.end } : pointAt(line, lineStart, lineStart + first.length);
  const listItem: ListItem = { type: 'listItem', spread, checked: null, children: children as ListItem['children'], position: { start, end: itemEnd } };
  const list: List = {
    type: 'list',
    ordered: item.start !== null,
    start: item.start,
    spread: false,
    children: [listItem],
    position: { start: { ...start }, end: { ...itemEnd } },
  };
  return { ...result, node: list };
}

/**
 * The first stand-in line that did not continue a paragraph begun above it (as a 0-based
 * index). A paragraph or definition right after a link definition continues the same text, so
 * a stand-in that starts one there continued too; one inside a block quote begun above went on
 * in a paragraph of that quote (whose content is not kept).
 */
function firstStrayLine(children: readonly RootContent[], lines: readonly ContentLine[]): number | undefined {
  const paragraphs: [number, number][] = [];
  const definitionEnds = new Set<number>();
  const stack = [...children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'definition') paragraphs.push([node.position!.start.line, node.position!.end.line]);
    if (node.type === 'definition') definitionEnds.add(node.position!.end.line);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  let p = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.lazy) continue;
    const lineNumber = i + 1;
    while (p < paragraphs.length && paragraphs[p]![1] < lineNumber) p++;
    const paragraph = paragraphs[p];
    const begunAbove = paragraph && paragraph[0] <= lineNumber && (paragraph[0] < lineNumber || definitionEnds.has(lineNumber - 1));
    if (!begunAbove || paragraph[1] < lineNumber) return i;
  }
  return undefined;
}

interface ItemMarker {
  /** Column where the item's content starts: lines indented this far belong to it. */
  width: number;
  markerLength: number;
  /** The number of an ordered item, null for a bullet. */
  start: number | null;
  emptyFirstLine: boolean;
}

/** Reads a list item's marker at `at` in its first line, as CommonMark measures it. */
function readMarker(line: string, at: number): ItemMarker {
  const digits = /^\d*/.exec(line.slice(at))![0];
  const markerLength = digits.length + 1;
  let column = 0;
  for (let i = 0; i < at; i++) column = advance(line[i]!, column);
  const markerEnd = column + markerLength;
  let i = at + markerLength;
  column = markerEnd;
  while (line[i] === ' ' || line[i] === '\t') column = advance(line[i++]!, column);
  const emptyFirstLine = i >= line.length;
  // One space after the marker when the line is empty or the content is indented code.
  const width = emptyFirstLine || column - markerEnd >= 5 ? markerEnd + 1 : column;
  return { width, markerLength, start: digits ? Number.parseInt(digits, 10) : null, emptyFirstLine };
}

/** Removes `width` columns from the start of a line; a tab across the edge leaves its rest as spaces. */
function stripColumns(line: string, width: number): { synthetic: number; from: number } {
  let column = 0;
  for (let i = 0; i < line.length; i++) {
    if (column >= width) return { synthetic: 0, from: i };
    const next = advance(line[i]!, column);
    if (next > width) return { synthetic: next - width, from: i + 1 };
    column = next;
  }
  return { synthetic: 0, from: line.length };
}

/** After the `>` at `gt`: one following space (or one column of a tab) belongs to the marker. */
function afterQuoteMarker(line: string, gt: number): { synthetic: number; from: number } {
  if (line[gt + 1] === ' ') return { synthetic: 0, from: gt + 2 };
  if (line[gt + 1] !== '\t') return { synthetic: 0, from: gt + 1 };
  let column = 0;
  for (let i = 0; i <= gt; i++) column = advance(line[i]!, column);
  return { synthetic: advance('\t', column) - column - 1, from: gt + 2 };
}

/** Index of a block quote marker (`>` after at most 3 columns of indentation), or -1. */
function quoteMarker(line: string): number {
  const { columns, index } = indentation(line);
  return columns <= 3 && line[index] === '>' ? index : -1;
}

function indentation(line: string): { columns: number; index: number } {
  let columns = 0;
  let index = 0;
  while (line[index] === ' ' || line[index] === '\t') columns = advance(line[index++]!, columns);
  return { columns, index };
}
