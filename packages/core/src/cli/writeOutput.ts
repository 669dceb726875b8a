import { writeFile } from 'node:fs/promises';
import { STDIO } from './readInput.js';

/** Writes to a file, or to standard output when the path is `-` or missing. */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
  const withNewline = text.endsWith('\n') ? text : `${text}\n`;
  if (path === undefined || path === '-' || path === STDIO) process.stdout.write(withNewline);
  else await writeFile(path, withNewline, 'utf8');
}
