import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { formatFenceProblems } from '../src/fence/formatFenceProblems.js';
import { renderRoadmapFence } from '../src/fence/renderRoadmapFence.js';
import type { RoadmapFenceOptions } from '../src/fence/types.js';
import { checkBakedLayout } from '../src/layout/checkBakedLayout.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { parseRoadmap } from '../src/validate/parseRoadmap.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const engine = createElkEngine();
const OUTLINE = `# Tiny roadmap {#tiny}

## Basics {#basics}

- First topic {#first level=beginner}
  - [@official@The docs](https://example.com/docs)
- Second topic {#second requires=first}
`;

async function render(text: string, options: Partial<RoadmapFenceOptions> = {}) {
  return renderRoadmapFence(text, { engine, ...options });
}

async function html(text: string, options: Partial<RoadmapFenceOptions> = {}): Promise<string> {
  const result = await render(text, options);
  if (!result.ok) throw new Error(formatFenceProblems(result.errors, { file: 'fence', line: 1 }));
  return result.html;
}

/** The text of the element's data script. */
function scriptText(out: string): string {
  const match = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(out);
  if (!match) throw new Error(`no data script in ${out.slice(0, 200)}`);
  return match[1]!;
}

/** The fence's HTML as XML: it is well-formed, so the structure can be checked node by node. */
function parse(out: string) {
  // The data script's text holds no markup by construction; XML wants its `&` as an entity.
  const xml = out.replace(/(<script type="application\/json">)([\s\S]*?)(<\/script>)/, (_, a, b, c) => a + b.replace(/&/g, '&amp;') + c);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc.documentElement!;
}

describe('renderRoadmapFence', () => {
  it('turns a Markdown outline into <roadmap-graph> with the roadmap and every layout inline, the picture and the outline as fallback', async () => {
    const out = await html(OUTLINE, { height: 480, gestures: 'cooperative' });
    const root = parse(out);
    expect(root.localName).toBe('roadmap-graph');
    expect(root.getAttribute('theme')).toBe('auto');
    expect(root.getAttribute('height')).toBe('480');
    expect(root.getAttribute('gestures')).toBe('cooperative');
    const children = Array.from(root.childNodes).map((node) => (node as { localName?: string }).localName);
    expect(children).toEqual(['script', 'figure', 'details']);

    const parsed = parseRoadmap(scriptText(out));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.roadmap.sections[0]!.topics.map((t) => t.id)).toEqual(['first', 'second']);
    const baked = checkBakedLayout(parsed.roadmap);
    expect(baked.status).toBe('fresh');
    if (baked.status === 'fresh') expect(Object.keys(baked.layout.views).sort()).toEqual(['column', 'phone', 'wide']);

    const figure = root.getElementsByTagName('figure')[0]!;
    const svg = figure.getElementsByTagName('svg')[0]!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getElementsByTagName('style')[0]!.textContent).toContain('prefers-color-scheme: dark');
    // The picture of the column class, scaled down in narrower columns.
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(720);
    expect(figure.getElementsByTagName('figcaption')[0]!.textContent).toBe('Tiny roadmap');
    const link = root.getElementsByTagName('details')[0]!.getElementsByTagName('a')[0]!;
    expect(link.getAttribute('href')).toBe('https://example.com/docs');
    expect(link.textContent).toBe('The docs');
    expect(root.getElementsByTagName('details')[0]!.textContent).toContain('Second topic. Requires: First topic');
  });

  it('keeps only what the fallback option asks for', async () => {
    const kinds = async (fallback: RoadmapFenceOptions['fallback']) =>
      Array.from(parse(await html(OUTLINE, { fallback })).childNodes).map((node) => (node as { localName?: string }).localName);
    expect(await kinds('svg')).toEqual(['script', 'figure']);
    expect(await kinds('outline')).toEqual(['script', 'ol']);
    expect(await kinds('none')).toEqual(['script']);
  });

  it('reads JSON when the fence starts with {, and keeps its fresh baked layout', async () => {
    const first = await html(JSON.stringify(smallRoadmap(), null, 2), { fallback: 'none' });
    const roadmap = JSON.parse(scriptText(first)) as unknown;
    let layouts = 0;
    const counting = {
      layout: (graph: Parameters<typeof engine.layout>[0]) => {
        layouts += 1;
        return engine.layout(graph);
      },
    };
    const again = await renderRoadmapFence(JSON.stringify(roadmap), { engine: counting, fallback: 'none' });
    expect(again.ok && again.html).toBe(first);
    expect(layouts).toBe(0);
  });

  it('places each problem of a JSON fence on its line', async () => {
    const text = ['{', '  "id": "x",', '  "title": "X",', '  "sections": [', '    { "id": "a", "title": "A",', '      "topics": [{ "id": "t", "title": "T", "requires": ["nope"] }] }', '  ]', '}'].join('\n');
    const result = await render(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 6, path: 'sections[0].topics[0].requires[0]', message: 'unknown topic "nope"' }]);
    expect(formatFenceProblems(result.errors, { file: 'posts/hello.md', line: 20 })).toBe(
      'posts/hello.md:25: sections[0].topics[0].requires[0]: unknown topic "nope"',
    );
  });

  it('places a missing member on the line of its object', async () => {
    const text = '{\n  "id": "x",\n  "title": "X",\n  "sections": [\n    {\n      "id": "a",\n      "topics": []\n    }\n  ]\n}';
    const result = await render(text);
    expect(!result.ok && result.errors.map((e) => [e.line, e.path])).toEqual([[5, 'sections[0].title']]);
  });

  it('places a JSON syntax error on its line', async () => {
    const result = await render('{\n  "id": "x",\n  "title": "X"\n  "sections": []\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.line).toBe(4);
  });

  it('places each problem of a Markdown fence on its line, message without the line it named', async () => {
    const text = `# Broken {#broken}\n\n## Basics {#basics}\n\n- One {#one}\n- Two {#two requires=missing}\n- Again {#one}\n`;
    const result = await render(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((e) => [e.line, e.path]);
    expect(lines).toContainEqual([6, 'sections[0].topics[1].requires[0]']);
    expect(lines).toContainEqual([7, 'sections[0].topics[2].id']);
    for (const error of result.errors) expect(error.message).not.toMatch(/\(line \d+\)$/);
  });

  it('keeps hostile titles and URLs as text: no markup, no script end, no comment, no javascript: link', async () => {
    const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>';
    const roadmap = smallRoadmap();
    roadmap.title = hostile;
    roadmap.description = `**${hostile}**`;
    roadmap.sections[0]!.title = hostile;
    roadmap.sections[0]!.topics[0]!.title = hostile;
    roadmap.sections[0]!.topics[0]!.resources = [{ title: hostile, url: 'https://example.com/?q=</script>&x="', type: 'docs' }];
    const out = await html(JSON.stringify(roadmap));
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out.match(/<\/script/gi)).toHaveLength(1);
    expect(out).not.toContain('<!--');
    const root = parse(out);
    const elements = Array.from(root.getElementsByTagName('*'));
    expect(elements.map((e) => e.localName)).not.toContain('img');
    expect(elements.flatMap((e) => Array.from(e.attributes).map((a) => a.name)).filter((name) => /^on/i.test(name))).toEqual([]);
    // The script's text is the roadmap, exactly.
    const parsed = parseRoadmap(scriptText(out));
    expect(parsed.ok && parsed.roadmap.title).toBe(hostile);
    expect(root.getElementsByTagName('figcaption')[0]!.textContent).toBe(hostile);
    expect(root.getElementsByTagName('a')[0]!.getAttribute('href')).toBe('https://example.com/?q=</script>&x="');

    // A URL that is not allowed never becomes a link, even in data that skipped validation.
    const { renderOutlineHtml } = await import('../src/fence/renderOutlineHtml.js');
    const unchecked = smallRoadmap();
    unchecked.sections[0]!.topics[0]!.resources = [{ title: 'x', url: ' javascript:alert(1)', type: 'docs' }];
    expect(renderOutlineHtml(unchecked)).not.toContain('href');
  });

  it('gives two fences on one page distinct ids, and the same fence the same HTML', async () => {
    const ids = (out: string) => [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    const a = await html(OUTLINE, { key: 1 });
    const b = await html(OUTLINE, { key: 2 });
    const c = await html(OUTLINE.replace('Tiny', 'Small'), { key: 1 });
    expect(ids(a).length).toBeGreaterThan(2);
    for (const other of [b, c]) for (const id of ids(a)) expect(ids(other)).not.toContain(id);
    expect(await html(OUTLINE, { key: 1 })).toBe(a);
  });

  it('refuses options it cannot use, naming them', async () => {
    await expect(render(OUTLINE, { theme: 'sepia' as never })).rejects.toThrow(/theme must be 'light', 'dark', 'auto', not "sepia"/);
    await expect(render(OUTLINE, { height: '10px" onload="x' })).rejects.toThrow(/height must be/);
    await expect(render(OUTLINE, { fallback: 'pdf' as never })).rejects.toThrow(/fallback must be/);
    await expect(renderRoadmapFence(OUTLINE, {} as RoadmapFenceOptions)).rejects.toThrow(/engine is required/);
  });

  it('inlines the Python roadmap (80 topics) in compact JSON small enough for the element to read without its worker', async () => {
    const out = await html(readFileSync(new URL('../../../data/python-backend.md', import.meta.url), 'utf8'), { fallback: 'none' });
    const json = scriptText(out);
    expect(json).not.toContain('\n');
    // The element reads inline JSON up to 128 KB on the page (INLINE_TEXT_LIMIT), longer in its worker.
    expect(json.length).toBeLessThan(128 * 1024);
    const parsed = parseRoadmap(json);
    expect(parsed.ok && checkBakedLayout(parsed.roadmap).status).toBe('fresh');
  });
});
