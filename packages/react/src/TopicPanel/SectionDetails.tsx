import type { GraphNode, Progress, RoadmapGraph, SectionProgress } from '@roadmap-graph/core';
import { InlineMarkdown } from '../InlineMarkdown/index.js';
import { useLabels } from '../labels/LabelsContext.js';
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
  const { labels, format } = useLabels();
  const status = (id: string) => nodeStatus(progress, satisfied, id, labels);
  return (
    <>
      <ul className="rg-panel__marks" aria-label={labels.aboutSection}>
        <li className="rg-mark">{labels.section}</li>
        {summary && (
          <li className="rg-mark rg-mark--count">
            {labels.doneOfTotal(summary.done, summary.total, format)}
          </li>
        )}
        {summary && summary.inProgress > 0 && (
          <li className="rg-mark rg-mark--in-progress">{labels.inProgressCount(summary.inProgress, format)}</li>
        )}
      </ul>
      <InlineMarkdown text={node.data.description ?? ''} className="rg-panel__description" />
      <RelatedNodes graph={graph} node={node} childrenHeading={labels.topics} status={status} onNavigate={onNavigate} />
    </>
  );
}
