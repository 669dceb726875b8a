import { nextTopics, progressSummary, type Section } from '@roadmap-graph/core';
import { useMemo } from 'react';
import { InlineMarkdown } from '../InlineMarkdown/index.js';
import { useLabels } from '../labels/LabelsContext.js';
import { OutlineTopics } from './OutlineTopics.js';
import type { RoadmapOutlineProps } from './types.js';

/**
 * The roadmap as a plain document: a heading per section with its progress and description,
 * then nested lists of topics with their level, state, prerequisites and resource links. It
 * touches no browser API, so it is what the server renders for readers without JavaScript and
 * for search engines, and what the map's outline toggle shows.
 *
 * @example
 * renderToString(<RoadmapOutline graph={buildGraph(roadmap)} progress={{}} />);
 */
export function RoadmapOutline({ graph, progress, onSelect }: RoadmapOutlineProps) {
  const { labels, format } = useLabels();
  const summary = useMemo(() => progressSummary(graph, progress), [graph, progress]);
  const nextUp = useMemo(() => new Set(nextTopics(graph, progress)), [graph, progress]);
  const counts = new Map(summary.sections.map((s) => [s.id, s]));
  const sections = [...graph.nodes.values()].filter((node) => node.kind === 'section');
  return (
    <div className="rg-outline" part="outline">
      <p className="rg-outline__summary">
        {labels.topicsDone(summary.overall.done, summary.overall.total, format)}
      </p>
      <InlineMarkdown text={graph.roadmap.description ?? ''} className="rg-outline__intro" />
      {sections.map((section) => {
        const count = counts.get(section.id);
        const declared = (section.data as Section).requires ?? [];
        const requires = declared.filter((id) => graph.nodes.has(id));
        return (
          <section key={section.id} className="rg-outline__section" data-topic-id={section.id}>
            <h2 className="rg-outline__heading">{section.title}</h2>
            {count && (
              <p className="rg-outline__count">
                {labels.doneOfTotal(count.done, count.total, format)}
              </p>
            )}
            <InlineMarkdown text={section.data.description ?? ''} className="rg-outline__description" />
            {requires.length > 0 && (
              <p className="rg-outline__requires">{labels.requires(requires.map((id) => graph.nodes.get(id)!.title).join(', '))}</p>
            )}
            <OutlineTopics
              graph={graph}
              progress={progress}
              nextUp={nextUp}
              ids={section.children}
              choice={section.choice}
              onSelect={onSelect}
            />
          </section>
        );
      })}
    </div>
  );
}

export type { RoadmapOutlineProps } from './types.js';
