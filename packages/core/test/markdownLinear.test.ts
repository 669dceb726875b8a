import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/fromMarkdown.js';
import { TITLE_LINE_LIMIT, TITLE_MARKUP_LIMIT } from '../src/markdown/readTitleLine.js';
import { importGrowth } from './support/linearGrowth.js';

const tail = '\n\n## S\n\n- a\n';

/** Outlines built from the patterns that made the importer super-linear, `n` repeats each. */
const PATTERNS: Record<string, [(n: number) => string, number]> = {
  'block quotes': [(n) => `# Quotes {#quotes}\n\n${'> a\n\n'.repeat(n)}${tail}`, 1000],
  'ordered lists between paragraphs': [(n) => `# R\n\n${'1. a\n\nb\n\n'.repeat(n)}${tail}`, 1500],
  'nested emphasis': [(n) => `# R\n\n${'*a **a '.repeat(n)}b${' a** a*'.repeat(n)}${tail}`, 400],
  'HTML comment openers': [(n) => `# R\n\n</${'<!--'.repeat(n)}${tail}`, 2000],
  'link openers': [(n) => `# R\n\n${'[ (]('.repeat(n)}${tail}`, 2000],
  'a topic with thousands of subtopics': [(n) => `# R\n\n## S\n\n- Big\n${'  - b\n    - c\n'.repeat(n)}`, 1500],
  'a quote of lists': [(n) => `# R\n\n## S\n\n- a\n\n${'> - a\n>\n> b\n>\n'.repeat(n)}`, 500],
};

describe('fromMarkdown time', () => {
  it.each(Object.entries(PATTERNS))('grows at most linearly with %s', (_, [make, n]) => {
    expect(importGrowth(make, n)).toBeLessThan(8);
  });

  it('grows at most linearly with random mixtures of the patterns, in every place of an outline', () => {
    const unit = fc.constantFrom('> a', '\n> a\n\n', '1. a', '\n1. a\n\nb\n\n', '*a **a ', ' a** a*', '</<!--', '[ (](', 'a_ ', '\\*', '[](', '`` ` ', '<a b="', '&amp;', '![x](', '\n  - b\n', '\n    - c\n', '\n');
    const place = fc.constantFrom('title', 'description', 'section', 'paragraph', 'quote');
    fc.assert(
      fc.property(fc.array(fc.tuple(place, fc.array(unit, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 4 }), (parts) => {
        // Each part grows with n, so a paragraph, a list or a quote grows with the outline.
        const make = (n: number) =>
          `# Mixed\n\n## S\n\n${parts
            .map(([where, units]) => {
              const text = units.join('').repeat(n);
              if (where === 'title') return `- ${text.replace(/\n/g, ' ')}`;
              if (where === 'description') return `- Topic\n\n  ${text.replace(/\n/g, '\n  ')}`;
              if (where === 'section') return `## ${text.replace(/\n/g, ' ')}`;
              if (where === 'quote') return `> ${text.replace(/\n/g, '\n> ')}`;
              return text;
            })
            .join('\n\n')}\n`;
        // About 8 kB at 1x, so that the times are long enough to compare.
        expect(importGrowth(make, Math.ceil(8_000 / make(1).length))).toBeLessThan(8);
      }),
      { numRuns: 8 },
    );
  });

  it('reads hostile descriptions in about the time of plain ones: they are kept as written, not read inline', () => {
    const outline = (body: string) => `# R\n\n## S\n\n${Array.from({ length: 8 }, (_, i) => `- T${i}\n\n  ${body}\n`).join('\n')}`;
    const hostile = ['[ (](', 'a_ ', '</<!--', '*a **a ', '\\*'].map((unit) => outline(unit.repeat(Math.floor(4_900 / unit.length))));
    const plain = outline('word '.repeat(980));
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const before = process.cpuUsage();
        fromMarkdown(text);
        const used = process.cpuUsage(before);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    time(plain);
    for (const text of hostile) expect(time(text) / time(plain)).toBeLessThan(6);
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
    // A line of links goes to the inline reader whole, which must not cost more than its length.
    const links = (n: number) => `# R\n\n## S\n\n- T\n  - ${Array.from({ length: n }, (_, i) => `[@docs@D${i}](https://e.com/${'p'.repeat(300)}/${i})`).join(' · ')}\n`;
    expect(importGrowth(links, 40)).toBeLessThan(8);
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
    const started = process.cpuUsage();
    const result = fromMarkdown(`# R\n\n## S\n\n- T\n\n  ${'\\*'.repeat(200_000)}\n`);
    const used = process.cpuUsage(started);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'sections[0].topics[0].description', message: 'must be at most 5000 characters (limit maxDescriptionLength) (line 5)' },
    ]);
    // Reading it costs about as much as 400 kB of plain text: no inline reading, no events per escape.
    const plain = process.cpuUsage();
    fromMarkdown(`# R\n\n## S\n\n- T\n\n  ${'ab'.repeat(200_000)}\n`);
    const plainUsed = process.cpuUsage(plain);
    expect(used.user + used.system).toBeLessThan(3 * (plainUsed.user + plainUsed.system) + 100_000);
  });
});
