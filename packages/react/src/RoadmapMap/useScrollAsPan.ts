import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

/**
 * Keeps what the browser scrolled into view in view. The map's boxes clip with
 * `overflow: hidden`, which still lets the browser scroll them to reveal a focused topic (Tab, a
 * screen reader's cursor), a find-in-page match or `scrollIntoView`. React Flow undoes such a
 * scroll on its next `scroll` event, so the topic jumps back out of view: a Tab lands on a
 * topic the reader cannot see, and a click aimed after the scroll hits the empty pane. Here the
 * scroll is turned into the same pan instead: the offset moves into the viewport transform and
 * the box is scrolled back to 0, so the picture does not move and the topic stays where the
 * browser put it.
 *
 * The capture listener on the map's container runs before React Flow's own `onScroll` on its
 * wrapper, and before the next paint.
 */
export function useScrollAsPan(container: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onScroll = (event: Event): void => {
      const scrolled = event.target;
      if (!(scrolled instanceof HTMLElement)) return;
      const { scrollLeft, scrollTop } = scrolled;
      if (scrollLeft === 0 && scrollTop === 0) return;
      // Only boxes that hold the picture: a panel or list inside the map may scroll on its own.
      const viewport = element.querySelector('.react-flow__viewport');
      if (!viewport || !scrolled.contains(viewport)) return;
      scrolled.scrollTo({ left: 0, top: 0, behavior: 'instant' });
      const { x, y, zoom } = flow.getViewport();
      void flow.setViewport({ x: x - scrollLeft, y: y - scrollTop, zoom });
    };
    element.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => element.removeEventListener('scroll', onScroll, { capture: true });
  }, [container, flow]);
}
