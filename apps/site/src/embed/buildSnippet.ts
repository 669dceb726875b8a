/** Attributes of `<roadmap-graph>` that the snippet builder sets. */
export interface EmbedAttributes {
  theme: 'auto' | 'light' | 'dark';
  /** Pixels; empty for the element's default. */
  height: string;
  /** Empty for the data's baked direction. */
  direction: '' | 'DOWN' | 'RIGHT';
  /** Topic open on load; empty for none. */
  topic: string;
  /** `''` keeps progress under the element's default key, `off` disables it, anything else is a storage key. */
  progress: string;
  hashLinks: boolean;
  search: boolean;
  /** `toggle` (the default: buttons switch between map and outline), `open` (start with the outline), `off` (map only). */
  outline: 'toggle' | 'open' | 'off';
}

/** Where the element's data comes from. */
export type EmbedSource =
  | { kind: 'src'; url: string }
  | { kind: 'inline'; type: 'application/json' | 'text/markdown'; text: string };

/** Everything a snippet is made of. */
export interface SnippetInput {
  /** Absolute URL of the element's script. */
  scriptUrl: string;
  /** `module` for roadmap-graph.js, `classic` for roadmap-graph.iife.js. */
  scriptKind: 'module' | 'classic';
  source: EmbedSource;
  attributes: EmbedAttributes;
}

/** The element's attributes as name/value pairs, in the order the snippet writes them (`''` = boolean attribute). */
export function attributeList(source: EmbedSource, attributes: EmbedAttributes): [string, string][] {
  const list: [string, string][] = [];
  if (source.kind === 'src') list.push(['src', source.url]);
  if (attributes.theme !== 'auto') list.push(['theme', attributes.theme]);
  if (attributes.height.trim()) list.push(['height', attributes.height.trim()]);
  if (attributes.direction) list.push(['direction', attributes.direction]);
  if (attributes.topic) list.push(['topic', attributes.topic]);
  if (attributes.progress.trim()) list.push(['progress', attributes.progress.trim()]);
  if (attributes.hashLinks) list.push(['hash-links', '']);
  if (!attributes.search) list.push(['search', 'off']);
  if (attributes.outline !== 'toggle') list.push(['outline', attributes.outline]);
  return list;
}

/**
 * The HTML to paste into a page: the element's script and the element with the chosen
 * attributes, and the roadmap inline when it is not loaded from a URL. Attribute values are
 * escaped; inline data cannot close its script element early (JSON writes `<` as `\u003c`;
 * Markdown containing `</script` is refused by the caller's choice of JSON instead).
 */
export function buildSnippet({ scriptUrl, scriptKind, source, attributes }: SnippetInput): string {
  const script =
    scriptKind === 'module'
      ? `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`
      : `<script src="${escapeAttribute(scriptUrl)}" defer></script>`;
  const attrs = attributeList(source, attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  if (source.kind === 'src') return `${script}\n<roadmap-graph${attrs}></roadmap-graph>\n`;
  const body = source.type === 'application/json' ? source.text.replace(/</g, '\\u003c') : source.text.replace(/\n+$/, '');
  return `${script}\n<roadmap-graph${attrs}>\n<script type="${source.type}">\n${body}\n</script>\n</roadmap-graph>\n`;
}

/** Whether Markdown can sit inside `<script type="text/markdown">` unchanged. */
export function fitsInScript(text: string): boolean {
  return !/<\/script|<!--/i.test(text);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
