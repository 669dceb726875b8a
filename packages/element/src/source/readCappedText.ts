/** Text read from a response body, or how far reading got before it passed the cap. */
export type CappedText = { ok: true; text: string } | { ok: false; received: number };

/**
 * Reads a response body as UTF-8 text (a byte-order mark dropped, as `response.text()` does),
 * stopping, and cancelling the download, as soon as more than `maxBytes` arrived: a huge
 * response is never held in memory. `onBytes` hears the running total (for a time-out message).
 *
 * A same-origin response that declares its length (at most `maxBytes`) and is not compressed
 * is read with `response.text()`: HTTP framing already ends it there, and Chromium reports a
 * body read through a stream as cancelled in the Network panel even when it was read whole.
 * Anything else (no length, compressed, or another origin, whose encoding is hidden) is read
 * as a stream, counting the bytes as they come.
 */
export async function readCappedText(response: Response, maxBytes: number, onBytes?: (received: number) => void): Promise<CappedText> {
  const body = response.body;
  if (body === null) return { ok: true, text: '' };
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const encoding = response.headers.get('content-encoding')?.trim().toLowerCase() ?? 'identity';
  if (response.type === 'basic' && Number.isInteger(declared) && declared <= maxBytes && encoding === 'identity') {
    return { ok: true, text: await response.text() };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    onBytes?.(received);
    if (received > maxBytes) {
      void reader.cancel().catch(() => {});
      return { ok: false, received };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
