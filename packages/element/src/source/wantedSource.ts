import { readInlineSource } from './readInlineSource.js';
import type { SourceFormat } from './sourceFormat.js';

/** Where an element's data should come from now, with a key that changes when it does. */
export type WantedSource =
  | { kind: 'property'; data: unknown; key: string }
  | { kind: 'url'; url: string; key: string }
  | { kind: 'bad-url'; src: string; key: string }
  | { kind: 'inline'; format: SourceFormat; text: string; key: string }
  | { kind: 'none'; key: string };

/**
 * Picks the element's data source, in the documented order: the `roadmap` property (when set;
 * `version` counts its assignments), else the `src` attribute, else the first child
 * `<script type="application/json">` or `<script type="text/markdown">`.
 */
export function wantedSource(host: Element, property: { value: unknown; version: number }): WantedSource {
  if (property.value !== undefined) return { kind: 'property', data: property.value, key: `property:${property.version}` };
  const src = host.getAttribute('src')?.trim();
  if (src) {
    try {
      const url = new URL(src, document.baseURI).href;
      return { kind: 'url', url, key: `url:${url}` };
    } catch {
      return { kind: 'bad-url', src, key: `bad-url:${src}` };
    }
  }
  const inline = readInlineSource(host);
  if (inline) return { kind: 'inline', ...inline, key: `inline:${inline.format}:${inline.text}` };
  return { kind: 'none', key: 'none' };
}
