import {
  topicState,
  type GraphNode,
  type Progress,
  type Resource,
  type RoadmapGraph,
  type Topic,
  type TopicState,
} from '@roadmap-graph/core';
import { InlineMarkdown } from '../InlineMarkdown/index.js';
import { useLabels } from '../labels/LabelsContext.js';
import { RelatedNodes } from './RelatedNodes.js';
import { nodeStatus } from './nodeStatus.js';
import { PartOf } from './PartOf.js';
import { ProgressButtons } from './ProgressButtons.js';
import { ResourceGroups } from './ResourceGroups.js';

/** Props of {@link TopicDetails}. */
export interface TopicDetailsProps {
  graph: RoadmapGraph;
  node: GraphNode;
  progress: Progress;
  satisfied(id: string): boolean;
  nextUp: boolean;
  onStateChange?(id: string, state: TopicState | undefined): void;
  onNavigate(id: string): void;
}

/** The body of the panel for a topic or subtopic. */
export function TopicDetails({ graph, node, progress, satisfied, nextUp, onStateChange, onNavigate }: TopicDetailsProps) {
  const { labels } = useLabels();
  const topic = node.data as Topic;
  const status = (id: string) => nodeStatus(progress, satisfied, id, labels);
  const resources: Resource[] = Array.isArray(topic.resources) ? topic.resources : [];
  const choiceOf = node.alternativeOf ? graph.nodes.get(node.alternativeOf) : undefined;
  return (
    <>
      <ul className="rg-panel__marks" aria-label={labels.aboutTopic}>
        {node.kind === 'subtopic' && <li className="rg-mark">{labels.subtopic}</li>}
        {node.level && labels.levels[node.level] && (
          <li className={`rg-mark rg-mark--level rg-mark--${node.level}`}>{labels.levels[node.level]}</li>
        )}
        {node.optional && <li className="rg-mark rg-mark--optional">{labels.optional}</li>}
        {choiceOf && <li className="rg-mark rg-mark--alternative">{labels.alternativeIn(choiceOf.title)}</li>}
        {nextUp && <li className="rg-mark rg-mark--next">{labels.nextUp}</li>}
        <li className={`rg-mark rg-mark--state rg-mark--${topicState(progress, node.id) ?? 'not-started'}`}>
          {status(node.id) ?? labels.notStarted}
        </li>
      </ul>
      <PartOf graph={graph} id={node.id} onNavigate={onNavigate} />
      <InlineMarkdown text={topic.description ?? ''} className="rg-panel__description" />
      {onStateChange && <ProgressButtons id={node.id} state={topicState(progress, node.id)} onStateChange={onStateChange} />}
      <ResourceGroups resources={resources} />
      <RelatedNodes graph={graph} node={node} childrenHeading={labels.subtopics} status={status} onNavigate={onNavigate} />
    </>
  );
}
