import { STATE_LABELS, type TopicState } from '@roadmap-graph/core';

/** Props of {@link ProgressButtons}. */
export interface ProgressButtonsProps {
  id: string;
  state: TopicState | undefined;
  onStateChange(id: string, state: TopicState | undefined): void;
}

const BUTTONS: readonly { state: TopicState; label: string }[] = [
  { state: 'done', label: STATE_LABELS.done },
  { state: 'in-progress', label: STATE_LABELS['in-progress'] },
  { state: 'skipped', label: 'Skip' },
];

/**
 * Done / In progress / Skip as toggle buttons (`aria-pressed`): at most one is pressed, and
 * pressing the pressed one clears the state.
 */
export function ProgressButtons({ id, state, onStateChange }: ProgressButtonsProps) {
  return (
    <div role="group" aria-label="Your progress" className="rg-panel__progress">
      {BUTTONS.map((button) => (
        <button
          key={button.state}
          type="button"
          className={`rg-progress-button rg-progress-button--${button.state}`}
          aria-pressed={state === button.state}
          onClick={() => onStateChange(id, state === button.state ? undefined : button.state)}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
