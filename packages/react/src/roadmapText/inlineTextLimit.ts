/**
 * Longest roadmap text (in UTF-16 code units, which is bytes for ASCII) validated on the page's
 * main thread; longer text from outside the page's own code (an element's `src` or inline
 * script, a `roadmap` prop given as JSON text) is read in a worker, with a deadline.
 *
 * Measured in Chromium on a loaded 2-core machine (JSON.parse + parseRoadmap + buildGraph):
 * a 76 KB file with a baked layout (data/python-backend.roadmap.json, 80 topics) takes about
 * 10 ms; ordinary roadmaps cost about 0.15 ms per KB, so 128 KB stays within about 25 ms and
 * files of that size with a baked layout still show without loading the worker. The worst known
 * pattern (every topic requiring 20 unknown ids, each compared with every id for a "did you
 * mean" hint) costs about 1 ms per KB at this size; its own fix belongs to core's validation.
 */
export const INLINE_TEXT_LIMIT = 128 * 1024;

/** Deadline of a read in the worker when the host sets none. */
export const TEXT_READ_TIMEOUT_MS = 30_000;
