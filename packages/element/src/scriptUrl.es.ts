// The ES module build's answer to "where was I loaded from?" (the IIFE build swaps in
// scriptUrl.iife.ts through an alias in vite.config.ts): the module's own URL.

/**
 * The layout worker beside this module. Written as `new URL('./file', import.meta.url)` with a
 * literal path, the form bundlers recognise (Vite, webpack 5, Parcel): an app that bundles the
 * module gets the worker file copied into its build and this URL pointed at the copy. The path
 * must stay a literal (the build checks dist/roadmap-graph.js: build/keepWorkerReference.ts);
 * it is WORKER_FILE (worker/workerFile.ts). `@vite-ignore` keeps the element's own build from
 * resolving it (the worker is built apart); that plugin blanks the comment out afterwards, so
 * the apps' bundlers do see the reference.
 */
export const WORKER_URL: string | undefined = new URL(/* @vite-ignore */ './roadmap-graph.layout-worker.js', import.meta.url).href;

/** The read worker beside this module, referenced the same way (READ_WORKER_FILE). */
export const READ_WORKER_URL: string | undefined = new URL(/* @vite-ignore */ './roadmap-graph.read-worker.js', import.meta.url).href;

/** Nonce of the script tag, reused for the `<style>` fallback; modules cannot see their tag. */
export const SCRIPT_NONCE: string | undefined = undefined;

/** The script tag that loaded the element: a module cannot see its tag. */
export const SCRIPT_TAG: HTMLScriptElement | null = null;
