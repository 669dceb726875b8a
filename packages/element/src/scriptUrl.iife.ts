// The classic script build's answer to "where was I loaded from?": document.currentScript,
// which only exists while the script first runs, so it is read at once, at the top level.
// (`import.meta.url` is not available in a classic script.)

const script = typeof document === 'undefined' ? null : document.currentScript;
const tag = script instanceof HTMLScriptElement ? script : null;

/** The script tag that loaded the element, while it could be known. */
export const SCRIPT_TAG: HTMLScriptElement | null = tag;

/** URL of the script that defined the element; the layout worker is looked up beside it. */
export const SCRIPT_URL: string | undefined = tag?.src || undefined;

/** Nonce of the script tag, reused for the `<style>` fallback under a CSP with nonces. */
export const SCRIPT_NONCE: string | undefined = tag?.nonce || undefined;
