// @vitest-environment node
import { buildGraph, parseRoadmap } from '@roadmap-graph/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import python from '../../../data/python-backend.roadmap.json';
import { ErrorView } from '../src/ErrorView/index.js';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import { RoadmapOutline } from '../src/RoadmapOutline/index.js';
import { TopicPanel } from '../src/TopicPanel/index.js';

const parsed = parseRoadmap(python);
if (!parsed.ok) throw new Error('the Python roadmap must validate');
const graph = buildGraph(parsed.roadmap);
const titles = [...graph.nodes.values()].map((node) => node.title);

// The escaping React applies to text, so titles can be looked up in the markup.
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

function occurrences(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('renders the outline with every section and topic title and every resource link', () => {
    const html = renderToString(<RoadmapOutline graph={graph} progress={{}} onSelect={() => {}} />);
    for (const title of titles) expect(html, title).toContain(escaped(title));
    expect(occurrences(html, '<h2')).toBe(parsed.roadmap.sections.length);
    const resources = [...graph.nodes.values()].flatMap((n) => ('resources' in n.data ? (n.data.resources ?? []) : []));
    expect(occurrences(html, 'rel="noopener noreferrer"')).toBe(resources.length);
    expect(html).not.toMatch(/href="\s*javascript:/i);
  });

  it('renders the panel and the error view', () => {
    const panel = renderToString(
      <TopicPanel graph={graph} topicId="flask" progress={{ flask: 'done' }} onStateChange={() => {}} onNavigate={() => {}} onClose={() => {}} />,
    );
    expect(panel).toContain('<h2');
    expect(panel).toContain('aria-pressed="true"');
    const errors = renderToString(<ErrorView errors={[{ path: 'sections[0].id', message: 'must be a kebab-case slug' }]} />);
    expect(errors).toContain('role="alert"');
    expect(errors).toContain('<code class="rg-error__path">sections[0].id</code>');
  });

  it('renderToString(<RoadmapGraph>) emits the outline once, with every title', () => {
    const html = renderToString(<RoadmapGraph roadmap={python} />);
    expect(occurrences(html, 'class="rg-outline"')).toBe(1);
    for (const title of titles) expect(html, title).toContain(escaped(title));
  });

  it('renderToString(<RoadmapGraph>) of invalid data emits the error view', () => {
    const html = renderToString(<RoadmapGraph roadmap={{ id: 'Bad Id', sections: [] }} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<code class="rg-error__path">id</code>');
  });
});
