import { nextTopics, progressSummary } from '@roadmap-graph/core';
import { useMemo } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { OutlineDocument } from './OutlineDocument.js';
import type { RoadmapOutlineProps } from './types.js';

/**
 * The roadmap as a plain document: a heading per section with its progress and description,
 * then nested lists of topics with their level, state, prerequisites and resource links. It
 * touches no browser API, so it is what the server renders for readers without JavaScript and
 * for search engines, and what the map's outline toggle shows. (In a React Server Component,
 * `RoadmapStatic` from `@roadmap-graph/react/server` renders the same document.)
 *
 * @example
 * renderToString(<RoadmapOutline graph={buildGraph(roadmap)} progress={{}} />);
 */
export function RoadmapOutline({ graph, progress, onSelect }: RoadmapOutlineProps) {
  const words = useLabels();
  const summary = useMemo(() => progressSummary(graph, progress), [graph, progress]);
  const nextUp = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  return <OutlineDocument graph={graph} progress={progress} onSelect={onSelect} summary={summary} nextUp={nextUp} words={words} />;
}

export type { RoadmapOutlineProps } from './types.js';
