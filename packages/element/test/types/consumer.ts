// A TypeScript user of the published package: imported by name through package.json "exports"
// (a self-reference), so it reads dist/roadmap-graph.d.ts as npm users do, with skipLibCheck off.
// Checked by `pnpm typecheck` (tsconfig.json here), after `pnpm build`.
import { defineRoadmapGraph, RoadmapGraphElement, upgradeFences } from '@roadmap-graph/element';
import type { Progress, Roadmap, RoadmapGraphEventMap, TopicSelectDetail, TopicState } from '@roadmap-graph/element';
import type { Equal, Expect } from './equal.js';

const found = document.querySelector('roadmap-graph');
type _Query = Expect<Equal<typeof found, RoadmapGraphElement | null>>;
const created = document.createElement('roadmap-graph');
type _Create = Expect<Equal<typeof created, RoadmapGraphElement>>;

const map = found!;
const opened: boolean = map.openTopic('flask');
map.closeTopic();
map.fit();
// @ts-expect-error openTopic takes a topic id
map.openTopic(42);

map.addEventListener('topic-select', (event) => {
  type _Detail = Expect<Equal<typeof event.detail, TopicSelectDetail>>;
  const id: string | null = event.detail.id;
  // @ts-expect-error id may be null (the panel closed)
  const sure: string = event.detail.id;
  void id;
  void sure;
});
map.addEventListener('progress-change', (event) => {
  type _State = Expect<Equal<typeof event.detail.state, TopicState | null>>;
});
map.addEventListener('ready', (event) => {
  const title: string = event.detail.roadmap.title;
  const width: number = event.detail.layout.width;
  const line: number | undefined = event.detail.warnings[0]?.line;
  void [title, width, line];
});
map.addEventListener('error', (event) => {
  const path: string | undefined = event.detail.errors[0]?.path;
  void path;
});
// Native events keep their DOM types.
map.addEventListener('click', (event) => {
  type _Click = Expect<Equal<typeof event, HTMLElementEventMap['click']>>;
});
// An event the element does not fire is a plain Event: no detail to read.
map.addEventListener('topic-selected', (event) => {
  // @ts-expect-error a misspelt event name has no typed detail
  void event.detail;
});
// Listening on document gets the bubbling events only as plain events (they are the element's).
document.addEventListener('topic-select', (event) => {
  // @ts-expect-error document's listener types know nothing of the element's events
  void event.detail;
  // What the README says to do there.
  const id: string | null = (event as RoadmapGraphEventMap['topic-select']).detail.id;
  void id;
});

// Properties.
const roadmap: Roadmap = {
  id: 'python-backend',
  title: 'Python backend',
  sections: [{ id: 'basics', title: 'Basics', topics: [{ id: 'flask', title: 'Flask', level: 'beginner', requires: [] }] }],
};
map.roadmap = roadmap;
map.roadmap = '{"id":"x","title":"X","sections":[]}';
map.roadmap = null;
// @ts-expect-error a roadmap's title is text
map.roadmap = { id: 'x', title: 1, sections: [] };
const progress: Progress = { flask: 'done', django: 'in-progress' };
map.progress = progress;
// @ts-expect-error progress states are done, in-progress or skipped
map.progress = { flask: 'finished' };
map.layoutTimeout = 10_000;
// @ts-expect-error the timeout is milliseconds
map.layoutTimeout = '10s';
RoadmapGraphElement.workerUrl = '/assets/roadmap-graph.layout-worker.js';

const registered: CustomElementConstructor | undefined = defineRoadmapGraph('my-roadmap');
const made: HTMLElement[] = upgradeFences(document);
void [opened, registered, made];

// Words: a full translation from its own entry, or a few keys; values of the wrong kind are refused.
import { frenchLabels } from '@roadmap-graph/element/labels/fr';
import type { RoadmapLabels, RoadmapLabelsInput } from '@roadmap-graph/element';
map.labels = frenchLabels;
map.labels = { zoomIn: 'Hineinzoomen', states: { done: 'Erledigt' }, topicsDone: (done, total, { number }) => `${number(done)} von ${number(total)}` };
// @ts-expect-error a label is text, or a function of what it counts
map.labels = { zoomIn: 42 };
const full: RoadmapLabels = frenchLabels;
const read: RoadmapLabelsInput | undefined = map.labels;
void full;
void read;
