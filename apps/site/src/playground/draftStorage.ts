import type { Draft } from './types.js';

/** localStorage key of the playground's last draft. */
export const DRAFT_KEY = 'roadmap-graph-site:playground-draft';

/** The draft saved by the last visit, if any and readable. */
export function loadDraft(): Draft | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    return isDraft(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft for the next visit; returns false when the browser refused (quota, private mode). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ format: draft.format, text: draft.text }));
    return true;
  } catch {
    return false;
  }
}

/** Whether a value read from storage or a link is a draft. */
export function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { format, text } = value as Partial<Draft>;
  return (format === 'markdown' || format === 'json') && typeof text === 'string';
}
