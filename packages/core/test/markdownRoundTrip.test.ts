import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { toMarkdown } from '../src/markdown/write/toMarkdown.js';
import { LEVELS, RESOURCE_TYPES, type Roadmap, type Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { roundTrip } from './support/importMarkdown.js';
import { smallRoadmap } from './support/smallRoadmap.js';
import { trickyRoadmap } from './support/trickyRoadmap.js';

function withoutLayout({ layout: _layout, $schema: _schema, ...rest }: Roadmap): Roadmap {
  return rest;
}

describe('fromMarkdown(toMarkdown(r))', () => {
  it('gives back the small roadmap', () => {
    expect(roundTrip(smallRoadmap())).toEqual(smallRoadmap());
  });

  it('gives back a roadmap with every feature and Markdown-significant titles', () => {
    const roadmap = trickyRoadmap();
    expect(parseRoadmap(roadmap).ok).toBe(true);
    expect(roundTrip(roadmap)).toEqual(withoutLayout(roadmap));
  });

  it('gives back the imported seed outline, and writes it in the same shape', () => {
    const seed = fromMarkdown(readFileSync(new URL('./fixtures/seed-outline.md', import.meta.url), 'utf8'));
    if (!seed.ok) throw new Error('seed import failed');
    const markdown = toMarkdown(seed.roadmap);
    expect(markdown).toContain('## Learn Flask or Django\n\n### Flask\n\n- Lightweight and flexible micro-framework\n');
    expect(markdown).not.toContain('{');
    expect(roundTrip(seed.roadmap)).toEqual(seed.roadmap);
  });

  it("gives back the project's own Python backend outline, which imports without warnings", () => {
    const data = fromMarkdown(readFileSync(new URL('../../../data/python-backend.md', import.meta.url), 'utf8'));
    if (!data.ok) throw new Error(`data/python-backend.md failed to import: ${JSON.stringify(data.errors)}`);
    expect(data.warnings).toEqual([]);
    expect(roundTrip(data.roadmap)).toEqual(data.roadmap);
  });

  it('gives back random roadmaps', () => {
    fc.assert(
      fc.property(arbitraryRoadmap, fc.array(outlineTitle, { minLength: 1, maxLength: 400 }), (random, titles) => {
        const roadmap = retitle(random, titles);
        expect(roundTrip(roadmap)).toEqual(roadmap);
      }),
      { numRuns: 60 },
    );
  });

  it('gives back random topic fields: descriptions, levels, tags, resources', () => {
    fc.assert(
      fc.property(fc.array(arbitraryTopic, { minLength: 1, maxLength: 8 }), (topics) => {
        const unique = topics.map((t, i) => ({ ...t, id: `t${i}` }));
        const roadmap: Roadmap = { id: 'r', title: 'R', sections: [{ id: 's', title: 'S', topics: unique }] };
        expect(roundTrip(roadmap)).toEqual(roadmap);
      }),
      { numRuns: 150 },
    );
  });
});

// Titles as Markdown cannot keep them apart: no runs of whitespace, no surrounding blanks.
const outlineTitle = fc
  .string({ unit: fc.constantFrom(...'ab Z9#*_`[]()<>&!\\.{}"|~-+=:;,é'.split('')), minLength: 1, maxLength: 30 })
  .map((t) => t.replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);

const descriptionText = fc
  .array(
    fc.array(fc.constantFrom('word', '*emphasis*', '**strong**', '`code`', '[link](https://example.com/x)', 'end.', 'a_b'), {
      minLength: 1,
      maxLength: 6,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((paragraphs) => paragraphs.map((words) => words.join(' ')).join('\n\n'));

const arbitraryTopic: fc.Arbitrary<Topic> = fc
  .record(
    {
      title: outlineTitle,
      description: descriptionText,
      level: fc.constantFrom(...LEVELS),
      optional: fc.boolean(),
      tags: fc.array(outlineTitle, { maxLength: 3 }),
      resources: fc.array(
        fc.record(
          {
            title: outlineTitle,
            url: fc.webUrl(),
            type: fc.constantFrom(...RESOURCE_TYPES),
            free: fc.boolean(),
          },
          { requiredKeys: ['title', 'url', 'type'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
    { requiredKeys: ['title'] },
  )
  .map((t) => ({ id: '', ...t }));

function retitle(roadmap: Roadmap, titles: string[]): Roadmap {
  let i = 0;
  const next = () => titles[i++ % titles.length]!;
  const visit = (topics: Topic[]): Topic[] =>
    topics.map((t) => ({ ...t, title: next(), ...(t.topics ? { topics: visit(t.topics) } : {}) }));
  return { ...roadmap, title: next(), sections: roadmap.sections.map((s) => ({ ...s, title: next(), topics: visit(s.topics) })) };
}
