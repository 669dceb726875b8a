import { buildGraph, parseRoadmap, type Roadmap, type RoadmapGraph } from '@roadmap-graph/core';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { foldText } from '../src/search/foldText.js';
import { searchTopics } from '../src/search/searchTopics.js';
import { useSearch } from '../src/hooks/useSearch.js';
import python from '../../../data/python-backend.roadmap.json';

afterEach(cleanup);

function graphOf(data: unknown): RoadmapGraph {
  const parsed = parseRoadmap(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildGraph(parsed.roadmap);
}

const roadmap: Roadmap = {
  id: 'cooking',
  title: 'Cooking',
  sections: [
    {
      id: 'basics',
      title: 'Crème basics',
      topics: [
        { id: 'knives', title: 'Knife skills', tags: ['Sécurité'] },
        { id: 'sauces', title: 'Sauces', requires: ['roux'], resources: [{ title: 'Béchamel in ten minutes', url: 'https://example.com/b', type: 'video' }] },
        { id: 'roux', title: 'Roux', topics: [{ id: 'white-roux', title: 'White roux' }] },
      ],
    },
    {
      id: 'pastry',
      title: 'Pâtisserie',
      topics: [
        { id: 'creme-brulee', title: 'Crème brûlée', tags: ['dessert'] },
        { id: 'choux', title: 'Choux pastry', tags: ['dessert'], resources: [{ title: 'ＣＲＥＭＥ patissiere', url: 'https://example.com/c', type: 'article' }] },
      ],
    },
  ],
};
const graph = graphOf(roadmap);

describe('searchTopics', () => {
  test('matches titles regardless of case and accents', () => {
    expect(searchTopics(graph, 'CREME BRULEE')).toEqual(['creme-brulee']);
    expect(searchTopics(graph, 'crème brûlée')).toEqual(['creme-brulee']);
    expect(searchTopics(graph, 'knife')).toEqual(['knives']);
  });

  test('matches tags and resource titles, with accents in the data or in the query', () => {
    expect(searchTopics(graph, 'securite')).toEqual(['knives']);
    expect(searchTopics(graph, 'bechamel')).toEqual(['sauces']);
    expect(searchTopics(graph, 'béchamel')).toEqual(['sauces']);
    expect(searchTopics(graph, 'dessert')).toEqual(['creme-brulee', 'choux']);
  });

  test('folds compatibility forms (full-width letters) too', () => {
    expect(foldText('ＣＲＥＭＥ Pâtissière')).toBe('creme patissiere');
    expect(searchTopics(graph, 'creme')).toEqual(['creme-brulee', 'choux']);
  });

  test('every word must match, each in any field', () => {
    expect(searchTopics(graph, 'choux dessert')).toEqual(['choux']);
    expect(searchTopics(graph, 'brulee patissiere')).toEqual([]);
  });

  test('returns matches in topological order, subtopics included, sections excluded', () => {
    // "sauces" comes first in the document but requires "roux".
    expect(searchTopics(graph, 'roux')).toEqual(['roux', 'white-roux']);
    expect(searchTopics(graph, 's')).toEqual(graph.order.filter((id) => ['knives', 'sauces', 'creme-brulee', 'choux'].includes(id)));
    expect(searchTopics(graph, 'basics')).toEqual([]);
  });

  test('an empty or blank query matches nothing', () => {
    expect(searchTopics(graph, '')).toEqual([]);
    expect(searchTopics(graph, '   ')).toEqual([]);
  });

  test('finds Flask in the Python roadmap by title and by resources', () => {
    const pythonGraph = graphOf(python);
    const matches = searchTopics(pythonGraph, 'Flask');
    expect(matches.slice(0, 2)).toEqual(['flask', 'flask-basics']);
    expect(matches).toContain('flask-routing');
    expect(matches.every((id) => pythonGraph.nodes.get(id)?.kind !== 'section')).toBe(true);
  });
});

describe('useSearch', () => {
  test('next and previous cycle through the matches', () => {
    const { result } = renderHook(() => useSearch(graph, 'dessert'));
    expect(result.current).toMatchObject({ matches: ['creme-brulee', 'choux'], activeIndex: 0, active: 'creme-brulee' });
    let id: string | undefined;
    act(() => {
      id = result.current.next();
    });
    expect(id).toBe('choux');
    expect(result.current).toMatchObject({ activeIndex: 1, active: 'choux' });
    act(() => {
      id = result.current.next();
    });
    expect(id).toBe('creme-brulee');
    expect(result.current.activeIndex).toBe(0);
    act(() => {
      id = result.current.previous();
    });
    expect(id).toBe('choux');
    expect(result.current.activeIndex).toBe(1);
  });

  test('two moves in one event both count', () => {
    const { result } = renderHook(() => useSearch(graph, 's'));
    act(() => {
      result.current.next();
      result.current.next();
    });
    expect(result.current.activeIndex).toBe(2);
  });

  test('a new query starts again at the first match', () => {
    const { result, rerender } = renderHook(({ query }) => useSearch(graph, query), { initialProps: { query: 'dessert' } });
    act(() => {
      result.current.next();
    });
    expect(result.current.active).toBe('choux');
    rerender({ query: 'roux' });
    expect(result.current).toMatchObject({ matches: ['roux', 'white-roux'], activeIndex: 0, active: 'roux' });
  });

  test('no matches: no active match, and moving does nothing', () => {
    const { result } = renderHook(() => useSearch(graph, 'sushi'));
    expect(result.current).toMatchObject({ matches: [], activeIndex: -1, active: undefined });
    let id: string | undefined = 'x';
    act(() => {
      id = result.current.next();
    });
    expect(id).toBeUndefined();
    expect(result.current.activeIndex).toBe(-1);
  });
});
