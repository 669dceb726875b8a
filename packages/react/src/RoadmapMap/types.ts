import type { Progress, RoadmapGraph, RoadmapLayout, TopicState } from '@roadmap-graph/core';
import type { GestureMode } from './useMapGestures.js';

/** Imperative access to the map, for its parent. */
export interface RoadmapMapHandle {
  /** Moves keyboard focus to a topic's button, panning it into view if needed. */
  focusTopic(id: string): void;
  /** Pans (and zooms in if the map is too small to read) so the topic is centred. */
  centerTopic(id: string): void;
  /** Like {@link RoadmapMapHandle.centerTopic}, but only when the topic is out of view or too small to read. */
  revealTopic(id: string): void;
  /** Zooms and pans so the whole roadmap is in view, like the map's "fit" button. */
  fit(): void;
}

/** Props of {@link RoadmapMap}. */
export interface RoadmapMapProps {
  graph: RoadmapGraph;
  layout: RoadmapLayout;
  progress: Progress;
  /** The topic whose panel is open. */
  selectedId?: string | null;
  /** A topic was clicked or activated with Enter or Space. */
  onSelect(id: string): void;
  /**
   * Marks a topic from the map: its check beside the title, or "D" on a focused topic, toggles
   * done (`undefined` clears it). Without it the checks only show the state.
   */
  onStateChange?(id: string, state: TopicState | undefined): void;
  /**
   * Light the selected topic's prerequisite chain and dim the rest.
   * @default true
   */
  highlightChain?: boolean;
  /** Topics matching the search. */
  matches?: readonly string[];
  /** The search match the reader is on. */
  activeMatch?: string | null;
  /** Whether the outline is shown instead of the map (state of the outline toggle). */
  outlineOpen?: boolean;
  /** The outline toggle in the map controls was pressed; no toggle is shown without it. */
  onToggleOutline?(): void;
  /**
   * How the map shares the wheel and touch with the page: `cooperative` (the page scrolls; Ctrl/⌘
   * + wheel, pinch and two fingers move the map), `greedy` (the wheel and one finger move the map)
   * or `auto` (greedy when the page cannot scroll, so the map is the page). See {@link GestureMode}.
   * @default 'auto'
   */
  gestures?: GestureMode;
  /**
   * Whether the legend starts unfolded.
   * @default false
   */
  legendOpen?: boolean;
  /**
   * Show the minimap from this many topics on.
   * @default 150
   */
  minimapThreshold?: number;
}
