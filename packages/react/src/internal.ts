// `@roadmap-graph/react/internal`: what the workspace's own packages share with this one and no
// one else should rely on (no semver promise). The element reads roadmap text in its worker and
// hands the result over as already validated, under the same size limit as the component.
export { trustValidatedRoadmap, trustedRoadmap } from './data/trustedRoadmaps.js';
export type { ValidatedRoadmap } from './data/trustedRoadmaps.js';
export { INLINE_TEXT_LIMIT, TEXT_READ_TIMEOUT_MS } from './roadmapText/inlineTextLimit.js';
// The element shows its own words (loading, error box) from the labels it gives the map.
export { useLabels } from './labels/LabelsContext.js';

// The element's first map (a plain-DOM drawing of the baked layout, shown before the UI runtime
// has loaded) draws from the same facts as the map: validation and layout choice, the map model,
// the start view, the accessible names, routes, marks and palette.
export { parseRoadmapInput } from './data/parseRoadmapInput.js';
export type { ParsedRoadmap } from './data/parseRoadmapInput.js';
export { planRoadmapData } from './data/planRoadmapData.js';
export { planBakedLayout } from './data/planBakedLayout.js';
export { buildMapModel } from './RoadmapMap/buildMapModel.js';
export type { MapModel } from './RoadmapMap/buildMapModel.js';
export { detailLines } from './RoadmapMap/detailLines.js';
export { describeTopic } from './RoadmapMap/describeTopic.js';
export { LAYERS } from './RoadmapMap/layers.js';
export { startView, naturalMapHeight } from './RoadmapMap/startView.js';
export { routePath } from './edges/routePath.js';
export { arrowHead } from './edges/arrowHead.js';
export { MARK_PATHS, MARK_FILL_PATH } from './nodes/markPaths.js';
export { levelColors, stateColors } from './theme/palette.js';
export type { MarkState } from './theme/palette.js';
export { readPageScheme } from './theme/readPageScheme.js';
export { progressStorageKey } from './storage/progressStorageKey.js';
// The first map speaks the element's words too.
export { mergeLabels } from './labels/mergeLabels.js';
export { englishLabels } from './labels/english.js';
export type { LabelsInUse } from './labels/LabelsContext.js';
export { createLabelFormat } from './labels/LabelFormat.js';
