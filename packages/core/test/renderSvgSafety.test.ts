import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { renderSvg } from '../src/render/renderSvg.js';
import type { Roadmap } from '../src/schema/roadmapSchema.js';
import { smallRoadmap } from './support/smallRoadmap.js';
import { all, children, handLayout, num, parseSvg, shapeOf, smallPicture } from './support/svgFixture.js';

const { layout, svg } = smallPicture();

describe('renderSvg', () => {
  it('is a well-formed standalone SVG document with its size, viewBox and accessible name', () => {
    const { root, errors } = parseSvg(svg);
    expect(errors).toEqual([]);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const [w, h] = [num(root, 'width'), num(root, 'height')];
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
    expect(w).toBeGreaterThanOrEqual(layout.width);
    expect(h).toBeGreaterThan(layout.height);
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    const title = children(root, 'title')[0]!;
    const desc = children(root, 'desc')[0]!;
    expect(title.getAttribute('id')).toBe(titleId);
    expect(title.textContent).toBe('Web developer');
    expect(desc.getAttribute('id')).toBe(descId);
    expect(desc.textContent).toContain('4 sections and 13 topics');
  });

  it('carries no script, event handler, foreignObject or external reference', () => {
    const { root } = parseSvg(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(svg).not.toMatch(/foreignObject|<image|<use|@import|xlink:/i);
    for (const element of all(root, '*')) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        if (/url\(/.test(attribute.value)) expect(attribute.value).toMatch(/^url\(#[\w-]+\)$/);
        if (attribute.name === 'href') expect(element.tagName).toBe('a');
      }
    }
  });

  it('draws every title from the data as text, never as markup', () => {
    const payloads = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "Tom & Jerry's <b>"];
    const roadmap: Roadmap = {
      id: 'xss',
      title: payloads[1]!,
      description: payloads[0],
      sections: [
        {
          id: 's',
          title: payloads[0]!,
          description: payloads[1],
          topics: [
            { id: 'a', title: payloads[0]!, description: payloads[1] },
            { id: 'b', title: payloads[1]!, resources: [{ title: payloads[0]!, url: 'https://x.test/?a=1&b="2"', type: 'docs' }] },
            { id: 'c', title: payloads[2]! },
          ],
        },
      ],
    };
    const g = buildGraph(roadmap);
    const out = renderSvg(g, handLayout(g));
    const { root, errors } = parseSvg(out);
    expect(errors).toEqual([]);
    expect(all(root, 'svg')).toHaveLength(0);
    expect(all(root, 'img')).toHaveLength(0);
    expect(all(root, 'b')).toHaveLength(0);
    // In a tag, that is: inside text the payloads keep their words, with < and > escaped.
    expect(out).not.toMatch(/<[^>]*\son\w+\s*=/i);
    for (const element of all(root, '*')) for (const a of Array.from(element.attributes)) expect(a.name).not.toMatch(/^on/i);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    const texts = all(root, 'text').map((t) => t.textContent);
    expect(texts).toContain(payloads[0]);
    expect(texts).toContain(payloads[2]);
    expect(shapeOf(root, 'b')!.getAttribute('href')).toBe('https://x.test/?a=1&b="2"');
    expect(children(shapeOf(root, 'a')!, 'title')[0]!.textContent).toBe(`${payloads[0]}\n${payloads[1]}`);
  });

  it('stays well-formed when titles carry characters XML cannot hold, and with an empty layout', () => {
    const roadmap = smallRoadmap();
    roadmap.title = 'Bell\u0007 and \ud800 lone surrogate';
    roadmap.sections[0]!.topics[0]!.title = 'Tab\there\u0000';
    const g = buildGraph(roadmap);
    const { root, errors } = parseSvg(renderSvg(g, handLayout(g)));
    expect(errors).toEqual([]);
    expect(children(root, 'title')[0]!.textContent).toBe('Bell and  lone surrogate');
    const empty = parseSvg(renderSvg(g, { version: 2, hash: 'x', direction: 'DOWN', widthClass: 'wide', width: 0, height: 0, nodes: [], edges: [] }));
    expect(empty.errors).toEqual([]);
    expect(all(empty.root, 'rect').length).toBeGreaterThan(0);
  });

  it('links a topic to its first resource with an allowed URL, and never to a script', () => {
    // Not validated on purpose: the renderer must refuse these URLs itself.
    const link = (url: string) => [{ title: 'R', url, type: 'docs' as const }];
    const roadmap: Roadmap = {
      id: 'links',
      title: 'Links',
      sections: [
        {
          id: 's',
          title: 'S',
          topics: [
            { id: 'web', title: 'Web', resources: link('https://example.com/a') },
            { id: 'relative', title: 'Relative', resources: link('/docs/intro') },
            { id: 'script', title: 'Script', resources: link('javascript:alert(1)') },
            { id: 'hidden', title: 'Hidden', resources: link(' JaVa\tScRiPt:alert(1)') },
            { id: 'data', title: 'Data', resources: link('data:text/html,<script>alert(1)</script>') },
            { id: 'second', title: 'Second', resources: [...link('vbscript:x'), ...link('https://example.com/b')] },
            { id: 'none', title: 'None' },
            { id: 'group', title: 'Group', resources: link('mailto:a@example.com'), topics: [{ id: 'sub', title: 'Sub', resources: link('https://example.com/c') }] },
          ],
        },
      ],
    };
    const g = buildGraph(roadmap);
    const { root } = parseSvg(renderSvg(g, handLayout(g)));
    const anchors = all(root, 'a');
    expect(Object.fromEntries(anchors.map((a) => [a.getAttribute('data-id'), a.getAttribute('href')]))).toEqual({
      web: 'https://example.com/a',
      relative: '/docs/intro',
      second: 'https://example.com/b',
      group: 'mailto:a@example.com',
      sub: 'https://example.com/c',
    });
    for (const a of anchors) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(all(a, 'a')).toHaveLength(0);
    }
    expect(renderSvg(g, handLayout(g))).not.toMatch(/javascript|vbscript|data:/i);
  });
});
