import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { TITLE_LINE_LIMIT, TITLE_MARKUP_LIMIT } from '../src/markdown/read/readTitleLine.js';
import { lineCount, micromarkCallsDuring, summarizeReading, type MicromarkReading } from './support/micromarkMeter.js';

// Every text the importer hands micromark is recorded. Micromark's time grows faster than its
// text where inline Markdown (emphasis, brackets, raw HTML) is rescanned and where a call holds
// many lists or quotes (it copies its event list as each closes). The importer keeps it linear
// by what it hands over, which these tests check exactly, with no clock: block structure in
// pieces of a bounded number of lines, inline Markdown only in bounded title
// lines and lines of links, descriptions never. `pnpm bench:markdown` times the same outlines.
vi.mock('mdast-util-from-markdown', async (importOriginal) => (await import('./support/micromarkMeter.js')).meterMicromark(await importOriginal()));

/**
 * Micromark's copying work (see MicromarkReading.containerWork) per line of the outline: pieces
 * hold at most 512 lines (16 kB at 32 characters a line), and each line is read at most about
 * four times.
 */
const CONTAINER_WORK_PER_LINE = 4 * 512;
/** Longest text micromark may read inline in one call, outside a line of links. */
const INLINE_PIECE_LIMIT = 4 * TITLE_LINE_LIMIT;

function readingOf(text: string): MicromarkReading {
  return summarizeReading(micromarkCallsDuring(() => fromMarkdown(text)));
}

/** What micromark is handed for `text` grows with `text` and comes in bounded pieces. */
function expectBoundedReading(text: string): void {
  const reading = readingOf(text);
  // Pieces double over a long line, so a line may be read a few times: a constant factor.
  expect(reading.blockCharacters).toBeLessThanOrEqual(8 * text.length + 4096);
  expect(reading.inlineCharacters).toBeLessThanOrEqual(2 * text.length + 4096);
  expect(reading.containerWork).toBeLessThanOrEqual(CONTAINER_WORK_PER_LINE * lineCount(text));
  expect(reading.longestInline).toBeLessThanOrEqual(INLINE_PIECE_LIMIT);
}

const tail = '\n\n## S\n\n- a\n';

/** Outlines built from the patterns that made the importer super-linear, 20 to 90 kB. */
const PATTERNS: Record<string, string> = {
  'block quotes': `# Quotes {#quotes}\n\n${'> a\n\n'.repeat(4000)}${tail}`,
  'ordered lists between paragraphs': `# R\n\n${'1. a\n\nb\n\n'.repeat(6000)}${tail}`,
  'nested emphasis': `# R\n\n${'*a **a '.repeat(1600)}b${' a** a*'.repeat(1600)}${tail}`,
  'HTML comment openers': `# R\n\n</${'<!--'.repeat(8000)}${tail}`,
  'link openers': `# R\n\n${'[ (]('.repeat(8000)}${tail}`,
  'a topic with thousands of subtopics': `# R\n\n## S\n\n- Big\n${'  - b\n    - c\n'.repeat(6000)}`,
  'a quote of lists': `# R\n\n## S\n\n- a\n\n${'> - a\n>\n> b\n>\n'.repeat(2000)}`,
  'link definitions among quotes': `# R\n\n## S\n\n- Topic\n  - [@docs@Guide][g]\n\n${'> a quote\n\n'.repeat(4000)}[g]: https://e.com/a\\_b "paid"\n`,
};

describe('fromMarkdown hands micromark bounded pieces', () => {
  it.each(Object.entries(PATTERNS))('with %s', (_, text) => {
    expectBoundedReading(text);
  });

  it('with random mixtures of the patterns, in every place of an outline', () => {
    const unit = fc.constantFrom('> a', '\n> a\n\n', '1. a', '\n1. a\n\nb\n\n', '*a **a ', ' a** a*', '</<!--', '[ (](', 'a_ ', '\\*', '[](', '`` ` ', '<a b="', '&amp;', '![x](', '\n  - b\n', '\n    - c\n', '\n', '[g]', '\n[g]: /u\n');
    const place = fc.constantFrom('title', 'description', 'section', 'paragraph', 'quote');
    fc.assert(
      fc.property(fc.array(fc.tuple(place, fc.array(unit, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 4 }), (parts) => {
        const part = ([where, units]: [string, string[]]) => {
          const text = units.join('').repeat(Math.ceil(8_000 / units.join('').length));
          if (where === 'title') return `- ${text.replace(/\n/g, ' ')}`;
          if (where === 'description') return `- Topic\n\n  ${text.replace(/\n/g, '\n  ')}`;
          if (where === 'section') return `## ${text.replace(/\n/g, ' ')}`;
          if (where === 'quote') return `> ${text.replace(/\n/g, '\n> ')}`;
          return text;
        };
        expectBoundedReading(`# Mixed\n\n## S\n\n${parts.map(part).join('\n\n')}\n`);
      }),
      { numRuns: 40 },
    );
  });

  it('never reads descriptions inline: hostile ones are kept as written', () => {
    const outline = `# R\n\n## S\n\n${['[ (](', 'a_ ', '</<!--', '*a **a ', '\\*']
      .map((unit, i) => `- T${i}\n\n  ${unit.repeat(Math.floor(4_900 / unit.length))}\n`)
      .join('\n')}`;
    const reading = readingOf(outline);
    expect(reading.inlineCharacters).toBeLessThan(200);
    expect(fromMarkdown(outline)).toMatchObject({ ok: true, roadmap: { sections: [{ topics: [{ id: 't0', description: '[ (]('.repeat(980) }, {}, {}, {}, {}] }] } });
  });

  it('refuses 10,000 nested list levels before micromark reads any of it, with an error naming the limit', () => {
    let result: ReturnType<typeof fromMarkdown> | undefined;
    expect(micromarkCallsDuring(() => (result = fromMarkdown(`# R\n\n## S\n\n${'- '.repeat(10_000)}deep\n`)))).toEqual([]);
    if (result?.ok !== false) throw new Error('expected the outline to be refused');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/^line 5 nests lists or block quotes about 10000 levels deep.*limit maxTopicDepth/);
  });
});

describe('fromMarkdown limits checked before reading', () => {
  it('refuses a title line longer than TITLE_LINE_LIMIT with an error naming maxTitleLength and the line, not a line of links or an attribute block', () => {
    const result = fromMarkdown(`# R\n\n## S\n\n- ${'[ (]('.repeat(4000)}\n`);
    if (result.ok) throw new Error('expected the title line to be refused');
    expect(result.errors).toContainEqual({
      path: 'sections[0].topics[0].title',
      message: `line 5: the title line has 20000 characters of Markdown; a title holds at most 200 (limit maxTitleLength), so only a line of links may be longer than ${TITLE_LINE_LIMIT}`,
    });
    const url = `https://example.com/${'a'.repeat(1500)}`;
    const requires = Array.from({ length: 150 }, (_, i) => `prerequisite-number-${i}`);
    const outline = `# R\n\n## S\n\n${requires.map((id) => `- ${id} {#${id}}`).join('\n')}\n- Topic {requires=${requires.join(',')}}\n  - [@docs@A](${url}) · [@video@B](<${url} x> "paid")\n`;
    const long = fromMarkdown(outline);
    if (!long.ok) throw new Error(JSON.stringify(long.errors.slice(0, 2)));
    const topic = long.roadmap.sections[0]!.topics.at(-1)!;
    expect(topic.requires).toHaveLength(150);
    expect(topic.resources).toEqual([
      { title: 'A', url, type: 'docs' },
      { title: 'B', url: `${url} x`, type: 'video', free: false },
    ]);
    // A line of links goes to the inline reader whole, once.
    const links = `# R\n\n## S\n\n- T\n  - ${Array.from({ length: 160 }, (_, i) => `[@docs@D${i}](https://e.com/${'p'.repeat(300)}/${i})`).join(' · ')}\n`;
    const reading = readingOf(links);
    expect(reading.longestInline).toBeGreaterThan(50_000);
    expect(reading.inlineCharacters).toBeLessThan(1.1 * links.length);
  });

  it('refuses a title line with more places to scan from than TITLE_MARKUP_LIMIT, and reads a line of links with more', () => {
    const result = fromMarkdown(`# R\n\n## S\n\n- ${'[ (]('.repeat(TITLE_MARKUP_LIMIT + 1)}\n- T\n  - ${Array.from({ length: 60 }, (_, i) => `[@docs@D${i}](https://e.com/${i})`).join(' · ')}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'sections[0].topics[0].title', message: `line 5: the title line has 33 brackets, tags and emphasis or code marks; a title line may have at most 32 (limit TITLE_MARKUP_LIMIT) unless it is a line of links` },
    ]);
    expect((result.draft as { sections: { topics: { resources?: unknown[] }[] }[] }).sections[0]!.topics[1]!.resources).toHaveLength(60);
  });

  it('refuses a description of 400 kB of escapes with the description limit, at its line, without reading it inline', () => {
    const outline = `# R\n\n## S\n\n- T\n\n  ${'\\*'.repeat(200_000)}\n`;
    let result: ReturnType<typeof fromMarkdown> | undefined;
    const reading = summarizeReading(micromarkCallsDuring(() => (result = fromMarkdown(outline))));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'sections[0].topics[0].description', message: 'must be at most 5000 characters (limit maxDescriptionLength) (line 5)' }],
    });
    expect(reading.inlineCharacters).toBeLessThan(100);
    expect(reading.blockCharacters).toBeLessThan(4 * outline.length);
  });
});
