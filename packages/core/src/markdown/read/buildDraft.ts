import type { Heading, List, Paragraph, Root } from 'mdast';
import { LIMITS } from '../../schema/limits.js';
import { mentionsOr } from '../mentionsOr.js';
import { appendDescription } from './appendDescription.js';
import { applyAttributes } from './applyAttributes.js';
import { createTopic } from './createTopic.js';
import { describeNode } from './describeNode.js';
import type { DraftRoadmap, DraftSection, DraftTopic } from './draftTypes.js';
import { ignoreParagraph } from './ignoreParagraph.js';
import { paragraphDescription } from './paragraphDescription.js';
import type { ReadContext } from './readContext.js';
import { readListItems } from './readListItems.js';
import { readTitleLine, type TitleLine } from './readTitleLine.js';

interface SectionInfo {
  section: DraftSection;
  path: string;
  /** `###` groups directly in the section, and list items directly in it: for choice inference. */
  groups: number;
  directTopics: number;
}

interface Group {
  topic: DraftTopic & { topics: DraftTopic[] };
  /** Heading depth: 3 for `###`. */
  depth: number;
  path: string;
}

interface WalkState {
  ctx: ReadContext;
  roadmap: DraftRoadmap;
  sections: SectionInfo[];
  current: SectionInfo | undefined;
  /** Open group headings, outermost first. */
  groups: Group[];
  groupTopics: DraftTopic[];
  /** Inside a "Table of Contents" section, which is skipped whole. */
  skipping: boolean;
  /** Where the next paragraph goes: the description of the heading just read, if any. */
  describing: { description?: string } | undefined;
}

/**
 * Walks the top level of an outline and builds the draft roadmap: the `#` title, `##` sections
 * (a "Table of Contents" one skipped), `###` and deeper group topics, lists of topics, and
 * paragraphs as descriptions. Whatever has no place is reported as a warning with its line.
 * Ids are left empty here; {@link assignIds} fills them in.
 */
export function buildDraft(root: Root, ctx: ReadContext): DraftRoadmap {
  const state: WalkState = {
    ctx,
    roadmap: { id: '', sections: [] },
    sections: [],
    current: undefined,
    groups: [],
    groupTopics: [],
    skipping: false,
    describing: undefined,
  };
  ctx.lines.set(state.roadmap, 1);
  const titleIndex = root.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  if (titleIndex < 0) ctx.warn(1, 'no "# Title" heading: the roadmap has no title');
  root.children.forEach((node, index) => {
    const line = node.position?.start.line ?? 0;
    if (index < titleIndex) {
      if (node.type !== 'definition') ctx.warn(line, `${describeNode(node)} ignored: it comes before the "#" title`);
    } else if (node.type === 'heading') {
      if (node.depth === 1 && index !== titleIndex) {
        ctx.warn(line, 'second "#" heading ignored: only the first one is the roadmap title');
        state.describing = undefined;
      } else if (node.depth === 1) readTitle(state, node);
      else if (node.depth === 2) readSection(state, node);
      else readGroup(state, node);
    } else if (node.type === 'list') readList(state, node);
    else if (node.type === 'paragraph') readParagraph(state, node);
    else if (node.type !== 'definition' && !state.skipping) ctx.warn(line, `${describeNode(node)} ignored: an outline has no place for it`);
  });
  for (const topic of state.groupTopics) if (topic.topics?.length === 0) delete topic.topics;
  state.sections.forEach(inferChoice);
  return state.roadmap;
}

function readTitle(state: WalkState, heading: Heading): void {
  const { ctx, roadmap } = state;
  const line = heading.position?.start.line ?? 0;
  const titleLine = readTitleLine(heading, ctx, '');
  roadmap.title = titleLine.title;
  roadmap.id = titleLine.attributes?.id ?? '';
  applyAttributes(roadmap, titleLine.attributes, 'roadmap', line, ctx);
  if (titleLine.links.length) ctx.warn(line, 'links in the title ignored: only topics have resources');
  state.describing = roadmap;
}

function readSection(state: WalkState, heading: Heading): void {
  const { ctx, roadmap } = state;
  const line = heading.position?.start.line ?? 0;
  const titleLine = readTitleLine(heading, ctx, `sections[${roadmap.sections.length}]`);
  state.groups = [];
  state.skipping = !titleLine.attributes && titleLine.title.toLowerCase() === 'table of contents';
  if (state.skipping) {
    state.current = state.describing = undefined;
    return;
  }
  const section: DraftSection = { id: '', title: titleLine.title, topics: [] };
  applyAttributes(section, titleLine.attributes, 'section', line, ctx);
  if (titleLine.links.length) ctx.warn(line, 'links in a section heading ignored: only topics have resources');
  ctx.lines.set(section, line);
  ctx.pendingIds.push({ node: section, title: titleLine.title, explicit: titleLine.attributes?.id, fallback: 'section' });
  state.current = { section, path: `sections[${roadmap.sections.length}]`, groups: 0, directTopics: 0 };
  roadmap.sections.push(section);
  state.sections.push(state.current);
  state.describing = section;
}

/** A `###` (or deeper) heading: a topic whose subtopics are the list items below it. */
function readGroup(state: WalkState, heading: Heading): void {
  const { ctx, current, groups } = state;
  if (state.skipping) return;
  const line = heading.position?.start.line ?? 0;
  if (!current) {
    ctx.warn(line, `${describeNode(heading)} ignored: it comes before any "##" section`);
    return;
  }
  while (groups.length && groups.at(-1)!.depth >= heading.depth) groups.pop();
  const outer = groups.at(-1);
  if (heading.depth > (outer?.depth ?? 2) + 1) ctx.warn(line, `${describeNode(heading)} skips a level; read as a group inside the one above`);
  const siblings = outer?.topic.topics ?? current.section.topics;
  const path = `${outer?.path ?? current.path}.topics[${siblings.length}]`;
  const titleLine: TitleLine = readTitleLine(heading, ctx, path);
  if (groups.length + 1 > LIMITS.maxTopicDepth) {
    const message = `group "${titleLine.title}" is nested deeper than ${LIMITS.maxTopicDepth} levels (limit maxTopicDepth) (line ${line})`;
    ctx.errors.push({ path, message });
    state.describing = undefined;
    return;
  }
  const topic = Object.assign(createTopic(titleLine, line, ctx), { topics: [] as DraftTopic[] });
  siblings.push(topic);
  state.groupTopics.push(topic);
  if (!outer) current.groups++;
  groups.push({ topic, depth: heading.depth, path });
  state.describing = topic;
}

function readList(state: WalkState, list: List): void {
  const { ctx, current } = state;
  state.describing = undefined;
  if (state.skipping) return;
  if (!current) {
    ctx.warn(list.position?.start.line ?? 0, 'list ignored: it comes before any "##" section');
    return;
  }
  const group = state.groups.at(-1);
  const before = current.section.topics.length;
  const parent = group
    ? { topics: group.topic.topics, topic: group.topic, path: group.path }
    : { topics: current.section.topics, topic: undefined, path: current.path };
  readListItems(list, parent, state.groups.length + 1, ctx);
  current.directTopics += current.section.topics.length - before;
}

function readParagraph(state: WalkState, paragraph: Paragraph): void {
  if (state.skipping) return;
  if (state.describing) appendDescription(state.describing, paragraphDescription(paragraph, state.ctx));
  else ignoreParagraph(paragraph, state.ctx);
}

// "Learn Flask or Django" made of `###` groups only: the groups are alternatives.
function inferChoice({ section, groups, directTopics }: SectionInfo): void {
  if (section.choice !== undefined || groups < 2 || directTopics > 0) return;
  if (mentionsOr(section.title)) section.choice = true;
}
