import type { Nodes } from 'mdast';

const NAMES: Record<string, string> = {
  code: 'code block',
  table: 'table',
  html: 'HTML',
  blockquote: 'block quote',
  thematicBreak: 'thematic break',
  heading: 'heading',
  list: 'list',
  paragraph: 'paragraph',
  image: 'image',
  imageReference: 'image',
  definition: 'link definition',
};

/** How a warning names a Markdown node: "code block", "table", "block quote"... */
export function describeNode(node: Nodes): string {
  if (node.type === 'heading') return `heading "${'#'.repeat(node.depth)}"`;
  return NAMES[node.type] ?? node.type;
}
