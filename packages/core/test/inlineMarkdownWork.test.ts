import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineMarkdownText } from '../src/markdown/inline/inlineMarkdownText.js';
import { parseInlineMarkdown } from '../src/markdown/inline/parseInlineMarkdown.js';
import { processEmphasis } from '../src/markdown/inline/processEmphasis.js';
import type { Delimiter, InlineItem, InlineNode } from '../src/markdown/inline/types.js';

// Work is counted, not timed: a string whose every character read (and every method call on it)
// is counted, and an item list whose every element read is counted. Reading a paragraph of any
// shape four times as long must take at most about four times the reads.

function countingString(text: string): { value: string; reads: () => number } {
  let reads = 0;
  const target = new String(text);
  const value = new Proxy(target, {
    get(object, key) {
      reads++;
      const found = Reflect.get(object, key);
      // Methods run on the primitive: String.prototype methods refuse a proxy as `this`.
      return typeof found === 'function' ? found.bind(text) : found;
    },
  }) as unknown as string;
  return { value, reads: () => reads };
}

function readsToParse(text: string): { reads: number; nodes: InlineNode[] } {
  const counted = countingString(text);
  const nodes = parseInlineMarkdown(counted.value);
  return { reads: counted.reads(), nodes };
}

/** Reads of the item list and of every delimiter's fields: a delimiter looked at costs reads. */
function readsToPair(items: InlineItem[]): number {
  let reads = 0;
  const count = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        reads++;
        return Reflect.get(object, key);
      },
    });
  processEmphasis(count(items.map((item) => (item.type === 'delimiter' ? count(item) : item))));
  return reads;
}

// The shapes that made the reader rescan the rest of the paragraph, and pieces to mix them with.
const HOSTILE = ['[](', '[ (](', '[](x (', '[](x "', "[](x '", '[](<', '[](x(y)', '[a](', '![', '[[', ']]', '``` `` `', '`` a', '*a **a ', ' a** a*', 'a_ ', '_a ', '**_', '\\*', '\\[', '<!--', ' (', ')'];

describe('parseInlineMarkdown work', () => {
  it('reads each pathological paragraph in time linear in its length', () => {
    for (const unit of HOSTILE) {
      const small = unit.repeat(Math.ceil(2_000 / unit.length));
      const large = small.repeat(4);
      const once = readsToParse(small);
      const four = readsToParse(large);
      expect(four.reads / once.reads, unit).toBeLessThan(6);
      // Nothing is lost: every character of plain text stays visible.
      if (!/[*_`[\]\\]/.test(unit)) expect(inlineMarkdownText(four.nodes)).toBe(large);
    }
    // And a link, code and emphasis after thousands of failed link tails still read as such.
    const { nodes } = readsToParse(`${'[](x ('.repeat(500)}[docs](https://e.com "t") \`code\` *em*`);
    expect(nodes.find((n) => n.type === 'link')).toMatchObject({ url: 'https://e.com', title: 't' });
    expect(nodes.find((n) => n.type === 'code')).toEqual({ type: 'code', value: 'code' });
    expect(nodes.find((n) => n.type === 'emphasis')).toEqual({ type: 'emphasis', children: [{ type: 'text', value: 'em' }] });
  });

  it('reads random mixtures of them in linear time', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE, 'word ', '[ok](https://e.com) ', '`code` ', '*em* '), { minLength: 1, maxLength: 12 }), (units) => {
        const piece = units.join('');
        const small = piece.repeat(Math.ceil(1_500 / piece.length));
        const once = readsToParse(small).reads;
        const four = readsToParse(small.repeat(4)).reads;
        expect(four / once).toBeLessThan(6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('processEmphasis work', () => {
  const text = (value: string): InlineItem => ({ type: 'text', value });
  const run = (char: '*' | '_', count: number, canOpen: boolean, canClose: boolean): Delimiter => ({
    type: 'delimiter',
    char,
    count,
    original: count,
    canOpen,
    canClose,
  });
  // Delimiter runs as the scanner reports them for `a_ ` (closers with no opener), `*a **a … a** a*`
  // (deep nesting), `_a ` (openers with no closer) and `**_` (runs that may open and close).
  const shapes: Record<string, (n: number) => InlineItem[]> = {
    closersOnly: (n) => Array.from({ length: n }, () => [text('a'), run('_', 1, false, true), text(' ')]).flat(),
    nested: (n) => [
      ...Array.from({ length: n }, () => [run('*', 1, true, false), text('a '), run('*', 2, true, false), text('a ')]).flat(),
      text('b'),
      ...Array.from({ length: n }, () => [text(' a'), run('*', 2, false, true), text(' a'), run('*', 1, false, true)]).flat(),
    ],
    openersOnly: (n) => Array.from({ length: n }, () => [run('_', 1, true, false), text('a ')]).flat(),
    bothWays: (n) => Array.from({ length: n }, (_, i) => [run('*', 2, true, true), run('_', 1 + (i % 3), true, true)]).flat(),
  };

  it('pairs any run of delimiters in time linear in their number', () => {
    for (const [name, make] of Object.entries(shapes)) {
      const once = readsToPair(make(500));
      const four = readsToPair(make(2_000));
      expect(four / once, name).toBeLessThan(6);
    }
    // The deep nesting still pairs completely: 2,000 levels of alternating * and **.
    expect(depthOf(processEmphasis(shapes.nested!(1_000)))).toBe(2_000);
  });
});

function depthOf(nodes: readonly InlineNode[]): number {
  let depth = 0;
  for (let level = nodes; ; depth++) {
    const inner = level.find((n) => n.type === 'emphasis' || n.type === 'strong');
    if (!inner || !('children' in inner)) return depth;
    level = inner.children;
  }
}
