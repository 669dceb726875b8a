import { LEVEL_WORDS, NEXT_LABEL, OPTIONAL_LABEL, STATE_LABELS } from '@roadmap-graph/core';
import type { LabelFormat } from './LabelFormat.js';
import type { ProgressFileProblem, RoadmapLabels } from './RoadmapLabels.js';

// The words of states and levels are core's (the static SVG shows them too), so they have one home.

/** `3 topics`, `1 topic`: a count and its noun in English. */
const count = (n: number, one: string, many: string, { number, plural }: LabelFormat): string =>
  `${number(n)} ${plural(n) === 'one' ? one : many}`;

function progressFileProblem(problem: ProgressFileProblem): string {
  switch (problem.kind) {
    case 'not-text':
      return 'The progress file could not be read as text.';
    case 'too-large':
      return `This file is too large to be a progress file (more than ${problem.megabytes} MB).`;
    case 'not-json':
      return 'This is not a progress file: it is not valid JSON.';
    case 'not-object':
      return 'This is not a progress file: expected an object with "roadmap", "version" and "progress".';
    case 'missing-fields':
      return 'This is not a progress file: "roadmap" and "progress" are missing.';
    case 'version':
      return `Unsupported progress file version ${problem.found}: this page reads version ${problem.supported}.`;
    case 'other-roadmap':
      return `This progress is for the roadmap ${problem.found}, not for "${problem.expected}".`;
    case 'not-progress':
      return 'The "progress" of this file is not an object of topic states.';
  }
}

const RESOURCE_TYPES = {
  official: 'Official',
  docs: 'Docs',
  article: 'Article',
  video: 'Video',
  course: 'Course',
  book: 'Book',
  podcast: 'Podcast',
  tool: 'Tool',
  opensource: 'Open source',
} as const;

/**
 * The English words of the map: the defaults any {@link RoadmapLabelsInput} is merged over, and a
 * model for a translation.
 */
export const englishLabels: RoadmapLabels = {
  skipPast: 'Skip past the roadmap',
  endOf: (title) => `End of the roadmap ${title}`,
  checking: 'Checking the roadmap…',
  layingOut: 'Laying out the roadmap…',
  dismiss: 'Dismiss',
  missingTopic: (id) => `The link points to a topic this roadmap does not have: “${id}”.`,
  sharedProgress: (done, total, f) =>
    `You are looking at progress someone shared: ${englishLabels.topicsDone(done, total, f)}. It is read-only, and your own progress is kept as it was.`,
  backToMyProgress: 'Back to my progress',
  sharedForOtherRoadmap: 'This progress link was made for another version of this roadmap, so it cannot be shown. Your own progress is shown.',
  sharedDamaged: 'This progress link is damaged, so it cannot be shown. Your own progress is shown.',
  progressChanged: (title, state, done, total, f) => `${title}: ${state.toLowerCase()}. ${englishLabels.topicsDone(done, total, f)}.`,
  progressWasReset: 'Progress reset: no topic is marked any more.',
  progressImported: (done, f) => `Progress imported: ${count(done, 'topic', 'topics', f)} done.`,

  states: STATE_LABELS,
  nextUp: NEXT_LABEL,
  notStarted: 'Not started',
  levels: LEVEL_WORDS,
  optional: OPTIONAL_LABEL,
  pickOne: 'pick one',
  doneOfTotal: (done, total, f) => `${f.number(done)} of ${f.number(total)} done`,
  topicsDone: (done, total, f) => `${f.number(done)} of ${f.number(total)} ${f.plural(total) === 'one' ? 'topic' : 'topics'} done`,
  alternativesNote: 'Alternatives: pick one of these.',

  toolbar: 'Roadmap tools',
  searchTopics: 'Search topics',
  matchingTopics: 'Matching topics',
  noMatches: 'No matches',
  matchPosition: (position, total, f) => `${f.number(position)} of ${f.number(total)}`,
  matchReason: (field, text) => `${field}: ${text}`,
  moreMatches: (more, f) => `and ${f.number(more)} more: type more to narrow the search`,
  progressValue: (done, total, f) => `${englishLabels.topicsDone(done, total, f)} (${f.percent(total === 0 ? 0 : done / total)})`,
  progressUnsaved: 'This browser does not keep your progress: it lasts until you leave the page. Export it to keep it.',
  resetProgress: 'Reset progress',
  confirmReset: 'Confirm reset',
  resetQuestion: 'Reset all progress?',
  reset: 'Reset',
  cancel: 'Cancel',
  exportProgress: 'Export progress',
  exportFailed: (reason) => `Could not export progress: ${reason}`,
  importProgress: 'Import progress',
  importFile: 'Progress file to import',
  confirmImport: 'Confirm import',
  importQuestion: (changes, f) => `Replace your progress with the file's? ${count(changes, 'topic', 'topics', f)} would change.`,
  replace: 'Replace',
  imported: (n, ignored, f) =>
    `Imported progress for ${count(n, 'topic', 'topics', f)}.` +
    (ignored === 0 ? '' : ` ${count(ignored, 'entry', 'entries', f)} with an unknown state ${f.plural(ignored) === 'one' ? 'was' : 'were'} ignored.`),
  importedNothing: (file, ignored, f) =>
    `Nothing was imported: ${file} holds no progress${ignored > 0 ? ` (${count(ignored, 'entry', 'entries', f)} with an unknown state ignored)` : ''}. Your progress is unchanged.`,
  importedSame: (file) => `${file} holds the progress you already have: nothing changed.`,
  importFailed: (file, reason) => `Could not import ${file}: ${reason}`,
  progressFileProblem,
  shareProgress: 'Share progress',
  linkCopied: 'Link copied. Whoever opens it sees your progress, read-only; it holds nothing else.',
  copyLink: 'Copy this link: whoever opens it sees your progress, read-only; it holds nothing else.',
  linkField: 'Link to your progress',
  outline: 'Outline',
  menuButton: 'done: progress and outline',
  menu: 'Progress and outline',

  map: (title) => `${title}: map`,
  mapHelp: (canMark) =>
    `Topics are buttons in learning order: Tab moves to the next one, arrow keys to the nearest one in that direction, Enter or Space opens it${canMark ? ', D marks it done (and not)' : ''}. Zoom with Control or Command and the mouse wheel, a pinch, or the zoom buttons under the map.`,
  overview: 'Overview of the whole roadmap',
  or: 'or',
  touchHint: 'Use two fingers to move the map',
  wheelHint: (key) => `Drag to move the map · ${key} + scroll to zoom`,
  mapControls: 'Map controls',
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  fit: 'Fit the whole roadmap',
  showOutline: 'Show as outline',
  section: 'Section',
  prerequisiteCount: (n, f) => count(n, 'prerequisite', 'prerequisites', f),
  subtopicCount: (n, f) => count(n, 'subtopic', 'subtopics', f),
  alternative: 'alternative',
  activeMatch: 'current search match',
  match: 'search match',
  markDone: (title) => `Mark ${title} as done`,
  markDoneHint: 'Mark as done',
  clearHint: (state) => `${state}: press to clear`,

  legend: 'Legend',
  nextSection: 'Next section',
  prerequisite: 'Prerequisite',
  optionalTopic: 'Optional topic',
  alternatives: (chip) => ['Alternatives: ', chip, ', joined by “or”'],

  backToMap: 'Back to the map',
  closePanel: 'Close panel',
  topicNotFound: 'Topic not found',
  noSuchTopic: (id) => `This roadmap has no topic with the id “${id}”.`,
  aboutSection: 'About this section',
  aboutTopic: 'About this topic',
  subtopic: 'Subtopic',
  inProgressCount: (n, f) => `${count(n, 'topic', 'topics', f)} in progress`,
  alternativeIn: (choice) => `Alternative: pick one in ${choice}`,
  partOf: 'Part of',
  sectionMark: '(section)',
  yourProgress: 'Your progress',
  skip: 'Skip',
  topics: 'Topics',
  subtopics: 'Subtopics',
  prerequisites: 'Prerequisites',
  unlocks: 'Unlocks',
  resources: 'Resources',
  resourceTypes: RESOURCE_TYPES,
  resourceGroups: {
    official: 'Official',
    docs: 'Documentation',
    article: 'Articles',
    video: 'Videos',
    course: 'Courses',
    book: 'Books',
    podcast: 'Podcasts',
    tool: 'Tools',
    opensource: 'Open source',
  },
  otherResources: 'Other',
  paid: 'Paid',
  newTab: '(opens in a new tab)',

  showOnMap: 'Show on map',
  showOnMapName: (title) => `Show on map: ${title}`,
  requires: (list) => `Requires: ${list}`,
  resourcesFor: (title) => `Resources for ${title}`,
  alternativeInOutline: (choice) => `alternative in ${choice}`,

  problems: (n, f) => `${count(n, 'problem', 'problems', f)} in this roadmap`,
  notShown: 'The roadmap could not be shown',
  loading: 'Loading the roadmap…',
  noData:
    'No roadmap to show yet: give this element a src attribute, a <script type="application/json"> or <script type="text/markdown"> child, or set its roadmap property.',
  crashed: (message) => `the map stopped with an error: ${message}`,
};
