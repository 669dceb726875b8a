import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { parseBlockTree } from '../src/markdown/read/parseBlockTree.js';
import { parseMarkdownTree } from '../src/markdown/read/parseMarkdownTree.js';
import { LIMITS } from '../src/schema/limits.js';

function errorsOf(text: string) {
  const result = fromMarkdown(text);
  if (result.ok) throw new Error('expected the outline to be rejected');
  return result.errors;
}

describe('fromMarkdown on garbage', () => {
  it('answers an empty string and a lone "#" with errors, not exceptions', () => {
    expect(errorsOf('').map((e) => e.path)).toEqual(expect.arrayContaining(['title', 'sections']));
    expect(fromMarkdown('').warnings).toEqual([{ line: 1, message: 'no "# Title" heading: the roadmap has no title' }]);
    const hash = errorsOf('#');
    expect(hash.find((e) => e.path === 'title')?.message).toMatch(/empty/);
    expect(hash.find((e) => e.path === 'sections')?.message).toMatch(/at least one section/);
  });

  it('survives binary-ish text', () => {
    let binary = '';
    for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 0xffff);
    for (const text of [binary, '\u0000\u0001\u0002# \u0000\n## \uD800\n- \uDFFF {#\u0000}', '\r\r\n\t\v\f', '\uFEFF# Title\n\n## S\n\n- a\n']) {
      expect(() => fromMarkdown(text)).not.toThrow();
    }
    expect(fromMarkdown('\uFEFF# Title\n\n## S\n\n- a\n')).toMatchObject({ ok: true, roadmap: { id: 'title' } });
  });

  it('refuses deep indentation and deep block quotes the same way', () => {
    let indented = '# R\n\n## S\n\n';
    for (let i = 0; i < 200; i++) indented += `${'  '.repeat(i)}- level ${i}\n`;
    expect(errorsOf(indented)[0]!.message).toMatch(/^line 37 nests lists or block quotes about 33 levels deep/);
    expect(errorsOf(`# R\n\n${'> '.repeat(5000)}quote\n`)[0]!.message).toMatch(/^line 3 nests/);
  });

  it('still reads a long thematic break, which is not nesting', () => {
    const result = fromMarkdown(`# R\n\n## S\n\n- a\n\n${'- '.repeat(5000)}\n`);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([{ line: 7, message: 'thematic break ignored: an outline has no place for it' }]);
  });

  it('refuses input over maxInputBytes before parsing, counting UTF-8 bytes', () => {
    const big = `# R\n\n## S\n\n${'- é\n'.repeat(Math.ceil(LIMITS.maxInputBytes / 5) + 1)}`;
    expect(big.length).toBeLessThan(LIMITS.maxInputBytes);
    expect(errorsOf(big)).toEqual([{ path: '', message: 'input is larger than 5 MB (limit maxInputBytes)' }]);
  });

  it('stops adding topics past maxTopics with an error', () => {
    const errors = errorsOf(`# R\n\n## S\n\n${'- t\n'.repeat(LIMITS.maxTopics + 5)}`);
    expect(errors[0]!.message).toMatch(/more than 10000 topics \(limit maxTopics\)/);
  });

  it('lists the first 1,000 warnings and counts the rest, so a page showing them stays small', () => {
    const result = fromMarkdown(`# Quotes {#quotes}\n\n${'> a\n\n'.repeat(3000)}`);
    expect(result.warnings).toHaveLength(1001);
    expect(result.warnings[0]).toEqual({ line: 3, message: 'block quote ignored: an outline has no place for it' });
    expect(result.warnings.at(-1)).toEqual({ line: 2003, message: '2000 more warnings not listed (only the first 1000 are)' });
  });

  it('never throws on arbitrary or Markdown-flavoured strings', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom('#', '## ', '- ', '  ', '\n', '{', '}', '#id', '=', '"', '[', '](', ')', '*', '`', '>', '|', '1. ', 'x', '@a@', '<a>', '\\', '\t', '\r'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markdownish), (text) => {
        const result = fromMarkdown(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseMarkdownTree', () => {
  // What the importer reads from the block tree: every node's type and structure, where each
  // node starts, and where paragraphs, headings and definitions end; of a block quote (which the
  // importer ignores) the place and the definitions in it; of a table the place. (Micromark gives
  // some containers' ends odd positions, which reading in pieces does not copy; see parseContainer.)
  function imported(node: Nodes): unknown {
    const { value: _value, position, ...rest } = node as Nodes & { value?: string };
    const out: Record<string, unknown> = { ...rest };
    // A definition's label, URL and title are read again from the source (readDefinitions).
    if (node.type === 'definition') for (const key of ['url', 'title', 'label', 'identifier']) delete out[key];
    if (position) out.position = ['paragraph', 'heading', 'definition', 'root'].includes(node.type) ? position : { start: position.start };
    if (node.type === 'table') out.children = [];
    else if (node.type === 'blockquote') out.children = definitionsIn(node).map(imported);
    else if ('children' in node) out.children = node.children.map(imported);
    return out;
  }
  function definitionsIn(node: Nodes): Nodes[] {
    if (node.type === 'definition') return [node];
    return 'children' in node && node.type !== 'paragraph' && node.type !== 'heading' ? node.children.flatMap(definitionsIn) : [];
  }
  const same = (document: string, window?: number) => expect(imported(parseMarkdownTree(document, window))).toEqual(imported(parseBlockTree(document)));
  // (The block quotes' own places and definitions are compared; what else they hold is not kept.)

  it('gives the tree of one whole parse, positions included, across pieces', () => {
    const section = (i: number) =>
      [
        `## Section ${i}`,
        '',
        `Intro ${i} with *emphasis*.`,
        '',
        ...Array.from({ length: 40 }, (_, t) => `- Topic ${i}.${t} {#t-${i}-${t}}\n  - [@docs@Doc](https://example.com/${t})`),
        '',
        i % 3 === 0 ? '```\n## not a heading inside code\n- nor an item' : '',
        i % 3 === 1 ? '<div>\n## inside an HTML block' : '',
        i % 3 === 2 ? '| a | b |\n| - | - |\n| 1 | 2 |' : '',
      ].join('\n');
    const document = `# Big\r\n\n${Array.from({ length: 40 }, (_, i) => section(i)).join('\n')}\n`;
    expect(document.length).toBeGreaterThan(20 * 4096);
    same(document);
    same(document, 64);
  });

  it('gives the tree of one whole parse for a topic with hundreds of nested subtopics (ten pieces and more), read from its content', () => {
    const sub = (i: number) =>
      [`  - Sub ${i}`, i % 4 === 0 ? '    lazy continuation' : '', i % 5 === 0 ? '\n    Description of it.' : '', `    - Leaf ${i}`, i % 7 === 0 ? '\n\t  - tabbed leaf' : ''].filter(Boolean).join('\n');
    const document = `# R\n\n## S\n\n- Big topic\n${Array.from({ length: 600 }, (_, i) => sub(i)).join('\n')}\n- Next topic\n\n> quote\n> - in it\n>\n> > deeper\n`;
    expect(document.length).toBeGreaterThan(10 * 2048);
    same(document);
    same(document, 128);
  });

  it('gives the tree of one whole parse around lines too long for anything but their start to count', () => {
    const giant = (unit: string) => unit.repeat(Math.ceil(40_000 / unit.length));
    const document = ['# R', '', giant('*a **a '), '', `- ${giant('[ (](')}`, `  ${giant('a_ ')}`, '', `> ${giant('</<!--')}`, giant('| a '), giant('-'), '', giant('\\*'), giant('='), '', `[x]: /${giant('u')}`].join('\n');
    same(document);
  });

  const line = fc.constantFrom(
    '# Heading', '## Section', '#', '- item', '* star item', '+ plus item', '- ', '-', '1. ordered', '2) ordered', '1.',
    '  - nested', '    - deeper', '      - deepest', '    indented', '     text', 'paragraph text with *emphasis*', 'more \\* text', '', '', '',
    '```', '~~~', '  ```', '\n<div>', '</div>', '\n  <div>', '\n<!-- comment', '-->', '\n<span>', '> quote', '> > deep quote', '>',
    '> - quoted item', '  > nested quote', '- > quoted item', '| a | b |', '| - | - |', '---', '- - -', '===', '\t- tabbed', '-\ttab after',
    '>\ttab quote', '> [q]: /quoted', '[x]: /url', '  text', '   text', '*x', '2. two', '  1. one', 'a_ b *c* [d](e) <f>',
  );
  // (A line starting an HTML block right after a paragraph line is left out: micromark puts it
  // inside or outside the container by the line after it, which reading a container on its own
  // does not copy.)
  it('gives the tree of one whole parse for random documents, cut and read into containers wherever it can', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 80 }), fc.constantFrom(1, 8, 40), fc.constantFrom('\n', '\r\n'), (lines, window, eol) => {
        same(lines.join(eol), window);
      }),
      { numRuns: 400 },
    );
  });
});
