// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional
// embeddings, overrides and isolates that reorder what a terminal or log viewer shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Writes control characters as escapes (`\n`, `\u001b`, `\u202e`), so text from data printed to
 * a terminal or a log can neither run terminal commands (clear the screen, set the title, write
 * the clipboard), nor break a line in two, nor reorder what is shown.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
