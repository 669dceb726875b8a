import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: true from `beforeprint` (or print media, as an emulator
 * sets it) until `afterprint` (or screen media again). The change is rendered synchronously
 * inside the event, so what it mounts is on paper: a browser lays the page out for print right
 * after `beforeprint`'s listeners return.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const media = window.matchMedia?.('print');
    const set = (value: boolean): void => flushSync(() => setPrinting(value));
    const start = (): void => set(true);
    const end = (): void => set(media?.matches ?? false);
    const follow = (): void => set(media!.matches);
    if (media?.matches) setPrinting(true);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener?.('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener?.('change', follow);
    };
  }, []);
  return printing;
}
