import type { Progress, TopicState } from '@roadmap-graph/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopicPanel } from '../src/TopicPanel/index.js';
import { graph, renderPanel } from './topicPanelFixture.js';

afterEach(cleanup);

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
