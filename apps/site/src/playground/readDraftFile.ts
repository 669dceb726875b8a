import { LIMITS } from '@roadmap-graph/core';
import type { Draft } from './types.js';

/**
 * Reads an uploaded roadmap file: `.json` as JSON, `.md`/`.markdown`/`.txt` as a Markdown
 * outline, anything else by its first character. Files over the format's size limit are refused
 * before they reach the editor.
 */
export async function readDraftFile(file: File): Promise<Draft> {
  if (file.size > LIMITS.maxInputBytes) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a roadmap may be at most ${LIMITS.maxInputBytes / 1024 / 1024} MB`);
  }
  const text = await file.text();
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return { format: 'json', text };
  if (/\.(md|markdown|txt)$/.test(name)) return { format: 'markdown', text };
  return { format: text.trimStart().startsWith('{') ? 'json' : 'markdown', text };
}
