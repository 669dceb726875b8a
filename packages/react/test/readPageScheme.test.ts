import { afterEach, describe, expect, it } from 'vitest';
import { readPageScheme } from '../src/theme/readPageScheme.js';

afterEach(() => {
  for (const element of [document.documentElement, document.body]) {
    for (const name of ['data-theme', 'data-bs-theme', 'data-mode', 'class', 'style']) element.removeAttribute(name);
  }
});

describe('readPageScheme', () => {
  it('is undefined when the page leaves the scheme to the reader', () => {
    expect(readPageScheme(document)).toBeUndefined();
    document.documentElement.setAttribute('data-theme', 'auto');
    document.documentElement.style.colorScheme = 'light dark';
    expect(readPageScheme(document)).toBeUndefined();
  });

  it('reads the toggles of common site generators and frameworks, on <html> or <body>', () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(readPageScheme(document)).toBe('dark');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.setAttribute('data-bs-theme', 'Light');
    expect(readPageScheme(document)).toBe('light');
    document.documentElement.removeAttribute('data-bs-theme');
    document.documentElement.className = 'js dark';
    expect(readPageScheme(document)).toBe('dark');
    document.documentElement.className = '';
    document.body.className = 'theme-light';
    expect(readPageScheme(document)).toBe('light');
  });

  it('takes a single color-scheme of <html>, and an attribute over it', () => {
    document.documentElement.style.colorScheme = 'only dark';
    expect(readPageScheme(document)).toBe('dark');
    document.documentElement.setAttribute('data-mode', 'light');
    expect(readPageScheme(document)).toBe('light');
  });
});
