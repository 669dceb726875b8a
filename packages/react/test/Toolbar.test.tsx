import { buildGraph, parseRoadmap, progressSummary, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useProgress } from '../src/hooks/useProgress.js';
import { useSearch } from '../src/hooks/useSearch.js';
import { exportProgress } from '../src/progressFile/exportProgress.js';
import { memoryStorage } from '../src/storage/memoryStorage.js';
import { Toolbar } from '../src/Toolbar/index.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function cookingGraph(): RoadmapGraph {
  const parsed = parseRoadmap({
    id: 'cooking',
    title: 'Cooking',
    sections: [
      {
        id: 'basics',
        title: 'Basics',
        topics: [
          { id: 'knives', title: 'Knife skills' },
          { id: 'sauces', title: 'Sauces', resources: [{ title: 'Béchamel', url: 'https://example.com/b', type: 'video' }] },
          { id: 'roux', title: 'Roux' },
        ],
      },
      {
        id: 'pastry',
        title: 'Pastry',
        topics: [
          { id: 'creme-brulee', title: 'Crème brûlée', tags: ['dessert'] },
          { id: 'choux', title: 'Choux pastry', tags: ['dessert'] },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error('fixture is invalid');
  return buildGraph(parsed.roadmap);
}

const graph = cookingGraph();

/** The toolbar wired to the real hooks, as the map wires it. */
function Harness(props: { initial?: Progress; onOpenMatch?: (id: string) => void; onToggleOutline?: () => void }) {
  const [storage] = useState(() => {
    const memory = memoryStorage();
    if (props.initial) memory.save('roadmap-graph:progress:cooking', props.initial);
    return memory;
  });
  const [query, setQuery] = useState('');
  const [outlineOpen, setOutlineOpen] = useState(false);
  const search = useSearch(graph, query);
  const { progress, reset, replace } = useProgress({ roadmapId: 'cooking', storage });
  return (
    <div onKeyDown={(event) => event.key === 'Escape' && escapes()}>
      <Toolbar
        roadmapId="cooking"
        query={query}
        onQueryChange={setQuery}
        search={search}
        onOpenMatch={props.onOpenMatch}
        describeTopic={(id) => ({ title: graph.nodes.get(id)!.title, section: graph.nodes.get(graph.nodes.get(id)!.section)!.title })}
        summary={progressSummary(graph, progress).overall}
        progress={progress}
        onReset={reset}
        onImport={replace}
        outlineOpen={outlineOpen}
        outlineId="outline"
        onToggleOutline={() => {
          props.onToggleOutline?.();
          setOutlineOpen((open) => !open);
        }}
      />
      <p data-testid="stored">{JSON.stringify(progress)}</p>
    </div>
  );
}

// Escapes that reach the page (e.g. the panel's close handler).
const escapes = vi.fn();

function setup(props: Parameters<typeof Harness>[0] = {}) {
  escapes.mockClear();
  const user = userEvent.setup();
  render(<Harness {...props} />);
  return { user, input: within(screen.getByRole('search')).getByRole('combobox', { name: 'Search topics' }) };
}

describe('search', () => {
  const count = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent;
  const options = () => screen.queryAllByRole('option').map((option) => option.textContent);
  const active = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent;

  test('as the reader types, a list of matches opens with each section and why it matched', async () => {
    const { user, input } = setup();
    await user.type(input, 'dessert');
    expect(count(input)).toBe('1 of 2');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listbox', { name: 'Matching topics' }).id).toBe(input.getAttribute('aria-controls'));
    expect(options()).toEqual(['Crème brûléePastry · tag: dessert', 'Choux pastryPastry · tag: dessert']);
    expect(active(input)).toBe('Crème brûléePastry · tag: dessert');
    await user.clear(input);
    await user.type(input, 'bechamel');
    expect(options()).toEqual(['SaucesBasics · resource: Béchamel']);
    await user.clear(input);
    // Matched by its title: no reason to give.
    await user.type(input, 'CREME');
    expect(options()).toEqual(['Crème brûléePastry']);
  });

  test('arrows move through the matches (cycling), Enter opens the active one and closes the list', async () => {
    const onOpenMatch = vi.fn();
    const { user, input } = setup({ onOpenMatch });
    await user.type(input, 'dessert');
    await user.keyboard('{ArrowDown}');
    expect(active(input)).toMatch(/^Choux pastry/);
    expect(count(input)).toBe('2 of 2');
    await user.keyboard('{ArrowDown}');
    expect(active(input)).toMatch(/^Crème brûlée/);
    await user.keyboard('{ArrowUp}');
    expect(active(input)).toMatch(/^Choux pastry/);
    await user.keyboard('{Enter}');
    expect(onOpenMatch).toHaveBeenCalledExactlyOnceWith('choux');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(input);
  });

  test('a click on a match opens it', async () => {
    const onOpenMatch = vi.fn();
    const { user, input } = setup({ onOpenMatch });
    await user.type(input, 'dessert');
    await user.click(screen.getByRole('option', { name: /^Choux pastry/ }));
    expect(onOpenMatch).toHaveBeenCalledExactlyOnceWith('choux');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  test('says when nothing matches, and Enter then does nothing', async () => {
    const onOpenMatch = vi.fn();
    const { user, input } = setup({ onOpenMatch });
    await user.type(input, 'sushi{Enter}');
    expect(count(input)).toBe('No matches');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onOpenMatch).not.toHaveBeenCalled();
    await user.clear(input);
    expect(count(input)).toBe('');
  });

  test('Esc closes the list, then clears the search, and stops there; with an empty search it reaches the page', async () => {
    const { user, input } = setup();
    await user.type(input, 'roux');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('roux');
    await user.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
    expect(escapes).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(escapes).toHaveBeenCalledTimes(1);
  });
});

describe('progress', () => {
  test('shows the overall count and a progressbar', () => {
    setup({ initial: { knives: 'done', sauces: 'skipped', roux: 'in-progress' } });
    expect(screen.getByText('2 of 5 done')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '2 of 5 done' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(bar.getAttribute('aria-valuetext')).toBe('2 of 5 topics done (40%)');
  });

  test('reset asks in place; Cancel keeps progress and returns focus', async () => {
    // happy-dom has no window.confirm; the toolbar must not need one.
    const confirm = vi.fn(() => true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
    const { user } = setup({ initial: { knives: 'done' } });
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    const group = screen.getByRole('group', { name: 'Confirm reset' });
    expect(within(group).getByText('Reset all progress?')).toBeTruthy();
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' }));
    await user.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('1 of 5 done')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset progress' }));
    expect(confirm).not.toHaveBeenCalled();
  });

  test('confirmed reset clears progress', async () => {
    const { user } = setup({ initial: { knives: 'done', choux: 'done' } });
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('0 of 5 done')).toBeTruthy();
    expect(screen.getByTestId('stored').textContent).toBe('{}');
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset progress' }));
  });

  test('Esc cancels the reset step without reaching the page', async () => {
    const { user } = setup({ initial: { knives: 'done' } });
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Confirm reset' })).toBeNull();
    expect(screen.getByText('1 of 5 done')).toBeTruthy();
    expect(escapes).not.toHaveBeenCalled();
  });
});

describe('export and import', () => {
  test('export downloads a JSON file of the progress through an object URL', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:progress';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = setup({ initial: { knives: 'done', 'gone-topic': 'skipped' } });
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('cooking-progress.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:progress');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ roadmap: 'cooking', version: 1, progress: { 'gone-topic': 'skipped', knives: 'done' } });
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:progress'));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('import asks before replacing progress, saying how many topics would change, then says what it did', async () => {
    const { user } = setup({ initial: { roux: 'done', knives: 'in-progress' } });
    const text = JSON.stringify({ roadmap: 'cooking', version: 1, progress: { knives: 'done', choux: 'done', sauces: 'mastered' } });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'mine.json', { type: 'application/json' }));
    // roux cleared, knives changed, choux added: three topics.
    const group = await screen.findByRole('group', { name: 'Confirm import' });
    expect(within(group).getByText("Replace your progress with the file's? 3 topics would change.")).toBeTruthy();
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' }));
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done', knives: 'in-progress' });
    await user.click(within(group).getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Imported progress for 2 topics. 1 entry with an unknown state was ignored.')).toBeTruthy();
    expect(screen.getByText('2 of 5 done')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ knives: 'done', choux: 'done' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import progress' }));
  });

  test('Cancel (or Esc) keeps progress as it was', async () => {
    const { user } = setup({ initial: { roux: 'done' } });
    const text = exportProgress('cooking', { knives: 'done' });
    for (const answer of ['cancel', 'escape'] as const) {
      await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'old.json', { type: 'application/json' }));
      const group = await screen.findByRole('group', { name: 'Confirm import' });
      expect(within(group).getByText("Replace your progress with the file's? 2 topics would change.")).toBeTruthy();
      if (answer === 'cancel') await user.click(within(group).getByRole('button', { name: 'Cancel' }));
      else await user.keyboard('{Escape}');
      expect(screen.queryByRole('group', { name: 'Confirm import' })).toBeNull();
      expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done' });
    }
    expect(escapes).not.toHaveBeenCalled();
  });

  test('an empty export, or one with the progress already there, changes nothing and says so', async () => {
    const { user } = setup({ initial: { roux: 'done', knives: 'done' } });
    const upload = (progress: Record<string, unknown>) =>
      user.upload(screen.getByLabelText('Progress file to import'), new File([JSON.stringify({ roadmap: 'cooking', version: 1, progress })], 'export.json', { type: 'application/json' }));
    await upload({});
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: export.json holds no progress. Your progress is unchanged.');
    await upload({ roux: 'mastered' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: export.json holds no progress (1 entry with an unknown state ignored). Your progress is unchanged.',
    );
    await upload({ knives: 'done', roux: 'done' });
    expect(await screen.findByText('export.json holds the progress you already have: nothing changed.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Confirm import' })).toBeNull();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done', knives: 'done' });
  });

  test('a round trip through export and import gives the same progress', async () => {
    const { user } = setup();
    const text = exportProgress('cooking', { sauces: 'in-progress', 'creme-brulee': 'done' });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'cooking-progress.json', { type: 'application/json' }));
    await screen.findByText('Imported progress for 2 topics.');
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ 'creme-brulee': 'done', sauces: 'in-progress' });
  });

  test.each([
    ['junk', 'not json at all', 'Could not import bad.json: This is not a progress file: it is not valid JSON.'],
    [
      'another roadmap',
      JSON.stringify({ roadmap: 'python-backend', version: 1, progress: { flask: 'done' } }),
      'Could not import bad.json: This progress is for the roadmap "python-backend", not for "cooking".',
    ],
  ])('a %s file shows an alert and keeps progress', async (_name, text, message) => {
    const { user } = setup({ initial: { knives: 'done' } });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'bad.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByText('1 of 5 done')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ knives: 'done' });
  });

  test('the Import button opens the file picker', async () => {
    const { user } = setup();
    const input = screen.getByLabelText('Progress file to import') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import progress' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(input.type).toBe('file');
    // Out of the tab order and the accessibility tree: the Import button stands for it.
    expect(input.hidden).toBe(true);
    expect(screen.queryAllByRole('button', { name: /import/i }).map((button) => button.textContent)).toEqual(['Import progress']);
  });

  test('compact: one row, the search and a menu button with the count that holds the rest', async () => {
    const user = userEvent.setup();
    render(
      <Toolbar
        roadmapId="cooking"
        query=""
        onQueryChange={() => undefined}
        search={{ results: [], activeIndex: -1, next: () => undefined, previous: () => undefined, setActive: () => undefined }}
        summary={{ done: 3, total: 5 }}
        progress={{}}
        onReset={() => undefined}
        onImport={() => undefined}
        outlineOpen={false}
        onToggleOutline={() => undefined}
        compact
      />,
    );
    const menu = screen.getByRole('button', { name: '3/5 done: progress and outline' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Reset progress' })).toBeNull();
    await user.click(menu);
    const panel = screen.getByRole('group', { name: 'Progress and outline' });
    expect(within(panel).getByRole('progressbar', { name: '3 of 5 done' })).toBeTruthy();
    for (const name of ['Reset progress', 'Export progress', 'Import progress', 'Outline']) expect(within(panel).getByRole('button', { name })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });
});

test('the outline toggle reports its state with aria-pressed', async () => {
  const onToggleOutline = vi.fn();
  const { user } = setup({ onToggleOutline });
  const toggle = screen.getByRole('button', { name: 'Outline' });
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
  expect(toggle.getAttribute('aria-controls')).toBe('outline');
  await user.click(toggle);
  expect(onToggleOutline).toHaveBeenCalledTimes(1);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('false');
});
