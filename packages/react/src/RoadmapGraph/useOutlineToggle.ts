import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoadmapGraphProps } from './types.js';

/** The outline shown in the map's place, per the `outline` prop and the reader's toggle. */
export interface OutlineToggle {
  /** `true` while the outline stands in for the map. */
  open: boolean;
  /** Shows the outline or the map in turn; `undefined` when the `outline` prop is `off`. */
  toggle: (() => void) | undefined;
  /** Back to the map. */
  close(): void;
}

/**
 * Whether the outline replaces the map. The `outline` prop is a setting that wins when it
 * changes; the reader toggles in between.
 */
export function useOutlineToggle(mode: NonNullable<RoadmapGraphProps['outline']>): OutlineToggle {
  const [state, setOpen] = useState(mode === 'open');
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    setOpen(mode === 'open');
  }, [mode]);
  const close = useCallback(() => setOpen(false), []);
  return {
    open: mode !== 'off' && state,
    toggle: mode === 'off' ? undefined : () => setOpen((value) => !value),
    close,
  };
}
