import { LIMITS } from '../../schema/limits.js';

const SEPARATORS = /[\s,;|/\u00b7\u2022\u2013\u2014-]/u;

/**
 * Whether a line is nothing but plain links and separators, the way resource lines are written
 * (`[@docs@Title](https://…) · [@video@Talk](<url with spaces> "paid")`): link texts without
 * brackets, code, HTML or unescaped emphasis marks, URLs bare or in `<…>`, optional quoted
 * titles, and at most `LIMITS.maxListLength` links. Micromark reads such a line in time
 * linear in its length (every `]` closes a link at once), so it may be longer than other title
 * lines; a long URL is its usual reason. Linear itself.
 */
export function isLinkLine(line: string): boolean {
  let links = 0;
  let at = skipSeparators(line, 0);
  while (at < line.length) {
    at = readLink(line, at);
    if (at < 0 || ++links > LIMITS.maxListLength) return false;
    at = skipSeparators(line, at);
  }
  return links > 0;
}

/** Reads `[text](destination "title")` at `at`; returns where it ends, or -1. */
function readLink(line: string, at: number): number {
  if (line[at] !== '[') return -1;
  let i = at + 1;
  for (; line[i] !== ']'; i++) {
    if (i >= line.length || '[`<>!*_\n\r'.includes(line[i]!)) return -1;
    if (line[i] === '\\') i++;
  }
  if (line[i + 1] !== '(') return -1;
  i += 2;
  if (line[i] === '<') {
    for (i++; line[i] !== '>'; i++) {
      if (i >= line.length || line[i] === '<' || line[i] === '\n' || line[i] === '\r') return -1;
      if (line[i] === '\\') i++;
    }
    i++;
  } else {
    for (; i < line.length && line[i] !== ')' && !/\s/.test(line[i]!); i++) {
      if (line[i] === '(' || line[i] === '<') return -1;
      if (line[i] === '\\') i++;
    }
  }
  if (line[i] === ' ' || line[i] === '\t') {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const quote = line[i];
    if (quote === '"' || quote === "'") {
      for (i++; line[i] !== quote; i++) {
        if (i >= line.length) return -1;
        if (line[i] === '\\') i++;
      }
      i++;
      while (line[i] === ' ' || line[i] === '\t') i++;
    }
  }
  return line[i] === ')' ? i + 1 : -1;
}

function skipSeparators(line: string, at: number): number {
  while (at < line.length && SEPARATORS.test(line[at]!)) at++;
  return at;
}
