import { isEscapeAt, resolveEscapes } from './escapable.js';

/** The `(destination "title")` part of an inline link, and where it ends. */
export interface LinkTail {
  url: string;
  title: string | null;
  /** Index just past the closing `)`. */
  end: number;
}

/** Reads the link tail that starts at `from`, or returns null when there is none. */
export type LinkTailScanner = (from: number) => LinkTail | null;

const SPACE = /\s/u;
const SPACE_OR_CONTROL = /[\s\u0000-\u001f]/u;
const NONE = -1;

/**
 * Makes a reader for inline link tails in `s`: `(url)`, `(<url with spaces>)` or
 * `(url "title")`, starting at the `(` right after a link text's `]`. Backslash escapes are
 * resolved in the URL and title; a bare URL may hold balanced parentheses, as Wikipedia URLs
 * do. The reader returns null when there is no well-formed tail, so the brackets stay text.
 *
 * Every `]` of a paragraph may ask, so no question may rescan the rest of the paragraph (`[](`
 * repeated would make that quadratic). On the first question the reader indexes `s` once from
 * the right: where the next blank, quote and `)` are, and for each position the `)` that closes
 * a bare URL starting there (the next unescaped `)` at the same parenthesis depth). Each answer
 * then costs a constant, plus the length of the URL and title it returns, and text a returned
 * link covers is never asked about again.
 */
export function createLinkTailScanner(s: string): LinkTailScanner {
  let index: TailIndex | undefined;
  return (from) => {
    if (s[from] !== '(') return null;
    index ??= indexTails(s);
    return readTail(s, index, from);
  };
}

interface TailIndex {
  /** Position of the next non-blank character at or after each position (`s.length` if none). */
  nextNonSpace: Int32Array;
  /** Position of the next blank or control character, which ends a bare URL. */
  nextBreak: Int32Array;
  /** Position of the next unescaped `"`, `'` and `)`, which end a title, or NONE. */
  nextQuote: Int32Array;
  nextApostrophe: Int32Array;
  nextParen: Int32Array;
  /** For a bare URL starting at each position, the `)` that ends it, or NONE. */
  closingParen: Int32Array;
}

function indexTails(s: string): TailIndex {
  const n = s.length;
  // Which characters a backslash escapes, read left to right as the link reader does; every
  // place a tail can start (after `(` or a blank) begins a fresh escape pair, so this agrees.
  const escaped = new Uint8Array(n + 1);
  // Parentheses depth before each position, counting unescaped ones only.
  const depth = new Int32Array(n + 1);
  for (let i = 0, d = 0; i <= n; i++) {
    depth[i] = d;
    if (i === n) break;
    if (isEscapeAt(s, i)) {
      depth[i + 1] = d;
      escaped[i + 1] = 1;
      i++;
    } else if (s[i] === '(') d++;
    else if (s[i] === ')') d--;
  }
  const index: TailIndex = {
    nextNonSpace: new Int32Array(n + 1),
    nextBreak: new Int32Array(n + 1),
    nextQuote: new Int32Array(n + 1),
    nextApostrophe: new Int32Array(n + 1),
    nextParen: new Int32Array(n + 1),
    closingParen: new Int32Array(n + 1),
  };
  // Nearest unescaped `)` to the right, by the depth before it (depths lie in -n..n).
  const parenAtDepth = new Int32Array(2 * n + 2).fill(NONE);
  index.nextNonSpace[n] = n;
  index.nextBreak[n] = n;
  index.nextQuote[n] = index.nextApostrophe[n] = index.nextParen[n] = index.closingParen[n] = NONE;
  for (let i = n - 1; i >= 0; i--) {
    const c = s[i]!;
    const plain = !escaped[i];
    index.nextNonSpace[i] = SPACE.test(c) ? index.nextNonSpace[i + 1]! : i;
    index.nextBreak[i] = SPACE_OR_CONTROL.test(c) ? i : index.nextBreak[i + 1]!;
    index.nextQuote[i] = plain && c === '"' ? i : index.nextQuote[i + 1]!;
    index.nextApostrophe[i] = plain && c === "'" ? i : index.nextApostrophe[i + 1]!;
    index.nextParen[i] = plain && c === ')' ? i : index.nextParen[i + 1]!;
    if (plain && c === ')') parenAtDepth[depth[i]! + n] = i;
    index.closingParen[i] = parenAtDepth[depth[i]! + n]!;
  }
  return index;
}

function readTail(s: string, index: TailIndex, from: number): LinkTail | null {
  let i = index.nextNonSpace[from + 1]!;
  let urlStart = i;
  let urlEnd: number;
  if (s[i] === '<') {
    // Ends at the first `>`; a `<` or line break first means no tail. Tails that start at
    // different `<` stop at the next one, so these scans never overlap.
    for (i++, urlStart = i; s[i] !== '>'; i++) {
      if (i >= s.length || s[i] === '<' || s[i] === '\n') return null;
      if (isEscapeAt(s, i)) i++;
    }
    urlEnd = i++;
  } else {
    // A bare URL runs to a blank or control character, or to the `)` that closes it.
    const paren = index.closingParen[i]!;
    const blank = index.nextBreak[i]!;
    i = paren !== NONE && paren < blank ? paren : blank;
    urlEnd = i;
  }
  const beforeTitle = i;
  i = index.nextNonSpace[i]!;
  let title: string | null = null;
  const opener = s[i];
  const closer = opener === '"' ? index.nextQuote : opener === "'" ? index.nextApostrophe : opener === '(' ? index.nextParen : undefined;
  if (closer && i > beforeTitle) {
    const close = closer[i + 1]!;
    if (close === NONE) return null;
    title = resolveEscapes(s.slice(i + 1, close));
    i = index.nextNonSpace[close + 1]!;
  }
  return s[i] === ')' ? { url: resolveEscapes(s.slice(urlStart, urlEnd)), title, end: i + 1 } : null;
}
