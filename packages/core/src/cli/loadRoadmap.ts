import { fromMarkdown } from '../markdown/read/fromMarkdown.js';
import type { Roadmap } from '../schema/roadmapSchema.js';
import { parseRoadmap } from '../validate/parseRoadmap.js';
import type { ValidationError } from '../validate/types.js';
import { readInput, STDIO, type InputText } from './readInput.js';

/** A roadmap file read and validated, or why it could not be. */
export type LoadedRoadmap =
  | { ok: true; roadmap: Roadmap; warnings: ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: ValidationError[] };

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Reads a roadmap from a `.json` or `.md` file (or `-`: standard input, Markdown when it does not
 * start with `{`) and validates it. Markdown warnings come back with their line as the path. Input
 * past `LIMITS.maxFileBytes` or not UTF-8 is refused with a message saying so (see `readInput`).
 */
export async function loadRoadmap(path: string): Promise<LoadedRoadmap> {
  let input: InputText;
  try {
    input = await readInput(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, errors: [{ path: '', message: `cannot read: ${reason}` }], warnings: [] };
  }
  if (!input.ok) return { ok: false, errors: [{ path: '', message: input.message }], warnings: [] };
  const { text } = input;
  const isMarkdown = path === '-' || path === STDIO ? !text.trimStart().startsWith('{') : MARKDOWN.test(path);
  if (!isMarkdown) {
    const result = parseRoadmap(text);
    return result.ok ? { ...result, warnings: [] } : { ...result, warnings: [] };
  }
  const imported = fromMarkdown(text);
  const warnings = imported.warnings.map((w) => ({ path: `${w.line}`, message: `warning: ${w.message}` }));
  return imported.ok ? { ok: true, roadmap: imported.roadmap, warnings } : { ok: false, errors: imported.errors, warnings };
}
