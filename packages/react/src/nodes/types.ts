import type { Level } from '@roadmap-graph/core';
import type { Node } from '@xyflow/react';
import type { MarkState } from '../theme/palette.js';

/**
 * What a section box shows. Type aliases rather than interfaces, because React Flow wants node
 * data assignable to `Record<string, unknown>`.
 */
export type SectionNodeData = {
  title: string;
  /** Its place along the path: 1 for the first section. */
  number: number;
  /** Required topics finished, for the "7/12" count. */
  done: number;
  /** Required topics in all. */
  total: number;
  /** The section's topics are alternatives: the reader picks one. */
  choice: boolean;
  /** On the open topic's prerequisite chain (or holding part of it); the rest of the map is dimmed. */
  lit: boolean;
  /**
   * The map is zoomed out past reading its topics: the section is a block labelled at screen
   * size, its topics are not drawn.
   */
  block: boolean;
};

/** How a topic matches the current search. */
export type MatchState = 'none' | 'match' | 'active';

/** What a topic box shows: its fixed facts and its state, recomputed when progress or selection change. */
export type TopicNodeData = {
  id: string;
  /** Id of the topic's button, which its section's group owns in the accessibility tree. */
  buttonId: string;
  /** Id of the check beside the title, owned by the section's group after the topic's button. */
  checkId: string;
  title: string;
  level: Level | undefined;
  /** The lines under the title (level in words, "Optional"), as the layout sized them. */
  detail: readonly string[];
  /** Holds subtopics: drawn as a box around them with the title as a header. */
  group: boolean;
  /** Height of the header band of a group, in pixels (its subtopics start below it). */
  headerHeight: number;
  /** The subtopics are alternatives: the reader picks one. */
  choice: boolean;
  optional: boolean;
  /** One of the alternatives of a choice. */
  alternative: boolean;
  /** The learner's state, "next" when ready to learn, or "none". */
  mark: MarkState;
  /** A check button beside the title marks the topic done (and not) without opening it. */
  checkable: boolean;
  /** The panel shows this topic. */
  selected: boolean;
  /** On the open topic's prerequisite chain; the rest of the map is dimmed. */
  lit: boolean;
  match: MatchState;
  /** The accessible name, e.g. "Flask, intermediate, done, 2 prerequisites". */
  label: string;
};

/** A section box on the map. */
export type SectionFlowNode = Node<SectionNodeData, 'section'>;
/** A topic (or subtopic) box on the map. */
export type TopicFlowNode = Node<TopicNodeData, 'topic'>;
/** Any node of the map. */
export type MapFlowNode = SectionFlowNode | TopicFlowNode;
