const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// A scheme is letters, digits, +, - and . after a leading letter (RFC 3986 §3.1).
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop these before reading a scheme, so "java\tscript:" is still javascript:.
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;
// Browsers read "\" as "/" in http(s) URLs, so "/\host" and "\\host" are "//host" too.
const PROTOCOL_RELATIVE = /^[/\\]{2}/;
const USE_INSTEAD = 'use http, https, mailto or a relative URL';

/**
 * Why a URL from roadmap data may not become a link, or `undefined` when it may: `http:`,
 * `https:`, `mailto:` or a relative reference (`/docs`, `../a.html`, `#x`). Anything else,
 * `javascript:`, `data:` and `vbscript:` among them, is refused (the message names the scheme),
 * including when hidden behind control characters, whitespace or mixed case. Protocol-relative
 * URLs (`//host/x`) are refused too: a roadmap is a file that moves between sites, `//` means
 * "whatever scheme serves this page", and in a static SVG opened from disk it becomes `file://host`.
 */
export function urlProblem(url: string): string | undefined {
  const normalised = url.replace(IGNORED_BY_BROWSERS, '');
  if (normalised.length === 0) return 'URL is empty once spaces and control characters are removed';
  if (PROTOCOL_RELATIVE.test(normalised)) {
    return 'protocol-relative URL ("//host/…") not allowed: write the scheme, as in "https://host/…", or a path with one leading "/"';
  }
  const scheme = SCHEME.exec(normalised);
  if (scheme) {
    const name = `${scheme[1]!.toLowerCase()}:`;
    return ALLOWED_SCHEMES.has(name) ? undefined : `URL scheme "${name}" not allowed: ${USE_INSTEAD}`;
  }
  // No scheme, yet a colon before the path would make some readers see one ("1a:b").
  const colon = normalised.indexOf(':');
  if (colon >= 0 && colon < firstPathDelimiter(normalised)) {
    return `URL "${normalised.slice(0, colon + 1)}" reads as a scheme and is not allowed: ${USE_INSTEAD} (write "./" before a relative path with a colon)`;
  }
  return undefined;
}

function firstPathDelimiter(url: string): number {
  let first = Infinity;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at >= 0 && at < first) first = at;
  }
  return first;
}
