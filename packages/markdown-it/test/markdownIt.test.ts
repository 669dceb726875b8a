import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import roadmapGraph, { type MarkdownItRoadmapGraphOptions } from '../src/index.js';

// The plugin's worker thread runs core from its build (dist): `pnpm build` first, as `pnpm test` does.
const FENCE = ['```roadmap', '# Tiny roadmap {#tiny}', '', '## Basics {#basics}', '', '- First topic {#first level=beginner}', '- Second topic {#second requires=first}', '```'].join('\n');

function markdownIt(options?: MarkdownItRoadmapGraphOptions) {
  return new MarkdownIt().use(roadmapGraph, options);
}

function failure(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe('markdownItRoadmapGraph', () => {
  it('renders a roadmap fence synchronously as <roadmap-graph> with its data, picture and outline; other fences as before', () => {
    const html = markdownIt({ height: '70vh' }).render(`# Post\n\n${FENCE}\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`);
    expect(html).toMatch(/^<h1>Post<\/h1>\n<roadmap-graph theme="auto" height="70vh"><script type="application\/json">\{"id":"tiny",/);
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)![1]!;
    expect(Object.keys((JSON.parse(json) as { layout: { views: object } }).layout.views).sort()).toEqual(['column', 'phone', 'wide']);
    expect(html).toMatch(/<\/script><figure><svg [^>]*role="img"/);
    expect(html).toContain('<details><summary>Outline: Tiny roadmap</summary>');
    expect(html).toContain('<pre><code class="language-js">const x = 1;\n</code></pre>');
    expect(html).not.toContain('language-roadmap');
  });

  it('throws file:line: path: message for a bad fence, the line counted in the file, front matter included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-markdown-it-'));
    const path = join(dir, 'post.md');
    const frontMatter = '---\ntitle: Post\n---\n';
    const body = `# Post\n\n${FENCE.replace('requires=first', 'requires=missing')}\n`;
    writeFileSync(path, frontMatter + body);
    // As VitePress does: markdown-it gets the text after the front matter, env names the file.
    const error = failure(() => markdownIt().render(body, { path, content: body }));
    // Front matter 3 lines, heading and blank line, fence on line 6: its 6th line of content is line 12.
    expect(error?.message).toBe(`${path}:12: sections[0].topics[1].requires[0]: unknown topic "missing"`);
    // Eleventy's env names the file as page.inputPath and holds no copy of the text.
    expect(failure(() => markdownIt().render(body, { page: { inputPath: path } }))?.message).toMatch(new RegExp(`^${path}:12: `));
    // The same file with Windows line ends: markdown-it parses \n, the file is searched alike.
    writeFileSync(path, (frontMatter + body).replace(/\n/g, '\r\n'));
    expect(failure(() => markdownIt().render(body.replace(/\n/g, '\r\n'), { page: { inputPath: path } }))?.message).toMatch(new RegExp(`^${path}:12: `));
    // A file that cannot be read (or text a template engine changed first): lines counted in the text.
    expect(failure(() => markdownIt().render(body, { page: { inputPath: './posts/missing.md' } }))?.message).toMatch(/^\.\/posts\/missing\.md:9: /);
  });

  it('keeps hostile text as text: one script, none of the data as markup', () => {
    const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)>';
    const json = JSON.stringify({ id: 'x', title: hostile, sections: [{ id: 's', title: hostile, topics: [{ id: 't', title: hostile }] }] });
    const html = markdownIt().render(`\`\`\`roadmap\n${json}\n\`\`\`\n`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<!--|<img/);
    expect(html).toContain('<figcaption>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &lt;img src=x onerror=alert(1)&gt;</figcaption>');
  });

  it('gives two fences on one page distinct ids', () => {
    const html = markdownIt({ fallback: 'svg' }).render(`${FENCE}\n\n${FENCE}\n`);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(html.match(/<roadmap-graph /g)).toHaveLength(2);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hands the element to Vue as v-html under VitePress, so that Vue keeps its data script and {{ }} as written', () => {
    const fence = FENCE.replace('# Tiny roadmap', '# Tiny {{ 1 + 1 }} & "quoted" roadmap');
    const plain = markdownIt().render(fence);
    // A new env per page, as VitePress makes: ids count fences per env.
    const vitePressEnv = () => ({ path: '/site/docs/post.md', relativePath: 'post.md', cleanUrls: false });
    for (const html of [markdownIt().render(fence, vitePressEnv()), markdownIt({ vue: true }).render(fence)]) {
      const attribute = /^<div v-html="([^"]*)"><\/div>\n$/.exec(html)?.[1];
      expect(attribute).toBeDefined();
      // Nothing outside the attribute for Vue's template compiler to read as markup or expression.
      expect(attribute).not.toMatch(/[<>]/);
      const literal = attribute!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      expect(JSON.parse(literal)).toBe(plain.trimEnd());
    }
    // Other markdown-it hosts get the element itself, and so does VitePress when told so.
    expect(plain).toMatch(/^<roadmap-graph /);
    expect(markdownIt({ vue: false }).render(fence, vitePressEnv())).toBe(plain);
  });

  it('refuses an option it cannot use, naming it', () => {
    expect(failure(() => markdownIt({ theme: 'sepia' as never }).render(FENCE))).toEqual(new TypeError(`roadmap fence: theme must be 'light', 'dark', 'auto', not "sepia"`));
  });
});
