import type { Definition, Nodes, Root } from 'mdast';
import { parseDefinitions } from './parseBlockTree.js';

/**
 * The outline's link reference definitions by identifier (anywhere, in lists and quotes too;
 * the first one of a label wins), with their URLs and titles decoded: the block reader leaves
 * them as written, so their source is read again, all definitions in one micromark call, one
 * after another with a blank line between. A definition written across lines inside a list
 * item or quote loses the item's indentation or the `>` marks of its later lines first. One
 * that does not read back as a definition keeps its URL and title as written. (The block reader
 * may have masked characters of a label written across lines, see maskInline; the labels are
 * read again here too.)
 */
export function readDefinitions(source: string, root: Root): Map<string, Definition> {
  const found: Definition[] = [];
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') found.push(node);
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const definitions = new Map<string, Definition>();
  if (!found.length) return definitions;
  const startLines: number[] = [];
  let line = 1;
  const texts = found.map((definition) => {
    const { start, end } = definition.position!;
    const text = source
      .slice(start.offset, end.offset)
      .split(/\r\n?|\n/)
      .map((part, i) => (i === 0 ? part : part.replace(new RegExp(`^[ \\t>]{0,${start.column - 1}}`), '')))
      .join('\n');
    startLines.push(line);
    line += text.split('\n').length + 1;
    return text;
  });
  const read = new Map<number, Definition>();
  for (const node of parseDefinitions(texts.join('\n\n')).children) {
    if (node.type === 'definition' && !read.has(node.position!.start.line)) read.set(node.position!.start.line, node);
  }
  found.forEach((definition, i) => {
    const decoded = read.get(startLines[i]!);
    const { identifier, label, url, title } = decoded ?? definition;
    if (!definitions.has(identifier)) definitions.set(identifier, { ...definition, identifier, label, url, title });
  });
  return definitions;
}
