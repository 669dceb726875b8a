import fc from 'fast-check';
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parseInlinePiece } from '../src/markdown/read/parseInlinePiece.js';

/** What micromark itself gives for `text` read as one paragraph. */
function micromarkChildren(text: string) {
  const block = parseMdast(text).children[0];
  return block?.type === 'paragraph' ? block.children : [];
}

const read = (text: string) => parseInlinePiece(text, { start: 0, end: text.length, line: 1, column: 1, continues: false }, new Set());

describe('parseInlinePiece', () => {
  it('reads plain titles (read without micromark) exactly as micromark does, positions included', () => {
    // Mostly plain text, with now and then a character that is not.
    const char = fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...'abcXYZ019 .,;:-/()#+=?\'"%$@^{}|~é中') },
      { weight: 3, arbitrary: fc.constantFrom(...'\\`*_[]!<>&\t') },
    );
    const title = fc.tuple(fc.constantFrom(...'aZ7é中1'), fc.array(char, { maxLength: 40 })).map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(title, (text) => {
        expect(read(text)).toEqual({ children: micromarkChildren(text), breakAt: undefined });
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['Flask *and* Django', 'a _b_ c', 'See [docs](https://e.com)', 'Use `pip`', 'A &amp; B', 'Not \\*em\\*', 'a <b>c</b>', 'x ![i](u)', 'tab\there'])(
    'reads %j as micromark does, markup and all',
    (text) => {
      expect(read(text).children).toEqual(micromarkChildren(text));
    },
  );

  it('leaves to micromark what only looks plain: a list number, a trailing space', () => {
    expect(read('1. Flask').children).toEqual(micromarkChildren('1. Flask'));
    expect(read('Flask  ').children).toEqual(micromarkChildren('Flask  '));
    expect(read('10) Django')).toEqual({ children: [], breakAt: undefined });
  });
});
