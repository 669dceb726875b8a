import { LIMITS, type ValidationError } from '@roadmap-graph/core';
import { readCappedText } from './readCappedText.js';
import { looksLikeHtml, sourceFormat, type SourceFormat } from './sourceFormat.js';
import { withDeadline } from './withDeadline.js';

/** Text of a roadmap and how it is written, or why it could not be had. */
export type FetchedSource = { ok: true; format: SourceFormat; text: string } | { ok: false; errors: ValidationError[] };

/** Options of {@link fetchSource}. */
export interface FetchSourceOptions {
  /** Stops the download; the promise then rejects with the signal's reason. */
  signal: AbortSignal;
  /** Deadline of the whole download, from the request to the last byte, in milliseconds. */
  timeoutMs: number;
  /**
   * The most bytes read; a larger response is refused by its Content-Length, or stopped once
   * that many arrived.
   * @default LIMITS.maxFileBytes
   */
  maxBytes?: number;
}

/** `7 bytes`, `12 KB`, `3.4 MB`: sizes as a reader reads them. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Downloads the roadmap named by the `src` attribute, as a stream: never more than
 * `LIMITS.maxFileBytes` is read (a Content-Length above it is refused before reading), and a
 * deadline covers the whole download, so a server that stalls after its headers ends in an
 * error too. An HTML page (a site's fallback route answering a wrong address) is named as such.
 * Every failure comes back as an error at path `src` that names the URL and what happened; only
 * an abort rejects.
 */
export async function fetchSource(url: string, options: FetchSourceOptions): Promise<FetchedSource> {
  const { signal, timeoutMs, maxBytes = LIMITS.maxFileBytes } = options;
  const fail = (message: string): FetchedSource => ({ ok: false, errors: [{ path: 'src', message }] });
  // Bytes of the body so far, when they are counted (a stream); `undefined` before the headers.
  let received: number | undefined;
  let answered = false;
  try {
    return await withDeadline(timeoutMs, signal, (inner) => download(inner), () => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      const error = new Error(
        !answered
          ? `could not load ${url}: the server did not answer within ${seconds} s, so loading was stopped`
          : received === undefined
            ? `could not load ${url}: the server had not sent the whole file after ${seconds} s, so loading was stopped`
            : `could not load ${url}: the server had sent ${size(received)} and not the rest after ${seconds} s, so loading was stopped`,
      );
      error.name = 'TimeoutError';
      return error;
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof Error && error.name === 'TimeoutError') return fail(error.message);
    throw error;
  }

  async function download(inner: AbortSignal): Promise<FetchedSource> {
    let response: Response;
    try {
      response = await fetch(url, { signal: inner, credentials: 'same-origin', headers: { accept: 'application/json, text/markdown;q=0.9, */*;q=0.1' } });
    } catch (error) {
      inner.throwIfAborted();
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return fail(`could not load ${url}: the network request failed${detail}. Check the address; a file on another site must allow this one to read it (CORS)`);
    }
    answered = true;
    const refuse = (message: string): FetchedSource => {
      void response.body?.cancel().catch(() => {});
      return fail(message);
    };
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return refuse(`could not load ${url}: the server answered HTTP ${status}`);
    }
    const contentType = response.headers.get('content-type');
    if (looksLikeHtml(contentType, '')) return refuse(htmlPage(url));
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes) {
      return refuse(`could not load ${url}: it is ${size(length)}, more than a roadmap file may be (${size(maxBytes)}, limit maxFileBytes)`);
    }
    let read: Awaited<ReturnType<typeof readCappedText>>;
    try {
      read = await readCappedText(response, maxBytes, (bytes) => (received = bytes));
    } catch (error) {
      inner.throwIfAborted();
      return fail(`could not read ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!read.ok) return fail(`could not load ${url}: stopped reading past ${size(maxBytes)}, more than a roadmap file may be (limit maxFileBytes)`);
    if (looksLikeHtml(null, read.text)) return fail(htmlPage(url));
    return { ok: true, format: sourceFormat(url, contentType, read.text), text: read.text };
  }
}

function htmlPage(url: string): string {
  return `the server sent an HTML page, not a roadmap (${url}). Check the address: a site often answers a missing file with its home page`;
}
