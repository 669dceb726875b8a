import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';

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
