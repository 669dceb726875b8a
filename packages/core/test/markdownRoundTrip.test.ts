import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { toMarkdown } from '../src/markdown/write/toMarkdown.js';
import { LEVELS, RESOURCE_TYPES, type Roadmap, type Topic } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { arbitraryRoadmap } from './support/arbitraryRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

function roundTrip(roadmap: Roadmap): Roadmap {
  const markdown = toMarkdown(roadmap);
  const result = fromMarkdown(markdown);
  if (!result.ok) throw new Error(`re-import failed: ${JSON.stringify(result.errors)}\n${markdown}`);
  expect(result.warnings).toEqual([]);
  return result.roadmap;
}

function withoutLayout({ layout: _layout, $schema: _schema, ...rest }: Roadmap): Roadmap {
  return rest;
}

/** A roadmap that uses every feature the outline format has, with titles full of Markdown. */
function trickyRoadmap(): Roadmap {
  return {
    $schema: './roadmap.schema.json',
    id: 'tricky',
    title: 'C# & *stars* for <everyone>.',
    description: 'A *short* intro with `code` and [a link](https://example.com).\n\nSecond paragraph,\nwith a soft line break.',
    sections: [
      {
        id: 'table-of-contents',
        title: 'Table of Contents',
        description: 'Not a real table of contents.',
        topics: [{ id: 'toc-topic', title: 'Topic in it' }],
      },
      {
        id: 'markdown-soup',
        title: 'Markdown [soup] _here_',
        requires: [],
        topics: [
          { id: 'dash', title: '- starts like a list item' },
          { id: 'numbered', title: '1. starts like an ordered item' },
          { id: 'heading-like', title: '# starts like a heading #' },
          { id: 'quote-like', title: '> starts like a quote' },
          { id: 'set-notation', title: 'Set {x} notation {y}' },
          { id: 'ends-with-period', title: 'Ends with etc.' },
          { id: 'ellipsis', title: 'Trails off...' },
          { id: 'backslash', title: 'A back\\slash and a trailing one\\' },
          { id: 'entity', title: 'Entities &amp; &#42; stay text' },
          { id: 'code-like', title: 'Looks like `code` and **bold**' },
          { id: 'thematic', title: '---' },
          { id: 'unicode', title: '日本語のトピック' },
          { id: 'punctuation', title: '???' },
        ],
      },
      {
        id: 'resources',
        title: 'Resources',
        topics: [
          {
            id: 'all-kinds',
            title: 'All kinds of resources',
            description: 'Has resources of every type.',
            level: 'advanced',
            optional: false,
            tags: ['machine learning', 'a,b', 'quote"d', 'brace}', 'back\\slash', '*star*'],
            resources: [
              ...RESOURCE_TYPES.map((type) => ({ title: `A ${type} [resource]`, url: `https://example.com/${type}`, type })),
              { title: 'Paid one', url: 'https://example.com/paid', type: 'course', free: false },
              { title: 'Explicitly free', url: 'https://example.com/free', type: 'video', free: true },
              { title: 'Parens', url: 'https://en.wikipedia.org/wiki/Flask_(web_framework)', type: 'article' },
              { title: 'Query', url: 'https://example.com/?a=1&amp;b=2&c', type: 'docs' },
              { title: 'Relative', url: '../docs/page with spaces.html', type: 'docs' },
              { title: 'Mail', url: 'mailto:someone@example.com', type: 'tool' },
            ],
          },
        ],
      },
      {
        id: 'web-framework',
        title: 'Learn Flask or Django',
        requires: ['all-kinds', 'markdown-soup'],
        topics: [
          {
            id: 'flask',
            title: 'Flask',
            level: 'intermediate',
            description: 'The micro framework.',
            resources: [{ title: 'Flask docs', url: 'https://flask.palletsprojects.com/', type: 'official' }],
            topics: [
              { id: 'flask-routing', title: 'Routing', requires: ['dash'] },
              {
                id: 'flask-extensions',
                title: 'Extensions',
                choice: true,
                topics: [
                  { id: 'flask-login', title: 'Flask-Login', description: 'Sessions.\n\nAnd *more*.' },
                  { id: 'flask-wtf', title: 'Flask-WTF', optional: true },
                ],
              },
            ],
          },
          { id: 'django', title: 'Django', topics: [{ id: 'django-orm', title: 'ORM', tags: [] }] },
        ],
      },
      {
        id: 'not-a-choice',
        title: 'Vue or React',
        topics: [
          { id: 'vue', title: 'Vue', topics: [{ id: 'vue-basics', title: 'Basics' }] },
          { id: 'react', title: 'React', topics: [{ id: 'react-basics', title: 'Basics' }] },
        ],
      },
      {
        id: 'explicitly-not',
        title: 'Angular or Svelte',
        choice: false,
        topics: [
          { id: 'angular', title: 'Angular', topics: [{ id: 'angular-basics', title: 'Basics' }] },
          { id: 'svelte', title: 'Svelte', topics: [{ id: 'svelte-basics', title: 'Basics' }] },
        ],
      },
      {
        id: 'duplicates',
        title: 'Duplicates',
        topics: [
          { id: 'basics', title: 'Basics' },
          { id: 'basics-2', title: 'Basics' },
          { id: 'deep', title: 'Deep', topics: [{ id: 'd2', title: 'D2', topics: [{ id: 'd3', title: 'D3', topics: [{ id: 'd4', title: 'D4', topics: [{ id: 'd5', title: 'D5', topics: [{ id: 'd6', title: 'D6' }] }] }] }] }] },
        ],
      },
    ],
    layout: { version: 1, hash: 'x', direction: 'DOWN', width: 0, height: 0, nodes: [], edges: [] },
  };
}

describe('toMarkdown', () => {
  it('writes an outline with attribute blocks only where prose cannot say it', () => {
    expect(toMarkdown(smallRoadmap())).toBe(`# Web developer {#web-dev}

## Basics

- Syntax {level=beginner}
  - [@official@Docs](https://docs.python.org/3/)
- Functions {requires=syntax}
- Trivia {optional}

## HTTP

- Methods
- REST {requires=methods}

## Flask or Django {#framework}

### Flask

- Routing {#flask-routing}
- Databases {#flask-db}

### Django

- ORM {#django-orm}
- DRF {requires=django-orm,rest,syntax}

## Deploy

- Docker
- Kubernetes {#k8s requires=docker}
`);
  });

  it('writes descriptions as indented paragraphs and paid resources with a "paid" title', () => {
    const markdown = toMarkdown(trickyRoadmap());
    expect(markdown).toContain('    - Flask-Login\n\n      Sessions.\n\n      And *more*.\n');
    expect(markdown).toContain('[@course@Paid one](https://example.com/paid "paid")');
    expect(markdown).toContain('## Table of Contents {#table-of-contents}');
  });

  it('escapes a description line that would otherwise become a topic', () => {
    const roadmap = smallRoadmap();
    roadmap.sections[0]!.topics[0]!.description = 'Intro:\n- not a subtopic\n# not a heading';
    const back = roundTrip(roadmap);
    expect(back.sections[0]!.topics[0]!.topics).toBeUndefined();
    // Lines after a paragraph's first go out indented, which keeps them text, and come back as written.
    expect(back.sections[0]!.topics[0]!.description).toBe('Intro:\n- not a subtopic\n# not a heading');
  });
});

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
