import { describe, expect, it } from 'vitest';
import { imported, lazyImport } from './support/importMarkdown.js';

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
