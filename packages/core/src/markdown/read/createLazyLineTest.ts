import { parseBlockTree } from './parseBlockTree.js';
import { isBlank, lineEnd, nextLineStart } from './textLines.js';

/** Whether the line at `at` (a line start) would continue an open paragraph lazily. */
export type LazyLineTest = (at: number) => boolean;

// Closes any HTML block a probed line may open (kinds 1 to 5 run to one of these markers), so
// that one probe cannot swallow the next.
const HTML_CLOSER = '</script></pre></style></textarea> --> ?> ]]> >';
const BATCH_LINES = 256;
const BATCH_CHARACTERS = 64 * 1024;

/**
 * Tells whether a line of `text` that lacks its container's prefix (an unindented line in a
 * list item, a line without `>` in a block quote) is a lazy continuation of an open paragraph,
 * as micromark decides it: anything that starts a block of its own ends the container instead.
 *
 * Most lines are settled by their first characters. Lines starting with `<` may start an HTML
 * block, which only micromark can tell, so they are asked in batches of up to 256 lines (each
 * after `> a`, followed by a line that ends any HTML block): one micromark call per batch, and
 * each distinct line asked once, so no text can make this cost more than a pass over the text.
 */
export function createLazyLineTest(text: string): LazyLineTest {
  const known = new Map<string, boolean>();
  return (at) => {
    const line = text.slice(at, lineEnd(text, at));
    const settled = settle(line);
    if (settled !== undefined) return settled;
    if (!known.has(line)) askBatch(text, at, known);
    return known.get(line)!;
  };
}

/** The answer from the line's start alone, or `undefined` when only micromark can tell. */
function settle(line: string): boolean | undefined {
  if (isBlank(line)) return false;
  let column = 0;
  let i = 0;
  for (; line[i] === ' ' || line[i] === '\t'; i++) column = line[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  // Indented four columns or more, a line cannot start a block that interrupts a paragraph.
  if (column >= 4) return true;
  const rest = line.slice(i);
  const first = rest[0]!;
  switch (first) {
    case '>':
      return false;
    case '#':
      return !/^#{1,6}(?:[ \t]|$)/.test(rest);
    case '-':
    case '*':
    case '+':
    case '_':
      // A thematic break, or a list item (an empty one too), is a block of its own.
      if (/^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/.test(rest)) return false;
      return first === '_' || !/^[-*+](?:[ \t]|$)/.test(rest);
    case '`':
      // A backtick fence's info string may not hold a backtick.
      return !/^`{3,}[^`]*$/.test(rest);
    case '~':
      return !rest.startsWith('~~~');
    case '<':
      return /^<[A-Za-z/!?]/.test(rest) ? undefined : true;
    default:
      if (first >= '0' && first <= '9') return !/^\d{1,9}[.)](?:[ \t]|$)/.test(rest);
      // Setext underlines, tables and link definitions cannot be lazy: they stay text.
      return true;
  }
}

function askBatch(text: string, from: number, known: Map<string, boolean>): void {
  const lines: string[] = [];
  let characters = 0;
  for (let at = from; at < text.length && lines.length < BATCH_LINES && characters < BATCH_CHARACTERS; ) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (!known.has(line) && settle(line) === undefined && !lines.includes(line)) {
      lines.push(line);
      characters += line.length;
    }
    if (end >= text.length) break;
    at = nextLineStart(text, end);
  }
  const probe = lines.map((line) => `> a\n${line}\n${HTML_CLOSER}\n`).join('\n');
  const tree = parseBlockTree(probe);
  // Probe i starts on line 4i + 1; its line is lazy when the quote's paragraph reaches line 4i + 2.
  const lazy = new Set<number>();
  for (const node of tree.children) {
    const start = node.position!.start.line;
    const paragraph = node.type === 'blockquote' ? node.children[0] : undefined;
    if ((start - 1) % 4 === 0 && paragraph?.type === 'paragraph' && paragraph.position!.end.line >= start + 1) lazy.add((start - 1) / 4);
  }
  lines.forEach((line, i) => known.set(line, lazy.has(i)));
}
