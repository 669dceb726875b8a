import type { Delimiter, InlineItem, InlineNode } from './types.js';

/** An item in the working list, linked both ways; delimiters are linked among themselves too. */
interface Cell {
  item: InlineItem;
  /** Position in the input, for the search floors. */
  at: number;
  prev: Cell | undefined;
  next: Cell | undefined;
  prevDelimiter: Cell | undefined;
  nextDelimiter: Cell | undefined;
}

/**
 * Pairs `*`/`_` delimiter runs into emphasis and strong emphasis the way CommonMark does
 * (closers look back for the nearest compatible opener, `**` pairs before `*`, the "rule of 3"),
 * then turns whatever stayed unpaired back into literal text. Consumes `items`.
 *
 * Linear in the number of items, like the CommonMark reference implementations: the items sit
 * in a linked list, so pairing never shifts an array; a closer looks back through delimiters
 * only; and when a closer finds no opener, later closers of the same kind (same character,
 * whether it may open, length modulo 3: the facts the rule of 3 reads) do not look below it
 * again, since nothing down there can have become a match.
 */
export function processEmphasis(items: InlineItem[]): InlineNode[] {
  const head = link(items);
  // Per kind of closer, the input position at and below which no opener can match it.
  const floors = new Map<string, number>();
  for (let cell = firstDelimiter(head); cell; cell = cell.nextDelimiter) {
    const closer = cell.item as Delimiter;
    if (!closer.canClose) continue;
    const kind = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
    while (closer.count > 0) {
      const openerCell = findOpener(cell, closer, floors.get(kind) ?? -1);
      if (!openerCell) {
        floors.set(kind, cell.at - 1);
        break;
      }
      const opener = openerCell.item as Delimiter;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      wrap(openerCell, cell, use === 2 ? 'strong' : 'emphasis');
      if (opener.count === 0) remove(openerCell);
    }
    if (closer.count === 0) remove(cell);
  }
  return toNodes(head.next, undefined);
}

function link(items: readonly InlineItem[]): Cell {
  const head: Cell = { item: { type: 'text', value: '' }, at: -1, prev: undefined, next: undefined, prevDelimiter: undefined, nextDelimiter: undefined };
  let last = head;
  let lastDelimiter = head;
  items.forEach((item, at) => {
    const cell: Cell = { item, at, prev: last, next: undefined, prevDelimiter: undefined, nextDelimiter: undefined };
    last.next = cell;
    last = cell;
    if (item.type === 'delimiter') {
      cell.prevDelimiter = lastDelimiter;
      lastDelimiter.nextDelimiter = cell;
      lastDelimiter = cell;
    }
  });
  return head;
}

function firstDelimiter(head: Cell): Cell | undefined {
  return head.nextDelimiter;
}

function findOpener(closerCell: Cell, closer: Delimiter, floor: number): Cell | undefined {
  for (let cell = closerCell.prevDelimiter; cell && cell.at > floor; cell = cell.prevDelimiter) {
    const item = cell.item as Delimiter;
    if (item.char !== closer.char || !item.canOpen || item.count === 0) continue;
    // CommonMark's rule of 3 keeps `*foo**bar*` from pairing the wrong runs.
    const either = item.canClose || closer.canOpen;
    const sum = item.original + closer.original;
    if (either && sum % 3 === 0 && !(item.original % 3 === 0 && closer.original % 3 === 0)) continue;
    return cell;
  }
  return undefined;
}

/**
 * Moves what lies between an opener and its closer into a new emphasis node right after the
 * opener. Delimiters in there can no longer pair with anything outside: they become text.
 */
function wrap(opener: Cell, closer: Cell, type: 'emphasis' | 'strong'): void {
  const children = toNodes(opener.next, closer);
  const cell: Cell = { item: { type, children }, at: opener.at, prev: opener, next: closer, prevDelimiter: undefined, nextDelimiter: undefined };
  opener.next = cell;
  closer.prev = cell;
  opener.nextDelimiter = closer;
  closer.prevDelimiter = opener;
}

function remove(cell: Cell): void {
  cell.prev!.next = cell.next;
  if (cell.next) cell.next.prev = cell.prev;
  cell.prevDelimiter!.nextDelimiter = cell.nextDelimiter;
  if (cell.nextDelimiter) cell.nextDelimiter.prevDelimiter = cell.prevDelimiter;
}

/** The items from `from` up to (not including) `to`: unpaired markers as text, texts merged. */
function toNodes(from: Cell | undefined, to: Cell | undefined): InlineNode[] {
  const out: InlineNode[] = [];
  for (let cell = from; cell && cell !== to; cell = cell.next) {
    const item = cell.item;
    let node: InlineNode;
    if (item.type === 'delimiter') node = { type: 'text', value: item.char.repeat(item.count) };
    else if (item.type === 'bracket') node = { type: 'text', value: '[' };
    else node = item;
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (node.type !== 'text' || node.value) out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}
