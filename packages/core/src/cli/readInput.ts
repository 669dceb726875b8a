import { readFile } from 'node:fs/promises';

/** What a lone `-` (standard input or output) is called once the arguments are parsed. */
export const STDIO = '\u0000stdio';

/** Reads a file, or standard input when the path is `-`. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-' && path !== STDIO) return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
