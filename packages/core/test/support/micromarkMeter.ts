import type * as MdastFromMarkdown from 'mdast-util-from-markdown';

/** One text the importer handed micromark, and how: block structure only, or inline Markdown. */
export interface MicromarkCall {
  kind: 'block' | 'inline';
  text: string;
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
    calls.push({ kind: options?.extensions?.some((extension) => extension?.disable) ? 'block' : 'inline', text: String(value) });
    return (real.fromMarkdown as (...args: unknown[]) => unknown)(value, ...rest);
  }) as typeof real.fromMarkdown;
  return { ...real, fromMarkdown };
}

/** The texts handed to micromark while `run` runs. */
export function micromarkCallsDuring(run: () => void): MicromarkCall[] {
  calls.length = 0;
  run();
  return calls.splice(0);
}

// A line that opens a list item or a quote, at any indentation.
const CONTAINER_LINE = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|>)/gm;

/** More lists and quotes than this in one call make micromark's copying count (see below). */
const FEW_CONTAINERS = 8;

/** What micromark was handed for one text, summed up. */
export interface MicromarkReading {
  /** Characters handed to micromark to read block structure, over every call. */
  blockCharacters: number;
  /** Characters handed to micromark to read inline Markdown, over every call. */
  inlineCharacters: number;
  /** The longest text read inline in one call. */
  longestInline: number;
  /**
   * The longest text read in one call with more than a few list items or quotes in it.
   * Micromark copies its event list each time it closes one, so such a call costs about its
   * length times their number.
   */
  longestContainers: number;
}

/** Sums up `calls` (see {@link MicromarkReading}). */
export function summarizeReading(calls: readonly MicromarkCall[]): MicromarkReading {
  const reading = { blockCharacters: 0, inlineCharacters: 0, longestInline: 0, longestContainers: 0 };
  for (const { kind, text } of calls) {
    if (kind === 'inline') {
      reading.inlineCharacters += text.length;
      reading.longestInline = Math.max(reading.longestInline, text.length);
    } else {
      reading.blockCharacters += text.length;
      if ((text.match(CONTAINER_LINE)?.length ?? 0) > FEW_CONTAINERS) reading.longestContainers = Math.max(reading.longestContainers, text.length);
    }
  }
  return reading;
}
