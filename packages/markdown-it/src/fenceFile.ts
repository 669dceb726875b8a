import { readFileSync } from 'node:fs';
import type { FencePlace } from '@roadmap-graph/core';

/**
 * The file a fence is in, and the file's line of the fence's first line of content. The file
 * comes from what markdown-it hosts put in `env`: `path` (VitePress), `page.inputPath`
 * (Eleventy), `path` or `file` otherwise. Hosts hand markdown-it the text after the front matter
 * (`source`, what markdown-it parsed), so the lines before it are added back, counted where that
 * text is found in the file; when a template engine changed the text first (Eleventy runs Liquid
 * over Markdown), it is not found and the line is counted in `source` alone.
 */
export function fenceFile(env: unknown, openingLine: number | undefined, source: string | undefined): FencePlace {
  const data = (typeof env === 'object' && env !== null ? env : {}) as { path?: unknown; file?: unknown; page?: { inputPath?: unknown } };
  const file = [data.path, data.page?.inputPath, data.file].find((value): value is string => typeof value === 'string' && value !== '');
  // markdown-it's lines are 0-based and name the opening fence; content starts on the next line.
  const line = openingLine === undefined ? 1 : openingLine + 2 + linesBefore(file, source);
  return { file: file ?? '<markdown>', line };
}

function linesBefore(file: string | undefined, source: string | undefined): number {
  if (file === undefined || !source) return 0;
  let text: string;
  try {
    // markdown-it parses with line ends normalized to \n; so is the file here, to find its text.
    text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  } catch {
    return 0;
  }
  const at = text.endsWith(source) ? text.length - source.length : text.indexOf(source);
  if (at <= 0) return 0;
  let lines = 0;
  for (let i = 0; i < at; i += 1) if (text.charCodeAt(i) === 10) lines += 1;
  return lines;
}
