// `@roadmap-graph/react/internal`: what the workspace's own packages share with this one and no
// one else should rely on (no semver promise). The element reads roadmap text in its worker and
// hands the result over as already validated, under the same size limit as the component.
export { trustValidatedRoadmap } from './data/parseRoadmapInput.js';
export { INLINE_TEXT_LIMIT, TEXT_READ_TIMEOUT_MS } from './roadmapText/inlineTextLimit.js';
// The element shows its own words (loading, error box) from the labels it gives the map.
export { useLabels } from './labels/LabelsContext.js';
