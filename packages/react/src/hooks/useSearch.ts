import type { RoadmapGraph } from '@roadmap-graph/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { searchMatches, type SearchMatch } from '../search/searchTopics.js';

/** What {@link useSearch} returns. */
export interface SearchState {
  /** Ids of the matching topics, in topological order (see {@link searchMatches}). */
  matches: readonly string[];
  /** The matches with why each matched, in the same order. */
  results: readonly SearchMatch[];
  /** Index of the active match in `matches`; -1 when there are none. */
  activeIndex: number;
  /** Id of the active match. */
  active: string | undefined;
  /** Moves to the next match, after the last back to the first; returns its id. */
  next: () => string | undefined;
  /** Moves to the previous match, before the first to the last; returns its id. */
  previous: () => string | undefined;
  /** Makes the match at `index` the active one (a pick from the list of matches). */
  setActive: (index: number) => void;
}

/**
 * Searches the topics of a roadmap as the reader types: matches by title, tag or resource
 * title (case- and accent-insensitive), with an active match that `next` and `previous` move
 * through, cycling. A new query starts again at the first match.
 *
 * @example
 * const search = useSearch(graph, query);
 * const id = search.next(); // centre the map on `id`
 */
export function useSearch(graph: RoadmapGraph, query: string): SearchState {
  const results = useMemo(() => searchMatches(graph, query), [graph, query]);
  const matches = useMemo(() => results.map((result) => result.id), [results]);
  // The cursor remembers which match list it belongs to, so a new list starts at 0 without an
  // extra render to reset it.
  const [cursor, setCursor] = useState({ matches, index: 0 });
  const activeIndex = matches.length === 0 ? -1 : cursor.matches === matches ? cursor.index : 0;
  const latest = useRef({ matches, activeIndex });
  latest.current = { matches, activeIndex };

  const move = useCallback((step: 1 | -1): string | undefined => {
    const { matches: list, activeIndex: from } = latest.current;
    if (list.length === 0) return undefined;
    const index = (from + step + list.length) % list.length;
    latest.current = { matches: list, activeIndex: index };
    setCursor({ matches: list, index });
    return list[index];
  }, []);
  const next = useCallback(() => move(1), [move]);
  const previous = useCallback(() => move(-1), [move]);
  const setActive = useCallback((index: number) => {
    const { matches: list } = latest.current;
    if (index < 0 || index >= list.length) return;
    latest.current = { matches: list, activeIndex: index };
    setCursor({ matches: list, index });
  }, []);

  return useMemo(
    () => ({ matches, results, activeIndex, active: matches[activeIndex], next, previous, setActive }),
    [matches, results, activeIndex, next, previous, setActive],
  );
}
