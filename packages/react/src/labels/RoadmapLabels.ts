import type { Level, ResourceType, TopicState } from '@roadmap-graph/core';
import type { LabelFormat } from './LabelFormat.js';

/**
 * Every word the map, its toolbar, topic panel, outline, error box and the `<roadmap-graph>`
 * element show or announce. Roadmap data (titles, descriptions) is never translated. A
 * translation is a complete `RoadmapLabels` (TypeScript then names any key it lacks); to change
 * a few words, pass a {@link RoadmapLabelsInput}, merged over the English defaults
 * (`englishLabels`). Counts come as numbers with a {@link LabelFormat} for the language, so each
 * language writes its own plurals and number format.
 */
export interface RoadmapLabels {
  // The frame
  /** The first Tab stop, which jumps past the map. */
  skipPast: string;
  /** The target of that jump, read after the map. */
  endOf(roadmapTitle: string): string;
  /** Announced while roadmap text is validated. */
  checking: string;
  /** Announced while the layout is computed. */
  layingOut: string;
  /** A notice's button that closes it. */
  dismiss: string;
  /** Said when a `#topic=` link names no topic of the roadmap. */
  missingTopic(id: string): string;
  /** Says the map shows progress someone shared, read-only. */
  sharedProgress(done: number, total: number, format: LabelFormat): string;
  /** Leaves shared progress for the reader's own. */
  backToMyProgress: string;
  /** A `#progress=` link made for another version of the roadmap. */
  sharedForOtherRoadmap: string;
  /** A `#progress=` link that cannot be read. */
  sharedDamaged: string;
  /** Announced after the reader changed a topic: its title, its state (a word of `states` or `notStarted`) and the total. */
  progressChanged(title: string, state: string, done: number, total: number, format: LabelFormat): string;
  /** Announced after a reset. */
  progressWasReset: string;
  /** Announced after an import. */
  progressImported(done: number, format: LabelFormat): string;

  // Words shared by the map, panel, outline and legend
  /** The progress states. */
  states: Readonly<Record<TopicState, string>>;
  /** A topic ready to learn (its prerequisites are done). */
  nextUp: string;
  /** A topic without a state. */
  notStarted: string;
  /** The levels. */
  levels: Readonly<Record<Level, string>>;
  /** An optional topic. */
  optional: string;
  /** On a choice: the reader picks one of its topics. */
  pickOne: string;
  /** "3 of 12 done", on a section, in the toolbar and the outline. */
  doneOfTotal(done: number, total: number, format: LabelFormat): string;
  /** "3 of 12 topics done", the whole roadmap. */
  topicsDone(done: number, total: number, format: LabelFormat): string;
  /** Over the topics of a choice, in the panel and the outline. */
  alternativesNote: string;

  // Toolbar
  /** Name of the toolbar. */
  toolbar: string;
  /** Label and placeholder of the search field. */
  searchTopics: string;
  /** Name of the list of matches. */
  matchingTopics: string;
  /** The search found nothing. */
  noMatches: string;
  /** Which match is active: "2 of 7". */
  matchPosition(position: number, count: number, format: LabelFormat): string;
  /** Why a topic matched other than by its title, e.g. "tag: jwt". */
  matchReason(field: 'tag' | 'resource', text: string): string;
  /** Under a list cut short. */
  moreMatches(count: number, format: LabelFormat): string;
  /** The progress bar's value as a screen reader reads it. */
  progressValue(done: number, total: number, format: LabelFormat): string;
  /** Progress lives in memory only (storage refused). */
  progressUnsaved: string;
  /** Opens the reset question. */
  resetProgress: string;
  /** Name of the reset question. */
  confirmReset: string;
  /** The reset question. */
  resetQuestion: string;
  /** Goes ahead with the reset. */
  reset: string;
  /** Backs out of a question. */
  cancel: string;
  /** Saves progress as a file. */
  exportProgress: string;
  /** The export failed, with the browser's reason. */
  exportFailed(reason: string): string;
  /** Opens the file picker. */
  importProgress: string;
  /** Name of the hidden file field. */
  importFile: string;
  /** Name of the import question. */
  confirmImport: string;
  /** The import question, with how many topics would change. */
  importQuestion(changes: number, format: LabelFormat): string;
  /** Goes ahead with the import. */
  replace: string;
  /** An import done; `ignored` entries had an unknown state. */
  imported(count: number, ignored: number, format: LabelFormat): string;
  /** The file held no progress. */
  importedNothing(fileName: string, ignored: number, format: LabelFormat): string;
  /** The file held the progress the reader has. */
  importedSame(fileName: string): string;
  /** The file could not be used, and why (a sentence of {@link RoadmapLabels.progressFileProblem}). */
  importFailed(fileName: string, reason: string): string;
  /** Why a file is not a progress file. */
  progressFileProblem(problem: ProgressFileProblem): string;
  /** Copies a link to the reader's progress. */
  shareProgress: string;
  /** The link was copied, and what it shows. */
  linkCopied: string;
  /** The clipboard refused: copy the link below, and what it shows. */
  copyLink: string;
  /** Name of the field holding the link. */
  linkField: string;
  /** The outline toggle. */
  outline: string;
  /** After "3/12" on the compact toolbar's menu button. */
  menuButton: string;
  /** Name of the compact toolbar's menu. */
  menu: string;

  // The map
  /** Name of the map. */
  map(roadmapTitle: string): string;
  /** How to move through the map with keys; `canMark` when topics can be marked. */
  mapHelp(canMark: boolean): string;
  /** Name of the overview in the corner. */
  overview: string;
  /** Between two alternatives. */
  or: string;
  /** Hint after a one-finger drag on a cooperative map. */
  touchHint: string;
  /** Hint after a plain wheel on a cooperative map; `key` is Ctrl or ⌘. */
  wheelHint(key: string): string;
  /** Name of the zoom buttons' group. */
  mapControls: string;
  /** Zoom button. */
  zoomOut: string;
  /** Zoom button. */
  zoomIn: string;
  /** Fits the whole roadmap in view. */
  fit: string;
  /** The outline toggle under the map. */
  showOutline: string;
  /** A section, in the panel's marks and (lowercased) in its name on the map. */
  section: string;
  /** After a topic's level and state in its name: its prerequisites. */
  prerequisiteCount(count: number, format: LabelFormat): string;
  /** In a topic's name: how many subtopics it holds. */
  subtopicCount(count: number, format: LabelFormat): string;
  /** In a topic's name: one of the alternatives of a choice. */
  alternative: string;
  /** In a topic's name: the active search match. */
  activeMatch: string;
  /** In a topic's name: a search match. */
  match: string;
  /** Name of a topic's check. */
  markDone(title: string): string;
  /** Tooltip of an unmarked check. */
  markDoneHint: string;
  /** Tooltip of a marked check; `state` is a word of `states`. */
  clearHint(state: string): string;

  // Legend
  /** The legend's summary. */
  legend: string;
  /** The arrow between sections. */
  nextSection: string;
  /** The arrow of a prerequisite. */
  prerequisite: string;
  /** The box of an optional topic. */
  optionalTopic: string;
  /** Alternatives: the text around the "pick one" chip, which comes in as `chip`. */
  alternatives<T>(chip: T): (string | T)[];

  // Topic panel
  /** The sheet's way back, on narrow maps. */
  backToMap: string;
  /** The close button. */
  closePanel: string;
  /** Heading for an unknown id. */
  topicNotFound: string;
  /** Body for an unknown id. */
  noSuchTopic(id: string): string;
  /** Name of a section's marks. */
  aboutSection: string;
  /** Name of a topic's marks. */
  aboutTopic: string;
  /** Mark of a subtopic. */
  subtopic: string;
  /** Topics of a section in progress. */
  inProgressCount(count: number, format: LabelFormat): string;
  /** Mark of an alternative, with its choice's title. */
  alternativeIn(choice: string): string;
  /** Before a topic's containers. */
  partOf: string;
  /** After a section's title in lists of topics. */
  sectionMark: string;
  /** Name of the progress buttons. */
  yourProgress: string;
  /** The progress button for `skipped`. */
  skip: string;
  /** Heading of a section's topics. */
  topics: string;
  /** Heading of a topic's subtopics. */
  subtopics: string;
  /** Heading of the prerequisites. */
  prerequisites: string;
  /** Heading of what a topic unlocks. */
  unlocks: string;
  /** Heading of the resources. */
  resources: string;
  /** A resource's badge, by type. */
  resourceTypes: Readonly<Record<ResourceType, string>>;
  /** A group of resources' heading, by type. */
  resourceGroups: Readonly<Record<ResourceType, string>>;
  /** Resources of an unknown type. */
  otherResources: string;
  /** A resource that costs money. */
  paid: string;
  /** After a link that opens a new tab (read, not shown). */
  newTab: string;

  // Outline
  /** An outline topic's button. */
  showOnMap: string;
  /** Name of that button. */
  showOnMapName(title: string): string;
  /** Prerequisites in the outline, already joined. */
  requires(list: string): string;
  /** Name of a topic's resources in the outline. */
  resourcesFor(title: string): string;
  /** Mark of an alternative in the outline. */
  alternativeInOutline(choice: string): string;

  // Errors and the element
  /** Heading of the error box: how many problems. */
  problems(count: number, format: LabelFormat): string;
  /** Heading of an error box without problems, and of the element's. */
  notShown: string;
  /** The element while it loads its data. */
  loading: string;
  /** The element without data. */
  noData: string;
  /** The element's map stopped with an error (a bug), with its message. */
  crashed(message: string): string;
}

/** Why a file is not a progress file (see `parseProgressFile`). */
export type ProgressFileProblem =
  | { kind: 'not-text' | 'not-json' | 'not-object' | 'missing-fields' | 'not-progress' }
  | { kind: 'too-large'; megabytes: number }
  | { kind: 'version'; found: string; supported: number }
  | { kind: 'other-roadmap'; found: string; expected: string };

/** Labels to merge over the English defaults: any keys, and any words of the grouped ones. */
export type RoadmapLabelsInput = {
  [K in keyof RoadmapLabels]?: RoadmapLabels[K] extends Readonly<Record<string, string>> ? Partial<RoadmapLabels[K]> : RoadmapLabels[K];
};
