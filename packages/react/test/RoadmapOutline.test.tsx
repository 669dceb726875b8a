import { buildGraph, parseRoadmap, type Roadmap } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import python from '../../../data/python-backend.roadmap.json';
import { RoadmapOutline } from '../src/RoadmapOutline/index.js';

afterEach(cleanup);

const parsed = parseRoadmap(python);
if (!parsed.ok) throw new Error('the Python roadmap must validate');
const roadmap = parsed.roadmap;
const graph = buildGraph(roadmap);

function topicItem(id: string): HTMLElement {
  return document.querySelector(`li[data-topic-id="${id}"]`) as HTMLElement;
}

describe('RoadmapOutline', () => {
  it('has one h2 per section, in order, each with its progress count', () => {
    render(<RoadmapOutline graph={graph} progress={{ 'python-syntax': 'done', 'control-flow': 'skipped' }} />);
    const headings = screen.getAllByRole('heading');
    expect(headings.map((h) => h.tagName)).toEqual(roadmap.sections.map(() => 'H2'));
    expect(headings.map((h) => h.textContent)).toEqual(roadmap.sections.map((s) => s.title));
    const first = headings[0]!.parentElement!;
    expect(within(first).getByText('2 of 6 done')).toBeTruthy();
    expect(screen.getByText('2 of 42 topics done')).toBeTruthy();
  });

  it('lists every topic in nested lists under its section or parent topic', () => {
    render(<RoadmapOutline graph={graph} progress={{}} />);
    for (const node of graph.nodes.values()) {
      if (node.kind === 'section') continue;
      const item = topicItem(node.id);
      expect(item, node.id).toBeTruthy();
      expect(item.querySelector('.rg-outline__title')!.textContent).toBe(node.title);
      // The list item sits in a <ul> inside its parent's element (section or topic item).
      const parentElement = item.parentElement!.closest('[data-topic-id]')!;
      expect(item.parentElement!.tagName).toBe('UL');
      expect(parentElement.getAttribute('data-topic-id')).toBe(node.parent);
    }
    const flaskChildren = topicItem('flask').querySelectorAll(':scope > ul.rg-outline__topics > li');
    expect(flaskChildren).toHaveLength(5);
  });

  it('states level, progress, optional, alternative and next up as text', () => {
    render(<RoadmapOutline graph={graph} progress={{ 'python-syntax': 'done', 'control-flow': 'in-progress', 'file-io': 'skipped' }} />);
    const marks = (id: string) => topicItem(id).querySelector(':scope > p .rg-outline__marks')?.textContent;
    expect(marks('python-syntax')).toBe(' (Beginner, done)');
    expect(marks('control-flow')).toBe(' (Beginner, in progress, next up)');
    expect(marks('file-io')).toBe(' (Beginner, skipped)');
    expect(marks('kubernetes')).toBe(' (Advanced, optional)');
    expect(marks('flask')).toBe(' (Intermediate, alternative in Learn Flask or Django)');
    expect(screen.getAllByText('Alternatives: pick one of these.').length).toBeGreaterThan(0);
  });

  it('names prerequisites and links resources safely', () => {
    render(<RoadmapOutline graph={graph} progress={{}} />);
    const restful = topicItem('flask-restful');
    expect(restful.querySelector(':scope > .rg-outline__requires')!.textContent).toBe(
      'Requires: Routing, Templates and Requests, REST Fundamentals',
    );
    const links = within(topicItem('database-design').querySelector(':scope > ul.rg-outline__resources') as HTMLElement).getAllByRole('link');
    expect(links).toHaveLength(5);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(within(topicItem('database-design')).getByText('Paid')).toBeTruthy();
    expect(within(topicItem('database-design')).getAllByText('Book')).toHaveLength(2);
  });

  it('adds a "Show on map" button per topic only when onSelect is given', async () => {
    render(<RoadmapOutline graph={graph} progress={{}} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    cleanup();
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<RoadmapOutline graph={graph} progress={{}} onSelect={onSelect} />);
    const topics = [...graph.nodes.values()].filter((n) => n.kind !== 'section');
    expect(screen.getAllByRole('button', { name: /^Show on map/ })).toHaveLength(topics.length);
    await user.click(screen.getByRole('button', { name: 'Show on map: Django ORM' }));
    expect(onSelect).toHaveBeenCalledWith('django-orm');
  });

  it('renders no dangerous link from unvalidated data', () => {
    const hostile = {
      id: 'x',
      title: 'X',
      description: '[a](javascript:alert(1))',
      sections: [
        {
          id: 's',
          title: 'S',
          topics: [{ id: 't', title: 'T', resources: [{ title: 'Evil', url: 'javascript:alert(2)', type: 'docs' }] }],
        },
      ],
    } as unknown as Roadmap;
    const { container } = render(<RoadmapOutline graph={buildGraph(hostile)} progress={{}} />);
    expect(container.querySelector('[href]')).toBeNull();
    expect(screen.getByText('Evil')).toBeTruthy();
  });
});
