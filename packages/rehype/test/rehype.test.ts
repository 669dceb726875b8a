import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeRoadmapGraph, { type RehypeRoadmapGraphOptions } from '../src/index.js';

const FENCE = ['```roadmap', '# Tiny roadmap {#tiny}', '', '## Basics {#basics}', '', '- First topic {#first level=beginner}', '- Second topic {#second requires=first}', '```'].join('\n');

async function toHtml(markdown: string, options?: RehypeRoadmapGraphOptions): Promise<string> {
  const file = new VFile({ path: 'posts/hello.md', value: markdown });
  return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeRoadmapGraph, options).use(rehypeStringify).process(file));
}

function elements(root: Root | Element, name: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === name) out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

describe('rehypeRoadmapGraph', () => {
  it('replaces a roadmap fence with <roadmap-graph>: its data script, the picture and the outline; other code stays', async () => {
    const html = await toHtml(`# Post\n\nText.\n\n${FENCE}\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`, { height: 480 });
    const tree = fromHtml(html, { fragment: true });
    const [element, ...others] = elements(tree, 'roadmap-graph');
    expect(others).toEqual([]);
    expect(element!.properties).toMatchObject({ theme: 'auto', height: 480 });
    const kids = element!.children.filter((c): c is Element => c.type === 'element').map((c) => c.tagName);
    expect(kids).toEqual(['script', 'figure', 'details']);
    const script = elements(element!, 'script')[0]!;
    expect(script.properties.type).toBe('application/json');
    const data = JSON.parse((script.children[0] as { value: string }).value) as { id: string; layout: { views: object } };
    expect(data.id).toBe('tiny');
    expect(Object.keys(data.layout.views).sort()).toEqual(['column', 'phone', 'wide']);
    expect(elements(element!, 'svg')).toHaveLength(1);
    // The fence is gone; the other code block is as it was.
    expect(html).not.toContain('language-roadmap');
    expect(html).toContain('<pre><code class="language-js">const x = 1;\n</code></pre>');
  });

  it('fails the build on a bad fence with file:line: path: message, the line counted in the Markdown file', async () => {
    const bad = FENCE.replace('requires=first', 'requires=missing');
    const markdown = `# Post\n\nIntro.\n\n${bad}\n`;
    // The fence opens on line 5, so its 6th line of content is line 11 of the file.
    const error = await toHtml(markdown).then(
      () => undefined,
      (e: unknown) => e as Error & { line?: number; file?: string },
    );
    expect(error?.message).toBe('posts/hello.md:11: sections[0].topics[1].requires[0]: unknown topic "missing"');
    expect(error?.line).toBe(11);
    expect(error?.file).toBe('posts/hello.md');
  });

  it('keeps hostile text as text after stringifying: one script, no markup from the data', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const json = JSON.stringify({ id: 'x', title: hostile, sections: [{ id: 's', title: 'S', topics: [{ id: 't', title: hostile, resources: [{ title: 'r', url: 'javascript:alert(1)', type: 'docs' }] }] }] });
    // The URL is refused: a fence that does not validate never reaches the page.
    await expect(toHtml(`\`\`\`roadmap\n${json}\n\`\`\`\n`)).rejects.toThrow(/resources\[0\]\.url/);
    const safe = json.replace('javascript:alert(1)', 'https://example.com/?a=<b>');
    const html = await toHtml(`\`\`\`roadmap\n${safe}\n\`\`\`\n`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const tree = fromHtml(html, { fragment: true });
    expect(elements(tree, 'figcaption')[0]!.children).toEqual([expect.objectContaining({ type: 'text', value: hostile })]);
    expect(JSON.parse((elements(tree, 'script')[0]!.children[0] as { value: string }).value).title).toBe(hostile);
  });

  it('gives two fences on one page distinct ids', async () => {
    const html = await toHtml(`${FENCE}\n\n${FENCE}\n`, { fallback: 'svg' });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(elements(fromHtml(html, { fragment: true }), 'roadmap-graph')).toHaveLength(2);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a fence Shiki highlighted as a known roadmap language: <pre data-language="roadmap">, text in spans', async () => {
    const lines = FENCE.split('\n').slice(1, -1);
    const spans = lines.map((line) => `<span class="line"><span style="color:#e1e4e8">${line}</span></span>`).join('\n');
    const tree = fromHtml(`<p>Intro</p><pre class="shiki" data-language="roadmap" tabindex="0"><code>${spans}</code></pre>`, { fragment: true });
    const file = new VFile({ path: 'posts/hello.md' });
    const out = (await unified().use(rehypeRoadmapGraph).run(tree, file)) as Root;
    const [element] = elements(out, 'roadmap-graph');
    const script = elements(element!, 'script')[0]!;
    expect(JSON.parse((script.children[0] as { value: string }).value)).toMatchObject({ id: 'tiny', sections: [{ topics: [{ id: 'first' }, { id: 'second', requires: ['first'] }] }] });
    expect(elements(out, 'pre')).toEqual([]);
  });

  it('refuses an option it cannot use, naming it', async () => {
    await expect(toHtml(FENCE, { fallback: 'pdf' as never })).rejects.toThrow(/fallback must be/);
  });
});
