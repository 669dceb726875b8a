import type { Nodes } from 'mdast';
import type * as MdastFromMarkdown from 'mdast-util-from-markdown';

/** One text the importer handed micromark, and how: block structure only, or inline Markdown. */
export interface MicromarkCall {
  kind: 'block' | 'inline';
  text: string;
  /** Lists, list items and quotes micromark found in the text (and closed). */
  containers: number;
}

const calls: MicromarkCall[] = [];

/**
 * Wraps `mdast-util-from-markdown` so that every call is recorded, for
 * `vi.mock('mdast-util-from-markdown', …)`. A call with constructs turned off
 * (`{ disable: … }`) reads block structure only; any other reads inline Markdown.
 */
export function meterMicromark(real: typeof MdastFromMarkdown): typeof MdastFromMarkdown {
  const fromMarkdown = ((value: string, ...rest: unknown[]) => {
    const options = rest.find((arg) => typeof arg === 'object') as { extensions?: { disable?: unknown }[] } | undefined;
    const tree = (real.fromMarkdown as (...args: unknown[]) => Nodes)(value, ...rest);
    calls.push({ kind: options?.extensions?.some((extension) => extension?.disable) ? 'block' : 'inline', text: String(value), containers: countContainers(tree) });
    return tree;
  }) as typeof real.fromMarkdown;
  return { ...real, fromMarkdown };
}

/** The texts handed to micromark while `run` runs. */
export function micromarkCallsDuring(run: () => void): MicromarkCall[] {
  calls.length = 0;
  run();
  return calls.splice(0);
}

function countContainers(tree: Nodes): number {
  let count = 0;
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') count++;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return count;
}

/** What micromark was handed for one text, summed up. */
export interface MicromarkReading {
  /** Characters handed to micromark to read block structure, over every call. */
  blockCharacters: number;
  /** Characters handed to micromark to read inline Markdown, over every call. */
  inlineCharacters: number;
  /** The longest text read inline in one call. */
  longestInline: number;
  /**
   * Micromark copies its event list (a few events per line) each time it closes a list, list
   * item or quote, so a block call costs about its lines times the containers it found: this is
   * that product, summed over the calls. Read in pieces of a bounded number of lines, it grows with
   * the text's lines; read whole, with their square.
   */
  containerWork: number;
}

/** Sums up `calls` (see {@link MicromarkReading}). */
export function summarizeReading(calls: readonly MicromarkCall[]): MicromarkReading {
  const reading = { blockCharacters: 0, inlineCharacters: 0, longestInline: 0, containerWork: 0 };
  for (const call of calls) {
    const { kind, text } = call;
    if (kind === 'inline') {
      reading.inlineCharacters += text.length;
      reading.longestInline = Math.max(reading.longestInline, text.length);
    } else {
      reading.blockCharacters += text.length;
      reading.containerWork += call.containers * lineCount(text);
    }
  }
  return reading;
}

/** Lines in `text`. */
export function lineCount(text: string): number {
  return text.split(/\r\n?|\n/).length;
}
