// The ES module build's answer to "where was I loaded from?" (the IIFE build swaps in
// scriptUrl.iife.ts through an alias in vite.config.ts): the module's own URL.

/** URL of the script that defined the element; the layout worker is looked up beside it. */
export const SCRIPT_URL: string | undefined = import.meta.url;

/** Nonce of the script tag, reused for the `<style>` fallback; modules cannot see their tag. */
export const SCRIPT_NONCE: string | undefined = undefined;
