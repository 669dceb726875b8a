import { paragraphSource } from '../read/paragraphSource.js';
import { parseMarkdownTree } from '../read/parseMarkdownTree.js';
import { escapeBlockStarts } from './escapeBlockStarts.js';

/**
 * The lines that write a description as paragraphs under a heading or inside a list item,
 * `indent` spaces in. A description normally goes out verbatim; one that would not read back
 * as the same paragraphs (a line starting with `- ` or `#` would become a topic or a heading)
 * goes through {@link escapeBlockStarts}, so it can never turn into structure.
 */
export function descriptionLines(description: string, indent: number): string[] {
  const text = readsBack(description) ? description : escapeBlockStarts(description);
  const pad = ' '.repeat(indent);
  return text.split('\n').map((line) => (line ? pad + line : ''));
}

function readsBack(description: string): boolean {
  const tree = parseMarkdownTree(description);
  if (!tree.children.every((node) => node.type === 'paragraph')) return false;
  const read = tree.children.map((p) => paragraphSource(description, p.position!.start.offset!, p.position!.end.offset!));
  return read.join('\n\n') === description;
}
