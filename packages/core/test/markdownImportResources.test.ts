import { describe, expect, it } from 'vitest';
import { imported, lazyImport } from './support/importMarkdown.js';

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
