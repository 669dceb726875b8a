import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import type { MarkdownImport } from '../src/markdown/read/types.js';
import type { Roadmap, Topic } from '../src/schema/roadmapSchema.js';

const seed = readFileSync(new URL('./fixtures/seed-outline.md', import.meta.url), 'utf8');

function imported(text: string): Extract<MarkdownImport, { ok: true }> {
  const result = fromMarkdown(text);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

/**
 * Imports when a test first reads the result, so that a failing import fails that test with
 * its message instead of breaking the whole file at collection time.
 */
function lazyImport(text: string): { roadmap: Roadmap; warnings: MarkdownImport['warnings'] } {
  let result: ReturnType<typeof imported> | undefined;
  const get = () => (result ??= imported(text));
  return {
    get roadmap() {
      return get().roadmap;
    },
    get warnings() {
      return get().warnings;
    },
  };
}

function allTopics(roadmap: Roadmap): Topic[] {
  const out: Topic[] = [];
  const visit = (topics: Topic[]) => topics.forEach((t) => (out.push(t), visit(t.topics ?? [])));
  roadmap.sections.forEach((s) => visit(s.topics));
  return out;
}

function bulletTitles(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/\.$/, ''));
}

describe('fromMarkdown on the seed outline', () => {
  const data = lazyImport(seed);

  it('reads the title, the intro paragraph and the nine sections, skipping the table of contents', () => {
    expect(data.roadmap.title).toBe('PyArch - Python Backend Development Roadmap');
    expect(data.roadmap.id).toBe('pyarch-python-backend-development-roadmap');
    expect(data.roadmap.description).toMatch(/^This roadmap provides a structured guide/);
    expect(data.roadmap.sections.map((s) => s.title)).toEqual([
      'Learn Python Fundamentals',
      'Understand HTTP and Web Basics',
      'Learn Flask or Django',
      'Database Management',
      'Authentication and Authorization',
      'RESTful API Development',
      'Testing',
      'Deployment and DevOps',
      'Advanced Topics',
    ]);
    expect(data.warnings).toEqual([]);
  });

  it('turns every one of the 49 bullets into a topic, titled without the trailing period', () => {
    const bullets = bulletTitles(seed);
    expect(bullets).toHaveLength(49);
    const titles = allTopics(data.roadmap).map((t) => t.title);
    // The two ### groups are topics too.
    expect(titles).toHaveLength(51);
    expect(titles.filter((t) => t !== 'Flask' && t !== 'Django')).toEqual(bullets);
    expect(titles).toContain('HTTP methods (GET, POST, PUT, DELETE, etc.)');
  });

  it('makes Flask and Django two group topics of five subtopics, in a choice section', () => {
    const section = data.roadmap.sections[2]!;
    expect(section.choice).toBe(true);
    expect(section.topics.map((t) => [t.title, t.topics?.length])).toEqual([
      ['Flask', 5],
      ['Django', 5],
    ]);
    expect(section.topics[1]!.topics![4]!.title).toBe('Django REST Framework for API development');
  });

  it('gives unique kebab-case ids, long titles cut at a word boundary', () => {
    const ids = [...data.roadmap.sections.map((s) => s.id), ...allTopics(data.roadmap).map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(48);
    }
    expect(data.roadmap.sections[0]!.topics[0]!.id).toBe('basics-of-python-syntax-data-types-variables-and');
    expect(data.roadmap.sections[2]!.topics.map((t) => t.id)).toEqual(['flask', 'django']);
  });
});

describe('fromMarkdown attribute blocks', () => {
  const data = lazyImport(`# Python Backend {#python-backend}

## Basics {#basics}

- Syntax {#python-syntax level=beginner tags=python,"first steps"}
- Functions {advanced optional requires=python-syntax}
- Trivia {optional=false choice=true}
  - Dates
  - Names

## Web {requires=python-syntax,basics choice}

- Flask {#flask}
- Django {#django requires=}
`);

  it('reads ids, levels, flags, prerequisites and tags', () => {
    expect(data.roadmap.id).toBe('python-backend');
    const [syntax, functions, trivia] = data.roadmap.sections[0]!.topics;
    expect(syntax).toEqual({ id: 'python-syntax', title: 'Syntax', level: 'beginner', tags: ['python', 'first steps'] });
    expect(functions).toEqual({ id: 'functions', title: 'Functions', level: 'advanced', optional: true, requires: ['python-syntax'] });
    expect(trivia).toMatchObject({ id: 'trivia', title: 'Trivia', optional: false, choice: true });
    expect(trivia!.topics).toHaveLength(2);
    expect(data.warnings).toEqual([]);
  });

  it('reads section prerequisites and choice, and an empty requires as a fresh start', () => {
    const web = data.roadmap.sections[1]!;
    expect(web).toMatchObject({ id: 'web', requires: ['python-syntax', 'basics'], choice: true });
    expect(web.topics[1]).toEqual({ id: 'django', title: 'Django', requires: [] });
  });

  it('warns about unknown attributes, with a hint, and about ones an element cannot use', () => {
    const result = imported(`# R

## S {level=beginner}

- A {lvel=beginner #a}
`);
    expect(result.warnings).toEqual([
      { line: 3, message: 'attribute "level" is not used on a section; ignored' },
      { line: 5, message: 'attribute block: unknown attribute "lvel" ignored (did you mean "level"?)' },
    ]);
    expect(result.roadmap.sections[0]!.topics[0]).toEqual({ id: 'a', title: 'A' });
  });

  it('keeps braces that are part of a title, and warns about a block it cannot read', () => {
    const result = imported(`# R

## S

- Set {x} notation {#sets}
- Broken {#id tags="a}
`);
    expect(result.roadmap.sections[0]!.topics.map((t) => [t.id, t.title])).toEqual([
      ['sets', 'Set {x} notation'],
      ['broken-id-tags-a', 'Broken {#id tags="a}'],
    ]);
    expect(result.warnings.map((w) => w.line)).toEqual([6]);
  });
});

describe('fromMarkdown resources and descriptions', () => {
  const outline = `# R

## S

- HTTP basics {#http}

  What a *request* is, with \`code\` and [a link](https://example.com/x).

  A second paragraph.

  - [@official@RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)
  - [@course@A paid course](https://example.com/c "paid")
  - [An untagged article](https://example.com/a)
  - [@video@Free talk](https://example.com/v "free")
  - Status codes
- Learn [@docs@MDN](https://developer.mozilla.org/) and more
- Title line
  continues as the description
`;
  const data = lazyImport(outline);
  const topic = (i: number) => data.roadmap.sections[0]!.topics[i]!;

  it('reads nested link items as typed resources, "paid" as not free', () => {
    expect(topic(0).resources).toEqual([
      { title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110', type: 'official' },
      { title: 'A paid course', url: 'https://example.com/c', type: 'course', free: false },
      { title: 'An untagged article', url: 'https://example.com/a', type: 'article' },
      { title: 'Free talk', url: 'https://example.com/v', type: 'video', free: true },
    ]);
    expect(topic(0).topics).toEqual([{ id: 'status-codes', title: 'Status codes' }]);
    expect(data.warnings).toEqual([]);
  });

  it('keeps continuation paragraphs verbatim as the description', () => {
    expect(topic(0).description).toBe(
      'What a *request* is, with `code` and [a link](https://example.com/x).\n\nA second paragraph.',
    );
    expect(topic(2)).toMatchObject({ title: 'Title line', description: 'continues as the description' });
  });

  it('takes links in a title line with other text as resources, keeping their text in the title', () => {
    expect(topic(1)).toMatchObject({
      title: 'Learn MDN and more',
      resources: [{ title: 'MDN', url: 'https://developer.mozilla.org/', type: 'docs' }],
    });
  });

  it('gives a ### group its description and its link-only items as resources', () => {
    const result = imported(`# R

## Frameworks

### Flask {level=intermediate}

The micro framework.

- [@official@Flask docs](https://flask.palletsprojects.com/)
- Routing

#### Extensions

- Flask-Login
`);
    const flask = result.roadmap.sections[0]!.topics[0]!;
    expect(flask).toMatchObject({
      title: 'Flask',
      level: 'intermediate',
      description: 'The micro framework.',
      resources: [{ title: 'Flask docs', type: 'official' }],
    });
    expect(flask.topics!.map((t) => t.title)).toEqual(['Routing', 'Extensions']);
    expect(flask.topics![1]!.topics!.map((t) => t.title)).toEqual(['Flask-Login']);
    expect(result.roadmap.sections[0]!.choice).toBeUndefined();
  });

  it('resolves reference-style links', () => {
    const result = imported(`# R

## S

- Topic
  - [@book@The book][book]

[book]: https://example.com/book "paid"
`);
    expect(result.roadmap.sections[0]!.topics[0]!.resources).toEqual([
      { title: 'The book', url: 'https://example.com/book', type: 'book', free: false },
    ]);
  });
});

describe('fromMarkdown titles and ids', () => {
  it('de-duplicates slugs with -2, -3, never taking an explicit id', () => {
    const { roadmap } = imported(`# R

## Basics

- Basics
- Basics
- Other {#basics-2}
- Basics
`);
    expect(roadmap.sections[0]!.id).toBe('basics');
    expect(roadmap.sections[0]!.topics.map((t) => t.id)).toEqual(['basics-3', 'basics-4', 'basics-2', 'basics-5']);
  });

  it('flattens inline Markdown, collapses whitespace, drops one final period unless escaped', () => {
    const { roadmap } = imported(`# R

## S

- **Bold**   and \`code.\`
- Ends with a period.
- Keeps it\\.
- Trails off...
- Crème brûlée
- 日本語
`);
    expect(roadmap.sections[0]!.topics.map((t) => [t.id, t.title])).toEqual([
      ['bold-and-code', 'Bold and code.'],
      ['ends-with-a-period', 'Ends with a period'],
      ['keeps-it', 'Keeps it.'],
      ['trails-off', 'Trails off...'],
      ['creme-brulee', 'Crème brûlée'],
      ['topic', '日本語'],
    ]);
  });

  it('infers a choice only for an "or" section made of groups alone', () => {
    const { roadmap } = imported(`# R

## Flask or Django

- Shared topic

### Flask

- A

### Django

- B

## Flask and Django

### Flask 2

- C

### Django 2

- D

## Vue or React {choice=false}

### Vue

- E

### React

- F
`);
    expect(roadmap.sections.map((s) => s.choice)).toEqual([undefined, undefined, false]);
  });

  it('reads a "Table of Contents" section with an attribute block as a real section', () => {
    const { roadmap } = imported('# R\n\n## Table of Contents {#toc}\n\n- Chapter one\n');
    expect(roadmap.sections).toEqual([{ id: 'toc', title: 'Table of Contents', topics: [{ id: 'chapter-one', title: 'Chapter one' }] }]);
  });
});

describe('fromMarkdown warnings', () => {
  it('names what it ignored, with the line it is on', () => {
    const result = fromMarkdown(`Intro before the title.

# Roadmap

- a list before any section

## Section

- Topic

Stray paragraph after the list.

\`\`\`python
print("code")
\`\`\`

| a | b |
| - | - |
| 1 | 2 |

![diagram](diagram.png)

<div>
  HTML block
</div>

> a quote

---

# Second title
`);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { line: 1, message: 'paragraph ignored: it comes before the "#" title' },
      { line: 5, message: 'list ignored: it comes before any "##" section' },
      { line: 11, message: 'paragraph ignored: text belongs right under a heading (as its description) or in a list item' },
      { line: 13, message: 'code block ignored: an outline has no place for it' },
      { line: 17, message: 'table ignored: an outline has no place for it' },
      { line: 21, message: 'image ignored: it has no place in a roadmap' },
      { line: 23, message: 'HTML ignored: an outline has no place for it' },
      { line: 27, message: 'block quote ignored: an outline has no place for it' },
      { line: 29, message: 'thematic break ignored: an outline has no place for it' },
      { line: 31, message: 'second "#" heading ignored: only the first one is the roadmap title' },
    ]);
  });

  it('keeps line numbers right deep into a large outline', () => {
    const sections = Array.from({ length: 60 }, (_, i) => `## Section ${i}\n\n${'- topic\n'.repeat(50)}`).join('\n');
    const outline = `# R\n\n${sections}\n\`\`\`\ncode\n\`\`\`\n`;
    const codeLine = outline.split('\n').indexOf('```') + 1;
    expect(outline.length).toBeGreaterThan(20_000);
    expect(fromMarkdown(outline).warnings).toEqual([{ line: codeLine, message: 'code block ignored: an outline has no place for it' }]);
  });

  it('warns about items it cannot use inside lists', () => {
    const result = fromMarkdown(`# R

## S

- [Just a link](https://example.com)
- Topic
  - ![img](x.png)

  \`\`\`
  code in an item
  \`\`\`
- [x](https://e.com "maybe")
  text
`);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [5, 'list item of only links ignored: it needs a topic above it (a parent item or a ### group) to be its resources'],
      [7, 'image ignored: a title is plain text'],
      [7, 'list item without title text ignored'],
      [9, 'code block ignored: a list item holds only text and nested lists'],
      [12, 'list item of only links ignored: it needs a topic above it (a parent item or a ### group) to be its resources'],
      [12, 'text under a list item of links ignored'],
    ]);
  });
});

describe('fromMarkdown invalid values', () => {
  it('reports level=expert as a validation error at its path and line, without throwing', () => {
    const result = fromMarkdown('# R\n\n## S\n\n- Fine\n- Topic {level=expert}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('sections[0].topics[1].level');
    expect(result.errors[0]!.message).toMatch(/beginner.*(line 6)/);
    expect(result.draft).toMatchObject({ sections: [{ topics: [{ title: 'Fine' }, { level: 'expert' }] }] });
  });

  it('reports bad ids, unknown resource types and unknown prerequisites with their lines', () => {
    const result = fromMarkdown(`# R

## S

- A {#Not_Kebab}
- B {requires=nowhere}
  - [@blog@Post](https://example.com)
`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath['sections[0].topics[0].id']).toMatch(/kebab-case.*\(line 5\)$/);
    expect(byPath['sections[0].topics[1].resources[0].type']).toMatch(/\(line 7\)$/);
    expect(byPath['sections[0].topics[1].requires[0]']).toMatch(/nowhere.*\(line 6\)$/);
  });

  it('reports topics nested deeper than maxTopicDepth as an error with a path', () => {
    let outline = '# R\n\n## S\n\n';
    for (let depth = 0; depth < 8; depth++) outline += `${'  '.repeat(depth)}- Level ${depth + 1}\n`;
    const result = fromMarkdown(outline);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'sections[0].topics[0].topics[0].topics[0].topics[0].topics[0].topics[0].topics[0]',
        message: expect.stringMatching(/"Level 7" is nested 7 levels deep.*limit maxTopicDepth.*line 11/),
      },
    ]);
  });
});
