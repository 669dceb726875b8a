import type { Progress, RoadmapGraph, TopicState } from '@roadmap-graph/core';

/** Props of {@link TopicPanel}. */
export interface TopicPanelProps {
  graph: RoadmapGraph;
  /** The topic, subtopic or section to show. An unknown id shows a "not found" panel. */
  topicId: string;
  progress: Progress;
  /** A progress button was pressed; `undefined` clears the state (the active button again). */
  /** Marks the topic; without it (progress shown read-only) the panel shows the state but offers no buttons. */
  onStateChange?(id: string, state: TopicState | undefined): void;
  /** A prerequisite, unlocked topic, subtopic or parent was chosen: show that one. */
  onNavigate(id: string): void;
  /** Close button or Esc. The caller returns focus to the topic on the map. */
  onClose(): void;
  /**
   * Full-width layout, for containers narrower than 640 px (the caller measures).
   * @default false
   */
  narrow?: boolean;
}
