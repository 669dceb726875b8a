import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../src/markdown/parseAttributes.js';
import { findAttributeBlock } from '../src/markdown/read/findAttributeBlock.js';
import { findDeepNesting } from '../src/markdown/read/findDeepNesting.js';
import { slugify } from '../src/markdown/slugify.js';
import { formatAttributes } from '../src/markdown/write/formatAttributes.js';

describe('slugify', () => {
  it('makes ASCII kebab-case, folding accents and joining apostrophes', () => {
    expect(slugify('Crème Brûlée: a How-To!')).toBe('creme-brulee-a-how-to');
    expect(slugify("Python's  __dunder__ methods")).toBe('pythons-dunder-methods');
    expect(slugify('C++ / C#')).toBe('c-c');
  });

  it('cuts long titles at a word boundary, at most 48 characters', () => {
    const slug = slugify('Object-oriented programming (OOP) concepts: classes, objects, inheritance');
    expect(slug).toBe('object-oriented-programming-oop-concepts-classes');
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(48));
  });

  it('falls back when nothing is left', () => {
    expect(slugify('日本語', 'topic')).toBe('topic');
    expect(slugify('!!!')).toBe('');
  });
});

describe('findAttributeBlock', () => {
  it('finds a trailing block and leaves braces inside the title alone', () => {
    expect(findAttributeBlock('Title {#id level=beginner}  ')).toEqual({ start: 6, content: '#id level=beginner' });
    expect(findAttributeBlock('Set {x} notation {#sets}')).toEqual({ start: 17, content: '#sets' });
    expect(findAttributeBlock('{#only}')).toEqual({ start: 0, content: '#only' });
    expect(findAttributeBlock('Title {tags="a}b"}')).toEqual({ start: 6, content: 'tags="a}b"' });
  });

  it('finds nothing when the line does not end in a well-formed block', () => {
    expect(findAttributeBlock('Title {#id} more')).toBeUndefined();
    expect(findAttributeBlock('Title{#id}')).toBeUndefined();
    expect(findAttributeBlock('Title {tags="a}')).toBeUndefined();
    expect(findAttributeBlock('Title }')).toBeUndefined();
  });
});

describe('parseAttributes', () => {
  it('reads ids, levels, flags and lists, quoted items included', () => {
    expect(parseAttributes('#a-b intermediate optional choice=false requires=x,y tags="m l",c\\d')).toEqual({
      attributes: { id: 'a-b', level: 'intermediate', optional: true, choice: false, requires: ['x', 'y'], tags: ['m l', 'c\\d'] },
      problems: [],
    });
    expect(parseAttributes('tags="a \\"b\\" c"').attributes.tags).toEqual(['a "b" c']);
  });

  it('keeps invalid values for validation and reports what it cannot read', () => {
    expect(parseAttributes('level=expert optional=maybe').attributes).toEqual({ level: 'expert', optional: 'maybe' });
    expect(parseAttributes('colour=red level # =x tags="open').problems).toEqual([
      'attribute value without a name ignored',
      'a quoted value is not closed',
      'unknown attribute "colour" ignored',
      'attribute "level" needs a value',
      'attribute "id" needs exactly one value',
    ]);
    expect(parseAttributes('#a #b').problems).toEqual(['attribute "id" is given twice; the last one is used']);
  });

  it('reads back whatever formatAttributes writes, once Markdown escapes are undone', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab ,"{}=#\\*_[]`<>&!'.split('')), minLength: 1, maxLength: 12 });
    const value = text.map((t) => t.trim()).filter((t) => t.length > 0);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 4 }), fc.array(value, { maxLength: 4 }), fc.boolean(), (tags, requires, optional) => {
        const attributes = { id: 'some-id', level: 'advanced', optional, tags, requires };
        const block = formatAttributes(attributes);
        // What Markdown leaves of the block: each backslash escape of punctuation undone.
        const unescaped = block.replace(/\\([!-/:-@[-`{-~])/g, '$1');
        const found = findAttributeBlock(`Title ${unescaped}`);
        expect(found).toBeDefined();
        expect(parseAttributes(found!.content)).toEqual({ attributes, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDeepNesting', () => {
  it('passes ordinary outlines and long thematic breaks', () => {
    expect(findDeepNesting('- a\n  - b\n    - c\n\n1. x\n   1. y\n')).toBeUndefined();
    expect(findDeepNesting(`${'- '.repeat(100)}\n${'* '.repeat(100)}`)).toBeUndefined();
  });

  it('flags markers and indentation that nest more than 32 levels', () => {
    expect(findDeepNesting(`a\n${'> - '.repeat(17)}x`)).toEqual({ line: 2, depth: 34 });
    expect(findDeepNesting(`${' '.repeat(64)}- x`)).toEqual({ line: 1, depth: 33 });
    expect(findDeepNesting(`${' '.repeat(64)}text`)).toBeUndefined();
  });
});
