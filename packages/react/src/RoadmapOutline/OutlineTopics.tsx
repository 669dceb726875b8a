import type { Progress, Resource, RoadmapGraph, Topic } from '@roadmap-graph/core';
import { DescriptionMarkup } from '../InlineMarkdown/DescriptionMarkup.js';
import type { LabelsInUse } from '../labels/LabelsContext.js';
import { ResourceLink } from '../TopicPanel/ResourceLink.js';
import { outlineMarks } from './outlineMarks.js';

/** Props of {@link OutlineTopics}. */
export interface OutlineTopicsProps {
  graph: RoadmapGraph;
  progress: Progress;
  nextUp: ReadonlySet<string>;
  ids: readonly string[];
  /** Whether these topics are alternatives (their container is a choice). */
  choice: boolean;
  onSelect: ((id: string) => void) | undefined;
  /** The words in use and their number format. */
  words: LabelsInUse;
}

/** A nested list of topics with their marks, descriptions, prerequisites, resources and subtopics. */
export function OutlineTopics({ graph, progress, nextUp, ids, choice, onSelect, words }: OutlineTopicsProps) {
  const { labels } = words;
  if (!ids.length) return null;
  return (
    <>
      {choice && <p className="rg-outline__note">{labels.alternativesNote}</p>}
      <ul className="rg-outline__topics">
        {ids.map((id) => {
          const node = graph.nodes.get(id);
          if (!node) return null;
          const topic = node.data as Topic;
          const marks = outlineMarks(graph, progress, nextUp, node, words);
          const requires = (graph.prerequisites.get(id) ?? []).filter((r) => graph.nodes.has(r));
          const resources: Resource[] = Array.isArray(topic.resources) ? topic.resources : [];
          return (
            <li key={id} className="rg-outline__topic" data-topic-id={id}>
              <p className="rg-outline__line">
                <span className="rg-outline__title">{node.title}</span>
                {marks.length > 0 && <span className="rg-outline__marks"> ({marks.join(', ')})</span>}
                {onSelect && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="rg-outline__show"
                      aria-label={labels.showOnMapName(node.title)}
                      onClick={() => onSelect(id)}
                    >
                      {labels.showOnMap}
                    </button>
                  </>
                )}
              </p>
              <DescriptionMarkup text={topic.description ?? ''} className="rg-outline__description" newTabLabel={labels.newTab} />
              {requires.length > 0 && (
                <p className="rg-outline__requires">{labels.requires(requires.map((r) => graph.nodes.get(r)!.title).join(', '))}</p>
              )}
              {resources.length > 0 && (
                <ul className="rg-outline__resources" aria-label={labels.resourcesFor(node.title)}>
                  {resources.map((resource, i) => (
                    <li key={i} className="rg-resource">
                      <ResourceLink resource={resource} badge labels={labels} />
                    </li>
                  ))}
                </ul>
              )}
              <OutlineTopics
                graph={graph}
                progress={progress}
                nextUp={nextUp}
                ids={node.children}
                choice={node.choice}
                onSelect={onSelect}
                words={words}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
