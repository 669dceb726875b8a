import { applyAttributes } from './applyAttributes.js';
import type { DraftTopic } from './draftTypes.js';
import { linkToResource } from './linkToResource.js';
import type { ReadContext } from './readContext.js';
import type { TitleLine } from './readTitleLine.js';

/**
 * Makes a draft topic from a title line: attributes applied, links as resources, its id queued
 * for assignment once every explicit id in the outline is known.
 */
export function createTopic(titleLine: TitleLine, line: number, ctx: ReadContext): DraftTopic {
  const topic: DraftTopic = { id: '', title: titleLine.title };
  applyAttributes(topic, titleLine.attributes, 'topic', line, ctx);
  if (titleLine.links.length) topic.resources = titleLine.links.map((link) => linkToResource(link, ctx));
  ctx.lines.set(topic, line);
  ctx.pendingIds.push({ node: topic, title: titleLine.title, explicit: titleLine.attributes?.id, fallback: 'topic' });
  ctx.topicCount++;
  return topic;
}
