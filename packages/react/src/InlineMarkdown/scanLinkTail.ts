/** The `(destination "title")` part of an inline link, and where it ends. */
export interface LinkTail {
  url: string;
  title: string | null;
  /** Index just past the closing `)`. */
  end: number;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const TITLE_CLOSE: Record<string, string> = { '"': '"', "'": "'", '(': ')' };

/**
 * Reads an inline link's `(url)`, `(<url with spaces>)` or `(url "title")` starting at `from`,
 * which must be the `(` right after the link text's `]`. Backslash escapes are resolved in the
 * URL and title. Returns null when it is not a well-formed link tail, so the brackets stay text.
 */
export function scanLinkTail(s: string, from: number): LinkTail | null {
  if (s[from] !== '(') return null;
  let i = skipSpace(s, from + 1);
  let url = '';
  if (s[i] === '<') {
    for (i++; s[i] !== '>'; i++) {
      if (i >= s.length || s[i] === '<' || s[i] === '\n') return null;
      if (s[i] === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) i++;
      url += s[i];
    }
    i++;
  } else {
    // A bare destination may hold balanced parentheses, as in Wikipedia URLs.
    for (let depth = 0; i < s.length && !/[\s\u0000-\u001f]/.test(s[i]!); i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && depth-- === 0) break;
      if (s[i] === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) i++;
      url += s[i];
    }
  }
  const beforeTitle = i;
  i = skipSpace(s, i);
  let title: string | null = null;
  const close = TITLE_CLOSE[s[i] ?? ''];
  if (close && i > beforeTitle) {
    title = '';
    for (i++; s[i] !== close; i++) {
      if (i >= s.length) return null;
      if (s[i] === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) i++;
      title += s[i];
    }
    i = skipSpace(s, i + 1);
  }
  return s[i] === ')' ? { url, title, end: i + 1 } : null;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}
