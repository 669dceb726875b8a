import { buildGraph, parseRoadmap, progressSummary, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi, type Mock } from 'vitest';
import { useProgress } from '../src/hooks/useProgress.js';
import { useSearch } from '../src/hooks/useSearch.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { Toolbar } from '../src/Toolbar/index.js';

// The toolbar wired to the real hooks, shared by Toolbar, ToolbarSearch and ProgressFileButtons tests.

function cookingGraph(): RoadmapGraph {
  const parsed = parseRoadmap({
    id: 'cooking',
    title: 'Cooking',
    sections: [
      {
        id: 'basics',
        title: 'Basics',
        topics: [
          { id: 'knives', title: 'Knife skills' },
          { id: 'sauces', title: 'Sauces', resources: [{ title: 'Béchamel', url: 'https://example.com/b', type: 'video' }] },
          { id: 'roux', title: 'Roux' },
        ],
      },
      {
        id: 'pastry',
        title: 'Pastry',
        topics: [
          { id: 'creme-brulee', title: 'Crème brûlée', tags: ['dessert'] },
          { id: 'choux', title: 'Choux pastry', tags: ['dessert'] },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error('fixture is invalid');
  return buildGraph(parsed.roadmap);
}


/** A small cooking roadmap: five topics in two sections, with tags and a resource to search. */
export const graph = cookingGraph();

/** The toolbar wired to the real hooks, as the map wires it. */
function Harness(props: { initial?: Progress; onOpenMatch?: (id: string) => void; onToggleOutline?: () => void }) {
  const [storage] = useState(() => {
    const memory = memoryStorage();
    if (props.initial) memory.save('roadmap-graph:progress:cooking', props.initial);
    return memory;
  });
  const [query, setQuery] = useState('');
  const [outlineOpen, setOutlineOpen] = useState(false);
  const search = useSearch(graph, query);
  const { progress, reset, replace } = useProgress({ roadmapId: 'cooking', storage });
  return (
    <div onKeyDown={(event) => event.key === 'Escape' && escapes()}>
      <Toolbar
        roadmapId="cooking"
        query={query}
        onQueryChange={setQuery}
        search={search}
        onOpenMatch={props.onOpenMatch}
        describeTopic={(id) => ({ title: graph.nodes.get(id)!.title, section: graph.nodes.get(graph.nodes.get(id)!.section)!.title })}
        summary={progressSummary(graph, progress).overall}
        progress={progress}
        onReset={reset}
        onImport={replace}
        outlineOpen={outlineOpen}
        outlineId="outline"
        onToggleOutline={() => {
          props.onToggleOutline?.();
          setOutlineOpen((open) => !open);
        }}
      />
      <p data-testid="stored">{JSON.stringify(progress)}</p>
    </div>
  );
}

/** Escapes that reach the page (e.g. the panel's close handler). */
export const escapes: Mock<() => void> = vi.fn();

/** Renders the {@link Harness}; returns the user and the search field. */
export function setup(props: Parameters<typeof Harness>[0] = {}) {
  escapes.mockClear();
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return { user, input: within(screen.getByRole('search')).getByRole('combobox', { name: 'Search topics' }) };
}
