'use client';

// The public surface of @roadmap-graph/react. What is not exported here is private.
// Styles ship as one file, `@roadmap-graph/react/style.css`; the build links it from dist/index.js
// (vite.config.ts), so importing it from here would leak into the type declarations.

export { RoadmapGraph } from './RoadmapGraph/index.js';
export type { RoadmapGraphProps, RoadmapGraphHandle } from './RoadmapGraph/types.js';
export { RoadmapMap } from './RoadmapMap/index.js';
export type { RoadmapMapProps, RoadmapMapHandle } from './RoadmapMap/types.js';
export type { GestureMode } from './RoadmapMap/useMapGestures.js';
export { Legend } from './Legend/index.js';
export type { LegendProps } from './Legend/types.js';
export { RoadmapOutline } from './RoadmapOutline/index.js';
export type { RoadmapOutlineProps } from './RoadmapOutline/types.js';
export { TopicPanel } from './TopicPanel/index.js';
export type { TopicPanelProps } from './TopicPanel/types.js';
export { ErrorView } from './ErrorView/index.js';
export type { ErrorViewProps } from './ErrorView/index.js';
export { InlineMarkdown } from './InlineMarkdown/index.js';
export type { InlineMarkdownProps } from './InlineMarkdown/index.js';
export { Toolbar } from './Toolbar/index.js';
export type { ToolbarProps } from './Toolbar/types.js';

// Words: English defaults here; translations are entries of their own (`./labels/fr`).
export { englishLabels } from './labels/english.js';
export { mergeLabels } from './labels/mergeLabels.js';
export { createLabelFormat } from './labels/LabelFormat.js';
export type { LabelFormat } from './labels/LabelFormat.js';
export type { RoadmapLabels, RoadmapLabelsInput, ProgressFileProblem } from './labels/RoadmapLabels.js';
export { RoadmapLabelsProvider } from './labels/LabelsContext.js';
export type { RoadmapLabelsProviderProps } from './labels/LabelsContext.js';

export { useRoadmapData } from './hooks/useRoadmapData.js';
export type { RoadmapData, RoadmapDataOptions } from './hooks/useRoadmapData.js';
export { useProgress } from './hooks/useProgress.js';
export type { UseProgressOptions, ProgressControls } from './hooks/useProgress.js';
export { useSearch } from './hooks/useSearch.js';
export type { SearchState } from './hooks/useSearch.js';
export { useHashLink } from './hooks/useHashLink.js';
export { useResolvedTheme, usePageScheme } from './hooks/useResolvedTheme.js';
export { readPageScheme, subscribePageScheme } from './theme/readPageScheme.js';
export type { ColorScheme } from './theme/readPageScheme.js';
export type { ThemeSetting } from './hooks/useResolvedTheme.js';
export { createLayoutWorker } from './createLayoutWorker.js';
export { searchTopics, searchMatches } from './search/searchTopics.js';
export type { SearchMatch, MatchReason } from './search/searchTopics.js';
export { localStorageAdapter } from './storage/localStorageAdapter.js';
export { memoryStorage } from './storage/memoryStorage.js';
export { withMemoryFallback } from './storage/withMemoryFallback.js';
export { progressStorageKey } from './storage/progressStorageKey.js';
export type { ProgressStorage } from './storage/types.js';
export { exportProgress } from './progressFile/exportProgress.js';
export { parseProgressFile } from './progressFile/parseProgressFile.js';
export type { ProgressFileResult } from './progressFile/parseProgressFile.js';

export { THEME_TOKENS, CONTRAST_PAIRS } from './theme/tokens.js';
export type { ThemeToken, ContrastPair } from './theme/tokens.js';
export { levelColors, stateColors } from './theme/palette.js';
export type { LevelColors, StateColors, MarkState } from './theme/palette.js';

export type {
  Roadmap,
  Section,
  Topic,
  Resource,
  RoadmapLayout,
  Progress,
  TopicState,
  ValidationError,
  LayoutDirection,
  LayoutEngine,
  Level,
  ResourceType,
  ProgressSummary,
  RoadmapGraph as RoadmapGraphModel,
} from '@roadmap-graph/core';
