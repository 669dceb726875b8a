import type { RoadmapGraph } from '../graph/types.js';
import { fnv1a64 } from '../layout/fnv1a64.js';
import { topicState } from './topicState.js';
import type { Progress, TopicState } from './types.js';

/** States in the order of their two-bit codes; 0 is "not started". */
const CODES: readonly (TopicState | undefined)[] = [undefined, 'done', 'in-progress', 'skipped'];
const VERSION = 'p1';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The topics whose state a progress link carries, in a fixed order, and a short tag of that list. */
function topicList(graph: RoadmapGraph): { ids: string[]; tag: string } {
  const ids: string[] = [];
  for (const node of graph.nodes.values()) if (node.kind !== 'section') ids.push(node.id);
  return { ids, tag: fnv1a64(ids.join('\n')).slice(0, 8) };
}

/**
 * Packs a learner's progress into a short text for a link (`#progress=…`): two bits a topic in
 * document order, base64url, behind a tag of the roadmap's topic list so a link made for another
 * version of the roadmap is recognised. About one character per three topics; nothing but the
 * states leaves the reader's browser, and only in the link they share.
 *
 * @example
 * const text = encodeProgressLink(graph, { 'python-syntax': 'done' }); // "p1.3f9a21c0.B"
 */
export function encodeProgressLink(graph: RoadmapGraph, progress: Progress): string {
  const { ids, tag } = topicList(graph);
  let text = '';
  for (let i = 0; i < ids.length; i += 3) {
    let sextet = 0;
    for (let j = 0; j < 3; j++) {
      const id = ids[i + j];
      const code = id === undefined ? 0 : Math.max(0, CODES.indexOf(topicState(progress, id)));
      sextet |= code << (2 * j);
    }
    text += BASE64URL[sextet];
  }
  // Trailing topics not started say nothing: trim them.
  return `${VERSION}.${tag}.${text.replace(/A+$/, '')}`;
}

/** What {@link decodeProgressLink} found in a link's text. */
export type ProgressLink = { ok: true; progress: Progress } | { ok: false; reason: 'malformed' | 'other-roadmap' };

/**
 * Reads progress from a progress link's text (see {@link encodeProgressLink}). Refuses text that
 * is not one (`malformed`) or was made for another version of this roadmap (`other-roadmap`,
 * its topics differ), rather than showing a wrong picture.
 */
export function decodeProgressLink(graph: RoadmapGraph, text: string): ProgressLink {
  const match = /^p1\.([0-9a-f]{8})\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) return { ok: false, reason: 'malformed' };
  const { ids, tag } = topicList(graph);
  if (match[1] !== tag) return { ok: false, reason: 'other-roadmap' };
  const body = match[2]!;
  if (body.length > Math.ceil(ids.length / 3)) return { ok: false, reason: 'malformed' };
  const progress: Record<string, TopicState> = {};
  for (let i = 0; i < body.length; i++) {
    const sextet = BASE64URL.indexOf(body[i]!);
    for (let j = 0; j < 3; j++) {
      const id = ids[3 * i + j];
      const state = CODES[(sextet >> (2 * j)) & 3];
      if (id !== undefined && state !== undefined) progress[id] = state;
    }
  }
  return { ok: true, progress };
}
