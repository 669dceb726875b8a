// The public surface of @roadmap-graph/core. What is not exported here is private.
// ELK itself is not exported: Node code imports `@roadmap-graph/core/elk-node`, browsers use the
// worker entry `@roadmap-graph/core/layout-worker`, so bundles of this index never carry ELK.

export { roadmapSchema, sectionSchema, topicSchema, resourceSchema } from './schema/roadmapSchema.js';
export { LEVELS, RESOURCE_TYPES } from './schema/roadmapValues.js';
export type { Roadmap, Section, Topic, Resource, ResourceType, Level } from './schema/roadmapSchema.js';
export {
  layoutSchema,
  roadmapLayoutSchema,
  bakedViewSchema,
  legacyLayoutSchema,
} from './schema/layoutSchema.js';
export { EDGE_KINDS, LAYOUT_VERSION } from './schema/layoutValues.js';
export type {
  RoadmapLayout,
  BakedLayout,
  BakedView,
  LegacyLayout,
  LayoutBox,
  LayoutEdge,
  Point,
  EdgeKind,
} from './schema/layoutSchema.js';
export { LIMITS } from './schema/limits.js';
export { isAllowedUrl } from './schema/isAllowedUrl.js';
export { roadmapJsonSchema } from './schema/toJsonSchema.js';

export { parseRoadmap } from './validate/parseRoadmap.js';
export { readValidRoadmap } from './validate/readValidRoadmap.js';
export { formatErrors } from './validate/formatErrors.js';
export { formatPath } from './validate/formatPath.js';
export type { ValidationError, ParseResult } from './validate/types.js';

export { buildGraph } from './graph/buildGraph.js';
export { prerequisitesOf } from './graph/prerequisitesOf.js';
export type { PrerequisitesOptions } from './graph/prerequisitesOf.js';
export { unlocks } from './graph/unlocks.js';
export type { RoadmapGraph, GraphNode, GraphEdge, GraphNodeKind } from './graph/types.js';

export { nextTopics } from './progress/nextTopics.js';
export { progressSummary } from './progress/progressSummary.js';
export { topicState } from './progress/topicState.js';
export { TOPIC_STATES, isTopicState } from './progress/topicStates.js';
export { sanitizeProgress } from './progress/sanitizeProgress.js';
export type { SanitizedProgress } from './progress/sanitizeProgress.js';
export { STATE_LABELS, NEXT_LABEL } from './progress/stateLabels.js';
export { progressChange } from './progress/progressChange.js';
export { encodeProgressLink, decodeProgressLink } from './progress/progressLink.js';
export type { ProgressLink } from './progress/progressLink.js';
export { createSatisfaction } from './progress/createSatisfaction.js';
export type { TopicState, Progress, ProgressChange, ProgressSummary, SectionProgress } from './progress/types.js';

export { layoutRoadmap } from './layout/layoutRoadmap.js';
export type { LayoutOptions, LayoutEngine, LayoutDirection, MeasureText, TextFont } from './layout/types.js';
export type { ElkGraph } from './layout/elkGraph.js';
export { WIDTH_CLASSES, WIDTH_CLASS_NAMES, widthClassFor } from './layout/widthClasses.js';
export type { WidthClass } from './layout/widthClasses.js';
export { layoutAllWidths } from './layout/layoutAllWidths.js';
export type { LayoutAllWidthsOptions } from './layout/layoutAllWidths.js';
export { toBakedLayout } from './layout/toBakedLayout.js';
export { bakedLayoutFor } from './layout/bakedLayoutFor.js';
export { checkLayout } from './layout/checkLayout.js';
export type { LayoutStatus } from './layout/checkLayout.js';
export { stringifyRoadmap } from './layout/stringifyRoadmap.js';
export { roadmapContentHash } from './layout/roadmapContentHash.js';
export { withBakedLayout } from './layout/withBakedLayout.js';
export { checkBakedLayout } from './layout/checkBakedLayout.js';
export type { BakedLayoutStatus } from './layout/checkBakedLayout.js';
export { estimateTextWidth } from './layout/estimateTextWidth.js';
export { wrapText } from './layout/wrapText.js';
export type { WrappedText } from './layout/wrapText.js';
export { LAYOUT_DEFAULTS } from './layout/resolveLayoutStyle.js';

export { renderSvg } from './render/renderSvg.js';
export type { RenderSvgOptions } from './render/renderSvg.js';
export { choiceForks } from './render/choiceForks.js';
export type { ChoiceFork } from './render/choiceForks.js';
export { LEVEL_WORDS, OPTIONAL_LABEL, topicDetail, DETAIL_FONT, DETAIL_SEPARATOR, LEVEL_DOT_ROOM } from './layout/topicDetail.js';
export type { TopicDetail, DetailWords } from './layout/topicDetail.js';
export { LIGHT_THEME, DARK_THEME } from './render/svgTheme.js';
export type { SvgTheme } from './render/svgTheme.js';
export { PALETTE } from './theme/palette.js';
export type { PaletteColor, PaletteKey, ColorScheme } from './theme/palette.js';

export { createWorkerEngine } from './worker/createWorkerEngine.js';
export type { WorkerEngine, WorkerEngineOptions } from './worker/createWorkerEngine.js';
export { readRoadmapTextInWorker } from './worker/readRoadmapTextInWorker.js';
export type { ReadInWorkerOptions } from './worker/readRoadmapTextInWorker.js';
export { registerWorkerHandlers } from './worker/registerWorkerHandlers.js';
export type { WorkerHandlers } from './worker/registerWorkerHandlers.js';
export { readRoadmapText } from './worker/readRoadmapText.js';
export type {
  LayoutWorkerRequest,
  LayoutWorkerResponse,
  ReadWorkerRequest,
  WorkerRequest,
  WorkerResponse,
  RoadmapTextFormat,
  RoadmapTextOutcome,
} from './worker/workerProtocol.js';
export type { WorkerLike, WorkerScope, WorkerEventLike } from './worker/types.js';

export { fromMarkdown } from './markdown/read/fromMarkdown.js';
export { toMarkdown } from './markdown/write/toMarkdown.js';
export type { MarkdownImport, MarkdownWarning } from './markdown/read/types.js';
export { parseInlineMarkdown } from './markdown/inline/parseInlineMarkdown.js';
export { parseDescription } from './markdown/inline/parseDescription.js';
export { inlineMarkdownText, descriptionText } from './markdown/inline/inlineMarkdownText.js';
export type { InlineNode } from './markdown/inline/types.js';

export { renderRoadmapFence } from './fence/renderRoadmapFence.js';
export { formatFenceProblems } from './fence/formatFenceProblems.js';
export type { FencePlace } from './fence/formatFenceProblems.js';
export { renderOutlineHtml } from './fence/renderOutlineHtml.js';
export type { RoadmapFenceOptions, RoadmapFenceResult, FenceProblem, FenceFallback } from './fence/types.js';
