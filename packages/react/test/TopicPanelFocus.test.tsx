import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopicPanel } from '../src/TopicPanel/index.js';
import { graph, renderPanel } from './topicPanelFixture.js';

afterEach(cleanup);

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
