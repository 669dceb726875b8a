import { describe, expect, it } from 'vitest';
import { imported } from './support/importMarkdown.js';

describe('fromMarkdown title lines, each read on its own', () => {
  it('closes inline Markdown in a topic title on its first line; the lines below are the description', () => {
    const { roadmap } = imported('# R\n\n## S\n\n- A *b\n  c* d\n- E [link\n  text](https://e.com)\n');
    expect(roadmap.sections[0]!.topics).toEqual([
      { id: 'a-b', title: 'A *b', description: 'c* d' },
      { id: 'e-link', title: 'E [link', description: 'text](https://e.com)' },
    ]);
  });

  it('takes the attribute block off the line as written, Markdown inside it included', () => {
    const { roadmap, warnings } = imported('# R\n\n## S\n\n- Flask [docs](https://flask.dev){#flask}\n- Tags {#t tags="*a*",b\\_c,"&lt;"}\n- Braces{x}\n');
    expect(roadmap.sections[0]!.topics).toEqual([
      { id: 'flask', title: 'Flask docs', resources: [{ title: 'docs', url: 'https://flask.dev', type: 'article' }] },
      { id: 't', title: 'Tags', tags: ['*a*', 'b_c', '&lt;'] },
      { id: 'braces-x', title: 'Braces{x}' },
    ]);
    expect(warnings).toEqual([{ line: 7, message: 'the {...} at the end of the line is not a readable attribute block (check its quotes and braces); it stays in the title' }]);
  });

  it('resolves link references to definitions anywhere, decoding their escapes, ', () => {
    const outline = (quotes: number) =>
      `# R\n\n## S\n\n- Topic\n  - [@docs@Guide][g] · [Other][]\n\n${'> a quote\n\n'.repeat(quotes)}[g]: https://e.com/a\\_b "paid"\n\n- [other]: <https://e.com/x y>\n`;
    expect(imported(outline(300)).roadmap.sections[0]!.topics[0]!.resources).toEqual([
      { title: 'Guide', url: 'https://e.com/a_b', type: 'docs', free: false },
      { title: 'Other', url: 'https://e.com/x y', type: 'article' },
    ]);
  });
});
