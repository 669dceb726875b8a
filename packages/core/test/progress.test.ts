import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { nextTopics } from '../src/progress/nextTopics.js';
import { progressSummary } from '../src/progress/progressSummary.js';
import type { Progress } from '../src/progress/types.js';
import { smallRoadmap } from './support/smallRoadmap.js';

const graph = buildGraph(smallRoadmap());
const done = (...ids: string[]): Progress => Object.fromEntries(ids.map((id) => [id, 'done']));

describe('nextTopics', () => {
  it('starts with the topics that need nothing', () => {
    expect(nextTopics(graph, {})).toEqual(['syntax', 'trivia']);
  });

  it('opens a topic when its prerequisites are done, and the next section when the required topics are', () => {
    expect(nextTopics(graph, done('syntax'))).toEqual(['functions', 'trivia']);
    // trivia is optional: the HTTP section does not wait for it.
    expect(nextTopics(graph, done('syntax', 'functions'))).toEqual(['trivia', 'methods']);
  });

  it('lets one finished alternative satisfy its group, and drops the other', () => {
    const before = done('syntax', 'functions', 'methods', 'rest');
    expect(nextTopics(graph, before)).toEqual(expect.arrayContaining(['flask', 'flask-routing', 'django', 'django-orm']));
    const afterFlask = nextTopics(graph, { ...before, flask: 'done' });
    expect(afterFlask).toContain('docker');
    expect(afterFlask).not.toContain('django');
    expect(afterFlask).not.toContain('django-orm');
    const afterFlaskParts = nextTopics(graph, { ...before, 'flask-routing': 'done', 'flask-db': 'skipped' });
    expect(afterFlaskParts).toContain('docker');
  });

  it('does not count a skipped alternative as the pick', () => {
    const before = done('syntax', 'functions', 'methods', 'rest');
    const skippedDjango = nextTopics(graph, { ...before, django: 'skipped' });
    expect(skippedDjango).toContain('flask');
    expect(skippedDjango).not.toContain('docker');
    const summary = progressSummary(graph, { ...before, django: 'skipped', 'flask-routing': 'done' });
    expect(summary.sections[2]).toMatchObject({ done: 1, total: 2, complete: false });
  });

  it('ignores progress for unknown topics and junk states', () => {
    const junk = JSON.parse('{"gone":"done","syntax":"maybe","__proto__":"done","functions":42}');
    expect(nextTopics(graph, junk)).toEqual(['syntax', 'trivia']);
  });
});

describe('progressSummary', () => {
  it('counts required leaves per section and overall', () => {
    const summary = progressSummary(graph, { ...done('syntax', 'trivia'), methods: 'in-progress' });
    expect(summary.sections.map((s) => [s.id, s.done, s.total])).toEqual([
      ['basics', 1, 2],
      ['http', 0, 2],
      ['framework', 0, 2],
      ['deploy', 0, 2],
    ]);
    expect(summary.sections[1]!.inProgress).toBe(1);
    expect(summary.overall).toEqual({ done: 1, total: 8, percent: 13 });
  });

  it('counts the alternative the learner got furthest with, and a finished container finishes its leaves', () => {
    const partway = progressSummary(graph, done('django-orm'));
    expect(partway.sections[2]).toMatchObject({ done: 1, total: 2, complete: false });
    const finished = progressSummary(graph, done('flask'));
    expect(finished.sections[2]).toMatchObject({ done: 2, total: 2, complete: true });
  });
});
