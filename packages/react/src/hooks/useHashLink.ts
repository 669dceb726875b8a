import { useEffect, useRef } from 'react';
import { readTopicHash, writeTopicHash } from '../urlHash/topicHash.js';

/**
 * Deep links to topics through the URL hash. On mount and on every `hashchange`, `#topic=<id>`
 * (also among other parameters, as in `#a=1&topic=flask`) selects that topic when `canSelect`
 * accepts it; unknown ids go to `onUnknown`. When the selection changes, the hash follows it: set to
 * the open topic, the parameter removed when the panel closes.
 *
 * The hash is written with `history.replaceState`, not `location.hash` or `pushState`: a reader
 * who opens twenty topics should not need twenty presses of Back to leave the host page, the
 * page must not jump to an element whose id happens to match, and no `hashchange` fires back
 * at us. The link in the address bar is always shareable.
 *
 * @param enabled Off: the hook does nothing (the map's `hashLinks` prop).
 * @param selectedId The open topic, if any.
 * @param select Opens a topic.
 * @param canSelect Whether an id from the hash is a topic of this roadmap.
 * @param onUnknown Called with an id from the hash that `canSelect` refused, so the reader can
 *   be told the link points nowhere.
 *
 * @example
 * useHashLink(hashLinks, selectedId, setSelectedId, (id) => graph.nodes.get(id)?.kind !== 'section');
 */
export function useHashLink(
  enabled: boolean,
  selectedId: string | null | undefined,
  select: (id: string) => void,
  canSelect: (id: string) => boolean = () => true,
  onUnknown?: (id: string) => void,
): void {
  const latest = useRef({ select, canSelect, selectedId, onUnknown });
  latest.current = { select, canSelect, selectedId, onUnknown };

  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const follow = (): void => {
      const id = readTopicHash(window.location.hash);
      const { select: open, canSelect: known, selectedId: current, onUnknown: unknown } = latest.current;
      if (id === undefined || id === current) return;
      if (known(id)) open(id);
      else unknown?.(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [enabled]);

  // The selection at mount is left out of the hash (an `initialTopic` should not rewrite the
  // host page's URL); only changes after that are written.
  const written = useRef(selectedId ?? undefined);
  useEffect(() => {
    const id = selectedId ?? undefined;
    if (!enabled || typeof window === 'undefined' || id === written.current) return;
    written.current = id;
    const { hash, pathname, search } = window.location;
    const next = writeTopicHash(hash, id);
    if (next === hash || (next === '' && hash === '#')) return;
    try {
      window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
    } catch {
      // Some sandboxed frames forbid history changes; the map works without the deep link.
    }
  }, [enabled, selectedId]);
}
