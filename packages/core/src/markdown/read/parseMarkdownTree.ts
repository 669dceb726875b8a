import type { Root } from 'mdast';
import { parseBlocks } from './parseBlocks.js';
import { countLines } from './textLines.js';

/** Characters per piece handed to micromark; see {@link parseBlocks}. */
const WINDOW = 2048;

/**
 * Reads the block structure of a Markdown outline (CommonMark with GFM tables) into an mdast
 * tree with positions: exactly the tree `mdast-util-from-markdown` gives with inline constructs
 * turned off, in time and memory linear in the text; block quotes keep only the link definitions
 * in them and tables no rows (the outline has no place for either). Paragraphs and headings keep their text
 * unparsed: their inline Markdown is read later, piece by piece, with bounds
 * ({@link parseInlinePiece}); link definitions keep their URL and title raw
 * ({@link readDefinitions} decodes them).
 *
 * @param window - characters per piece; tests lower it to cut and recurse wherever they can.
 */
export function parseMarkdownTree(text: string, window = WINDOW): Root {
  const children = parseBlocks(text, window);
  const line = 1 + countLines(text, 0, text.length);
  const end = { line, column: text.length - lastLineStart(text) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function lastLineStart(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
}
