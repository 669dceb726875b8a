import { loadDraft, SET_ASIDE_KEY } from './draftStorage.js';
import { EXAMPLES } from './examples.js';
import { decodeShareHash } from './shareLink.js';
import type { Draft } from './types.js';

/** The playground's starting draft, and what to tell the reader about where it came from. */
export interface InitialDraft {
  draft: Draft;
  /** `link`: the draft came from a share link and is not the reader's own until read in time or edited. */
  origin: 'link' | 'own';
  /** The reader's own draft, kept aside because a shared link's roadmap is shown instead. */
  setAside?: Draft;
  notice?: string;
}

/**
 * Where the playground starts: a share link in the address (which then leaves the address, so
 * a later reload shows the edited draft rather than the original link), else the draft of the
 * last visit, else the first example. A draft the reader had is never dropped for a link: it is
 * kept aside to restore (and stays the saved draft until the shared one is read in time).
 */
export async function loadInitialDraft(): Promise<InitialDraft> {
  const shared = await decodeShareHash(window.location.hash);
  const saved = loadDraft();
  const earlier = loadDraft(SET_ASIDE_KEY);
  const own = saved ?? EXAMPLES[0]!.draft;
  if (shared === undefined) return { draft: own, origin: 'own', ...(earlier ? { setAside: earlier } : {}) };
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (shared instanceof Error) {
    const shown = saved ? 'Your own draft is shown.' : 'The first example is shown.';
    return { draft: own, origin: 'own', ...(earlier ? { setAside: earlier } : {}), notice: `Could not open the shared roadmap: ${shared.message}. ${shown}` };
  }
  // One place is kept aside: the newest draft of the reader's own.
  const setAside = saved !== undefined && (saved.text !== shared.text || saved.format !== shared.format) ? saved : earlier;
  const kept = setAside ? ' Your own draft is kept: restore it below.' : '';
  return { draft: shared, origin: 'link', ...(setAside ? { setAside } : {}), notice: `Opened the roadmap from the shared link.${kept}` };
}
