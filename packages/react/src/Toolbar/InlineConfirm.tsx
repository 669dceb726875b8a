import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link InlineConfirm}. */
export interface InlineConfirmProps {
  /** Accessible name of the step, e.g. "Confirm reset". */
  label: string;
  /** The question, e.g. "Reset all progress?". */
  question: string;
  /** Text of the button that goes ahead, e.g. "Reset". */
  confirmLabel: string;
  onConfirm: () => void;
  /** Called on Cancel and on Esc. */
  onCancel: () => void;
}

/**
 * A question asked in place of the button that raised it, with a button that goes ahead and
 * Cancel, which gets the focus (the safe choice); Esc cancels without reaching the page. A
 * dialog of the browser (window.confirm) would block the host page and is unavailable in
 * sandboxed iframes.
 */
export function InlineConfirm({ label, question, confirmLabel, onConfirm, onCancel }: InlineConfirmProps) {
  const { labels } = useLabels();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <div role="group" aria-label={label} className="rg-toolbar__confirm" onKeyDown={onKeyDown}>
      <span className="rg-toolbar__confirm-text">{question}</span>
      <button type="button" className="rg-toolbar__button rg-toolbar__button--danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" className="rg-toolbar__button" onClick={onCancel}>
        {labels.cancel}
      </button>
    </div>
  );
}
