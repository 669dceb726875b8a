import { buildGraph } from '@roadmap-graph/core';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { roadmap } from './mapFixture.js';

afterEach(cleanup);

const titles = [...buildGraph(roadmap).nodes.values()].map((node) => node.title);
const printCopy = (container: HTMLElement) => container.querySelector('.rg-print-outline .rg-outline');

// The map does not print (styles/print.css says why): its outline is kept beside it for paper.
describe('the outline kept for printing', () => {
  it('sits beside the map, outside the stage, with every title, and follows progress', async () => {
    const storage = memoryStorage();
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={storage} initialTopic="flask" />);
    await waitFor(() => expect(printCopy(container)).not.toBeNull());
    const copy = printCopy(container)!;
    expect(copy.closest('.rg-stage')).toBeNull();
    expect(copy.closest('.rg-body')).not.toBeNull();
    for (const title of titles) expect(copy.textContent, title).toContain(title);
    // No controls in it: paper cannot press them.
    expect(copy.querySelectorAll('button')).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Done/ }));
    await waitFor(() => expect(copy.querySelector('li[data-topic-id="flask"] .rg-outline__marks')?.textContent).toContain('done'));
  });

  it('is not kept while the outline itself is on screen (it prints as it is)', async () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} outline="open" storage={memoryStorage()} />);
    expect(container.querySelector('.rg-stage .rg-outline')).not.toBeNull();
    expect(printCopy(container)).toBeNull();
  });
});
