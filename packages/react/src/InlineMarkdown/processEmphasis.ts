import type { Delimiter, InlineItem, InlineNode } from './types.js';

/**
 * Pairs `*`/`_` delimiter runs into emphasis and strong emphasis the way CommonMark does
 * (closers look back for the nearest compatible opener, `**` pairs before `*`, the "rule of 3"),
 * then turns whatever stayed unpaired back into literal text. Mutates and consumes `items`.
 */
export function processEmphasis(items: InlineItem[]): InlineNode[] {
  for (let i = 0; i < items.length; i++) {
    const closer = items[i]!;
    if (closer.type !== 'delimiter' || !closer.canClose) continue;
    while (closer.count > 0) {
      const at = findOpener(items, i, closer);
      if (at < 0) break;
      const opener = items[at] as Delimiter;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      // Delimiters between the pair can no longer match anything outside it: they become text.
      const inner = items.splice(at + 1, i - at - 1);
      items.splice(at + 1, 0, { type: use === 2 ? 'strong' : 'emphasis', children: toNodes(inner) });
      i = at + 2;
      if (opener.count === 0) {
        items.splice(at, 1);
        i--;
      }
    }
    if (closer.count === 0) {
      items.splice(i, 1);
      i--;
    }
  }
  return toNodes(items);
}

function findOpener(items: InlineItem[], closerAt: number, closer: Delimiter): number {
  for (let k = closerAt - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.type !== 'delimiter' || item.char !== closer.char || !item.canOpen || item.count === 0) continue;
    // CommonMark's rule of 3 keeps `*foo**bar*` from pairing the wrong runs.
    const either = item.canClose || closer.canOpen;
    const sum = item.original + closer.original;
    if (either && sum % 3 === 0 && !(item.original % 3 === 0 && closer.original % 3 === 0)) continue;
    return k;
  }
  return -1;
}

/** Unpaired delimiters and brackets become their characters; neighbouring texts merge. */
function toNodes(items: readonly InlineItem[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const item of items) {
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
