import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';

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
