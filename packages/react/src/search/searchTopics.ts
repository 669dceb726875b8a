import type { RoadmapGraph, Topic } from '@roadmap-graph/core';
import { foldText } from './foldText.js';

/** Why a topic matched a search: the field that holds the words, and its text as written. */
export interface MatchReason {
  field: 'title' | 'tag' | 'resource';
  text: string;
}

/** A topic found by {@link searchMatches}. */
export interface SearchMatch {
  id: string;
  /**
   * What made it match, for the reader: `title` when the title alone holds every word;
   * otherwise the first tag or resource title that holds one ("tag: jwt").
   */
  reason: MatchReason;
}

interface SearchField extends MatchReason {
  folded: string;
}

/** What a search compares against: title, tags and resource titles of each topic, folded. */
interface SearchEntry {
  id: string;
  fields: SearchField[];
}

// Built once per graph: a search runs on every keystroke.
const indexes = new WeakMap<RoadmapGraph, SearchEntry[]>();

function field(kind: MatchReason['field'], text: string): SearchField {
  return { field: kind, text, folded: foldText(text) };
}

function indexOf(graph: RoadmapGraph): SearchEntry[] {
  let index = indexes.get(graph);
  if (index === undefined) {
    index = [];
    for (const id of graph.order) {
      const node = graph.nodes.get(id);
      if (node === undefined || node.kind === 'section') continue;
      const topic = node.data as Topic;
      index.push({
        id,
        fields: [
          field('title', node.title),
          ...(topic.tags ?? []).map((tag) => field('tag', tag)),
          ...(topic.resources ?? []).map((resource) => field('resource', resource.title)),
        ],
      });
    }
    indexes.set(graph, index);
  }
  return index;
}

function wordsOf(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * The topics (and subtopics) whose title, a tag or a resource title contains every word of
 * `query`, in the graph's topological order, each with why it matched. Case and accents do not
 * matter; each word may match a different field ("flask tutorial" finds Flask through one of its
 * resources). An empty query matches nothing.
 *
 * @example
 * searchMatches(graph, 'jwt'); // [{ id: 'auth-frameworks', reason: { field: 'tag', text: 'jwt' } }]
 */
export function searchMatches(graph: RoadmapGraph, query: string): SearchMatch[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const found: SearchMatch[] = [];
  for (const entry of indexOf(graph)) {
    if (!words.every((word) => entry.fields.some((f) => f.folded.includes(word)))) continue;
    const [title] = entry.fields;
    const byTitle = title !== undefined && words.every((word) => title.folded.includes(word));
    const other = entry.fields.find((f) => f.field !== 'title' && words.some((word) => f.folded.includes(word)));
    const reason = byTitle || other === undefined ? { field: 'title' as const, text: title?.text ?? '' } : { field: other.field, text: other.text };
    found.push({ id: entry.id, reason });
  }
  return found;
}

/**
 * Ids of the topics matching `query`, as {@link searchMatches} finds them, in topological order.
 *
 * @example
 * searchTopics(graph, 'flask'); // ['flask', 'flask-extensions']
 */
export function searchTopics(graph: RoadmapGraph, query: string): string[] {
  return searchMatches(graph, query).map((match) => match.id);
}
