import { isAllowedUrl } from '../schema/isAllowedUrl.js';
import { viewRoutesAreSound } from '../schema/layoutProblems.js';
import type { BakedLayout, BakedView } from '../schema/layoutSchema.js';
import { DIRECTIONS, EDGE_KINDS, LAYOUT_VERSION, MAX_BOXES } from '../schema/layoutValues.js';
import { LIMITS } from '../schema/limits.js';
import type { Resource, Roadmap, Section, Topic } from '../schema/roadmapSchema.js';
import { ID_PATTERN, LEVELS, RESOURCE_TYPES } from '../schema/roadmapValues.js';

/** Returned by a reader below when zod must look at the value (and say what is wrong). */
const ASK_ZOD = Symbol('ask zod');
type Read<T> = T | typeof ASK_ZOD;
type Plain = Record<string, unknown>;

/** An object schema's members: in its order (a parsed object lists them so), and those it needs. */
export interface Members {
  keys: readonly string[];
  required: readonly string[];
}

// The members of the schemas in roadmapSchema.ts and layoutSchema.ts, written out so that this
// module loads no zod (the element's page script checks with it alone); the test holds them to
// the schemas' shapes.
/** @internal */
export const MEMBERS = {
  roadmap: { keys: ['$schema', 'id', 'title', 'description', 'sections', 'layout'], required: ['id', 'title', 'sections'] },
  section: { keys: ['id', 'title', 'description', 'topics', 'requires', 'choice'], required: ['id', 'title', 'topics'] },
  topic: { keys: ['id', 'title', 'description', 'level', 'optional', 'tags', 'requires', 'resources', 'choice', 'topics'], required: ['id', 'title'] },
  resource: { keys: ['title', 'url', 'type', 'free'], required: ['title', 'url', 'type'] },
  layout: { keys: ['version', 'hash', 'direction', 'views'], required: ['version', 'hash', 'direction', 'views'] },
  views: { keys: ['phone', 'column', 'wide'], required: [] },
  view: { keys: ['direction', 'width', 'height', 'boxes', 'edges'], required: ['direction', 'width', 'height', 'boxes', 'edges'] },
} as const satisfies Record<string, Members>;

const ROADMAP_MEMBERS = MEMBERS.roadmap;
const SECTION_MEMBERS = MEMBERS.section;
const TOPIC_MEMBERS = MEMBERS.topic;
const RESOURCE_MEMBERS = MEMBERS.resource;
const LAYOUT_MEMBERS = MEMBERS.layout;
const VIEWS_MEMBERS = MEMBERS.views;
const VIEW_MEMBERS = MEMBERS.view;

/**
 * The fast path of the shape check: the roadmap exactly as `roadmapSchema` parses it (the same
 * members in the same order, in new objects and arrays), when `data` is valid and already in
 * its parsed form: no member present but `undefined`, every trimmed string already trimmed,
 * plain objects, a current baked layout (or none). For anything else it returns `undefined`,
 * and zod checks the data and says what is wrong: the answer is never different, only sooner.
 *
 * Why: zod checks a value through generic code for every rule, cold on a page's first parse,
 * and a roadmap is thousands of small objects and its baked layout tens of thousands of numbers
 * (2,000 topics with a layout: about 200 ms in a new worker, most of the way to the first map).
 * Checked here with the schemas' members, limits and layout checks (schema/layoutProblems.ts),
 * without loading zod; test/readValidShape.test.ts holds it to zod on generated and broken
 * roadmaps.
 */
export function readValidShape(data: unknown): Roadmap | undefined {
  const roadmap = readRoadmap(data);
  return roadmap === ASK_ZOD ? undefined : roadmap;
}

type Readers = Record<string, (value: unknown) => unknown>;

function readRoadmap(value: unknown): Read<Roadmap> {
  const input = plain(value, ROADMAP_MEMBERS);
  // zod's `.min(1)`: a roadmap needs a section.
  if (input === undefined || (Array.isArray(input.sections) && input.sections.length === 0)) return ASK_ZOD;
  return build<Roadmap>(input, ROADMAP_MEMBERS, ROADMAP);
}

function readSection(value: unknown): Read<Section> {
  const input = plain(value, SECTION_MEMBERS);
  return input === undefined ? ASK_ZOD : build<Section>(input, SECTION_MEMBERS, SECTION);
}

function readTopic(value: unknown): Read<Topic> {
  const input = plain(value, TOPIC_MEMBERS);
  return input === undefined ? ASK_ZOD : build<Topic>(input, TOPIC_MEMBERS, TOPIC);
}

function readResource(value: unknown): Read<Resource> {
  const input = plain(value, RESOURCE_MEMBERS);
  return input === undefined ? ASK_ZOD : build<Resource>(input, RESOURCE_MEMBERS, RESOURCE);
}

/** A current baked layout; an older one (version 1) is left to zod, which accepts it as it is. */
function readLayout(value: unknown): Read<BakedLayout> {
  const input = plain(value, LAYOUT_MEMBERS);
  if (input === undefined || input.version !== LAYOUT_VERSION) return ASK_ZOD;
  return build<BakedLayout>(input, LAYOUT_MEMBERS, LAYOUT);
}

function readViews(value: unknown): Read<BakedLayout['views']> {
  const input = plain(value, VIEWS_MEMBERS);
  // zod's refinement: at least one width class.
  if (input === undefined || Object.keys(input).length === 0) return ASK_ZOD;
  return build<BakedLayout['views']>(input, VIEWS_MEMBERS, VIEWS);
}

function readView(value: unknown): Read<BakedView> {
  const input = plain(value, VIEW_MEMBERS);
  if (input === undefined) return ASK_ZOD;
  const view = build<BakedView>(input, VIEW_MEMBERS, VIEW);
  return view !== ASK_ZOD && viewRoutesAreSound(view) ? view : ASK_ZOD;
}

function readBox(value: unknown): Read<BakedView['boxes'][number]> {
  if (!Array.isArray(value) || value.length !== 4) return ASK_ZOD;
  const [x, y, width, height] = value as unknown[];
  return isCoordinate(x) && isCoordinate(y) && isSize(width) && isSize(height) ? [x, y, width, height] : ASK_ZOD;
}

function readEdge(value: unknown): Read<BakedView['edges'][number]> {
  if (!Array.isArray(value) || value.length !== 4) return ASK_ZOD;
  const [source, target, kind, route] = value as unknown[];
  if (!isIndex(source) || !isIndex(target) || !EDGE_KINDS.includes(kind as never)) return ASK_ZOD;
  const points = list(route, 2 * LIMITS.maxRoutePoints, (n) => (isCoordinate(n) ? n : ASK_ZOD));
  if (points === ASK_ZOD || points.length < 4) return ASK_ZOD;
  return [source, target, kind as BakedView['edges'][number][2], points];
}

// The values of the schemas' members, read as zod would accept them.

const id = (v: unknown): Read<string> => (typeof v === 'string' && v.length <= LIMITS.maxIdLength && ID_PATTERN.test(v) ? v : ASK_ZOD);
const title = (v: unknown): Read<string> => (typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.maxTitleLength && trimmed(v) ? v : ASK_ZOD);
const description = (v: unknown): Read<string> => (typeof v === 'string' && v.length <= LIMITS.maxDescriptionLength ? v : ASK_ZOD);
const boolean = (v: unknown): Read<boolean> => (typeof v === 'boolean' ? v : ASK_ZOD);
const requires = (v: unknown): Read<string[]> => list(v, LIMITS.maxListLength, (entry) => (typeof entry === 'string' ? entry : ASK_ZOD));
const topics = (v: unknown): Read<Topic[]> => list(v, Infinity, readTopic);
const direction = (v: unknown): Read<unknown> => (DIRECTIONS.includes(v as never) ? v : ASK_ZOD);
const size = (v: unknown): Read<number> => (isSize(v) ? v : ASK_ZOD);

const ROADMAP: Readers = {
  $schema: (v) => (typeof v === 'string' ? v : ASK_ZOD),
  id,
  title,
  description,
  sections: (v) => list(v, Infinity, readSection),
  layout: readLayout,
};
const SECTION: Readers = { id, title, description, topics, requires, choice: boolean };
const TOPIC: Readers = {
  id,
  title,
  description,
  level: (v) => (LEVELS.includes(v as never) ? v : ASK_ZOD),
  optional: boolean,
  tags: (v) => list(v, LIMITS.maxListLength, (tag) => (typeof tag === 'string' && tag.length >= 1 && tag.length <= LIMITS.maxIdLength && trimmed(tag) ? tag : ASK_ZOD)),
  requires,
  resources: (v) => list(v, LIMITS.maxListLength, readResource),
  choice: boolean,
  topics,
};
const RESOURCE: Readers = {
  title,
  url: (v) => (typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.maxUrlLength && trimmed(v) && isAllowedUrl(v) ? v : ASK_ZOD),
  type: (v) => (RESOURCE_TYPES.includes(v as never) ? v : ASK_ZOD),
  free: boolean,
};
const LAYOUT: Readers = { version: () => LAYOUT_VERSION, hash: (v) => (typeof v === 'string' ? v : ASK_ZOD), direction, views: readViews };
const VIEWS: Readers = Object.fromEntries(VIEWS_MEMBERS.keys.map((name) => [name, readView]));
const VIEW: Readers = {
  direction,
  width: size,
  height: size,
  boxes: (v) => list(v, MAX_BOXES, readBox),
  edges: (v) => list(v, LIMITS.maxLayoutEdges, readEdge),
};

/** The layout schema's coordinate: a number from 0 to maxLayoutExtent (never NaN or infinite). */
function isCoordinate(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= LIMITS.maxLayoutExtent;
}

/** The layout schema's size: more than 0, at most maxLayoutExtent. */
function isSize(v: unknown): v is number {
  return typeof v === 'number' && v > 0 && v <= LIMITS.maxLayoutExtent;
}

/** A box index: a non-negative safe integer. */
function isIndex(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** Whether zod's `trim()` would leave the string as it is. */
function trimmed(text: string): boolean {
  return text.trim() === text;
}

/**
 * `value` when it is a plain object (its prototype Object.prototype or null) whose every own
 * member is one of `keys` and not `undefined`; zod parses anything else.
 */
function plain(value: unknown, { keys }: Members): Plain | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  for (const key of Object.keys(value)) {
    if (!keys.includes(key) || (value as Plain)[key] === undefined) return undefined;
  }
  return value as Plain;
}

/** A new object with the members of `input`, in the schema's order, each read by its reader; all required ones there. */
function build<T>(input: Plain, { keys, required }: Members, readers: Readers): Read<T> {
  const output: Plain = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) {
      if (required.includes(key)) return ASK_ZOD;
      continue;
    }
    const read = readers[key]!(value);
    if (read === ASK_ZOD) return ASK_ZOD;
    output[key] = read;
  }
  return output as T;
}

/** A new array of the entries of `value` read by `read`, when it is an array of at most `max` of them (holes included). */
function list<T>(value: unknown, max: number, read: (entry: unknown) => Read<T>): Read<T[]> {
  if (!Array.isArray(value) || value.length > max) return ASK_ZOD;
  const output: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) {
    const entry = read(value[i]);
    if (entry === ASK_ZOD) return ASK_ZOD;
    output[i] = entry;
  }
  return output;
}
