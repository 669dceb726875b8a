// Type tests of core's public API as a consumer sees it (the built declarations). `pnpm
// typecheck` compiles this file; a line fails when a public type drifts.
import {
  buildGraph,
  decodeProgressLink,
  fromMarkdown,
  isTopicState,
  layoutRoadmap,
  parseRoadmap,
  progressChange,
  renderSvg,
  sanitizeProgress,
  type TOPIC_STATES,
  type LayoutDirection,
  type LayoutEngine,
  type Progress,
  type ProgressChange,
  type Roadmap,
  type TopicState,
  type ValidationError,
  type WidthClass,
} from '@roadmap-graph/core';
import { createElkEngine } from '@roadmap-graph/core/elk-node';
import { expectType, type Equal } from './expectType.js';

declare const unknownInput: unknown;

// parseRoadmap takes anything and answers with a discriminated union.
const parsed = parseRoadmap(unknownInput);
if (parsed.ok) {
  expectType<Equal<typeof parsed.roadmap, Roadmap>>(true);
  const topicIds: string[] = parsed.roadmap.sections.flatMap((section) => section.topics.map((topic) => topic.id));
  void topicIds;
} else {
  expectType<Equal<typeof parsed.errors, ValidationError[]>>(true);
  const first: { path: string; message: string } | undefined = parsed.errors[0];
  void first;
}

// fromMarkdown takes text only, and gives warnings either way.
const imported = fromMarkdown('# R\n\n## S\n\n- a\n');
imported.warnings.forEach((warning) => warning.line.toFixed());
if (imported.ok) expectType<Equal<typeof imported.roadmap, Roadmap>>(true);
// @ts-expect-error: Markdown is text, not a parsed object.
fromMarkdown({ title: 'R' });

// Topic states are a closed set of string literals.
expectType<Equal<TopicState, (typeof TOPIC_STATES)[number]>>(true);
expectType<Equal<TopicState, 'done' | 'in-progress' | 'skipped'>>(true);
declare const maybeState: string;
if (isTopicState(maybeState)) expectType<Equal<typeof maybeState, TopicState>>(true);
// @ts-expect-error: not a state.
const wrongState: TopicState = 'finished';
void wrongState;

// Progress maps topic ids to states; a change names one topic.
expectType<Equal<Progress, Readonly<Record<string, TopicState>>>>(true);
declare const before: Progress;
declare const after: Progress;
const change = progressChange(before, after);
expectType<Equal<typeof change, ProgressChange | undefined>>(true);
// Untrusted progress may not be progress at all.
const cleaned = sanitizeProgress(unknownInput);
// @ts-expect-error: undefined when the value is not an object.
void cleaned.progress;
const kept: Progress | undefined = cleaned?.progress;
void kept;

// Layout works on the graph, with an engine, and is asynchronous; direction and width class
// are closed sets.
declare const roadmap: Roadmap;
const engine: LayoutEngine = createElkEngine();
const graph = buildGraph(roadmap);
const link = decodeProgressLink(graph, 'p1.00000000.');
if (link.ok) expectType<Equal<typeof link.progress, Progress>>(true);
const layout = layoutRoadmap(graph, { engine, direction: 'DOWN', widthClass: 'column' });
expectType<Equal<typeof layout extends Promise<unknown> ? true : false, true>>(true);
expectType<Equal<LayoutDirection, 'DOWN' | 'RIGHT'>>(true);
expectType<Equal<WidthClass, 'phone' | 'column' | 'wide'>>(true);
// @ts-expect-error: not a direction.
void layoutRoadmap(graph, { engine, direction: 'UP' });
// @ts-expect-error: the engine is required (ELK in Node, a worker in browsers).
void layoutRoadmap(graph, {});

// The static picture is a string of SVG.
declare const laidOut: Awaited<typeof layout>;
expectType<Equal<ReturnType<typeof renderSvg>, string>>(true);
void renderSvg(graph, laidOut, { theme: 'auto' });
