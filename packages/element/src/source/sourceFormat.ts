/** How roadmap text is written. */
export type SourceFormat = 'json' | 'markdown';

/**
 * Tells JSON from a Markdown outline: by the file's extension, else by the Content-Type, else
 * by the text itself (a JSON roadmap is an object, so it starts with `{`).
 */
export function sourceFormat(url: string, contentType: string | null, text: string): SourceFormat {
  let pathname = '';
  try {
    pathname = new URL(url, 'http://x/').pathname.toLowerCase();
  } catch {
    // Not a URL: decide on the other hints.
  }
  if (/\.(md|markdown)$/.test(pathname)) return 'markdown';
  if (/\.json$/.test(pathname)) return 'json';
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return text.trimStart().startsWith('{') ? 'json' : 'markdown';
}

/**
 * Whether a response is an HTML page rather than roadmap text: sent as `text/html`, or text
 * that starts like a page (`<!doctype html>`, `<html>`). A site's fallback route answers a
 * wrong `src` so, and reading the page as Markdown would only report missing fields.
 */
export function looksLikeHtml(contentType: string | null, text: string): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  return /^\uFEFF?\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024));
}
