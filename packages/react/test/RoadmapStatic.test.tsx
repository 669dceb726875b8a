// @vitest-environment node
import { bakedLayoutFor, buildGraph, layoutRoadmap, renderSvg, WIDTH_CLASS_NAMES, type Roadmap } from '@roadmap-graph/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createElkEngine } from '../../core/src/layout/elkNodeEngine.js';
import python from '../../../data/python-backend.roadmap.json';
import { RoadmapStatic } from '../src/server.js';
import { svgElements } from '../src/RoadmapStatic/svgElements.js';
import { frenchLabels } from '../src/labels/fr.js';
import { createLabelFormat } from '../src/labels/LabelFormat.js';
import { graph, roadmap } from './mapFixture.js';

const titles = [...graph.nodes.values()].map((node) => node.title);

/** Markup reduced to what a browser reads: no whitespace between tags, no self-closing tags, entities decoded. */
function normalized(markup: string): string {
  return markup
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/<([a-z]+)([^<>]*?)\s*\/>/g, '<$1$2></$1>')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** A roadmap whose every text tries to be markup. */
const hostile: Roadmap = {
  id: 'hostile',
  title: 'Tags </title><script>alert(1)</script> & "quotes"',
  description: 'Uses <img src=x onerror=alert(1)> & more',
  sections: [
    {
      id: 'one',
      title: '<b>Bold</b> & <i>it</i>',
      description: "It's <style>body{display:none}</style>",
      topics: [
        { id: 'a', title: '</text><foreignObject><div>x</div></foreignObject>', level: 'beginner' },
        { id: 'b', title: 'Quote " and apostrophe \' ', requires: ['a'], resources: [{ title: '<svg onload=alert(1)>', url: 'javascript:alert(1)', type: 'article' }] },
      ],
    },
  ],
};

describe('svgElements', () => {
  it("gives the same picture as core's markup, for every width and theme, with no React warning", () => {
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const width of WIDTH_CLASS_NAMES) {
      const layout = bakedLayoutFor(roadmap, width);
      if (!layout) throw new Error(`the Python roadmap has no baked ${width} layout`);
      for (const theme of ['light', 'dark', 'auto'] as const) {
        const svg = renderSvg(graph, layout, { theme, fluid: true, title: true });
        expect(normalized(renderToStaticMarkup(svgElements(svg))), `${width} ${theme}`).toBe(normalized(svg));
      }
    }
    // React warns of props it would not pass on as written (`stroke-width`, `class`).
    expect(warnings.mock.calls).toEqual([]);
    warnings.mockRestore();
  });

  it('keeps markup in the data as text', async () => {
    const hostileGraph = buildGraph(hostile);
    const layout = await layoutRoadmap(hostileGraph, { engine: createElkEngine() });
    const svg = renderSvg(hostileGraph, layout, { theme: 'auto' });
    const html = renderToStaticMarkup(svgElements(svg));
    expect(normalized(html)).toBe(normalized(svg));
    expect(html).not.toMatch(/<(script|img|foreignObject|div|b|i)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('Tags &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('refuses markup that renderSvg does not write', () => {
    expect(() => svgElements('<svg><script>alert(1)</script></svg>')).toThrow(/<script>/);
    expect(() => svgElements('<svg><g onclick="alert(1)"></g></svg>')).toThrow(/onclick/);
    expect(() => svgElements('<svg><text>&nbsp;</text></svg>')).toThrow(/&nbsp;/);
    expect(() => svgElements('<svg><g></svg>')).toThrow(/<\/svg> closing <g>/);
    expect(() => svgElements('<svg></svg><svg></svg>')).toThrow(/one <svg>/);
  });
});

describe('RoadmapStatic', () => {
  it('renders the picture and the outline with every title, without a script or raw HTML', () => {
    const html = renderToStaticMarkup(<RoadmapStatic roadmap={python} />);
    expect(html).toMatch(/^<div class="rg-root rg-static" data-theme="auto"><figure class="rg-static__picture"><svg /);
    expect(html).toContain('<figcaption class="rg-static__caption">Python Backend Developer</figcaption>');
    const [picture, outline] = html.split('</figure>') as [string, string];
    for (const title of titles) {
      const text = title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');
      // Each box's tooltip starts with its title (the drawn lines may wrap it).
      expect(picture, title).toContain(`<title>${text}`);
      expect(outline, title).toContain(text);
    }
    expect(outline).toContain('<div class="rg-outline" part="outline">');
    // The server's outline has no "Show on map" buttons: nothing would handle them.
    expect(html).not.toContain('<button');
    expect(html).not.toMatch(/<script|<[^>]*\son\w+=/i);
  });

  it('draws the baked layout of the width asked for, in the theme asked for', () => {
    const column = renderToStaticMarkup(<RoadmapStatic roadmap={python} show="picture" />);
    const wide = renderToStaticMarkup(<RoadmapStatic roadmap={python} show="picture" pictureWidth="wide" theme="dark" />);
    expect(column).toMatch(/<svg [^>]*width="720"/);
    expect(wide).toMatch(/<svg [^>]*width="(\d{4})"/);
    expect(wide).toContain('data-theme="dark"');
    expect(wide).toContain('fill="#0d1117"');
    expect(column).not.toContain('rg-outline');
  });

  it('shows progress in the outline', () => {
    const html = renderToStaticMarkup(<RoadmapStatic roadmap={python} show="outline" progress={{ 'python-syntax': 'done', nonsense: 'maybe' } as never} />);
    expect(html).toContain('1 of 42 topics done');
    expect(html).not.toContain('<svg');
  });

  it('speaks the language it is given: French words, numbers and plurals, lang on the root', () => {
    const html = renderToStaticMarkup(
      <RoadmapStatic roadmap={python} show="outline" lang="fr" labels={frenchLabels} progress={{ 'python-syntax': 'done' }} />,
    );
    expect(html).toContain('lang="fr"');
    expect(html).toContain('1 sujet terminé sur 42');
    expect(html).not.toContain('topics done');
    const invalid = renderToStaticMarkup(<RoadmapStatic roadmap={{ id: 'Bad Id', sections: [] }} lang="fr" labels={frenchLabels} />);
    const count = (invalid.match(/class="rg-error__item"/g) ?? []).length;
    expect(invalid).toContain(frenchLabels.problems(count, createLabelFormat('fr')));
  });

  it('shows every problem of invalid data instead of a blank box', () => {
    const html = renderToStaticMarkup(<RoadmapStatic roadmap={{ id: 'Bad Id', sections: [] }} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<code class="rg-error__path">id</code>');
  });

  it('without a fresh layout says why there is no picture, and still renders the outline', () => {
    const { layout: _baked, ...unbaked } = roadmap;
    const html = renderToStaticMarkup(<RoadmapStatic roadmap={unbaked} />);
    expect(html).not.toContain('<svg');
    expect(html).toContain('No picture of this roadmap');
    expect(html).toContain('<code class="rg-error__path">layout</code>: no fresh layout of the column width to draw');
    expect(html).toContain('<div class="rg-outline" part="outline">');
  });
});
