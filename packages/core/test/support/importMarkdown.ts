import { expect } from 'vitest';
import { fromMarkdown } from '../../src/markdown/read/fromMarkdown.js';
import type { MarkdownImport } from '../../src/markdown/read/types.js';
import { toMarkdown } from '../../src/markdown/write/toMarkdown.js';
import type { Roadmap, Topic } from '../../src/schema/roadmapSchema.js';

/** Imports an outline that must import: a failed import throws with its errors. */
export function imported(text: string): Extract<MarkdownImport, { ok: true }> {
  const result = fromMarkdown(text);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

/**
 * Imports when a test first reads the result, so that a failing import fails that test with
 * its message instead of breaking the whole file at collection time.
 */
export function lazyImport(text: string): { roadmap: Roadmap; warnings: MarkdownImport['warnings'] } {
  let result: ReturnType<typeof imported> | undefined;
  const get = () => (result ??= imported(text));
  return {
    get roadmap() {
      return get().roadmap;
    },
    get warnings() {
      return get().warnings;
    },
  };
}

/** Every topic of a roadmap, subtopics included, in document order. */
export function allTopics(roadmap: Roadmap): Topic[] {
  const out: Topic[] = [];
  const visit = (topics: Topic[]): void => {
    for (const t of topics) {
      out.push(t);
      visit(t.topics ?? []);
    }
  };
  roadmap.sections.forEach((s) => visit(s.topics));
  return out;
}

/** Writes a roadmap with toMarkdown and imports it again, which must give no warning. */
export function roundTrip(roadmap: Roadmap): Roadmap {
  const markdown = toMarkdown(roadmap);
  const result = fromMarkdown(markdown);
  if (!result.ok) throw new Error(`re-import failed: ${JSON.stringify(result.errors)}\n${markdown}`);
  expect(result.warnings).toEqual([]);
  return result.roadmap;
}
