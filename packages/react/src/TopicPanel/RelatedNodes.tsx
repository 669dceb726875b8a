import { prerequisitesOf, unlocks, type GraphNode, type RoadmapGraph } from '@roadmap-graph/core';
import { useLabels } from '../labels/LabelsContext.js';
import { NodeLinks } from './NodeLinks.js';

/** Props of {@link RelatedNodes}. */
export interface RelatedNodesProps {
  graph: RoadmapGraph;
  node: GraphNode;
  /** Heading of the children list: "Topics" for a section, "Subtopics" for a topic. */
  childrenHeading: string;
  status(id: string): string | undefined;
  onNavigate(id: string): void;
}

/** A node's children, prerequisites and what it unlocks, each as buttons that move the panel there. */
export function RelatedNodes({ graph, node, childrenHeading, status, onNavigate }: RelatedNodesProps) {
  const { labels } = useLabels();
  return (
    <>
      <NodeLinks
        graph={graph}
        heading={childrenHeading}
        ids={node.children}
        status={status}
        onNavigate={onNavigate}
        note={node.choice ? labels.alternativesNote : undefined}
      />
      <NodeLinks graph={graph} heading={labels.prerequisites} ids={prerequisitesOf(graph, node.id)} status={status} onNavigate={onNavigate} />
      <NodeLinks graph={graph} heading={labels.unlocks} ids={unlocks(graph, node.id)} status={status} onNavigate={onNavigate} />
    </>
  );
}
