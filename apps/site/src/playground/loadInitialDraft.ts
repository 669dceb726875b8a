import { loadDraft } from './draftStorage.js';
import { EXAMPLES } from './examples.js';
import { decodeShareHash } from './shareLink.js';
import type { Draft } from './types.js';

/** The playground's starting draft, and what to tell the reader about where it came from. */
export interface InitialDraft {
  draft: Draft;
  notice?: string;
}

/**
 * Where the playground starts: a share link in the address (which then leaves the address, so
 * a later reload shows the edited draft rather than the original link), else the draft of the
 * last visit, else the first example.
 */
export async function loadInitialDraft(): Promise<InitialDraft> {
  const shared = await decodeShareHash(window.location.hash);
  const saved = loadDraft();
  const fallback = saved ?? EXAMPLES[0]!.draft;
  if (shared === undefined) return { draft: fallback };
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (shared instanceof Error) return { draft: fallback, notice: `Could not open the shared roadmap: ${shared.message}.` };
  return { draft: shared, notice: 'Opened the roadmap from the shared link. Your edits stay in this browser.' };
}
