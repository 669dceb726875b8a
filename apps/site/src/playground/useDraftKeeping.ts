import { useCallback, useEffect, useRef, useState } from 'react';
import { removeDraft, saveDraft, SET_ASIDE_KEY } from './draftStorage.js';
import type { InitialDraft } from './loadInitialDraft.js';
import type { Draft } from './types.js';
import type { FinishedAnalysis } from './useDraftAnalysis.js';

/** What {@link useDraftKeeping} returns. */
export interface DraftKeeping {
  /** The reader's own draft, kept aside for a shared link's roadmap: offer to restore it. */
  setAside: Draft | undefined;
  /** The browser refused to save the draft (storage full or disabled): say so. */
  unsaved: boolean;
  /** The reader made the draft in the editor theirs: typed in it, loaded an example or a file. */
  adopt(): void;
  /** The set-aside draft was restored or discarded: stop offering it. */
  forgetSetAside(): void;
}

/**
 * Keeps the draft for the next visit: saved once typing pauses and when the page is left. A
 * draft that came from a share link is saved only once it was read in time (or the reader
 * edited it), so a link that fails or times out never becomes the saved draft; the first time
 * it is saved, the reader's own draft is set aside (under its own key) rather than lost.
 */
export function useDraftKeeping(initial: InitialDraft, latest: Draft, settled: Draft, analysis: FinishedAnalysis | undefined): DraftKeeping {
  const [fromLink, setFromLink] = useState(initial.origin === 'link');
  const [setAside, setSetAside] = useState(initial.setAside);
  const [unsaved, setUnsaved] = useState(false);
  // The own draft must reach its set-aside key before a shared one takes its place.
  const setAsidePending = useRef(initial.origin === 'link' && initial.setAside !== undefined);

  // A shared draft that was read within the deadline is the reader's to keep.
  useEffect(() => {
    if (fromLink && analysis?.draft === settled && !analysis.timedOut) setFromLink(false);
  }, [fromLink, analysis, settled]);

  const save = useCallback(
    (draft: Draft): void => {
      if (fromLink) return;
      if (setAsidePending.current && setAside !== undefined) {
        if (!saveDraft(setAside, SET_ASIDE_KEY)) {
          setUnsaved(true);
          return;
        }
        setAsidePending.current = false;
      }
      setUnsaved(!saveDraft(draft));
    },
    [fromLink, setAside],
  );

  useEffect(() => save(settled), [save, settled]);

  const latestDraft = useRef(latest);
  latestDraft.current = latest;
  const saveLatest = useRef(save);
  saveLatest.current = save;
  useEffect(() => {
    const flush = (): void => saveLatest.current(latestDraft.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const adopt = useCallback(() => setFromLink(false), []);
  const forgetSetAside = useCallback(() => {
    setAsidePending.current = false;
    removeDraft(SET_ASIDE_KEY);
    setSetAside(undefined);
  }, []);

  return { setAside, unsaved, adopt, forgetSetAside };
}
