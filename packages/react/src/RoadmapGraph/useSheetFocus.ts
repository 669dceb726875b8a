import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { RoadmapMapHandle } from '../RoadmapMap/index.js';

/** The areas a sheet covers, and how it closes. */
export interface SheetFocus {
  /** Put on the toolbar's area: inert while the sheet covers it. */
  toolbarArea: RefObject<HTMLDivElement | null>;
  /** Put on the map's area: inert while the sheet covers it. */
  stageArea: RefObject<HTMLDivElement | null>;
  /** Closes the open topic and gives focus back to it on the map. */
  close(): void;
}

/**
 * What a sheet covers is inert: no Tab, click or screen-reader cursor reaches it. A property,
 * not the attribute, so React 18, React 19 and Preact all set it the same way. Closing gives
 * focus back to the topic, once the map is no longer inert.
 *
 * @param covered - whether a sheet covers the toolbar and the map now
 * @param open - the open topic, `null` when none is
 * @param select - selects a topic (`null`: none)
 * @param map - the map that takes focus back
 */
export function useSheetFocus(
  covered: boolean,
  open: string | null,
  select: (id: string | null) => void,
  map: RefObject<RoadmapMapHandle | null>,
): SheetFocus {
  const toolbarArea = useRef<HTMLDivElement>(null);
  const stageArea = useRef<HTMLDivElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    for (const area of [toolbarArea.current, stageArea.current]) if (area) area.inert = covered;
    const topic = returnFocusTo.current;
    if (open === null && topic !== null) {
      returnFocusTo.current = null;
      map.current?.focusTopic(topic);
    }
  }, [covered, open, map]);

  const close = useCallback(() => {
    returnFocusTo.current = open;
    select(null);
  }, [open, select]);

  return { toolbarArea, stageArea, close };
}
