import { fromMarkdown } from '../markdown/read/fromMarkdown.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import { parseRoadmap } from '../validate/parseRoadmap.js';
import type { ValidationError } from '../validate/types.js';
import { jsonPathLines, lineOfJsonPath } from './jsonPathLines.js';
import type { FenceProblem } from './types.js';

/** A fence's roadmap, or its problems; warnings (Markdown only) either way. */
export type ReadFence =
  | { ok: true; roadmap: Roadmap; warnings: FenceProblem[] }
  | { ok: false; errors: FenceProblem[]; warnings: FenceProblem[] };

// Markdown import messages carry their line as written: "line 12: …" or "… (line 12)".
const LEADING_LINE = /^line (\d+): /;
const TRAILING_LINE = / \(line (\d+)\)$/;
const NAMED_LINE = /^line (\d+)\b/;
const JSON_POSITION = /\bposition (\d+)\b/;

/**
 * Reads the text of a ```` ```roadmap ```` fence as JSON when it starts with `{` (after blank
 * space), else as a Markdown outline, the way the CLI reads standard input, and places each
 * problem on its line within the fence.
 */
export function readFence(text: string): ReadFence {
  if (text.trimStart().startsWith('{')) {
    const result = parseRoadmap(text);
    if (result.ok) return { ok: true, roadmap: result.roadmap, warnings: [] };
    return { ok: false, errors: placeJsonErrors(text, result.errors), warnings: [] };
  }
  const imported = fromMarkdown(text);
  const warnings = imported.warnings.map((w) => ({ line: w.line, path: '', message: `warning: ${w.message}` }));
  if (imported.ok) return { ok: true, roadmap: imported.roadmap, warnings };
  return { ok: false, errors: imported.errors.map(placeMarkdownError), warnings };
}

function placeMarkdownError(error: ValidationError): FenceProblem {
  const leading = LEADING_LINE.exec(error.message);
  if (leading) return { line: Number(leading[1]), path: error.path, message: error.message.slice(leading[0].length) };
  const trailing = TRAILING_LINE.exec(error.message);
  if (trailing) return { line: Number(trailing[1]), path: error.path, message: error.message.slice(0, trailing.index) };
  const named = NAMED_LINE.exec(error.message);
  return { line: named ? Number(named[1]) : undefined, path: error.path, message: error.message };
}

function placeJsonErrors(text: string, errors: readonly ValidationError[]): FenceProblem[] {
  let lines: Map<string, number> | undefined;
  return errors.map((error) => {
    const position = error.path === '' ? JSON_POSITION.exec(error.message) : null;
    if (position) return { line: lineAt(text, Number(position[1])), path: '', message: error.message };
    if (error.path === '') return { line: undefined, path: '', message: error.message };
    lines ??= jsonPathLines(text);
    return { line: lineOfJsonPath(lines, error.path), path: error.path, message: error.message };
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
