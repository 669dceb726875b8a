import type { Roadmap, Section, Topic } from '../../schema/roadmapSchema.js';
import { mentionsOr } from '../mentionsOr.js';
import { descriptionLines } from './descriptionLines.js';
import { formatResource } from './formatResource.js';
import { formatTitleLine } from './formatTitleLine.js';

/**
 * Writes a roadmap as a Markdown outline that {@link fromMarkdown} reads back to the same
 * roadmap (its `layout` and `$schema` aside): attribute blocks only where the outline cannot
 * say it in prose, resources as `[@type@Title](url)` items, descriptions as paragraphs. A
 * section whose topics all have subtopics is written with `###` group headings, like the
 * "Flask or Django" section of a hand-written outline.
 *
 * Round trips hold for descriptions written as plain paragraphs (images included) and for
 * titles without runs of spaces (the importer collapses them, as Markdown does); control
 * characters and other whitespace in titles go out as character references and come back. A
 * description with lines Markdown would read as structure comes back showing the same text
 * and markup, with a backslash where a paragraph's first line needed one.
 *
 * @example
 * await writeFile('roadmap.md', toMarkdown(roadmap));
 */
export function toMarkdown(roadmap: Roadmap): string {
  const lines = [`# ${formatTitleLine(roadmap.title, roadmap.id, 'roadmap')}`];
  if (roadmap.description) lines.push('', ...descriptionLines(roadmap.description, 0));
  for (const section of roadmap.sections) writeSection(lines, section);
  return `${lines.join('\n')}\n`;
}

function writeSection(lines: string[], section: Section): void {
  const inferred = mentionsOr(section.title) && section.topics.length >= 2;
  // A choice written as groups needs no attribute when the importer infers it; a section that is
  // not a choice must avoid the shape that would be inferred as one.
  const groups = section.topics.length > 0 && section.topics.every((t) => t.topics?.length) && (section.choice !== undefined || !inferred);
  const choice = groups && inferred && section.choice === true ? undefined : section.choice;
  const isContents = section.title.trim().toLowerCase() === 'table of contents';
  lines.push('', `## ${formatTitleLine(section.title, section.id, 'section', { requires: section.requires, choice }, isContents)}`);
  if (section.description) lines.push('', ...descriptionLines(section.description, 0));
  if (groups) {
    for (const topic of section.topics) writeGroup(lines, topic);
    return;
  }
  const spacious = section.topics.some((t) => t.description);
  lines.push('');
  section.topics.forEach((topic, i) => {
    if (spacious && i > 0) lines.push('');
    writeItem(lines, topic, 0);
  });
}

function writeGroup(lines: string[], topic: Topic): void {
  lines.push('', `### ${topicTitleLine(topic)}`);
  if (topic.description) lines.push('', ...descriptionLines(topic.description, 0));
  lines.push('');
  writeChildren(lines, topic, 0);
}

function writeItem(lines: string[], topic: Topic, indent: number): void {
  lines.push(`${' '.repeat(indent)}- ${topicTitleLine(topic)}`);
  const inner = indent + 2;
  if (topic.description) {
    lines.push('', ...descriptionLines(topic.description, inner));
    if (topic.resources?.length || topic.topics?.length) lines.push('');
  }
  writeChildren(lines, topic, inner);
}

function writeChildren(lines: string[], topic: Topic, indent: number): void {
  for (const resource of topic.resources ?? []) lines.push(`${' '.repeat(indent)}- ${formatResource(resource)}`);
  for (const sub of topic.topics ?? []) writeItem(lines, sub, indent);
}

function topicTitleLine(topic: Topic): string {
  const { level, optional, tags, requires, choice } = topic;
  return formatTitleLine(topic.title, topic.id, 'topic', { level, optional, choice, requires, tags });
}
