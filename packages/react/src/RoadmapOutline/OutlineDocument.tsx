import type { ProgressSummary, Section } from '@roadmap-graph/core';
import { DescriptionMarkup } from '../InlineMarkdown/DescriptionMarkup.js';
import type { LabelsInUse } from '../labels/LabelsContext.js';
import { OutlineTopics } from './OutlineTopics.js';
import type { RoadmapOutlineProps } from './types.js';

/** Props of {@link OutlineDocument}: those of the outline, with what it derives from progress. */
export interface OutlineDocumentProps extends RoadmapOutlineProps {
  /** `progressSummary(graph, progress)`. */
  summary: ProgressSummary;
  /** The ids of `nextTopics(graph, progress)`. */
  nextUp: ReadonlySet<string>;
  /** The words in use and their number format. */
  words: LabelsInUse;
}

/**
 * The outline's markup (see {@link RoadmapOutline}), with no hooks: what RoadmapOutline memoises
 * comes in as props, so a React Server Component (RoadmapStatic) renders the same document.
 */
export function OutlineDocument({ graph, progress, onSelect, summary, nextUp, words }: OutlineDocumentProps) {
  const { labels, format } = words;
  const counts = new Map(summary.sections.map((s) => [s.id, s]));
  const sections = [...graph.nodes.values()].filter((node) => node.kind === 'section');
  return (
    <div className="rg-outline" part="outline">
      <p className="rg-outline__summary">{labels.topicsDone(summary.overall.done, summary.overall.total, format)}</p>
      <DescriptionMarkup text={graph.roadmap.description ?? ''} className="rg-outline__intro" newTabLabel={labels.newTab} />
      {sections.map((section) => {
        const count = counts.get(section.id);
        const declared = (section.data as Section).requires ?? [];
        const requires = declared.filter((id) => graph.nodes.has(id));
        return (
          <section key={section.id} className="rg-outline__section" data-topic-id={section.id}>
            <h2 className="rg-outline__heading">{section.title}</h2>
            {count && (
              <p className="rg-outline__count">{labels.doneOfTotal(count.done, count.total, format)}</p>
            )}
            <DescriptionMarkup text={section.data.description ?? ''} className="rg-outline__description" newTabLabel={labels.newTab} />
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
              words={words}
            />
          </section>
        );
      })}
    </div>
  );
}
