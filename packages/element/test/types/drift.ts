// Keeps the hand-written published types (types/roadmap-graph.d.ts) equal to the sources: the
// data types to core's (inferred from its zod schemas), the event details to src/events.ts, and
// the element's members to src/RoadmapGraphElement.ts. Checked by `pnpm typecheck`
// (tsconfig.drift.json); a change on either side that the other lacks fails it.
import type * as Core from '@roadmap-graph/core';
import type * as React from '@roadmap-graph/react';
import type * as Published from '../../types/roadmap-graph.js';
import type { defineRoadmapGraph } from '../../src/defineRoadmapGraph.js';
import type * as Events from '../../src/events.js';
import type { RoadmapGraphElement } from '../../src/RoadmapGraphElement.js';
import type { upgradeFences } from '../../src/upgradeFences.js';
import type { Equal, Expect } from './equal.js';

export type DataTypes = [
  Expect<Equal<Published.Roadmap, Core.Roadmap>>,
  Expect<Equal<Published.Section, Core.Section>>,
  Expect<Equal<Published.Topic, Core.Topic>>,
  Expect<Equal<Published.Resource, Core.Resource>>,
  Expect<Equal<Published.ResourceType, Core.ResourceType>>,
  Expect<Equal<Published.Level, Core.Level>>,
  Expect<Equal<Published.RoadmapLayout, Core.RoadmapLayout>>,
  Expect<Equal<Published.BakedLayout, Core.BakedLayout>>,
  Expect<Equal<Published.BakedView, Core.BakedView>>,
  Expect<Equal<Published.LegacyLayout, Core.LegacyLayout>>,
  Expect<Equal<Published.LayoutBox, Core.LayoutBox>>,
  Expect<Equal<Published.LayoutEdge, Core.LayoutEdge>>,
  Expect<Equal<Published.Point, Core.Point>>,
  Expect<Equal<Published.EdgeKind, Core.EdgeKind>>,
  Expect<Equal<Published.LayoutDirection, Core.LayoutDirection>>,
  Expect<Equal<Published.WidthClass, Core.WidthClass>>,
  Expect<Equal<Published.TopicState, Core.TopicState>>,
  Expect<Equal<Published.Progress, Core.Progress>>,
  Expect<Equal<Published.ValidationError, Core.ValidationError>>,
  Expect<Equal<Published.MarkdownWarning, Core.MarkdownWarning>>,
];

export type EventTypes = [
  Expect<Equal<Published.ReadyDetail, Events.ReadyDetail>>,
  Expect<Equal<Published.TopicSelectDetail, Events.TopicSelectDetail>>,
  Expect<Equal<Published.ProgressChangeDetail, Events.ProgressChangeDetail>>,
  Expect<Equal<Published.ErrorDetail, Events.ErrorDetail>>,
  Expect<Equal<Published.RoadmapGraphEventMap, Events.RoadmapGraphEventMap>>,
];

export type LabelTypes = [
  Expect<Equal<Published.RoadmapLabels, React.RoadmapLabels>>,
  Expect<Equal<Published.RoadmapLabelsInput, React.RoadmapLabelsInput>>,
  Expect<Equal<Published.LabelFormat, React.LabelFormat>>,
  Expect<Equal<Published.ProgressFileProblem, React.ProgressFileProblem>>,
];

/** The element's own members (what HTMLElement does not have), by name and by read type. */
type Own<T> = { [K in Exclude<keyof T, keyof HTMLElement>]: T[K] };

/** The element's static members (without `prototype`, which differs by construction). */
type Statics<T> = Omit<T, 'prototype'>;

export type ElementTypes = [
  Expect<Equal<Own<Published.RoadmapGraphElement>, Own<RoadmapGraphElement>>>,
  Expect<Equal<Published.RoadmapGraphElement['progress'], RoadmapGraphElement['progress']>>,
  Expect<Equal<Published.RoadmapGraphElement['layout'], RoadmapGraphElement['layout']>>,
  Expect<Equal<Published.RoadmapGraphElement['layoutTimeout'], RoadmapGraphElement['layoutTimeout']>>,
  Expect<Equal<Published.RoadmapGraphElement['labels'], RoadmapGraphElement['labels']>>,
  Expect<Equal<Statics<typeof Published.RoadmapGraphElement>, Statics<typeof RoadmapGraphElement>>>,
  Expect<Equal<typeof Published.defineRoadmapGraph, typeof defineRoadmapGraph>>,
  Expect<Equal<typeof Published.upgradeFences, typeof upgradeFences>>,
];
