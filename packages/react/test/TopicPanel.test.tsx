import { buildGraph, type Progress, type Roadmap } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopicPanel } from '../src/TopicPanel/index.js';
import { renderPanel } from './topicPanelFixture.js';

afterEach(cleanup);

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
