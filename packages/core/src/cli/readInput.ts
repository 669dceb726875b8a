import { createReadStream } from 'node:fs';
import { LIMITS } from '../schema/limits.js';
import { decodeUtf8 } from './decodeUtf8.js';

/** What a lone `-` (standard input or output) is called once the arguments are parsed. */
export const STDIO = '\u0000stdio';

/** The text of an input, or why there is none (too large, not UTF-8). */
export type InputText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file, or standard input when the path is `-`, as UTF-8 text (a byte order mark
 * dropped). Reading stops once it passes `LIMITS.maxFileBytes`: the rest is never read, let alone
 * held in memory. Errors of the file system (no such file) are thrown.
 */
export async function readInput(path: string): Promise<InputText> {
  const stream = path === '-' || path === STDIO ? process.stdin : createReadStream(path);
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early destroys the stream, so nothing past the limit is read.
  for await (const chunk of stream) {
    total += (chunk as Uint8Array).length;
    if (total > LIMITS.maxFileBytes) {
      return { ok: false, message: `larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB (limit maxFileBytes)` };
    }
    chunks.push(chunk as Uint8Array);
  }
  return decodeUtf8(Buffer.concat(chunks, total));
}
