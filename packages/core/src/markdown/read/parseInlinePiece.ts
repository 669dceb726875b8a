import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { markControlReferences, restoreControlReferences } from './controlReferences.js';
import { forEachPoint } from './mapPositions.js';
import { normalizeLabel } from './normalizeLabel.js';

const OPTIONS = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/**
 * Text that inline Markdown reads as itself: no character that can open markup, an escape, a
 * reference or a break (`\\ \` * _ [ ] ! < > &`), no tab or line end (micromark counts columns
 * of its own for them), no NUL (which it replaces), starting with a letter or digit but not a
 * list number (`1.`), and not ending in whitespace. Most titles are such text; reading them
 * without micromark saves a parser run per topic.
 */
const PLAIN = /^(?!\d{1,9}[.)])[\p{L}\p{N}][^\\`*_[\]!<>&\t\r\n\0]*(?<![\s])$/u;

/** A slice of the outline to read inline Markdown from, and where it sits. */
export interface InlinePiece {
  /** Offsets of the slice in `source`. */
  start: number;
  end: number;
  /** Line and column where the slice starts. */
  line: number;
  column: number;
  /** Read the slice as the line that opens a longer paragraph (a line break ends it). */
  continues: boolean;
}

/** Inline content read from a piece, and where a hard break ended it, if one did. */
export interface InlineContent {
  children: PhrasingContent[];
  breakAt: number | undefined;
}

/**
 * Reads the inline Markdown of one heading or one title line with micromark and returns it
 * with positions in `source`. A heading slice starts at its `#` and is read as a heading; any
 * other slice is read as a paragraph. `continues` reads the slice as followed by another line,
 * so that a hard break at its end reads as one (and is reported in `breakAt`).
 *
 * Link references resolve against `defined` (the outline's definitions, by normalised label):
 * each label the slice may use gets a stand-in definition in front of it, so the slice reads as
 * it would in the whole outline. Micromark's time on inline Markdown can grow with the square of
 * what it reads, so callers hand it bounded slices only.
 */
export function parseInlinePiece(source: string, piece: InlinePiece, defined: ReadonlySet<string>): InlineContent {
  const text = source.slice(piece.start, piece.end);
  if (PLAIN.test(text)) return { children: [plainText(text, piece)], breakAt: undefined };
  const prefix = definitionsFor(text, defined);
  const tree = parseMdast(`${prefix}${markControlReferences(text)}${piece.continues ? '\nx' : ''}`, OPTIONS);
  const prefixLines = prefix ? prefix.split('\n').length - 1 : 0;
  const block = tree.children.find((node: RootContent) => (node.position?.start.line ?? 0) > prefixLines);
  if (!block || (block.type !== 'paragraph' && block.type !== 'heading')) return { children: [], breakAt: undefined };
  const children = block.children;
  // Take the stand-in line off again: `x` after a break, or `\nx` at the end of the last text.
  let breakAt: number | undefined;
  if (piece.continues) {
    const last = children.at(-1);
    if (last?.type === 'text' && last.value === 'x' && children.at(-2)?.type === 'break') {
      children.pop();
      breakAt = children.pop()!.position?.start.offset;
    } else if (last?.type === 'text') {
      last.value = last.value.replace(/\r?\nx$/, '');
      if (!last.value) children.pop();
    }
  }
  forEachPoint(children as Nodes[], (point) => {
    const line = point.line - prefixLines;
    if (line === 1) point.column += piece.column - 1;
    point.line = piece.line + line - 1;
    if (point.offset !== undefined) point.offset = point.offset - prefix.length + piece.start;
  });
  if (breakAt !== undefined) breakAt = breakAt - prefix.length + piece.start;
  restoreControlReferences(children, source);
  return { children, breakAt };
}

/**
 * Stand-in definitions for the labels in `text` that the outline defines: `[label]` with no
 * bracket inside and at most 999 characters, as CommonMark labels are. Linear in `text`.
 */
function definitionsFor(text: string, defined: ReadonlySet<string>): string {
  if (!defined.size) return '';
  const labels = new Set<string>();
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') open = i;
    else if (char === ']' && open >= 0) {
      const label = text.slice(open + 1, i);
      if (label.length <= 999 && label.trim() && defined.has(normalizeLabel(label))) labels.add(label.replace(/[\t\n\r ]+/g, ' '));
      open = -1;
    }
  }
  return [...labels].map((label) => `[${label}]: #\n`).join('') + (labels.size ? '\n' : '');
}

/** The one text node micromark would give for a {@link PLAIN} piece, with its position. */
function plainText(text: string, piece: InlinePiece): PhrasingContent {
  const start = { line: piece.line, column: piece.column, offset: piece.start };
  const end = { line: piece.line, column: piece.column + text.length, offset: piece.end };
  return { type: 'text', value: text, position: { start, end } };
}
