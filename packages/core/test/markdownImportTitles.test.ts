import { describe, expect, it } from 'vitest';
import { imported } from './support/importMarkdown.js';

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
