import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { escapes, setup } from './toolbarHarness.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

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
