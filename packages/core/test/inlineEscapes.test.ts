import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineMarkdownText } from '../src/markdown/inline/inlineMarkdownText.js';
import { parseDescription } from '../src/markdown/inline/parseDescription.js';
import { parseInlineMarkdown } from '../src/markdown/inline/parseInlineMarkdown.js';
import type { InlineNode } from '../src/markdown/inline/types.js';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { escapeInline } from '../src/markdown/write/escapeInline.js';
import { escapeTitle } from '../src/markdown/write/escapeTitle.js';
import { formatDestination } from '../src/markdown/write/formatDestination.js';
import { toMarkdown } from '../src/markdown/write/toMarkdown.js';

// What the exporter escapes, the description reader reads back as the same text: the writer and
// the reader agree on which characters are markup and how a backslash takes it away.

// Text rich in the characters inline Markdown reads, mixed with letters and blanks.
const markupText = fc.string({ unit: fc.constantFrom(...'\\`*_[]()<>&!"\'#-+.:a b1\n'.split('')), maxLength: 40 });
const anyText = fc.oneof(markupText, fc.string({ unit: 'grapheme-ascii', maxLength: 40 }));

/** Asserts that the reader reads `markdown` as plain `text`: no markup, nothing lost. */
function expectReadAsText(markdown: string, text: string): void {
  const nodes = parseInlineMarkdown(markdown);
  expect(nodes.every((node) => node.type === 'text')).toBe(true);
  expect(inlineMarkdownText(nodes)).toBe(text);
}

describe('escapes read back by the description reader', () => {
  it('escapeInline: any text reads back as one text node, the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => expectReadAsText(escapeInline(text), text)),
      { numRuns: 500 },
    );
  });

  it('escapeTitle: a title without control characters or runs of blanks reads back as itself', () => {
    const title = anyText.map((text) => text.replace(/[\u0000-\u001f\u007f]/g, '').replace(/ {2,}/g, ' ').trim());
    fc.assert(
      fc.property(title, (text) => expectReadAsText(escapeTitle(text), text)),
      { numRuns: 500 },
    );
    expectReadAsText(escapeTitle('1. *Not* a list, [no] link.'), '1. *Not* a list, [no] link.');
  });

  it('formatDestination and escapeInline: a resource link reads back with its label and URL', () => {
    const url = anyText.map((text) => text.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(anyText, url, (label, destination) => {
        fc.pre(label.trim() !== '');
        const nodes = parseInlineMarkdown(`[${escapeInline(label)}](${formatDestination(destination)})`);
        expect(nodes).toEqual([{ type: 'link', url: destination, title: null, children: [{ type: 'text', value: label }] }]);
      }),
      { numRuns: 500 },
    );
  });
});

// Description lines that Markdown would read as structure (a heading, a list item, a quote, a
// fence, a definition…) next to the inline markup the panel shows. Backtick runs stay shorter
// than three (fences are tested below): a paragraph opening with a code span of three backticks
// that closes on a later line is a fenced code block to Markdown, and comes back as text.
const blockStart = fc.constantFrom('', '# ', '- ', '* ', '+ ', '> ', '1. ', '2) ', '***', '___', '---', '===', '~~~', '<div>', '[a]: /u ', '| a |', '|--|', ':-:');
const inlineMarkup = fc.constantFrom('word', ' ', '*em*', '**strong**', '_em_', ' `code` ', ' ``a ` b`` ', ' ` ', '[link](https://e.com/a_(b))', '[a]', '\\*', '\\|', '|', '#', '<b>');
const descriptionLine = fc.tuple(blockStart, fc.array(inlineMarkup, { maxLength: 5 })).map(([start, rest]) => (start + rest.join('')).trim()).filter(Boolean);
const description = fc.array(fc.array(descriptionLine, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.map((lines) => lines.join('\n')).join('\n\n'));

/** What a reader sees: the nodes, with the blanks that HTML collapses collapsed. */
function shown(markdown: string): InlineNode[][] {
  const collapse = (nodes: InlineNode[]): InlineNode[] =>
    nodes.map((node) => ('value' in node ? { ...node, value: node.value.replace(/\s+/g, ' ') } : { ...node, children: collapse(node.children) }));
  return parseDescription(markdown).map(collapse);
}

describe('descriptions written by toMarkdown', () => {
  it('show the same through the description reader after the round trip, whatever their lines start with', () => {
    fc.assert(
      fc.property(description, (text) => {
        const roadmap = { id: 'r', title: 'R', sections: [{ id: 's', title: 'S', description: text, topics: [{ id: 't', title: 'T', description: text }] }] };
        const back = fromMarkdown(toMarkdown(roadmap));
        if (!back.ok) throw new Error(JSON.stringify(back.errors));
        const section = back.roadmap.sections[0]!;
        expect(section.topics.map((t) => t.id)).toEqual(['t']);
        expect(shown(section.description ?? '')).toEqual(shown(text));
        expect(shown(section.topics[0]!.description ?? '')).toEqual(shown(text));
      }),
      { numRuns: 150 },
    );
  });

  it('give back lines after a paragraph\'s first exactly as written', () => {
    const text = 'Intro with *em*:\n- not a subtopic\n# not a heading\n`a\n> b` and\n---\n```js';
    const back = fromMarkdown(toMarkdown({ id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics: [{ id: 't', title: 'T', description: text }] }] }));
    expect(back.ok && back.roadmap.sections[0]!.topics[0]).toEqual({ id: 't', title: 'T', description: text });
  });

  it('escape a paragraph\'s first line only where the reader reads the character as text', () => {
    const text = '```js fence\n\n* item\n\n*em* first\n\n[link](https://e.com) first\n\n[label]: /not-a-definition\n\n# heading';
    const back = fromMarkdown(toMarkdown({ id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics: [{ id: 't', title: 'T', description: text }] }] }));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const description = back.roadmap.sections[0]!.topics[0]!.description!;
    expect(description).toBe('\\`\\`\\`js fence\n\n\\* item\n\n*em* first\n\n[link](https://e.com) first\n\n\\[label]: /not-a-definition\n\n\\# heading');
    expect(shown(description)).toEqual(shown(text));
  });
});
