import { describe, expect, it } from 'vitest';
import { cssHeight, DEFAULT_HEIGHT, readSettings } from '../src/controller/readSettings.js';

function element(attributes: Record<string, string>): Element {
  const node = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

describe('readSettings', () => {
  it('has the documented defaults without attributes', () => {
    expect(readSettings(element({}))).toEqual({
      theme: 'auto',
      direction: undefined,
      height: 'auto',
      gestures: 'auto',
      hashLinks: false,
      search: true,
      outline: 'toggle',
    });
  });

  it('reads each attribute, case-insensitively', () => {
    expect(
      readSettings(
        element({ theme: 'DARK', direction: 'Right', height: '720', gestures: 'Greedy', 'hash-links': '', search: 'off', outline: 'Open' }),
      ),
    ).toEqual({ theme: 'dark', direction: 'RIGHT', height: '720px', gestures: 'greedy', hashLinks: true, search: false, outline: 'open' });
    expect(readSettings(element({ direction: 'down', 'hash-links': 'false', search: 'on', outline: 'off' }))).toMatchObject({
      direction: 'DOWN',
      hashLinks: false,
      search: true,
      outline: 'off',
    });
  });

  it('falls back to defaults on unknown values', () => {
    expect(readSettings(element({ theme: 'sepia', direction: 'diagonal', outline: 'maybe', gestures: 'grabby' }))).toMatchObject({
      theme: 'auto',
      direction: undefined,
      outline: 'toggle',
      gestures: 'auto',
    });
  });
});

describe('cssHeight', () => {
  it('takes pixels as numbers and CSS lengths as they are', () => {
    expect(cssHeight('480')).toBe('480px');
    expect(cssHeight(' 480.5 ')).toBe('480.5px');
    expect(cssHeight('80vh')).toBe('80vh');
    expect(cssHeight(' Auto ')).toBe('auto');
  });

  it('refuses what is not a height', () => {
    expect(cssHeight(null)).toBe(DEFAULT_HEIGHT);
    expect(cssHeight('')).toBe(DEFAULT_HEIGHT);
    expect(cssHeight('tall; background: red')).toBe(DEFAULT_HEIGHT);
  });
});
