import { isEscapeAt } from '../inline/escapable.js';
import { findAttributeBlock } from './findAttributeBlock.js';

/** An attribute block found at the end of a title line as written. */
export interface PeeledBlock {
  /** Index in the line where the block (its `{`, or the backslash escaping it) starts. */
  start: number;
  /** The block's inside, backslash escapes resolved. */
  content: string;
  /** The block as it reads with escapes resolved, braces included. */
  text: string;
  /** Whether the `{` follows other text directly rather than a blank or the line start. */
  attached: boolean;
}

/**
 * Finds the `{...}` attribute block that ends a title line before any inline Markdown is read,
 * so that a long block (a `requires` list of 200 ids) never reaches the inline reader: the
 * line's backslash escapes are resolved (as Markdown would) and {@link findAttributeBlock}
 * looks at the result. Nothing else in the block is read as Markdown.
 *
 * @returns `undefined` when the line does not end in a well-formed block.
 */
export function peelAttributeBlock(line: string): PeeledBlock | undefined {
  if (!/\}[ \t]*$/.test(line)) return undefined;
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < line.length; i++) {
    origin.push(i);
    if (isEscapeAt(line, i)) i++;
    text += line[i];
  }
  const block = findAttributeBlock(text, true);
  if (!block) return undefined;
  const attached = block.start > 0 && !/[ \t]/.test(text[block.start - 1]!);
  return { start: origin[block.start]!, content: block.content, text: text.slice(block.start).trimEnd(), attached };
}
