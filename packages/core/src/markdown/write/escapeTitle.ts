import { escapeInline } from './escapeInline.js';

/**
 * Writes a title so that a heading or list item reads back as exactly this title: inline
 * Markdown is escaped, and so is whatever would change the line's meaning at its start (`-`,
 * `+`, `>`, `1.`: a nested list or quote), a `#` that could start or close a heading, and a final
 * period (the importer drops an unescaped one, as outlines often end bullets with a period).
 * Runs of spaces are collapsed, as the importer does. Control characters and whitespace other
 * than the space (a tab, a no-break space, a byte order mark…) are written as character
 * references (`&#9;`, `&#27;`, `&#160;`), which the importer reads back: Markdown would trim or
 * collapse them as written, and a control character never reaches a terminal raw.
 */
export function escapeTitle(title: string): string {
  let text = escapeInline(title.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''));
  text = text.replace(/[\u0000-\u001f]|(?! )\s/g, (char) => `&#${char.charCodeAt(0)};`);
  text = text.replace(/(^|\s)#/g, '$1\\#');
  if (/^[-+=~|]/.test(text)) text = `\\${text}`;
  text = text.replace(/^(\d+)([.)])/, '$1\\$2');
  if (text.endsWith('.') && !/(^|[^\\])(\\\\)*\\\.$/.test(text)) text = `${text.slice(0, -1)}\\.`;
  return text;
}
