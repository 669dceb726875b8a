const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// A scheme is letters, digits, +, - and . after a leading letter (RFC 3986 §3.1).
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop these before reading a scheme, so "java\tscript:" is still javascript:.
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Whether a URL from roadmap data may become a link: `http:`, `https:`, `mailto:` or a relative
 * reference (`/docs`, `../a.html`, `#x`). Anything else, `javascript:`, `data:` and `vbscript:`
 * among them, is refused, including when hidden behind control characters, whitespace or
 * mixed case.
 */
export function isAllowedUrl(url: string): boolean {
  const normalised = url.replace(IGNORED_BY_BROWSERS, '');
  if (normalised.length === 0) return false;
  // Protocol-relative URLs ("//host/x") are http(s) on every page that can show them.
  const scheme = SCHEME.exec(normalised);
  if (!scheme) return !normalised.includes(':') || normalised.indexOf(':') > firstPathDelimiter(normalised);
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':');
}

function firstPathDelimiter(url: string): number {
  const positions = ['/', '?', '#'].map((c) => url.indexOf(c)).filter((i) => i >= 0);
  return positions.length ? Math.min(...positions) : Infinity;
}
