import type { Definition, List, RootContent } from 'mdast';
import { createLazyLineTest } from './createLazyLineTest.js';
import { shiftPositions } from './mapPositions.js';
import { maskInline } from './maskInline.js';
import { parseBlockTree } from './parseBlockTree.js';
import { parseContainer } from './parseContainer.js';
import { countLines, lineEnd, lineStartFrom, nextLineStart } from './textLines.js';

/** How the first list of the next piece continues the list read last. */
type Continuation = 'same list' | 'if same kind' | undefined;

/**
 * Reads the block structure of `text` (see {@link parseBlockTree}) in pieces of about `window`
 * characters, and gives exactly the nodes one micromark call on the whole text would.
 *
 * Micromark copies its event list each time it closes a list or quote, so one call costs the
 * square of its size when the text is full of them. Pieces keep that bounded:
 *
 * - A piece ends at a line boundary. Every top-level block but the last one is complete (what
 *   follows a block cannot change it, except that the next line may turn a paragraph into a
 *   heading or table, and that paragraph is the last block). Reading restarts where the last
 *   block starts, or an earlier one when micromark read that line in the light of the block
 *   before it (see {@link canRestartAt}).
 * - A list that is the last block restarts at its last item; the items are joined back into
 *   one list.
 * - A piece that holds one unfinished block grows until the block ends, which costs a
 *   constant factor, except for a list item or block quote, which are read from their
 *   content by {@link parseContainer} once they outgrow four windows.
 */
export function parseBlocks(text: string, window: number): RootContent[] {
  const out: RootContent[] = [];
  const isLazy = createLazyLineTest(text);
  let start = 0;
  let line = 1;
  let continuation: Continuation;
  // Right after a list item or quote read on its own, micromark is in a state a fresh start is
  // not (see canRestartAt); an empty quote line in front of the piece puts it back there.
  let afterContainer: 'listItem' | 'blockquote' | undefined;
  const moveTo = (offset: number) => {
    afterContainer = undefined;
    line += countLines(text, start, offset);
    start = offset;
  };
  while (start < text.length) {
    for (let size = window; ; ) {
      const end = pieceEnd(text, start, size);
      // Grow past the line boundary the piece reached, so that a long line is read once or twice.
      size = Math.max(size, end - start) * 2;
      const nodes = readPiece(text.slice(start, end), afterContainer);
      shiftPositions(nodes, line - 1, start);
      const last = nodes.at(-1);
      if (end >= text.length || !last) {
        continuation = append(out, nodes, continuation, text);
        // Blank lines only: they belong to a list item before them, so its state carries over;
        // a quote ended at the first of them.
        const state = afterContainer;
        moveTo(end);
        if (!last && state === 'listItem') afterContainer = state;
        break;
      }
      const restart = lastRestart(text, nodes, out.at(-1), start);
      if (restart) {
        continuation = append(out, nodes.slice(0, restart.index), continuation, text);
        moveTo(restart.at);
        break;
      }
      if (last.type === 'list' && last.children.length > 1) {
        const items = last.children;
        const partial: List = { ...last, children: items.slice(0, -1), position: { start: last.position!.start, end: items.at(-2)!.position!.end } };
        append(out, [partial], continuation, text);
        continuation = 'same list';
        moveTo(lineStartOf(text, items.at(-1)!.position!.start.offset!));
        break;
      }
      if (size > 4 * window && (last.type === 'list' || last.type === 'blockquote')) {
        const read = parseContainer(text, start, line, last, (content) => parseBlocks(content, window), isLazy);
        append(out, [read.node], continuation, text);
        continuation = read.node.type === 'list' ? 'if same kind' : undefined;
        start = read.next;
        line = read.nextLine;
        afterContainer = read.node.type === 'list' ? 'listItem' : 'blockquote';
        break;
      }
    }
  }
  return out;
}

/**
 * Where a piece from `start` ends: at the first line boundary `size` characters on, or sooner,
 * after `size / 32` lines, since micromark's copying grows with the events of a call, which
 * short lines make many of.
 */
function pieceEnd(text: string, start: number, size: number): number {
  const end = lineStartFrom(text, start + size);
  let at = start;
  for (let lines = Math.max(1, size >> 5); lines > 0 && at < end; lines--) at = nextLineStart(text, lineEnd(text, at));
  return Math.min(at, end);
}

/**
 * Reads a piece. Right after a container read on its own, an empty `>` line is put where that
 * container ended for micromark: at the piece's start after a quote, at its first non-blank
 * line after a list item (blank lines stay in an item). Its node is then taken out again.
 */
function readPiece(piece: string, afterContainer: 'listItem' | 'blockquote' | undefined): RootContent[] {
  const masked = maskInline(piece);
  if (!afterContainer) return parseBlockTree(masked).children;
  const at = afterContainer === 'blockquote' ? 0 : firstNonBlankLine(masked);
  if (/^ {0,3}>/.test(masked.slice(at))) return parseBlockTree(masked).children;
  const nodes = parseBlockTree(`${masked.slice(0, at)}>\n${masked.slice(at)}`).children;
  const dummy = nodes.findIndex((node) => node.position!.start.offset === at);
  nodes.splice(dummy, 1);
  shiftPositions(nodes, -1, -2);
  return nodes;
}

function firstNonBlankLine(text: string): number {
  let at = 0;
  while (at < text.length) {
    const end = lineEnd(text, at);
    if (text.slice(at, end).trim()) return at;
    if (end >= text.length) return text.length;
    at = nextLineStart(text, end);
  }
  return at;
}

/** The last block (from the end) where reading can restart, after `start`: its index and line start. */
function lastRestart(text: string, nodes: readonly RootContent[], before: RootContent | undefined, start: number) {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const at = lineStartOf(text, nodes[index]!.position!.start.offset!);
    if (at <= start) return undefined;
    if (canRestartAt(text, index ? nodes[index - 1] : before, nodes[index]!, at)) return { index, at };
  }
  return undefined;
}

/**
 * Whether reading afresh at the line where `node` starts gives `node` again. Micromark lets
 * some blocks start only when nothing is in progress (an ordered item not numbered 1, an empty
 * item, indented code, HTML of the seventh kind, a definition), and it counts indented code,
 * even across blank lines, as in progress (except indented code that starts on the line where
 * a list or quote ends). Where one of them held a block back, the line was read as a paragraph,
 * which a fresh start would not. Lists, quotes, thematic breaks, `#` headings and fences start
 * whatever precedes them.
 */
function canRestartAt(text: string, previous: RootContent | undefined, node: RootContent, at: number): boolean {
  if (node.type === 'list' || node.type === 'blockquote' || node.type === 'thematicBreak') return true;
  const first = text.slice(at, at + 80).trimStart()[0];
  if ((node.type === 'heading' && first === '#') || (node.type === 'code' && isFenced(text, node))) return true;
  if (!previous) return true;
  if (previous.type === 'code' && !isFenced(text, previous)) return false;
  if (node.type === 'code' && (previous.type === 'list' || previous.type === 'blockquote')) return false;
  return countLines(text, previous.position!.end.offset!, at) > 1;
}

function isFenced(text: string, code: RootContent): boolean {
  const at = code.position!.start.offset!;
  return /^(```|~~~)/.test(text.slice(at, at + 3));
}

function lineStartOf(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

/** Adds nodes; a list that continues the last one is joined to it. Returns the continuation left. */
function append(out: RootContent[], nodes: readonly RootContent[], continuation: Continuation, text: string): Continuation {
  if (!nodes.length) return continuation;
  const [first, ...rest] = nodes;
  const previous = out.at(-1);
  if (continuation && previous?.type === 'list' && first!.type === 'list' && (continuation === 'same list' || sameKind(previous, first!, text))) {
    joinLists(previous, first!, text);
  } else out.push(prune(first!));
  for (const node of rest) out.push(prune(node));
  return undefined;
}

/**
 * An outline has no place for block quotes and tables, so only their place is kept (and the link
 * definitions a quote holds, which count anywhere): a text of a million quotes would otherwise
 * keep millions of nodes.
 */
function prune(node: RootContent): RootContent {
  if (node.type === 'table') node.children = [];
  if (node.type !== 'blockquote') return node;
  const definitions: Definition[] = [];
  const stack: RootContent[] = [...node.children].reverse();
  while (stack.length) {
    const inner = stack.pop()!;
    if (inner.type === 'definition') definitions.push(inner);
    else if ('children' in inner && inner.type !== 'paragraph' && inner.type !== 'heading' && inner.type !== 'table') {
      for (let i = inner.children.length - 1; i >= 0; i--) stack.push(inner.children[i] as RootContent);
    }
  }
  node.children = definitions;
  return node;
}

/** Lists continue each other when they use the same bullet, or the same delimiter after the number. */
function sameKind(a: List, b: List, text: string): boolean {
  if (a.ordered !== b.ordered) return false;
  const mark = (list: List) => {
    const at = list.position!.start.offset!;
    return list.ordered ? /^\d*(.)/.exec(text.slice(at, at + 11))![1] : text[at];
  };
  return mark(a) === mark(b);
}

/** Appends `next`'s items to `previous`; a blank line between the two makes the list loose. */
function joinLists(previous: List, next: List, text: string): void {
  const gap = countLines(text, previous.position!.end.offset!, next.position!.start.offset!);
  previous.children.push(...next.children);
  previous.position!.end = next.position!.end;
  previous.spread = previous.spread || next.spread || gap > 1;
}
