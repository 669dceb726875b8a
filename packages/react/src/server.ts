// `@roadmap-graph/react/server`: what renders in React Server Components (no hooks, no client
// JavaScript). Unlike the main entry, this one is not marked 'use client'. What is not exported
// here is private.

export { RoadmapStatic } from './RoadmapStatic/index.js';
export type { RoadmapStaticProps } from './RoadmapStatic/types.js';

export type { Roadmap, RoadmapLayout, Progress, WidthClass } from '@roadmap-graph/core';
