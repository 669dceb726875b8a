import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../src/markdown/read/fromMarkdown.js';
import { toMarkdown } from '../src/markdown/write/toMarkdown.js';
import type { Roadmap } from '../src/schema/roadmapSchema.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';

function reimport(roadmap: Roadmap) {
  const markdown = toMarkdown(roadmap);
  const result = fromMarkdown(markdown);
  if (!result.ok) throw new Error(`re-import failed: ${JSON.stringify(result.errors)}\n${markdown}`);
  return { markdown, roadmap: result.roadmap, warnings: result.warnings };
}

// Any character a title may hold, control characters, tabs and unusual spaces included; only
// runs of spaces are left out (the outline collapses them, as Markdown does). Validation trims
// titles, so the roadmap that goes out is the validated one.
const anyCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', 'Z', '9', '#', '*', '_', '`', '[', ']', '&', '<', '\\', '.', '{', '}', '-', ' ', 'é', '🙂'),
);
const title = fc
  .array(anyCharacter, { minLength: 1, maxLength: 24 })
  .map((chars) => chars.join('').replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''))
  .filter((text) => text.trim().length > 0);

describe('fromMarkdown(toMarkdown(r)) at the edges', () => {
  it('gives back titles with control characters, tabs and unusual spaces', () => {
    fc.assert(
      fc.property(title, title, title, (roadmapTitle, sectionTitle, topicTitle) => {
        const valid = parseRoadmap({ id: 'r', title: roadmapTitle, sections: [{ id: 's', title: sectionTitle, topics: [{ id: 't', title: topicTitle }] }] });
        if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
        const roadmap = valid.roadmap;
        const back = reimport(roadmap);
        expect(back.roadmap).toEqual(roadmap);
        // Written as character references, control characters never reach a file raw.
        expect(back.markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back descriptions with a paragraph that is only an image, and says it will not be shown', () => {
    const image = fc.constantFrom('![diagram](https://example.com/d.png)', '![](x.png "t")', '![a *b*](<a b.png>)', '![x](y) ![z](w)');
    const text = fc.constantFrom('Intro.', 'Some *text* with [a link](https://e.com).', 'More.');
    fc.assert(
      fc.property(fc.array(fc.oneof(image, text), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const description = paragraphs.join('\n\n');
        const roadmap: Roadmap = { id: 'r', title: 'R', description, sections: [{ id: 's', title: 'S', description, topics: [{ id: 't', title: 'T', description }] }] };
        const back = reimport(roadmap);
        expect(back.roadmap).toEqual(roadmap);
        const images = paragraphs.join(' ').split('![').length - 1;
        expect(back.warnings.filter((w) => w.message === 'image in a description is kept as written but will not be shown')).toHaveLength(3 * images);
      }),
      { numRuns: 60 },
    );
  });
});
