import { createLinkTailScanner } from './createLinkTailScanner.js';
import { isEscapeAt } from './escapable.js';
import { processEmphasis } from './processEmphasis.js';
import type { Bracket, Delimiter, InlineItem, InlineNode } from './types.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Reads one paragraph of a description as inline Markdown: `*emphasis*`/`_emphasis_`,
 * `**strong**`, `` `code` ``, `[links](url "title")` and backslash escapes, with CommonMark
 * precedence (code spans bind tighter than links, links tighter than emphasis, no links in
 * links). Anything else, raw HTML included, stays text; unclosed markers are kept literally.
 * Link URLs are returned as written: whoever renders them decides which are safe to follow.
 *
 * Time and memory grow linearly with the paragraph, whatever it holds: a backtick run finds
 * its closer through an index of runs, a `]` reads its link tail through an index of the
 * paragraph ({@link createLinkTailScanner}), and emphasis is paired as in CommonMark's
 * reference implementations ({@link processEmphasis}).
 *
 * @example
 * parseInlineMarkdown('Use **`pip`** [docs](https://pip.pypa.io)');
 * // [{ type: 'text', value: 'Use ' }, { type: 'strong', children: [{ type: 'code', value: 'pip' }] },
 * //  { type: 'text', value: ' ' }, { type: 'link', url: 'https://pip.pypa.io', title: null, children: [...] }]
 */
export function parseInlineMarkdown(s: string): InlineNode[] {
  const items: InlineItem[] = [];
  const brackets: number[] = [];
  const linkTail = createLinkTailScanner(s);
  const closingBackticks = createBacktickFinder(s);
  let text = '';
  const flush = () => {
    if (text) items.push({ type: 'text', value: text });
    text = '';
  };

  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (isEscapeAt(s, i)) {
      text += s[i + 1];
      i += 2;
    } else if (c === '`') {
      const run = runLength(s, i);
      const close = closingBackticks(i + run, run);
      if (close < 0) {
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
      const tail = (items[at] as Bracket).active ? linkTail(i + 1) : null;
      if (!tail) {
        text += ']';
        i++;
        continue;
      }
      flush();
      const children = processEmphasis(items.splice(at).slice(1));
      items.push({ type: 'link', url: tail.url, title: tail.title, children });
      // Earlier brackets cannot open a link any more. Those below an inactive one were made
      // inactive with it, so the walk stops there and each bracket is visited once.
      for (let k = brackets.length - 1; k >= 0 && (items[brackets[k]!] as Bracket).active; k--) {
        (items[brackets[k]!] as Bracket).active = false;
      }
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

/**
 * Finds where a code span's closing run is: the first run of exactly `length` backticks that
 * starts at or after `from`, or -1. The runs are listed by length on the first call; calls come
 * with growing `from`, so each list is walked once.
 */
function createBacktickFinder(s: string): (from: number, length: number) => number {
  let runs: Map<number, { starts: number[]; next: number }> | undefined;
  return (from, length) => {
    if (!runs) {
      runs = new Map();
      for (let i = s.indexOf('`'); i >= 0; i = s.indexOf('`', i)) {
        const run = runLength(s, i);
        const list = runs.get(run) ?? { starts: [], next: 0 };
        list.starts.push(i);
        runs.set(run, list);
        i += run;
      }
    }
    const list = runs.get(length);
    if (!list) return -1;
    while (list.next < list.starts.length && list.starts[list.next]! < from) list.next++;
    return list.starts[list.next] ?? -1;
  };
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
