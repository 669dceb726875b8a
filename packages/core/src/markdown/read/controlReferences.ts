import type { Nodes, PhrasingContent } from 'mdast';

/** `&#N;` for a C0 control that CommonMark turns into U+FFFD (not tab, LF, FF or CR), unescaped. */
const CONTROL_REFERENCE = /(\\*)&#([1-9]?\d);/g;
// Noncharacters, reserved for a program's own use: U+FDD0 + code marks a reference, U+FFFE pads
// the mark to the reference's length so that no position moves.
const MARK = /[\uFDD0-\uFDEF]\uFFFE*/g;
const RESERVED = /[\uFDD0-\uFDEF\uFFFE]/;
const NATIVE = new Set([9, 10, 12, 13]);

/**
 * Marks the references `&#0;` … `&#31;` in a piece of Markdown before micromark reads it.
 * Micromark reads most of them as U+FFFD, so a title could not carry a control character through
 * an export and an import; {@link escapeTitle} writes them so, and {@link restoreControlReferences}
 * turns the marks into the characters afterwards. Each mark has the length of its reference. A
 * piece that already holds such noncharacters is left as it is.
 */
export function markControlReferences(text: string): string {
  if (RESERVED.test(text) || !text.includes('&#')) return text;
  return text.replace(CONTROL_REFERENCE, (match, slashes: string, digits: string) => {
    const code = Number.parseInt(digits, 10);
    if (slashes.length % 2 === 1 || code > 31 || NATIVE.has(code)) return match;
    return slashes + String.fromCharCode(0xfdd0 + code) + '\uFFFE'.repeat(match.length - slashes.length - 1);
  });
}

/**
 * Turns marks back in parsed inline content: into the control character where Markdown decodes
 * references (text, link destinations and titles), into the reference as written where it does
 * not (code spans, HTML, autolinks).
 */
export function restoreControlReferences(nodes: readonly PhrasingContent[], source: string): void {
  const decoded = (value: string) => value.replace(MARK, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfdd0));
  const written = (value: string) => value.replace(MARK, (mark) => `&#${mark.charCodeAt(0) - 0xfdd0};`);
  const stack: { node: Nodes; literal: boolean }[] = nodes.map((node) => ({ node, literal: false }));
  while (stack.length) {
    const { node, literal } = stack.pop()!;
    const read = literal ? written : decoded;
    if (node.type === 'text') node.value = read(node.value);
    else if (node.type === 'inlineCode' || node.type === 'html') node.value = written(node.value);
    else if (node.type === 'link' || node.type === 'image') {
      const autolink = node.type === 'link' && source[node.position?.start.offset ?? -1] === '<';
      node.url = autolink ? written(node.url) : read(node.url);
      if (node.title) node.title = read(node.title);
      if (node.type === 'image') node.alt = node.alt && read(node.alt);
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child, literal: literal || (node.type === 'link' && source[node.position?.start.offset ?? -1] === '<') });
  }
}
