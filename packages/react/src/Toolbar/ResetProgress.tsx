import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ToolbarProps } from './types.js';

/**
 * "Reset progress", confirmed in place: the button gives way to a question with Reset and
 * Cancel (focused, the safe choice). A dialog of the browser (window.confirm) would block the
 * host page and is unavailable in sandboxed iframes.
 */
export function ResetProgress({ onReset }: Pick<ToolbarProps, 'onReset'>) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Where focus goes after the step: into it on open, back to the trigger after an answer.
  const focusNext = useRef<'cancel' | 'trigger' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'cancel') cancel.current?.focus();
    else if (focusNext.current === 'trigger') trigger.current?.focus();
    focusNext.current = null;
  }, [confirming]);

  const close = (): void => {
    focusNext.current = 'trigger';
    setConfirming(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!confirming) {
    return (
      <button
        ref={trigger}
        type="button"
        className="rg-toolbar__button"
        onClick={() => {
          focusNext.current = 'cancel';
          setConfirming(true);
        }}
      >
        Reset progress
      </button>
    );
  }
  return (
    <div role="group" aria-label="Confirm reset" className="rg-toolbar__confirm" onKeyDown={onKeyDown}>
      <span className="rg-toolbar__confirm-text">Reset all progress?</span>
      <button
        type="button"
        className="rg-toolbar__button rg-toolbar__button--danger"
        onClick={() => {
          onReset();
          close();
        }}
      >
        Reset
      </button>
      <button ref={cancel} type="button" className="rg-toolbar__button" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
