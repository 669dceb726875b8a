import { processEmphasis } from './processEmphasis.js';
import { scanLinkTail } from './scanLinkTail.js';
import type { Bracket, Delimiter, InlineItem, InlineNode } from './types.js';

// Characters a backslash can escape (ASCII punctuation, as in CommonMark).
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Parses one paragraph of the description subset: `*emphasis*`/`_emphasis_`, `**strong**`,
 * `` `code` ``, `[links](url "title")` and backslash escapes, with CommonMark precedence (code
 * spans bind tighter than links, links tighter than emphasis, no links in links). Anything
 * else, raw HTML included, stays text; unclosed markers are kept literally.
 *
 * @example
 * parseInline('Use **`pip`** [docs](https://pip.pypa.io)');
 */
export function parseInline(s: string): InlineNode[] {
  const items: InlineItem[] = [];
  const brackets: number[] = [];
  // Backtick run lengths that have no closer further on: later runs need not search again.
  const unclosed = new Set<number>();
  let text = '';
  const flush = () => {
    if (text) items.push({ type: 'text', value: text });
    text = '';
  };

  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
      text += s[i + 1];
      i += 2;
    } else if (c === '`') {
      const run = runLength(s, i);
      const close = unclosed.has(run) ? -1 : findBackticks(s, i + run, run);
      if (close < 0) {
        unclosed.add(run);
        text += s.slice(i, i + run);
      } else {
        flush();
        items.push({ type: 'code', value: codeContent(s.slice(i + run, close)) });
      }
      i = close < 0 ? i + run : close + run;
    } else if (c === '*' || c === '_') {
      const run = runLength(s, i);
      flush();
      items.push(delimiter(s, i, run, c));
      i += run;
    } else if (c === '[') {
      flush();
      brackets.push(items.length);
      items.push({ type: 'bracket', active: true });
      i++;
    } else if (c === ']' && brackets.length) {
      const at = brackets.pop()!;
      const tail = (items[at] as Bracket).active ? scanLinkTail(s, i + 1) : null;
      if (!tail) {
        text += ']';
        i++;
        continue;
      }
      flush();
      const children = processEmphasis(items.splice(at).slice(1));
      items.push({ type: 'link', url: tail.url, title: tail.title, children });
      for (const open of brackets) (items[open] as Bracket).active = false;
      i = tail.end;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return processEmphasis(items);
}

function runLength(s: string, at: number): number {
  let end = at;
  while (s[end] === s[at]) end++;
  return end - at;
}

function findBackticks(s: string, from: number, length: number): number {
  for (let i = from; i < s.length; ) {
    if (s[i] !== '`') {
      i++;
      continue;
    }
    const run = runLength(s, i);
    if (run === length) return i;
    i += run;
  }
  return -1;
}

// CommonMark: line endings become spaces, and one space is stripped from each side when both
// sides have one, so `` ` `` `` shows a lone backtick.
function codeContent(raw: string): string {
  const value = raw.replace(/\r?\n/g, ' ');
  return /^ .*[^ ].* $/s.test(value) ? value.slice(1, -1) : value;
}

function delimiter(s: string, at: number, run: number, char: '*' | '_'): Delimiter {
  const before = s[at - 1] ?? ' ';
  const after = s[at + run] ?? ' ';
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const left = !SPACE.test(after) && (!punctAfter || SPACE.test(before) || punctBefore);
  const right = !SPACE.test(before) && (!punctBefore || SPACE.test(after) || punctAfter);
  // `_` may not open or close inside a word, so snake_case_names stay as written.
  const canOpen = char === '*' ? left : left && (!right || punctBefore);
  const canClose = char === '*' ? right : right && (!left || punctAfter);
  return { type: 'delimiter', char, count: run, original: run, canOpen, canClose };
}
