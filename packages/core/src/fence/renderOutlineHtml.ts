import { LEVEL_WORDS } from '../layout/topicDetail.js';
import { descriptionText } from '../markdown/inline/inlineMarkdownText.js';
import { escapeXml } from '../render/escapeXml.js';
import { PICK_ONE } from '../render/renderContainer.js';
import { isAllowedUrl } from '../schema/isAllowedUrl.js';
import type { Resource, Roadmap, Section, Topic } from '../schema/roadmapSchema.js';

/**
 * A roadmap as plain HTML: its sections as a numbered list (the steps of the map), their topics
 * and subtopics as nested lists with level, optional and "pick one" marks, prerequisites by
 * title, descriptions as plain text, and resources as links. For readers without JavaScript and
 * for search engines. Every text is escaped; a resource links only to an allowed URL (see
 * `isAllowedUrl`, checked again here) and is plain text otherwise. No headings, so the outline
 * does not change the outline of the page it sits in. No class, id or style: the page's own
 * list styles apply.
 */
export function renderOutlineHtml(roadmap: Roadmap): string {
  const titles = new Map<string, string>();
  const collect = (items: readonly (Section | Topic)[]): void => {
    for (const item of items) {
      titles.set(item.id, item.title);
      if (item.topics) collect(item.topics);
    }
  };
  collect(roadmap.sections);
  const description = roadmap.description ? `<p>${escapeXml(descriptionText(roadmap.description))}</p>` : '';
  return `${description}<ol>${roadmap.sections.map((section) => `<li>${entry(section, titles, true)}</li>`).join('')}</ol>`;
}

function entry(item: Section | Topic, titles: ReadonlyMap<string, string>, section: boolean): string {
  const marks: string[] = [];
  const topic = section ? undefined : (item as Topic);
  if (topic?.level) marks.push(LEVEL_WORDS[topic.level]);
  if (topic?.optional) marks.push('optional');
  if (item.choice) marks.push(PICK_ONE);
  const requires = (item.requires ?? []).map((id) => titles.get(id)).filter((title) => title !== undefined);
  const parts = [
    section ? `<strong>${escapeXml(item.title)}</strong>` : escapeXml(item.title),
    marks.length ? ` (${escapeXml(marks.join(', '))})` : '',
    requires.length ? `. Requires: ${escapeXml(requires.join(', '))}` : '',
    item.description ? `. ${escapeXml(descriptionText(item.description))}` : '',
  ];
  const resources = topic?.resources?.length ? `<ul>${topic.resources.map((r) => `<li>${resource(r)}</li>`).join('')}</ul>` : '';
  const children = item.topics?.length ? `<ul>${item.topics.map((child) => `<li>${entry(child, titles, false)}</li>`).join('')}</ul>` : '';
  return parts.join('') + resources + children;
}

function resource(r: Resource): string {
  const label = escapeXml(r.title) + (r.free === false ? ' (paid)' : '');
  const url = typeof r.url === 'string' ? r.url.trim() : '';
  return isAllowedUrl(url) ? `<a href="${escapeXml(url)}">${label}</a>` : label;
}
