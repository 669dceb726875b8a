import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLabels } from '../labels/LabelsContext.js';

/** Props of {@link ToolbarMenu}. */
export interface ToolbarMenuProps {
  /** Finished and total topics, shown on the button. */
  summary: { done: number; total: number };
  /** What the menu holds: the progress meter and actions. */
  children: ReactNode;
}

/**
 * The toolbar's actions behind one button, for a phone-width map: the button shows how far the
 * reader is ("3/42"), and opens a panel under the toolbar with the progress meter, reset, export,
 * import and the outline toggle. The panel stays in the DOM while closed, so a confirmation in
 * progress is not lost; Esc or a press outside closes it and gives focus back to the button.
 */
export function ToolbarMenu({ summary, children }: ToolbarMenuProps) {
  const { labels, format } = useLabels();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (root.current && !event.composedPath().includes(root.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={root}
      className="rg-toolbar__menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Handled here, so an Esc that closes the menu does not also close the topic panel.
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="rg-toolbar__button rg-toolbar__menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {/* The visible count starts the name (WCAG 2.5.3: a voice user says what they see). */}
        <span className="rg-toolbar__menu-count">
          {format.number(summary.done)}/{format.number(summary.total)}
        </span>
        <span className="rg-visually-hidden"> {labels.menuButton}</span>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
          <path d="M2.5 4h11M2.5 8h11M2.5 12h11" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </button>
      <div id={panelId} className="rg-toolbar__menu-panel" role="group" aria-label={labels.menu} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
