/**
 * A piece of a description as read by {@link parseInlineMarkdown}: the Markdown subset as data,
 * never as HTML. `text` is shown as written (escapes resolved, unpaired markers kept); `code` is a
 * code span's content; `emphasis` and `strong` wrap what they mark; `link` carries its URL as
 * written (not checked: a renderer must allow only safe schemes) and its title, or null.
 */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'emphasis' | 'strong'; children: InlineNode[] }
  | { type: 'link'; url: string; title: string | null; children: InlineNode[] };

/** A run of `*` or `_` that may still become emphasis, with its CommonMark flanking flags. */
export interface Delimiter {
  type: 'delimiter';
  char: '*' | '_';
  /** Markers not used up yet. */
  count: number;
  /** Length of the run as written, for the "rule of 3". */
  original: number;
  canOpen: boolean;
  canClose: boolean;
}

/** A `[` that may still open a link. */
export interface Bracket {
  type: 'bracket';
  /** False once a link closed after it: links cannot contain links. */
  active: boolean;
}

/** What the scanner produces before emphasis is resolved. */
export type InlineItem = InlineNode | Delimiter | Bracket;
