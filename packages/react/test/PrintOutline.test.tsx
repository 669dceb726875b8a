import { buildGraph } from '@roadmap-graph/core';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapGraph } from '../src/RoadmapGraph/index.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { roadmap } from './mapFixture.js';

afterEach(cleanup);

const titles = [...buildGraph(roadmap).nodes.values()].map((node) => node.title);
const printCopy = (container: HTMLElement) => container.querySelector('.rg-print-outline .rg-outline');

// The map does not print (styles/print.css says why): while the page is printed, its outline
// is put beside it for paper.
describe('the outline for printing', () => {
  it('is there from beforeprint, synchronously, to afterprint, and not before', async () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={memoryStorage()} />);
    await waitFor(() => expect(container.querySelector('.rg-stage')).not.toBeNull());
    expect(printCopy(container)).toBeNull();
    // The browser lays the page out for print as soon as the listeners return: no waiting here.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(printCopy(container)).not.toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(printCopy(container)).toBeNull();
  });

  it('sits beside the map, outside the stage, with every title, and follows progress', async () => {
    const storage = memoryStorage();
    const { container } = render(<RoadmapGraph roadmap={roadmap} storage={storage} initialTopic="flask" />);
    await screen.findByRole('region', { name: 'Flask' });
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const copy = printCopy(container)!;
    expect(copy).not.toBeNull();
    expect(copy.closest('.rg-stage')).toBeNull();
    expect(copy.closest('.rg-body')).not.toBeNull();
    for (const title of titles) expect(copy.textContent, title).toContain(title);
    // No controls in it: paper cannot press them.
    expect(copy.querySelectorAll('button')).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Done/ }));
    await waitFor(() => expect(copy.querySelector('li[data-topic-id="flask"] .rg-outline__marks')?.textContent).toContain('done'));
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('is not kept while the outline itself is on screen (it prints as it is)', async () => {
    const { container } = render(<RoadmapGraph roadmap={roadmap} outline="open" storage={memoryStorage()} />);
    expect(container.querySelector('.rg-stage .rg-outline')).not.toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(printCopy(container)).toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
