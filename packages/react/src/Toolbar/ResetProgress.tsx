import { useEffect, useRef, useState } from 'react';
import { useLabels } from '../labels/LabelsContext.js';
import { InlineConfirm } from './InlineConfirm.js';
import type { ToolbarProps } from './types.js';

/** "Reset progress", confirmed in place; focus returns to the button after the answer. */
export function ResetProgress({ onReset }: Pick<ToolbarProps, 'onReset'>) {
  const { labels } = useLabels();
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
        {labels.resetProgress}
      </button>
    );
  }
  return (
    <InlineConfirm
      label={labels.confirmReset}
      question={labels.resetQuestion}
      confirmLabel={labels.reset}
      onConfirm={() => {
        onReset();
        close();
      }}
      onCancel={close}
    />
  );
}
