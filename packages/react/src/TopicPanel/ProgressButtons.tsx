import type { TopicState } from '@roadmap-graph/core';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link ProgressButtons}. */
export interface ProgressButtonsProps {
  id: string;
  state: TopicState | undefined;
  onStateChange(id: string, state: TopicState | undefined): void;
}

const BUTTONS: readonly TopicState[] = ['done', 'in-progress', 'skipped'];

/**
 * Done / In progress / Skip as toggle buttons (`aria-pressed`): at most one is pressed, and
 * pressing the pressed one clears the state.
 */
export function ProgressButtons({ id, state, onStateChange }: ProgressButtonsProps) {
  const { labels } = useLabels();
  return (
    <div role="group" aria-label={labels.yourProgress} className="rg-panel__progress">
      {BUTTONS.map((button) => (
        <button
          key={button}
          type="button"
          className={`rg-progress-button rg-progress-button--${button}`}
          aria-pressed={state === button}
          onClick={() => onStateChange(id, state === button ? undefined : button)}
        >
          {button === 'skipped' ? labels.skip : labels.states[button]}
        </button>
      ))}
    </div>
  );
}
