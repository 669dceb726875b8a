/**
 * Folds text for matching: compatibility decomposition (NFKD) with the combining marks
 * removed, then lower case, so "Résumé", "RESUME" and "ｒｅｓｕｍｅ" all read "resume".
 * Use it to highlight the matched part of a title the way {@link searchTopics} matched it.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
