import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTopics, lazyImport } from './support/importMarkdown.js';

const seed = readFileSync(new URL('./fixtures/seed-outline.md', import.meta.url), 'utf8');

function bulletTitles(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/\.$/, ''));
}

describe('fromMarkdown on the seed outline', () => {
  const data = lazyImport(seed);

  it('reads the title, the intro paragraph and the nine sections, skipping the table of contents', () => {
    expect(data.roadmap.title).toBe('PyArch - Python Backend Development Roadmap');
    expect(data.roadmap.id).toBe('pyarch-python-backend-development-roadmap');
    expect(data.roadmap.description).toMatch(/^This roadmap provides a structured guide/);
    expect(data.roadmap.sections.map((s) => s.title)).toEqual([
      'Learn Python Fundamentals',
      'Understand HTTP and Web Basics',
      'Learn Flask or Django',
      'Database Management',
      'Authentication and Authorization',
      'RESTful API Development',
      'Testing',
      'Deployment and DevOps',
      'Advanced Topics',
    ]);
    expect(data.warnings).toEqual([]);
  });

  it('turns every one of the 49 bullets into a topic, titled without the trailing period', () => {
    const bullets = bulletTitles(seed);
    expect(bullets).toHaveLength(49);
    const titles = allTopics(data.roadmap).map((t) => t.title);
    // The two ### groups are topics too.
    expect(titles).toHaveLength(51);
    expect(titles.filter((t) => t !== 'Flask' && t !== 'Django')).toEqual(bullets);
    expect(titles).toContain('HTTP methods (GET, POST, PUT, DELETE, etc.)');
  });

  it('makes Flask and Django two group topics of five subtopics, in a choice section', () => {
    const section = data.roadmap.sections[2]!;
    expect(section.choice).toBe(true);
    expect(section.topics.map((t) => [t.title, t.topics?.length])).toEqual([
      ['Flask', 5],
      ['Django', 5],
    ]);
    expect(section.topics[1]!.topics![4]!.title).toBe('Django REST Framework for API development');
  });

  it('gives unique kebab-case ids, long titles cut at a word boundary', () => {
    const ids = [...data.roadmap.sections.map((s) => s.id), ...allTopics(data.roadmap).map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(48);
    }
    expect(data.roadmap.sections[0]!.topics[0]!.id).toBe('basics-of-python-syntax-data-types-variables-and');
    expect(data.roadmap.sections[2]!.topics.map((t) => t.id)).toEqual(['flask', 'django']);
  });
});
