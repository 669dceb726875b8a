import { buildGraph, parseRoadmap, type Progress, type Roadmap, type TopicState } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import python from '../../../data/python-backend.roadmap.json';
import { TopicPanel } from '../src/TopicPanel/index.js';
import type { TopicPanelProps } from '../src/TopicPanel/types.js';

afterEach(cleanup);

const parsed = parseRoadmap(python);
if (!parsed.ok) throw new Error('the Python roadmap must validate');
const graph = buildGraph(parsed.roadmap);

function renderPanel(props: Partial<TopicPanelProps> = {}) {
  const handlers = { onStateChange: vi.fn(), onNavigate: vi.fn(), onClose: vi.fn() };
  const view = render(<TopicPanel graph={graph} topicId="database-design" progress={{}} {...handlers} {...props} />);
  return { ...view, ...handlers };
}

describe('TopicPanel content', () => {
  it('shows the title as the heading of a labelled region, with the level and description', () => {
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Database Design' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Database Design' })).toBeTruthy();
    expect(within(panel).getByText('Intermediate')).toBeTruthy();
    const description = panel.querySelector('.rg-panel__description')!;
    expect(description.textContent).toMatch(/^Normalisation removes duplicated data/);
  });

  it('groups resources by type in RESOURCE_TYPES order with a text badge and a paid mark', () => {
    renderPanel();
    const groups = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(groups).toEqual(['Official', 'Articles', 'Books']);
    const books = screen.getByRole('heading', { level: 4, name: 'Books' }).nextElementSibling as HTMLElement;
    const items = within(books).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const paid = items.filter((item) => within(item).queryByText('Paid'));
    expect(paid).toHaveLength(1);
    expect(screen.getAllByText('Paid')).toHaveLength(1);
  });

  it('opens every resource link in a new tab with rel="noopener noreferrer"', () => {
    renderPanel();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(5);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('never renders a javascript: or data: href, even from unvalidated data', () => {
    const hostile = {
      id: 'hostile',
      title: 'Hostile',
      sections: [
        {
          id: 's',
          title: 'S',
          description: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>',
          topics: [
            {
              id: 't',
              title: 'T',
              description: 'See [me](JAVASCRIPT:alert(2)) and [ok](https://ok.example).',
              resources: [
                { title: 'Evil', url: 'javascript:alert(3)', type: 'docs' },
                { title: 'Hidden evil', url: ' java\nscript:alert(4)', type: 'docs' },
                { title: 'Data', url: 'data:text/html,<script>alert(5)</script>', type: 'video' },
                { title: 'Not a string', url: { toString: () => 'javascript:alert(6)' }, type: 'book' },
                { title: 'Good', url: 'https://good.example', type: 'docs' },
              ],
            },
          ],
        },
      ],
    } as unknown as Roadmap;
    const hostileGraph = buildGraph(hostile);
    for (const topicId of ['t', 's']) {
      const { container, unmount } = render(
        <TopicPanel graph={hostileGraph} topicId={topicId} progress={{}} onStateChange={vi.fn()} onNavigate={vi.fn()} onClose={vi.fn()} />,
      );
      const hrefs = [...container.querySelectorAll('[href]')].map((e) => e.getAttribute('href'));
      expect(hrefs.every((href) => /^https:\/\//.test(href!))).toBe(true);
      expect(container.querySelector('img, script')).toBeNull();
      if (topicId === 't') {
        expect(hrefs).toEqual(['https://ok.example', 'https://good.example']);
        // Refused links still show their titles, as text.
        for (const title of ['Evil', 'Hidden evil', 'Data', 'Not a string']) expect(screen.getByText(title)).toBeTruthy();
      }
      unmount();
    }
  });

  it('marks optional topics, alternatives and the next topic to learn', () => {
    renderPanel({ topicId: 'kubernetes' });
    expect(screen.getByText('Optional')).toBeTruthy();
    cleanup();
    renderPanel({ topicId: 'flask' });
    expect(screen.getByText('Alternative: pick one in Learn Flask or Django')).toBeTruthy();
    cleanup();
    renderPanel({ topicId: 'python-syntax' });
    expect(screen.getByText('Next up')).toBeTruthy();
    cleanup();
    renderPanel({ topicId: 'python-syntax', progress: { 'python-syntax': 'done' } });
    expect(screen.queryByText('Next up')).toBeNull();
  });

  it('lists prerequisites and unlocked topics as buttons that navigate', async () => {
    const user = userEvent.setup();
    const { onNavigate } = renderPanel({ topicId: 'database-design', progress: { 'sql-basics': 'done' } });
    const prerequisites = screen.getByRole('heading', { name: 'Prerequisites' }).parentElement!;
    const sql = within(prerequisites).getByRole('button', { name: 'SQL Basics and CRUD' });
    expect(sql.parentElement!.textContent).toContain('Done');
    await user.click(sql);
    expect(onNavigate).toHaveBeenLastCalledWith('sql-basics');

    cleanup();
    const second = renderPanel({ topicId: 'sql-basics' });
    const unlocked = screen.getByRole('heading', { name: 'Unlocks' }).parentElement!;
    const names = within(unlocked).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Database Design', 'ORM Integration']);
    await user.click(within(unlocked).getByRole('button', { name: 'ORM Integration' }));
    expect(second.onNavigate).toHaveBeenLastCalledWith('orm-integration');
  });

  it('lists subtopics and the containing section and topic as buttons', async () => {
    const user = userEvent.setup();
    const { onNavigate } = renderPanel({ topicId: 'flask' });
    const subtopics = screen.getByRole('heading', { name: 'Subtopics' }).parentElement!;
    expect(within(subtopics).getAllByRole('button')).toHaveLength(5);
    await user.click(within(subtopics).getByRole('button', { name: 'Flask as a Microframework' }));
    expect(onNavigate).toHaveBeenLastCalledWith('flask-basics');

    cleanup();
    const sub = renderPanel({ topicId: 'flask-routing' });
    expect(screen.getByText('Subtopic')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Flask' }));
    expect(sub.onNavigate).toHaveBeenLastCalledWith('flask');
    await user.click(screen.getByRole('button', { name: /^Learn Flask or Django/ }));
    expect(sub.onNavigate).toHaveBeenLastCalledWith('web-framework');
  });

  it('shows a section with its progress count and its topics with their states', async () => {
    const user = userEvent.setup();
    const progress: Progress = { 'http-methods': 'done', 'status-codes': 'skipped', 'rest-basics': 'in-progress' };
    const { onNavigate } = renderPanel({ topicId: 'http-web-basics', progress });
    expect(screen.getByRole('heading', { level: 2, name: 'Understand HTTP and Web Basics' })).toBeTruthy();
    expect(screen.getByText('2 of 5 done')).toBeTruthy();
    expect(screen.getByText('1 topic in progress')).toBeTruthy();
    const topics = screen.getByRole('heading', { name: 'Topics' }).parentElement!;
    const items = within(topics).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['HTTP Methods Done', 'HTTP Status Codes Skipped', 'REST Fundamentals In progress', 'Client-Server Architecture', 'Web Servers and Frameworks']);
    expect(screen.queryByRole('group', { name: 'Your progress' })).toBeNull();
    await user.click(within(topics).getByRole('button', { name: 'Web Servers and Frameworks' }));
    expect(onNavigate).toHaveBeenLastCalledWith('web-servers');
  });

  it('says so instead of crashing for an unknown id', () => {
    renderPanel({ topicId: 'no-such-topic' });
    expect(screen.getByRole('heading', { name: 'Topic not found' })).toBeTruthy();
    expect(screen.getByText(/no-such-topic/)).toBeTruthy();
  });

  it('as a sheet (narrow), leads with a way back to the map instead of a close button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { container } = renderPanel({ narrow: true, onClose });
    expect(container.querySelector('.rg-panel')!.classList.contains('rg-panel--sheet')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Close panel' })).toBeNull();
    const back = screen.getByRole('button', { name: 'Back to the map' });
    expect(container.querySelector('.rg-panel')!.firstElementChild).toBe(back);
    await user.click(back);
    expect(onClose).toHaveBeenCalledTimes(1);
    cleanup();
    const wide = renderPanel();
    expect(wide.container.querySelector('.rg-panel')!.classList.contains('rg-panel--sheet')).toBe(false);
    expect(screen.getByRole('button', { name: 'Close panel' })).toBeTruthy();
  });
});

describe('TopicPanel progress buttons', () => {
  it('reflects the state with aria-pressed', () => {
    renderPanel({ progress: { 'database-design': 'in-progress' } });
    const group = screen.getByRole('group', { name: 'Your progress' });
    const pressed = within(group)
      .getAllByRole('button')
      .map((b) => [b.textContent, b.getAttribute('aria-pressed')]);
    expect(pressed).toEqual([
      ['Done', 'false'],
      ['In progress', 'true'],
      ['Skip', 'false'],
    ]);
  });

  it('sets a state, and clears it when the pressed button is pressed again', async () => {
    const user = userEvent.setup();
    const changes: [string, TopicState | undefined][] = [];
    function Harness() {
      const [progress, setProgress] = useState<Progress>({});
      return (
        <TopicPanel
          graph={graph}
          topicId="database-design"
          progress={progress}
          onStateChange={(id, state) => {
            changes.push([id, state]);
            setProgress((p) => {
              const next = { ...p };
              if (state) next[id] = state;
              else delete next[id];
              return next;
            });
          }}
          onNavigate={vi.fn()}
          onClose={vi.fn()}
        />
      );
    }
    render(<Harness />);
    const button = (name: string) => screen.getByRole('button', { name });
    await user.click(button('Done'));
    expect(button('Done').getAttribute('aria-pressed')).toBe('true');
    await user.click(button('Skip'));
    expect(button('Done').getAttribute('aria-pressed')).toBe('false');
    expect(button('Skip').getAttribute('aria-pressed')).toBe('true');
    await user.click(button('Skip'));
    expect(button('Skip').getAttribute('aria-pressed')).toBe('false');
    await user.click(button('In progress'));
    expect(changes).toEqual([
      ['database-design', 'done'],
      ['database-design', 'skipped'],
      ['database-design', undefined],
      ['database-design', 'in-progress'],
    ]);
  });
});

describe('TopicPanel focus and keyboard', () => {
  it('moves focus to the title when it opens and when the topic changes', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const handlers = { onStateChange: vi.fn(), onNavigate: vi.fn(), onClose: vi.fn() };
    const { rerender } = render(<TopicPanel graph={graph} topicId="flask" progress={{}} {...handlers} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Flask' }));
    outside.focus();
    rerender(<TopicPanel graph={graph} topicId="django" progress={{}} {...handlers} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Django' }));
    // A new progress object is not a new topic: focus stays where the user put it.
    outside.focus();
    rerender(<TopicPanel graph={graph} topicId="django" progress={{ django: 'done' }} {...handlers} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('calls onClose on Esc from anywhere inside the panel, and from the close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderPanel();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Done' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('keeps Esc from reaching the host page', async () => {
    const user = userEvent.setup();
    const hostListener = vi.fn();
    document.addEventListener('keydown', hostListener);
    renderPanel();
    await user.keyboard('{Escape}');
    expect(hostListener).not.toHaveBeenCalled();
    document.removeEventListener('keydown', hostListener);
  });
});
