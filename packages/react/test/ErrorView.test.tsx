import { parseRoadmap } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorView } from '../src/ErrorView/index.js';

afterEach(cleanup);

describe('ErrorView', () => {
  it('lists every problem as path: message under a count heading', () => {
    const result = parseRoadmap({
      id: 'Bad Id',
      title: '',
      sections: [{ id: 's', title: 'S', topics: [{ id: 't', title: 'T', requires: ['nope'] }, { id: 't', title: 'Twice' }] }],
    });
    if (result.ok) throw new Error('expected errors');
    render(<ErrorView errors={result.errors} />);
    const alert = screen.getByRole('alert');
    const count = result.errors.length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(within(alert).getByRole('heading').textContent).toBe(`${count} problems in this roadmap`);
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(count);
    result.errors.forEach((error, i) => {
      expect(items[i]!.textContent).toBe(`${error.path}: ${error.message}`);
      expect(items[i]!.querySelector('code')!.textContent).toBe(error.path);
    });
  });

  it('counts one problem in the singular and shows a document-level message without a path', () => {
    render(<ErrorView errors={[{ path: '', message: 'could not read the input: bad JSON' }]} />);
    expect(screen.getByRole('heading').textContent).toBe('1 problem in this roadmap');
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe('could not read the input: bad JSON');
    expect(item.querySelector('code')).toBeNull();
  });

  it('uses the given title as the heading and keeps the count', () => {
    render(<ErrorView title="The roadmap could not be loaded" errors={[{ path: 'a', message: 'x' }, { path: 'b', message: 'y' }]} />);
    expect(screen.getByRole('heading').textContent).toBe('The roadmap could not be loaded');
    expect(screen.getByText('2 problems in this roadmap')).toBeTruthy();
  });

  it('shows markup in messages as text', () => {
    const { container } = render(<ErrorView errors={[{ path: 'sections[0].title', message: '<img src=x onerror=alert(1)>' }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toBe('sections[0].title: <img src=x onerror=alert(1)>');
  });
});
