// The classic script build's answer to "where was I loaded from?": document.currentScript,
// which only exists while the script first runs, so it is read at once, at the top level.
// (`import.meta.url` is not available in a classic script.)
import { READ_WORKER_FILE, WORKER_FILE } from './worker/workerFile.js';

const script = typeof document === 'undefined' ? null : document.currentScript;
const tag = script instanceof HTMLScriptElement ? script : null;

/** The script tag that loaded the element, while it could be known. */
export const SCRIPT_TAG: HTMLScriptElement | null = tag;

/** The layout worker beside the script tag, when the tag (and its `src`) could be known. */
export const WORKER_URL: string | undefined = tag?.src ? new URL(WORKER_FILE, tag.src).href : undefined;

/** The read worker beside the script tag, likewise. */
export const READ_WORKER_URL: string | undefined = tag?.src ? new URL(READ_WORKER_FILE, tag.src).href : undefined;

/** Nonce of the script tag, reused for the `<style>` fallback under a CSP with nonces. */
export const SCRIPT_NONCE: string | undefined = tag?.nonce || undefined;
