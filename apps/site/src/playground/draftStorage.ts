import type { Draft } from './types.js';

/** localStorage key of the playground's last draft. */
export const DRAFT_KEY = 'roadmap-graph-site:playground-draft';

/**
 * localStorage key of the reader's own draft, set aside when a shared link's roadmap took its
 * place: the playground offers to restore it until the reader does or discards it.
 */
export const SET_ASIDE_KEY = 'roadmap-graph-site:playground-draft-set-aside';

/** The draft saved by the last visit, if any and readable. */
export function loadDraft(key: string = DRAFT_KEY): Draft | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return isDraft(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft for the next visit; returns false when the browser refused (quota, private mode). */
export function saveDraft(draft: Draft, key: string = DRAFT_KEY): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ format: draft.format, text: draft.text }));
    return true;
  } catch {
    return false;
  }
}

/** Removes a saved draft; nothing happens when storage is unavailable. */
export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept there, then.
  }
}

/** Whether a value read from storage or a link is a draft. */
export function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { format, text } = value as Partial<Draft>;
  return (format === 'markdown' || format === 'json') && typeof text === 'string';
}
