import type { ValidationError } from '@roadmap-graph/core';
import { sourceFormat, type SourceFormat } from './sourceFormat.js';

/** Text of a roadmap and how it is written, or why it could not be had. */
export type FetchedSource = { ok: true; format: SourceFormat; text: string } | { ok: false; errors: ValidationError[] };

/**
 * Downloads the roadmap named by the `src` attribute. Every failure (network, CORS, HTTP
 * status) comes back as an error at path `src` that names the URL; only an abort rejects.
 */
export async function fetchSource(url: string, signal: AbortSignal): Promise<FetchedSource> {
  const fail = (message: string): FetchedSource => ({ ok: false, errors: [{ path: 'src', message }] });
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json, text/markdown;q=0.9, */*;q=0.1' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return fail(`could not load ${url}: the network request failed${detail}. Check the address; a file on another site must allow this one to read it (CORS)`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return fail(`could not load ${url}: the server answered HTTP ${status}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return fail(`could not read ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ok: true, format: sourceFormat(url, response.headers.get('content-type'), text), text };
}
