/**
 * Longest roadmap text (in UTF-16 code units, which is bytes for ASCII) validated on the page's
 * main thread; longer text from outside the page's own code (an element's `src` or inline
 * script, a `roadmap` prop given as JSON text) is read in a worker, with a deadline.
 *
 * Measured in Chromium, zod jitless as in the element, on a loaded 2-core machine (JSON.parse,
 * parseRoadmap and buildGraph, best of 5, so with warm code): data/python-backend.roadmap.json
 * (67 KB, 42 topics, baked layout) 4–9 ms; ordinary roadmaps of 64 and 128 KB 8–24 ms. The first roadmap a
 * page reads runs cold code, which is what a reader waits for. Before validation's fast path
 * (core's readValidShape), measured in the element on the quiet machine, validation took about
 * 60 ms of the 120 ms task that also draws the Python roadmap's first map, and a 1,000-topic
 * roadmap (124 KB) one task of about 220 ms; reading the latter in the read worker instead removed
 * that task (longest 69 ms) but showed the first map 165 ms later (468 → 633 ms, 7 paired runs).
 * With the fast path, `pnpm bench:embed` puts that roadmap's first map at 416 ms and the longest
 * task while it loads at 186 ms (was 342 in the same bench). Kept at 128 KB: the roadmaps people write
 * (up to about 130 topics with their layout) show sooner, at the price of one long task while the
 * largest of them load. The worst known pattern, every topic requiring 20 unknown ids (each
 * compared with every id for a "did you mean" hint, quadratic), costs 155 ms at 64 KB and 550 ms
 * at 128 KB: that bound is core's validation to fix (issue 9, item 3), not a reason to send every
 * small file to the worker.
 */
export const INLINE_TEXT_LIMIT = 128 * 1024;

/** Deadline of a read in the worker when the host sets none. */
export const TEXT_READ_TIMEOUT_MS = 30_000;
