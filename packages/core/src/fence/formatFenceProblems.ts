import { escapeControl } from '../validate/escapeControl.js';
import type { FenceProblem } from './types.js';

/** Where a fence sits: its file, and the file's line of the fence's first line of content. */
export interface FencePlace {
  /** The Markdown file, as a build tool names it. */
  file: string;
  /** 1-based line in the file of the fence's first line of content (the one after ```` ``` ````). */
  line: number;
}

/**
 * Formats the problems of a fence as `file:line: path: message` lines, the lines counted in the
 * Markdown file, the shape editors and build logs link to (`file:line: message` when the
 * problem has no path, `file: …` when it has no line). Control characters from the data are
 * escaped, so each problem stays one line.
 */
export function formatFenceProblems(problems: readonly FenceProblem[], place: FencePlace): string {
  return problems
    .map((problem) => {
      const where = problem.line === undefined ? place.file : `${place.file}:${place.line + problem.line - 1}`;
      return [where, problem.path, problem.message].filter(Boolean).map(escapeControl).join(': ');
    })
    .join('\n');
}
