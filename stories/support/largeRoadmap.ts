import type { Roadmap } from '@roadmap-graph/core';
// The core's own benchmark fixture, by relative path: it is test support, not public API.
import { syntheticRoadmap } from '../../packages/core/test/support/syntheticRoadmap.js';

/** How many topics (subtopics included) the large story shows. */
export const LARGE_TOPIC_COUNT = 1000;

/**
 * A deterministic 1,000-topic roadmap without a baked layout, so the map computes one in its
 * layout worker as an app would for unbaked data.
 */
export const largeRoadmap: Roadmap = syntheticRoadmap(LARGE_TOPIC_COUNT, 1);
