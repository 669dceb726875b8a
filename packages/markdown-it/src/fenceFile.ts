import { readFileSync } from 'node:fs';
import type { FencePlace } from '@roadmap-graph/core';

/**
 * The file a fence is in, and the file's line of the fence's first line of content, from what
 * markdown-it hosts put in `env`: `path` (VitePress), `page.inputPath` (Eleventy), `path` or
 * `file` otherwise. VitePress hands markdown-it the text after the front matter (and keeps that
 * text in `env.content`), so the front matter's lines are added back, read from the file.
 */
export function fenceFile(env: unknown, openingLine: number | undefined): FencePlace {
  const data = (typeof env === 'object' && env !== null ? env : {}) as { path?: unknown; file?: unknown; page?: { inputPath?: unknown }; content?: unknown };
  const file = [data.path, data.page?.inputPath, data.file].find((value): value is string => typeof value === 'string' && value !== '');
  // markdown-it's lines are 0-based and name the opening fence; content starts on the next line.
  const line = openingLine === undefined ? 1 : openingLine + 2 + frontMatterLines(file, data.content);
  return { file: file ?? '<markdown>', line };
}

function frontMatterLines(file: string | undefined, content: unknown): number {
  if (file === undefined || typeof content !== 'string') return 0;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  const at = source.endsWith(content) ? source.length - content.length : source.indexOf(content);
  if (at <= 0) return 0;
  let lines = 0;
  for (let i = 0; i < at; i += 1) if (source.charCodeAt(i) === 10) lines += 1;
  return lines;
}
