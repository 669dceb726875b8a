import { type GraphNode, type Progress, type RoadmapGraph, type SectionProgress } from '@roadmap-graph/core';
import { InlineMarkdown } from '../InlineMarkdown/index.js';
import { plural } from './labels.js';
import { RelatedNodes } from './RelatedNodes.js';
import { nodeStatus } from './nodeStatus.js';

/** Props of {@link SectionDetails}. */
export interface SectionDetailsProps {
  graph: RoadmapGraph;
  node: GraphNode;
  progress: Progress;
  summary: SectionProgress | undefined;
  satisfied(id: string): boolean;
  onNavigate(id: string): void;
}

/** The body of the panel for a section: its progress, description, topics and neighbours. */
export function SectionDetails({ graph, node, progress, summary, satisfied, onNavigate }: SectionDetailsProps) {
  const status = (id: string) => nodeStatus(progress, satisfied, id);
  return (
    <>
      <ul className="rg-panel__marks" aria-label="About this section">
        <li className="rg-mark">Section</li>
        {summary && (
          <li className="rg-mark rg-mark--count">
            {summary.done} of {summary.total} done
          </li>
        )}
        {summary && summary.inProgress > 0 && (
          <li className="rg-mark rg-mark--in-progress">{plural(summary.inProgress, 'topic', 'topics')} in progress</li>
        )}
      </ul>
      <InlineMarkdown text={node.data.description ?? ''} className="rg-panel__description" />
      <RelatedNodes graph={graph} node={node} childrenHeading="Topics" status={status} onNavigate={onNavigate} />
    </>
  );
}
