import { formatPath } from '../validate/formatPath.js';

interface Frame {
  path: PropertyKey[];
  array: boolean;
  index: number;
  /** The key whose value comes next; `undefined` while the object waits for a key. */
  key: string | undefined;
}

/**
 * The 1-based line on which each value of a JSON text starts, by its path as `parseRoadmap`
 * writes it (`sections[2].topics[4].requires[0]`; the root is `''`). For text that is valid
 * JSON; one pass, time linear in the text.
 */
export function jsonPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  const here = (): PropertyKey[] => {
    const top = stack.at(-1);
    if (!top) return [];
    return [...top.path, top.array ? top.index : (top.key ?? '')];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') {
      line += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ':' || c === '\uFEFF') continue;
    const top = stack.at(-1);
    if (c === ',') {
      if (top?.array) top.index += 1;
      else if (top) top.key = undefined;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      continue;
    }
    if (c === '"') {
      // A string has no raw line break in valid JSON, so the line stays the same to its end.
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top && !top.array && top.key === undefined) top.key = JSON.parse(text.slice(i, end + 1)) as string;
      else lines.set(formatPath(here()), line);
      i = end;
      continue;
    }
    const path = here();
    lines.set(formatPath(path), line);
    if (c === '{' || c === '[') stack.push({ path, array: c === '[', index: 0, key: undefined });
    else while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1]!)) i += 1;
  }
  return lines;
}

const LAST_STEP = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/**
 * The line of the value at `path`, or of the nearest enclosing value that has one (a missing
 * member is reported on its object), from {@link jsonPathLines}.
 */
export function lineOfJsonPath(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let at = path;
  for (;;) {
    const line = lines.get(at);
    if (line !== undefined) return line;
    if (at === '') return undefined;
    const parent = at.replace(LAST_STEP, '');
    // A path not written by formatPath: the document as a whole.
    at = parent === at ? '' : parent;
  }
}
