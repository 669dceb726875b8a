import type { Draft, DraftFormat } from './types.js';

const FORMATS: Record<string, DraftFormat> = { md: 'markdown', json: 'json' };

/**
 * The hash of a link that carries a draft: `#format=md&code=<deflate-raw, base64url>`. Nothing
 * goes over the network: the link itself is the document.
 */
export async function encodeShareHash(draft: Draft): Promise<string> {
  const packed = await transform(new TextEncoder().encode(draft.text), new CompressionStream('deflate-raw'));
  return `#format=${draft.format === 'markdown' ? 'md' : 'json'}&code=${toBase64Url(packed)}`;
}

/**
 * The draft carried by a share link's hash; `undefined` when the hash has none, and an Error
 * when it has one that cannot be read (cut short, edited by hand).
 */
export async function decodeShareHash(hash: string): Promise<Draft | Error | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code');
  if (code === null) return undefined;
  const format = FORMATS[params.get('format') ?? 'md'];
  if (format === undefined) return new Error(`unknown format "${params.get('format')}" in the link`);
  try {
    const bytes = await transform(fromBase64Url(code), new DecompressionStream('deflate-raw'));
    return { format, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return new Error('the shared link is damaged (cut short?): its content could not be unpacked');
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on big drafts.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
