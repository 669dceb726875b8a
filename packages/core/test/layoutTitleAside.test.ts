import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/buildGraph.js';
import { createElkEngine } from '../src/layout/elkNodeEngine.js';
import { estimateTextWidth } from '../src/layout/estimateTextWidth.js';
import { layoutRoadmap } from '../src/layout/layoutRoadmap.js';
import { LAYOUT_DEFAULTS } from '../src/layout/resolveLayoutStyle.js';
import type { Roadmap } from '../src/schema/roadmapSchema.js';

// A section with two small topics under a longer title: renderers put a progress count (and,
// for a choice, a "pick one" mark) beside the title, so the box must leave room for them.
const roadmap: Roadmap = {
  id: 'narrow',
  title: 'Narrow',
  sections: [
    { id: 'team', title: 'Working together', topics: [{ id: 'git', title: 'Git' }, { id: 'prs', title: 'PRs' }] },
    { id: 'hosting', title: 'Hosting: GitHub or GitLab', choice: true, topics: [{ id: 'gh', title: 'GitHub' }, { id: 'gl', title: 'GitLab' }] },
  ],
};

describe('section title room', () => {
  it('keeps the title on one line beside the count, and beside "pick one" for a choice', async () => {
    const layout = await layoutRoadmap(buildGraph(roadmap), { engine: createElkEngine() });
    const box = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const need = (title: string, aside: number) =>
      estimateTextWidth(title, LAYOUT_DEFAULTS.sectionFont) + 2 * LAYOUT_DEFAULTS.sectionPadding + aside;
    expect(box('team').width).toBeGreaterThanOrEqual(need('Working together', LAYOUT_DEFAULTS.sectionTitleAside));
    expect(box('hosting').width).toBeGreaterThanOrEqual(
      need('Hosting: GitHub or GitLab', LAYOUT_DEFAULTS.sectionTitleAside + LAYOUT_DEFAULTS.choiceTitleAside),
    );
  });
});
