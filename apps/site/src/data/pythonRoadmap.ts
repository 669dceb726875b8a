// The flagship roadmap, baked layout included, read at build time: the home page draws it at
// once, with no layout worker and no request for data.
import roadmap from '@data/python-backend.roadmap.json';

/** The Python backend developer roadmap (data/python-backend.roadmap.json) with its baked layout. */
export const pythonRoadmap: unknown = roadmap;
