import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

// CommonMark plus GFM tables, so that a table is reported as one instead of read as text.
const OPTIONS = { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] };

/** Chunks are cut only once they hold at least this many characters. */
const CHUNK_SIZE = 4096;
/** After this many merges in a row, the rest of the document is parsed in one go. */
const MAX_MERGES = 4;

/**
 * Parses CommonMark (with GFM tables) into an mdast tree with positions, exactly as
 * `mdast-util-from-markdown` would, but in chunks. The parser's time grows with the square of
 * the document (each closed list or quote copies the event list so far): a 1.6 MB outline takes
 * about 25 s whole and under 2 s in chunks.
 *
 * A chunk starts at a line that begins, in column 1, a heading (`#`) or a bullet item with
 * content (`- x`, `* x`, `+ x`). Such a line starts that block wherever it stands, except after
 * a fenced code block, HTML block or table that may still be open: a chunk that ends in one is
 * merged with the next. A list cut in two is joined back. Reference definitions apply across the
 * whole document, so a document that has any is parsed whole.
 *
 * @param chunkSize - least characters per chunk; tests lower it to cut at every possible line.
 */
export function parseMarkdownTree(text: string, chunkSize = CHUNK_SIZE): Root {
  const starts = chunkStarts(text, chunkSize);
  const children: RootContent[] = [];
  let line = 1;
  let index = 0;
  while (index < starts.length) {
    let end = index + 1;
    let tree = parseMdast(text.slice(starts[index], starts[end]), OPTIONS);
    for (let merges = 0; end < starts.length && mayRunOn(tree); merges++) {
      end = merges < MAX_MERGES ? end + 1 : starts.length;
      tree = parseMdast(text.slice(starts[index], starts[end]), OPTIONS);
    }
    if (hasDefinition(tree)) return parseMdast(text, OPTIONS);
    shiftPositions(tree, line - 1, starts[index]!);
    const [head, ...tail] = tree.children;
    if (head && !joinLists(children.at(-1), head, text)) children.push(head);
    for (const node of tail) children.push(node);
    line += countLines(text, starts[index]!, starts[end] ?? text.length);
    index = end;
  }
  const end = { line, column: text.length - lastLineStart(text) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Offsets where chunks start: 0, then chunk-starting lines at least `chunkSize` apart. */
function chunkStarts(text: string, chunkSize: number): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
    const at = i + 1;
    if (at - starts.at(-1)! >= chunkSize && startsBlock(text, at)) starts.push(at);
  }
  return starts;
}

function startsBlock(text: string, at: number): boolean {
  const char = text[at];
  // An item without content cannot interrupt a paragraph, so it would not start a block there.
  if (char === '-' || char === '*' || char === '+') return (text[at + 1] === ' ' || text[at + 1] === '\t') && /\S/.test(lineAt(text, at + 2));
  if (char !== '#') return false;
  let hashes = 0;
  while (text[at + hashes] === '#') hashes++;
  const after = text[at + hashes];
  return hashes <= 6 && (after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === undefined);
}

function lineAt(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/**
 * A chunk that starts with a bullet item continues the list the previous chunk ended with, when
 * that list uses the same bullet: the whole parse would give one list, so the two are joined
 * (a blank line between them makes the list loose, as it would have).
 */
function joinLists(previous: RootContent | undefined, next: RootContent, text: string): boolean {
  if (previous?.type !== 'list' || next.type !== 'list' || previous.ordered || next.ordered) return false;
  const from = previous.position?.end.offset;
  const to = next.position?.start.offset;
  if (from === undefined || to === undefined) return false;
  const bullet = (list: RootContent) => text.slice(list.position!.start.offset).trimStart()[0];
  if (bullet(previous) !== bullet(next)) return false;
  for (const item of next.children) previous.children.push(item);
  previous.position!.end = next.position!.end;
  previous.spread = previous.spread || next.spread || (text.slice(from, to).match(/\n/g)?.length ?? 0) > 1;
  return true;
}

function hasDefinition(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') return true;
    // Definitions are blocks: no need to look inside paragraphs and headings.
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}

function mayRunOn(tree: Root): boolean {
  // Down the chain of last children: an open fence, HTML block or table there may swallow the
  // next line, and even when it does not, where it ends depends on what follows it.
  for (let node: Nodes | undefined = tree.children.at(-1); node; node = 'children' in node ? node.children.at(-1) : undefined) {
    if (node.type === 'code' || node.type === 'html' || node.type === 'table') return true;
  }
  return false;
}

function shiftPositions(tree: Root, lines: number, offset: number): void {
  if (!lines && !offset) return;
  const stack: Nodes[] = [...tree.children];
  while (stack.length) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
  }
  return lines;
}

function lastLineStart(text: string): number {
  return Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
}
