import { useEffect, useRef, useState } from 'react';
import { InlineConfirm } from './InlineConfirm.js';
import type { ToolbarProps } from './types.js';

/** "Reset progress", confirmed in place; focus returns to the button after the answer. */
export function ResetProgress({ onReset }: Pick<ToolbarProps, 'onReset'>) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    if (!confirming && answered.current) trigger.current?.focus();
    answered.current = false;
  }, [confirming]);

  const close = (): void => {
    answered.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button ref={trigger} type="button" className="rg-toolbar__button" onClick={() => setConfirming(true)}>
        Reset progress
      </button>
    );
  }
  return (
    <InlineConfirm
      label="Confirm reset"
      question="Reset all progress?"
      confirmLabel="Reset"
      onConfirm={() => {
        onReset();
        close();
      }}
      onCancel={close}
    />
  );
}
