import { describe, expect, it } from 'vitest';
import { descriptionText, inlineMarkdownText } from '../src/markdown/inline/inlineMarkdownText.js';
import { parseDescription } from '../src/markdown/inline/parseDescription.js';
import { parseInlineMarkdown } from '../src/markdown/inline/parseInlineMarkdown.js';
import { plainExcerpt } from '../src/render/plainExcerpt.js';

// Descriptions on which the tooltip excerpt once disagreed with the panel (the first four) or
// already agreed, each with what a reader sees: the panel's text and the excerpt must both be it.
const SEEN: [markdown: string, text: string][] = [
  ['\\*not em\\*', '*not em*'],
  ['[link](https://a.b/c_\\)) and [wiki](https://e.org/F_((x)))', 'link and wiki'],
  ['[a \\] b](https://e.com) c', 'a ] b c'],
  ['``a ` b`` c', 'a ` b c'],
  ['[link](https://a.b/c_(d)) and [spaced](<https://e.com/a b>)', 'link and spaced'],
  ['**strong** and _em_', 'strong and em'],
  ['my_snake_case name', 'my_snake_case name'],
  ['[docs](https://e.com "Docs") and `code`', 'docs and code'],
  ['First *line*\nsecond.\n\nNext paragraph.', 'First line second. Next paragraph.'],
];

describe('parseInlineMarkdown', () => {
  it('reads the subset as nodes: text, code, emphasis, strong and links with title', () => {
    expect(parseInlineMarkdown('Use **`pip`** [the *docs*](https://pip.pypa.io "Docs")')).toEqual([
      { type: 'text', value: 'Use ' },
      { type: 'strong', children: [{ type: 'code', value: 'pip' }] },
      { type: 'text', value: ' ' },
      { type: 'link', url: 'https://pip.pypa.io', title: 'Docs', children: [{ type: 'text', value: 'the ' }, { type: 'emphasis', children: [{ type: 'text', value: 'docs' }] }] },
    ]);
  });

  it('returns link URLs as written, whatever their scheme: renderers decide what to follow', () => {
    expect(parseInlineMarkdown('[x](javascript:alert(1))')).toEqual([{ type: 'link', url: 'javascript:alert(1)', title: null, children: [{ type: 'text', value: 'x' }] }]);
  });

  // Moved from the React package with the parser; its time is measured by `pnpm bench:markdown`.
  it('reads a long adversarial description as text, no mark lost', () => {
    const text = '*a _b [c `d '.repeat(400).slice(0, 4_900);
    const nodes = parseInlineMarkdown(text);
    const shown = nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.value : '')).join('');
    expect(shown.replace(/[`]/g, '')).toBe(text.replace(/[`]/g, ''));
  });
});

describe('parseDescription', () => {
  it('splits paragraphs at blank lines, blanks between included, and keeps line breaks inside one', () => {
    const paragraphs = parseDescription('First line\nstill *first*.\r\n  \r\nSecond.\n\n\n');
    expect(paragraphs.map(inlineMarkdownText)).toEqual(['First line\nstill first.', 'Second.']);
    expect(paragraphs[0]![1]).toEqual({ type: 'emphasis', children: [{ type: 'text', value: 'first' }] });
  });
});

describe('descriptionText and plainExcerpt', () => {
  it.each(SEEN)('show %j as the panel does', (markdown, text) => {
    expect(descriptionText(markdown)).toBe(text);
    expect(plainExcerpt(markdown)).toBe(text);
  });

  it('cut a long description at a word boundary with an ellipsis', () => {
    const excerpt = plainExcerpt(`**Flask** is ${'a small web framework, '.repeat(20)}`, 60);
    expect(excerpt).toBe('Flask is a small web framework, a small web framework, a…');
    expect(excerpt.length).toBeLessThanOrEqual(60);
  });
});
