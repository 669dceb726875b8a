import type { Definition, PhrasingContent } from 'mdast';

/** A link met in inline content, with its text flattened. */
export interface InlineLink {
  url: string;
  /** The link title (`[x](url "paid")`), `null` when there is none. */
  title: string | null;
  text: string;
  line: number;
}

/** Inline content read as plain text. */
export interface InlineText {
  /** All the text, link texts included (links' `@type@` tags removed). */
  text: string;
  /** The text outside links only. */
  outside: string;
  links: InlineLink[];
  /** Images and raw HTML, which plain text cannot hold, with their lines. */
  dropped: { kind: 'image' | 'HTML'; line: number }[];
}

/** Link text that starts with `@type@` names the resource type. */
export const RESOURCE_TAG = /^\s*@([A-Za-z]+)@/;

/**
 * Flattens inline Markdown to plain text: emphasis and links keep their text, code spans their
 * code, hard breaks become spaces; images and HTML are dropped and reported. Links (reference
 * links too, through `definitions`) are collected. Iterative, so no nesting depth can overflow
 * the stack.
 */
export function readInline(nodes: readonly PhrasingContent[], definitions: ReadonlyMap<string, Definition>): InlineText {
  const result: InlineText = { text: '', outside: '', links: [], dropped: [] };
  const stack: { node: PhrasingContent; link: InlineLink | undefined }[] = [];
  const pushAll = (children: readonly PhrasingContent[], link: InlineLink | undefined) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, link });
  };
  pushAll(nodes, undefined);
  // Text outside links, and the links themselves, whose text fills in as their children are read.
  const segments: (string | InlineLink)[] = [];
  while (stack.length) {
    const { node, link } = stack.pop()!;
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (link) link.text += node.value;
        else segments.push(node.value);
        break;
      case 'break':
        if (link) link.text += ' ';
        else segments.push(' ');
        break;
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node : definitions.get(node.identifier);
        if (!target || link) {
          // A reference without a definition, or a link in a link: keep the text only.
          pushAll(node.children, link);
          break;
        }
        const found: InlineLink = { url: target.url, title: target.title ?? null, text: '', line };
        result.links.push(found);
        segments.push(found);
        pushAll(node.children, found);
        break;
      }
      case 'image':
      case 'imageReference':
        result.dropped.push({ kind: 'image', line });
        break;
      case 'html':
        result.dropped.push({ kind: 'HTML', line });
        break;
      default:
        if ('children' in node) pushAll(node.children as PhrasingContent[], link);
    }
  }
  result.text = segments.map((s) => (typeof s === 'string' ? s : s.text.replace(RESOURCE_TAG, ''))).join('');
  result.outside = segments.map((s) => (typeof s === 'string' ? s : ' ')).join('');
  return result;
}
