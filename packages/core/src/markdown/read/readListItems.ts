import type { List } from 'mdast';
import { LIMITS } from '../../schema/limits.js';
import { appendDescription } from './appendDescription.js';
import { createTopic } from './createTopic.js';
import { describeNode } from './describeNode.js';
import type { DraftTopic } from './draftTypes.js';
import { linkToResource } from './linkToResource.js';
import { paragraphDescription } from './paragraphDescription.js';
import type { ReadContext } from './readContext.js';
import type { InlineLink } from './readInline.js';
import { readTitleLine } from './readTitleLine.js';

/** Where list items go: a section's topic list, or a topic that takes subtopics and resources. */
export interface ItemParent {
  topics: DraftTopic[];
  /** The topic itself, `undefined` for a section (which has no resources). */
  topic: DraftTopic | undefined;
  /** Draft path of the parent, for errors: `sections[2]` or `sections[2].topics[0]`. */
  path: string;
}

/**
 * Reads a list's items as topics of `parent` at nesting `depth` (1 for a section's own topics):
 * each item's first line is the title, its other paragraphs the description, its nested lists
 * the subtopics, and a nested item that is only links gives resources. Recursion stops at
 * {@link LIMITS.maxTopicDepth} with an error, so nesting cannot run away.
 */
export function readListItems(list: List, parent: ItemParent, depth: number, ctx: ReadContext): void {
  for (const item of list.children) {
    const line = item.position?.start.line ?? 0;
    const [first, ...rest] = item.children;
    if (!first) {
      ctx.warn(line, 'empty list item ignored');
      continue;
    }
    if (first.type !== 'paragraph') {
      ctx.warn(line, `list item ignored: it starts with a ${describeNode(first)} instead of a title`);
      continue;
    }
    const path = `${parent.path}.topics[${parent.topics.length}]`;
    const titleLine = readTitleLine(first, ctx, path);
    if (titleLine.linkOnly) {
      readResourceItem(parent, titleLine.links, line, ctx);
      if (titleLine.attributes) ctx.warn(line, 'attribute block on a list item of links ignored');
      if (titleLine.restStart !== undefined || rest.length) ctx.warn(line, 'text under a list item of links ignored');
      continue;
    }
    if (!titleLine.title) {
      ctx.warn(line, 'list item without title text ignored');
      continue;
    }
    if (depth > LIMITS.maxTopicDepth) {
      ctx.errors.push({
        path,
        message: `"${titleLine.title}" is nested ${depth} levels deep; topics may nest at most ${LIMITS.maxTopicDepth} levels below a section (limit maxTopicDepth) (line ${line})`,
      });
      continue;
    }
    if (ctx.topicCount >= LIMITS.maxTopics) {
      // Report once: counting one past the limit marks the error as given.
      if (ctx.topicCount === LIMITS.maxTopics) {
        ctx.errors.push({ path, message: `more than ${LIMITS.maxTopics} topics (limit maxTopics) (line ${line})` });
        ctx.topicCount++;
      }
      return;
    }
    const topic = createTopic(titleLine, line, ctx);
    parent.topics.push(topic);
    if (titleLine.restStart !== undefined) appendDescription(topic, paragraphDescription(first, ctx, titleLine.restStart));
    for (const child of rest) {
      if (child.type === 'paragraph') appendDescription(topic, paragraphDescription(child, ctx));
      else if (child.type === 'list') readListItems(child, { topics: (topic.topics ??= []), topic, path }, depth + 1, ctx);
      else ctx.warn(child.position?.start.line ?? line, `${describeNode(child)} ignored: a list item holds only text and nested lists`);
    }
    if (topic.topics?.length === 0) delete topic.topics;
  }
}

function readResourceItem(parent: ItemParent, links: InlineLink[], line: number, ctx: ReadContext): void {
  if (!parent.topic) {
    ctx.warn(line, 'list item of only links ignored: it needs a topic above it (a parent item or a ### group) to be its resources');
    return;
  }
  (parent.topic.resources ??= []).push(...links.map((link) => linkToResource(link, ctx)));
}
