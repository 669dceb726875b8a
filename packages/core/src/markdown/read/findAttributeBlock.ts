/** A `{...}` attribute block found at the end of a line of text. */
export interface AttributeBlock {
  /** Index of the opening `{` in the text. */
  start: number;
  /** What is between the braces. */
  content: string;
}

/**
 * Finds the attribute block that ends a heading or list-item line: a `{` (at the start or after
 * whitespace) whose matching `}` is the last non-blank character. Quoted values may hold braces
 * (`tags="a{b}"`). The scan runs leftwards from the end so a title that merely contains braces
 * ("Set {x} notation {#sets}") keeps them, and so the work is bounded by the block's length.
 *
 * @param afterAnything - also accept a `{` right after other text (the caller then checks that
 *   it starts a text of its own, after a link or emphasis, say).
 * @returns `undefined` when the line does not end in a well-formed block.
 */
export function findAttributeBlock(text: string, afterAnything = false): AttributeBlock | undefined {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0 || text[end - 1] !== '}') return undefined;
  let quoted = false;
  for (let i = end - 2; i >= 0; i--) {
    const char = text[i];
    if (char === '"' && !isEscaped(text, i)) quoted = !quoted;
    else if (quoted) continue;
    else if (char === '}') return undefined;
    else if (char === '{') {
      if (i > 0 && !afterAnything && !isBlank(text.charCodeAt(i - 1))) return undefined;
      return { start: i, content: text.slice(i + 1, end - 1) };
    }
  }
  return undefined;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
