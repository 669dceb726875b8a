import { decodeProgressLink, encodeProgressLink, type Progress, type RoadmapGraph } from '@roadmap-graph/core';
import { useCallback, useEffect, useState } from 'react';
import { readHashParam, writeHashParam } from '../urlHash/topicHash.js';

const KEY = 'progress';

/** What {@link useSharedProgress} gives the map. */
export interface SharedProgress {
  /** Progress from a shared link, shown read-only instead of the reader's own; `undefined` without one. */
  shared: Progress | undefined;
  /** Why a `#progress=` link could not be shown, if one could not. */
  problem: 'malformed' | 'other-roadmap' | undefined;
  /** The address of a link that shows `progress` to whoever opens it. */
  linkTo(progress: Progress): string;
  /** Back to the reader's own progress: the link's parameter leaves the address. */
  leave(): void;
}

/**
 * Shared progress through the URL hash: `#progress=…` (made by `linkTo`, see core's
 * `encodeProgressLink`) shows someone's progress, read-only, until the reader goes back to their
 * own with `leave`. Nothing is sent anywhere: the states travel in the link itself. Follows
 * `hashchange`; off (nothing read) unless `enabled`.
 */
export function useSharedProgress(enabled: boolean, graph: RoadmapGraph): SharedProgress {
  const [state, setState] = useState<Pick<SharedProgress, 'shared' | 'problem'>>({ shared: undefined, problem: undefined });

  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const follow = (): void => {
      const text = readHashParam(window.location.hash, KEY);
      if (text === undefined) {
        setState({ shared: undefined, problem: undefined });
        return;
      }
      const link = decodeProgressLink(graph, text);
      setState(link.ok ? { shared: link.progress, problem: undefined } : { shared: undefined, problem: link.reason });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [enabled, graph]);

  const linkTo = useCallback(
    (progress: Progress): string => {
      const { origin, pathname, search } = window.location;
      return `${origin}${pathname}${search}${writeHashParam('', KEY, encodeProgressLink(graph, progress))}`;
    },
    [graph],
  );

  const leave = useCallback(() => {
    setState({ shared: undefined, problem: undefined });
    const { hash, pathname, search } = window.location;
    try {
      window.history.replaceState(window.history.state, '', `${pathname}${search}${writeHashParam(hash, KEY, undefined)}`);
    } catch {
      // Some sandboxed frames forbid history changes; the reader is back to their own progress anyway.
    }
  }, []);

  return { ...state, linkTo, leave };
}
