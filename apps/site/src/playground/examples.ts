import pythonOutline from '@data/python-backend.md?raw';
import smallOutline from './smallExample.md?raw';
import type { Draft } from './types.js';

/** A roadmap the playground can load. */
export interface Example {
  id: string;
  label: string;
  draft: Draft;
}

/** The examples offered in the playground; the first is the one a first visit starts with. */
export const EXAMPLES: readonly Example[] = [
  { id: 'small', label: 'Small example (Learn Git)', draft: { format: 'markdown', text: smallOutline } },
  { id: 'python', label: 'Python backend roadmap (outline)', draft: { format: 'markdown', text: pythonOutline } },
];
