import { urlProblem } from './urlProblem.js';

/**
 * Whether a URL from roadmap data may become a link: `http:`, `https:`, `mailto:` or a relative
 * reference (`/docs`, `../a.html`, `#x`). Anything else, `javascript:`, `data:` and `vbscript:`
 * among them, is refused, including when hidden behind control characters, whitespace or
 * mixed case, and so are protocol-relative URLs (`//host/x`); {@link urlProblem} says why.
 */
export function isAllowedUrl(url: string): boolean {
  return urlProblem(url) === undefined;
}
