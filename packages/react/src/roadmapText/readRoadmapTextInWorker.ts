// Where useParsedRoadmap finds the read; it lives in core beside the one worker client.
export { readRoadmapTextInWorker } from '@roadmap-graph/core';
