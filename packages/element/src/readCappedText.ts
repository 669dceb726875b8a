/** Text read from a response body, or how far reading got before it passed the cap. */
export type CappedText = { ok: true; text: string } | { ok: false; received: number };

/**
 * Reads a response body as UTF-8 text (a byte-order mark dropped, as `response.text()` does),
 * stopping, and cancelling the download, as soon as more than `maxBytes` arrived: a huge
 * response is never held in memory. `onBytes` hears the running total (for a time-out message).
 */
export async function readCappedText(response: Response, maxBytes: number, onBytes?: (received: number) => void): Promise<CappedText> {
  const body = response.body;
  if (body === null) return { ok: true, text: '' };
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  try {
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
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
