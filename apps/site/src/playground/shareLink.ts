import { LIMITS } from '@roadmap-graph/core';
import type { Draft, DraftFormat } from './types.js';

const FORMATS: Record<string, DraftFormat> = { md: 'markdown', json: 'json' };

/**
 * The most text a share link may unpack to: a roadmap's content limit (`LIMITS.maxInputBytes`,
 * 5 MB). The playground edits a roadmap's content (it lays the map out itself, so a link never
 * needs a baked layout), and keeps the draft in localStorage, which holds about 5 MB per site:
 * a link past this could not hold a roadmap the playground can show or keep. Inflating stops
 * there, so a small link that unpacks to gigabytes never reaches memory.
 */
export const SHARED_TEXT_LIMIT = LIMITS.maxInputBytes;

/**
 * The hash of a link that carries a draft: `#format=md&code=<deflate-raw, base64url>`. Nothing
 * goes over the network: the link itself is the document.
 */
export async function encodeShareHash(draft: Draft): Promise<string> {
  const packed = await pack(new TextEncoder().encode(draft.text));
  return `#format=${draft.format === 'markdown' ? 'md' : 'json'}&code=${toBase64Url(packed)}`;
}

/**
 * The draft carried by a share link's hash; `undefined` when the hash has none, and an Error
 * when it has one that cannot be read (cut short, edited by hand, an unknown format, or more
 * than {@link SHARED_TEXT_LIMIT} once unpacked). The messages are the site's own words: nothing
 * from the link is repeated in them.
 */
export async function decodeShareHash(hash: string): Promise<Draft | Error | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code');
  if (code === null) return undefined;
  const format = FORMATS[params.get('format') ?? 'md'];
  if (format === undefined) return new Error('the link names a format the playground does not know (it reads md and json)');
  let bytes: Uint8Array | undefined;
  try {
    bytes = await unpack(fromBase64Url(code), SHARED_TEXT_LIMIT);
  } catch {
    return new Error('the shared link is damaged (cut short?): its content could not be unpacked');
  }
  if (bytes === undefined) {
    return new Error(`it unpacks to more than ${SHARED_TEXT_LIMIT / 1024 / 1024} MB, the most the playground opens (a roadmap's content may be at most that), so it was not opened`);
  }
  try {
    return { format, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return new Error('the shared link is damaged: its content is not text');
  }
}

async function pack(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * Compressed input is fed to the inflater in slices this small: the browser inflates each
 * slice whole before the reader sees any of it, and deflate expands at most about 1,000 times,
 * so no step makes more than about 1 MB, however big the link unpacks.
 */
const SLICE = 1024;

/** Inflates `bytes`, stopping (and returning `undefined`) as soon as the output passes `maxBytes`. */
async function unpack(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | undefined> {
  let fed = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (fed >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(fed, fed + SLICE));
        fed += SLICE;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on big drafts.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
