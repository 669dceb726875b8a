import type { Element, Root, RootContent } from 'hast';

/** A ```` ```roadmap ```` fence found in a hast tree. */
export interface Fence {
  /** The `<pre>` to replace, and its parent. */
  pre: Element;
  parent: Root | Element;
  /** The fence's text. */
  text: string;
  /** Line in the source file of the fence's first line of content, when the tree has positions. */
  contentLine: number | undefined;
}

const LANGUAGE = 'roadmap';

/** The `<pre>` elements that hold a roadmap fence, in document order. */
export function findFences(tree: Root): Fence[] {
  const found: Fence[] = [];
  const stack: (Root | Element)[] = [tree];
  while (stack.length) {
    const parent = stack.pop()!;
    for (const child of parent.children as RootContent[]) {
      if (child.type !== 'element') continue;
      const fence = child.tagName === 'pre' ? readFence(child, parent) : undefined;
      if (fence) found.push(fence);
      else stack.push(child);
    }
  }
  // The stack visits later siblings first; documents order the fences (and their ids) by position.
  return found.sort((a, b) => order(a) - order(b));
}

function order(fence: Fence): number {
  const start = fence.pre.position?.start;
  return start ? start.offset ?? start.line : 0;
}

function readFence(pre: Element, parent: Root | Element): Fence | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const classes = code?.properties.className;
  const language =
    (Array.isArray(classes) && classes.includes(`language-${LANGUAGE}`)) || pre.properties.dataLanguage === LANGUAGE;
  if (!language) return undefined;
  const start = (code ?? pre).position?.start.line ?? pre.position?.start.line;
  return { pre, parent, text: textOf(code ?? pre), contentLine: start === undefined ? undefined : start + 1 };
}

/** The text of a node: highlighted code is spans around text, lines split by text newlines. */
function textOf(node: Element): string {
  let text = '';
  const stack: RootContent[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') text += current.value;
    else if (current.type === 'element') for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return text;
}
