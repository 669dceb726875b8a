// ASCII punctuation: the characters a backslash escapes in CommonMark. Before any other
// character a backslash is itself text.
const PUNCTUATION = '[!-/:-@[-`{-~]';

/** Whether one character is one a backslash escapes. */
export const ESCAPABLE = new RegExp(`^${PUNCTUATION}$`);

const ESCAPE = new RegExp(`\\\\(${PUNCTUATION})`, 'g');

/** Whether `s[at]` is a backslash that escapes the character after it. */
export function isEscapeAt(s: string, at: number): boolean {
  return s[at] === '\\' && ESCAPABLE.test(s[at + 1] ?? '');
}

/** The text with its backslash escapes resolved, as inline Markdown reads it outside code. */
export function resolveEscapes(text: string): string {
  return text.replace(ESCAPE, '$1');
}
