import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => {};

/**
 * `false` on the server and during hydration, `true` afterwards and in client-only renders.
 * The map needs a browser; until then the outline stands in, so server markup and the first
 * client render agree and readers without JavaScript get the content.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
