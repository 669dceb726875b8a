import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Toolbar } from '../src/Toolbar/index.js';
import { escapes, setup } from './toolbarHarness.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
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
